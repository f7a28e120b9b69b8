// Unit tests for routes.ts: the route table of a small atlas, per locale, with keys that pair translations.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { alternates, pathOf, routeKey, routes, siteRoutes, views, type Route } from './routes.ts';
import { atlasOf } from '../atlas/test-atlas.ts';


const summary = 'Eine Zusammenfassung von genügend Länge.';
const cited = { sources: [{ source: 'article', quote: 'ein Zitat' }] };
const atlas = atlasOf({
  'sources/article.yaml': { name: 'Der Artikel', kind: 'article', summary, language: 'de' },
  'companies/zhipu.mdx': { name: 'Zhipu', name_en: 'Zhipu AI', kind: 'large-model', summary, ...cited, founded: '2019-06', aliases: ['zhipu-ai'], tags: ['large-models', 'tsinghua'] },
  'companies/galbot.mdx': { name: 'Galbot', kind: 'embodied-ai', summary, ...cited, founded: 2023, tags: ['embodied-ai'] },
  'companies/baidu.mdx': { name: 'Baidu', kind: 'internet', summary, ...cited },
  'institutions/keg.mdx': { name: 'Knowledge Engineering Group', kind: 'lab', summary, ...cited, founded: 1996, tags: ['tsinghua'] },
  'events/launch.yaml': { name: 'Start', kind: 'launch', summary, ...cited, date: '2023-07' },
  'events/founding.yaml': { name: 'Gründung', kind: 'founding', summary, ...cited, date: '2019-06' },
});

describe('views', () => {
  const keys = views(atlas).map(routeKey);

  test('lists every page of the atlas once, in a fixed order', () => {
    assert.deepEqual(keys, [
      'home',
      'collection:companies',
      'collection-by-date:companies',
      'collection-kind:companies:large-model',
      'collection-kind:companies:embodied-ai',
      'collection-kind:companies:internet',
      'network-collection:companies',
      'collection:institutions',
      'collection-kind:institutions:lab',
      'network-collection:institutions',
      'collection:policies',
      'collection:people',
      'collection:places',
      'collection:sources',
      'collection-kind:sources:article',
      'network-collection:sources',
      'collection:figures',
      'collection:events',
      'collection-kind:events:founding',
      'collection-kind:events:launch',
      'network-collection:events',
      'entry:article',
      'entry:baidu',
      'entry:founding',
      'entry:galbot',
      'entry:keg',
      'entry:launch',
      'entry:zhipu',
      'redirect:zhipu-ai',
      'tags',
      'tag:embodied-ai',
      'tag:large-models',
      'tag:tsinghua',
      'map',
      'search',
      'timeline',
      'network',
      'data',
    ]);
  });

  test('every collection has a list page, even an empty one, but no kind or network page without entries', () => {
    assert.ok(keys.includes('collection:people'));
    assert.ok(!keys.some((k) => k.startsWith('collection-kind:people') || k === 'network-collection:people'));
  });

  test('a chronological list exists only with two dated entries, and never for events', () => {
    assert.ok(keys.includes('collection-by-date:companies'));
    assert.ok(!keys.includes('collection-by-date:institutions'), 'one dated institution');
    assert.ok(!keys.includes('collection-by-date:events'), 'events are already chronological');
  });

  test('a former slug becomes a redirect to the current entry', () => {
    assert.deepEqual(views(atlas).filter((v) => v.view === 'redirect'), [{ view: 'redirect', alias: 'zhipu-ai', slug: 'zhipu' }]);
  });
});

describe('routeKey', () => {
  test('names each view by its parameters', () => {
    assert.equal(routeKey({ view: 'home' }), 'home');
    assert.equal(routeKey({ view: 'entry', slug: 'zhipu' }), 'entry:zhipu');
    assert.equal(routeKey({ view: 'redirect', alias: 'zhipu-ai', slug: 'zhipu' }), 'redirect:zhipu-ai');
    assert.equal(routeKey({ view: 'collection', collection: 'places' }), 'collection:places');
    assert.equal(routeKey({ view: 'collection-by-date', collection: 'places' }), 'collection-by-date:places');
    assert.equal(routeKey({ view: 'network-collection', collection: 'places' }), 'network-collection:places');
    assert.equal(routeKey({ view: 'collection-kind', collection: 'places', kind: 'street' }), 'collection-kind:places:street');
    assert.equal(routeKey({ view: 'tag', tag: 'tsinghua' }), 'tag:tsinghua');
    assert.equal(routeKey({ view: 'tags' }), 'tags');
    assert.equal(routeKey({ view: 'map' }), 'map');
    assert.equal(routeKey({ view: 'data' }), 'data');
  });
});

