/** `/daten/<table>.csv` and `/en/data/<table>.csv`: the open-data tables (UTF-8, RFC 4180), from the same atlas as the pages. See the data page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAtlas } from '../../atlas/runtime.ts';
import { COLUMNS, tableRows, toCsv } from '../../features/exports/tables.ts';
import { translator } from '../../i18n/index.ts';
import { EDITIONS, SEGMENTS, TABLES, type Locale, type TableId } from '../../site/segments.ts';

export const getStaticPaths = (() =>
  EDITIONS.flatMap((lang) =>
    TABLES.map((table) => ({ params: { dir: [SEGMENTS[lang].prefix, SEGMENTS[lang].data].filter(Boolean).join('/'), table: SEGMENTS[lang].tables[table] }, props: { lang, table } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Locale; table: TableId }> = ({ props }) =>
  new Response(toCsv(COLUMNS[props.table], tableRows(getAtlas(), props.table, translator(props.lang))), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
