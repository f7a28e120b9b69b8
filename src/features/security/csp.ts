/**
 * The Content-Security-Policy of the site, as Astro's `security.csp` configuration: Astro
 * hashes every script and stylesheet it bundles and writes the policy into each page's
 * `<meta>`; this module adds the directives Astro does not manage. No third-party origin is
 * allowed but the configured map tiles (images only), and those load only after the visitor
 * asks (see src/features/map/consent.ts).
 */

/** The origin pattern of a tile URL template: "https://{s}.tile.osm.org/{z}/…" → "https://*.tile.osm.org". */
export function tileOrigin(tileUrl: string): string {
  const match = /^(https?:\/\/[^/]+)/.exec(tileUrl.replace(/\{s\}/g, '*'));
  if (!match) throw new Error(`map tiles: "${tileUrl}" is not an http(s) URL template (set ATLAS_TILE_URL)`);
  return match[1]!;
}

/** A directive as Astro's `security.csp.directives` takes it ("img-src 'self' …"). */
type Directive = `${'default-src' | 'img-src' | 'font-src' | 'connect-src' | 'worker-src' | 'object-src' | 'base-uri' | 'form-action' | 'frame-src'} ${string}`;

/** Directives besides script-src and style-src (which Astro writes, with its hashes). */
export function cspDirectives(tileUrl: string): Directive[] {
  return [
    "default-src 'self'",
    `img-src 'self' data: ${tileOrigin(tileUrl)}`,
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-src 'none'",
  ];
}

/** Astro's `security.csp` option. Pagefind compiles WebAssembly, hence 'wasm-unsafe-eval'. */
export function cspConfig(tileUrl: string) {
  return {
    algorithm: 'SHA-256' as const,
    directives: cspDirectives(tileUrl),
    scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    styleDirective: { resources: ["'self'"] },
  };
}

/** Headers that only a real HTTP header can carry, or that harden every response. */
export const EXTRA_HEADERS = ['X-Content-Type-Options: nosniff', 'Referrer-Policy: strict-origin-when-cross-origin', 'Permissions-Policy: geolocation=(), camera=(), microphone=()'];

/**
 * The `_headers` file (Netlify, Cloudflare Pages) for one policy: the same policy as the
 * pages' meta tag, plus frame-ancestors, which browsers ignore in a meta tag.
 */
export function headersFile(policy: string, base = '/'): string {
  return [`${base}*`, `  Content-Security-Policy: ${policy.replace(/;\s*$/, '')}; frame-ancestors 'none'`, ...EXTRA_HEADERS.map((h) => `  ${h}`), ''].join('\n');
}

/** The policy in a page's `<meta http-equiv="content-security-policy">`, unescaped. */
export function policyOfPage(html: string): string | undefined {
  const match = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html);
  return match?.[1]?.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}
