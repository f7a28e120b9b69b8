// Unit tests for tags.ts (validation): entries use tags of the vocabulary by key; a tag outside it is refused
// with the closest key for near-misses (case, umlauts, label for key, typos, singular/plural) and with the key a
// new tag would get otherwise; a tag listed twice is refused; vocabulary tags no entry uses are warnings.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { checkTags, editionTagProblems, suggestTag, type Tagged, type VocabularyView } from './tags.ts';
import type { TagDefinition } from '../model/vocabulary.ts';

/** An entry whose tag i sits on line 10 + i, column 5. */
const entry = (file: string, tags: unknown): Tagged => ({ file, data: { tags }, positionOf: (path) => (path[0] === 'tags' ? { line: 10 + Number(path[1]), column: 5 } : undefined) });

const define = (slug: string, de: string, en?: string): [string, TagDefinition] => [slug, { slug, labels: { de, ...(en ? { en } : {}) }, descriptions: { de: `Beschreibung von ${de}.` } }];
const TAGS = new Map([
  define('foerderpolitik', 'Förderpolitik', 'Funding policy'),
  define('large-models', 'Large Models'),
  define('internet', 'Internet'),
  define('robotik', 'Robotik', 'Robotics'),
  define('talente', 'Talente'),
  define('wissenschaftspark', 'Wissenschaftspark'),
]);
/** The vocabulary file: tag key k is on line 3·index + 1. */
const vocabulary: VocabularyView = {
  file: 'content/tags.yaml',
  tags: TAGS,
  declared: new Set(TAGS.keys()),
  keyPositionOf: ([key]) => ({ line: [...TAGS.keys()].indexOf(String(key)) * 3 + 1, column: 1 }),
};

describe('suggestTag', () => {
  const cases: Array<[string, string | undefined, string]> = [
    ['Förderpolitik', 'foerderpolitik', 'the German label instead of the key'],
    ['foerderpolitik', 'foerderpolitik', 'the key itself'],
    ['FÖRDERPOLITIK', 'foerderpolitik', 'capitals'],
    ['Forderpolitik', 'foerderpolitik', 'umlaut dropped (ö written as o)'],
    ['Foerderpolitk', 'foerderpolitik', 'a letter missing'],
    ['Large Model', 'large-models', 'singular for plural'],
    ['large_models', 'large-models', 'underscore for hyphen'],
    ['Talent', 'talente', 'singular of a German plural'],
    ['Wissenschaftsparks', 'wissenschaftspark', 'plural of a singular'],
    ['Robotics', 'robotik', 'the English label'],
    ['Robtik', 'robotik', 'a typo'],
    ['Quantencomputer', undefined, 'nothing close'],
    ['人工智能', undefined, 'Chinese characters with no such tag'],
  ];
  for (const [input, expected, kind] of cases) {
    test(`${kind}: ${JSON.stringify(input)} → ${expected ?? 'no suggestion'}`, () => {
      assert.equal(suggestTag(input, TAGS), expected);
    });
  }
});

describe('suggestTag with keys that are not the slugs of their labels', () => {
  const KEYS = new Map([define('ki', 'Künstliche Intelligenz', 'Artificial Intelligence'), define('robotik', 'Robotik'), define('roboter', 'Roboter', 'Robotik')]);

  test('a German or English label typed in full gives its key', () => {
    assert.equal(suggestTag('Künstliche Intelligenz', KEYS), 'ki');
    assert.equal(suggestTag('Artificial Intelligence', KEYS), 'ki');
  });

  test('a typo of the key gives the key, a typo of a label gives the key of its tag', () => {
    assert.equal(suggestTag('kii', KEYS), 'ki');
    assert.equal(suggestTag('Kunstliche Intelligenz', KEYS), 'ki');
  });

  test("a key wins over another tag's label that is written the same", () => {
    assert.equal(suggestTag('Robotik', KEYS), 'robotik');
  });
});

