// Unit tests for atlas.ts: the built atlas — entries by slug and by collection, pins and last changes
// attached, backlinks ordered by name, the tags index and the tags of an entry.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { buildAtlas, type AtlasEntry, type AtlasParts, type Entry } from './atlas.ts';
import { SCHEMAS } from '../model/schema.ts';
import type { Edge } from '../validate/links.ts';
import type { Pin } from '../validate/locations.ts';
import type { TagDefinition } from '../model/vocabulary.ts';

const SOURCES = [{ source: 'haidian-article', quote: 'some words' }];
const SUMMARY = 'Eine Zusammenfassung, lang genug.';

function company(slug: string, name: string, more: Record<string, unknown> = {}): AtlasEntry<'companies'> {
  return { collection: 'companies', slug, file: `content/companies/${slug}.mdx`, data: SCHEMAS.companies.parse({ name, kind: 'large-model', summary: SUMMARY, sources: SOURCES, ...more }) };
}
function place(slug: string, name: string, more: Record<string, unknown> = {}): AtlasEntry<'places'> {
  return { collection: 'places', slug, file: `content/places/${slug}.mdx`, data: SCHEMAS.places.parse({ name, kind: 'building', summary: SUMMARY, sources: SOURCES, ...more }) };
}
function source(slug: string, name: string): AtlasEntry<'sources'> {
  return { collection: 'sources', slug, file: `content/sources/${slug}.yaml`, data: SCHEMAS.sources.parse({ name, kind: 'article', summary: SUMMARY, language: 'de' }) };
}

const tag = (label: string, slug: string): [string, TagDefinition] => [slug, { slug, labels: { de: label }, descriptions: { de: `Über ${label}.` } }];

function parts(overrides: Partial<AtlasParts> = {}): AtlasParts {
  const entries: Entry[] = [
    company('zhipu', 'Zhipu', { tags: ['large-models', 'kuenstliche-intelligenz'] }),
    place('tower', 'Dongsheng-Gebäude', { tags: ['oelwirtschaft'] }),
    company('baichuan', 'Baichuan', { tags: ['large-models'] }),
    source('haidian-article', 'Die Gründerstraße'),
    company('oel', 'Ölwerk', { located_in: 'tower' }),
    company('alpha', 'alpha', { located_in: 'tower' }),
    company('ober', 'Ober', { located_in: 'tower' }),
    company('zeta', 'Zeta', { located_in: 'tower' }),
  ];
  const edges: Edge[] = [
    { from: 'zeta', to: 'tower', kind: 'located_in' },
    { from: 'oel', to: 'tower', kind: 'located_in' },
    { from: 'alpha', to: 'tower', kind: 'located_in' },
    { from: 'ober', to: 'tower', kind: 'located_in' },
    { from: 'zhipu', to: 'haidian-article', kind: 'cites' },
    { from: 'zhipu', to: 'tower', kind: 'mentions' },
  ];
  const pin: Pin = { lat: 39.99245, lon: 116.32771, precision: 'building', from: 'tower' };
  return {
    entries,
    edges,
    aliases: new Map([['darkside', 'zhipu']]),
    pins: new Map([['tower', pin], ['oel', { ...pin }]]),
    tags: new Map([tag('Large Models', 'large-models'), tag('Künstliche Intelligenz', 'kuenstliche-intelligenz'), tag('Ölwirtschaft', 'oelwirtschaft'), tag('Ausgemustert', 'ausgemustert')]),
    lastChanged: new Map([['content/companies/zhipu.mdx', '2026-11-28T10:00:00+00:00']]),
    ...overrides,
  };
}

