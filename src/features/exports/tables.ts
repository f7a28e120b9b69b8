/**
 * The atlas as open data: JSON and CSV tables of entries, relations, figures and events,
 * built from the same atlas as the pages and the map, so a download can never disagree with
 * the site. One set per locale: the columns are the same (stable names for programs), the
 * titles and labels are in the file's language, named in its `lang` column. Pure: the
 * endpoints serialise what these functions return.
 */
import type { Atlas, AtlasEntry, Entry } from '../../atlas/build/atlas.ts';
import type { Translator } from '../../i18n/index.ts';
import { collectionOne, kindLabel } from '../../i18n/labels.ts';
import { entryTitle, formatFigureValue, isEditorial, mainDate } from '../../site/present.ts';
import { paths } from '../../site/paths.ts';
import { absoluteUrl } from '../../site/urls.ts';
import type { TableId } from '../../site/segments.ts';
import { partialDateSortKey } from '../../atlas/model/dates.ts';
import { tagLabel } from '../../atlas/model/vocabulary.ts';
import { localAtlas, roleIn } from '../../atlas/build/localize.ts';

/** One row of a table: column → cell. */
export type Row = Record<string, string | number | null>;

/** Quotes a CSV cell when needed (RFC 4180): commas, quotes, line breaks. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document with a header row; columns in the given order; CRLF line ends. */
export function toCsv(columns: readonly string[], rows: readonly Row[]): string {
  return [columns.join(','), ...rows.map((row) => columns.map((c) => csvCell(row[c])).join(','))].join('\r\n') + '\r\n';
}

/** Columns of each table. */
export const COLUMNS: Record<TableId, readonly string[]> = {
  entries: ['slug', 'lang', 'collection', 'collection_label', 'kind', 'kind_label', 'name', 'article_name', 'name_de', 'name_en', 'name_zh', 'pinyin', 'identification_confidence', 'summary', 'date_field', 'date', 'date_precision', 'city', 'lat', 'lon', 'precision', 'located_via', 'tags', 'url'],
  relations: ['from', 'relation', 'to', 'role', 'editorial'],
  figures: ['slug', 'lang', 'name', 'theme', 'kind', 'qualifier', 'value', 'value_max', 'value_text', 'unit', 'display', 'measures', 'as_of', 'as_of_precision', 'quote', 'subjects'],
  events: ['slug', 'lang', 'name', 'kind', 'date', 'date_precision', 'editorial_date', 'summary', 'subjects'],
};

const url = (e: Entry, ui: Translator) => absoluteUrl(paths.entry(ui.lang, e.collection, e.slug));

function entryRow(atlas: Atlas, e: Entry, ui: Translator): Row {
  const d = e.data;
  const date = mainDate(e);
  return {
    slug: e.slug,
    lang: ui.lang,
    collection: e.collection,
    collection_label: collectionOne(ui, e.collection),
    kind: d.kind,
    kind_label: kindLabel(ui, e.collection, d.kind),
    name: entryTitle(e, ui.lang),
    article_name: d.article_name ?? null,
    name_de: d.name,
    name_en: d.name_en ?? null,
    name_zh: d.name_zh ?? null,
    pinyin: d.pinyin ?? null,
    identification_confidence: d.identification?.confidence ?? null,
    summary: d.summary,
    date_field: date?.field ?? null,
    date: date?.date.value ?? null,
    date_precision: date?.date.precision ?? null,
    city: 'location' in d ? (d.location?.city ?? null) : null,
    lat: e.pin?.lat ?? null,
    lon: e.pin?.lon ?? null,
    precision: e.pin?.precision ?? null,
    located_via: e.pin && e.pin.from !== e.slug ? e.pin.from : null,
    tags: atlas.tagsOf(e).map((t) => tagLabel(t, ui.lang)).join('; '),
    url: url(e, ui),
  };
}

const related = (atlas: Atlas, slug: string, keep: (kind: string) => boolean) => atlas.outgoing(slug).filter((edge) => keep(edge.kind)).map((edge) => edge.to).join('; ');

function figureRow(atlas: Atlas, e: AtlasEntry<'figures'>, ui: Translator): Row {
  const d = e.data;
  return {
    slug: e.slug,
    lang: ui.lang,
    name: entryTitle(e, ui.lang),
    theme: d.theme,
    kind: d.kind,
    qualifier: d.qualifier,
    value: d.value ?? null,
    value_max: d.value_max ?? null,
    value_text: d.value_text ?? null,
    unit: d.unit,
    display: formatFigureValue(d, ui),
    measures: d.measures,
    as_of: d.as_of?.value ?? null,
    as_of_precision: d.as_of?.precision ?? null,
    quote: d.sources[0]?.quote ?? null,
    subjects: related(atlas, e.slug, (k) => k === 'subjects' || k === 'related'),
  };
}

function eventRow(atlas: Atlas, e: AtlasEntry<'events'>, ui: Translator): Row {
  return {
    slug: e.slug,
    lang: ui.lang,
    name: entryTitle(e, ui.lang),
    kind: e.data.kind,
    date: e.data.date.value,
    date_precision: e.data.date.precision,
    editorial_date: isEditorial(e, 'date') ? 'yes' : 'no',
    summary: e.data.summary,
    subjects: related(atlas, e.slug, (k) => k !== 'cites' && k !== 'mentions'),
  };
}

/** The rows of one table in a locale: entries and figures by slug, relations as resolved, events by date. */
export function tableRows(german: Atlas, table: TableId, ui: Translator): Row[] {
  const atlas = localAtlas(german, ui.lang);
  switch (table) {
    case 'entries':
      return atlas.all.map((e) => entryRow(atlas, e, ui));
    case 'relations':
      return atlas.edges.map((e) => ({ from: e.from, relation: e.kind, to: e.to, role: roleIn(e, german.get(e.from), ui.lang) ?? null, editorial: e.editorial ? 'yes' : 'no' }));
    case 'figures':
      return atlas.list('figures').map((e) => figureRow(atlas, e, ui));
    case 'events':
      return [...atlas.list('events')].sort((a, b) => partialDateSortKey(a.data.date).localeCompare(partialDateSortKey(b.data.date)) || (a.slug < b.slug ? -1 : 1)).map((e) => eventRow(atlas, e, ui));
  }
}

/** The whole atlas as one JSON document: entries with all their fields, pins and texts, and the relations. */
export function atlasJson(german: Atlas, ui: Translator, metadata: Record<string, string>) {
  const atlas = localAtlas(german, ui.lang);
  return {
    metadata: { lang: ui.lang, ...metadata },
    entries: atlas.all.map((e) => ({ slug: e.slug, collection: e.collection, title: entryTitle(e, ui.lang), url: url(e, ui), ...(e.pin ? { pin: e.pin } : {}), data: e.data, ...(e.body !== undefined ? { body: e.body } : {}) })),
    relations: tableRows(german, 'relations', ui),
  };
}
