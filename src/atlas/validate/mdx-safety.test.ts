// Unit tests for mdx-safety.ts: MDX may not run code, load from other sites or link site paths;
// every problem names the file line and column.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { MDX_COMPONENTS, MDX_HTML, checkMdx, mdxSource } from './mdx-safety.ts';

const FILE = 'content/companies/x.mdx';
/** `line:column message` of every problem, for a body starting on file line 10. */
const messages = (body: string, options = {}) => checkMdx(body, FILE, 10, options).problems.map((p) => `${p.line}:${p.column} ${p.message}`);
const only = (body: string, options = {}) => {
  const { problems } = checkMdx(body, FILE, 10, options);
  assert.equal(problems.length, 1, JSON.stringify(problems, null, 2));
  assert.equal(problems[0]!.file, FILE);
  return problems[0]!;
};

describe('what passes', () => {
  test('plain Markdown, wiki links, allowed components and allowed HTML pass', () => {
    const body = [
      'Text mit [[zhipu]] und **fett**.',
      '',
      '<Zh>智谱</Zh> und <abbr title="Künstliche Intelligenz">KI</abbr><br />',
      '',
      '<FigureValue slug="large-models-registered-2025" />',
      '',
      '[Link](https://example.org) [Post](mailto:a@example.org) [alt](http://example.org) [Anker](#geschichte)',
      '',
      'H<sub>2</sub>O, x<sup>2</sup>, <small>klein</small>, <mark>wichtig</mark>, <kbd>Strg</kbd>, <span lang="zh">中关村</span>',
    ].join('\n');
    assert.deepEqual(messages(body), []);
  });

  test('accepts <br> written the HTML way, in any case and spacing', () => {
    assert.deepEqual(messages('Zeile<br>zwei<BR >drei<br/>vier<br />'), []);
  });

  test('accepts an image stored in public/, and scheme names in any case', () => {
    assert.deepEqual(messages('![Bild](/bilder/x.png)', { publicFileExists: (p: string) => p === '/bilder/x.png' }), []);
    assert.deepEqual(messages('[a](HTTPS://example.org)'), []);
  });

  test('lists the allowed components and HTML tags', () => {
    assert.deepEqual(Object.keys(MDX_COMPONENTS), ['Zh', 'FigureValue']);
    assert.deepEqual(Object.keys(MDX_HTML), ['br', 'sup', 'sub', 'abbr', 'small', 'mark', 'kbd', 'span']);
  });
});

describe('mdxSource', () => {
  test('closes <br> for JSX and leaves other tags and the line count unchanged', () => {
    assert.equal(mdxSource('a<br>b<BR  >c<br />d<bra>e\n<br>'), 'a<br />b<br />c<br />d<bra>e\n<br />');
    assert.equal(mdxSource('kein Umbruch'), 'kein Umbruch');
  });
});

