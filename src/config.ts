/**
 * Site-wide settings in one place. Every value can be overridden by an environment
 * variable so that forks, previews and tests build the same code for another address.
 */

function env(name: string): string | undefined {
  const value = typeof process !== 'undefined' ? process.env[name] : undefined;
  return value && value.trim() ? value.trim() : undefined;
}

/** Settings read once at build time. */
export const SITE = {
  /** Absolute origin of the deployed site (canonical links, cards). Env: ATLAS_SITE_URL. */
  url: env('ATLAS_SITE_URL') ?? 'https://haidian-atlas.example.org',
  /** Repository on GitHub, for "edit this page" links. Env: ATLAS_REPO_URL. */
  repoUrl: env('ATLAS_REPO_URL') ?? 'https://github.com/haidian-atlas/haidian-atlas',
  /** Branch that edit links open. Env: ATLAS_REPO_BRANCH. */
  repoBranch: env('ATLAS_REPO_BRANCH') ?? 'main',
  /** Language of the site (BCP 47). */
  lang: 'de',
  /** Locale for Open Graph. */
  locale: 'de_DE',
  /**
   * Background map tiles. OpenStreetMap by default (its usage policy wants a Referer and
   * visible attribution); any XYZ tile server can be set with ATLAS_TILE_URL and
   * ATLAS_TILE_ATTRIBUTION (HTML allowed, as Leaflet shows it).
   */
  tiles: {
    url: env('ATLAS_TILE_URL') ?? 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    attribution: env('ATLAS_TILE_ATTRIBUTION') ?? '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a>',
    maxZoom: Number(env('ATLAS_TILE_MAX_ZOOM') ?? 19),
  },
} as const;

/** Link to edit a file of the repository on GitHub. */
export function editUrl(file: string): string {
  return `${SITE.repoUrl.replace(/\/$/, '')}/edit/${SITE.repoBranch}/${file}`;
}
