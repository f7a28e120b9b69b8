// `npm run new`: the scaffold writes a valid entry under a free slug for every collection;
// the content check passes with TODO warnings, and a production build refuses the TODOs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
let dir: string;

const run = (args: string[]) => spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-new-'));
  for (const name of ['src', 'public', 'content', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(root, name), join(dir, name), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('creates a valid entry in every collection, in English, plural or German', () => {
  const cases: Array<[string, string, string]> = [
    ['company', 'Neue Firma', 'content/companies/neue-firma.mdx'],
    ['institutionen', 'Neues Institut', 'content/institutions/neues-institut.mdx'],
    ['policy', 'Neue Maßnahme', 'content/policies/neue-massnahme.mdx'],
    ['person', 'Neue Person', 'content/people/neue-person.mdx'],
    ['orte', 'Neuer Ort', 'content/places/neuer-ort.mdx'],
    ['sources', 'Neue Quelle', 'content/sources/neue-quelle.yaml'],
    ['figure', 'Neue Zahl', 'content/figures/neue-zahl.yaml'],
    ['chronik', 'Neues Ereignis', 'content/events/neues-ereignis.yaml'],
  ];
  for (const [collection, name, file] of cases) {
    const result = run(['scripts/new-entry.ts', collection, name]);
    assert.equal(result.status, 0, result.stderr);
    assert.ok(existsSync(join(dir, file)), `${file} not created: ${result.stdout}`);
    assert.match(readFileSync(join(dir, file), 'utf8'), new RegExp(`name: "${name}"`));
  }
  const check = run(['scripts/check-content.ts']);
  assert.equal(check.status, 0, check.stderr);
  assert.match(check.stdout, /content ok/);
  assert.match(check.stderr, /TODO placeholders \(warnings here; the build refuses them\)/);
});

test('picks a free slug when the name is taken, also by another collection', () => {
  const result = run(['scripts/new-entry.ts', 'place', 'Zhipu']);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /created content\/places\/zhipu-2\.mdx/);
});

test('rejects an unknown collection with the usage', () => {
  const result = run(['scripts/new-entry.ts', 'banana', 'X']);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /usage: npm run new -- <collection> "<Name>"/);
});

test('a production build refuses TODO placeholders, naming file and line', () => {
  const build = run(['node_modules/astro/bin/astro.mjs', 'build']);
  assert.notEqual(build.status, 0);
  assert.match(`${build.stdout}${build.stderr}`, /content\/companies\/neue-firma\.mdx:\d+ {2}a TODO placeholder is still in the entry/);
});
