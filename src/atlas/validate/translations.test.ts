// Unit tests for translations.ts, through the whole validation pass on small temporary projects: a translation
// beside its German entry is accepted and attached to the entry; every way it can disagree with the German file
// is a problem at the translation's line; a published edition needs a translation of every entry.
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAtlas } from '../load.ts';
import { checkTranslations, roleTargets, type Original } from './translations.ts';

const ARTICLE = 'name: Der Artikel\nkind: article\nsummary: Reportage über Haidian als Ursprung der KI.\nlanguage: de\n';
const ZHIPU = `---
name: Zhipu
kind: large-model
summary: Large-Model-Unternehmen aus der Tsinghua-Universität in Haidian.
people:
  - id: tang-jie
    role: Chefwissenschaftler
location:
  address_de: Zhongguancun-Oststraße
sources:
  - source: haidian-article
    quote: "Zhipu stammt aus der KEG der Tsinghua"
notes:
  - kind: identification
    text: Nach Recherche der Redaktion heißt das Unternehmen Zhipu AI.
    basis: Rechercheunterlagen
---

Zhipu arbeitet mit [[tang-jie]].
`;
const TANG = '---\nname: Tang Jie\nkind: scientist\nsummary: Wissenschaftler an der Tsinghua-Universität in Haidian.\nsources:\n  - source: haidian-article\n    quote: "Tang Jie leitet das Labor der Tsinghua"\n---\n\nText.\n';
const EN = `---
name: Zhipu AI
summary: Large model company from Tsinghua University in Haidian.
roles:
  tang-jie: Chief scientist
address: Zhongguancun East Road
quotes:
  - "Zhipu comes from the KEG of Tsinghua"
notes:
  - text: According to the editors' research, the company is called Zhipu AI.
    basis: research files
---

Zhipu works with [[tang-jie]].
`;

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'atlas-translations-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  for (const [path, text] of Object.entries({ 'content/sources/haidian-article.yaml': ARTICLE, 'content/people/tang-jie.mdx': TANG, 'content/companies/zhipu.mdx': ZHIPU, ...files })) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
const problemsOf = (files: Record<string, string>, editions: Array<'de' | 'en'> = ['de']) =>
  loadAtlas(project(files), { gitDates: false, editions }).problems.map((p) => [`${p.file}:${p.line ?? '-'}`, p.field, p.message].filter(Boolean).join(' '));

describe('a translation that matches its German entry', () => {
  const result = loadAtlas(project({ 'content/companies/zhipu.en.mdx': EN }), { gitDates: false, editions: ['de'] });
  test('is accepted and attached to the entry, with its body and position', () => {
    assert.deepEqual(result.problems, []);
    const t = result.atlas!.get('zhipu')!.translations!.en!;
    assert.equal(t.file, 'content/companies/zhipu.en.mdx');
    assert.equal(t.data.name, 'Zhipu AI');
    assert.deepEqual(t.data.roles, { 'tang-jie': 'Chief scientist' });
    assert.equal(t.body, '\nZhipu works with [[tang-jie]].\n');
    assert.deepEqual(t.positionOf!(['summary']), { line: 3, column: 10 });
  });
  test('is not an entry of its own', () => {
    assert.deepEqual(result.atlas!.all.map((e) => e.slug), ['haidian-article', 'tang-jie', 'zhipu']);
  });
});

