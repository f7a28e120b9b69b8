/**
 * Characters that would make a text show something else than it says: the invisible
 * bidirectional controls (U+202A–U+202E, U+2066–U+2069), which reorder the text after them
 * ("Trojan Source"). They are refused in every field and in bodies; ordinary right-to-left
 * text and the invisible marks that do not override (LRM, RLM, zero-width joiners) pass.
 */
import type { Problem } from './problems.ts';
import type { Position } from '../read/yaml.ts';
import { pathText } from './fields.ts';

const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/g;

/** Unicode names of the refused characters, for messages. */
const NAMES: Record<string, string> = {
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
};

function message(ch: string): string {
  const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase()}`;
  return `the invisible character ${code} (${NAMES[ch]}) changes the order in which the following text is shown`;
}

/** Problems for bidirectional controls in any string of `fields` (with their paths) and in `body`. */
export function checkText(file: string, fields: unknown, positionOf: (path: ReadonlyArray<PropertyKey>) => Position | undefined, body?: string, bodyStartLine = 1): Problem[] {
  const problems: Problem[] = [];
  const visit = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string') {
      for (const m of value.matchAll(BIDI_CONTROL)) problems.push({ file, ...positionOf(path), field: pathText(path), message: message(m[0]), fix: 'remove it; right-to-left text needs no control characters' });
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
  };
  visit(fields, []);
  if (body) {
    body.split('\n').forEach((line, i) => {
      for (const m of line.matchAll(BIDI_CONTROL)) problems.push({ file, line: bodyStartLine + i, column: (m.index ?? 0) + 1, message: message(m[0]), fix: 'remove it; right-to-left text needs no control characters' });
    });
  }
  return problems;
}
