// Unit tests for config.ts: hreflang alternates from the route table, and which pages the sitemap lists.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { publishAtlas } from '../../atlas/runtime.ts';
import { alternates, routes, type Route } from '../../site/routes.ts';
import type { SitemapItem } from '@astrojs/sitemap';
import { atlasOf } from '../../atlas/test-atlas.ts';

// Sitemap URLs are absolute, with the base path: set the site's address before importing.
process.env['ATLAS_SITE_URL'] = 'https://owner.github.io/atlas/';
const { hreflangLinks, sitemapOptions } = await import('./config.ts');


const summary = 'Eine Zusammenfassung von genügend Länge.';
const atlas = atlasOf({
  'sources/article.yaml': { name: 'Der Artikel', kind: 'article', summary, language: 'de' },
  'companies/zhipu.mdx': { name: 'Zhipu', kind: 'large-model', summary, aliases: ['zhipu-ai'], sources: [{ source: 'article', quote: 'ein Zitat' }] },
});
publishAtlas(atlas);

describe('hreflangLinks', () => {
  const both = routes(atlas, ['de', 'en']);
  const byKey = alternates(both);
  const route = (key: string, lang: 'de' | 'en') => both.find((r) => r.key === key && r.lang === lang)!;

  test('links every language version and names the German one x-default', () => {
    assert.deepEqual(hreflangLinks(route('entry:zhipu', 'de'), byKey), [
      { lang: 'de', url: 'https://owner.github.io/atlas/unternehmen/zhipu/' },
      { lang: 'en', url: 'https://owner.github.io/atlas/en/companies/zhipu/' },
      { lang: 'x-default', url: 'https://owner.github.io/atlas/unternehmen/zhipu/' },
    ]);
  });

  test('the English page gets the same links', () => {
    assert.deepEqual(hreflangLinks(route('entry:zhipu', 'en'), byKey), [
      { lang: 'de', url: 'https://owner.github.io/atlas/unternehmen/zhipu/' },
      { lang: 'en', url: 'https://owner.github.io/atlas/en/companies/zhipu/' },
      { lang: 'x-default', url: 'https://owner.github.io/atlas/unternehmen/zhipu/' },
    ]);
    assert.deepEqual(hreflangLinks(route('home', 'en'), byKey).map((l) => l.url), ['https://owner.github.io/atlas/', 'https://owner.github.io/atlas/en/', 'https://owner.github.io/atlas/']);
  });

  test('a page in one language only has no alternates', () => {
    const german = routes(atlas, ['de']);
    assert.deepEqual(hreflangLinks(german.find((r) => r.key === 'map')!, alternates(german)), []);
    const unknown: Route = { view: 'tag', tag: 'x', lang: 'de', path: '/schlagwoerter/x/', key: 'tag:x' };
    assert.deepEqual(hreflangLinks(unknown, byKey), []);
  });

  test('without a German version there is no x-default', () => {
    const en = route('map', 'en');
    const other: Route = { ...en, path: '/en/map-2/' };
    assert.deepEqual(hreflangLinks(en, new Map([['map', [en, other]]])), [
      { lang: 'en', url: 'https://owner.github.io/atlas/en/map/' },
      { lang: 'en', url: 'https://owner.github.io/atlas/en/map-2/' },
    ]);
  });
});

describe('sitemapOptions', () => {
  const options = sitemapOptions()!;

  test('lists the pages of the route table', () => {
    assert.equal(options.filter!('https://owner.github.io/atlas/unternehmen/zhipu/'), true);
    assert.equal(options.filter!('https://owner.github.io/atlas/'), true);
    assert.equal(options.filter!('https://owner.github.io/atlas/karte/'), true);
  });

  test('leaves out forwarding pages at former slugs and pages outside the route table', () => {
    assert.equal(options.filter!('https://owner.github.io/atlas/unternehmen/zhipu-ai/'), false);
    assert.equal(options.filter!('https://owner.github.io/atlas/404/'), false);
    assert.equal(options.filter!('https://owner.github.io/unternehmen/zhipu/'), false, 'a URL without the base path');
  });

  test('a page in both editions is written with its alternates and x-default; a page outside the table as it is', async () => {
    const item: SitemapItem = { url: 'https://owner.github.io/atlas/unternehmen/zhipu/' } as SitemapItem;
    assert.deepEqual(await options.serialize!(item), {
      url: 'https://owner.github.io/atlas/unternehmen/zhipu/',
      links: [
        { lang: 'de', url: 'https://owner.github.io/atlas/unternehmen/zhipu/' },
        { lang: 'en', url: 'https://owner.github.io/atlas/en/companies/zhipu/' },
        { lang: 'x-default', url: 'https://owner.github.io/atlas/unternehmen/zhipu/' },
      ],
    });
    const unknown = { url: 'https://owner.github.io/atlas/404/' } as SitemapItem;
    assert.equal(await options.serialize!(unknown), unknown);
  });
});
