// Unit tests for data.ts: what each social card shows, and which field each text comes from.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { Translator } from '../../i18n/index.ts';
import { atlasOf } from '../../atlas/test-atlas.ts';

// The card footer shows the site's host and base path: set the address before importing.
process.env['ATLAS_SITE_URL'] = 'https://owner.github.io/atlas';
const { translator } = await import('../../i18n/index.ts');
const { cardContext, cardHost, entryCard, pageCard } = await import('./data.ts');


const cited = { sources: [{ source: 'article', quote: 'ein Zitat' }] };
const where = { district: 'Haidian', datum: 'wgs84', coord_source: 'Vermessung der Redaktion' };
const ARTICLE = { name: 'Der Artikel', kind: 'article', summary: 'Reportage über Haidian und seine KI-Firmen.', language: 'de' };
const ZHIPU = {
  name: 'Zhipu',
  article_name: 'Zhipu Huazhang',
  name_en: 'Zhipu AI',
  name_zh: '智谱华章',
  identification: { confidence: 'high' },
  kind: 'large-model',
  summary: 'Large-Model-Unternehmen aus der KEG der Tsinghua-Universität.',
  ...cited,
};
const atlas = atlasOf({
  'sources/article.yaml': ARTICLE,
  'places/tower.mdx': { name: 'Turm', kind: 'building', summary: 'Ein Bürogebäude an der Zhongguancun-Oststraße.', ...cited, location: { ...where, lat: 39.99245, lon: 116.32771, precision: 'building' } },
  'places/road.mdx': { name: 'Oststraße', kind: 'street', summary: 'Eine Straße im Osten des Viertels Zhongguancun.', ...cited, location: { ...where, lat: 39.97502, lon: 116.32866, precision: 'street' } },
  'companies/zhipu.mdx': { ...ZHIPU, located_in: 'tower' },
  'companies/moon.mdx': { name: 'Mondschein', kind: 'other', summary: 'Ein Unternehmen an der Oststraße in Haidian.', located_in: 'road', ...cited },
  'companies/nowhere.mdx': { name: 'Nirgends', kind: 'other', summary: 'Ein Unternehmen ohne bekannte Adresse.', ...cited },
  'figures/models.yaml': { name: 'Large Models in Haidian', kind: 'count', theme: 'models', value: 89, qualifier: 'over', unit: 'Modelle', measures: 'registrierte Large Models', summary: 'So viele Large Models sind in Haidian registriert.', ...cited },
  'figures/money.yaml': { name: 'Investitionen', kind: 'money', theme: 'capital', value_text: 'Milliarden', unit: 'Yuan', measures: 'investiertes Kapital', summary: 'So viel Kapital floss laut Artikel in die KI.', ...cited },
});
const ui = translator('de');
/** The German translator pretending to be English: entry titles follow the locale, labels stay German. */
const english: Translator = { ...ui, lang: 'en' };

describe('cardHost and cardContext', () => {
  test('the host shows the host and base path of the site, without a trailing slash', () => {
    assert.equal(cardHost(), 'owner.github.io/atlas');
  });

  test('every card carries the site name, host and footer of the dictionary', () => {
    assert.deepEqual(cardContext(ui), { siteName: 'Haidian Innovation Atlas', host: 'owner.github.io/atlas', footer: 'KI-Ökosystem Haidian · 海淀', lang: 'de' });
  });
});

