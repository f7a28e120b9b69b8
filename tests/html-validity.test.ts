// Valid HTML on every built page: the W3C Nu Html Checker finds no error (warnings are listed,
// not fatal). Runs on the root build (dist/) and, when they exist, the sub-path build
// (dist-subpath/) and the hostile-input build (dist-hostile/), so escaping can never produce
// invalid markup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib/project.ts';
import { validateHtml } from './lib/vnu.ts';

const dirs = ['dist', 'dist-subpath', 'dist-hostile'].map((d) => join(root, d)).filter((d) => existsSync(join(d, 'index.html')));

test('the Nu Html Checker finds no error on any built page', { timeout: 600_000 }, (t) => {
  assert.ok(dirs.includes(join(root, 'dist')), 'dist/ is missing: run npm run build');
  const { errors, warnings, ms } = validateHtml(dirs);
  const counts = new Map<string, number>();
  for (const w of warnings) counts.set(w.message.replace(/“[^”]*”/g, '“…”'), (counts.get(w.message.replace(/“[^”]*”/g, '“…”')) ?? 0) + 1);
  t.diagnostic(`checked ${dirs.map((d) => d.slice(root.length)).join(', ')} in ${(ms / 1000).toFixed(1)} s: ${errors.length} errors, ${warnings.length} warnings`);
  for (const [message, n] of counts) t.diagnostic(`warning ×${n}: ${message}`);
  assert.deepEqual(errors.map((e) => `${e.page}:${e.line}: ${e.message}`), []);
});
