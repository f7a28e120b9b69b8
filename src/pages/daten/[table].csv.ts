/** `/daten/<table>.csv`: the open-data tables (UTF-8, RFC 4180), from the same graph as the pages. See /daten/. */
import type { APIRoute } from 'astro';
import { getAtlas } from '../../data/atlas.ts';
import { csvTables, toCsv } from '../../lib/exports.ts';
import { SITE } from '../../config.ts';

export async function getStaticPaths() {
  const atlas = await getAtlas();
  return Object.keys(csvTables(atlas.graph, SITE.url)).map((table) => ({ params: { table } }));
}

export const GET: APIRoute = async ({ params }) => {
  const atlas = await getAtlas();
  const table = csvTables(atlas.graph, SITE.url)[params['table']!]!;
  return new Response(toCsv(table.columns, table.rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
