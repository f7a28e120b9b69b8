/**
 * Fingerprints of source texts: what the repository keeps instead of the text itself, so that
 * the check can tell whether a quote is really the source's words. The article is a
 * copyrighted work (a translation of a 投中网 article) and is not published with the atlas;
 * its fingerprint holds, per paragraph, a truncated SHA-256 hash of every run of `n`
 * consecutive words, in order. That is enough to confirm a quote word for word and to point
 * at the closest passage, but the text cannot be read from it.
 *
 * Words are runs of letters and digits (Unicode), compared exactly (case and umlauts count);
 * punctuation and quotation marks are not words, so „…“ and "…" quote the same text.
 */
import { createHash } from 'node:crypto';

/** Words per hashed run. */
export const GRAM = 3;

/**
 * Fewest words a checked quote may have: twice the run length, so that a quote with one word
 * changed keeps at least one intact run to locate the closest passage by.
 */
export const MIN_QUOTE_WORDS = 2 * GRAM;

/** Hex digits kept of each SHA-256 hash (40 bits: a false match per lookup is about 1 in 10¹²). */
export const HASH_DIGITS = 10;

/** A source's fingerprint as stored in content/fingerprints/<source-slug>.json. */
export interface Fingerprint {
  /** The slug of the source entry (content/sources/<slug>.yaml). */
  source: string;
  /** What the file is and why the text is not here, for a reader who opens it. */
  about: string;
  /** Words per run (GRAM when written). */
  n: number;
  /** Mixed into every hash, so tables of other fingerprints do not apply. */
  salt: string;
  /** Per paragraph, the hash of each run of n words, in order. */
  paragraphs: string[][];
}

/** The words of a text, NFC: runs of letters, marks and digits, e.g. „Die KI-Welle“ → Die, KI, Welle. */
export function wordsOf(text: string): string[] {
  return text.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** The hash of one run of words. */
export function gramHash(words: readonly string[], salt: string): string {
  return createHash('sha256').update(`${salt}\u0000${words.join(' ')}`).digest('hex').slice(0, HASH_DIGITS);
}

/** The fingerprint of a text whose paragraphs are its non-empty lines. */
export function fingerprintOf(source: string, text: string, salt: string, about: string, n = GRAM): Fingerprint {
  const paragraphs = text
    .split(/\r?\n/)
    .map(wordsOf)
    .filter((words) => words.length)
    .map((words) => Array.from({ length: Math.max(0, words.length - n + 1) }, (_, i) => gramHash(words.slice(i, i + n), salt)));
  return { source, about, n, salt, paragraphs };
}

/** Where a quote sits in the source, or the closest passage when it is not verbatim. */
export interface QuoteMatch {
  /** All of the quote's runs found in order at one place: the quote is the source's words. */
  verbatim: boolean;
  /** The closest passage: paragraph and first word (1-based), or undefined when no run matches anywhere. */
  paragraph?: number;
  word?: number;
  /** Runs of the quote found at that place, and how many the quote has. */
  matched: number;
  runs: number;
  /** Words of the quote that differ from the closest passage (every run containing them failed there). */
  differing: string[];
}

/** Where each run hash of a fingerprint occurs (paragraph, word; 0-based), built once per fingerprint. */
const positionIndex = new WeakMap<Fingerprint, Map<string, Array<[number, number]>>>();

function positions(print: Fingerprint): Map<string, Array<[number, number]>> {
  let where = positionIndex.get(print);
  if (!where) {
    where = new Map();
    for (const [p, hashes] of print.paragraphs.entries()) for (const [w, h] of hashes.entries()) (where.get(h) ?? where.set(h, []).get(h)!).push([p, w]);
    positionIndex.set(print, where);
  }
  return where;
}

/**
 * Finds `quote` in a fingerprint: every run of n words of the quote votes for the place it
 * would start at; the place with most votes is the closest passage. Verbatim when every run
 * is found there. Undefined for a quote of fewer than 2n words (MIN_QUOTE_WORDS): it could
 * not be located with a word changed.
 */
export function findQuote(quote: string, print: Fingerprint): QuoteMatch | undefined {
  const words = wordsOf(quote);
  const n = print.n;
  if (words.length < 2 * n) return undefined;
  const where = positions(print);
  const runs = words.length - n + 1;
  const votes = new Map<string, { p: number; w: number; hits: Set<number> }>();
  for (let j = 0; j < runs; j++) {
    for (const [p, w] of where.get(gramHash(words.slice(j, j + n), print.salt)) ?? []) {
      const key = `${p}:${w - j}`;
      const vote = votes.get(key) ?? votes.set(key, { p, w: w - j, hits: new Set() }).get(key)!;
      vote.hits.add(j);
    }
  }
  let best: { p: number; w: number; hits: Set<number> } | undefined;
  for (const v of votes.values()) if (!best || v.hits.size > best.hits.size) best = v;
  if (!best) return { verbatim: false, matched: 0, runs, differing: [] };
  const differing = words.filter((_, i) => {
    for (let j = Math.max(0, i - n + 1); j <= Math.min(runs - 1, i); j++) if (best.hits.has(j)) return false;
    return true;
  });
  return { verbatim: best.hits.size === runs, paragraph: best.p + 1, word: Math.max(0, best.w) + 1, matched: best.hits.size, runs, differing };
}
