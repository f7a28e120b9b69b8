// The build caches. Social cards: a second build with nothing changed renders no card, and
// changing one entry's summary re-renders exactly the cards that show it (its own). Network
// layouts: the first build of a copy computes every one, the second reads every one from the
// cache and draws the same pictures. Runs real builds in a temporary copy of the project, with
// a card cache seeded from the project's own .cache/cards when a build has filled it, so the
// first build need not render everything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, copyProject, root } from './lib/project.ts';

function cards(dir: string, cache: string) {
  const result = build(dir, { ATLAS_CARD_CACHE: cache }, 600_000);
  assert.equal(result.status, 0, result.output);
  const match = /social cards: (\d+) cards: rendered (\d+), reused (\d+)/.exec(result.output);
  assert.ok(match, `no card summary in the build output:\n${result.output}`);
  const layouts = /network layouts: computed (\d+), read from the cache (\d+)/.exec(result.output);
  assert.ok(layouts, `no layout summary in the build output:\n${result.output}`);
  // The whole-atlas network page, and one entry's neighbourhood picture (a file next to its page).
  const pictures = [
    /<svg\s+class="network__svg"[\s\S]*?<\/svg>/.exec(readFileSync(join(dir, 'dist', 'netzwerk/index.html'), 'utf8'))?.[0],
    readFileSync(join(dir, 'dist', 'unternehmen/zhipu/netzwerk.svg'), 'utf8'),
  ];
  return { total: Number(match[1]), rendered: Number(match[2]), reused: Number(match[3]), computed: Number(layouts[1]), read: Number(layouts[2]), pictures, output: result.output };
}

test('cards and layouts are cached: an unchanged build renders no card and lays out no network, one changed entry renders one card', { timeout: 1_200_000 }, () => {
  const project = copyProject('atlas-cards-');
  try {
    const cache = join(project.dir, '..', 'cache');
    if (existsSync(join(root, '.cache', 'cards'))) cpSync(join(root, '.cache', 'cards'), cache, { recursive: true });

    const first = cards(project.dir, cache);
    assert.equal(first.rendered + first.reused, first.total);
    assert.ok(first.total > 200, `only ${first.total} cards`);
    // Every entry with relations has a neighbourhood in each edition, plus the network pages.
    assert.equal(first.read, 0);
    assert.ok(first.computed > 200, `only ${first.computed} layouts`);
    assert.ok(first.pictures.every((svg) => svg && svg.includes('<circle')), 'a network picture is missing');

    const second = cards(project.dir, cache);
    assert.equal(second.rendered, 0, second.output);
    assert.equal(second.reused, second.total);
    assert.deepEqual({ computed: second.computed, read: second.read }, { computed: 0, read: first.computed });
    assert.deepEqual(second.pictures, first.pictures);

    const file = join(project.dir, 'content', 'people', 'tang-jie.mdx');
    const text = readFileSync(file, 'utf8');
    const changed = text.replace(/^summary: >-\n/m, 'summary: >-\n  Geändert für den Cache-Test.\n');
    assert.notEqual(changed, text, 'the test could not change the summary');
    writeFileSync(file, changed);
    const third = cards(project.dir, cache);
    assert.equal(third.rendered, 1, third.output);
    assert.equal(third.reused, third.total - 1);
    // Rendered at the build's start, before the pages (the card processes never run beside the pages' heap).
    assert.match(third.output, /social cards: rendered 1 missing cards before the pages/);
    assert.match(third.output, /rendered 1, reused \d+ \(rendering before the pages: \d+ ms, \d+ ms per card, 1 in parallel\)/);
  } finally {
    project.remove();
  }
});
