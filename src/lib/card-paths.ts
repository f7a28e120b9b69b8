/**
 * Where each page's card image lives: `/og/<path>.png`. The layout writes this URL into
 * og:image and the card integration renders to the same path, from this one function.
 */

/** The site-relative URL of the card for a page path ("/" → "/og/index.png", "/orte/x/" → "/og/orte/x.png"). */
export function cardPath(pathname: string): string {
  const clean = pathname.replace(/index\.html$/, '').replace(/\.html$/, '').replace(/\/+$/, '');
  return `/og${clean === '' ? '/index' : clean}.png`;
}
