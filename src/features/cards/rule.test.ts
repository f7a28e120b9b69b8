// Unit tests for rule.ts: characters the card fonts lack, reported with file, line and field.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadAtlas } from '../../atlas/load.ts';
import type { Problem } from '../../atlas/validate/problems.ts';
import { cardGlyphRule, glyphProblems } from './rule.ts';

const MESSAGE = (ch: string, label: string) => `the character "${ch}" (${label}) is missing from the card fonts (Inter, Noto Sans SC) and would show as an empty box on the social card`;
const FIX = 'replace the character, or add a font that has it to src/features/cards/fonts.ts';

describe('glyphProblems', () => {
  const covered = (cp: number) => cp < 0x2600;

  test('names the file, the position, the field and the character with its code point', () => {
    assert.deepEqual(glyphProblems('content/companies/zhipu.mdx', 'name', 'Zhipu ☃', covered, { line: 2, column: 7 }), [
      { file: 'content/companies/zhipu.mdx', line: 2, column: 7, field: 'name', message: MESSAGE('☃', 'U+2603'), fix: FIX },
    ]);
  });

  test('without a position the problem has no line or column', () => {
    const [problem] = glyphProblems('content/figures/x.yaml', 'unit', '☃', covered);
    assert.deepEqual(problem, { file: 'content/figures/x.yaml', field: 'unit', message: MESSAGE('☃', 'U+2603'), fix: FIX });
    assert.equal('line' in problem!, false);
  });

  test('one problem per missing character, none for a drawable text', () => {
    assert.equal(glyphProblems('f', 'summary', '☃ ☃ ☀', covered).length, 2);
    assert.deepEqual(glyphProblems('f', 'summary', 'Zhipu', covered), []);
  });
});

describe('cardGlyphRule', () => {
  /** Loads a temporary content folder with the glyph rule; returns the glyph problems. */
  function glyphProblemsOf(files: Record<string, string>): Problem[] {
    const root = mkdtempSync(join(tmpdir(), 'atlas-glyphs-'));
    try {
      for (const [path, text] of Object.entries(files)) {
        const file = join(root, 'content', path);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, text);
      }
      const result = loadAtlas(root, { editions: ['de'], gitDates: false, rules: [cardGlyphRule] });
      assert.ok(result.timing['rule:card glyphs'] !== undefined, 'the rule ran');
      return result.problems.filter((p) => p.message.includes('card fonts'));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
  const article = 'name: Der Artikel\nkind: article\nsummary: Reportage über Haidian und seine KI-Firmen.\nlanguage: de\n';

  test('reports characters of the title and summary of a valid entry, with line and column (tags are not on cards)', () => {
    const problems = glyphProblemsOf({
      'sources/article.yaml': article,
      'companies/zhipu.mdx': [
        '---',
        'name: "Zhipu 𓀀"',
        'kind: large-model',
        'summary: Ein Unternehmen mit einem Schneemann ☃ in der Zusammenfassung.',
        'tags: [Large Models, "Ж-Tag"]',
        'sources:',
        '  - source: article',
        '    quote: ein Zitat',
        '---',
        '',
        'Text.',
        '',
      ].join('\n'),
    });
    assert.deepEqual(problems, [
      { file: 'content/companies/zhipu.mdx', line: 2, column: 7, field: 'name', message: MESSAGE('𓀀', 'U+13000'), fix: FIX },
      { file: 'content/companies/zhipu.mdx', line: 4, column: 10, field: 'summary', message: MESSAGE('☃', 'U+2603'), fix: FIX },
    ]);
  });

  test("checks the article's wording, the Chinese name and a figure's unit and value text", () => {
    const problems = glyphProblemsOf({
      'sources/article.yaml': article,
      'companies/zhipu.mdx': '---\nname: Zhipu\narticle_name: "Zhipu ☃"\nidentification: { confidence: high }\nname_zh: "智谱 😀"\nkind: large-model\nsummary: Ein Unternehmen aus Haidian mit KI.\nsources: [{ source: article, quote: ein Zitat }]\n---\n\nText.\n',
      'figures/money.yaml': 'name: Geld\nkind: money\ntheme: capital\nvalue_text: "Ж"\nunit: "☀"\nmeasures: investiertes Kapital\nsummary: So viel Kapital floss in die KI.\nsources: [{ source: article, quote: ein Zitat }]\n',
    });
    assert.deepEqual(
      problems.map((p) => [p.file, p.field, p.line]),
      [
        ['content/companies/zhipu.mdx', 'article_name', 3],
        ['content/companies/zhipu.mdx', 'name_zh', 5],
        ['content/figures/money.yaml', 'unit', 5],
        ['content/figures/money.yaml', 'value_text', 4],
      ],
    );
  });

  test('still checks the valid fields of an entry that fails its schema', () => {
    const problems = glyphProblemsOf({
      'sources/article.yaml': article,
      'companies/broken.mdx': '---\nname: "Broken ☃"\nkind: no-such-kind\nsummary: zu kurz\nsources: [{ source: article, quote: ein Zitat }]\n---\n\nText.\n',
    });
    assert.deepEqual(problems, [{ file: 'content/companies/broken.mdx', line: 2, column: 7, field: 'name', message: MESSAGE('☃', 'U+2603'), fix: FIX }]);
  });

  test('an atlas written in Latin letters and Chinese has no glyph problems', () => {
    const problems = glyphProblemsOf({
      'sources/article.yaml': article,
      'companies/zhipu.mdx': '---\nname: Zhipu – „智谱“\nname_zh: 智谱华章\nkind: large-model\nsummary: Ein Unternehmen aus Haidian mit KI … und Łódź.\ntags: [Künstliche Intelligenz, 人工智能]\nsources: [{ source: article, quote: ein Zitat }]\n---\n\nText.\n',
    });
    assert.deepEqual(problems, []);
  });
});
