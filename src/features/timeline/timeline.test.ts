// Unit tests for timeline.ts: the eras, and the dated points of the atlas in order.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { ERAS, eraOf, timelineItems, type TimelineItem } from './timeline.ts';
import { atlasOf } from '../../atlas/test-atlas.ts';


const summary = 'Eine Zusammenfassung von genügend Länge.';
const cited = { sources: [{ source: 'article', quote: 'ein Zitat' }] };
const rows = (items: readonly TimelineItem[]) => items.map((i) => [i.slug, i.what, i.date.value, i.era, i.editorial]);

describe('eraOf', () => {
  test('the eras in the order of the article', () => {
    assert.deepEqual([...ERAS], ['symbolic', 'deep', 'large', 'embodied']);
  });

  test('symbolic AI until 2011, deep learning from 2012, large models from 2022', () => {
    assert.equal(eraOf({ value: '1956', precision: 'year' }, []), 'symbolic');
    assert.equal(eraOf({ value: '1980s', precision: 'decade' }, []), 'symbolic');
    assert.equal(eraOf({ value: '2011-12-31', precision: 'day' }, []), 'symbolic');
    assert.equal(eraOf({ value: '2012', precision: 'year' }, []), 'deep');
    assert.equal(eraOf({ value: '2021-12', precision: 'month' }, []), 'deep');
    assert.equal(eraOf({ value: '2022-01', precision: 'month' }, []), 'large');
    assert.equal(eraOf({ value: '2023-07', precision: 'month' }, []), 'large');
  });

  test('embodied intelligence from 2023, for entries tagged embodied-ai or robotik (vocabulary keys)', () => {
    assert.equal(eraOf({ value: '2023-05', precision: 'month' }, ['embodied-ai']), 'embodied');
    assert.equal(eraOf({ value: '2023', precision: 'year' }, ['large-models', 'robotik']), 'embodied');
    assert.equal(eraOf({ value: '2022-12', precision: 'month' }, ['robotik']), 'large');
    assert.equal(eraOf({ value: '2015', precision: 'year' }, ['robotik']), 'deep');
    assert.equal(eraOf({ value: '2024', precision: 'year' }, ['Robotik']), 'large', 'keys are matched exactly (labels are not keys)');
  });
});

describe('timelineItems', () => {
  test('collects events, foundings and issues in date order, keeping precision and editorial marks', () => {
    const atlas = atlasOf({
      'sources/article.yaml': { name: 'Der Artikel', kind: 'article', summary, language: 'de', published: 2025 },
      'events/press.yaml': { name: 'Pressekonferenz', kind: 'milestone', summary, ...cited, date: '2023-07' },
      'institutions/casia.mdx': { name: 'CASIA', kind: 'research-institute', summary, ...cited, founded: 1956 },
      'policies/measures.mdx': { name: 'Maßnahmen', kind: 'measures', summary, ...cited, issued: '2023-06' },
      'companies/galbot.mdx': { name: 'Galbot', kind: 'embodied-ai', summary, ...cited, founded: '2023-05', editorial: ['founded'], tags: ['embodied-ai'] },
      'people/nodate.mdx': { name: 'Ohne Datum', kind: 'scientist', summary, ...cited },
      'figures/share.yaml': { name: 'Anteil', kind: 'share', theme: 'models', value: 38, unit: 'Prozent', measures: 'Anteil der Modelle', summary, ...cited, as_of: '2025-06' },
    });
    assert.deepEqual(rows(timelineItems(atlas.all)), [
      ['casia', 'founded', '1956', 'symbolic', false],
      ['galbot', 'founded', '2023-05', 'embodied', true],
      ['measures', 'issued', '2023-06', 'large', false],
      ['press', 'event', '2023-07', 'large', false],
    ]);
  });

  test('an editorial event date is marked', () => {
    const atlas = atlasOf({
      'sources/article.yaml': { name: 'Der Artikel', kind: 'article', summary, language: 'de' },
      'events/guess.yaml': { name: 'Vermutet', kind: 'milestone', summary, ...cited, date: '1990s', editorial: ['date'] },
    });
    assert.deepEqual(rows(timelineItems(atlas.all)), [['guess', 'event', '1990s', 'symbolic', true]]);
  });

  test('orders a decade before its years, a year before its months, and equal dates by slug', () => {
    const atlas = atlasOf({
      'sources/article.yaml': { name: 'Der Artikel', kind: 'article', summary, language: 'de' },
      'events/b-month.yaml': { name: 'B', kind: 'milestone', summary, ...cited, date: '1985-03' },
      'events/a-year.yaml': { name: 'A', kind: 'milestone', summary, ...cited, date: 1985 },
      'events/z-decade.yaml': { name: 'Z', kind: 'milestone', summary, ...cited, date: '1980s' },
      'events/c-day.yaml': { name: 'C', kind: 'milestone', summary, ...cited, date: '1985-03-01' },
      'events/a-same.yaml': { name: 'S', kind: 'milestone', summary, ...cited, date: '1985-03' },
      'events/y-early.yaml': { name: 'Y', kind: 'milestone', summary, ...cited, date: 1979 },
    });
    assert.deepEqual(timelineItems(atlas.all).map((i) => i.slug), ['y-early', 'z-decade', 'a-year', 'a-same', 'b-month', 'c-day']);
  });

  test('a founding told by a founding event on the same date appears once, as the event', () => {
    const atlas = atlasOf({
      'sources/article.yaml': { name: 'Der Artikel', kind: 'article', summary, language: 'de' },
      'institutions/casia.mdx': { name: 'CASIA', kind: 'research-institute', summary, ...cited, founded: 1956 },
      'events/casia-founded.yaml': { name: 'Gründung von CASIA', kind: 'founding', summary, ...cited, date: 1956, subjects: [{ id: 'casia', role: 'gegründet' }] },
      'institutions/keg.mdx': { name: 'KEG', kind: 'lab', summary, ...cited, founded: 1996 },
      'events/keg-event.yaml': { name: 'Gründung der KEG', kind: 'founding', summary, ...cited, date: 1997, subjects: ['keg'] },
      'institutions/lab.mdx': { name: 'Labor', kind: 'lab', summary, ...cited, founded: 2001 },
      'events/lab-milestone.yaml': { name: 'Meilenstein des Labors', kind: 'milestone', summary, ...cited, date: 2001, subjects: ['lab'] },
    });
    assert.deepEqual(timelineItems(atlas.all).map((i) => `${i.slug}:${i.what}`), [
      'casia-founded:event',
      'keg:founded',
      'keg-event:event',
      'lab:founded',
      'lab-milestone:event',
    ]);
  });

  test('an atlas without dates has an empty timeline', () => {
    assert.deepEqual(timelineItems([]), []);
  });
});
