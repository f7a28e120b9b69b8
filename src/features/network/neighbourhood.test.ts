// Unit tests for neighbourhood.ts: which entry pages get a picture, where it goes, what it is called.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atlasOf } from '../../atlas/test-atlas.ts';

// Paths include no base path (the output folder has none); links do: set the site's address first.
process.env['ATLAS_SITE_URL'] = 'https://owner.github.io/atlas/';
const { neighbourhoodImages, neighbourhoodImageSvg } = await import('./neighbourhood.ts');
const { routes } = await import('../../site/routes.ts');

const summary = 'Eine Zusammenfassung von genügend Länge.';
const cited = { sources: [{ source: 'article', quote: 'ein Zitat' }] };
const atlas = atlasOf({
  'sources/article.yaml': { name: 'Der Artikel', kind: 'article', summary, language: 'de' },
  'companies/zhipu.mdx': { name: 'Zhipu', name_en: 'Zhipu AI', kind: 'large-model', summary, ...cited, located_in: 'zgc-east-road' },
  'places/zgc-east-road.mdx': { name: 'Zhongguancun-Oststraße', kind: 'street', summary, ...cited },
});

// Citations are not relations of the network: the article has none, Zhipu and the street one.
test('every entry page with relations gets a picture beside it, in each edition; an entry without relations none', () => {
  const images = neighbourhoodImages(atlas, routes(atlas, ['de', 'en']));
  assert.deepEqual(
    images.map((i) => `${i.lang} ${i.path}`).sort(),
    [
      'de /orte/zgc-east-road/netzwerk.svg',
      'de /unternehmen/zhipu/netzwerk.svg',
      'en /en/companies/zhipu/network.svg',
      'en /en/places/zgc-east-road/network.svg',
    ],
  );
});

test('the picture is named in its language, with the entry name of that language and the counts', () => {
  assert.match(neighbourhoodImageSvg(atlas, { lang: 'de', slug: 'zhipu' }), /<title>Umfeld von Zhipu im Netzwerk: 2 Einträge und 1 Beziehung<\/title>/);
  assert.match(neighbourhoodImageSvg(atlas, { lang: 'en', slug: 'zhipu' }), /<title>Neighborhood of Zhipu AI in the network: 2 entries and 1 relation<\/title>/);
});
