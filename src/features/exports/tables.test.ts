// Unit tests for tables.ts: the open-data downloads (CSV tables and the JSON document).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { Translator } from '../../i18n/index.ts';
import { atlasOf } from '../../atlas/test-atlas.ts';

// URLs in the tables are absolute, with the base path: set the site's address before importing.
process.env['ATLAS_SITE_URL'] = 'https://owner.github.io/atlas/';
const { translator } = await import('../../i18n/index.ts');
const { atlasJson, COLUMNS, csvCell, tableRows, toCsv } = await import('./tables.ts');


const summary = 'Eine Zusammenfassung von genügend Länge.';
const cited = (quote = 'ein Zitat') => ({ sources: [{ source: 'article', quote }] });
const atlas = atlasOf({
  'sources/article.yaml': { name: 'Der Artikel', kind: 'article', summary, language: 'de' },
  'places/tower.mdx': { name: 'Turm', kind: 'building', summary, ...cited(), location: { district: 'Haidian', lat: 39.99245, lon: 116.32771, datum: 'wgs84', precision: 'building', coord_source: 'Vermessung' } },
  'companies/zhipu.mdx': {
    name: 'Zhipu',
    article_name: 'Zhipu Huazhang',
    name_en: 'Zhipu AI',
    name_zh: '智谱华章',
    pinyin: 'Zhìpǔ Huázhāng',
    identification: { confidence: 'high' },
    kind: 'large-model',
    summary,
    ...cited(),
    founded: '2019-06',
    located_in: { id: 'tower', role: 'Sitz' },
    related: [{ id: 'moon', editorial: true }],
    tags: ['large-models', 'tsinghua'],
  },
  'companies/moon.mdx': { name: 'Mond', kind: 'other', summary, ...cited() },
  'figures/models.yaml': {
    name: 'Large Models in Haidian',
    kind: 'count',
    theme: 'models',
    value: 89,
    qualifier: 'over',
    unit: 'Modelle',
    measures: 'registrierte Large Models',
    summary,
    ...cited('Haidian hat über 89 Modelle, sagt der Artikel.'),
    as_of: '2025-06',
    subjects: ['zhipu'],
    related: ['moon'],
  },
  'figures/money.yaml': { name: 'Kapital', kind: 'money', theme: 'capital', value_text: 'Milliarden', value_max: 3, unit: 'Yuan', measures: 'investiertes Kapital', summary, ...cited() },
  'events/founding.yaml': { name: 'Gründung von Zhipu', kind: 'founding', summary, ...cited(), date: '2019-06', subjects: ['zhipu'] },
  'events/decade.yaml': { name: 'Die 1980er', kind: 'milestone', summary, ...cited(), date: '1980s', editorial: ['date'], related: ['tower'] },
  'events/later.yaml': { name: 'Später', kind: 'milestone', summary, ...cited(), date: 2024 },
}, { tags: { 'large-models': 'Large Models', tsinghua: 'Tsinghua' } });
const ui = translator('de');

describe('csvCell and toCsv', () => {
  test('quotes cells with commas, quotes and line breaks (RFC 4180)', () => {
    assert.equal(csvCell('a'), 'a');
    assert.equal(csvCell('a, b'), '"a, b"');
    assert.equal(csvCell('sagt "ja"'), '"sagt ""ja"""');
    assert.equal(csvCell('x\ny'), '"x\ny"');
    assert.equal(csvCell('x\ry'), '"x\ry"');
    assert.equal(csvCell(' Leerzeichen '), ' Leerzeichen ');
  });

  test('writes numbers plainly and missing values as empty cells', () => {
    assert.equal(csvCell(2.6), '2.6');
    assert.equal(csvCell(0), '0');
    assert.equal(csvCell(null), '');
    assert.equal(csvCell(undefined), '');
    assert.equal(csvCell(''), '');
  });

  test('writes a header and one CRLF line per row, columns in the given order', () => {
    assert.equal(toCsv(['a', 'b'], [{ b: 'x,y', a: 1 }, { a: null, b: 'z' }]), 'a,b\r\n1,"x,y"\r\n,z\r\n');
  });

  test('a column the row lacks is an empty cell; a table without rows is its header', () => {
    assert.equal(toCsv(['a', 'b'], [{ a: 1 }]), 'a,b\r\n1,\r\n');
    assert.equal(toCsv(['a', 'b'], []), 'a,b\r\n');
  });
});

