// Coverage of the source article: every actor, place, programme, person, figure and event the
// article names must stay in the atlas. Removing or renaming one of these entries fails here
// (a rename must keep the old slug working, see CONTRIBUTING.md).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { loadSite } from '../src/pipeline.ts';
import type { CollectionName } from '../src/atlas/model/collections.ts';
import { isBeijing } from '../src/atlas/model/geo.ts';
import { root } from './lib/project.ts';

const result = loadSite(root, { gitDates: false });
const ARTICLE = 'haidian-article';

/** The entries the article requires, by collection (dossier IDs in comments). */
const EXPECTED: Partial<Record<CollectionName, string[]>> = {
  companies: [
    'zhipu', 'moonshot-ai', 'deepseek', 'modelbest', 'galbot', 'baichuan', 'minimax', 'shengshu', 'oneflow', // C01–C09
    'sensetime', 'megvii', 'cloudwalk', 'yitu', // C10–C13, the CV "four dragons"
    'galaxea', 'robotera', 'noetix', 'spirit-ai', 'booster-robotics', 'guangxiang', // C14–C19, embodied AI
    'ubtech', 'baidu', 'sugon', // C20–C22
    'unitree', 'meituan', 'kuaishou', // C23–C25, implied through their founders
  ],
  institutions: [
    'pku-science-park', 'tsinghua-science-park', 'zgc-large-model-cluster', 'zgc-science-city', 'miracle-plus',
    'casia', 'cas', 'tsinghua-university', 'yao-class', 'tsinghua-keg', 'tsinghua-vehicle-school', 'tsinghua-college-of-ai',
    'tsinghua-air', 'peking-university', 'renmin-university', 'theoretical-informatics-institute', 'msra', 'baai',
    'touzhongwang', 'tsinghua-ubtech-institute', 'zgc-science-park', 'the-economist', 'public-computing-platform',
    'data-pilot-area', 'city-brain', 'embodied-ai-park', 'robot-data-factory', 'flexible-3c-line', 'haidian-government', 'the-paper',
  ],
  places: [
    'zgc-startup-street', 'wudaokou', 'dongsheng-building', 'ai-origin-community', 'zgc-intelligent-manufacturing-street',
    'zhongguancun-east-road', 'zhichun-road', 'jd-technology-building', 'rongke-information-center', 'zhongguancun-west',
    'shangdi-base', 'yongfeng-base', 'agi-bar', 'yuehai-subdistrict', 'zhongguancun', 'haidian-district',
    'shenzhen', 'dongguan', 'huizhou',
  ],
  policies: [
    'programme-863', 'measures-2023-ai-zgc-science-city', 'open-scenario-list-2024', 'ai-talent-zone-measures',
    'haidian-ai-atlas-2025', 'east-data-west-computing', 'project-985', 'project-211',
  ],
  people: [
    'wang-xingxing', 'wang-xing', 'su-hua', 'cheng-yixiao', 'zhang-bo', 'zhu-jun', 'yuan-jinhui',
    'yin-qi', 'tang-wenbin', 'yang-mu', 'tang-jie', 'wang-jici',
  ],
  sources: [ARTICLE],
};

/** The dossier counts 58 figures (S01–S58) and about 30 dated events. */
const MIN_FIGURES = 55;
const MIN_EVENTS = 25;

describe('coverage of the article', () => {
  test('the content has no problems', () => {
    assert.deepEqual(result.problems, []);
    assert.ok(result.atlas);
  });
  const atlas = result.atlas!;

  for (const [collection, slugs] of Object.entries(EXPECTED)) {
    test(`every expected ${collection} entry exists`, () => {
      const missing = slugs.filter((slug) => atlas.get(slug)?.collection !== collection);
      assert.deepEqual(missing, [], `missing from content/${collection}/`);
    });
  }

  test(`at least ${MIN_FIGURES} figures and ${MIN_EVENTS} events`, () => {
    assert.ok(result.counts.figures >= MIN_FIGURES, `only ${result.counts.figures} figures`);
    assert.ok(result.counts.events >= MIN_EVENTS, `only ${result.counts.events} events`);
  });

  test('every entry except sources cites a source', () => {
    const uncited = atlas.all.filter((e) => e.collection !== 'sources' && !('sources' in e.data && e.data.sources.length));
    assert.deepEqual(uncited.map((e) => e.file), []);
  });

  test('every figure and event cites the article', () => {
    const notCiting = [...atlas.list('figures'), ...atlas.list('events')].filter((e) => !e.data.sources.some((s) => s.source === ARTICLE));
    assert.deepEqual(notCiting.map((e) => e.file), []);
  });

  test('every event and figure is linked to the entries it concerns', () => {
    const unlinked = [...atlas.list('figures'), ...atlas.list('events')].filter((e) => !atlas.outgoing(e.slug).some((edge) => edge.kind !== 'cites'));
    assert.deepEqual(unlinked.map((e) => e.file), []);
  });

  test('the article source names the Chinese original and says the German text is truncated', () => {
    const article = atlas.list('sources').find((s) => s.slug === ARTICLE)!.data;
    assert.equal(article.name_zh, '创业大街，又热闹起来了');
    assert.equal(article.publisher_zh, '投中网');
    assert.equal(article.author_zh, '刘燕秋');
    assert.ok(article.notes.some((n) => /bricht mitten im Satz ab/.test(n.text) && /Kapital/.test(n.text)));
  });

  test('no entry outside Beijing is pinned', () => {
    const pinnedElsewhere = atlas.all.filter((e) => e.pin && 'location' in e.data && e.data.location && !isBeijing(e.data.location.city));
    assert.deepEqual(pinnedElsewhere.map((e) => e.file), []);
  });
});
