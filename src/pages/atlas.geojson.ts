/**
 * `/atlas.geojson`: every located entry as a GeoJSON point (WGS-84). The map page reads
 * this file and nothing else; it is also the atlas's open-data download.
 */
import type { APIRoute } from 'astro';
import { getAtlas } from '../data/atlas.ts';
import { buildFeatureCollection } from '../lib/geojson.ts';
import { SITE } from '../config.ts';

export const GET: APIRoute = async () => {
  const atlas = await getAtlas();
  const collection = buildFeatureCollection(atlas.graph.nodes.values(), {
    title: 'Haidian Innovation Atlas: verortete Einträge',
    source: SITE.url,
    crs: 'WGS-84 (EPSG:4326); GCJ-02 and BD-09 inputs converted at build time',
    license: 'Coordinates from OpenStreetMap are © OpenStreetMap contributors (ODbL 1.0); see each entry page for its coordinate source.',
  });
  return new Response(JSON.stringify(collection), { headers: { 'Content-Type': 'application/geo+json' } });
};
