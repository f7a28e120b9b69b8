// Unit tests for html.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml, htmlText } from './html.ts';

test('escapes markup and quotes', () => {
  assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
});

test('extracts visible text, decoding entities once', () => {
  assert.equal(htmlText('<p>Zhipu &amp;amp; <b>智谱</b></p><script>x()</script>&#60;'), ' Zhipu &amp; 智谱 <');
});

test('round-trips escaped text', () => {
  const text = `Tang "Jie" <KEG> & 'Zhipu'`;
  assert.equal(htmlText(escapeHtml(text)), text);
});