describe('a translation that disagrees with its German entry', () => {
  test('without a German entry', () => {
    assert.deepEqual(problemsOf({ 'content/companies/zhipuu.en.mdx': EN }), ['content/companies/zhipuu.en.mdx:- there is no German entry content/companies/zhipuu.mdx for this translation']);
  });
  test('a field that is not text (dates, links stay in the German file)', () => {
    assert.deepEqual(problemsOf({ 'content/companies/zhipu.en.mdx': EN.replace('summary:', 'founded: 2019\nsummary:') }), ['content/companies/zhipu.en.mdx:3 founded unknown field "founded"']);
    const [problem] = loadAtlas(project({ 'content/companies/zhipu.en.mdx': EN.replace('summary:', 'founded: 2019\nsummary:') }), { gitDates: false, editions: ['de'] }).problems;
    assert.equal(problem!.fix, 'remove it; a translation holds only text, dates, links and coordinates stay in the German file (allowed: name, summary, notes, quotes, roles, date_note, address)');
  });
  test('one quote too few, and a note without its basis', () => {
    const text = EN.replace('  - "Zhipu comes from the KEG of Tsinghua"\n', '').replace('    basis: research files\n', '');
    assert.deepEqual(problemsOf({ 'content/companies/zhipu.en.mdx': text.replace('quotes:\n', 'quotes: []\n') }), [
      'content/companies/zhipu.en.mdx:7 quotes "quotes" has 0 items, but content/companies/zhipu.mdx has 1 citation',
      'content/companies/zhipu.en.mdx:9 notes[0].basis the German note has a basis, this one none',
    ]);
  });
  test('a role missing, and one for a relation without a role', () => {
    assert.deepEqual(problemsOf({ 'content/companies/zhipu.en.mdx': EN.replace('  tang-jie: Chief scientist', '  tsinghua: Origin') }), [
      'content/companies/zhipu.en.mdx:4 roles roles for "tang-jie" are missing (content/companies/zhipu.mdx gives them a role)',
      'content/companies/zhipu.en.mdx:4 roles roles for "tsinghua", which have no role in content/companies/zhipu.mdx',
    ]);
  });
  test('an address the German has, missing; a date note the German lacks, added', () => {
    assert.deepEqual(problemsOf({ 'content/companies/zhipu.en.mdx': EN.replace('address: Zhongguancun East Road', 'date_note: Founded in 2019.') }), [
      'content/companies/zhipu.en.mdx:6 date_note "date_note" has nothing to translate: content/companies/zhipu.mdx has no date_note',
      'content/companies/zhipu.en.mdx:2 address "address" is missing: content/companies/zhipu.mdx has location.address_de',
    ]);
  });
  test('no page text, and a wiki link to no entry', () => {
    assert.deepEqual(problemsOf({ 'content/companies/zhipu.en.mdx': EN.replace('Zhipu works with [[tang-jie]].', '') }), ['content/companies/zhipu.en.mdx:13 the page text is missing']);
    assert.deepEqual(problemsOf({ 'content/companies/zhipu.en.mdx': EN.replace('[[tang-jie]]', '[[tang-jei]]') }), ['content/companies/zhipu.en.mdx:14 the wiki link [[tang-jei]] points to no entry']);
  });
  test('a language the atlas does not have', () => {
    assert.deepEqual(problemsOf({ 'content/companies/zhipu.fr.mdx': EN }), ['content/companies/zhipu.fr.mdx:- "fr" is not a language the atlas is translated into']);
  });
});

describe('a published edition', () => {
  test('needs a translation of every entry, named at the German file with the file to create', () => {
    assert.deepEqual(problemsOf({ 'content/companies/zhipu.en.mdx': EN }, ['de', 'en']), [
      'content/people/tang-jie.mdx:- the entry has no English text',
      'content/sources/haidian-article.yaml:- the entry has no English text',
    ]);
  });
});

/** Every problem as `file:line message | fix`. */
const fixesOf = (files: Record<string, string>, editions: Array<'de' | 'en'> = ['de']) =>
  loadAtlas(project(files), { gitDates: false, editions }).problems.map((p) => `${p.file}:${p.line ?? '-'} ${p.message} | ${p.fix}`);
/** The problems of one file only, as `line field message`. */
const problemsIn = (file: string, files: Record<string, string>) =>
  loadAtlas(project(files), { gitDates: false, editions: ['de'] }).problems.filter((p) => p.file === file).map((p) => [p.line ?? '-', p.field, p.message].filter(Boolean).join(' '));

const FIGURE = `name: Investitionen
kind: money
theme: capital
value_text: Milliarden
unit: Yuan
measures: investiertes Kapital
as_of: 2024
as_of_note: Stand laut Artikel
summary: So viel Kapital floss laut Artikel in die KI in Haidian.
sources:
  - source: haidian-article
    quote: "Milliarden Yuan flossen in die KI"
`;
const FIGURE_EN = `name: Investment
summary: This much capital went into AI in Haidian, says the article.
unit: yuan
measures: invested capital
quotes:
  - "Billions of yuan went into AI"
`;

describe('roleTargets', () => {
  test('lists the slugs of role-carrying relation items in field order (RELATIONS), each once', () => {
    const data = {
      partners: [{ id: 'tang-jie', role: 'Partner' }, { id: 'moon', role: 'Kunde' }],
      people: [{ id: 'tang-jie', role: 'Chefwissenschaftler' }, { id: 'zhang-peng' }, 'li'],
      located_in: { id: 'tower', role: 'Sitz' },
      origin: ['tsinghua'],
    };
    assert.deepEqual(roleTargets('companies', data), ['tower', 'tang-jie', 'moon']);
    assert.deepEqual(roleTargets('companies', {}), []);
  });
});

