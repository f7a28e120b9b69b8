/**
 * When each content file last changed, from git history, read with one `git log` call per
 * build. Falls back to an empty map (and pages simply show no date) where there is no git,
 * no history (a tarball, a shallow clone without the file's commit) or the file is new.
 */
import { spawnSync } from 'node:child_process';

/** Parses `git log --format=%x00%cI --name-only` output: the newest date per file. */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const block of output.split('\0').slice(1)) {
    const [date, ...files] = block.split('\n').map((l) => l.trim());
    if (!date) continue;
    for (const file of files) if (file && !dates.has(file)) dates.set(file, date);
  }
  return dates;
}

/** Last commit date (ISO 8601) of every file under `path` (relative to `root`), newest first wins. */
export function lastChanged(root: string, path = 'content'): Map<string, string> {
  const result = spawnSync('git', ['log', '--format=%x00%cI', '--name-only', '--no-renames', '--', path], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0 || !result.stdout) return new Map();
  return parseGitLog(result.stdout);
}
