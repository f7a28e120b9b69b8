// Unit tests for the security headers emitter: _headers carries the one policy of the built pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EmitContext } from '../../site/emitter.ts';
import type { Route } from '../../site/routes.ts';

// _headers covers the paths under the base path: set the site's address before importing.
process.env['ATLAS_SITE_URL'] = 'https://owner.github.io/atlas/';
const { headersEmitter } = await import('./emitter.ts');

const meta = (policy: string) => `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body></body></html>`;
const home: Route = { view: 'home', lang: 'de', path: '/', key: 'home' };
const map: Route = { view: 'map', lang: 'de', path: '/karte/', key: 'map' };
const forward: Route = { view: 'redirect', alias: 'old', slug: 'zhipu', lang: 'de', path: '/unternehmen/old/', key: 'redirect:old' };

/** Runs the emitter over pages written to a temporary output folder. */
async function emit(pages: Record<string, string>, routes: Route[]): Promise<{ summary: string; headers: string | undefined }> {
  const outDir = mkdtempSync(join(tmpdir(), 'atlas-headers-'));
  try {
    for (const [path, html] of Object.entries(pages)) {
      mkdirSync(join(outDir, path), { recursive: true });
      writeFileSync(join(outDir, path, 'index.html'), html);
    }
    const summary = await headersEmitter.emit({ outDir, routes } as unknown as EmitContext);
    const file = join(outDir, '_headers');
    return { summary, headers: existsSync(file) ? readFileSync(file, 'utf8') : undefined };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

test("writes the pages' one policy into _headers, under the base path, and skips forwarding pages", async () => {
  const policy = 'default-src &#39;self&#39;; script-src &#39;sha256-abc&#39;';
  const { summary, headers } = await emit({ '': meta(policy), karte: meta(policy) }, [home, map, forward]);
  assert.equal(
    headers,
    "/atlas/*\n  Content-Security-Policy: default-src 'self'; script-src 'sha256-abc'; frame-ancestors 'none'\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n  Permissions-Policy: geolocation=(), camera=(), microphone=()\n",
  );
  assert.equal(summary, "_headers with the pages' Content-Security-Policy (3 pages checked)");
});

test('fails, naming the page, when a page has no policy', async () => {
  await assert.rejects(emit({ '': meta('default-src &#39;self&#39;'), karte: '<html></html>' }, [home, map]), (error: Error) =>
    error.message === '/karte/ has no Content-Security-Policy meta tag (security.csp in astro.config.mjs)',
  );
});

test('fails when pages carry different policies, naming two of them', async () => {
  await assert.rejects(emit({ '': meta('default-src &#39;self&#39;'), karte: meta('default-src &#39;none&#39;') }, [home, map]), /^Error: the pages carry 2 different policies \(e\.g\. \/, \/karte\/\); _headers can hold one$/);
});
