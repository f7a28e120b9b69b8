// Unit tests for yaml.ts: YAML read with positions (line and column of every field path), syntax errors
// in plain words, values YAML would silently cut or repeat, and the YAML 1.2 core schema.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseYaml } from './yaml.ts';

const FILE = 'content/companies/zhipu.mdx';

/** Parses `text` and asserts that it has exactly one problem, which it returns. */
function onlyProblem(text: string, firstLine = 1) {
  const parsed = parseYaml(text, FILE, firstLine);
  assert.equal(parsed.problems.length, 1, JSON.stringify(parsed.problems, null, 2));
  assert.equal(parsed.problems[0]!.file, FILE);
  return parsed.problems[0]!;
}

describe('values', () => {
  test('parses fields, nested fields and lists into plain values', () => {
    const parsed = parseYaml('name: Zhipu\nlocation:\n  city: Peking\n  lat: 39.99245\ntags: [Large Models, Tsinghua]\npeople:\n  - tang-jie\n  - id: zhang-peng\n    role: CEO\n', FILE);
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.value, {
      name: 'Zhipu',
      location: { city: 'Peking', lat: 39.99245 },
      tags: ['Large Models', 'Tsinghua'],
      people: ['tang-jie', { id: 'zhang-peng', role: 'CEO' }],
    });
  });

  test('reads YAML 1.2: a date with a time stays a string, a year is a number, a day is a string', () => {
    const parsed = parseYaml('date: 2023-07-01T07:30:00+08:00\nfounded: 2019\nday: 2023-06-01\n', FILE);
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.value, { date: '2023-07-01T07:30:00+08:00', founded: 2019, day: '2023-06-01' });
  });

  test('reads YAML 1.2: yes/no and a time of day stay text, null is null', () => {
    const parsed = parseYaml('a: yes\nb: no\nc: 07:30\nd: null\ne:\n', FILE);
    assert.deepEqual(parsed.value, { a: 'yes', b: 'no', c: '07:30', d: null, e: null });
  });

  test('a block scalar keeps a # as text', () => {
    const parsed = parseYaml('summary: >-\n  Nummer # eins\n  und zwei\n', FILE);
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.value, { summary: 'Nummer # eins und zwei' });
  });

  test('an empty text is null, without problems', () => {
    const parsed = parseYaml('', FILE);
    assert.equal(parsed.value, null);
    assert.deepEqual(parsed.problems, []);
  });
});

describe('positionOf', () => {
  // Frontmatter of an MDX file: the YAML starts on line 2, after the "---" line.
  const text = [
    'name: Zhipu', //                    line 2
    'location:', //                      line 3
    '  city: Peking', //                 line 4
    '  lat: 39.99245', //                line 5
    'people:', //                        line 6
    '  - tang-jie', //                   line 7
    '  - id: zhang-peng', //             line 8
    '    role: CEO', //                  line 9
    'tags: [Large Models, Tsinghua]', // line 10
    'summary: >-', //                    line 11
    '  Ein Satz.', //                    line 12
    'founded:', //                       line 13
  ].join('\n');
  const parsed = parseYaml(text, FILE, 2);

  test('points at the value of a top-level field, counted from the first line of the file', () => {
    assert.deepEqual(parsed.positionOf(['name']), { line: 2, column: 7 });
  });

  test('points at the key of a field whose value is a block', () => {
    assert.deepEqual(parsed.positionOf(['location']), { line: 3, column: 1 });
    assert.deepEqual(parsed.positionOf(['people']), { line: 6, column: 1 });
  });

  test('points at nested fields with line and column', () => {
    assert.deepEqual(parsed.positionOf(['location', 'city']), { line: 4, column: 9 });
    assert.deepEqual(parsed.positionOf(['location', 'lat']), { line: 5, column: 8 });
  });

  test('points at list items and fields inside list items', () => {
    assert.deepEqual(parsed.positionOf(['people', 0]), { line: 7, column: 5 });
    assert.deepEqual(parsed.positionOf(['people', 1]), { line: 8, column: 5 });
    assert.deepEqual(parsed.positionOf(['people', 1, 'id']), { line: 8, column: 9 });
    assert.deepEqual(parsed.positionOf(['people', 1, 'role']), { line: 9, column: 11 });
  });

  test('points at items of a list written in brackets', () => {
    assert.deepEqual(parsed.positionOf(['tags', 0]), { line: 10, column: 8 });
    assert.deepEqual(parsed.positionOf(['tags', 1]), { line: 10, column: 22 });
  });

  test('points at the header of a block value and after the colon of an empty value', () => {
    assert.deepEqual(parsed.positionOf(['summary']), { line: 11, column: 10 });
    assert.deepEqual(parsed.positionOf(['founded']), { line: 13, column: 9 });
  });

  test('gives the nearest existing parent for a missing field or item', () => {
    assert.deepEqual(parsed.positionOf(['location', 'lon']), { line: 3, column: 1 });
    assert.deepEqual(parsed.positionOf(['people', 5]), { line: 6, column: 1 });
    assert.deepEqual(parsed.positionOf(['people', 0, 'role']), { line: 7, column: 5 });
  });

  test('gives the first line for a missing top-level field and for the whole document', () => {
    assert.deepEqual(parsed.positionOf(['colour']), { line: 2, column: 1 });
    assert.deepEqual(parsed.positionOf([]), { line: 2, column: 1 });
  });

  test('is undefined when nothing could be read', () => {
    assert.equal(parseYaml('', FILE).positionOf(['name']), undefined);
    assert.equal(parseYaml('name: "open\n', FILE).positionOf(['name']), undefined);
  });
});