describe('code is refused with line and column', () => {
  test('import and export, on the file line', () => {
    const p = only('import X from "y"');
    assert.deepEqual([p.line, p.column, p.message], [10, 1, 'import and export statements are not allowed in content']);
    assert.equal(p.fix, 'remove the line; the atlas components (Zh, FigureValue) work without import');
    assert.deepEqual(messages('Text\n\nexport const a = 1'), ['12:1 import and export statements are not allowed in content']);
  });

  test('expressions in curly braces, quoting the expression', () => {
    const p = only('Wert {1+1}');
    assert.deepEqual([p.line, p.column], [10, 6]);
    assert.equal(p.message, 'JavaScript expressions in curly braces are not allowed: {1+1}');
    assert.equal(p.fix, 'write plain text; to show a brace literally, write \\{ and \\}');
  });

  test('dangerous tags', () => {
    for (const tag of ['script', 'iframe', 'object', 'style', 'img']) {
      const p = only(`<${tag}></${tag}>`);
      assert.equal(p.message, `<${tag}> is not allowed in content`, tag);
      assert.equal(p.fix, 'remove it; content may use only Zh, FigureValue and the HTML tags br, sup, sub, abbr, small, mark, kbd, span');
    }
  });

  test('event handlers, with the column of the element', () => {
    assert.deepEqual(messages('Text\n\nZeile mit <span onclick="x()">a</span>'), ['12:11 the event handler onclick on <span> runs code and is not allowed']);
  });

  test('attribute expressions and spread attributes', () => {
    assert.equal(only('<span lang={x}>a</span>').message, 'the attribute lang on <span> is a JavaScript expression');
    assert.equal(only('<span lang={x}>a</span>').fix, 'write it as lang="text"');
    assert.equal(only('<span {...props}>a</span>').message, 'spread attributes {…} are not allowed on <span>');
  });

  test('attributes the tag does not have, listing the allowed ones or saying there are none', () => {
    const style = only('<span style="color:red">a</span>');
    assert.equal(style.message, '<span> has no attribute "style"');
    assert.equal(style.fix, 'use only lang');
    const zh = only('<Zh lang="zh">智</Zh>');
    assert.equal(zh.message, '<Zh> has no attribute "lang"');
    assert.equal(zh.fix, 'remove the attribute');
  });

  test('unknown components, pointing to wiki links', () => {
    const p = only('<Chart />');
    assert.equal(p.message, '<Chart> is not an atlas component');
    assert.equal(p.fix, 'use only Zh, FigureValue and the HTML tags br, sup, sub, abbr, small, mark, kbd, span; links to entries are wiki links like [[zhipu]]');
    assert.equal(only('<div>x</div>').message, '<div> is not an atlas component');
  });

  test('names a fragment <>…</> readably', () => {
    assert.equal(only('<>x</>').message, 'the fragment <>…</> is not an atlas component');
  });
});

describe('links and images', () => {
  test('links that run code or embed data', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd']) {
      const p = only(`[a](${url})`);
      assert.equal(p.message, `the link target "${url}" runs code or embeds data`, url);
      assert.equal(p.fix, 'link to an https:// address, or to a page of the atlas with a wiki link like [[zhipu]]');
    }
  });

  test('a link definition is checked like a link', () => {
    assert.deepEqual(messages('[a]: javascript:alert(1)\n\nText [a].'), ['10:1 the link target "javascript:alert(1)" runs code or embeds data']);
  });

  test('a protocol-relative link: the fix writes the full address', () => {
    const p = only('Siehe [a](//example.com/x)');
    assert.deepEqual([p.line, p.column], [10, 7]);
    assert.equal(p.message, 'the link target "//example.com/x" leaves out the protocol');
    assert.equal(p.fix, 'write the full address with https:, e.g. https://example.com/x');
  });

  test('a link to a path of the site: wiki links instead', () => {
    const p = only('[Zhipu](/unternehmen/zhipu/)');
    assert.equal(p.message, 'the link target "/unternehmen/zhipu/" is a path of the site, which changes when the site moves or is translated');
    assert.equal(p.fix, 'link entries with a wiki link like [[zhipu]]');
  });

  test('shows at most 60 characters of a long address', () => {
    const url = `javascript:${'a'.repeat(100)}`;
    assert.equal(only(`[a](${url})`).message, `the link target "${url.slice(0, 60)}" runs code or embeds data`);
  });

  test('images from another site, also protocol-relative', () => {
    for (const url of ['https://example.com/x.png', '//cdn.example.com/x.png', 'data:image/png;base64,AAAA']) {
      const p = only(`![Bild](${url})`);
      assert.equal(p.message, `the image "${url}" would be loaded from another site (or run code)`, url);
      assert.equal(p.fix, 'store the image in public/bilder/ (with its licence) and write its site path, e.g. ![Beschreibung](/bilder/x.png)');
    }
  });

  test('reference-style images are checked at the image with the address of their definition', () => {
    assert.deepEqual(messages('Text\n\n![Logo][Logo]\n\n[logo]: https://cdn.example.com/x.png'), [
      '12:1 the image "https://cdn.example.com/x.png" would be loaded from another site (or run code)',
    ]);
    // A definition only images use is judged as an image, once, where the image is.
    assert.deepEqual(messages('![Logo][l]\n\n[l]: //cdn.example.com/x.png'), ['10:1 the image "//cdn.example.com/x.png" would be loaded from another site (or run code)']);
    // Used by a link and an image: judged as both.
    assert.deepEqual(messages('![Logo][l] [Logo][l]\n\n[l]: //cdn.example.com/x.png'), [
      '10:1 the image "//cdn.example.com/x.png" would be loaded from another site (or run code)',
      '12:1 the link target "//cdn.example.com/x.png" leaves out the protocol',
    ]);
    assert.deepEqual(messages('![Logo][l]\n\n[l]: bild.png'), ['10:1 the image path "bild.png" is relative; images are served from public/']);
    assert.deepEqual(messages('![Logo][l]\n\n[l]: /bilder/x.png', { publicFileExists: (p: string) => p === '/bilder/x.png' }), []);
    // A link to the same definition stays a link.
    assert.deepEqual(messages('[Logo][l]\n\n[l]: https://example.com/'), []);
  });

  test('relative images: the fix names the site path of the file', () => {
    const relative = only('![Bild](bild.png)');
    assert.equal(relative.message, 'the image path "bild.png" is relative; images are served from public/');
    assert.equal(relative.fix, 'put the file in public/bilder/ and write ![Beschreibung](/bilder/bild.png)');
    assert.equal(only('![Bild](../../public/bilder/x.png)').fix, 'put the file in public/bilder/ and write ![Beschreibung](/bilder/x.png)');
    assert.equal(only('![Bild](./x.png)').fix, 'put the file in public/bilder/ and write ![Beschreibung](/bilder/x.png)');
  });

  test('an image path that does not exist in public/, ignoring query and fragment', () => {
    const exists = (p: string) => p === '/bilder/x.png';
    const p = only('Text\n\n![Bild](/bilder/y.png?v=1)', { publicFileExists: exists });
    assert.deepEqual([p.line, p.column], [12, 1]);
    assert.equal(p.message, 'the image "/bilder/y.png?v=1" does not exist: there is no file public/bilder/y.png');
    assert.equal(p.fix, 'add the file to public/ (with its licence), or correct the path');
    assert.deepEqual(messages('![Bild](/bilder/x.png#a)', { publicFileExists: exists }), []);
  });

  test('does not look for image files when no check is given', () => {
    assert.deepEqual(messages('![Bild](/bilder/nowhere.png)'), []);
  });
});

