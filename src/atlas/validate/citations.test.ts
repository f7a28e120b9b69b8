// Unit tests for citations.ts: a citation whose quote names neither its entry, nor an entry linked with it,
// nor its number or year, is warned about, unless it is marked as context. Quotes are the article's sentences.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { checkCitations, names, namesOf, type Cited } from './citations.ts';

const entry = (slug: string, collection: string, data: Record<string, unknown>): Cited => ({
  slug,
  collection,
  file: `content/${collection}/${slug}.mdx`,
  data,
  positionOf: (p) => (p[0] === 'sources' ? { line: 10 + Number(p[1]), column: 12 } : undefined),
});
const cite = (quote: string, context?: boolean) => ({ source: 'haidian-article', quote, ...(context ? { context } : {}) });
const SHANGDI = 'Peking gründete zunächst die Shangdi Information Industry Base und später die Yongfeng Industry Base.';
const shangdi = entry('shangdi-base', 'places', { name: 'Shangdi Information Industry Base' });
const warnings = (e: Cited, linked: Cited[] = []) => checkCitations([e], () => linked).map((w) => `${w.field}@${w.line}`);

describe('checkCitations', () => {
  test('a quote about other places on a company page is warned about, at the quote (the Ubtech case)', () => {
    const ubtech = entry('ubtech', 'companies', { name: 'Ubtech', sources: [cite('Die Tsinghua-Universität arbeitete bereits 2015 mit Ubtech zusammen.'), cite(SHANGDI)] });
    assert.deepEqual(checkCitations([ubtech], () => []), [
      {
        file: 'content/companies/ubtech.mdx',
        field: 'sources[1].quote',
        line: 11,
        column: 12,
        message: 'the quote names neither this entry nor an entry it is linked with, so it may not back what the page says about it',
        fix: 'quote the sentence about this entry; or, if the quote gives background, write context: true on the citation',
      },
    ]);
  });
  test('the same quote passes when the entry is linked with a place it names, or when it is marked as context', () => {
    const ubtech = entry('ubtech', 'companies', { name: 'Ubtech', sources: [cite(SHANGDI)] });
    assert.deepEqual(warnings(ubtech, [shangdi]), []);
    assert.deepEqual(warnings(entry('ubtech', 'companies', { name: 'Ubtech', sources: [cite(SHANGDI, true)] })), []);
  });
  test('the article’s wording, the English and the Chinese name count as the entry’s names', () => {
    const moonshot = entry('moonshot-ai', 'companies', { name: 'Moonshot AI', article_name: 'DarkSide', name_en: 'Moonshot AI', name_zh: '月之暗面', sources: [cite('DarkSide befindet sich im Wangjing-Gebäude.'), cite('Das Team von 月之暗面 wuchs schnell.')] });
    assert.deepEqual(warnings(moonshot), []);
  });
  test('a figure is named by its number, also in words (10 Millionen); an event by its year', () => {
    const cap = entry('cap', 'figures', { name: 'Höchstzuschuss pro Large Model', value: 10_000_000, sources: [cite('Zuschüsse von bis zu 10 Millionen Yuan für Large Models.')] });
    const share = entry('share', 'figures', { name: 'Anteil', value: 89, sources: [cite('In Haidian wurden 89 Large Models registriert.')] });
    const founding = entry('founding', 'events', { name: 'Gründung des Instituts', date: { value: '1956', precision: 'year' }, sources: [cite('Im Jahr 1956 wurde das erste Forschungsinstitut gegründet.')] });
    assert.deepEqual([...warnings(cap), ...warnings(share), ...warnings(founding)], []);
    assert.deepEqual(warnings(entry('share', 'figures', { name: 'Anteil', value: 89, sources: [cite('In Haidian wurden 35 Large Models veröffentlicht.')] })), ['sources[0].quote@10']);
  });
});