describe('a translation that disagrees with its German entry: counts, texts and roles, with their fixes', () => {
  test('one quote of two, and the plural only where it belongs', () => {
    const german = ZHIPU.replace('sources:\n', 'sources:\n  - source: haidian-article\n    quote: "Zhipu arbeitet mit Tang Jie"\n');
    assert.deepEqual(fixesOf({ 'content/companies/zhipu.mdx': german, 'content/companies/zhipu.en.mdx': EN }), [
      'content/companies/zhipu.en.mdx:7 "quotes" has 1 item, but content/companies/zhipu.mdx has 2 citations | translate each citation of the German file, in the same order',
    ]);
  });

  test('a translation without notes where the German has one', () => {
    const text = EN.replace("notes:\n  - text: According to the editors' research, the company is called Zhipu AI.\n    basis: research files\n", '');
    assert.deepEqual(fixesOf({ 'content/companies/zhipu.en.mdx': text }), [
      'content/companies/zhipu.en.mdx:2 "notes" has 0 items, but content/companies/zhipu.mdx has 1 note | translate each note of the German file, in the same order',
    ]);
  });

  test('a basis the German note lacks, and a basis missing, each with its fix', () => {
    const noBasis = ZHIPU.replace('    basis: Rechercheunterlagen\n', '');
    assert.deepEqual(fixesOf({ 'content/companies/zhipu.mdx': noBasis, 'content/companies/zhipu.en.mdx': EN }), [
      'content/companies/zhipu.en.mdx:10 the German note has no basis | remove the basis',
    ]);
    assert.deepEqual(fixesOf({ 'content/companies/zhipu.en.mdx': EN.replace('    basis: research files\n', '') }), [
      'content/companies/zhipu.en.mdx:10 the German note has a basis, this one none | translate the basis too',
    ]);
  });

  test('a date note the German has, missing; an address the German lacks, added', () => {
    const german = ZHIPU.replace('location:\n  address_de: Zhongguancun-Oststraße\n', 'founded: 2019\ndate_note: Gründung laut Handelsregister\n');
    assert.deepEqual(fixesOf({ 'content/companies/zhipu.mdx': german, 'content/companies/zhipu.en.mdx': EN }), [
      'content/companies/zhipu.en.mdx:2 "date_note" is missing: content/companies/zhipu.mdx has date_note | add date_note: with the translation',
      'content/companies/zhipu.en.mdx:6 "address" has nothing to translate: content/companies/zhipu.mdx has no location.address_de | remove address',
    ]);
  });

  test('a German entry without a location needs no address', () => {
    const tang = '---\nname: Tang Jie\nsummary: Scientist at Tsinghua University in Haidian.\nquotes:\n  - "Tang Jie leads the lab of Tsinghua"\n---\n\nText.\n';
    assert.deepEqual(fixesOf({ 'content/companies/zhipu.en.mdx': EN, 'content/people/tang-jie.en.mdx': tang }), []);
  });

  test("a figure's value in words and as-of note, missing", () => {
    assert.deepEqual(fixesOf({ 'content/figures/money.yaml': FIGURE, 'content/figures/money.en.yaml': FIGURE_EN }), [
      'content/figures/money.en.yaml:1 "value_text" is missing: content/figures/money.yaml has value_text | add value_text: with the translation',
      'content/figures/money.en.yaml:1 "as_of_note" is missing: content/figures/money.yaml has as_of_note | add as_of_note: with the translation',
    ]);
    assert.deepEqual(fixesOf({ 'content/figures/money.yaml': FIGURE, 'content/figures/money.en.yaml': `${FIGURE_EN}value_text: billions\nas_of_note: as the article says\n` }), []);
  });

  test("a figure's value in words and as-of note the German lacks, added", () => {
    const german = FIGURE.replace('value_text: Milliarden\n', 'value: 30\n').replace('as_of_note: Stand laut Artikel\n', '');
    assert.deepEqual(fixesOf({ 'content/figures/money.yaml': german, 'content/figures/money.en.yaml': `${FIGURE_EN}value_text: billions\nas_of_note: as the article says\n` }), [
      'content/figures/money.en.yaml:7 "value_text" has nothing to translate: content/figures/money.yaml has no value_text | remove value_text',
      'content/figures/money.en.yaml:8 "as_of_note" has nothing to translate: content/figures/money.yaml has no as_of_note | remove as_of_note',
    ]);
  });

  test('roles for two links missing, and roles where the German has none, listing the roles it has', () => {
    const german = ZHIPU.replace('people:\n  - id: tang-jie\n    role: Chefwissenschaftler\n', 'people:\n  - id: tang-jie\n    role: Chefwissenschaftler\n  - id: li-wei\n    role: Gründer\n');
    const li = '---\nname: Li Wei\nkind: entrepreneur\nsummary: Gründer eines Unternehmens in Haidian, laut Artikel.\nsources:\n  - source: haidian-article\n    quote: "Li Wei gründete das Unternehmen"\n---\n\nText.\n';
    assert.deepEqual(fixesOf({ 'content/companies/zhipu.mdx': german, 'content/people/li-wei.mdx': li, 'content/companies/zhipu.en.mdx': EN.replace('  tang-jie: Chief scientist', '  moon: Client\n  sun: Client') }), [
      'content/companies/zhipu.en.mdx:4 roles for "tang-jie", "li-wei" are missing (content/companies/zhipu.mdx gives them a role) | add them under roles:, e.g. tang-jie: …',
      'content/companies/zhipu.en.mdx:4 roles for "moon", "sun", which have no role in content/companies/zhipu.mdx | remove them, or check the slugs (roles: tang-jie, li-wei)',
    ]);
    const noRoles = ZHIPU.replace('people:\n  - id: tang-jie\n    role: Chefwissenschaftler\n', 'people: [tang-jie]\n');
    assert.deepEqual(fixesOf({ 'content/companies/zhipu.mdx': noRoles, 'content/companies/zhipu.en.mdx': EN }), [
      'content/companies/zhipu.en.mdx:4 roles for "tang-jie", which have no role in content/companies/zhipu.mdx | remove them, or check the slugs (roles: none)',
    ]);
  });

  test('no role is asked for a link to an entry that does not exist (that is the German file\'s problem)', () => {
    const german = ZHIPU.replace('people:\n  - id: tang-jie\n    role: Chefwissenschaftler\n', 'people:\n  - id: tang-jie\n    role: Chefwissenschaftler\n  - id: ghost\n    role: Berater\n');
    assert.deepEqual(problemsIn('content/companies/zhipu.en.mdx', { 'content/companies/zhipu.mdx': german, 'content/companies/zhipu.en.mdx': EN }), []);
  });

  test('a German file with problems of its own is not compared with its translation', () => {
    const german = ZHIPU.replace('summary: Large-Model-Unternehmen aus der Tsinghua-Universität in Haidian.', 'summary: Kurz.');
    assert.deepEqual(problemsIn('content/companies/zhipu.en.mdx', { 'content/companies/zhipu.mdx': german, 'content/companies/zhipu.en.mdx': EN.replace('quotes:\n  - "Zhipu comes from the KEG of Tsinghua"\n', '') }), []);
  });
});

