/**
 * Writes `dist/_headers` from the policy Astro put into the built pages, so the header and
 * the meta tags can never disagree. Astro computes one policy for the whole build; if two
 * pages ever carried different policies, the emitter fails rather than guess.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Emitter } from '../../site/emitter.ts';
import { SITE } from '../../site/config.ts';
import { headersFile, policyOfPage } from './csp.ts';
import { builtPage } from '../../site/built.ts';

export const headersEmitter: Emitter = {
  name: 'security headers',
  async emit({ routes, outDir }) {
    const policies = new Map<string, string>();
    for (const route of routes) {
      if (route.view === 'redirect') continue;
      const html = readFileSync(builtPage(outDir, route.path), 'utf8');
      const policy = policyOfPage(html);
      if (!policy) throw new Error(`${route.path} has no Content-Security-Policy meta tag (security.csp in astro.config.mjs)`);
      policies.set(policy, route.path);
    }
    if (policies.size !== 1) throw new Error(`the pages carry ${policies.size} different policies (e.g. ${[...policies.values()].slice(0, 2).join(', ')}); _headers can hold one`);
    writeFileSync(join(outDir, '_headers'), headersFile([...policies.keys()][0]!, SITE.base));
    return `_headers with the pages' Content-Security-Policy (${routes.length} pages checked)`;
  },
};