describe('checkCitations: numbers, years and odd data', () => {
  test('a figure is also named by the upper end of its range', () => {
    const compute = entry('compute', 'figures', { name: 'Rechenleistung', value: 3500, value_max: 10000, sources: [cite('Die Zentren sollen bis zu 10.000 Petaflops erreichen.')] });
    assert.deepEqual(warnings(compute), []);
  });

  test('a decimal figure is named as the article writes it: 1234,5 or 1.234,5', () => {
    const plain = entry('f', 'figures', { name: 'Fläche', value: 1234.5, sources: [cite('Die Fläche beträgt 1234,5 Hektar.')] });
    const grouped = entry('f', 'figures', { name: 'Fläche', value: 1234.5, sources: [cite('Die Fläche beträgt 1.234,5 Hektar.')] });
    assert.deepEqual([...warnings(plain), ...warnings(grouped)], []);
  });

  test('a large figure is not named by a quote without its number (the word form is no wildcard)', () => {
    const cap = entry('cap', 'figures', { name: 'Höchstzuschuss pro Large Model', value: 10_000_000, sources: [cite('In Haidian sitzen viele Firmen für Large Models.')] });
    assert.deepEqual(warnings(cap), ['sources[0].quote@10']);
  });

  test('a figure of exactly one million counts in millions', () => {
    const million = entry('m', 'figures', { name: 'Zuschuss', value: 1_000_000, sources: [cite('Die Zuschüsse gehen in die Millionen.')] });
    assert.deepEqual(warnings(million), []);
  });

  test("a company is named by the year it was founded, a policy by the year it was issued, an event's month date by its year", () => {
    const company = entry('galbot', 'companies', { name: 'Galbot', founded: { value: '2023-05', precision: 'month' }, sources: [cite('Im Jahr 2023 entstand ein neues Robotikunternehmen.')] });
    const policy = entry('plan', 'policies', { name: 'Aktionsplan', issued: { value: '2017', precision: 'year' }, sources: [cite('Die Regeln von 2017 gelten weiter.')] });
    const event = entry('launch', 'events', { name: 'Start', date: { value: '2019-06', precision: 'month' }, sources: [cite('Seit 2019 ist das Modell öffentlich.')] });
    assert.deepEqual([...warnings(company), ...warnings(policy), ...warnings(event)], []);
    const later = entry('launch', 'events', { name: 'Start', date: { value: '2019-06', precision: 'month' }, sources: [cite('Seit 2020 ist das Modell öffentlich.')] });
    assert.deepEqual(warnings(later), ['sources[0].quote@10']);
  });

  test('a date that is not a parsed date (raw data of an invalid entry) is no marker and no failure', () => {
    const raw = entry('launch', 'events', { name: 'Start', date: 2019, sources: [cite('Seit 2019 ist das Modell öffentlich.')] });
    assert.deepEqual(warnings(raw), ['sources[0].quote@10']);
    const text = entry('launch', 'events', { name: 'Start', date: '2019', sources: [cite('Seit 2019 ist das Modell öffentlich.')] });
    assert.deepEqual(warnings(text), ['sources[0].quote@10']);
  });

  test('skips citations that are not objects or have no quote, without failing, and counts the others by their index', () => {
    const odd = entry('odd', 'companies', { name: 'Ubtech', sources: [null, 'haidian-article', { source: 'haidian-article' }, { source: 'haidian-article', quote: 5 }, cite(SHANGDI)] });
    assert.deepEqual(warnings(odd), ['sources[4].quote@14']);
    assert.deepEqual(warnings(entry('none', 'companies', { name: 'Ubtech', sources: 'haidian-article' })), []);
  });

  test('asks for the position of the quote itself', () => {
    const asked: string[] = [];
    const ubtech: Cited = { ...entry('ubtech', 'companies', { name: 'Ubtech', sources: [cite(SHANGDI)] }), positionOf: (p) => (asked.push(p.join('.')), { line: 7, column: 5 }) };
    assert.deepEqual(checkCitations([ubtech], () => []).map((w) => [w.field, w.line, w.column]), [['sources[0].quote', 7, 5]]);
    assert.deepEqual(asked, ['sources.0.quote']);
  });
});

