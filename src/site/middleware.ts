/**
 * Gives every page its locale and translator (`Astro.locals.lang`, `Astro.locals.ui`),
 * decided by the path: `/en/…` is English, everything else German. Components ask
 * `Astro.locals.ui.t('…')` and never pick a language themselves. During a build it also hands
 * each rendered page to the search index (src/features/search/handoff.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { translator } from '../i18n/index.ts';
import { pageRendered } from '../features/search/handoff.ts';
import { stripBase } from './urls.ts';
import { DEFAULT_LOCALE, EDITIONS, SEGMENTS, type Locale } from './segments.ts';

/** The locale of a site path (without the base path). */
export function localeOfPath(path: string): Locale {
  const first = path.split('/').filter(Boolean)[0] ?? '';
  return EDITIONS.find((lang) => SEGMENTS[lang].prefix && SEGMENTS[lang].prefix === first) ?? DEFAULT_LOCALE;
}

export const onRequest = defineMiddleware(async (context, next) => {
  const path = stripBase(context.url.pathname);
  const lang = localeOfPath(path);
  context.locals.lang = lang;
  context.locals.ui = translator(lang);
  // During a build the search index gets a copy of every entry page as it is rendered.
  return pageRendered(path, await next());
});
