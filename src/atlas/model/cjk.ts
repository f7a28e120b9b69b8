/**
 * Chinese inside German text. Screen readers switch voice and browsers pick fonts by
 * `lang`, so every run of Chinese characters in German prose is marked `lang="zh"`.
 * One splitter serves components (summaries, notes, quotes) and the MDX renderer.
 */

/**
 * Han ideographs plus CJK punctuation and full-width forms, in runs. Spaces, digits and
 * Latin letters between Han characters stay inside the run (京东科技大厦1栋13层 is one run).
 */
const CJK_RUN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]+(?:[\s\dA-Za-z]*[\p{Script=Han}\u3000-\u303f\uff00-\uffef]+)*/gu;

/** A piece of text that is either Chinese or not. */
export interface LangSegment {
  text: string;
  zh: boolean;
}

/** True when the text contains at least one Han character. */
export function hasCjk(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}

/** Splits text into Chinese and non-Chinese runs, in order; joining them gives the input back. */
export function splitCjk(text: string): LangSegment[] {
  const segments: LangSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(CJK_RUN)) {
    if (!hasCjk(match[0])) continue;
    if (match.index > last) segments.push({ text: text.slice(last, match.index), zh: false });
    segments.push({ text: match[0], zh: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), zh: false });
  return segments;
}
