// Unit tests for the pure part of the search index emitter: inserting the record into an entry page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { injectRecord, RECORD_MARKER } from './emitter.ts';

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
