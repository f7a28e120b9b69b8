/** Where Astro writes a route (build.format "directory"): `/karte/` → `dist/karte/index.html`. */
import { join } from 'node:path';

/** The built HTML file of a site-relative directory path. */
export function builtPage(outDir: string, path: string): string {
  return join(outDir, ...path.split('/').filter(Boolean), 'index.html');
}
