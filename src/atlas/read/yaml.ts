/**
 * YAML as contributors write it, read with the `yaml` package (YAML 1.2 core schema, the
 * document keeps every node's position). Returns the plain value, the 1-based line and
 * column of any field path, and problems phrased for someone who knows Markdown, not YAML:
 * syntax errors in plain words, and the two ways YAML silently changes what was written —
 * a ` #` inside an unquoted value (the rest of the line becomes a comment) and anchors/aliases.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node as YamlNode } from 'yaml';
import type { Problem } from '../validate/problems.ts';

/** A 1-based position in a file. */
export interface Position {
  line: number;
  column: number;
}

/** Parsed YAML with positions. */
export interface ParsedYaml {
  /** The document as plain JavaScript values; `undefined` when it could not be parsed. */
  value: unknown;
  /** Problems in the YAML itself (syntax, cut values, aliases), with file positions. */
  problems: Problem[];
  /**
   * Where the value at `path` starts (`['location', 'lat']`, `['people', 2, 'id']`); for a
   * missing field, the nearest existing parent's key. Positions count from the file's first
   * line, so MDX frontmatter offsets are already applied.
   */
  positionOf(path: ReadonlyArray<PropertyKey>): Position | undefined;
  /** Where the key of the field at `path` starts (for a field that should not be there). */
  keyPositionOf(path: ReadonlyArray<PropertyKey>): Position | undefined;
}

/** Plain-language explanations of the yaml package's error codes. */
const EXPLAIN: Record<string, { message: string; fix: string }> = {
  BLOCK_AS_IMPLICIT_KEY: {
    message: 'a colon followed by a space inside an unquoted value, or a line indented more than the field above it',
    fix: 'put the value in double quotes ("…"), or indent the line like the other fields',
  },
  MULTILINE_IMPLICIT_KEY: {
    message: 'a field name spreads over two lines (often a line indented by mistake)',
    fix: 'start every field at the same column as the others',
  },
  DUPLICATE_KEY: { message: 'this field appears twice', fix: 'keep one of the two lines' },
  TAB_AS_INDENT: { message: 'a tab is used for indentation', fix: 'indent with spaces' },
  MISSING_CHAR: { message: 'a quotation mark or bracket is opened but not closed', fix: 'close the quote or bracket on the same value' },
  BAD_INDENT: { message: 'the indentation does not line up (list items and fields of one block must start at the same column)', fix: 'indent this line like the lines of its block' },
  UNEXPECTED_TOKEN: {
    message: 'unexpected text after a value (often a quotation mark inside a quoted value)',
    fix: 'write a quotation mark inside "…" as \\" or use the German „…“',
  },
  BAD_SCALAR_START: { message: 'an unquoted value starts with a character YAML reserves (@, `, |, >, %, ! or &)', fix: 'put the value in double quotes' },
  BAD_DQ_ESCAPE: { message: 'an invalid backslash escape inside "…"', fix: 'write a backslash as \\\\' },
};

const UNCLOSED_LIST = { message: 'a list in [ ] or a group in { } is not closed (a # inside it also starts a comment)', fix: 'close it with ] or } on the same line, and put values with # in double quotes' };

