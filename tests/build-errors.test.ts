// Bad input must fail the build: each fixture in tests/fixtures/bad/<case>/ is added to a
// temporary copy of the project (never the real content folder), then both the content
// check and `astro build` must fail with a message naming the file, the field and the fix.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, symlinkSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'tests/fixtures/bad');

/** Expected fragments of the error output per fixture: file, field and fix. */
const CASES: Record<string, RegExp[]> = {
  'dangling-reference': [/content\/companies\/fixture-company\.mdx:\d+/, /field "origin\[0\]"/, /"tsinghua-kge" is not an entry/, /did you mean "tsinghua-keg"/],
  'dangling-wikilink': [/content\/companies\/fixture-company\.mdx:12/, /wiki link \[\[no-such-entry\|an entry that is missing\]\] points to no entry/, /Fix:/],
  'duplicate-slug': [/content\/places\/zhipu\.mdx/, /slug "zhipu" is already used by content\/companies\/zhipu\.mdx/, /rename one of the two files/],
  'unknown-field': [/content\/companies\/fixture-company\.mdx:5/, /unknown field "foundedd"/, /remove or correct it/],
  'bad-coordinate': [/content\/places\/fixture-place\.mdx/, /field "location\.lat"/, /lies outside Beijing/, /Fix: check that lat and lon/],
  'missing-field': [/content\/companies\/fixture-company\.mdx/, /field "summary": this required field is missing/, /Fix: write one or two sentences/],
  'bad-date': [/content\/companies\/fixture-company\.mdx:5/, /field "founded"/, /not a date of the form YYYY, YYYY-MM, YYYY-MM-DD or a decade like 1980s/],
  'bad-slug': [/content\/companies\/Fixture_Company\.mdx/, /not a valid slug/, /rename the file to "fixture-company"/],
  'wrong-collection': [/content\/policies\/fixture-policy\.mdx:\d+/, /field "issuer\[0\]"/, /"tang-jie" is in people, but this field may only point to institutions or companies/],
  'yaml-syntax': [/content\/companies\/fixture-company\.mdx:\d+/, /YAML syntax error/, /Fix: check indentation/],
  'missing-glyph': [/content\/companies\/fixture-company\.mdx /, /field "name": the character "𓀀" \(U\+13000\) is missing from the card fonts/, /Fix: replace the character/],
  'mdx-import': [/fixture-company\.mdx:12 /, /import and export statements are not allowed/, /Fix: remove the line/],
  'mdx-export': [/fixture-company\.mdx:12 /, /import and export statements are not allowed/],
  'mdx-script': [/fixture-company\.mdx:12 /, /<script> is not allowed in content/, /Fix: remove it/],
  'mdx-style': [/fixture-company\.mdx:12 /, /<style> is not allowed in content/],
  'mdx-iframe': [/fixture-company\.mdx:12 /, /<iframe> is not allowed in content/],
  'mdx-object': [/fixture-company\.mdx:12 /, /<object> is not allowed in content/],
  'mdx-event-handler': [/fixture-company\.mdx:12 /, /the event handler onclick on <span> runs code/, /Fix: remove the attribute/],
  'mdx-javascript-url': [/fixture-company\.mdx:12 /, /the link target "javascript:alert\(1\)" runs code/],
  'mdx-expression': [/fixture-company\.mdx:12 /, /JavaScript expressions in curly braces are not allowed: \{1 \+ 1\}/, /write \\\{ and \\\}/],
  'mdx-unknown-component': [/fixture-company\.mdx:12 /, /<Chart> is not an atlas component/, /use only Zh, FigureValue/],
  'mdx-bad-figure-ref': [/fixture-company\.mdx:12 /, /field "<FigureValue> in the text": "no-such-figure" is not an entry/],
  'wrong-type': [/fixture-company\.mdx:5 /, /field "tags": Invalid input: expected array, received string/, /Fix: write a list of short words/],
  'renamed-reference': [/content\/people\/fixture-person\.mdx:\d+/, /field "affiliations\[0\]": "darkside" was renamed to "moonshot-ai"/, /Fix: write "moonshot-ai"/],
  'ignored-file': [/content\/companies\/fixture-company\.md /, /only \.mdx files are read/, /rename it to fixture-company\.mdx/],
};

let base: string;
let project: string;

/** Copies the project (without node_modules and build output) into a temporary folder. */
function makeProject(): string {
  base = mkdtempSync(join(tmpdir(), 'atlas-bad-'));
  const dir = join(base, 'template');
  for (const name of ['src', 'public', 'content', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

function withFixture(name: string, run: (dir: string) => void): void {
  const dir = join(base, `case-${name}`);
  cpSync(project, dir, { recursive: true });
  cpSync(join(fixtures, name), join(dir, 'content'), { recursive: true });
  try {
    run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function expectFailure(result: ReturnType<typeof spawnSync>, patterns: RegExp[], what: string): void {
  const output = `${result.stdout}\n${result.stderr}`;
  assert.notEqual(result.status, 0, `${what} should fail, but exited 0:\n${output}`);
  for (const pattern of patterns) assert.match(output, pattern, `${what} output lacks ${pattern}:\n${output}`);
}

describe('bad content fails the content check and the build', () => {
  before(() => {
    project = makeProject();
  });
  after(() => rmSync(base, { recursive: true, force: true }));

  test('every fixture folder has expectations', () => {
    assert.deepEqual(readdirSync(fixtures).sort(), Object.keys(CASES).sort());
  });

  test('the unmodified copy passes the content check', () => {
    const result = spawnSync(process.execPath, ['scripts/check-content.ts'], { cwd: project, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /content ok/);
  });

  for (const [name, patterns] of Object.entries(CASES)) {
    test(name, () => {
      withFixture(name, (dir) => {
        const check = spawnSync(process.execPath, ['scripts/check-content.ts'], { cwd: dir, encoding: 'utf8' });
        expectFailure(check, patterns, 'npm run check');
        const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
          timeout: 120_000,
        });
        expectFailure(build, patterns, 'astro build');
      });
    });
  }
});
