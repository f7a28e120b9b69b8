/**
 * `npm run build:hostile`: builds the project with the hostile fixture
 * (tests/fixtures/hostile/content, see its README) added to the content, in a temporary copy,
 * into dist-hostile/ of the project. The real content folder is never touched.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const base = mkdtempSync(join(tmpdir(), 'atlas-hostile-'));
try {
  const dir = join(base, 'project');
  for (const name of ['src', 'public', 'content', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(root, name), join(dir, name), { recursive: true, filter: (s) => !s.endsWith('.test.ts') });
  cpSync(join(root, 'tests/fixtures/hostile/content'), join(dir, 'content'), { recursive: true });
  // Its tag joins the vocabulary: labels and descriptions are text that reaches pages too.
  appendFileSync(join(dir, 'content/tags.yaml'), readFileSync(join(root, 'tests/fixtures/hostile/tags.yaml'), 'utf8'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: dir,
    stdio: 'inherit',
    env: { ...process.env, ATLAS_OUT_DIR: join(root, 'dist-hostile'), ATLAS_CARD_CACHE: process.env['ATLAS_CARD_CACHE'] ?? join(root, '.cache', 'cards'), ASTRO_TELEMETRY_DISABLED: '1' },
  });
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(base, { recursive: true, force: true });
}
