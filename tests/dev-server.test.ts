// The dev server with a content problem (issue: "a dev server that points at the file"): the
// broken entry's page and the pages of entries linking to it show the problem with file,
// line, field and fix (Astro's error page); pages that do not depend on it still render,
// with a notice listing the problem; once the file is fixed, everything renders again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from './lib/project.ts';

const PORT = 4371;
const BASE = `http://127.0.0.1:${PORT}`;
let project: ReturnType<typeof copyProject>;
let server: ChildProcess;
let log = '';
const zhipu = () => join(project.dir, 'content/companies/zhipu.mdx');
let original = '';

async function get(path: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${BASE}${path}`);
  return { status: response.status, text: await response.text() };
}

/** Waits until `check` passes (the dev server reloads content on file changes). */
async function until(check: () => Promise<boolean>, what: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  assert.fail(`timed out waiting for ${what}\n${log.slice(-2000)}`);
}

before(async () => {
  project = copyProject('atlas-dev-');
  original = readFileSync(zhipu(), 'utf8');
  // A German date where an ISO date belongs: the check names it with the exact rewrite.
  writeFileSync(zhipu(), original.replace(/^kind: (.*)$/m, 'kind: $1\nfounded: 01.06.2019'));
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(PORT), '--host', '127.0.0.1'], { cwd: project.dir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  server.stdout!.on('data', (d) => (log += d));
  server.stderr!.on('data', (d) => (log += d));
  await until(async () => (await fetch(`${BASE}/`)).status > 0, 'the dev server', 90_000);
});

after(() => {
  server?.kill();
  project?.remove();
});

test('the broken entry’s page shows the problem: file, line, field and the exact fix', { timeout: 120_000 }, async () => {
  const page = await get('/unternehmen/zhipu/');
  assert.equal(page.status, 500);
  assert.match(page.text, /content\/companies\/zhipu\.mdx:\d+:\d+/);
  assert.match(page.text, /founded/);
  assert.match(page.text, /2019-06-01/);
});

test('a page of an entry linking to it names the broken file too', { timeout: 60_000 }, async () => {
  const page = await get('/personen/tang-jie/');
  assert.equal(page.status, 500);
  assert.match(page.text, /content\/companies\/zhipu\.mdx/);
});

test('pages that do not depend on it still render, with a notice naming the problem', { timeout: 60_000 }, async () => {
  for (const path of ['/unternehmen/megvii/', '/', '/karte/']) {
    const page = await get(path);
    assert.equal(page.status, 200, path);
    assert.match(page.text, /class="dev-problems"/, path);
    assert.match(page.text, /content\/companies\/zhipu\.mdx/, path);
  }
});

test('after the fix the entry renders again and the notice is gone', { timeout: 90_000 }, async () => {
  writeFileSync(zhipu(), original);
  await until(async () => (await get('/unternehmen/zhipu/')).status === 200, 'the fixed page');
  const home = await get('/');
  assert.equal(home.status, 200);
  assert.doesNotMatch(home.text, /class="dev-problems"/);
});
