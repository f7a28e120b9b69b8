// Unit tests for git-dates.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lastChanged, parseGitLog } from './git-dates.ts';

test('keeps the newest date per file (git log lists newest first)', () => {
  const log = '\u00002026-11-28T10:00:00+00:00\n\ncontent/a.mdx\ncontent/b.mdx\n\u00002026-11-01T09:00:00+00:00\n\ncontent/a.mdx\ncontent/c.yaml\n';
  assert.deepEqual(
    [...parseGitLog(log)],
    [
      ['content/a.mdx', '2026-11-28T10:00:00+00:00'],
      ['content/b.mdx', '2026-11-28T10:00:00+00:00'],
      ['content/c.yaml', '2026-11-01T09:00:00+00:00'],
    ],
  );
});

test('is empty outside a git repository', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-nogit-'));
  try {
    assert.equal(lastChanged(dir).size, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('knows the committed content of this repository', () => {
  const dates = lastChanged(new URL('../..', import.meta.url).pathname);
  if (dates.size === 0) return; // an export without history: nothing to check
  assert.match(dates.get('content/companies/zhipu.mdx') ?? '', /^\d{4}-\d{2}-\d{2}T/);
});