describe('syntax errors', () => {
  test('are reported with the file line and column instead of throwing', () => {
    const p = only('Text\n\nWert {');
    assert.equal(p.line, 12);
    assert.equal(p.column, 6);
    assert.match(p.message, /^MDX syntax error: /);
    assert.equal(p.fix, 'check for a stray "<", "{" or "}" in the text; write them as \\< \\{ \\} to show them literally');
  });

  test('an unclosed tag gets a fix naming the tag', () => {
    const p = only('<span>unclosed');
    assert.match(p.message, /^MDX syntax error: Expected a closing tag for `<span>`/);
    assert.equal(p.fix, 'close the tag: write </span> after its text, or <span /> for a tag without content');
  });

  test('an HTML comment is a syntax error', () => {
    const p = only('Text <!-- Kommentar -->');
    assert.deepEqual([p.line, p.column], [10, 6]);
    assert.match(p.message, /^MDX syntax error: /);
  });
});

describe('component references', () => {
  test('are collected with line, column, collections and component', () => {
    const { problems, refs } = checkMdx('Text\n\n  Wert: <FigureValue slug="haidian-area" />', 'x.mdx', 5);
    assert.deepEqual(problems, []);
    assert.deepEqual(refs, [{ slug: 'haidian-area', line: 7, column: 9, collections: ['figures'], component: 'FigureValue' }]);
  });

  test('count lines from 1 when the body start is not given', () => {
    assert.deepEqual(checkMdx('<FigureValue slug="a" />', 'x.mdx').refs.map((r) => [r.line, r.column]), [[1, 1]]);
  });

  test('need a slug-shaped slug attribute', () => {
    for (const body of ['<FigureValue />', '<FigureValue slug="Bad Slug" />']) {
      const p = only(body);
      assert.equal(p.message, '<FigureValue> needs slug="…" with the slug of an entry of figures');
      assert.equal(p.fix, 'e.g. <FigureValue slug="large-models-registered-2025" />');
      assert.deepEqual(checkMdx(body, FILE, 10).refs, []);
    }
  });

  test('are still collected when another attribute is refused', () => {
    const { problems, refs } = checkMdx('<FigureValue slug="x" extra="1" />', FILE, 10);
    assert.deepEqual(problems.map((p) => [p.message, p.fix]), [['<FigureValue> has no attribute "extra"', 'use only slug']]);
    assert.deepEqual(refs.map((r) => r.slug), ['x']);
  });
});

