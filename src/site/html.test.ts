// Unit tests for html.ts: escaping text for HTML, and the visible text of a fragment.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml, htmlText } from './html.ts';

describe('escapeHtml', () => {
  test('escapes markup and both kinds of quotes as numeric references', () => {
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
  });

  test('leaves other text, including Chinese and umlauts, unchanged', () => {
    assert.equal(escapeHtml('Tsinghua-Universität 清华大学 – 100 %'), 'Tsinghua-Universität 清华大学 – 100 %');
    assert.equal(escapeHtml(''), '');
  });

  test('escapes an ampersand that already looks like an entity', () => {
    assert.equal(escapeHtml('&amp;'), '&#38;amp;');
  });
});

describe('htmlText', () => {
  test('extracts visible text, decoding entities once', () => {
    assert.equal(htmlText('<p>Zhipu &amp;amp; <b>智谱</b></p><script>x()</script>&#60;'), ' Zhipu &amp; 智谱 <');
  });

  test('drops scripts and styles with their content, in any case', () => {
    assert.equal(htmlText('a<SCRIPT type="module">let x = "<b>";</SCRIPT>b<style>.x{}</style>c'), 'a b c');
  });

  test('decodes the named entities nbsp, lt, gt and quot', () => {
    assert.equal(htmlText('1&nbsp;000 &lt;KEG&gt; &quot;GLM&quot;'), '1 000 <KEG> "GLM"');
  });

  test('decodes numeric references to any code point', () => {
    assert.equal(htmlText('&#26234;&#35889; &#39;x&#39;'), "智谱 'x'");
  });

  test('collapses runs of whitespace, line breaks included, into one space', () => {
    assert.equal(htmlText('<p>Zhipu\n\n  ist\t da</p>'), ' Zhipu ist da ');
  });

  test('round-trips escaped text', () => {
    const text = `Tang "Jie" <KEG> & 'Zhipu'`;
    assert.equal(htmlText(escapeHtml(text)), text);
  });
});