describe('a translation file that cannot be compared', () => {
  test('in another collection than its German entry', () => {
    assert.deepEqual(fixesOf({ 'content/people/zhipu.en.mdx': EN }), [
      'content/people/zhipu.en.mdx:- there is no German entry content/people/zhipu.mdx for this translation | name the file after the German entry it translates (<slug>.en.<ext> beside <slug>.<ext>)',
    ]);
  });

  test('without frontmatter: that alone is reported', () => {
    assert.deepEqual(fixesOf({ 'content/companies/zhipu.en.mdx': 'Zhipu works with [[tang-jie]].\n' }), [
      'content/companies/zhipu.en.mdx:1 the file has no frontmatter | start the file with a line "---", the fields, and another line "---" (see CONTRIBUTING.md)',
    ]);
  });

  test('a field too short, with the fix from the translation schema', () => {
    assert.deepEqual(fixesOf({ 'content/companies/zhipu.en.mdx': EN.replace('summary: Large model company from Tsinghua University in Haidian.', 'summary: Too short.') }), [
      'content/companies/zhipu.en.mdx:3 Too small: expected string to have >=20 characters | write one or two sentences (20 to 300 characters), translated from the German summary',
    ]);
  });
});

describe('a translation checked like a German file', () => {
  test('a TODO placeholder', () => {
    assert.deepEqual(problemsIn('content/companies/zhipu.en.mdx', { 'content/companies/zhipu.en.mdx': EN.replace('Zhipu works with', 'TODO: Zhipu works with') }), ['14 a TODO placeholder is still in the entry']);
  });

  test('an invisible bidirectional control in a field', () => {
    assert.deepEqual(problemsIn('content/companies/zhipu.en.mdx', { 'content/companies/zhipu.en.mdx': EN.replace('name: Zhipu AI', 'name: Zhipu \u202EAI') }), [
      '2 name the invisible character U+202E (RIGHT-TO-LEFT OVERRIDE) changes the order in which the following text is shown',
    ]);
  });

  test('an image in the body that public/ does not have', () => {
    assert.deepEqual(problemsIn('content/companies/zhipu.en.mdx', { 'content/companies/zhipu.en.mdx': EN.replace('Zhipu works with [[tang-jie]].', '![Logo](/bilder/fehlt.png)\n\nZhipu works with [[tang-jie]].') }), [
      '14 the image "/bilder/fehlt.png" does not exist: there is no file public/bilder/fehlt.png',
    ]);
  });

  test('an empty page text is no problem where the German page text is empty too', () => {
    const german = ZHIPU.replace('Zhipu arbeitet mit [[tang-jie]].\n', '\n');
    assert.deepEqual(problemsIn('content/companies/zhipu.en.mdx', { 'content/companies/zhipu.mdx': german, 'content/companies/zhipu.en.mdx': EN.replace('Zhipu works with [[tang-jie]].\n', '') }), []);
  });

  test('the missing page text names the German file to translate', () => {
    assert.deepEqual(fixesOf({ 'content/companies/zhipu.en.mdx': EN.replace('Zhipu works with [[tang-jie]].', '') }), [
      'content/companies/zhipu.en.mdx:13 the page text is missing | translate the text of content/companies/zhipu.mdx below the frontmatter',
    ]);
  });
});

