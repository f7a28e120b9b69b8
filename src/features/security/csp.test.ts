// Unit tests for csp.ts: the Content-Security-Policy directives, the _headers file and the policy of a built page.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { cspConfig, cspDirectives, EXTRA_HEADERS, headersFile, policyOfPage, tileOrigin } from './csp.ts';

const OSM = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

describe('tileOrigin', () => {
  test('is the scheme, host and port of the tile URL template', () => {
    assert.equal(tileOrigin(OSM), 'https://tile.openstreetmap.org');
    assert.equal(tileOrigin('http://localhost:8080/tiles/{z}/{x}/{y}.png'), 'http://localhost:8080');
  });

  test('turns {s} subdomains into a wildcard', () => {
    assert.equal(tileOrigin('https://{s}.tile.example.org/{z}/{x}/{y}.png'), 'https://*.tile.example.org');
  });

  test('refuses a template that is not an http(s) URL, naming it and the variable', () => {
    assert.throws(() => tileOrigin('tiles/{z}/{x}/{y}.png'), (error: Error) => error.message === 'map tiles: "tiles/{z}/{x}/{y}.png" is not an http(s) URL template (set ATLAS_TILE_URL)');
    assert.throws(() => tileOrigin('//tile.example.org/{z}/{x}/{y}.png'), /is not an http\(s\) URL template/);
    assert.throws(() => tileOrigin('ftp://tile.example.org/{z}/{x}/{y}.png'), /is not an http\(s\) URL template/);
  });
});

describe('cspDirectives', () => {
  test('allows the site itself, data: images and the tile origin for images, and nothing else from outside', () => {
    assert.deepEqual(cspDirectives(OSM), [
      "default-src 'self'",
      "img-src 'self' data: https://tile.openstreetmap.org",
      "font-src 'self'",
      "connect-src 'self'",
      "worker-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-src 'none'",
    ]);
  });

  test('follows the configured tile server', () => {
    assert.ok(cspDirectives('https://{s}.tiles.example.org/{z}/{x}/{y}.png').includes("img-src 'self' data: https://*.tiles.example.org"));
  });

  test('never allows inline code or eval, and names only the tile origin', () => {
    const all = cspDirectives(OSM).join('; ');
    assert.doesNotMatch(all, /'unsafe-inline'|'unsafe-eval'/);
    assert.deepEqual(all.match(/https?:\/\/[^\s;]+/g), ['https://tile.openstreetmap.org']);
  });
});

describe('cspConfig', () => {
  test("is Astro's security.csp option: SHA-256 hashes, our directives, and only Pagefind's WebAssembly beyond 'self' for scripts", () => {
    assert.deepEqual(cspConfig(OSM), {
      algorithm: 'SHA-256',
      directives: cspDirectives(OSM),
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    });
  });
});

describe('headersFile', () => {
  test('repeats the policy for every path under the base, adds frame-ancestors and the hardening headers', () => {
    assert.equal(
      headersFile("default-src 'self'; img-src 'self' data:", '/atlas/'),
      [
        '/atlas/*',
        "  Content-Security-Policy: default-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
        '  X-Content-Type-Options: nosniff',
        '  Referrer-Policy: strict-origin-when-cross-origin',
        '  Permissions-Policy: geolocation=(), camera=(), microphone=()',
        '',
      ].join('\n'),
    );
  });

  test('covers the whole site by default, and never writes a doubled semicolon', () => {
    const file = headersFile("default-src 'self';  ");
    assert.match(file, /^\/\*\n {2}Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n/);
    assert.doesNotMatch(file, /;;|; ;/);
  });

  test('the hardening headers are the three documented ones', () => {
    assert.deepEqual(EXTRA_HEADERS, ['X-Content-Type-Options: nosniff', 'Referrer-Policy: strict-origin-when-cross-origin', 'Permissions-Policy: geolocation=(), camera=(), microphone=()']);
  });
});

describe('policyOfPage', () => {
  test('reads the policy from the meta tag, unescaping quotes and ampersands once', () => {
    const html = `<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src &#39;sha256-AbC+/=&#39;; img-src &quot;x&quot; &amp;amp;"></head></html>`;
    assert.equal(policyOfPage(html), `default-src 'self'; script-src 'sha256-AbC+/='; img-src "x" &amp;`);
  });

  test('finds the tag whatever the case of http-equiv', () => {
    assert.equal(policyOfPage(`<META HTTP-EQUIV="Content-Security-Policy" CONTENT="default-src 'self'">`), "default-src 'self'");
  });

  test('is undefined for a page without the tag', () => {
    assert.equal(policyOfPage('<html><head><title>x</title></head></html>'), undefined);
    assert.equal(policyOfPage(''), undefined);
  });
});
