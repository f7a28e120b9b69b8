/**
 * `/atlas.geojson` (German) and `/en/atlas.geojson`: every located entry as a GeoJSON point
 * (WGS-84), names and labels in the file's language. The map page reads this file and
 * nothing else; it is also the atlas's open-data download.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAtlas } from '../../atlas/runtime.ts';
import { buildFeatureCollection } from '../../features/map/geojson.ts';
import { translator } from '../../i18n/index.ts';
import { EDITIONS, SEGMENTS, type Locale } from '../../site/segments.ts';
import { absoluteUrl } from '../../site/urls.ts';
import { paths } from '../../site/paths.ts';

export const getStaticPaths = (() => EDITIONS.map((lang) => ({ params: { prefix: SEGMENTS[lang].prefix || undefined }, props: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Locale }> = ({ props }) => {
  const ui = translator(props.lang);
  const collection = buildFeatureCollection(getAtlas(), ui, {
    title: ui.t('data.geojson_title'),
    source: absoluteUrl(paths.map(props.lang)),
    crs: ui.t('data.geojson_crs'),
    license: ui.t('data.geojson_licence'),
  });
  return new Response(JSON.stringify(collection), { headers: { 'Content-Type': 'application/geo+json' } });
};
