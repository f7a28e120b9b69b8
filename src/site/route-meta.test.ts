// Unit tests for route-meta.ts: the title, description and card badge of every kind of page.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { translator } from '../i18n/index.ts';
import { routeMeta } from './route-meta.ts';
import { routes, type Route } from './routes.ts';
import { atlasOf } from '../atlas/test-atlas.ts';


const cited = { sources: [{ source: 'article', quote: 'ein Zitat' }] };
const atlas = atlasOf({
  'sources/article.yaml': { name: 'Der Artikel', kind: 'article', summary: 'Reportage über Haidian und seine KI-Firmen.', language: 'de' },
  'companies/zhipu.mdx': { name: 'Zhipu', name_en: 'Zhipu AI', kind: 'large-model', summary: 'Large-Model-Unternehmen aus der KEG der Tsinghua-Universität.', ...cited, founded: 2019, aliases: ['zhipu-ai'], tags: ['tsinghua'] },
  'companies/galbot.mdx': { name: 'Galbot', kind: 'embodied-ai', summary: 'Ein Unternehmen für verkörperte KI in Haidian.', ...cited, founded: 2023, tags: ['embodied-ai'] },
  'institutions/keg.mdx': { name: 'Knowledge Engineering Group', kind: 'lab', summary: 'Labor der Tsinghua-Universität für Wissensverarbeitung.', ...cited, tags: ['tsinghua'] },
}, { tags: { tsinghua: 'Tsinghua', 'embodied-ai': 'Embodied AI' } });
const ui = translator('de');
const table = routes(atlas, ['de', 'en']);
const route = (key: string, lang: 'de' | 'en' = 'de'): Route => {
  const found = table.find((r) => r.key === key && r.lang === lang);
  assert.ok(found, `no route ${key} (${lang})`);
  return found;
};
const meta = (key: string, lang: 'de' | 'en' = 'de') => routeMeta(route(key, lang), atlas, ui);

describe('entry pages', () => {
  test('an entry is titled by its name, described by its summary, badged with its collection', () => {
    assert.deepEqual(meta('entry:zhipu'), { title: 'Zhipu', description: 'Large-Model-Unternehmen aus der KEG der Tsinghua-Universität.', badge: 'Unternehmen' });
    assert.deepEqual(meta('entry:keg'), { title: 'Knowledge Engineering Group', description: 'Labor der Tsinghua-Universität für Wissensverarbeitung.', badge: 'Institution' });
    assert.deepEqual(meta('entry:article').badge, 'Quelle');
  });

  test("the title follows the route's locale", () => {
    assert.equal(meta('entry:zhipu', 'en').title, 'Zhipu AI');
    assert.equal(meta('entry:keg', 'en').title, 'Knowledge Engineering Group');
  });

  test('a forwarding page at a former slug says where it leads', () => {
    assert.deepEqual(meta('redirect:zhipu-ai'), { title: 'Weiter zu Zhipu', description: 'Large-Model-Unternehmen aus der KEG der Tsinghua-Universität.', badge: 'Unternehmen' });
  });
});

describe('lists', () => {
  test('a collection list is titled and badged with the collection and introduced by its intro', () => {
    assert.deepEqual(meta('collection:companies'), {
      title: 'Unternehmen',
      description: 'Start-ups und Konzerne, die der Artikel mit Haidian verbindet: Large Models, Embodied AI, Computer Vision, Rechenleistung.',
      badge: 'Unternehmen',
    });
    assert.equal(meta('collection:people').title, 'Personen');
  });

  test('the chronological list adds "Nach Datum" after the separator', () => {
    assert.equal(meta('collection-by-date:companies').title, 'Unternehmen · Nach Datum');
    assert.equal(meta('collection-by-date:companies').badge, 'Unternehmen');
  });

  test('a list of one kind names collection and kind', () => {
    assert.equal(meta('collection-kind:companies:large-model').title, 'Unternehmen: Large Models');
    assert.equal(meta('collection-kind:institutions:lab').title, 'Institutionen: Labor');
    assert.equal(meta('collection-kind:institutions:lab').description, 'Hochschulen, Forschungsinstitute, Labore, Wissenschaftsparks, Inkubatoren, Plattformen, Behörden und Medien.');
  });

  test('the tag index, and a tag page titled by its label and described by its vocabulary description', () => {
    assert.deepEqual(meta('tags'), { title: 'Schlagwörter', description: 'Alle Schlagwörter des Atlas mit der Zahl ihrer Einträge.', badge: 'Schlagwörter' });
    assert.deepEqual(meta('tag:tsinghua'), { title: 'Einträge mit dem Schlagwort „Tsinghua“', description: 'Einträge zu Tsinghua.', badge: 'Schlagwörter' });
    assert.equal(meta('tag:embodied-ai').title, 'Einträge mit dem Schlagwort „Embodied AI“');
  });
});

describe('views', () => {
  test('home, map, search, timeline, network and data have their own titles and badges', () => {
    assert.deepEqual(meta('home'), {
      title: 'Haidian Innovation Atlas',
      description: 'Ein verknüpfter Atlas des KI-Ökosystems von Haidian, Peking, aufgebaut aus einem Artikel von 投中网 (ChinaVenture).',
      badge: 'Übersicht',
    });
    assert.deepEqual([meta('map').title, meta('map').badge], ['Karte', 'Karte']);
    assert.ok(meta('map').description.startsWith('Alle Einträge des Atlas mit bekannter Lage'));
    assert.deepEqual([meta('search').title, meta('search').badge], ['Suche', 'Suche']);
    assert.ok(meta('search').description.startsWith('Suchen Sie nach Namen'));
    assert.deepEqual([meta('timeline').title, meta('timeline').badge], ['Zeitleiste', 'Zeitleiste']);
    assert.ok(meta('timeline').description.startsWith('Von 1956 bis 2025'));
    assert.deepEqual([meta('network').title, meta('network').badge], ['Netzwerk', 'Netzwerk']);
    assert.ok(meta('network').description.startsWith('Wie die Einträge des Atlas zusammenhängen'));
    assert.deepEqual([meta('data').title, meta('data').badge], ['Daten', 'Daten']);
    assert.ok(meta('data').description.startsWith('Der ganze Atlas zum Herunterladen'));
  });

  test("a collection's network names the collection", () => {
    assert.deepEqual(meta('network-collection:companies'), {
      title: 'Netzwerk: Unternehmen',
      description: 'Die Einträge der Sammlung „Unternehmen“ und alle Einträge, mit denen sie direkt verknüpft sind (blasser dargestellt).',
      badge: 'Netzwerk',
    });
  });

  test('every route has a title, description and badge with every placeholder filled', () => {
    for (const r of table) {
      const m = routeMeta(r, atlas, ui);
      for (const [part, text] of Object.entries(m)) {
        assert.ok(text.length > 0, `${r.key} ${part} is empty`);
        assert.doesNotMatch(text, /\{\w+\}/, `${r.key} ${part}: ${text}`);
      }
    }
  });
});
