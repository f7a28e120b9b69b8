// Unit tests for translations.ts, through the whole validation pass on small temporary projects: a translation
// beside its German entry is accepted and attached to the entry; every way it can disagree with the German file
// is a problem at the translation's line; a published edition needs a translation of every entry.
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAtlas } from '../load.ts';

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
