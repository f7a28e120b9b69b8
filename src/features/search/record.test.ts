// Unit tests for record.ts: the filters, metadata and search-only words the index stores for an entry.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { Entry } from '../../atlas/build/atlas.ts';
import { entryChinese, nameWeight, recordHtml, searchRecord, type SearchRecord } from './record.ts';
import { atlasOf } from '../../atlas/test-atlas.ts';


const cited = { sources: [{ source: 'article', quote: 'ein Zitat' }] };
const atlas = atlasOf(
  {
    'sources/article.yaml': { name: 'Der Artikel', name_zh: '创业大街', kind: 'article', summary: 'Reportage über Haidian und seine KI-Firmen.', language: 'de', publisher_zh: '投中网', author_zh: '刘燕秋' },
    'companies/zhipu.mdx': {
      name: 'Zhipu',
      article_name: 'Zhipu Huazhang',
      name_en: 'Zhipu AI',
      name_zh: '智谱华章',
      pinyin: 'Zhìpǔ Huázhāng',
      identification: { confidence: 'high' },
      kind: 'large-model',
      summary: 'Large-Model-Unternehmen aus der KEG der Tsinghua-Universität.',
      location: { address_zh: '中关村东路' },
      notes: [{ kind: 'identification', text: 'Die Kurzform des Namens ist 智谱.' }],
      tags: ['large-models', 'tsinghua'],
      ...cited,
    },
    'places/campus.mdx': { name: 'Campus der Universität', kind: 'campus', summary: 'Der Campus im Norden des Bezirks Haidian.', ...cited },
    'figures/share.yaml': { name: 'Anteil der Modelle', kind: 'share', theme: 'models', value: 38, unit: 'Prozent', measures: 'Anteil an allen Modellen', summary: 'Der Anteil Haidians an den Modellen.', ...cited },
  },
  { bodies: { 'companies/zhipu.mdx': 'Zhipu stammt aus der 清华大学, genauer aus dem 知识工程实验室.' }, tags: { 'large-models': 'Large Models', tsinghua: 'Tsinghua' } },
);
const zhipu = atlas.get('zhipu')!;
const labels = { collection: 'Unternehmen', kind: 'Large Models', tags: ['Large Models', 'Tsinghua'] };

describe('entryChinese', () => {
  test('collects the Chinese runs of summary, body, notes and address, in that order', () => {
    assert.deepEqual(entryChinese(zhipu), ['清华大学', '知识工程实验室', '智谱', '中关村东路']);
  });

  test("takes a source's publisher and author too", () => {
    assert.deepEqual(entryChinese(atlas.get('article')!), ['投中网', '刘燕秋']);
  });

  test('is empty for an entry without Chinese text', () => {
    assert.deepEqual(entryChinese(atlas.get('campus')!), []);
  });
});

