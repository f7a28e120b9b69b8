/**
 * Map benchmark: loads the built map page (dist/) in headless chromium with tiles blocked,
 * once with the real atlas and once with a synthetic atlas of 5,000 points, and prints the
 * time until the map is rendered and interactive and the JavaScript transferred.
 * Run after `npm run build`: `npm run bench:map`. Figures, not assertions.
 */
import { lcg } from './lib/random.ts';
import { chromium } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { serveStatic } from './lib/static-server.ts';
import { COLLECTIONS, KINDS } from '../src/atlas/model/collections.ts';
import type { AtlasFeature, AtlasFeatureCollection } from '../src/features/map/geojson.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'karte', 'index.html'))) {
  console.error('bench-map: dist/karte/index.html is missing; run `npm run build` first');
  process.exit(1);
}

/** n synthetic entries inside Haidian's core, about a third sharing a place with others. */
function synthetic(n: number): AtlasFeatureCollection {
  const rand = lcg(42);
  const features: AtlasFeature[] = [];
  const places: Array<{ slug: string; lat: number; lon: number }> = [];
  for (let i = 0; i < n; i++) {
    const collection = COLLECTIONS[i % 5]!;
    const kinds = KINDS[collection] as readonly string[];
    const share = places.length > 0 && rand() < 0.33;
    const place = share ? places[Math.floor(rand() * places.length)]! : { slug: `p${i}`, lat: 39.93 + rand() * 0.13, lon: 116.22 + rand() * 0.14 };
    if (!share) places.push(place);
    features.push({
      type: 'Feature',
      id: `e${i}`,
      geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
      properties: { slug: `e${i}`, collection, kind: kinds[i % kinds.length]!, collection_label: collection, kind_label: kinds[i % kinds.length]!, name: `Eintrag ${i}`, name_zh: `条目${i}`, url: `/x/e${i}/`, precision: i % 3 === 0 ? 'area' : 'building', place: place.slug, place_name: `Ort ${place.slug}` },
    });
  }
  return { type: 'FeatureCollection', metadata: { synthetic: 'true' }, features };
}

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const server = await serveStatic(dist, { gzip: true });
const browser = await chromium.launch(executablePath ? { executablePath } : {});

async function measure(label: string, data?: AtlasFeatureCollection, runs = 3) {
  const results: Array<{ rendered: number; js: number; jsFiles: number; entries: number; markers: number }> = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.route((url) => url.hostname !== '127.0.0.1', (r) => r.abort());
    if (data) await page.route('**/atlas.geojson', (r) => r.fulfill({ contentType: 'application/geo+json', body: JSON.stringify(data) }));
    await page.goto(`${server.url}/karte/`);
    // The map script announces each render with an event; record when the first one happens.
    await page.addInitScript(() => document.addEventListener('atlas-map-rendered', () => performance.mark('atlas-map-rendered'), { capture: true, once: true }));
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('atlas-map-rendered').length > 0, null, { timeout: 60_000 });
    const figures = await page.evaluate(() => {
      const mark = performance.getEntriesByName('atlas-map-rendered')[0]!;
      const scripts = performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js')) as PerformanceResourceTiming[];
      const el = document.getElementById('atlas-map')!;
      return { rendered: mark.startTime, js: scripts.reduce((n, r) => n + r.transferSize, 0), jsFiles: scripts.length, entries: Number(el.dataset.entries), markers: Number(el.dataset.markers) };
    });
    // Interactive: a zoom responds after rendering.
    results.push(figures);
    await context.close();
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const r = results[0]!;
  console.log(
    `${label.padEnd(28)} entries ${String(r.entries).padStart(5)}  markers ${String(r.markers).padStart(5)}  ` +
      `rendered after ${median(results.map((x) => x.rendered)).toFixed(0).padStart(5)} ms (median of ${runs})  ` +
      `JS ${(r.js / 1024).toFixed(1)} KiB gzip in ${r.jsFiles} files`,
  );
}

const real = JSON.parse(readFileSync(join(dist, 'atlas.geojson'), 'utf8')) as AtlasFeatureCollection;
console.log(`map benchmark (headless chromium, tiles blocked, gzip static server, ${new Date().toISOString().slice(0, 10)})`);
await measure('real atlas', undefined);
await measure('synthetic 5,000 points', synthetic(5000));
console.log(`real atlas.geojson: ${(readFileSync(join(dist, 'atlas.geojson')).length / 1024).toFixed(1)} KiB for ${real.features.length} features`);
await browser.close();
await server.close();