describe('pathOf', () => {
  test('builds the path of every kind of view in both locales', () => {
    const expected: Array<[Parameters<typeof pathOf>[0], string, string]> = [
      [{ view: 'home' }, '/', '/en/'],
      [{ view: 'entry', slug: 'zhipu' }, '/unternehmen/zhipu/', '/en/companies/zhipu/'],
      [{ view: 'entry', slug: 'launch' }, '/chronik/launch/', '/en/events/launch/'],
      [{ view: 'redirect', alias: 'zhipu-ai', slug: 'zhipu' }, '/unternehmen/zhipu-ai/', '/en/companies/zhipu-ai/'],
      [{ view: 'collection', collection: 'institutions' }, '/institutionen/', '/en/institutions/'],
      [{ view: 'collection-by-date', collection: 'companies' }, '/unternehmen/nach-datum/', '/en/companies/by-date/'],
      [{ view: 'collection-kind', collection: 'companies', kind: 'internet' }, '/unternehmen/art/internet/', '/en/companies/kind/internet/'],
      [{ view: 'tags' }, '/schlagwoerter/', '/en/tags/'],
      [{ view: 'tag', tag: 'tsinghua' }, '/schlagwoerter/tsinghua/', '/en/tags/tsinghua/'],
      [{ view: 'map' }, '/karte/', '/en/map/'],
      [{ view: 'search' }, '/suche/', '/en/search/'],
      [{ view: 'timeline' }, '/zeitleiste/', '/en/timeline/'],
      [{ view: 'network' }, '/netzwerk/', '/en/network/'],
      [{ view: 'network-collection', collection: 'events' }, '/netzwerk/chronik/', '/en/network/events/'],
      [{ view: 'data' }, '/daten/', '/en/data/'],
    ];
    for (const [view, de, en] of expected) {
      assert.equal(pathOf(view, 'de', atlas), de, routeKey(view));
      assert.equal(pathOf(view, 'en', atlas), en, routeKey(view));
    }
  });

  test('refuses an entry that is not in the atlas, naming it', () => {
    assert.throws(() => pathOf({ view: 'entry', slug: 'nope' }, 'de', atlas), /^Error: routes: no entry "nope"$/);
    assert.throws(() => pathOf({ view: 'redirect', alias: 'old', slug: 'gone' }, 'de', atlas), /routes: no entry "gone"/);
  });
});

describe('routes and alternates', () => {
  const both = routes(atlas, ['de', 'en']);

  test('every view exists once per locale, German first', () => {
    assert.equal(both.length, 76, '38 views in two locales');
    assert.ok(both.slice(0, 38).every((r) => r.lang === 'de'));
    assert.ok(both.slice(38).every((r) => r.lang === 'en'));
  });

  test('the keys are equal across locales and unique within one', () => {
    const de = both.filter((r) => r.lang === 'de').map((r) => r.key);
    const en = both.filter((r) => r.lang === 'en').map((r) => r.key);
    assert.deepEqual(en, de);
    assert.equal(new Set(de).size, de.length);
  });

  test('paths are unique across the whole table', () => {
    const all = both.map((r) => r.path);
    assert.equal(new Set(all).size, all.length);
  });

  test('a route carries its view parameters, locale, path and key', () => {
    const zhipu = both.find((r) => r.lang === 'en' && r.key === 'entry:zhipu');
    assert.deepEqual(zhipu, { view: 'entry', slug: 'zhipu', lang: 'en', path: '/en/companies/zhipu/', key: 'entry:zhipu' });
  });

  test('by default the published editions are routed: German and English, German first', () => {
    const published = routes(atlas);
    assert.equal(published.length, 76);
    assert.deepEqual([...new Set(published.map((r) => r.lang))], ['de', 'en']);
    assert.deepEqual(routes(atlas, ['de']).map((r) => r.lang).filter((l) => l !== 'de'), []);
  });

  test('alternates pair each page with its translations, in locale order', () => {
    const byKey = alternates(both);
    assert.equal(byKey.size, 38);
    assert.deepEqual(byKey.get('entry:zhipu')!.map((r) => [r.lang, r.path]), [['de', '/unternehmen/zhipu/'], ['en', '/en/companies/zhipu/']]);
    assert.deepEqual(byKey.get('tag:large-models')!.map((r) => r.path), ['/schlagwoerter/large-models/', '/en/tags/large-models/']);
    for (const group of byKey.values()) assert.deepEqual(group.map((r: Route) => r.lang), ['de', 'en']);
  });
});

describe('siteRoutes', () => {
  test('builds the table once per atlas and indexes it by key and by path', () => {
    const first = siteRoutes(atlas);
    assert.equal(siteRoutes(atlas), first, 'the same object for the same atlas');
    assert.equal(first.list.length, 76, '38 views in each of the two editions');
    assert.deepEqual(first.list.slice(0, 2).map((r) => r.path), ['/', '/unternehmen/']);
    assert.deepEqual(first.byPath.get('/unternehmen/zhipu/'), { view: 'entry', slug: 'zhipu', lang: 'de', path: '/unternehmen/zhipu/', key: 'entry:zhipu' });
    assert.deepEqual(first.byPath.get('/en/companies/zhipu/'), { view: 'entry', slug: 'zhipu', lang: 'en', path: '/en/companies/zhipu/', key: 'entry:zhipu' });
    assert.equal(first.byPath.get('/unternehmen/zhipu-ai/')?.view, 'redirect');
    assert.deepEqual(first.byKey.get('home')!.map((r) => r.path), ['/', '/en/']);
    assert.equal(first.byPath.size, first.list.length);
  });
});
