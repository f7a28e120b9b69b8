// Unit tests for citations.ts: a citation whose quote names neither its entry, nor an entry linked with it,
// nor its number or year, is warned about, unless it is marked as context. Quotes are the article's sentences.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { checkCitations, names, type Cited } from './citations.ts';

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
  test('letter case and decomposed umlauts do not matter', () => {
    assert.equal(names('die GRU\u0308NDERSTRASSE', 'Gründerstrasse'), true);
  });
});
