/**
 * The URL rule for tags. A tag's URL segment must be non-empty, stable and ASCII, whatever
 * script the tag is written in:
 * - Latin letters: lowercase, umlauts the German way (ä → ae, ß → ss), other accents dropped;
 * - Chinese characters: their pinyin without tones, one syllable per word (人工智能 →
 *   ren-gong-zhi-neng), from the `pinyin-pro` dictionary;
 * - any other letter or symbol (Cyrillic, emoji, …): `u` and its code point in hex (Ж → u416),
 *   so two different tags never collapse into an empty or equal segment by accident.
 * Everything else separates words; words are joined by single hyphens.
 */
import { pinyin } from 'pinyin-pro';
import { suggestSlug } from './slug.ts';

/** The URL segment of a tag, e.g. "Künstliche Intelligenz" → "kuenstliche-intelligenz", "人工智能" → "ren-gong-zhi-neng". */
export function tagSlug(tag: string): string {
  const words: string[] = [];
  for (const run of tag.normalize('NFC').match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) ?? []) {
    if (/\p{Script=Han}/u.test(run)) {
      words.push(...pinyin(run, { toneType: 'none', type: 'array' }).map((s) => s.toLowerCase().replace(/ü/g, 'v')));
      continue;
    }
    for (const part of run.split(/[\s\-_/.,;:!?()[\]{}"'„“‚‘«»]+/u).filter(Boolean)) {
      const latin = suggestSlug(part);
      const rest = [...part].filter((ch) => /[^\p{Script=Latin}\p{N}\p{M}]/u.test(ch) && !/[\s\p{P}]/u.test(ch));
      if (latin) words.push(latin);
      words.push(...rest.map((ch) => `u${ch.codePointAt(0)!.toString(16)}`));
    }
  }
  return words.join('-').replace(/-+/g, '-').replace(/^-|-$/g, '');
}
