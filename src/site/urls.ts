/**
 * URLs under the base path. Every link the site writes goes through `href()` (site-relative,
 * with the base path) or `absoluteUrl()` (canonical, Open Graph, sitemap, cards), so a build
 * for `https://owner.github.io/atlas/` keeps every link inside `/atlas/`.
 */
import { SITE } from './config.ts';

/** The base path joined with a site-relative path: `/karte/` → `/atlas/karte/`. */
export function withBase(path: string, base: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) throw new Error(`withBase: "${path}" is not a site-relative path`);
  const rest = path.replace(/^\/+/, '');
  return `${base.replace(/\/+$/, '')}/${rest}`;
}

/** The path as a link on this site (with the configured base path). */
export function href(path: string): string {
  return withBase(path, SITE.base);
}

/** The absolute URL of a site-relative path: `https://owner.github.io/atlas/karte/`. */
export function absoluteUrl(path: string): string {
  return `${SITE.origin}${href(path)}`;
}

/** The site-relative path of a pathname that includes the base path (the inverse of `href`). */
export function stripBase(pathname: string, base = SITE.base): string {
  const b = base.replace(/\/+$/, '');
  return b && pathname.startsWith(`${b}/`) ? pathname.slice(b.length) : pathname === b ? '/' : pathname;
}
