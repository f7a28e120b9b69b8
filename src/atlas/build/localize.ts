/**
 * An entry in a locale: its German data with every text replaced by the translation
 * (src/atlas/model/translation.ts): title, summary, notes, relation roles, date note, address,
 * and for figures unit, measures, value in words and as-of note; the body and the file are the
 * translation's. Dates, links, coordinates and tags stay as they are. For German, or an entry
 * without a translation for the locale, the entry itself. Computed once per entry and locale.
 */
import type { Atlas, Entry, Tag } from './atlas.ts';
import type { Edge } from '../validate/links.ts';
import type { CollectionName } from '../model/collections.ts';
import { relationsFor } from '../model/relations.ts';
import { DEFAULT_LOCALE, type Locale } from '../../site/segments.ts';

const cache = new WeakMap<Entry, Map<Locale, Entry>>();

/** Replaces the role of every relation item whose target has a translated role. */
function withRoles(value: unknown, roles: Record<string, string>): unknown {
  const one = (item: unknown) => (typeof item === 'object' && item !== null && 'id' in item && 'role' in item && roles[(item as { id: string }).id] ? { ...item, role: roles[(item as { id: string }).id] } : item);
  return Array.isArray(value) ? value.map(one) : one(value);
}

/** `entry` with its texts in `lang` (see the module comment). */
export function localize<E extends Entry>(entry: E, lang: Locale): E {
  const translation = lang === DEFAULT_LOCALE ? undefined : entry.translations?.[lang];
  if (!translation) return entry;
  const hit = cache.get(entry)?.get(lang);
  if (hit) return hit as E;
  const t = translation.data;
  const d = entry.data as Record<string, unknown>;
  const data: Record<string, unknown> = { ...d, name: t.name, summary: t.summary };
  data['notes'] = (d['notes'] as Array<{ text: string; basis?: string }>).map((note, i) => ({ ...note, text: t.notes?.[i]?.text ?? note.text, ...(note.basis ? { basis: t.notes?.[i]?.basis ?? note.basis } : {}) }));
  for (const relation of relationsFor(entry.collection)) if (d[relation] !== undefined) data[relation] = withRoles(d[relation], t.roles ?? {});
  if (t.date_note !== undefined) data['date_note'] = t.date_note;
  const location = d['location'] as Record<string, unknown> | undefined;
  if (location && t.address !== undefined) data['location'] = { ...location, address_de: t.address };
  for (const field of ['unit', 'measures', 'value_text', 'as_of_note'] as const) if (t[field] !== undefined) data[field] = t[field];
  const localized = {
    ...entry,
    data,
    file: translation.file,
    ...(translation.body !== undefined ? { body: translation.body, bodyStartLine: translation.bodyStartLine ?? 1, bodyFormat: translation.bodyFormat ?? 'mdx' } : {}),
  } as E;
  (cache.get(entry) ?? cache.set(entry, new Map()).get(entry)!).set(lang, localized);
  return localized;
}

/** The atlas's own translation of each of an entry's quotes in `lang`, by citation index (empty for German). */
export function quoteTranslations(entry: Entry, lang: Locale): readonly string[] {
  return lang === DEFAULT_LOCALE ? [] : (entry.translations?.[lang]?.data.quotes ?? []);
}

/** The role of a relation in `lang`: the translation of the entry it starts from, or the German role. */
export function roleIn(edge: Pick<Edge, 'from' | 'to' | 'role'>, from: Entry | undefined, lang: Locale): string | undefined {
  if (!edge.role || lang === DEFAULT_LOCALE) return edge.role;
  return from?.translations?.[lang]?.data.roles?.[edge.to] ?? edge.role;
}

const views = new WeakMap<Atlas, Map<Locale, Atlas>>();

/**
 * The atlas as seen in `lang`: the same graph, tags and aliases, with every entry it hands out
 * (`get`, `all`, `list`, `entries`, tag entries) localized. The atlas itself for German.
 */
export function localAtlas(atlas: Atlas, lang: Locale): Atlas {
  if (lang === DEFAULT_LOCALE) return atlas;
  const hit = views.get(atlas)?.get(lang);
  if (hit) return hit;
  const all = atlas.all.map((e) => localize(e, lang));
  const entries = new Map(all.map((e) => [e.slug, e]));
  const byCollection = Map.groupBy(all, (e) => e.collection);
  const tags = new Map<string, Tag>([...atlas.tags].map(([key, tag]) => [key, { ...tag, entries: tag.entries.map((e) => entries.get(e.slug)!) }]));
  const view: Atlas = {
    ...atlas,
    entries,
    all,
    get: (slug) => entries.get(slug),
    list: (<C extends CollectionName>(collection: C) => byCollection.get(collection) ?? []) as Atlas['list'],
    tags,
    tagsOf: (entry) => entry.data.tags.flatMap((key) => tags.get(key) ?? []),
  };
  (views.get(atlas) ?? views.set(atlas, new Map()).get(atlas)!).set(lang, view);
  return view;
}
