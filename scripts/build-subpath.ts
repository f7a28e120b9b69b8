/**
 * `npm run build:subpath`: builds the site as a GitHub Pages project site would be built,
 * under a path (ATLAS_SITE_URL=https://owner.github.io/atlas/), into dist-subpath/. The
 * tests crawl it and run the end-to-end subset "subpath" against it (playwright.config.ts).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The address the sub-path build is made for. */
export const SUBPATH_SITE_URL = 'https://owner.github.io/atlas/';
/** Its output folder. */
export const SUBPATH_OUT_DIR = 'dist-subpath';

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ATLAS_SITE_URL: SUBPATH_SITE_URL, ATLAS_OUT_DIR: SUBPATH_OUT_DIR, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  process.exit(result.status ?? 1);
}
