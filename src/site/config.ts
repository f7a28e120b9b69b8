/**
 * Site-wide settings in one place. Every value can be overridden by an environment variable
 * so that forks, previews and tests build the same code for another address.
 */

function env(name: string): string | undefined {
  const value = typeof process !== 'undefined' ? process.env[name] : undefined;
  return value && value.trim() ? value.trim() : undefined;
}

/**
 * Splits a deploy address into origin and base path: `https://owner.github.io/atlas` →
 * `{ origin: 'https://owner.github.io', base: '/atlas/' }`. The base always starts and ends
 * with `/`. Throws with the variable's name when the address is not an http(s) URL.
 */
export function parseSiteUrl(value: string, variable = 'ATLAS_SITE_URL'): { origin: string; base: string } {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${variable}="${value}" is not an absolute address; write it like https://example.org/ or https://owner.github.io/atlas/`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${variable}="${value}" must start with https:// or http://`);
  if (url.search || url.hash) throw new Error(`${variable}="${value}" may not carry a query or fragment`);
  // URL.pathname is already percent-encoded: keep it as it is.
  const path = `/${url.pathname.split('/').filter(Boolean).join('/')}/`.replace(/^\/\/$/, '/');
  return { origin: url.origin, base: path };
}

const deploy = parseSiteUrl(env('ATLAS_SITE_URL') ?? 'https://haidian-atlas.example.org/');

/** Settings read once at build time. */
export const SITE = {
  /** Origin of the deployed site, e.g. https://owner.github.io. Env: ATLAS_SITE_URL. */
  origin: deploy.origin,
  /** Path the site is served under, `/` or e.g. `/atlas/`: the path of ATLAS_SITE_URL. */
  base: deploy.base,
  /** Repository on GitHub, for "edit this page" links. Env: ATLAS_REPO_URL. */
  repoUrl: env('ATLAS_REPO_URL') ?? 'https://github.com/haidian-atlas/haidian-atlas',
  /** Branch that edit links open. Env: ATLAS_REPO_BRANCH. */
  repoBranch: env('ATLAS_REPO_BRANCH') ?? 'main',
  /**
   * Background map tiles, loaded only after the visitor asks for them. OpenStreetMap by
   * default (its usage policy wants a Referer and visible attribution); any XYZ tile server
   * can be set with ATLAS_TILE_URL, ATLAS_TILE_ATTRIBUTION (plain text, shown as is; a
   * "© OpenStreetMap contributors"-style line) and ATLAS_TILE_MAX_ZOOM.
   */
  tiles: {
    url: env('ATLAS_TILE_URL') ?? 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    attribution: env('ATLAS_TILE_ATTRIBUTION') ?? '© OpenStreetMap contributors',
    attributionUrl: env('ATLAS_TILE_ATTRIBUTION_URL') ?? 'https://www.openstreetmap.org/copyright',
    /** Who runs the tile server, for the consent text. */
    provider: env('ATLAS_TILE_PROVIDER') ?? 'OpenStreetMap',
    maxZoom: Number(env('ATLAS_TILE_MAX_ZOOM') ?? 19),
  },
} as const;

/** Link to edit a file of the repository on GitHub. */
export function editUrl(file: string): string {
  return `${SITE.repoUrl.replace(/\/$/, '')}/edit/${SITE.repoBranch}/${file}`;
}
