// The check is the build's validation: every bad-input fixture (tests/fixtures/bad/<case>/,
// one per rule of the validation pass) must make both `npm run check` and `astro build` fail,
// both naming the fixture's file with the expected messages, and naming the same files.
// Each case is a content overlay (<case>/content/…) and/or edits of project files, applied to
// a temporary copy of the project: the real content folder is never touched.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, check, copyProject, filesNamed, root } from './lib/project.ts';

const fixtures = join(root, 'tests/fixtures/bad');

/** A fixture's description: the rule it breaks, the file the problem is in, and what both outputs must say. */
interface Case {
  rule: string;
  file: string;
  expect: string[];
  /** Regex replacements in project files, for rules about files other than content. */
  edits?: Array<{ file: string; pattern: string; flags?: string; with: string }>;
}

const cases = readdirSync(fixtures).sort().map((name) => ({ name, ...(JSON.parse(readFileSync(join(fixtures, name, 'case.json'), 'utf8')) as Case) }));

let template: ReturnType<typeof copyProject>;

function withFixture(c: (typeof cases)[number], run: (dir: string) => void): void {
  const copy = copyProject(`atlas-bad-${c.name}-`);
  try {
    const overlay = join(fixtures, c.name, 'content');
    if (existsSync(overlay)) cpSync(overlay, join(copy.dir, 'content'), { recursive: true });
    for (const edit of c.edits ?? []) {
      const path = join(copy.dir, edit.file);
      const before = readFileSync(path, 'utf8');
      const after = before.replace(new RegExp(edit.pattern, edit.flags ?? ''), edit.with);
      assert.notEqual(after, before, `${c.name}: the edit of ${edit.file} changed nothing (the pattern no longer matches)`);
      writeFileSync(path, after);
    }
    run(copy.dir);
  } finally {
    copy.remove();
  }
}

describe('a file the check refuses, the build refuses, naming the same file', () => {
  before(() => {
    template = copyProject('atlas-good-');
  });
  after(() => template.remove());

  test('every fixture has a rule, a file and expected messages', () => {
    assert.ok(cases.length >= 30, `only ${cases.length} fixtures`);
    for (const c of cases) {
      assert.ok(c.rule && c.file && c.expect.length > 0, c.name);
    }
  });

  test('the unmodified project passes the check', () => {
    const result = check(template.dir);
    assert.equal(result.status, 0, result.output);
    assert.match(result.output, /content ok/);
  });

  for (const c of cases) {
    test(`${c.name} (${c.rule})`, { timeout: 180_000 }, () => {
      withFixture(c, (dir) => {
        const checked = check(dir);
        const built = build(dir, {}, 150_000);
        for (const [what, result] of [['npm run check', checked], ['astro build', built]] as const) {
          assert.notEqual(result.status, 0, `${what} should fail, but exited 0:\n${result.output}`);
          assert.ok(result.output.includes(c.file), `${what} does not name ${c.file}:\n${result.output}`);
          for (const text of c.expect) assert.ok(result.output.includes(text), `${what} output lacks ${JSON.stringify(text)}:\n${result.output}`);
        }
        assert.deepEqual(filesNamed(built.output), filesNamed(checked.output), 'the check and the build name different files');
      });
    });
  }
});
