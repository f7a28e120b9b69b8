// Unit tests for robots.ts: robots.txt allows everything and points to the sitemap under the base path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EmitContext } from '../../site/emitter.ts';

// The sitemap's address includes the base path: set the site's address before importing.
process.env['ATLAS_SITE_URL'] = 'https://owner.github.io/atlas/';
const { robotsEmitter, robotsTxt } = await import('./robots.ts');

test('allows every crawler everywhere and names the sitemap, ending with a newline', () => {
  assert.equal(robotsTxt('https://owner.github.io/atlas/sitemap-index.xml'), 'User-agent: *\nAllow: /\n\nSitemap: https://owner.github.io/atlas/sitemap-index.xml\n');
});

test('the emitter writes robots.txt into the output folder, pointing at the sitemap under the base path', async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'atlas-robots-'));
  try {
    const summary = await robotsEmitter.emit({ outDir } as EmitContext);
    assert.equal(readFileSync(join(outDir, 'robots.txt'), 'utf8'), 'User-agent: *\nAllow: /\n\nSitemap: https://owner.github.io/atlas/sitemap-index.xml\n');
    assert.equal(summary, 'points to https://owner.github.io/atlas/sitemap-index.xml');
    assert.equal(robotsEmitter.name, 'robots.txt');
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});