describe('entryCard', () => {
  test("an entry's card shows title, collection badge, kind, summary, the article's wording and the Chinese name", () => {
    const card = entryCard(atlas.get('zhipu')!, ui);
    assert.deepEqual(card.input, {
      title: 'Zhipu',
      badge: 'Unternehmen',
      kind: 'Large Models',
      summary: 'Large-Model-Unternehmen aus der KEG der Tsinghua-Universität.',
      subtitle: 'im Artikel: Zhipu Huazhang',
      nameZh: '智谱华章',
    });
  });

  test('each text names the field it comes from, the article wording as article_name', () => {
    assert.deepEqual(entryCard(atlas.get('zhipu')!, ui).texts, [
      { field: 'name', text: 'Zhipu' },
      { field: 'summary', text: 'Large-Model-Unternehmen aus der KEG der Tsinghua-Universität.' },
      { field: 'article_name', text: 'Zhipu Huazhang' },
      { field: 'name_zh', text: '智谱华章' },
    ]);
  });

  test('in English the title is the English name, from the field name_en', () => {
    const card = entryCard(atlas.get('zhipu')!, english);
    assert.equal(card.input.title, 'Zhipu AI');
    assert.deepEqual(card.texts[0], { field: 'name_en', text: 'Zhipu AI' });
    assert.deepEqual(entryCard(atlas.get('moon')!, english).texts[0], { field: 'name', text: 'Mondschein' });
  });

  test('an entry without article wording or Chinese name has neither line', () => {
    const card = entryCard(atlas.get('nowhere')!, ui);
    assert.equal('subtitle' in card.input, false);
    assert.equal('nameZh' in card.input, false);
    assert.equal('value' in card.input, false);
    assert.deepEqual(card.texts.map((t) => t.field), ['name', 'summary']);
  });

  test("a figure's card shows its value, and names its unit as a field", () => {
    const card = entryCard(atlas.get('models')!, ui);
    assert.equal(card.input.value, 'über 89 Modelle');
    assert.equal(card.input.badge, 'Zahl');
    assert.equal(card.input.kind, 'Anzahl');
    assert.deepEqual(card.texts.map((t) => t.field), ['name', 'summary', 'unit']);
    assert.deepEqual(card.texts[2], { field: 'unit', text: 'Modelle' });
  });

  test('a figure without a number shows its value_text, named as a field', () => {
    const card = entryCard(atlas.get('money')!, ui);
    assert.equal(card.input.value, 'Milliarden Yuan');
    assert.deepEqual(card.texts.slice(2), [
      { field: 'unit', text: 'Yuan' },
      { field: 'value_text', text: 'Milliarden' },
    ]);
  });

  test('a located entry gets a locator with a pin and the caption "Lage in Haidian"', () => {
    const context = entryCard(atlas.get('zhipu')!, ui).context;
    assert.match(context.locator!, /^<svg /);
    assert.doesNotMatch(context.locator!, /stroke-dasharray/);
    assert.equal(context.locatorCaption, 'Lage in Haidian');
    assert.equal(context.host, 'owner.github.io/atlas');
  });

  test('an approximately located entry gets a dashed ring and says so', () => {
    const context = entryCard(atlas.get('moon')!, ui).context;
    assert.match(context.locator!, /stroke-dasharray/);
    assert.equal(context.locatorCaption, 'ungefähre Lage in Haidian');
  });

  test('an entry without a pin has no locator at all', () => {
    const context = entryCard(atlas.get('nowhere')!, ui).context;
    assert.deepEqual(context, { siteName: 'Haidian Innovation Atlas', host: 'owner.github.io/atlas', footer: 'KI-Ökosystem Haidian · 海淀', lang: 'de' });
  });
});

describe('entryCard of a translated entry', () => {
  const translated = atlasOf(
    {
      'sources/article.yaml': ARTICLE,
      'companies/zhipu.mdx': ZHIPU,
      'figures/money.yaml': { name: 'Investitionen', kind: 'money', theme: 'capital', value_text: 'Milliarden', unit: 'Yuan', measures: 'investiertes Kapital', summary: 'So viel Kapital floss laut Artikel in die KI.', ...cited },
    },
    {
      raw: {
        'companies/zhipu.en.mdx': '---\nname: Zhipu AI\nsummary: Large model company from the KEG of Tsinghua University.\nquotes:\n  - "a quote"\n---\n\nText.\n',
        'figures/money.en.yaml': 'name: Investment\nsummary: This much capital went into AI, says the article.\nunit: yuan\nmeasures: invested capital\nvalue_text: billions\nquotes:\n  - "a quote"\n',
      },
    },
  );

  test("names the translation's fields as translated, and the German file's fields without the mark", () => {
    const card = entryCard(translated.get('zhipu')!, english);
    assert.equal(card.input.title, 'Zhipu AI');
    assert.equal(card.input.summary, 'Large model company from the KEG of Tsinghua University.');
    assert.deepEqual(card.texts, [
      { field: 'name', text: 'Zhipu AI', translated: true },
      { field: 'summary', text: 'Large model company from the KEG of Tsinghua University.', translated: true },
      { field: 'article_name', text: 'Zhipu Huazhang' },
      { field: 'name_zh', text: '智谱华章' },
    ]);
  });

  test("a translated figure's unit and value in words are the translation's", () => {
    const card = entryCard(translated.get('money')!, english);
    assert.equal(card.input.value, 'billions yuan');
    assert.deepEqual(card.texts.slice(2), [
      { field: 'unit', text: 'yuan', translated: true },
      { field: 'value_text', text: 'billions', translated: true },
    ]);
  });

  test('the German card of the same entry names the German fields, unmarked', () => {
    assert.deepEqual(entryCard(translated.get('money')!, ui).texts, [
      { field: 'name', text: 'Investitionen' },
      { field: 'summary', text: 'So viel Kapital floss laut Artikel in die KI.' },
      { field: 'unit', text: 'Yuan' },
      { field: 'value_text', text: 'Milliarden' },
    ]);
  });
});

describe('pageCard', () => {
  test("another page's card shows its title, badge and description, and names no field", () => {
    const card = pageCard({ title: 'Karte', description: 'Alle Einträge mit bekannter Lage.', badge: 'Karte' }, ui);
    assert.deepEqual(card, {
      input: { title: 'Karte', badge: 'Karte', summary: 'Alle Einträge mit bekannter Lage.' },
      context: { siteName: 'Haidian Innovation Atlas', host: 'owner.github.io/atlas', footer: 'KI-Ökosystem Haidian · 海淀', lang: 'de' },
      texts: [],
    });
  });
});
