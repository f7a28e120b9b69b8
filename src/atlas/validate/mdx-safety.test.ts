// Unit tests for mdx-safety.ts: MDX may not run code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkMdx } from './mdx-safety.ts';

const messages = (body: string) => checkMdx(body, 'content/x.mdx', 10).problems.map((p) => `${p.line}: ${p.message}`);

test('plain Markdown, wiki links and allowed components pass', () => {
  const body = 'Text mit [[zhipu]] und **fett**.\n\n<Zh>智谱</Zh> und <abbr title="Künstliche Intelligenz">KI</abbr><br />\n\n<FigureValue slug="large-models-registered-2025" />\n\n[Link](https://example.org)';
  assert.deepEqual(messages(body), []);
});

test('reports import and export with the file line', () => {
  assert.deepEqual(messages('import X from "y"'), ['10: import and export statements are not allowed in content']);
  assert.match(messages('Text\n\nexport const a = 1')[0]!, /^12: import and export/);
});

test('reports expressions, dangerous tags, handlers, code URLs and unknown components', () => {
  assert.match(messages('Wert {1+1}')[0]!, /JavaScript expressions/);
  for (const tag of ['script', 'iframe', 'object']) assert.match(messages(`<${tag}></${tag}>`)[0]!, new RegExp(`<${tag}> is not allowed`));
  assert.match(messages('<span onclick="x()">a</span>')[0]!, /event handler onclick/);
  assert.match(messages('[a](javascript:alert(1))')[0]!, /runs code/);
  assert.match(messages('[a](data:text/html,x)')[0]!, /runs code/);
  assert.match(messages('![Bild](https://example.com/x.png)')[0]!, /would be loaded from another site/);
  assert.deepEqual(messages('![Bild](/bilder/x.png)'), []);
  assert.match(messages('<Chart />')[0]!, /not an atlas component/);
  assert.match(messages('<span lang={x}>a</span>')[0]!, /JavaScript expression/);
  assert.match(messages('<span {...props}>a</span>')[0]!, /spread attributes/);
  assert.match(messages('<span style="color:red">a</span>')[0]!, /has no attribute "style"/);
});

test('reports a syntax error instead of throwing', () => {
  assert.match(messages('<span>unclosed')[0]!, /MDX syntax error/);
});

test('collects entry references of components, and requires a slug', () => {
  const { refs } = checkMdx('Wert: <FigureValue slug="haidian-area" />', 'x.mdx', 5);
  assert.deepEqual(refs, [{ slug: 'haidian-area', line: 5, collections: ['figures'], component: 'FigureValue' }]);
  assert.match(messages('<FigureValue />')[0]!, /needs slug=/);
});
