// Plain-Markdown bodies are rendered directly (src/site/bodies.ts), the others compiled as MDX.
// For every body of the atlas the validation calls Markdown, Sätteri's Markdown reading gives
// the same tree as its MDX reading, so both routes render the same page; and the renderer
// applies the atlas's plugins (wiki links, Chinese runs, heading ids).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markdownToHast, mdxToHast } from 'satteri';
import { loadSite } from '../src/pipeline.ts';
import { mdxSource } from '../src/atlas/validate/mdx-safety.ts';
import { wikiLinkPlugin } from '../src/integrations/wikilink-plugin.ts';
import { zhLangPlugin } from '../src/integrations/zh-lang-plugin.ts';
import { markdownRenderer } from '../src/integrations/markdown-bodies.ts';
import { mdxBodyFiles } from '../src/site/bodies.ts';
import { root } from './lib/project.ts';

const atlas = loadSite(root, { gitDates: false }).atlas!;
const bodies = atlas.all.flatMap((e) => [e, ...Object.values(e.translations ?? {})]).filter((b) => b.body !== undefined && b.file.endsWith('.mdx'));
const features = { gfm: true, smartPunctuation: true };

test('most bodies are plain Markdown; the MDX compiler gets the two that use a component', () => {
  const markdown = bodies.filter((b) => b.bodyFormat === 'markdown');
  assert.ok(markdown.length >= 150, `${markdown.length} Markdown bodies`);
  // The registration policy shows a figure with <FigureValue />, in German and English (read in the files by hand).
  assert.deepEqual(mdxBodyFiles(atlas.all).sort(), ['content/policies/large-model-registration.en.mdx', 'content/policies/large-model-registration.mdx']);
});

test('every Markdown body reads the same as Markdown and as MDX', () => {
  for (const b of bodies.filter((x) => x.bodyFormat === 'markdown')) {
    const source = mdxSource(b.body!);
    assert.deepEqual(markdownToHast(source, { features, position: false }), mdxToHast(source, { features, position: false }), b.file);
  }
});

test('an indented line is why such a body is left to MDX: the two readings differ', () => {
  const source = 'Absatz\n\n    eingerückt';
  assert.notDeepEqual(markdownToHast(source, { features, position: false }), mdxToHast(source, { features, position: false }));
});

test('the renderer links wiki links, marks Chinese runs, gives headings ids and sets typography', () => {
  const render = markdownRenderer({
    root,
    mdastPlugins: [wikiLinkPlugin((slug) => (slug === 'zhipu' ? { href: '/atlas/unternehmen/zhipu/', title: 'Zhipu' } : undefined), root)],
    hastPlugins: [zhLangPlugin()],
    gfm: true,
    smartypants: true,
  });
  assert.equal(
    render('content/places/x.mdx', '## Die Firma\n\n[[zhipu]] (智谱) sagt "ja" -- und [[zhipu|die Firma]].\n').trim(),
    '<h2 id="die-firma">Die Firma</h2>\n<p><a href="/atlas/unternehmen/zhipu/" class="wikilink">Zhipu</a> (<span lang="zh">智谱</span>) sagt “ja” – und <a href="/atlas/unternehmen/zhipu/" class="wikilink">die Firma</a>.</p>',
  );
  assert.throws(() => render('content/places/x.mdx', 'Siehe [[nirgends]].'), /content\/places\/x\.mdx:1 {2}the wiki link \[\[nirgends\]\] points to no entry/);
});