describe('a published edition, with the fix', () => {
  test('names the file to create for each entry without its English text', () => {
    assert.deepEqual(fixesOf({ 'content/companies/zhipu.en.mdx': EN }, ['de', 'en']), [
      'content/people/tang-jie.mdx:- the entry has no English text | create content/people/tang-jie.en.mdx (see CONTRIBUTING.md, "Englische Fassung")',
      'content/sources/haidian-article.yaml:- the entry has no English text | create content/sources/haidian-article.en.yaml (see CONTRIBUTING.md, "Englische Fassung")',
    ]);
  });
});

describe('checkTranslations, called directly', () => {
  const original = (slug: string, collection: Original['collection'], data: Record<string, unknown>, body?: string): Original => ({
    slug,
    collection,
    file: `content/${collection}/${slug}.${collection === 'sources' ? 'yaml' : 'mdx'}`,
    data,
    valid: true,
    ...(body !== undefined ? { body } : {}),
  });
  const nodes = new Map<string, Original>([
    ['article', original('article', 'sources', { name: 'Der Artikel', sources: [], notes: [] })],
    ['zhipu', original('zhipu', 'companies', { name: 'Zhipu', sources: [], notes: [] }, '\nText.\n')],
  ]);
  const options = { nodes, aliases: new Map<string, string>(), editions: ['de'] as const, todos: () => [] };

  test('attaches an MDX translation with its body and the line the body starts on', () => {
    const text = '---\nname: Zhipu AI\nsummary: Large model company from Tsinghua University.\n---\n\nText in English.\n';
    const { translations, problems } = checkTranslations([{ collection: 'companies', slug: 'zhipu', file: 'content/companies/zhipu.en.mdx', text, locale: 'en' }], options);
    assert.deepEqual(problems, []);
    const t = translations.get('zhipu')!.en!;
    assert.deepEqual([t.file, t.data.name, t.body, t.bodyStartLine], ['content/companies/zhipu.en.mdx', 'Zhipu AI', '\nText in English.\n', 5]);
  });

  test('attaches a YAML translation without any body', () => {
    const text = 'name: The article\nsummary: A report on Haidian as the origin of AI in China.\n';
    const { translations, problems } = checkTranslations([{ collection: 'sources', slug: 'article', file: 'content/sources/article.en.yaml', text, locale: 'en' }], options);
    assert.deepEqual(problems, []);
    const t = translations.get('article')!.en!;
    assert.equal(t.data.name, 'The article');
    assert.equal('body' in t, false);
    assert.equal('bodyStartLine' in t, false);
  });

  test('does not attach a translation that fails its schema', () => {
    const text = 'name: The article\nsummary: short\n';
    const { translations, problems } = checkTranslations([{ collection: 'sources', slug: 'article', file: 'content/sources/article.en.yaml', text, locale: 'en' }], options);
    assert.deepEqual(problems.map((p) => `${p.line} ${p.field}`), ['2 summary']);
    assert.equal(translations.has('article'), false);
  });
});