describe('entries', () => {
  const rows = tableRows(atlas, 'entries', ui);

  test('one row per entry, by slug, with exactly the documented columns', () => {
    assert.deepEqual(rows.map((r) => r['slug']), ['article', 'decade', 'founding', 'later', 'models', 'money', 'moon', 'tower', 'zhipu']);
    for (const row of rows) assert.deepEqual(Object.keys(row), [...COLUMNS.entries]);
  });

  test('an entry row carries names, labels, identification, main date, pin, tags and its absolute URL', () => {
    assert.deepEqual(rows.find((r) => r['slug'] === 'zhipu'), {
      slug: 'zhipu',
      lang: 'de',
      collection: 'companies',
      collection_label: 'Unternehmen',
      kind: 'large-model',
      kind_label: 'Large Models',
      name: 'Zhipu',
      article_name: 'Zhipu Huazhang',
      name_de: 'Zhipu',
      name_en: 'Zhipu AI',
      name_zh: '智谱华章',
      pinyin: 'Zhìpǔ Huázhāng',
      identification_confidence: 'high',
      summary,
      date_field: 'founded',
      date: '2019-06',
      date_precision: 'month',
      city: null,
      lat: 39.99245,
      lon: 116.32771,
      precision: 'building',
      located_via: 'tower',
      tags: 'Large Models; Tsinghua',
      url: 'https://owner.github.io/atlas/unternehmen/zhipu/',
    });
  });

  test('a place with its own coordinates names its city and is located via nobody', () => {
    const tower = rows.find((r) => r['slug'] === 'tower')!;
    assert.deepEqual([tower['city'], tower['located_via'], tower['lat'], tower['precision']], ['Peking', null, 39.99245, 'building']);
  });

  test('missing values are null, not undefined or empty strings', () => {
    const moon = rows.find((r) => r['slug'] === 'moon')!;
    for (const column of ['article_name', 'name_en', 'name_zh', 'pinyin', 'identification_confidence', 'date_field', 'date', 'date_precision', 'city', 'lat', 'lon', 'precision', 'located_via']) {
      assert.equal(moon[column], null, column);
    }
    assert.equal(moon['tags'], '');
  });

  test('names and URLs follow the locale of the translator', () => {
    const english: Translator = { ...ui, lang: 'en' };
    const zhipu = tableRows(atlas, 'entries', english).find((r) => r['slug'] === 'zhipu')!;
    assert.deepEqual([zhipu['lang'], zhipu['name'], zhipu['name_de'], zhipu['url']], ['en', 'Zhipu AI', 'Zhipu', 'https://owner.github.io/atlas/en/companies/zhipu/']);
  });
});

