// Unit tests for csp.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentSecurityPolicy, headersFile, tileOrigin } from './csp.ts';

test('derives the tile origin, with a wildcard for {s} subdomains', () => {
  assert.equal(tileOrigin('https://tile.openstreetmap.org/{z}/{x}/{y}.png'), 'https://tile.openstreetmap.org');
  assert.equal(tileOrigin('https://{s}.tile.example.org/{z}/{x}/{y}.png'), 'https://*.tile.example.org');
  assert.throws(() => tileOrigin('tiles/{z}/{x}/{y}.png'), /not an http\(s\) URL template/);
});

test('allows no inline scripts and no third-party origins but the tiles', () => {
  const csp = contentSecurityPolicy('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
  const script = csp.split('; ').find((d) => d.startsWith('script-src'))!;
  assert.doesNotMatch(script, /'unsafe-inline'|'unsafe-eval'|https?:/);
  assert.match(csp, /img-src 'self' data: https:\/\/tile\.openstreetmap\.org/);
  const origins = csp.match(/https?:\/\/[^\s;]+/g) ?? [];
  assert.deepEqual(origins, ['https://tile.openstreetmap.org']);
});

test('the headers file adds frame-ancestors and hardening headers', () => {
  const file = headersFile('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
  assert.match(file, /^\/\*\n {2}Content-Security-Policy: .*frame-ancestors 'none'/);
  assert.match(file, /X-Content-Type-Options: nosniff/);
});
