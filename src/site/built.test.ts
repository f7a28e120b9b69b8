// Unit tests for built.ts: where Astro writes the HTML of a directory route.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { builtPage } from './built.ts';

test('a directory path becomes its index.html inside the output folder', () => {
  assert.equal(builtPage('/srv/dist', '/karte/'), join('/srv/dist', 'karte', 'index.html'));
  assert.equal(builtPage('/srv/dist', '/en/companies/zhipu/'), join('/srv/dist', 'en', 'companies', 'zhipu', 'index.html'));
});

test('the root path is the index.html of the output folder', () => {
  assert.equal(builtPage('/srv/dist', '/'), join('/srv/dist', 'index.html'));
});

test('a path without slashes around it gives the same file', () => {
  assert.equal(builtPage('dist', 'karte'), join('dist', 'karte', 'index.html'));
});