describe('relations', () => {
  const rows = tableRows(atlas, 'relations', ui);

  test('one row per resolved edge, with exactly the documented columns', () => {
    assert.deepEqual(rows.map((r) => `${r['from']} ${r['relation']} ${r['to']}`).sort(), [
      'decade cites article',
      'decade related tower',
      'founding cites article',
      'founding subjects zhipu',
      'later cites article',
      'models cites article',
      'models related moon',
      'models subjects zhipu',
      'money cites article',
      'moon cites article',
      'tower cites article',
      'zhipu cites article',
      'zhipu located_in tower',
      'zhipu related moon',
    ]);
    for (const row of rows) assert.deepEqual(Object.keys(row), [...COLUMNS.relations]);
  });

  test('a relation row carries its role and whether the editors made it', () => {
    assert.deepEqual(rows.find((r) => r['from'] === 'zhipu' && r['relation'] === 'located_in'), { from: 'zhipu', relation: 'located_in', to: 'tower', role: 'Sitz', editorial: 'no' });
    assert.deepEqual(rows.find((r) => r['from'] === 'zhipu' && r['relation'] === 'related'), { from: 'zhipu', relation: 'related', to: 'moon', role: null, editorial: 'yes' });
    assert.deepEqual(rows.find((r) => r['from'] === 'moon'), { from: 'moon', relation: 'cites', to: 'article', role: null, editorial: 'no' });
  });
});

describe('figures', () => {
  const rows = tableRows(atlas, 'figures', ui);

  test('one row per figure, by slug, with exactly the documented columns', () => {
    assert.deepEqual(rows.map((r) => r['slug']), ['models', 'money']);
    for (const row of rows) assert.deepEqual(Object.keys(row), [...COLUMNS.figures]);
  });

  test('a figure row carries the value as number and as shown, the as-of date, the quote and its subjects', () => {
    assert.deepEqual(rows[0], {
      slug: 'models',
      lang: 'de',
      name: 'Large Models in Haidian',
      theme: 'models',
      kind: 'count',
      qualifier: 'over',
      value: 89,
      value_max: null,
      value_text: null,
      unit: 'Modelle',
      display: 'über 89 Modelle',
      measures: 'registrierte Large Models',
      as_of: '2025-06',
      as_of_precision: 'month',
      quote: 'Haidian hat über 89 Modelle, sagt der Artikel.',
      subjects: 'zhipu; moon',
    });
  });

  test('a figure without a number shows its text', () => {
    const money = rows[1]!;
    assert.deepEqual([money['value'], money['value_max'], money['value_text'], money['display'], money['as_of'], money['subjects']], [null, 3, 'Milliarden', 'Milliarden Yuan', null, '']);
  });
});

describe('a figure with a range', () => {
  test('writes the lower end as value and the upper end as value_max, never one for the other', () => {
    const rangeAtlas = atlasOf({
      'sources/article.yaml': { name: 'Der Artikel', kind: 'article', summary, language: 'de' },
      'figures/compute.yaml': { name: 'Rechenleistung', kind: 'count', theme: 'compute', value: 3500, value_max: 10000, unit: 'Petaflops', measures: 'Rechenleistung der Zentren', summary, ...cited() },
    });
    const [row] = tableRows(rangeAtlas, 'figures', ui);
    assert.deepEqual([row!['value'], row!['value_max'], row!['value_text'], row!['display']], [3500, 10000, null, '3.500–10.000 Petaflops']);
    assert.match(toCsv(COLUMNS.figures, tableRows(rangeAtlas, 'figures', ui)), /\r\ncompute,de,Rechenleistung,compute,count,exact,3500,10000,,Petaflops,/);
  });
});