describe('namesOf', () => {
  test('gives the title, the article wording, the English and the Chinese name, in that order, and nothing else', () => {
    assert.deepEqual(namesOf({ name: 'Zhipu', article_name: 'Zhipu Huazhang', name_en: 'Zhipu AI', name_zh: '智谱华章', pinyin: 'Zhìpǔ', summary: 'Text', value: 5 }), ['Zhipu', 'Zhipu Huazhang', 'Zhipu AI', '智谱华章']);
    assert.deepEqual(namesOf({ name: 'Zhipu', name_en: 42 }), ['Zhipu']);
  });

  test('the English name alone names the entry', () => {
    const zhipu = entry('zhipu', 'companies', { name: 'Zhipu Huazhang', name_en: 'Knowledge Atlas', sources: [cite('Knowledge Atlas entwickelt große Modelle.')] });
    assert.deepEqual(warnings(zhipu), []);
  });
});

describe('names', () => {
  test('the whole name, also without its bracket', () => {
    assert.equal(names('Das Peking-Institut stellte viele Forscher.', 'Peking-Institut (Tsinghua-Universität und Ubtech)'), true);
  });
  test('a distinctive word of the name', () => {
    assert.equal(names('Dann kam das Dongsheng-Gebäude hinzu.', 'Dongsheng-Gebäude'), true);
    assert.equal(names('Die Gründer von Megvii kamen aus der Yao-Klasse.', 'Megvii Technology'), true);
  });
  test('the last part of a German compound in the name', () => {
    assert.equal(names('Die Regierung fungiert als Hauptkunde.', 'Bezirksregierung Haidian'), true);
  });
  test('generic words alone do not name an entry', () => {
    assert.equal(names('Die Universität in Haidian wuchs.', 'Tsinghua-Universität'), false);
    assert.equal(names('Haidian hat 37 Hochschulen.', 'Bezirk Haidian Wissenschaftspark'), false);
  });
  test('the part before a bracket also when the bracket follows without a space or the name goes on after it', () => {
    assert.equal(names('Gemeint ist das Peking-Institut.', 'Peking-Institut (Tsinghua-Universität und Ubtech)'), true);
    assert.equal(names('Gemeint ist das Peking-Institut.', 'Peking-Institut(Tsinghua)'), true);
    assert.equal(names('Das Labor der Universität wuchs schnell.', 'Labor (KEG) der Universität'), true);
  });

  test('a distinctive word of five letters is enough, a word with digits counts as a word', () => {
    assert.equal(names('Zhipu wächst schnell.', 'Zhipu AI'), true);
    assert.equal(names('ChatGLM3 erschien 2023.', 'Zhipu ChatGLM3'), true);
    assert.equal(names('4Paradigm wächst.', 'Disanfanshi 4Paradigm'), true);
  });

  test('the last part of a compound counts from six letters on', () => {
    assert.equal(names('Das Portal ging online.', 'Regierungsportal Haidian'), true);
    assert.equal(names('Die Basis ist breit.', 'Datenbasis'), false);
  });

  test('every generic word alone does not name an entry', () => {
    const generic = [
      'Universität', 'Universitäts', 'University', 'Unternehmen', 'Gebäude', 'Straße', 'Straßen', 'Bezirk', 'Bezirks', 'Institut', 'Instituts', 'Zentrum', 'Center', 'Centre',
      'Wissenschaftspark', 'Technologie', 'Technology', 'Science', 'Innovation', 'Innovations', 'Artificial', 'Intelligence', 'Künstliche', 'Intelligenz', 'Haidian', 'Peking',
      'Beijing', 'China', 'Chinas', 'Chinesische', 'Chinesischen', 'Gründung', 'Anteil', 'Jahre', 'Jahren', 'Artikel', 'Labor', 'Labors', 'Gruppe', 'Group', 'Stadt',
      'Programm', 'Projekt', 'Maßnahmen', 'Unternehmens', 'Large', 'Model', 'Models', 'Modelle',
    ];
    for (const word of generic) assert.equal(names(`Der Text erwähnt ${word}.`, `Qinghe ${word}`), false, word);
  });

  test('letter case and decomposed umlauts do not matter', () => {
    assert.equal(names('die GRU\u0308NDERSTRASSE', 'Gründerstrasse'), true);
  });
});