describe('keyPositionOf', () => {
  const parsed = parseYaml('name: Zhipu\ncolour: red\nlocation:\n  street: x\npeople:\n  - id: a\n    hat: b\n', FILE, 2);

  test('points at the key, not the value, of a field that should not be there', () => {
    assert.deepEqual(parsed.keyPositionOf(['colour']), { line: 3, column: 1 });
    assert.deepEqual(parsed.keyPositionOf(['location', 'street']), { line: 5, column: 3 });
    assert.deepEqual(parsed.keyPositionOf(['people', 0, 'hat']), { line: 8, column: 5 });
  });

  test('falls back to the parent like positionOf', () => {
    assert.deepEqual(parsed.keyPositionOf(['location', 'nothing']), { line: 4, column: 1 });
  });
});

describe('syntax errors in plain words', () => {
  test('a colon in an unquoted value', () => {
    const parsed = parseYaml('name: Zhipu\nsummary: Ein Satz: mit Doppelpunkt\n', FILE, 2);
    assert.equal(parsed.value, undefined);
    assert.ok(parsed.problems.length >= 1);
    const p = parsed.problems[0]!;
    assert.deepEqual([p.line, p.column], [3, 10]);
    assert.equal(p.message, 'YAML syntax: a colon followed by a space inside an unquoted value, or a line indented more than the field above it');
    assert.equal(p.fix, 'put the value in double quotes ("…"), or indent the line like the other fields');
  });

  test('a line indented less than its block', () => {
    const p = onlyProblem('location:\n  city: Peking\n lat: 39.9\n');
    assert.deepEqual([p.line, p.column], [3, 1]);
    assert.equal(p.message, 'YAML syntax: the indentation does not line up (list items and fields of one block must start at the same column)');
    assert.equal(p.fix, 'indent this line like the lines of its block');
  });

  test('a field indented by mistake also explains a field name over two lines', () => {
    const parsed = parseYaml('name: a\n  kind: b\n', FILE);
    assert.deepEqual(
      parsed.problems.map((p) => p.message),
      [
        'YAML syntax: a colon followed by a space inside an unquoted value, or a line indented more than the field above it',
        'YAML syntax: a field name spreads over two lines (often a line indented by mistake)',
      ],
    );
    assert.equal(parsed.problems[1]!.fix, 'start every field at the same column as the others');
  });

  test('a duplicate field, on the line of the second one', () => {
    const p = onlyProblem('name: a\nkind: lab\nname: b\n', 2);
    assert.deepEqual([p.line, p.column], [4, 1]);
    assert.equal(p.message, 'YAML syntax: this field appears twice');
    assert.equal(p.fix, 'keep one of the two lines');
  });

  test('a tab used for indentation', () => {
    const p = onlyProblem('name: a\n\tkind: b\n');
    assert.deepEqual([p.line, p.column], [2, 1]);
    assert.equal(p.message, 'YAML syntax: a tab is used for indentation');
    assert.equal(p.fix, 'indent with spaces');
  });

  test('an unclosed quote', () => {
    const p = onlyProblem('name: "Zhipu\nkind: b\n');
    assert.equal(p.message, 'YAML syntax: a quotation mark or bracket is opened but not closed');
    assert.equal(p.fix, 'close the quote or bracket on the same value');
  });

  test('an unclosed quote is reported on the line where the quote opens', () => {
    const p = onlyProblem('name: "Zhipu\nkind: b\n');
    assert.deepEqual([p.line, p.column], [1, 7]);
  });

  test('an unclosed bracket is explained as an unclosed bracket', () => {
    const p = onlyProblem('tags: [Large Models, Tsinghua\nname: x\n');
    assert.equal(p.message, 'YAML syntax: a list in [ ] or a group in { } is not closed (a # inside it also starts a comment)');
  });

  test('a quotation mark inside a quoted value', () => {
    const p = onlyProblem('name: "Der "Drache" von Haidian"\n');
    assert.deepEqual([p.line, p.column], [1, 13]);
    assert.equal(p.message, 'YAML syntax: unexpected text after a value (often a quotation mark inside a quoted value)');
    assert.equal(p.fix, 'write a quotation mark inside "…" as \\" or use the German „…“');
  });

  test('a value starting with a reserved character', () => {
    const p = onlyProblem('name: @zhipu\n');
    assert.deepEqual([p.line, p.column], [1, 7]);
    assert.equal(p.message, 'YAML syntax: an unquoted value starts with a character YAML reserves (@, `, |, >, %, ! or &)');
    assert.equal(p.fix, 'put the value in double quotes');
  });

  test('an invalid backslash escape', () => {
    const p = onlyProblem('name: "C:\\Daten"\n');
    assert.deepEqual([p.line, p.column], [1, 10]);
    assert.equal(p.message, 'YAML syntax: an invalid backslash escape inside "…"');
    assert.equal(p.fix, 'write a backslash as \\\\');
  });

  test('an error without its own explanation says where to look', () => {
    const p = onlyProblem('name: a\n---\nkind: b\n');
    assert.deepEqual([p.line, p.column], [2, 1]);
    assert.equal(p.message, 'YAML syntax: the YAML cannot be read');
    assert.equal(p.fix, 'check the quotes, colons and indentation on that line (see CONTRIBUTING.md)');
  });

  test('a syntax error returns no value and no positions', () => {
    const parsed = parseYaml('name: a\nname: b\n', FILE);
    assert.equal(parsed.value, undefined);
    assert.equal(parsed.positionOf(['name']), undefined);
    assert.equal(parsed.keyPositionOf(['name']), undefined);
  });
});