describe('entries', () => {
  const atlas = buildAtlas(parts());

  test('all lists every entry in slug order', () => {
    assert.deepEqual(atlas.all.map((e) => e.slug), ['alpha', 'baichuan', 'haidian-article', 'ober', 'oel', 'tower', 'zeta', 'zhipu']);
  });

  test('get and entries find an entry by slug', () => {
    assert.equal(atlas.get('zhipu')!.data.name, 'Zhipu');
    assert.equal(atlas.entries.get('tower')!.collection, 'places');
    assert.equal(atlas.get('darkside'), undefined);
    assert.equal(atlas.entries.size, 8);
  });

  test('list gives the entries of one collection in slug order, and nothing for an empty collection', () => {
    assert.deepEqual(atlas.list('companies').map((e) => e.slug), ['alpha', 'baichuan', 'ober', 'oel', 'zeta', 'zhipu']);
    assert.deepEqual(atlas.list('places').map((e) => e.slug), ['tower']);
    assert.deepEqual(atlas.list('sources').map((e) => e.data.language), ['de']);
    assert.deepEqual(atlas.list('people'), []);
    assert.deepEqual(atlas.list('events'), []);
  });

  test('attach the pin of an entry, and leave the field out when there is none', () => {
    assert.deepEqual(atlas.get('tower')!.pin, { lat: 39.99245, lon: 116.32771, precision: 'building', from: 'tower' });
    assert.equal(atlas.get('oel')!.pin!.from, 'tower');
    assert.equal('pin' in atlas.get('zhipu')!, false);
  });

  test('attach the last change by file, and leave the field out when git does not know it', () => {
    assert.equal(atlas.get('zhipu')!.lastChanged, '2026-11-28T10:00:00+00:00');
    assert.equal('lastChanged' in atlas.get('tower')!, false);
  });

  test('keep the body and the line it starts on', () => {
    const withBody = buildAtlas(parts({ entries: [{ ...company('zhipu', 'Zhipu'), body: '\nText.\n', bodyStartLine: 12 }] }));
    assert.equal(withBody.get('zhipu')!.body, '\nText.\n');
    assert.equal(withBody.get('zhipu')!.bodyStartLine, 12);
  });

  test('keep the aliases', () => {
    assert.deepEqual([...atlas.aliases], [['darkside', 'zhipu']]);
  });
});

describe('the link graph', () => {
  const atlas = buildAtlas(parts());

  test('orders backlinks of one kind by the German name of the linking entry', () => {
    const groups = atlas.backlinks('tower');
    assert.deepEqual(groups.map((g) => g.kind), ['located_in', 'mentions']);
    assert.deepEqual(groups[0]!.edges.map((e) => atlas.get(e.from)!.data.name), ['alpha', 'Ober', 'Ölwerk', 'Zeta']);
  });

  test('orders entries of the same name by slug', () => {
    const same = buildAtlas(
      parts({
        entries: [place('tower', 'Turm'), company('b-co', 'Gleich', { located_in: 'tower' }), company('a-co', 'Gleich', { located_in: 'tower' })],
        edges: [
          { from: 'b-co', to: 'tower', kind: 'located_in' },
          { from: 'a-co', to: 'tower', kind: 'located_in' },
        ],
      }),
    );
    assert.deepEqual(same.backlinks('tower')[0]!.edges.map((e) => e.from), ['a-co', 'b-co']);
  });

  test('lists outgoing edges in display order', () => {
    assert.deepEqual(atlas.outgoing('zhipu').map((e) => e.kind), ['mentions', 'cites']);
    assert.equal(atlas.edges.length, 6);
  });
});

describe('tags', () => {
  const atlas = buildAtlas(parts());

  test('are indexed by key (their URL segment), in key order, with their labels and descriptions', () => {
    assert.deepEqual([...atlas.tags.keys()], ['ausgemustert', 'kuenstliche-intelligenz', 'large-models', 'oelwirtschaft']);
    assert.deepEqual(atlas.tags.get('oelwirtschaft')!.labels, { de: 'Ölwirtschaft' });
    assert.deepEqual(atlas.tags.get('oelwirtschaft')!.descriptions, { de: 'Über Ölwirtschaft.' });
  });

  test('know their entries, in slug order, and a tag without entries has none', () => {
    assert.deepEqual(atlas.tags.get('large-models')!.entries.map((e) => e.slug), ['baichuan', 'zhipu']);
    assert.deepEqual(atlas.tags.get('oelwirtschaft')!.entries.map((e) => e.slug), ['tower']);
    assert.deepEqual(atlas.tags.get('ausgemustert')!.entries, []);
  });

  test('tagsOf gives the tags of an entry in its own order', () => {
    assert.deepEqual(atlas.tagsOf(atlas.get('zhipu')!).map((t) => [t.slug, t.labels.de]), [['large-models', 'Large Models'], ['kuenstliche-intelligenz', 'Künstliche Intelligenz']]);
    assert.deepEqual(atlas.tagsOf(atlas.get('alpha')!), []);
  });
});
