// Unit tests for urls.ts: the base path added to every link, and taken off again.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';

// The site's address is read once when src/site/config.ts loads: set it before importing.
process.env['ATLAS_SITE_URL'] = 'https://owner.github.io/atlas';
const { absoluteUrl, href, stripBase, withBase } = await import('./urls.ts');

describe('withBase', () => {
  test('puts the base path in front of a site-relative path', () => {
    assert.equal(withBase('/karte/', '/atlas/'), '/atlas/karte/');
    assert.equal(withBase('/unternehmen/zhipu/', '/atlas/'), '/atlas/unternehmen/zhipu/');
    assert.equal(withBase('/atlas.geojson', '/atlas/'), '/atlas/atlas.geojson');
  });

  test('the root path becomes the base itself', () => {
    assert.equal(withBase('/', '/atlas/'), '/atlas/');
    assert.equal(withBase('/', '/'), '/');
  });

  test('leaves a path alone under the root base', () => {
    assert.equal(withBase('/karte/', '/'), '/karte/');
    assert.equal(withBase('/en/companies/zhipu/', '/'), '/en/companies/zhipu/');
  });

  test('never writes a double slash, whatever slashes base and path carry', () => {
    assert.equal(withBase('karte/', '/atlas'), '/atlas/karte/');
    assert.equal(withBase('/karte/', '/atlas//'), '/atlas/karte/');
    assert.equal(withBase('karte/', '/'), '/karte/');
    assert.equal(withBase('/karte/', '/a/b/'), '/a/b/karte/');
  });

  test('keeps the query and fragment of the path', () => {
    assert.equal(withBase('/karte/?c=companies#map=15/39.98/116.31', '/atlas/'), '/atlas/karte/?c=companies#map=15/39.98/116.31');
  });

  test('refuses absolute and protocol-relative addresses, naming the input', () => {
    for (const input of ['https://example.org/karte/', 'http://example.org/', 'mailto:redaktion@example.org', 'data:image/png;base64,AA', '//cdn.example.org/x.js']) {
      assert.throws(() => withBase(input, '/atlas/'), (error: Error) => error.message === `withBase: "${input}" is not a site-relative path`, input);
    }
  });
});

describe('stripBase', () => {
  test('takes the base path off a pathname', () => {
    assert.equal(stripBase('/atlas/karte/', '/atlas/'), '/karte/');
    assert.equal(stripBase('/atlas/en/companies/zhipu/', '/atlas/'), '/en/companies/zhipu/');
  });

  test('the base itself, with or without its slash, is the root', () => {
    assert.equal(stripBase('/atlas/', '/atlas/'), '/');
    assert.equal(stripBase('/atlas', '/atlas/'), '/');
  });

  test('leaves a pathname outside the base unchanged', () => {
    assert.equal(stripBase('/karte/', '/atlas/'), '/karte/');
    assert.equal(stripBase('/atlasse/karte/', '/atlas/'), '/atlasse/karte/');
  });

  test('under the root base every pathname stays as it is', () => {
    assert.equal(stripBase('/karte/', '/'), '/karte/');
    assert.equal(stripBase('/', '/'), '/');
  });

  test('is the inverse of withBase', () => {
    for (const base of ['/', '/atlas/', '/a/b/']) {
      for (const path of ['/', '/karte/', '/en/companies/zhipu/', '/daten/eintraege.csv', '/atlas/']) {
        assert.equal(stripBase(withBase(path, base), base), path, `${base} ${path}`);
      }
    }
  });

  test('defaults to the configured base path', () => {
    assert.equal(stripBase('/atlas/en/map/'), '/en/map/');
    assert.equal(stripBase('/atlas/'), '/');
  });
});

describe('href and absoluteUrl', () => {
  test('href adds the base path of ATLAS_SITE_URL', () => {
    assert.equal(href('/karte/'), '/atlas/karte/');
    assert.equal(href('/'), '/atlas/');
  });

  test('absoluteUrl adds the origin too', () => {
    assert.equal(absoluteUrl('/karte/'), 'https://owner.github.io/atlas/karte/');
    assert.equal(absoluteUrl('/'), 'https://owner.github.io/atlas/');
    assert.equal(absoluteUrl('/sitemap-index.xml'), 'https://owner.github.io/atlas/sitemap-index.xml');
  });

  test('href refuses an address of another site', () => {
    assert.throws(() => href('https://example.org/'), /is not a site-relative path/);
  });
});
