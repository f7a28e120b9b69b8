/**
 * A stand-in card process for pool.test.ts: writes, instead of a card, which process it ran in
 * and the content of the font files it was handed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { WorkerTask } from '../pool.ts';

export default function echo({ file, fonts }: WorkerTask): number {
  const text = JSON.stringify({ pid: process.pid, fonts: Object.fromEntries(Object.entries(fonts).map(([name, path]) => [name, { path, data: readFileSync(path, 'utf8') }])) });
  writeFileSync(file, text);
  return text.length;
}
