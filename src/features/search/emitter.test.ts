// Unit tests for the pure part of the search index emitter: inserting the record into an entry page.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { indexedDocument, injectRecord, RECORD_MARKER } from './emitter.ts';

const page = (body: string) => `<html><body><header>Kopf</header>${body}</body></html>`;

test('puts the record where the marker is, inside the indexed region', () => {
  const html = page(`<main data-pagefind-body><h1>Zhipu</h1>${RECORD_MARKER}</main>`);
  assert.equal(injectRecord(html, '<p>record</p>', '/unternehmen/zhipu/'), page('<main data-pagefind-body><h1>Zhipu</h1><p>record</p></main>'));
});

test('the marker is an HTML comment', () => {
  assert.equal(RECORD_MARKER, '<!--search-record-->');
});

test('refuses a page without an indexed region, or with two, naming the page and the count', () => {
  assert.throws(() => injectRecord(page(RECORD_MARKER), 'x', '/orte/x/'), (error: Error) => error.message === '/orte/x/ has 0 elements with data-pagefind-body; an entry page needs exactly one');
  assert.throws(
    () => injectRecord(page(`<main data-pagefind-body>${RECORD_MARKER}</main><aside data-pagefind-body></aside>`), 'x', '/orte/x/'),
    /^Error: \/orte\/x\/ has 2 elements with data-pagefind-body/,
  );
});

test('refuses a page without the marker, naming the page', () => {
  assert.throws(() => injectRecord(page('<main data-pagefind-body></main>'), 'x', '/orte/x/'), (error: Error) => error.message === '/orte/x/ lacks the <!--search-record--> marker inside its indexed region');
});

describe('indexedDocument: what Pagefind gets of an entry page', () => {
  const entry = (after: string, lang = ' lang="de"') =>
    `<!DOCTYPE html><html${lang}><head><title>Zhipu · Atlas</title><meta name="x" content="y"></head><body><header>Kopf</header><main><article class="entry" data-pagefind-body><h1>Zhipu</h1><p>Text</p>${RECORD_MARKER}${after}</article></main><footer>Fuß</footer></body></html>`;
  test('keeps the language and the indexed region with the record, drops the rest', () => {
    assert.equal(
      indexedDocument(entry('<div data-pagefind-ignore="all"><h2>Im Netzwerk</h2><img src="x.svg" alt=""></div>'), '<div data-pagefind-ignore><span data-pagefind-meta="pinyin">Zhipu</span></div>', '/unternehmen/zhipu/'),
      '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"></head><body><article class="entry" data-pagefind-body><h1>Zhipu</h1><p>Text</p><div data-pagefind-ignore><span data-pagefind-meta="pinyin">Zhipu</span></div></article></body></html>',
    );
    assert.equal(indexedDocument(entry('', ' lang="en" dir="ltr"'), '<p>r</p>', '/en/companies/zhipu/'), '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body><article class="entry" data-pagefind-body><h1>Zhipu</h1><p>Text</p><p>r</p></article></body></html>');
  });
  test('refuses indexed content after the marker, a page without language, and a marker outside the region', () => {
    assert.throws(() => indexedDocument(entry('<p>Nachtrag</p>'), 'r', '/orte/x/'), (error: Error) => error.message === '/orte/x/: after <!--search-record--> the indexed region has content Pagefind would index; the marker must come after all of it');
    assert.throws(() => indexedDocument(entry('', ''), 'r', '/orte/x/'), (error: Error) => error.message === '/orte/x/ has no <html lang="…">; Pagefind picks the index by it');
    assert.throws(() => indexedDocument(`<html lang="de"><body>${RECORD_MARKER}<main data-pagefind-body><h1>x</h1></main></body></html>`, 'r', '/orte/x/'), (error: Error) => error.message === '/orte/x/: <!--search-record--> stands before the indexed region; it belongs inside it, after its content');
    assert.throws(() => indexedDocument(entry('').replace(RECORD_MARKER, ''), 'r', '/orte/x/'), /lacks the <!--search-record--> marker/);
  });
});
