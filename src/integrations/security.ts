/**
 * Astro integration that keeps the built site within its Content-Security-Policy: it
 * fails the build if any page contains an inline script or an inline event handler
 * (which the policy would block), and writes the `_headers` file for hosts that apply it.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../lib/csp.ts';
import { htmlFiles } from './cards.ts';
import { SITE } from '../config.ts';

/** Inline scripts and handlers in a page, as short descriptions. */
export function inlineCode(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = match[1]!;
    if (/\bsrc=/.test(attrs) || /type="application\/(ld\+)?json"/.test(attrs)) continue;
    if (match[2]!.trim()) found.push(`inline <script> (${match[2]!.trim().slice(0, 40)}…)`);
  }
  for (const match of html.matchAll(/<[a-z][^>]*\s(on[a-z]+)=/gi)) found.push(`inline event handler ${match[1]}`);
  for (const match of html.matchAll(/\b(?:href|src)="\s*javascript:/gi)) found.push(`javascript: URL (${match[0]})`);
  return found;
}

/** The integration. */
export default function security(): AstroIntegration {
  return {
    name: 'atlas-security',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const problems = htmlFiles(out).flatMap((file) => inlineCode(readFileSync(file, 'utf8')).map((what) => `${relative(out, file)}: ${what}`));
        if (problems.length) throw new Error(`content security: the policy forbids inline code, but the build contains:\n  - ${problems.join('\n  - ')}\nMove the code into a bundled <script> (Astro processes those into files).`);
        writeFileSync(join(out, '_headers'), headersFile(SITE.tiles.url));
        logger.info('no inline scripts; wrote _headers with the Content-Security-Policy');
      },
    },
  };
}
