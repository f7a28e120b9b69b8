// The social-card cache: a second build with nothing changed renders no card, and changing
// one entry re-renders exactly that entry's card. Runs real builds in a temporary copy of
// the project (never the real content), with a card cache seeded from the project's own
// .cache/cards when a build has filled it, so the first build need not render everything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function build(dir: string, cache: string): { rendered: number; reused: number; total: number; output: string } {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ATLAS_CARD_CACHE: cache },
    timeout: 300_000,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  assert.equal(result.status, 0, output);
  const match = /(\d+) cards: rendered (\d+), reused (\d+)/.exec(output);
  assert.ok(match, `no card summary in the build output:\n${output}`);
  return { total: Number(match[1]), rendered: Number(match[2]), reused: Number(match[3]), output };
}

test('cards are cached: an unchanged build renders none, one changed entry renders one', { timeout: 900_000 }, () => {
  const base = mkdtempSync(join(tmpdir(), 'atlas-cards-'));
  try {
    const dir = join(base, 'project');
    for (const name of ['src', 'public', 'content', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(root, name), join(dir, name), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const cache = join(base, 'cache');
    if (existsSync(join(root, '.cache', 'cards'))) cpSync(join(root, '.cache', 'cards'), cache, { recursive: true });

    const first = build(dir, cache);
    assert.equal(first.rendered + first.reused, first.total);
    assert.ok(first.total > 200, `only ${first.total} cards`);

    const second = build(dir, cache);
    assert.equal(second.rendered, 0, second.output);
    assert.equal(second.reused, second.total);

    const file = join(dir, 'content', 'people', 'tang-jie.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^summary: >-\n/m, 'summary: >-\n  Geändert für den Cache-Test.\n'));
    const third = build(dir, cache);
    assert.equal(third.rendered, 1, third.output);
    assert.equal(third.reused, third.total - 1);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
});
