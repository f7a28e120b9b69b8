// Unit tests for bodies.ts: which bodies go to the MDX compiler, and the published Markdown renderer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ENTRY_BODIES_MODULE, markdownBodyHtml, mdxBodyFiles, publishMarkdownRenderer } from './bodies.ts';
import type { Entry } from '../atlas/build/atlas.ts';

const entry = (file: string, body: string | undefined, bodyFormat: 'markdown' | 'mdx' | undefined, translations: Record<string, { file: string; body?: string; bodyFormat?: 'markdown' | 'mdx' }> = {}) =>
  ({ collection: 'companies', slug: file, file, data: {}, ...(body !== undefined ? { body } : {}), ...(bodyFormat ? { bodyFormat } : {}), translations }) as unknown as Entry;

test('the MDX compiler gets every entry and translation body that is not plain Markdown, and nothing without a body', () => {
  const entries = [
    entry('content/companies/a.mdx', 'Text', 'markdown', { en: { file: 'content/companies/a.en.mdx', body: '<Zh>智谱</Zh>', bodyFormat: 'mdx' } }),
    entry('content/companies/b.mdx', '<Zh>智谱</Zh>', 'mdx', { en: { file: 'content/companies/b.en.mdx', body: 'Text', bodyFormat: 'markdown' } }),
    entry('content/companies/c.mdx', 'Text', undefined),
    entry('content/companies/d.mdx', undefined, undefined),
    entry('content/figures/e.yaml', 'not a body file', 'mdx'),
  ];
  assert.deepEqual(mdxBodyFiles(entries), ['content/companies/a.en.mdx', 'content/companies/b.mdx', 'content/companies/c.mdx']);
  assert.deepEqual(mdxBodyFiles([]), []);
});

test('without a published renderer, a Markdown body names the integration', () => {
  (globalThis as unknown as Record<symbol, unknown>)[Symbol.for('haidian-atlas.markdown-renderer')] = undefined;
  assert.throws(() => markdownBodyHtml(entry('content/companies/a.mdx', 'Text', 'markdown')), /no Markdown renderer: the atlas integration/);
});

test('a Markdown body goes to the published renderer with its file; an MDX body is refused', () => {
  const calls: string[] = [];
  publishMarkdownRenderer((file, body) => {
    calls.push(`${file}|${body}`);
    return `<p>${body}</p>`;
  });
  assert.equal(markdownBodyHtml(entry('content/companies/a.en.mdx', 'Hello', 'markdown')), '<p>Hello</p>');
  assert.deepEqual(calls, ['content/companies/a.en.mdx|Hello']);
  assert.throws(() => markdownBodyHtml(entry('content/companies/b.mdx', '<Zh>x</Zh>', 'mdx')), /content\/companies\/b\.mdx: the body is not plain Markdown \(bodyFormat mdx\)/);
  assert.throws(() => markdownBodyHtml(entry('content/companies/c.mdx', 'Text', undefined)), /bodyFormat unset/);
  assert.throws(() => markdownBodyHtml(entry('content/companies/d.mdx', undefined, 'markdown')), /not plain Markdown/);
  assert.equal(calls.length, 1);
});

test('the pages find the renderer under its registered symbol and import the MDX loaders by the module id', () => {
  const render = () => '';
  publishMarkdownRenderer(render);
  assert.equal((globalThis as unknown as Record<symbol, unknown>)[Symbol.for('haidian-atlas.markdown-renderer')], render);
  assert.equal(ENTRY_BODIES_MODULE, 'virtual:atlas/entry-bodies');
  assert.match(readFileSync(new URL('../views/EntryView.astro', import.meta.url), 'utf8'), /import \{ ENTRY_BODIES \} from 'virtual:atlas\/entry-bodies';/);
});
