/**
 * The atlas as open data: JSON and CSV tables of entries, relations, figures and events,
 * built from the same graph as the pages and the map, so a download can never disagree
 * with the site. Pure: the endpoints serialise what these functions return.
 */
import type { AtlasGraph, AtlasNode } from './graph.ts';
import { mainDate } from './present.ts';

/** One row of a table: column → cell text. */
export type Row = Record<string, string | number | null>;

/** Quotes a CSV cell when needed (RFC 4180): commas, quotes, line breaks. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document with a header row; columns in the given order. */
export function toCsv(columns: readonly string[], rows: readonly Row[]): string {
  return [columns.join(','), ...rows.map((row) => columns.map((c) => csvCell(row[c])).join(','))].join('\r\n') + '\r\n';
}

/** Columns of the entries table. */
export const ENTRY_COLUMNS = ['slug', 'collection', 'kind', 'name', 'name_en', 'name_zh', 'pinyin', 'identification_confidence', 'summary', 'date_field', 'date', 'date_precision', 'city', 'lat', 'lon', 'precision', 'located_via', 'tags', 'url'] as const;

/** One row per entry. */
export function entryRows(graph: AtlasGraph, siteUrl: string): Row[] {
  return [...graph.nodes.values()].sort((a, b) => a.slug.localeCompare(b.slug)).map((n) => entryRow(n, siteUrl));
}

function entryRow(n: AtlasNode, siteUrl: string): Row {
  const d = n.data;
  const date = mainDate(d);
  return {
    slug: n.slug,
    collection: n.collection,
    kind: d.kind,
    name: d.name,
    name_en: d.name_en ?? null,
    name_zh: d.name_zh ?? null,
    pinyin: d.pinyin ?? null,
    identification_confidence: d.identification?.confidence ?? null,
    summary: d.summary,
    date_field: date?.field ?? null,
    date: date?.date.value ?? null,
    date_precision: date?.date.precision ?? null,
    city: d.location?.city ?? null,
    lat: n.pin?.lat ?? null,
    lon: n.pin?.lon ?? null,
    precision: n.pin?.precision ?? null,
    located_via: n.pin && n.pin.from !== n.slug ? n.pin.from : null,
    tags: d.tags.join('; '),
    url: new URL(n.path, siteUrl).href,
  };
}

/** Columns of the relations table. */
export const RELATION_COLUMNS = ['from', 'relation', 'to', 'role'] as const;

/** One row per typed relation (citations and mentions included, as `cites` and `mentions`). */
export function relationRows(graph: AtlasGraph): Row[] {
  return graph.edges.map((e) => ({ from: e.from, relation: e.kind, to: e.to, role: e.role ?? null }));
}

/** Columns of the figures table. */
export const FIGURE_COLUMNS = ['slug', 'name', 'theme', 'kind', 'qualifier', 'value', 'value_max', 'value_text', 'unit', 'measures', 'as_of', 'as_of_precision', 'quote', 'subjects'] as const;

/** One row per figure. */
export function figureRows(graph: AtlasGraph): Row[] {
  return [...graph.nodes.values()]
    .filter((n) => n.collection === 'figures')
    .map((n) => {
      const d = n.data;
      return {
        slug: n.slug,
        name: d.name,
        theme: String(d['theme']),
        kind: d.kind,
        qualifier: String(d['qualifier'] ?? 'exact'),
        value: (d['value'] as number | undefined) ?? null,
        value_max: (d['value_max'] as number | undefined) ?? null,
        value_text: (d['value_text'] as string | undefined) ?? null,
        unit: String(d['unit']),
        measures: String(d['measures']),
        as_of: d.as_of?.value ?? null,
        as_of_precision: d.as_of?.precision ?? null,
        quote: d.sources?.[0]?.quote ?? null,
        subjects: graph.outgoing(n.slug).filter((e) => e.kind === 'subjects' || e.kind === 'related').map((e) => e.to).join('; '),
      };
    });
}

/** Columns of the events table. */
export const EVENT_COLUMNS = ['slug', 'name', 'kind', 'date', 'date_precision', 'editorial_date', 'summary', 'subjects'] as const;

/** One row per event, chronological. */
export function eventRows(graph: AtlasGraph): Row[] {
  return [...graph.nodes.values()]
    .filter((n) => n.collection === 'events')
    .sort((a, b) => (a.data.date?.value ?? '').localeCompare(b.data.date?.value ?? ''))
    .map((n) => ({
      slug: n.slug,
      name: n.data.name,
      kind: n.data.kind,
      date: n.data.date?.value ?? null,
      date_precision: n.data.date?.precision ?? null,
      editorial_date: (n.data['editorial'] as string[] | undefined)?.includes('date') ? 'yes' : 'no',
      summary: n.data.summary,
      subjects: graph.outgoing(n.slug).filter((e) => e.kind !== 'cites' && e.kind !== 'mentions').map((e) => e.to).join('; '),
    }));
}

/** The whole atlas as one JSON document: entries with all their fields, and the relations. */
export function atlasJson(graph: AtlasGraph, siteUrl: string, metadata: Record<string, string>) {
  return {
    metadata,
    entries: [...graph.nodes.values()]
      .sort((a, b) => a.slug.localeCompare(b.slug))
      .map((n) => ({ slug: n.slug, collection: n.collection, url: new URL(n.path, siteUrl).href, ...(n.pin ? { pin: n.pin } : {}), data: n.data, ...(n.body !== undefined ? { body: n.body } : {}) })),
    relations: relationRows(graph),
  };
}

/** The CSV downloads: file name (without .csv) → columns and rows. */
export function csvTables(graph: AtlasGraph, siteUrl: string): Record<string, { columns: readonly string[]; rows: Row[] }> {
  return {
    eintraege: { columns: ENTRY_COLUMNS, rows: entryRows(graph, siteUrl) },
    beziehungen: { columns: RELATION_COLUMNS, rows: relationRows(graph) },
    zahlen: { columns: FIGURE_COLUMNS, rows: figureRows(graph) },
    ereignisse: { columns: EVENT_COLUMNS, rows: eventRows(graph) },
  };
}