describe('checkTags', () => {
  test('tags of the vocabulary, written as keys, pass; the unused ones are warnings at their key', () => {
    const { problems, warnings } = checkTags([entry('content/companies/a.mdx', ['foerderpolitik', 'internet']), entry('content/companies/b.mdx', ['internet', 'large-models', 'robotik', 'talente'])], vocabulary);
    assert.deepEqual(problems, []);
    assert.deepEqual(warnings, [
      { file: 'content/tags.yaml', field: 'wissenschaftspark', line: 16, column: 1, message: 'the tag "wissenschaftspark" is used by no entry', fix: 'use it in an entry, or remove it from the vocabulary' },
    ]);
  });

  test('a near-miss is refused at its line with the key it was probably meant as', () => {
    const { problems } = checkTags([entry('content/companies/a.mdx', ['internet', 'Large Model'])], vocabulary);
    assert.deepEqual(problems, [
      {
        file: 'content/companies/a.mdx',
        field: 'tags[1]',
        line: 11,
        column: 5,
        message: 'the tag "Large Model" is not in the tag vocabulary (content/tags.yaml)',
        fix: 'did you mean "large-models" (Large Models)? Write tags with their key from content/tags.yaml',
      },
    ]);
  });

  test('a new tag is refused with the key it would get, also for Chinese characters (pinyin)', () => {
    const { problems } = checkTags([entry('content/companies/a.mdx', ['Quantencomputer', '人工智能'])], vocabulary);
    assert.deepEqual(problems.map((p) => p.fix), [
      'use a key from content/tags.yaml, or add the new tag there as "quantencomputer:" with its label (de:) and one sentence (description_de:), see CONTRIBUTING.md',
      'use a key from content/tags.yaml, or add the new tag there as "ren-gong-zhi-neng:" with its label (de:) and one sentence (description_de:), see CONTRIBUTING.md',
    ]);
  });

  test('a tag without letters or digits cannot become a key', () => {
    const { problems } = checkTags([entry('content/companies/a.mdx', ['#'])], vocabulary);
    assert.equal(problems[0]!.fix, 'write the tag with letters, and add it to content/tags.yaml (see CONTRIBUTING.md)');
  });

  test('the same tag twice in one entry is refused at the second', () => {
    const { problems } = checkTags([entry('content/companies/a.mdx', ['internet', 'talente', 'internet'])], vocabulary);
    assert.deepEqual(problems, [{ file: 'content/companies/a.mdx', field: 'tags[2]', line: 12, column: 5, message: 'the tag "internet" is listed twice', fix: 'remove the second one' }]);
  });

  test('every unknown tag of every file is reported in one run; values that are not text are left to the schema pass', () => {
    const { problems } = checkTags([entry('content/companies/a.mdx', ['Internett', 42]), entry('content/people/b.mdx', ['robotic'])], vocabulary);
    assert.deepEqual(problems.map((p) => `${p.file} ${p.field} ${p.fix!.slice(0, 30)}`), [
      'content/companies/a.mdx tags[0] did you mean "internet" (Inter',
      'content/people/b.mdx tags[0] did you mean "robotik" (Roboti',
    ]);
  });

  test('an empty vocabulary refuses every tag', () => {
    const none: VocabularyView = { ...vocabulary, tags: new Map(), declared: new Set() };
    assert.equal(checkTags([entry('content/companies/a.mdx', ['internet'])], none).problems.length, 1);
  });

  test('a key the file declares with a broken definition, or a file that cannot be read, is not reported again in every entry', () => {
    const broken: VocabularyView = { ...vocabulary, tags: new Map(), declared: new Set(['internet']) };
    assert.deepEqual(checkTags([entry('content/companies/a.mdx', ['internet'])], broken).problems, []);
    const { declared: _, ...rest } = vocabulary;
    const unreadable: VocabularyView = { ...rest, tags: new Map() };
    assert.deepEqual(checkTags([entry('content/companies/a.mdx', ['internet', 'robotik'])], unreadable).problems, []);
  });
});

describe('editionTagProblems', () => {
  test('with an English edition, every tag needs an English label and description, named at its key', () => {
    const problems = editionTagProblems(vocabulary, ['de', 'en']);
    // Of the six tags, two have an English label (foerderpolitik, robotik) and none an English description.
    assert.equal(problems.length, 4 + 6);
    assert.deepEqual(problems[0], { file: 'content/tags.yaml', field: 'foerderpolitik.description_en', line: 1, column: 1, message: 'the tag "foerderpolitik" has no "description_en" for the English edition', fix: 'add description_en: … under foerderpolitik' });
  });
  test('German only: nothing more to ask', () => {
    assert.deepEqual(editionTagProblems(vocabulary, ['de']), []);
  });
});