/** The offset of the first double quote that opens a value and is not closed on its line. */
function openQuote(text: string): number | undefined {
  let offset = 0;
  for (const line of text.split('\n')) {
    const value = /^(\s*(?:-\s+)?[^:#]*:\s+|\s*-\s+)"/.exec(line);
    if (value) {
      const rest = line.slice(value[0].length).replace(/\\./g, '');
      if (!rest.includes('"')) return offset + value[0].length - 1;
    }
    offset += line.length + 1;
  }
  return undefined;
}

/** The offset of the first [ or { that opens a value and is not closed on its line. */
function openBracket(text: string): number | undefined {
  let offset = 0;
  for (const line of text.split('\n')) {
    const value = /^(\s*(?:-\s+)?[^:#"]*:\s+)([[{])/.exec(line);
    if (value) {
      const close = value[2] === '[' ? ']' : '}';
      const rest = line.slice(value[0].length).replace(/"[^"]*"/g, '');
      const cut = rest.search(/\s#/);
      if (!(cut === -1 ? rest : rest.slice(0, cut)).includes(close)) return offset + value[1]!.length;
    }
    offset += line.length + 1;
  }
  return undefined;
}

const FALLBACK = { message: 'the YAML cannot be read', fix: 'check the quotes, colons and indentation on that line (see CONTRIBUTING.md)' };

/**
 * Parses `text` (the YAML of one file or of MDX frontmatter). `file` names it in problems;
 * `firstLine` is the file line on which `text` starts (2 for frontmatter after `---`).
 */
export function parseYaml(text: string, file: string, firstLine = 1): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, version: '1.2' });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const problems: Problem[] = [];
  for (const error of doc.errors) {
    const list = /flow (sequence|collection|mapping)|\]|\}/i.test(error.message);
    const explained = list ? UNCLOSED_LIST : (EXPLAIN[error.code] ?? FALLBACK);
    // An unclosed quote or bracket is found where the text ends: point at where it opens.
    const offset = (list ? openBracket(text) : error.code === 'MISSING_CHAR' && /quote/i.test(error.message) ? openQuote(text) : undefined) ?? error.pos[0];
    problems.push({ file, ...at(offset), message: `YAML syntax: ${explained.message}`, fix: explained.fix });
  }
  if (problems.length) return { value: undefined, problems, positionOf: () => undefined, keyPositionOf: () => undefined };

  problems.push(...cutValues(doc, text, file, at));
  let value: unknown;
  try {
    value = doc.toJS();
  } catch (error) {
    problems.push({ file, line: firstLine, column: 1, message: `YAML: ${(error as Error).message}`, fix: 'write the value out instead of using & anchors and * aliases' });
    return { value: undefined, problems, positionOf: () => undefined, keyPositionOf: () => undefined };
  }
  visit(doc, {
    Alias(_, node) {
      problems.push({ file, ...at(node.range?.[0] ?? 0), message: 'a YAML alias (*name) repeats another value', fix: 'write the value out in full; the atlas does not use anchors and aliases' });
    },
  });
  return { value, problems, positionOf: (path) => positionIn(doc, path, at, false), keyPositionOf: (path) => positionIn(doc, path, at, true) };
}

/** Plain (unquoted) values followed by ` #…` on the same line: YAML drops that text as a comment. */
function cutValues(doc: Document, text: string, file: string, at: (offset: number) => Position): Problem[] {
  const problems: Problem[] = [];
  visit(doc, {
    Scalar(_, node) {
      const range = node.range;
      if (node.type !== 'PLAIN' || !range) return;
      const end = range[1];
      // A value that runs on over lines: YAML joins them, so a line meant as a list item
      // ("   - b", indented one space too far) would silently become part of the value.
      const source = text.slice(range[0], end);
      const item = /\n([ \t]*)- /.exec(source);
      if (item) {
        problems.push({
          file,
          ...at(range[0] + item.index + 1 + item[1]!.length),
          message: `this line is read as the continuation of ${JSON.stringify(String(node.value).split(' - ')[0])}, not as a new list item (it is indented differently)`,
          fix: 'start every list item at the same column',
        });
        return;
      }
      const lineEnd = text.indexOf('\n', end);
      const rest = text.slice(end, lineEnd === -1 ? undefined : lineEnd);
      const hash = /^([ \t]+)#/.exec(rest);
      if (!hash) return;
      const dropped = rest.slice(hash[1]!.length).trimEnd();
      problems.push({
        file,
        ...at(end + hash[1]!.length),
        message: `"${dropped}" after the value ${JSON.stringify(String(node.value))} is read as a YAML comment and would be dropped`,
        fix: `put the whole value in double quotes ("${String(node.value)} ${dropped}"), or move the comment to its own line`,
      });
    },
  });
  return problems;
}

function positionIn(doc: Document, path: ReadonlyArray<PropertyKey>, at: (offset: number) => Position, keyOnly: boolean): Position | undefined {
  let node: unknown = doc.contents;
  let best: Position | undefined = node && (node as YamlNode).range ? at((node as YamlNode).range![0]) : undefined;
  for (const [depth, key] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
      if (!pair) return best;
      const keyNode = pair.key as YamlNode | undefined;
      if (keyNode?.range) best = at(keyNode.range[0]);
      if (keyOnly && depth === path.length - 1) return best;
      node = pair.value;
      // A scalar value on the key's line points at the value itself.
      if (isScalar(node) && node.range) best = at(node.range[0]);
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as YamlNode | undefined;
      if (!item) return best;
      if (item.range) best = at(item.range[0]);
      node = item;
    } else return best;
  }
  return best;
}
