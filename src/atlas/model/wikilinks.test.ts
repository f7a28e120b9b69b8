// Unit tests for wikilinks.ts: finding [[slug]] and [[slug|label]] links, splitting text around them, line numbers.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { lineOf, maskCode, parseWikiLinks, splitWikiLinks } from './wikilinks.ts';

describe('parseWikiLinks', () => {
  test('finds a bare link', () => {
    assert.deepEqual(parseWikiLinks('Siehe [[zhipu]].'), [{ target: 'zhipu', raw: '[[zhipu]]', index: 6 }]);
  });

  test('finds a link with a label', () => {
    assert.deepEqual(parseWikiLinks('[[zhipu|Zhipu AI]]'), [{ target: 'zhipu', label: 'Zhipu AI', raw: '[[zhipu|Zhipu AI]]', index: 0 }]);
  });

  test('has no label property for a bare link', () => {
    const [link] = parseWikiLinks('[[zhipu]]');
    assert.equal(Object.hasOwn(link!, 'label'), false);
  });

  test('finds several links in order, with their offsets', () => {
    const text = 'Aus der [[tsinghua-keg|KEG]] der [[tsinghua-university]], geleitet von [[tang-jie|Tang Jie]].';
    const links = parseWikiLinks(text);
    assert.deepEqual(links.map((l) => l.target), ['tsinghua-keg', 'tsinghua-university', 'tang-jie']);
    assert.deepEqual(links.map((l) => l.label), ['KEG', undefined, 'Tang Jie']);
    for (const link of links) assert.equal(text.slice(link.index, link.index + link.raw.length), link.raw);
  });

  test('finds two links that touch each other', () => {
    assert.deepEqual(parseWikiLinks('[[a]][[b]]').map((l) => [l.target, l.index]), [['a', 0], ['b', 5]]);
  });

  test('trims whitespace around target and label but keeps the raw text', () => {
    const [link] = parseWikiLinks('[[  zhipu  |  Zhipu AI  ]]');
    assert.equal(link!.target, 'zhipu');
    assert.equal(link!.label, 'Zhipu AI');
    assert.equal(link!.raw, '[[  zhipu  |  Zhipu AI  ]]');
  });

  test('drops a label that is only whitespace', () => {
    const [link] = parseWikiLinks('[[zhipu|   ]]');
    assert.equal(link!.target, 'zhipu');
    assert.equal(link!.label, undefined);
  });

  test('does not match across a newline', () => {
    assert.deepEqual(parseWikiLinks('[[zhi\npu]]'), []);
    assert.deepEqual(parseWikiLinks('[[zhipu|Zhipu\nAI]]'), []);
  });

  test('ignores single brackets and unclosed links', () => {
    assert.deepEqual(parseWikiLinks('[zhipu] and [zhipu](/unternehmen/zhipu/)'), []);
    assert.deepEqual(parseWikiLinks('[[zhipu] and [zhipu]]'), []);
    assert.deepEqual(parseWikiLinks('[[zhipu'), []);
    assert.deepEqual(parseWikiLinks('[[]]'), []);
  });

  test('finds the inner link inside extra brackets', () => {
    const links = parseWikiLinks('[[[zhipu]]]');
    assert.equal(links.length, 1);
    assert.equal(links[0]!.target, 'zhipu');
    assert.equal(links[0]!.index, 1);
  });

  test('keeps a second pipe as part of the label', () => {
    assert.equal(parseWikiLinks('[[zhipu|a|b]]')[0]!.label, 'a|b');
  });

  test('returns nothing for text without links', () => {
    assert.deepEqual(parseWikiLinks('Kein Link hier.'), []);
    assert.deepEqual(parseWikiLinks(''), []);
  });

  test('can be called repeatedly (no leftover regex state)', () => {
    const text = 'x [[a]] y [[b]]';
    assert.equal(parseWikiLinks(text).length, 2);
    assert.equal(parseWikiLinks(text).length, 2);
  });
});

describe('splitWikiLinks', () => {
  const rebuild = (text: string) =>
    splitWikiLinks(text).map((s) => (s.type === 'text' ? s.value : s.link.raw)).join('');

  test('splits text and links in order', () => {
    const segments = splitWikiLinks('Siehe [[zhipu|Zhipu AI]] und [[tang-jie]].');
    assert.deepEqual(segments.map((s) => s.type), ['text', 'link', 'text', 'link', 'text']);
    assert.deepEqual(segments[0], { type: 'text', value: 'Siehe ' });
    assert.equal(segments[1]!.type === 'link' && segments[1]!.link.label, 'Zhipu AI');
    assert.deepEqual(segments[2], { type: 'text', value: ' und ' });
    assert.equal(segments[3]!.type === 'link' && segments[3]!.link.target, 'tang-jie');
    assert.deepEqual(segments[4], { type: 'text', value: '.' });
  });

  test('reassembles exactly the original text', () => {
    for (const text of [
      'Siehe [[zhipu|Zhipu AI]] und [[tang-jie]].',
      '[[a]][[b]]',
      '[[  spaced  ]] and [single] and [[broken\nlink]]',
      'Zeile 1\nZeile 2 mit [[zhipu]]\n',
      'no links',
    ]) {
      assert.equal(rebuild(text), text, JSON.stringify(text));
    }
  });

  test('emits no empty text segments at the edges or between adjacent links', () => {
    const segments = splitWikiLinks('[[a]][[b]]');
    assert.deepEqual(segments.map((s) => s.type), ['link', 'link']);
  });

  test('returns a single text segment when there is no link, and nothing for empty text', () => {
    assert.deepEqual(splitWikiLinks('plain'), [{ type: 'text', value: 'plain' }]);
    assert.deepEqual(splitWikiLinks(''), []);
  });
});

describe('lineOf', () => {
  const text = 'first\nsecond\nthird [[x]]';

  test('is 1 at the start of the text', () => {
    assert.equal(lineOf(text, 0), 1);
  });

  test('counts the newlines before the offset', () => {
    assert.equal(lineOf(text, text.indexOf('second')), 2);
    assert.equal(lineOf(text, text.indexOf('[[x]]')), 3);
  });

  test('puts the newline character itself on the line it ends', () => {
    assert.equal(lineOf(text, text.indexOf('\n')), 1);
    assert.equal(lineOf(text, text.indexOf('\n') + 1), 2);
  });

  test('agrees with parseWikiLinks offsets', () => {
    const body = '\nAbsatz eins.\n\nAbsatz zwei mit [[zhipu]].\n';
    assert.equal(lineOf(body, parseWikiLinks(body)[0]!.index), 4);
  });

  test('does not count past the end of the text', () => {
    assert.equal(lineOf('a\nb', 100), 2);
  });
});

describe('code is not linked', () => {
  test('wiki links inside inline code or fenced code are ignored', () => {
    const text = 'Schreiben Sie `[[zhipu]]` so.\n\n```\n[[tang-jie]]\n```\n\nAber [[baai]] ist ein Link.';
    assert.deepEqual(parseWikiLinks(text).map((l) => l.target), ['baai']);
  });
  test('maskCode keeps the length and line breaks', () => {
    const text = 'a `b` c\n```\nx\n```';
    assert.equal(maskCode(text).length, text.length);
    assert.equal(maskCode(text).split('\n').length, text.split('\n').length);
  });
});
