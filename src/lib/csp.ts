/**
 * The Content-Security-Policy of the built site: scripts only from the site itself (no
 * inline scripts; WebAssembly for the search index), no third-party requests except the
 * configured map tiles. Shipped as a <meta> tag on every page and as a `_headers` file for
 * hosts that read it (Netlify, Cloudflare Pages), from this one definition.
 */

/** The origin pattern of a tile URL template: "https://{s}.tile.osm.org/{z}/…" → "https://*.tile.osm.org". */
export function tileOrigin(tileUrl: string): string {
  const match = /^(https?:\/\/[^/]+)/.exec(tileUrl.replace(/\{s\}/g, '*'));
  if (!match) throw new Error(`map tiles: "${tileUrl}" is not an http(s) URL template (set ATLAS_TILE_URL)`);
  return match[1]!;
}

/** The policy directives, for a meta tag (frame-ancestors is header-only and added by `cspHeader`). */
export function contentSecurityPolicy(tileUrl: string): string {
  const tiles = tileOrigin(tileUrl);
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: ${tiles}`,
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-src 'none'",
  ].join('; ');
}

/** The `_headers` file: the policy as a real header (with frame-ancestors) and other hardening headers. */
export function headersFile(tileUrl: string): string {
  return [
    '/*',
    `  Content-Security-Policy: ${contentSecurityPolicy(tileUrl)}; frame-ancestors 'none'`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: geolocation=(), camera=(), microphone=()',
    '',
  ].join('\n');
}