describe('HTML comments', () => {
  test('are refused with a fix that does not suggest an MDX comment (the atlas refuses expressions)', () => {
    const { problems } = checkMdx('Text.\n\n<!-- Anmerkung -->\n\nMehr.\n', 'content/companies/x.mdx', 10);
    assert.deepEqual(problems.map((p) => [p.line, p.column, p.fix]), [[12, 1, 'remove the HTML comment <!-- … -->: MDX has no comments; notes for editors belong in the frontmatter as YAML comments (# …)']]);
    assert.doesNotMatch(problems[0]!.message, /\{\/\*/);
  });
});

describe('syntax error messages', () => {
  test('give the file line and column past line 9 and column 9, without the parser position and rule name', () => {
    const p = only(`${'x\n'.repeat(11)}Ein langer Satz: {`);
    assert.deepEqual([p.line, p.column], [21, 18]);
    assert.equal(p.message, 'MDX syntax error: Unexpected end of file in expression, expected a corresponding closing brace for `{`');
  });

  test("drop the parser's hint at {/* */} comments, which the atlas refuses", () => {
    assert.equal(
      only('Text <!-- Kommentar -->').message,
      'MDX syntax error: Unexpected character `!` (U+0021) before name, expected a character that can start a name, such as a letter, `$`, or `_`',
    );
  });

  test('the comment fix only for a comment: not for <!DOCTYPE>, nor for another error in a body with a comment', () => {
    const stray = 'check for a stray "<", "{" or "}" in the text; write them as \\< \\{ \\} to show them literally';
    assert.equal(only('<!DOCTYPE html>').fix, stray);
    assert.equal(only('Wert {\n\n<!-- x -->').fix, stray);
  });
});

describe('more constructs refused or allowed', () => {
  test('an expression on a line of its own, like one in the text', () => {
    assert.deepEqual(messages('{1+1}'), ['10:1 JavaScript expressions in curly braces are not allowed: {1+1}']);
  });

  test('quotes at most 40 characters of a long expression', () => {
    assert.equal(only(`Text {${'a'.repeat(50)}}`).message, `JavaScript expressions in curly braces are not allowed: {${'a'.repeat(40)}}`);
  });

  test('a spread attribute: the fix says how to write attributes', () => {
    assert.equal(only('<span {...props}>a</span>').fix, 'write each attribute as name="value"');
  });

  test('an event handler: the fix removes it', () => {
    assert.equal(only('<abbr onmouseover="x()" title="KI">KI</abbr>').fix, 'remove the attribute');
  });

  test('an attribute that merely contains "on" is no event handler', () => {
    assert.equal(only('<span content="x">a</span>').message, '<span> has no attribute "content"');
  });

  test('an allowed attribute without a value passes', () => {
    assert.deepEqual(messages('<abbr title>KI</abbr>'), []);
  });

  test('tags without attributes: any attribute is to be removed', () => {
    for (const tag of ['sup', 'sub', 'small', 'mark', 'kbd']) {
      const p = only(`<${tag} class="x">a</${tag}>`);
      assert.deepEqual([p.message, p.fix], [`<${tag}> has no attribute "class"`, 'remove the attribute'], tag);
    }
    const br = only('Zeile<br class="x" />zwei');
    assert.deepEqual([br.message, br.fix], ['<br> has no attribute "class"', 'remove the attribute']);
  });

  test('the slug of a component is read from its slug attribute, not from another one before it', () => {
    const { problems, refs } = checkMdx('<FigureValue extra="Hallo Welt" slug="x" />', FILE, 10);
    assert.deepEqual(problems.map((p) => p.message), ['<FigureValue> has no attribute "extra"']);
    assert.deepEqual(refs.map((r) => r.slug), ['x']);
  });
});

describe('more links', () => {
  test('a link to a site path without a trailing slash, and a relative link, which is no site path', () => {
    assert.deepEqual(messages('[Zhipu](/unternehmen/zhipu)'), ['10:1 the link target "/unternehmen/zhipu" is a path of the site, which changes when the site moves or is translated']);
    assert.deepEqual(messages('[Zhipu](zhipu/)'), []);
  });

  test('a colon or two slashes later in a site path is no scheme', () => {
    assert.deepEqual(messages('[Suche](/suche/?q=zhipu:ai)'), ['10:1 the link target "/suche/?q=zhipu:ai" is a path of the site, which changes when the site moves or is translated']);
    assert.deepEqual(messages('![Bild](/bilder//x.png)', { publicFileExists: () => true }), []);
  });

  test('a protocol-relative address in angle brackets with a space: the fix writes it without the space', () => {
    const p = only('[a](< //example.com/x>)');
    assert.equal(p.message, 'the link target " //example.com/x" leaves out the protocol');
    assert.equal(p.fix, 'write the full address with https:, e.g. https://example.com/x');
  });
});

describe('body format: what the build renders directly as Markdown', () => {
  /** [body, format, why], checked in order. */
  const CASES: Array<[string, 'markdown' | 'mdx', string]> = [
    ['Zhipu kommt aus [[tsinghua-keg]], siehe [die Quelle](https://example.org).\n\n## Geschichte\n\n- *eins*\n- **zwei**\n\n| a | b |\n|---|---|\n| 1 | 2 |\n', 'markdown', 'prose, lists, headings, tables, links, wiki links'],
    ['智谱 in Haidian: „Zitat“ – 2,6 Prozent.', 'markdown', 'Chinese and typography'],
    ['', 'markdown', 'an empty body'],
    ['Zwei    Leerzeichen im Satz', 'markdown', 'four spaces inside a line'],
    ['   drei Leerzeichen\n\n - Liste\n   weiter', 'markdown', 'up to three spaces of indentation'],
    ['Der Name <Zh>智谱</Zh>.', 'mdx', 'a component'],
    ['<FigureValue slug="large-models-registered-2025" /> Modelle.', 'mdx', 'a component in a line'],
    ['Absatz\n\n<FigureValue slug="large-models-registered-2025" />\n\nAbsatz', 'mdx', 'a component on its own line (a block)'],
    ['Zeile<br>Zeile', 'mdx', 'an HTML tag written the HTML way'],
    ['H<sub>2</sub>O', 'mdx', 'an HTML tag'],
    ['![Logo](/bilder/logo.png)', 'mdx', 'an image (MDX makes it an image component)'],
    ['![Logo][logo]\n\n[logo]: /bilder/logo.png', 'mdx', 'a reference-style image'],
    ['Absatz\n\n    eingerückt', 'mdx', 'a line indented by spaces (code in Markdown, text in MDX)'],
    ['Absatz\n\n\teingerückt', 'mdx', 'a line indented by a tab'],
    ['Text {1 + 1}', 'mdx', 'an expression (refused, and not Markdown)'],
    ['{1 + 1}', 'mdx', 'an expression on its own line'],
    ['import x from "y"', 'mdx', 'an import'],
    ['Text <unclosed', 'mdx', 'a syntax error'],
  ];
  test('plain Markdown is rendered directly; components, HTML, images, indented lines and errors go to MDX', () => {
    assert.deepEqual(
      CASES.map(([body]) => checkMdx(body, FILE, 10).format),
      CASES.map(([, format]) => format),
      CASES.map(([, , why]) => why).join('; '),
    );
  });
});
