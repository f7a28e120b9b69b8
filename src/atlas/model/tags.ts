/**
 * The URL rule for tags. A tag's URL segment must be non-empty, stable and ASCII, whatever
 * script the tag is written in, and two different tags should not share one:
 * - Latin letters and ASCII digits: lowercase, umlauts the German way (ä → ae, ß → ss),
 *   other accents dropped (é → e);
 * - Chinese characters: their pinyin without tones, one syllable per word (人工智能 →
 *   ren-gong-zhi-neng), from the `pinyin-pro` dictionary;
 * - every other character that is not a separator (letters and marks of other scripts,
 *   digits of other scripts, symbols and emoji): `u` and its code point in hex (Ж → u416).
 * Characters keep their order; runs become words joined by single hyphens. Spaces and
 * punctuation separate words. Two spellings that still meet (`Internet`, `internet`) are
 * reported by the tag check.
 */
import { pinyin } from 'pinyin-pro';
import { suggestSlug } from './slug.ts';

/** The URL segment of a tag, e.g. "Künstliche Intelligenz" → "kuenstliche-intelligenz", "人工智能" → "ren-gong-zhi-neng". */
export function tagSlug(tag: string): string {
  const words: string[] = [];
  let latin = '';
  const flush = () => {
    const slug = suggestSlug(latin);
    if (slug) words.push(slug);
    latin = '';
  };
  for (const ch of tag.normalize('NFC')) {
    if (/[\p{Script=Latin}0-9]/u.test(ch) || (/\p{M}/u.test(ch) && latin)) {
      latin += ch;
    } else if (/\p{Script=Han}/u.test(ch)) {
      flush();
      words.push(...pinyin(ch, { toneType: 'none', type: 'array' }).map((s) => s.toLowerCase().replace(/ü/g, 'v')));
    } else if (/[\s\p{P}]/u.test(ch)) {
      flush();
    } else {
      flush();
      words.push(`u${ch.codePointAt(0)!.toString(16)}`);
    }
  }
  flush();
  return words.join('-');
}
