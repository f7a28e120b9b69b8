/**
 * Temporary copies of the project for tests that must change content or run a build without
 * touching the real folders: sources copied, node_modules linked, and helpers to run the
 * content check and `astro build` in the copy with the project's Node.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The project root. */
export const root = fileURLToPath(new URL('../..', import.meta.url));

/** What a copy needs to check and build. */
const PARTS = ['src', 'public', 'content', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** A fresh copy of the project in a temporary folder; `remove()` deletes it. */
export function copyProject(prefix = 'atlas-test-'): { dir: string; remove: () => void } {
  const base = mkdtempSync(join(tmpdir(), prefix));
  const dir = join(base, 'project');
  // Unit tests are not needed to check or build.
  for (const name of PARTS) cpSync(join(root, name), join(dir, name), { recursive: true, filter: (source) => !source.endsWith('.test.ts') });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return { dir, remove: () => rmSync(base, { recursive: true, force: true }) };
}

/** Output and exit status of a command. */
export interface Run {
  status: number | null;
  output: string;
}

function run(args: string[], cwd: string, env: Record<string, string> = {}, timeout = 300_000): Run {
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, timeout });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** `npm run check` in `dir`. */
export function check(dir: string): Run {
  return run(['scripts/check-content.ts'], dir);
}

/** `astro build` in `dir`. */
export function build(dir: string, env: Record<string, string> = {}, timeout?: number): Run {
  return run(['node_modules/astro/bin/astro.mjs', 'build'], dir, env, timeout);
}

/** The content files a report names as `content/<collection>/<file>` (with or without line and column). */
export function filesNamed(output: string): string[] {
  return [...new Set([...output.matchAll(/(content\/[a-z]+\/[^\s:]+\.(?:mdx|yaml|md|txt))(?::\d+)*/g)].map((m) => m[1]!))].sort();
}
