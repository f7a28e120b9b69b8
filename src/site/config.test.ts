// Unit tests for config.ts: the deploy address split into origin and base path, and settings from the environment.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseSiteUrl } from './config.ts';

type ConfigModule = typeof import('./config.ts');

const VARIABLES = ['ATLAS_SITE_URL', 'ATLAS_REPO_URL', 'ATLAS_REPO_BRANCH', 'ATLAS_TILE_URL', 'ATLAS_TILE_ATTRIBUTION', 'ATLAS_TILE_ATTRIBUTION_URL', 'ATLAS_TILE_PROVIDER', 'ATLAS_TILE_MAX_ZOOM'];

/** A fresh copy of config.ts, read with exactly the given environment variables set. */
async function configWith(vars: Record<string, string>, tag: string): Promise<ConfigModule> {
  for (const name of VARIABLES) delete process.env[name];
  Object.assign(process.env, vars);
  // A distinct query gives a new module instance, so SITE is read again.
  const module: ConfigModule = await import(`./config.ts?${tag}`);
  for (const name of VARIABLES) delete process.env[name];
  return module;
}

describe('parseSiteUrl', () => {
  test('splits a GitHub Pages project address into origin and base', () => {
    assert.deepEqual(parseSiteUrl('https://owner.github.io/atlas'), { origin: 'https://owner.github.io', base: '/atlas/' });
  });

  test('a trailing slash makes no difference', () => {
    assert.deepEqual(parseSiteUrl('https://owner.github.io/atlas/'), { origin: 'https://owner.github.io', base: '/atlas/' });
  });

  test('a site at the root of its host has the base /', () => {
    assert.deepEqual(parseSiteUrl('https://haidian-atlas.example.org/'), { origin: 'https://haidian-atlas.example.org', base: '/' });
    assert.deepEqual(parseSiteUrl('https://haidian-atlas.example.org'), { origin: 'https://haidian-atlas.example.org', base: '/' });
  });

  test('keeps http, the port and several path segments', () => {
    assert.deepEqual(parseSiteUrl('http://localhost:4321/'), { origin: 'http://localhost:4321', base: '/' });
    assert.deepEqual(parseSiteUrl('https://example.org/a/b'), { origin: 'https://example.org', base: '/a/b/' });
  });

  test('collapses repeated slashes in the path', () => {
    assert.deepEqual(parseSiteUrl('https://example.org//atlas//'), { origin: 'https://example.org', base: '/atlas/' });
  });

  test('lowercases the host and drops the default port', () => {
    assert.deepEqual(parseSiteUrl('https://Owner.GitHub.io:443/atlas'), { origin: 'https://owner.github.io', base: '/atlas/' });
  });

  test(
    'keeps a path with a space or an umlaut encoded once',
    () => {
      assert.equal(parseSiteUrl('https://example.org/mein atlas/').base, '/mein%20atlas/');
      assert.equal(parseSiteUrl('https://example.org/ätlas/').base, '/%C3%A4tlas/');
    },
  );

  test('refuses an address without a scheme, naming ATLAS_SITE_URL and showing the value', () => {
    assert.throws(
      () => parseSiteUrl('owner.github.io/atlas'),
      (error: Error) => error.message === 'ATLAS_SITE_URL="owner.github.io/atlas" is not an absolute address; write it like https://example.org/ or https://owner.github.io/atlas/',
    );
    assert.throws(() => parseSiteUrl(''), /^Error: ATLAS_SITE_URL="" is not an absolute address/);
  });

  test('refuses schemes other than http and https', () => {
    assert.throws(() => parseSiteUrl('ftp://example.org/atlas/'), (error: Error) => error.message === 'ATLAS_SITE_URL="ftp://example.org/atlas/" must start with https:// or http://');
    assert.throws(() => parseSiteUrl('file:///srv/atlas/'), /must start with https:\/\/ or http:\/\//);
  });

  test('refuses a query or a fragment', () => {
    assert.throws(() => parseSiteUrl('https://example.org/atlas/?lang=de'), (error: Error) => error.message === 'ATLAS_SITE_URL="https://example.org/atlas/?lang=de" may not carry a query or fragment');
    assert.throws(() => parseSiteUrl('https://example.org/atlas/#top'), /may not carry a query or fragment/);
  });

  test('names the variable it was given', () => {
    assert.throws(() => parseSiteUrl('nowhere', 'PREVIEW_URL'), /^Error: PREVIEW_URL="nowhere" is not an absolute address/);
    assert.throws(() => parseSiteUrl('ftp://x.org/', 'PREVIEW_URL'), /^Error: PREVIEW_URL="ftp:\/\/x.org\/" must start/);
  });
});

describe('SITE and editUrl', () => {
  test('without environment variables the site is at the root of haidian-atlas.example.org, with OpenStreetMap tiles', async () => {
    const { SITE, editUrl } = await configWith({}, 'defaults');
    assert.equal(SITE.origin, 'https://haidian-atlas.example.org');
    assert.equal(SITE.base, '/');
    assert.equal(SITE.repoUrl, 'https://github.com/haidian-atlas/haidian-atlas');
    assert.equal(SITE.repoBranch, 'main');
    assert.deepEqual(SITE.tiles, {
      url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      attribution: '© OpenStreetMap contributors',
      attributionUrl: 'https://www.openstreetmap.org/copyright',
      provider: 'OpenStreetMap',
      maxZoom: 19,
    });
    assert.equal(editUrl('content/companies/zhipu.mdx'), 'https://github.com/haidian-atlas/haidian-atlas/edit/main/content/companies/zhipu.mdx');
  });

  test('every setting can be overridden, values are trimmed, and blank values count as unset', async () => {
    const { SITE, editUrl } = await configWith(
      {
        ATLAS_SITE_URL: ' https://owner.github.io/atlas ',
        ATLAS_REPO_URL: 'https://github.com/owner/fork/',
        ATLAS_REPO_BRANCH: ' preview ',
        ATLAS_TILE_URL: 'https://{s}.tiles.example.org/{z}/{x}/{y}.png',
        ATLAS_TILE_ATTRIBUTION: '© Beispiel',
        ATLAS_TILE_ATTRIBUTION_URL: 'https://tiles.example.org/licence',
        ATLAS_TILE_PROVIDER: '   ',
        ATLAS_TILE_MAX_ZOOM: '17',
      },
      'overridden',
    );
    assert.equal(SITE.origin, 'https://owner.github.io');
    assert.equal(SITE.base, '/atlas/');
    assert.equal(SITE.repoBranch, 'preview');
    assert.equal(SITE.tiles.url, 'https://{s}.tiles.example.org/{z}/{x}/{y}.png');
    assert.equal(SITE.tiles.attribution, '© Beispiel');
    assert.equal(SITE.tiles.attributionUrl, 'https://tiles.example.org/licence');
    assert.equal(SITE.tiles.provider, 'OpenStreetMap');
    assert.equal(SITE.tiles.maxZoom, 17);
    assert.equal(editUrl('content/places/x.mdx'), 'https://github.com/owner/fork/edit/preview/content/places/x.mdx', 'the trailing slash of the repository is not doubled');
  });

  test('a bad ATLAS_SITE_URL stops the build with the variable named', async () => {
    await assert.rejects(configWith({ ATLAS_SITE_URL: 'atlas.example.org' }, 'bad'), /ATLAS_SITE_URL="atlas.example.org" is not an absolute address/);
  });
});
