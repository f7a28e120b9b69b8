// Unit tests for text.ts: the invisible bidirectional controls ("Trojan Source") are refused in every string
// field, however deep, and in the body, each at its line and column with its code point and Unicode name.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from './text.ts';
import type { Position } from '../read/yaml.ts';

const FILE = 'content/companies/zhipu.mdx';
const FIX = 'remove it; right-to-left text needs no control characters';
/** Each field path sits on its own line: 10 + the number of path parts, column = 1 + the length of the last key. */
const positionOf = (path: ReadonlyArray<PropertyKey>): Position => ({ line: 10 + path.length, column: 1 + String(path.at(-1)).length });
const message = (code: string, name: string) => `the invisible character ${code} (${name}) changes the order in which the following text is shown`;

describe('checkText in fields', () => {
  test('names each of the nine controls by its code point and Unicode name', () => {
    const controls: Array<[char: string, code: string, name: string]> = [
      ['\u202A', 'U+202A', 'LEFT-TO-RIGHT EMBEDDING'],
      ['\u202B', 'U+202B', 'RIGHT-TO-LEFT EMBEDDING'],
      ['\u202C', 'U+202C', 'POP DIRECTIONAL FORMATTING'],
      ['\u202D', 'U+202D', 'LEFT-TO-RIGHT OVERRIDE'],
      ['\u202E', 'U+202E', 'RIGHT-TO-LEFT OVERRIDE'],
      ['\u2066', 'U+2066', 'LEFT-TO-RIGHT ISOLATE'],
      ['\u2067', 'U+2067', 'RIGHT-TO-LEFT ISOLATE'],
      ['\u2068', 'U+2068', 'FIRST STRONG ISOLATE'],
      ['\u2069', 'U+2069', 'POP DIRECTIONAL ISOLATE'],
    ];
    for (const [char, code, name] of controls) {
      assert.deepEqual(checkText(FILE, { name: `Zhipu${char}AI` }, positionOf), [{ file: FILE, line: 11, column: 5, field: 'name', message: message(code, name), fix: FIX }], code);
    }
  });

  test('finds controls in lists and nested objects, at the path of the string', () => {
    const fields = {
      name: 'Zhipu',
      notes: [{ kind: 'context', text: 'ok' }, { kind: 'context', text: 'a\u202Eb' }],
      location: { address_de: 'Straße\u2066 8' },
      aliases: ['x', 'y\u202D'],
    };
    assert.deepEqual(checkText(FILE, fields, positionOf), [
      { file: FILE, line: 13, column: 5, field: 'notes[1].text', message: message('U+202E', 'RIGHT-TO-LEFT OVERRIDE'), fix: FIX },
      { file: FILE, line: 12, column: 11, field: 'location.address_de', message: message('U+2066', 'LEFT-TO-RIGHT ISOLATE'), fix: FIX },
      { file: FILE, line: 12, column: 2, field: 'aliases[1]', message: message('U+202D', 'LEFT-TO-RIGHT OVERRIDE'), fix: FIX },
    ]);
  });

  test('reports every control of a string, not only the first', () => {
    assert.deepEqual(
      checkText(FILE, { summary: '\u202Ea\u202C' }, positionOf).map((p) => p.message),
      [message('U+202E', 'RIGHT-TO-LEFT OVERRIDE'), message('U+202C', 'POP DIRECTIONAL FORMATTING')],
    );
  });

  test('lets right-to-left text, the marks that do not override and numbers, booleans and null pass', () => {
    const fields = { name: 'שלום עליכם', name_zh: '智谱\u200D华章', summary: 'Links\u200Erechts\u200F.', value: 5, flag: true, nothing: null, list: [1, null, ['ok']] };
    assert.deepEqual(checkText(FILE, fields, positionOf, 'مرحبا\nText\u200E'), []);
  });

  test('takes no field when there are none', () => {
    assert.deepEqual(checkText(FILE, undefined, positionOf), []);
    assert.deepEqual(checkText(FILE, {}, positionOf, ''), []);
  });
});

describe('checkText in the body', () => {
  test('reports a control at its line, counted from the first body line, and column', () => {
    const body = 'Erste Zeile.\nZweite \u202EZeile.\n\nVierte\u2067 und\u2069 fünfte.';
    assert.deepEqual(checkText(FILE, {}, positionOf, body, 20), [
      { file: FILE, line: 21, column: 8, message: message('U+202E', 'RIGHT-TO-LEFT OVERRIDE'), fix: FIX },
      { file: FILE, line: 23, column: 7, message: message('U+2067', 'RIGHT-TO-LEFT ISOLATE'), fix: FIX },
      { file: FILE, line: 23, column: 12, message: message('U+2069', 'POP DIRECTIONAL ISOLATE'), fix: FIX },
    ]);
  });

  test('counts from line 1 when the first body line is not given, and a control at the start is column 1', () => {
    assert.deepEqual(checkText(FILE, {}, positionOf, '\u202Ax'), [{ file: FILE, line: 1, column: 1, message: message('U+202A', 'LEFT-TO-RIGHT EMBEDDING'), fix: FIX }]);
  });

  test('reports fields before the body', () => {
    const problems = checkText(FILE, { name: 'a\u202Bb' }, positionOf, 'c\u202Bd', 5);
    assert.deepEqual(problems.map((p) => [p.field, p.line, p.column]), [['name', 11, 5], [undefined, 5, 2]]);
  });
});
