// Unit tests for strings.ts: what the map pages hand to their scripts.
import { test } from 'node:test';
import assert from 'node:assert/strict';

// Tile settings are read from the environment when src/site/config.ts loads: set them first.
process.env['ATLAS_TILE_URL'] = 'https://{s}.tiles.example.org/{z}/{x}/{y}.png';
process.env['ATLAS_TILE_MAX_ZOOM'] = '17';
const { translator } = await import('../../i18n/index.ts');
const { mapStrings, readJson, tileSettings } = await import('./strings.ts');

test('the map strings of a locale: texts, and plural forms for the browser to pick', () => {
  assert.deepEqual(mapStrings(translator('de')), {
    lang: 'de',
    statusEntries: { one: '{shown} von {total} verorteten Eintrag', other: '{shown} von {total} verorteten Einträgen' },
    statusPlaces: { one: 'an {count} Ort', other: 'an {count} Orten' },
    approximate: 'ungefähre Lage',
    entriesHere: { one: '{count} Eintrag an diesem Ort', other: '{count} Einträge an diesem Ort' },
    markerLabel: { one: '{place}: {count} Eintrag', other: '{place}: {count} Einträge' },
    boundary: 'Bezirk Haidian',
    boundaryCredit: 'Bezirksgrenze Haidian © OpenStreetMap contributors (ODbL)',
    dataError: 'Die Kartendaten konnten nicht geladen werden. Die Liste unten enthält alle Orte und Einträge.',
    retry: 'Erneut versuchen',
  });
});

test('the tile settings come from the configuration, as a copy', () => {
  const settings = tileSettings();
  assert.deepEqual(settings, {
    url: 'https://{s}.tiles.example.org/{z}/{x}/{y}.png',
    attribution: '© OpenStreetMap contributors',
    attributionUrl: 'https://www.openstreetmap.org/copyright',
    provider: 'OpenStreetMap',
    maxZoom: 17,
  });
  assert.notEqual(tileSettings(), settings);
});

test('readJson parses a data attribute', () => {
  const el = { id: 'atlas-map', dataset: { strings: '{"lang":"de","n":[1,2]}' } } as unknown as HTMLElement;
  assert.deepEqual(readJson(el, 'strings'), { lang: 'de', n: [1, 2] });
});

test('readJson fails loudly, naming the attribute and the element, when the attribute is missing or empty', () => {
  const el = { id: 'atlas-map', dataset: { empty: '' } } as unknown as HTMLElement;
  assert.throws(() => readJson(el, 'tiles'), (error: Error) => error.message === 'map: missing data-tiles on #atlas-map');
  assert.throws(() => readJson(el, 'empty'), /map: missing data-empty on #atlas-map/);
});
