// Unit tests for exports.ts: the open-data downloads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { csvCell, entryRows, eventRows, figureRows, relationRows, toCsv, ENTRY_COLUMNS, atlasJson } from './exports.ts';
import { scanContent } from './content-files.ts';

const scan = scanContent(fileURLToPath(new URL('../..', import.meta.url)));

test('quotes CSV cells with commas, quotes and line breaks', () => {
  assert.equal(csvCell('a'), 'a');
  assert.equal(csvCell('a, b'), '"a, b"');
  assert.equal(csvCell('sagt "ja"'), '"sagt ""ja"""');
  assert.equal(csvCell('x\ny'), '"x\ny"');
  assert.equal(csvCell(null), '');
  assert.equal(csvCell(2.6), '2.6');
});

test('writes a header and one line per row', () => {
  assert.equal(toCsv(['a', 'b'], [{ a: 1, b: 'x,y' }]), 'a,b\r\n1,"x,y"\r\n');
});

test('every entry, relation, figure and event is exported', () => {
  const rows = entryRows(scan.graph, 'https://example.org');
  assert.equal(rows.length, scan.entries.length);
  assert.deepEqual(Object.keys(rows[0]!), [...ENTRY_COLUMNS]);
  assert.equal(relationRows(scan.graph).length, scan.graph.edges.length);
  assert.equal(figureRows(scan.graph).length, scan.counts.figures);
  assert.equal(eventRows(scan.graph).length, scan.counts.events);
  const zhipu = rows.find((r) => r.slug === 'zhipu')!;
  assert.equal(zhipu.name_zh, '智谱华章');
  assert.equal(zhipu.url, 'https://example.org/unternehmen/zhipu/');
  assert.equal(zhipu.located_via, 'zhongguancun-east-road');
});

test('the JSON document has every entry with its data', () => {
  const json = atlasJson(scan.graph, 'https://example.org', { licence: 'x' });
  assert.equal(json.entries.length, scan.entries.length);
  assert.ok(JSON.stringify(json).length > 10_000);
});
