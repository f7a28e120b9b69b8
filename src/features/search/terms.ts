/**
 * Extra words for the search index, so that visitors find entries the way they type them.
 * Pagefind splits a German page into words at spaces and punctuation and matches query
 * words by prefix: a Chinese name (智谱华章) is then a single word, found by 智谱 but not by
 * 华章. Indexing every suffix of each Chinese run (谱华章, 华章, 章) makes every substring a
 * prefix of some indexed word. Pinyin without tone marks and umlaut spellings (ae, a) cover
 * what people type on a keyboard without those characters.
 */
import { splitCjk } from '../../atlas/model/cjk.ts';

/** Every suffix of a run of Han characters, longest first: 智谱华章 → 智谱华章, 谱华章, 华章, 章. */
export function cjkSuffixes(text: string): string[] {
  const out: string[] = [];
  for (const segment of splitCjk(text)) {
    if (!segment.zh) continue;
    for (const run of segment.text.split(/[^\p{Script=Han}]+/u).filter(Boolean)) {
      const chars = [...run];
      for (let i = 0; i < chars.length; i++) out.push(chars.slice(i).join(''));
    }
  }
  return [...new Set(out)];
}

/** Pinyin with tone marks removed: "Zhìpǔ Huázhāng" → "Zhipu Huazhang" (ü becomes u and v). */
export function stripTones(pinyin: string): string[] {
  // Keep ü (with any tone) apart before dropping the tone marks, which would also drop its dots.
  const marked = pinyin.replace(/[ǖǘǚǜü]/g, '\u0001').replace(/[ǕǗǙǛÜ]/g, '\u0002');
  const base = marked.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
  const u = base.replace(/\u0001/g, 'u').replace(/\u0002/g, 'U');
  const v = base.replace(/\u0001/g, 'v').replace(/\u0002/g, 'V');
  return [...new Set([u, v])];
}

/** Spellings of German text without umlauts and ß: "Universität" → "Universitaet", "Universitat". */
export function umlautVariants(text: string): string[] {
  if (!/[äöüÄÖÜß]/.test(text)) return [];
  const expanded = text.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/Ä/g, 'Ae').replace(/Ö/g, 'Oe').replace(/Ü/g, 'Ue').replace(/ß/g, 'ss');
  const plain = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').replace(/ß/g, 'ss');
  return [...new Set([expanded, plain])];
}

/** The names of an entry the search must know, in every form. */
export interface SearchNames {
  /** The entry's names in the Latin alphabet: title, German name, the article's wording, English name. */
  names: readonly string[];
  name_zh?: string | undefined;
  pinyin?: string | undefined;
  /** Other Chinese text of the entry (body, summary, notes, addresses). */
  otherChinese?: readonly string[];
}

/** Separator between search-only words; the results UI recognises excerpts taken from them by it. */
export const TERMS_SEPARATOR = ' · ';

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The words of a text (maximal runs of letters and digits), for `isPresent`. Built once per
 * page, so checking a candidate costs a lookup, not a scan of the page.
 */
export function wordsOf(text: string): Set<string> {
  return new Set(text.match(WORD) ?? []);
}

/** True when `candidate` occurs in the text as whole words (all its words, in order for phrases). */
export function isPresent(candidate: string, words: ReadonlySet<string>, text: string): boolean {
  const parts = candidate.match(WORD) ?? [];
  if (parts.length === 0) return true;
  if (!parts.every((p) => words.has(p))) return false;
  if (parts.length === 1) return true;
  // A phrase: its words must also stand together, separated as in the candidate.
  let from = 0;
  while ((from = text.indexOf(candidate, from)) !== -1) {
    const before = text[from - 1];
    const after = text[from + candidate.length];
    if ((before === undefined || !/[\p{L}\p{N}]/u.test(before)) && (after === undefined || !/[\p{L}\p{N}]/u.test(after))) return true;
    from++;
  }
  return false;
}

/**
 * The search-only words of an entry: its names, umlaut spellings, pinyin without tones (also
 * as one word: "Qinghua Daxue" and "QinghuaDaxue"), and every suffix of every Chinese run.
 * Words the page text (`present`) already contains are left out, so the extra words stay
 * few and excerpts come from the real text wherever possible; the names themselves are
 * always listed, so that with the record's weight they lift the entry above pages that
 * merely mention it.
 */
export function searchTerms(names: SearchNames, present = ''): string[] {
  const own = names.names.map((n) => n.trim()).filter(Boolean);
  const words: string[] = own.flatMap(umlautVariants);
  if (names.pinyin) {
    for (const p of stripTones(names.pinyin)) words.push(p, p.replace(/\s+/g, ''));
  }
  for (const text of [names.name_zh ?? '', ...(names.otherChinese ?? [])]) if (text) words.push(...cjkSuffixes(text));
  const presentWords = wordsOf(present);
  const extra = words.map((w) => w.trim()).filter((w) => w && !isPresent(w, presentWords, present));
  return [...new Set([...own, ...extra])];
}