describe('a # after an unquoted value', () => {
  test('is reported: the rest of the line would be dropped, with the exact quoted fix', () => {
    const parsed = parseYaml('name: Zhipu # AI\n', FILE, 2);
    assert.deepEqual(parsed.value, { name: 'Zhipu' });
    assert.equal(parsed.problems.length, 1);
    const p = parsed.problems[0]!;
    assert.deepEqual([p.file, p.line, p.column], [FILE, 2, 13]);
    assert.equal(p.message, '"# AI" after the value "Zhipu" is read as a YAML comment and would be dropped');
    assert.equal(p.fix, 'put the whole value in double quotes ("Zhipu # AI"), or move the comment to its own line');
  });

  test('is reported in list items, after numbers and after a tab', () => {
    assert.deepEqual(onlyProblem('tags:\n  - Zhipu # Kommentar\n').message, '"# Kommentar" after the value "Zhipu" is read as a YAML comment and would be dropped');
    assert.deepEqual(onlyProblem('value: 2019 # geschätzt\n').message, '"# geschätzt" after the value "2019" is read as a YAML comment and would be dropped');
    const tab = onlyProblem('name: Zhipu\t# AI\n');
    assert.deepEqual([tab.line, tab.column], [1, 13]);
  });

  test('quotes the dropped text without trailing spaces, also on the last line without a line break', () => {
    const p = onlyProblem('name: Zhipu # AI   ');
    assert.deepEqual([p.line, p.column], [1, 13]);
    assert.equal(p.message, '"# AI" after the value "Zhipu" is read as a YAML comment and would be dropped');
  });

  test('reports every cut value, each on its line', () => {
    const parsed = parseYaml('name: a # b\nsummary: c # d\n', FILE, 2);
    assert.deepEqual(parsed.problems.map((p) => [p.line, p.column]), [[2, 9], [3, 12]]);
  });

  test('is no problem in a quoted value, without a space before it, or in a comment on its own line', () => {
    for (const text of ['name: "Zhipu # AI"\n', "name: 'Zhipu # AI'\n", 'name: Zhipu#AI\n', '# Kommentar\nname: Zhipu\n', 'name: Zhipu\n  # eingerückter Kommentar\n']) {
      assert.deepEqual(parseYaml(text, FILE).problems, [], text);
    }
    assert.deepEqual(parseYaml('name: "Zhipu # AI"\n', FILE).value, { name: 'Zhipu # AI' });
  });
});

describe('anchors and aliases', () => {
  test('an alias is refused at its position, although YAML would repeat the value', () => {
    const parsed = parseYaml('a: &x Zhipu\nb: *x\n', FILE, 2);
    assert.deepEqual(parsed.value, { a: 'Zhipu', b: 'Zhipu' });
    assert.equal(parsed.problems.length, 1);
    const p = parsed.problems[0]!;
    assert.deepEqual([p.line, p.column], [3, 4]);
    assert.equal(p.message, 'a YAML alias (*name) repeats another value');
    assert.equal(p.fix, 'write the value out in full; the atlas does not use anchors and aliases');
  });

  test('an alias of a list is refused too', () => {
    assert.equal(onlyProblem('a: &x [1, 2]\nb: *x\n').message, 'a YAML alias (*name) repeats another value');
  });

  test('an alias without its anchor stops the file with a message on its first line', () => {
    const parsed = parseYaml('a: *x\n', FILE, 2);
    assert.equal(parsed.value, undefined);
    assert.equal(parsed.problems.length, 1);
    const p = parsed.problems[0]!;
    assert.deepEqual([p.line, p.column], [2, 1]);
    assert.match(p.message, /^YAML: .*alias/);
    assert.equal(p.fix, 'write the value out instead of using & anchors and * aliases');
    assert.equal(parsed.positionOf(['a']), undefined);
  });
});

describe('what YAML silently changes', () => {
  test('a list item indented one space too far is not merged into the item above', () => {
    const parsed = parseYaml('tags:\n  - a\n   - b\n', FILE);
    assert.notDeepEqual(parsed.problems, []);
  });
});
