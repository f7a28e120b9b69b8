/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The page's locale (src/site/middleware.ts). */
    lang: import('./site/segments.ts').Locale;
    /** Its UI strings and formats. */
    ui: import('./i18n/index.ts').Translator;
  }
}
