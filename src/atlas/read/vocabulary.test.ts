// Unit tests for vocabulary.ts: the tag vocabulary read with positions; keys, labels and descriptions checked,
// every problem with file, line, field and fix.
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readVocabulary } from './vocabulary.ts';
import { tagDescription, tagLabel } from '../model/vocabulary.ts';

/** A project whose content/tags.yaml holds `text` (no file when undefined). */
function project(text?: string): string {
  const root = mkdtempSync(join(tmpdir(), 'atlas-vocabulary-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'content'));
  if (text !== undefined) writeFileSync(join(root, 'content/tags.yaml'), text);
  return root;
}

const GOOD = [
  '# comment',
  'robotik:',
  '  de: Robotik',
  '  en: Robotics',
  '  description_de: Unternehmen und Zahlen zu Robotern.',
  'foerderpolitik:',
  '  de: Förderpolitik',
  '  description_de: Programme und Zuschüsse von Staat und Bezirk.',
  '',
].join('\n');

describe('readVocabulary', () => {
  test('reads every tag in file order, with labels and descriptions per locale', () => {
    const v = readVocabulary(project(GOOD));
    assert.deepEqual(v.problems, []);
    assert.equal(v.file, 'content/tags.yaml');
    assert.deepEqual([...v.tags.values()], [
      { slug: 'robotik', labels: { de: 'Robotik', en: 'Robotics' }, descriptions: { de: 'Unternehmen und Zahlen zu Robotern.' } },
      { slug: 'foerderpolitik', labels: { de: 'Förderpolitik' }, descriptions: { de: 'Programme und Zuschüsse von Staat und Bezirk.' } },
    ]);
    assert.deepEqual(v.keyPositionOf(['foerderpolitik']), { line: 6, column: 1 });
    assert.deepEqual(v.positionOf(['foerderpolitik', 'de']), { line: 7, column: 7 });
  });

  test('labels and descriptions fall back to German where a locale has none', () => {
    const tag = readVocabulary(project(GOOD)).tags.get('foerderpolitik')!;
    assert.equal(tagLabel(tag, 'en'), 'Förderpolitik');
    assert.equal(tagLabel(readVocabulary(project(GOOD)).tags.get('robotik')!, 'en'), 'Robotics');
    assert.equal(tagDescription(tag, 'en'), 'Programme und Zuschüsse von Staat und Bezirk.');
  });

  test('decomposed umlauts (macOS) are read as composed ones', () => {
    const v = readVocabulary(project(GOOD.replace('Förderpolitik', 'Fo\u0308rderpolitik')));
    assert.equal(v.tags.get('foerderpolitik')!.labels.de, 'F\u00f6rderpolitik');
  });

  test('no file: an empty vocabulary, and no problem of its own', () => {
    const v = readVocabulary(project());
    assert.deepEqual([v.tags.size, v.problems], [0, []]);
  });

  test('a key that is not a slug is refused at the key, with the key to write', () => {
    const v = readVocabulary(project('Large Models:\n  de: Large Models\n  description_de: Große KI-Modelle und ihre Entwickler.\n'));
    assert.deepEqual(v.problems, [
      { file: 'content/tags.yaml', field: 'Large Models', line: 1, column: 1, message: '"Large Models" is not a tag key: a tag key is lowercase letters, digits and single hyphens, e.g. foerderpolitik', fix: 'write the key as "large-models"' },
    ]);
    assert.equal(v.tags.size, 0);
  });

  test('a tag without a German label or description is refused, naming the field', () => {
    const v = readVocabulary(project('robotik:\n  en: Robotics\n'));
    assert.deepEqual(v.problems.map((p) => `${p.line}:${p.column} ${p.field} ${p.message} | ${p.fix}`), [
      '1:1 robotik.de the tag "robotik" has no "de" | add de: … under robotik',
      '1:1 robotik.description_de the tag "robotik" has no "description_de" | add description_de: … under robotik',
    ]);
  });

  test('an unknown field names the fields a tag has', () => {
    const v = readVocabulary(project('robotik:\n  de: Robotik\n  description_de: Unternehmen und Zahlen zu Robotern.\n  farbe: rot\n'));
    assert.equal(v.problems.length, 1);
    assert.match(v.problems[0]!.message, /unknown field "farbe": a tag has de, description_de, en, description_en/);
  });

  test('a description too short to say anything is refused', () => {
    const v = readVocabulary(project('robotik:\n  de: Robotik\n  description_de: Roboter\n'));
    assert.deepEqual(v.problems.map((p) => [p.line, p.field, p.fix]), [[3, 'robotik.description_de', 'write one sentence of 10 to 200 characters']]);
  });

  test('two tags with the same label in one locale are refused at the second', () => {
    const v = readVocabulary(project(`${GOOD}roboter:\n  de: robotik\n  description_de: Noch einmal Roboter, anders geschrieben.\n`));
    assert.deepEqual(v.problems.map((p) => `${p.line} ${p.field} ${p.message}`), ['10 roboter.de the tags "robotik" and "roboter" have the same de label "robotik"']);
  });

  test('a key written twice is a YAML problem at its line', () => {
    const v = readVocabulary(project(`${GOOD}robotik:\n  de: Robotik 2\n  description_de: Ein zweites Mal derselbe Schlüssel.\n`));
    assert.equal(v.problems.length, 1);
    assert.equal(v.problems[0]!.line, 9);
  });

  test('declared keys: every key of a readable file, also one with a problem; none when the file cannot be read', () => {
    assert.deepEqual([...readVocabulary(project('robotik:\n  en: Robotics\n')).declared!], ['robotik']);
    const unreadable = readVocabulary(project('robotik:\n  de: "Robotik\n'));
    assert.equal(unreadable.declared, undefined);
    assert.equal(unreadable.problems.length, 1);
  });

  test('a list instead of keys is refused with the shape to write', () => {
    const v = readVocabulary(project('- Robotik\n- Förderpolitik\n'));
    assert.deepEqual(v.problems.map((p) => p.fix), ['write each tag as "key:" followed by indented "de: …" and "description_de: …" lines']);
  });
});
