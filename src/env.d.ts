/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The page's locale (src/site/middleware.ts). */
    lang: import('./site/segments.ts').Locale;
    /** Its UI strings and formats. */
    ui: import('./i18n/index.ts').Translator;
  }
}

/** The header search box's strings per locale (src/integrations/atlas.ts, src/features/search/strings.ts). */
declare module 'virtual:atlas/search-strings' {
  const strings: Record<import('./site/segments.ts').Locale, import('./features/search/strings.ts').SearchStrings>;
  export default strings;
}

/** Loaders of the entry bodies compiled as MDX, by `/content/…` path (src/integrations/atlas.ts, src/site/bodies.ts). */
declare module 'virtual:atlas/entry-bodies' {
  export const ENTRY_BODIES: Record<string, () => Promise<{ default: (props: Record<string, unknown>) => unknown }>>;
}