describe('searchRecord', () => {
  test("filters use the German filter keys and labels, tags included", () => {
    assert.deepEqual(searchRecord(zhipu, 'de', labels).filters, { Sammlung: ['Unternehmen'], Art: ['Large Models'], Schlagwort: ['Large Models', 'Tsinghua'] });
  });

  test('filters use the English filter keys in English', () => {
    const english = { collection: 'Company', kind: 'Large models', tags: ['Large Models'] };
    assert.deepEqual(searchRecord(zhipu, 'en', english).filters, { Collection: ['Company'], Kind: ['Large models'], Tag: ['Large Models'] });
  });

  test('an entry without tags has no tag filter at all', () => {
    const record = searchRecord(atlas.get('share')!, 'de', { collection: 'Zahl', kind: 'Anteil', tags: [] });
    assert.deepEqual(record.filters, { Sammlung: ['Zahl'], Art: ['Anteil'] });
    assert.equal('Schlagwort' in record.filters, false);
  });

  test('metadata carries title, labels, slug, summary, every name and whether the entry is primary', () => {
    assert.deepEqual(searchRecord(zhipu, 'de', labels).meta, {
      title: 'Zhipu',
      collection: 'Unternehmen',
      kind: 'Large Models',
      slug: 'zhipu',
      summary: 'Large-Model-Unternehmen aus der KEG der Tsinghua-Universität.',
      name_zh: '智谱华章',
      name_en: 'Zhipu AI',
      pinyin: 'Zhìpǔ Huázhāng',
      article_name: 'Zhipu Huazhang',
      primary: '1',
    });
  });

  test('the title is the English name in English', () => {
    assert.equal(searchRecord(zhipu, 'en', labels).meta['title'], 'Zhipu AI');
  });

  test('names an entry lacks are absent from the metadata, and data entries are not primary', () => {
    const meta = searchRecord(atlas.get('share')!, 'de', { collection: 'Zahl', kind: 'Anteil', tags: [] }).meta;
    assert.deepEqual(meta, { title: 'Anteil der Modelle', collection: 'Zahl', kind: 'Anteil', slug: 'share', summary: 'Der Anteil Haidians an den Modellen.', primary: '0' });
  });

  test('the terms are the names, pinyin without tones, and every suffix of every Chinese run, the body included', () => {
    assert.deepEqual(searchRecord(zhipu, 'de', labels).terms, [
      'Zhipu',
      'Zhipu Huazhang',
      'Zhipu AI',
      'ZhipuHuazhang',
      '智谱华章',
      '谱华章',
      '华章',
      '章',
      '清华大学',
      '华大学',
      '大学',
      '学',
      '知识工程实验室',
      '识工程实验室',
      '工程实验室',
      '程实验室',
      '实验室',
      '验室',
      '室',
      '智谱',
      '谱',
      '中关村东路',
      '关村东路',
      '村东路',
      '东路',
      '路',
    ]);
  });

  test('in English the English name comes first', () => {
    assert.deepEqual(searchRecord(zhipu, 'en', labels).terms.slice(0, 3), ['Zhipu AI', 'Zhipu', 'Zhipu Huazhang']);
  });

  test('words the page text already has are not repeated, the names are', () => {
    const terms = searchRecord(zhipu, 'de', labels, 'Zhipu Huazhang ist 智谱华章 aus der 清华大学. 知识工程实验室').terms;
    assert.deepEqual(terms.slice(0, 3), ['Zhipu', 'Zhipu Huazhang', 'Zhipu AI']);
    for (const word of ['智谱华章', '清华大学', '知识工程实验室']) assert.equal(terms.includes(word), false, word);
    for (const word of ['华章', '大学', '实验室', 'ZhipuHuazhang']) assert.ok(terms.includes(word), word);
  });

  test('umlaut-free spellings of the names are added', () => {
    const terms = searchRecord(atlas.get('campus')!, 'de', { collection: 'Ort', kind: 'Campus', tags: [] }).terms;
    assert.deepEqual(terms, ['Campus der Universität', 'Campus der Universitaet', 'Campus der Universitat']);
  });

  test('page collections weigh 10, data collections 3', () => {
    assert.equal(searchRecord(zhipu, 'de', labels).weight, 10);
    assert.equal(searchRecord(atlas.get('share')!, 'de', { collection: 'Zahl', kind: 'Anteil', tags: [] }).weight, 3);
  });
});

describe('nameWeight', () => {
  test('is 10 for companies, institutions, policies, people and places, 3 for the rest', () => {
    for (const c of ['companies', 'institutions', 'policies', 'people', 'places']) assert.equal(nameWeight(c), 10, c);
    for (const c of ['sources', 'figures', 'events', 'unknown']) assert.equal(nameWeight(c), 3, c);
  });
});

describe('recordHtml', () => {
  test('writes filters and metadata as ignored spans and the terms as a weighted paragraph, escaped', () => {
    const record: SearchRecord = {
      filters: { Sammlung: ['Unternehmen'], Schlagwort: ['A&B', 'C'] },
      meta: { title: 'Zhipu <AI>', primary: '1' },
      terms: ['Zhipu "AI"', '智谱'],
      weight: 10,
    };
    assert.equal(
      recordHtml(record),
      '<div data-pagefind-ignore="index">' +
        '<span data-pagefind-filter="Sammlung">Unternehmen</span>' +
        '<span data-pagefind-filter="Schlagwort">A&#38;B</span>' +
        '<span data-pagefind-filter="Schlagwort">C</span>' +
        '<span data-pagefind-meta="title">Zhipu &#60;AI&#62;</span>' +
        '<span data-pagefind-meta="primary">1</span>' +
        '</div><p data-pagefind-weight="10">Zhipu &#34;AI&#34; · 智谱</p>',
    );
  });

  test('a record of the atlas keeps every term and filter value', () => {
    const html = recordHtml(searchRecord(zhipu as Entry, 'de', labels));
    assert.match(html, /<span data-pagefind-filter="Schlagwort">Tsinghua<\/span>/);
    assert.match(html, /<p data-pagefind-weight="10">Zhipu · Zhipu Huazhang · Zhipu AI · ZhipuHuazhang · 智谱华章/);
  });
});
