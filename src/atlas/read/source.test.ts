// Unit tests for source.ts: reading the content folder once, as NFC text, and reporting every file that
// would otherwise be ignored silently. Runs on a temporary folder.
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readContentFolder } from './source.ts';

const COLLECTION_LIST = 'companies, institutions, policies, people, places, sources, figures, events';

/** A temporary project; `write` creates a file (and its folders) relative to its root. */
function project() {
  const root = mkdtempSync(join(tmpdir(), 'atlas-source-test-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  const write = (path: string, text = '') => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  return { root, write };
}

describe('readContentFolder on a temporary project', () => {
  const { root, write } = project();
  const decomposed = 'Fo\u0308rderpolitik und Ba\u0308r'; // "Förderpolitik und Bär" as macOS editors save it
  write('content/companies/zhipu.mdx', '---\nname: Zhipu\n---\n');
  write('content/companies/baichuan.mdx', `---\nname: ${decomposed}\n---\n`);
  write('content/companies/fo\u0308rderung.mdx', '---\nname: x\n---\n');
  write('content/companies/notes.md', '# not read\n');
  write('content/companies/Zhipu.MDX', '---\n---\n');
  write('content/companies/archive/old.mdx', '---\n---\n');
  write('content/companies/.DS_Store', 'ignored');
  write('content/sources/haidian-article.yaml', 'name: Artikel\n');
  write('content/sources/other.yml', 'name: x\n');
  write('content/institutions/tsinghua-keg.mdx', '---\nname: KEG\n---\n');
  write('content/blog/post.mdx', '---\n---\n');
  write('content/notes.txt', 'stray\n');
  write('content/README.md', '# Content\n');
  write('content/tags.yaml', 'tags: []\n');
  write('content/.hidden/x.mdx', 'ignored');
  mkdirSync(join(root, 'content', 'events'), { recursive: true });

  const folder = readContentFolder(root);
  const problemOf = (file: string) => {
    const found = folder.problems.filter((p) => p.file === file);
    assert.equal(found.length, 1, `one problem for ${file}: ${JSON.stringify(folder.problems, null, 2)}`);
    return found[0]!;
  };

  test('reads the entry files of each collection, folders and files in name order', () => {
    assert.deepEqual(
      folder.files.map((f) => [f.collection, f.file, f.slug]),
      [
        ['companies', 'content/companies/baichuan.mdx', 'baichuan'],
        ['companies', 'content/companies/f\u00f6rderung.mdx', 'f\u00f6rderung'],
        ['companies', 'content/companies/zhipu.mdx', 'zhipu'],
        ['institutions', 'content/institutions/tsinghua-keg.mdx', 'tsinghua-keg'],
        ['sources', 'content/sources/haidian-article.yaml', 'haidian-article'],
      ],
    );
  });

  test('keeps the text of each file', () => {
    assert.equal(folder.files.find((f) => f.slug === 'zhipu')!.text, '---\nname: Zhipu\n---\n');
    assert.equal(folder.files.find((f) => f.slug === 'haidian-article')!.text, 'name: Artikel\n');
  });

  test('normalises decomposed umlauts in the text to NFC', () => {
    const text = folder.files.find((f) => f.slug === 'baichuan')!.text;
    assert.equal(text, '---\nname: F\u00f6rderpolitik und B\u00e4r\n---\n');
    assert.ok(!text.includes('\u0308'));
  });

  test('normalises a decomposed umlaut in a file name to NFC, in the path and the slug', () => {
    const file = folder.files.find((f) => f.file.includes('rderung'))!;
    assert.equal(file.file, 'content/companies/f\u00f6rderung.mdx');
    assert.equal(file.slug, 'f\u00f6rderung');
    assert.equal(file.slug.length, 9);
  });

  test('reports a file with another extension in a collection, with the file name to use', () => {
    assert.deepEqual(problemOf('content/companies/notes.md'), { file: 'content/companies/notes.md', message: 'only .mdx files are read in content/companies/', fix: 'rename it to notes.mdx' });
    assert.deepEqual(problemOf('content/companies/Zhipu.MDX'), { file: 'content/companies/Zhipu.MDX', message: 'only .mdx files are read in content/companies/', fix: 'rename it to Zhipu.mdx' });
    assert.deepEqual(problemOf('content/sources/other.yml'), { file: 'content/sources/other.yml', message: 'only .yaml files are read in content/sources/', fix: 'rename it to other.yaml' });
  });

  test('reports a subfolder of a collection', () => {
    assert.deepEqual(problemOf('content/companies/archive'), { file: 'content/companies/archive', message: 'subfolders are not read', fix: 'move the files directly into content/companies/' });
  });

  test('reports an unknown folder and a stray file in content/, listing the collections', () => {
    assert.deepEqual(problemOf('content/blog'), { file: 'content/blog', message: '"blog" is not a collection of the atlas', fix: `move its files into one of: ${COLLECTION_LIST}` });
    assert.deepEqual(problemOf('content/notes.txt'), { file: 'content/notes.txt', message: '"notes.txt" is not a collection of the atlas', fix: `move its files into one of: ${COLLECTION_LIST}` });
  });

  test('ignores content/README.md, content/tags.yaml and dot files, and reports nothing else', () => {
    assert.deepEqual(folder.problems.map((p) => p.file).sort(), [
      'content/blog',
      'content/companies/Zhipu.MDX',
      'content/companies/archive',
      'content/companies/notes.md',
      'content/notes.txt',
      'content/sources/other.yml',
    ]);
  });

  test('counts the entry files read per collection, zero for empty or missing folders', () => {
    assert.deepEqual(folder.counts, { companies: 3, institutions: 1, policies: 0, people: 0, places: 0, sources: 1, figures: 0, events: 0 });
  });
});

describe('readContentFolder with another content folder', () => {
  const { root, write } = project();
  write('fixtures/content-a/people/tang-jie.mdx', '---\nname: Tang Jie\n---\n');

  test('reads it, with paths relative to the project root', () => {
    const folder = readContentFolder(root, join(root, 'fixtures', 'content-a'));
    assert.deepEqual(folder.files.map((f) => f.file), ['fixtures/content-a/people/tang-jie.mdx']);
    assert.equal(folder.counts.people, 1);
    assert.deepEqual(folder.problems, []);
  });
});
