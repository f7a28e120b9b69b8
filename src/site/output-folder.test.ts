// Unit tests for output-folder.ts: the previous output is moved out of Astro's way at once and
// deleted by another process; leftovers of interrupted builds go too; what cannot be set aside
// is left alone; a failed removal is an error naming the folders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { leftovers, setAsideName, setAsideOutput } from './output-folder.ts';

/** A project folder with `dist/` holding pages, a card and a nested search index, and a neighbour that must survive. */
function project(t: { after: (fn: () => void) => void }): { root: string; dist: string } {
  const root = mkdtempSync(join(tmpdir(), 'atlas-out-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const dist = join(root, 'dist');
  mkdirSync(join(dist, 'orte', 'wudaokou'), { recursive: true });
  mkdirSync(join(dist, 'pagefind', 'fragment'), { recursive: true });
  mkdirSync(join(dist, 'og'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!DOCTYPE html>');
  writeFileSync(join(dist, 'orte', 'wudaokou', 'index.html'), '<!DOCTYPE html>');
  writeFileSync(join(dist, 'pagefind', 'fragment', 'de_1.pf_fragment'), 'x');
  writeFileSync(join(dist, 'og', 'card.png'), 'png');
  writeFileSync(join(root, 'package.json'), '{}');
  mkdirSync(join(root, 'dist-subpath'));
  return { root, dist };
}

test('the set-aside name is a hidden sibling named after the folder and the process', () => {
  assert.equal(setAsideName('/work/site/dist', 4711), '.dist.removing-4711');
  assert.equal(setAsideName('/work/site/dist-subpath', 12), '.dist-subpath.removing-12');
});

test('the output folder is gone at once, and its contents are deleted by a process that is not the build', async (t) => {
  const { root, dist } = project(t);
  const before = performance.now();
  const removal = setAsideOutput(dist)!;
  assert.ok(removal);
  assert.equal(existsSync(dist), false, 'Astro finds no output folder to empty');
  assert.deepEqual(removal.folders, [join(root, `.dist.removing-${process.pid}`)]);
  const ms = await removal.done;
  const outside = performance.now() - before;
  assert.ok(ms > 0 && ms <= outside, `the wall time of the removal in ms (${ms}), at most the ${outside} ms measured around it`);
  assert.deepEqual(readdirSync(root).sort(), ['dist-subpath', 'package.json']);
});

test('the folder is deleted by a child process at the lowest priority, given the folders as arguments', async (t) => {
  const { root, dist } = project(t);
  const log = join(root, 'remover.log');
  // A stand-in remover that records its pid, arguments and scheduling priority (waiting up to a
  // second for the build to lower it), then deletes like the real one.
  const script = `const os = require('node:os'); let priority = os.getPriority(); for (let i = 0; i < 100 && priority !== 19; i++) { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10); priority = os.getPriority(); } require('node:fs').writeFileSync(${JSON.stringify(log)}, JSON.stringify({ pid: process.pid, priority, args: process.argv.slice(1) })); for (const d of process.argv.slice(1)) require('node:fs').rmSync(d, { recursive: true })`;
  const removal = setAsideOutput(dist, [process.execPath, '-e', script])!;
  await removal.done;
  const seen = JSON.parse(readFileSync(log, 'utf8')) as { pid: number; priority: number; args: string[] };
  assert.notEqual(seen.pid, process.pid);
  assert.equal(seen.priority, 19, 'the remover runs at the lowest priority');
  assert.deepEqual(seen.args, [join(root, `.dist.removing-${process.pid}`)]);
  assert.equal(existsSync(join(root, `.dist.removing-${process.pid}`)), false);
});

test('the folder as Astro names it (with a trailing slash), and one nested deeper, are set aside beside themselves', async (t) => {
  const { root, dist } = project(t);
  const slashed = setAsideOutput(`${dist}/`)!;
  assert.deepEqual(slashed.folders, [join(root, `.dist.removing-${process.pid}`)]);
  await slashed.done;
  const site = join(root, 'build', 'site');
  mkdirSync(join(site, 'og'), { recursive: true });
  writeFileSync(join(site, 'og', 'card.png'), 'png');
  const nested = setAsideOutput(site)!;
  assert.deepEqual(nested.folders, [join(root, 'build', `.site.removing-${process.pid}`)]);
  await nested.done;
  assert.deepEqual(readdirSync(root).sort(), ['build', 'dist-subpath', 'package.json']);
  assert.deepEqual(readdirSync(join(root, 'build')), []);
});

test('folders left by interrupted builds are deleted too, also when there is no output folder', async (t) => {
  const { root, dist } = project(t);
  mkdirSync(join(root, '.dist.removing-1', 'og'), { recursive: true });
  writeFileSync(join(root, '.dist.removing-1', 'og', 'a.png'), 'png');
  mkdirSync(join(root, '.dist.removing-4096'));
  for (const other of ['.dist.removing-notapid', '.dist.removing-12ab', '.dist.removing-ab12', '.dist.removing-', '.other.removing-2']) mkdirSync(join(root, other));
  assert.deepEqual(leftovers(dist).sort(), [join(root, '.dist.removing-1'), join(root, '.dist.removing-4096')]);
  rmSync(dist, { recursive: true });
  const removal = setAsideOutput(dist)!;
  assert.deepEqual(removal.folders.sort(), [join(root, '.dist.removing-1'), join(root, '.dist.removing-4096')]);
  await removal.done;
  assert.deepEqual(readdirSync(root).sort(), ['.dist.removing-', '.dist.removing-12ab', '.dist.removing-ab12', '.dist.removing-notapid', '.other.removing-2', 'dist-subpath', 'package.json']);
});

test('no leftovers where the parent of the output folder does not exist', () => {
  assert.deepEqual(leftovers(join(tmpdir(), 'atlas-no-such-folder', 'dist')), []);
});

test('the current output is set aside first, leftovers after it', async (t) => {
  const { root, dist } = project(t);
  mkdirSync(join(root, '.dist.removing-3'));
  const removal = setAsideOutput(dist)!;
  assert.deepEqual(removal.folders, [join(root, `.dist.removing-${process.pid}`), join(root, '.dist.removing-3')]);
  await removal.done;
  assert.deepEqual(readdirSync(root).sort(), ['dist-subpath', 'package.json']);
});

test('nothing to do without an output folder or leftovers', (t) => {
  const { dist } = project(t);
  rmSync(dist, { recursive: true });
  assert.equal(setAsideOutput(dist), undefined);
});

test('an output folder holding .git is left where it is for Astro', (t) => {
  const { dist } = project(t);
  mkdirSync(join(dist, '.git'));
  assert.equal(setAsideOutput(dist), undefined);
  assert.ok(existsSync(join(dist, 'index.html')));
});

test('an output folder that is a symbolic link is left where it is for Astro', (t) => {
  const { root, dist } = project(t);
  const link = join(root, 'site');
  symlinkSync(dist, link);
  assert.equal(setAsideOutput(link), undefined);
  assert.ok(existsSync(join(link, 'index.html')));
  assert.ok(existsSync(join(dist, 'index.html')));
});

test('a remover that prints a lot does not stall the removal', { timeout: 20_000 }, async (t) => {
  const { root, dist } = project(t);
  const script = "process.stdout.write('x'.repeat(1 << 20)); for (const d of process.argv.slice(1)) require('node:fs').rmSync(d, { recursive: true })";
  await setAsideOutput(dist, [process.execPath, '-e', script])!.done;
  assert.deepEqual(readdirSync(root).sort(), ['dist-subpath', 'package.json']);
});

test('a failed removal rejects naming the folders, the exit code and what the remover said', async (t) => {
  const { root, dist } = project(t);
  mkdirSync(join(root, '.dist.removing-7'));
  const removal = setAsideOutput(dist, [process.execPath, '-e', "process.stderr.write('EACCES: permission denied\\n'); process.exit(3)"])!;
  const aside = join(root, `.dist.removing-${process.pid}`);
  await assert.rejects(removal.done, (error: Error) => {
    assert.equal(error.message, `deleting the previous output failed (exit code 3): ${aside}, ${join(root, '.dist.removing-7')}. Delete the folders by hand.\nEACCES: permission denied`);
    return true;
  });
  assert.ok(existsSync(join(aside, 'index.html')), 'the stand-in deleted nothing');
});

test('a remover that says nothing, or is killed, still fails with the cause', async (t) => {
  const { root, dist } = project(t);
  const aside = join(root, `.dist.removing-${process.pid}`);
  await assert.rejects(setAsideOutput(dist, [process.execPath, '-e', 'process.exit(1)'])!.done, { message: `deleting the previous output failed (exit code 1): ${aside}. Delete the folders by hand.` });
  rmSync(aside, { recursive: true });
  mkdirSync(dist);
  await assert.rejects(setAsideOutput(dist, [process.execPath, '-e', "process.kill(process.pid, 'SIGKILL')"])!.done, { message: `deleting the previous output failed (SIGKILL): ${aside}. Delete the folders by hand.` });
});

test('a failure before anyone waits for the removal is not an unhandled rejection', async (t) => {
  const { root, dist } = project(t);
  const unhandled: unknown[] = [];
  const listener = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', listener);
  t.after(() => process.off('unhandledRejection', listener));
  const marker = join(root, 'exited');
  const removal = setAsideOutput(dist, [process.execPath, '-e', `require('node:fs').writeFileSync(${JSON.stringify(marker)}, ''); process.exit(2)`])!;
  while (!existsSync(marker)) await new Promise((resolve) => setTimeout(resolve, 10));
  await new Promise((resolve) => setTimeout(resolve, 300)); // the exit reaches the build
  assert.deepEqual(unhandled, []);
  await assert.rejects(removal.done, /exit code 2/);
});

test('a remover that cannot start rejects naming the folders, with the cause, and leaves the priority of the build alone', async (t) => {
  const { root, dist } = project(t);
  const before = getPriority();
  const program = join(root, 'no-such-program');
  mkdirSync(join(root, '.dist.removing-8'));
  const removal = setAsideOutput(dist, [program])!;
  await assert.rejects(removal.done, (error: Error) => {
    assert.equal(error.message, `could not start deleting the previous output (${join(root, `.dist.removing-${process.pid}`)}, ${join(root, '.dist.removing-8')}): spawn ${program} ENOENT`);
    assert.equal((error.cause as NodeJS.ErrnoException).code, 'ENOENT');
    return true;
  });
  assert.equal(getPriority(), before);
});
