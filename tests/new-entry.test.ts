// `npm run new`: the scaffold writes an entry under a free slug for every collection, from the
// schema; the check and the build both refuse it until every TODO placeholder is replaced,
// naming the file and line of each.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { build, check, copyProject, root } from './lib/project.ts';
import { readContentFolder } from '../src/atlas/read/source.ts';

let project: ReturnType<typeof copyProject>;
const run = (args: string[]) => spawnSync(process.execPath, args, { cwd: project.dir, encoding: 'utf8' });

before(() => {
  project = copyProject('atlas-new-');
});
after(() => project.remove());

test('creates an entry in every collection, in English, plural or German', () => {
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
    assert.ok(existsSync(join(project.dir, file)), `${file} not created: ${result.stdout}`);
    assert.match(readFileSync(join(project.dir, file), 'utf8'), new RegExp(`^name: "${name}"$`, 'm'));
    // The English text goes beside it, with its own TODOs.
    const english = file.replace(/\.(mdx|yaml)$/, '.en.$1');
    assert.ok(existsSync(join(project.dir, english)), `${english} not created: ${result.stdout}`);
    assert.match(readFileSync(join(project.dir, english), 'utf8'), /^name: "TODO"$/m);
    assert.match(result.stdout, new RegExp(`created ${english.replace(/\./g, '\\.')} \\(URL /en/`));
  }
});

test('the template explains every field with the description from the schema', () => {
  const text = readFileSync(join(project.dir, 'content/companies/neue-firma.mdx'), 'utf8');
  assert.match(text, /^# name_zh: the Chinese name in simplified characters/m);
  assert.match(text, /^# located_in: the slug of places entries$/m);
  assert.match(text, /^# founded: a date as YYYY, YYYY-MM, YYYY-MM-DD or a decade like 1980s$/m);
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

test('the check and the build refuse the TODO placeholders, naming file and line', () => {
  const pattern = /content\/companies\/neue-firma\.mdx:\d+:\d+ {2}a TODO placeholder is still in the entry/;
  const checked = check(project.dir);
  assert.notEqual(checked.status, 0);
  assert.match(checked.output, pattern);
  const built = build(project.dir);
  assert.notEqual(built.status, 0);
  assert.match(built.output, pattern);
});

test('a filled-in entry passes the check', () => {
  const file = join(project.dir, 'content/companies/neue-firma.mdx');
  writeFileSync(
    file,
    readFileSync(file, 'utf8')
      .replace(/TODO: Wer oder was ist das.*$/m, 'Ein Unternehmen, das der Artikel nennt, um den Test zu füllen.')
      .replace('"TODO: die Worte des Artikels, exakt kopiert"', '"Zhipu Huazhang befindet sich in der Zhongguancun-Oststraße"')
      .replace(/^TODO: Zwei bis fünf.*$/m, 'Ein Absatz.'),
  );
  const english = join(project.dir, 'content/companies/neue-firma.en.mdx');
  writeFileSync(
    english,
    readFileSync(english, 'utf8')
      .replace('name: "TODO"', 'name: "New Company"')
      .replace(/TODO: the German summary.*$/m, 'A company the article names, to fill the test.')
      .replace('"TODO: the quote of the German file, translated"', '"Zhipu Huazhang is located on Zhongguancun East Road"')
      .replace(/^TODO: the German text.*$/m, 'A paragraph.'),
  );
  for (const other of ['institutions/neues-institut.mdx', 'policies/neue-massnahme.mdx', 'people/neue-person.mdx', 'places/neuer-ort.mdx', 'places/zhipu-2.mdx', 'sources/neue-quelle.yaml', 'figures/neue-zahl.yaml', 'events/neues-ereignis.yaml']) {
    rmSync(join(project.dir, 'content', other));
    rmSync(join(project.dir, 'content', other.replace(/\.(mdx|yaml)$/, '.en.$1')));
  }
  const checked = check(project.dir);
  assert.equal(checked.status, 0, checked.output);
  assert.match(checked.output, new RegExp(`content ok: ${readContentFolder(root).files.length + 1} entries`));
});
