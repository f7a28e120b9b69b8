// Unit tests for paths.ts: every path builder in both locales, against hand-written paths.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { paths } from './paths.ts';
import type { CollectionName } from '../atlas/model/collections.ts';

describe('pages', () => {
  test('the home page is the root in German and /en/ in English', () => {
    assert.equal(paths.home('de'), '/');
    assert.equal(paths.home('en'), '/en/');
  });

  test('an entry page is /<collection segment>/<slug>/', () => {
    assert.equal(paths.entry('de', 'companies', 'zhipu'), '/unternehmen/zhipu/');
    assert.equal(paths.entry('en', 'companies', 'zhipu'), '/en/companies/zhipu/');
    assert.equal(paths.entry('de', 'places', 'zhongguancun-east-road'), '/orte/zhongguancun-east-road/');
    assert.equal(paths.entry('en', 'places', 'zhongguancun-east-road'), '/en/places/zhongguancun-east-road/');
  });

  test('every collection has its own segment in each locale', () => {
    const de: Record<CollectionName, string> = {
      companies: '/unternehmen/',
      institutions: '/institutionen/',
      policies: '/politik/',
      people: '/personen/',
      places: '/orte/',
      sources: '/quellen/',
      figures: '/zahlen/',
      events: '/chronik/',
    };
    const en: Record<CollectionName, string> = {
      companies: '/en/companies/',
      institutions: '/en/institutions/',
      policies: '/en/policies/',
      people: '/en/people/',
      places: '/en/places/',
      sources: '/en/sources/',
      figures: '/en/figures/',
      events: '/en/events/',
    };
    for (const [collection, path] of Object.entries(de)) assert.equal(paths.collection('de', collection as CollectionName), path);
    for (const [collection, path] of Object.entries(en)) assert.equal(paths.collection('en', collection as CollectionName), path);
  });

  test('chronological lists live under nach-datum / by-date', () => {
    assert.equal(paths.collectionByDate('de', 'companies'), '/unternehmen/nach-datum/');
    assert.equal(paths.collectionByDate('en', 'companies'), '/en/companies/by-date/');
    assert.equal(paths.collectionByDate('de', 'policies'), '/politik/nach-datum/');
  });

  test('lists of one kind live under art / kind', () => {
    assert.equal(paths.collectionKind('de', 'companies', 'large-model'), '/unternehmen/art/large-model/');
    assert.equal(paths.collectionKind('en', 'companies', 'large-model'), '/en/companies/kind/large-model/');
    assert.equal(paths.collectionKind('de', 'institutions', 'university'), '/institutionen/art/university/');
  });

  test('tags and one tag', () => {
    assert.equal(paths.tags('de'), '/schlagwoerter/');
    assert.equal(paths.tags('en'), '/en/tags/');
    assert.equal(paths.tag('de', 'large-models'), '/schlagwoerter/large-models/');
    assert.equal(paths.tag('en', 'large-models'), '/en/tags/large-models/');
  });

  test('the views: map, search, timeline, network, data', () => {
    assert.equal(paths.map('de'), '/karte/');
    assert.equal(paths.map('en'), '/en/map/');
    assert.equal(paths.search('de'), '/suche/');
    assert.equal(paths.search('en'), '/en/search/');
    assert.equal(paths.timeline('de'), '/zeitleiste/');
    assert.equal(paths.timeline('en'), '/en/timeline/');
    assert.equal(paths.network('de'), '/netzwerk/');
    assert.equal(paths.network('en'), '/en/network/');
    assert.equal(paths.data('de'), '/daten/');
    assert.equal(paths.data('en'), '/en/data/');
  });

  test("a collection's network page lives under the network", () => {
    assert.equal(paths.networkCollection('de', 'people'), '/netzwerk/personen/');
    assert.equal(paths.networkCollection('en', 'people'), '/en/network/people/');
  });

  test('a figure is an anchor on the figures page', () => {
    assert.equal(paths.figureAnchor('de', 'haidian-area'), '/zahlen/#haidian-area');
    assert.equal(paths.figureAnchor('en', 'haidian-area'), '/en/figures/#haidian-area');
  });
});

describe('files', () => {
  test('the GeoJSON export sits at the root of each locale, without a trailing slash', () => {
    assert.equal(paths.geojson('de'), '/atlas.geojson');
    assert.equal(paths.geojson('en'), '/en/atlas.geojson');
  });

  test('the JSON export sits in the data folder', () => {
    assert.equal(paths.atlasJson('de'), '/daten/atlas.json');
    assert.equal(paths.atlasJson('en'), '/en/data/atlas.json');
  });

  test('each CSV table has a file name in the locale', () => {
    assert.equal(paths.csv('de', 'entries'), '/daten/eintraege.csv');
    assert.equal(paths.csv('de', 'relations'), '/daten/beziehungen.csv');
    assert.equal(paths.csv('de', 'figures'), '/daten/zahlen.csv');
    assert.equal(paths.csv('de', 'events'), '/daten/ereignisse.csv');
    assert.equal(paths.csv('en', 'entries'), '/en/data/entries.csv');
    assert.equal(paths.csv('en', 'relations'), '/en/data/relations.csv');
    assert.equal(paths.csv('en', 'figures'), '/en/data/figures.csv');
    assert.equal(paths.csv('en', 'events'), '/en/data/events.csv');
  });

  test('the district outline and the sitemap are shared by every locale', () => {
    assert.equal(paths.boundary(), '/haidian.geojson');
    assert.equal(paths.sitemap(), '/sitemap-index.xml');
  });

  test('each edition has its own search bundle, in its folder', () => {
    assert.equal(paths.pagefind('de'), '/pagefind/');
    assert.equal(paths.pagefind('en'), '/en/pagefind/');
  });
});

describe('card', () => {
  test('the home page card is /og/index.png', () => {
    assert.equal(paths.card('/'), '/og/index.png');
    assert.equal(paths.card('/index.html'), '/og/index.png');
  });

  test('a directory page gets the card named after its path', () => {
    assert.equal(paths.card('/unternehmen/zhipu/'), '/og/unternehmen/zhipu.png');
    assert.equal(paths.card('/en/companies/zhipu/'), '/og/en/companies/zhipu.png');
    assert.equal(paths.card('/en/'), '/og/en.png');
  });

  test('index.html and .html endings are dropped', () => {
    assert.equal(paths.card('/karte/index.html'), '/og/karte.png');
    assert.equal(paths.card('/404.html'), '/og/404.png');
  });

  test('several trailing slashes are dropped like one', () => {
    assert.equal(paths.card('/karte//'), '/og/karte.png');
  });
});