describe('events', () => {
  const rows = tableRows(atlas, 'events', ui);

  test('one row per event, by date, with exactly the documented columns', () => {
    assert.deepEqual(rows.map((r) => r['slug']), ['decade', 'founding', 'later']);
    for (const row of rows) assert.deepEqual(Object.keys(row), [...COLUMNS.events]);
  });

  test('an event row carries its date and precision, whether the date is editorial, and what it concerns', () => {
    assert.deepEqual(rows[0], { slug: 'decade', lang: 'de', name: 'Die 1980er', kind: 'milestone', date: '1980s', date_precision: 'decade', editorial_date: 'yes', summary, subjects: 'tower' });
    assert.deepEqual([rows[1]!['editorial_date'], rows[1]!['subjects'], rows[1]!['date_precision']], ['no', 'zhipu', 'month']);
  });

  test('orders by date, not by slug, and events of the same date by slug', () => {
    const datedAtlas = atlasOf({
      'sources/article.yaml': { name: 'Der Artikel', kind: 'article', summary, language: 'de' },
      'events/alpha.yaml': { name: 'Alpha', kind: 'milestone', summary, ...cited(), date: 2024 },
      'events/beta.yaml': { name: 'Beta', kind: 'milestone', summary, ...cited(), date: '2019-06' },
      'events/delta.yaml': { name: 'Delta', kind: 'milestone', summary, ...cited(), date: '1980s' },
      'events/epsilon.yaml': { name: 'Epsilon', kind: 'milestone', summary, ...cited(), date: 1980 },
      'events/gamma.yaml': { name: 'Gamma', kind: 'milestone', summary, ...cited(), date: '2019-06' },
    });
    assert.deepEqual(tableRows(datedAtlas, 'events', ui).map((r) => `${r['slug']} ${r['date']}`), ['delta 1980s', 'epsilon 1980', 'beta 2019-06', 'gamma 2019-06', 'alpha 2024']);
    assert.equal(
      toCsv(['slug', 'date'], tableRows(datedAtlas, 'events', ui)),
      'slug,date\r\ndelta,1980s\r\nepsilon,1980\r\nbeta,2019-06\r\ngamma,2019-06\r\nalpha,2024\r\n',
    );
  });

  test(
    'a decade comes before its years, as on the timeline',
    () => {
      const decadeAtlas = atlasOf({
        'sources/article.yaml': { name: 'Der Artikel', kind: 'article', summary, language: 'de' },
        'events/year.yaml': { name: 'Jahr', kind: 'milestone', summary, ...cited(), date: 1980 },
        'events/decade.yaml': { name: 'Jahrzehnt', kind: 'milestone', summary, ...cited(), date: '1980s' },
      });
      assert.deepEqual(tableRows(decadeAtlas, 'events', ui).map((r) => r['slug']), ['decade', 'year']);
    },
  );
});

describe('atlasJson', () => {
  const json = atlasJson(atlas, ui, { licence: 'CC BY 4.0' });

  test('carries the locale and the given metadata', () => {
    assert.deepEqual(json.metadata, { lang: 'de', licence: 'CC BY 4.0' });
  });

  test('has every entry with title, URL, data, and pin and body where there are', () => {
    assert.deepEqual(json.entries.map((e) => e.slug), ['article', 'decade', 'founding', 'later', 'models', 'money', 'moon', 'tower', 'zhipu']);
    const zhipu = json.entries.find((e) => e.slug === 'zhipu')!;
    assert.equal(zhipu.title, 'Zhipu');
    assert.equal(zhipu.collection, 'companies');
    assert.equal(zhipu.url, 'https://owner.github.io/atlas/unternehmen/zhipu/');
    assert.deepEqual(zhipu.pin, { lat: 39.99245, lon: 116.32771, precision: 'building', from: 'tower' });
    assert.equal(zhipu.data, atlas.get('zhipu')!.data);
    assert.equal(zhipu.body, '\nText.\n');
  });

  test('leaves pin and body out where an entry has none', () => {
    const article = json.entries.find((e) => e.slug === 'article')!;
    assert.equal('pin' in article, false);
    assert.equal('body' in article, false);
    assert.equal('pin' in json.entries.find((e) => e.slug === 'moon')!, false);
  });

  test('lists every relation, with role and editorial mark', () => {
    assert.equal(json.relations.length, 14);
    assert.ok(json.relations.some((r) => r['from'] === 'zhipu' && r['relation'] === 'located_in' && r['to'] === 'tower' && r['role'] === 'Sitz' && r['editorial'] === 'no'));
    assert.ok(json.relations.some((r) => r['from'] === 'zhipu' && r['relation'] === 'related' && r['to'] === 'moon' && r['editorial'] === 'yes'));
  });
});
