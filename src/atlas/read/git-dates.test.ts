// Unit tests for git-dates.ts: reading the last change of each content file from `git log`.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { lastChanged, parseGitLog } from './git-dates.ts';

describe('parseGitLog', () => {
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

  test('is empty for empty output and ignores text before the first record', () => {
    assert.equal(parseGitLog('').size, 0);
    assert.deepEqual([...parseGitLog('warning: something\n\u00002026-01-02T03:04:05+08:00\n\ncontent/a.mdx\n')], [['content/a.mdx', '2026-01-02T03:04:05+08:00']]);
  });

  test('skips a commit that changed no file and trims spaces and carriage returns', () => {
    const log = '\u00002026-03-01T00:00:00+00:00\n\n\u00002026-02-01T00:00:00+00:00\r\n\r\n content/a.mdx \r\n';
    assert.deepEqual([...parseGitLog(log)], [['content/a.mdx', '2026-02-01T00:00:00+00:00']]);
  });

  test('skips a record without a date', () => {
    assert.equal(parseGitLog('\u0000\ncontent/a.mdx\n').size, 0);
  });
});

describe('lastChanged', () => {
  test('is empty outside a git repository', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-nogit-'));
    try {
      assert.equal(lastChanged(dir).size, 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const tracked = spawnSync('git', ['log', '-1', '--format=%H', '--', 'content/companies/zhipu.mdx'], { cwd: root, encoding: 'utf8' });
  const hasHistory = tracked.status === 0 && tracked.stdout.trim() !== '';

  test('knows the committed content of this repository', { skip: hasHistory ? false : 'no git history of content/companies/zhipu.mdx (an export or a shallow clone)' }, () => {
    const dates = lastChanged(root);
    assert.match(dates.get('content/companies/zhipu.mdx') ?? '', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    for (const file of dates.keys()) assert.match(file, /^content\//);
  });
});
