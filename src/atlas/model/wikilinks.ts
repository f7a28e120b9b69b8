/**
 * Wiki links let authors link any entry by slug without knowing its collection or URL:
 * `[[zhipu]]` or `[[zhipu|Zhipu AI]]`. One parser serves the renderer (which turns them
 * into links) and the link graph (which turns them into backlinks), so both always agree.
 */

/** One wiki link found in a text. */
export interface WikiLink {
  /** Target slug, as written (validated elsewhere). */
  target: string;
  /** Link text when given after `|`. */
  label?: string;
  /** The whole match, e.g. `[[zhipu|Zhipu AI]]`. */
  raw: string;
  /** Offset of the match in the text. */
  index: number;
}

const WIKI_LINK = /\[\[([^\[\]|\n]+?)(?:\|([^\[\]\n]+?))?\]\]/g;

/**
 * Blanks out code (fenced blocks and inline code spans) with spaces of the same length, so
 * `[[zhipu]]` written as an example in code is not a link, and offsets stay valid.
 */
export function maskCode(text: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank).replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, blank);
}

/** Finds every `[[target]]` and `[[target|label]]` in `text`, in order, outside code. */
export function parseWikiLinks(text: string): WikiLink[] {
  const links: WikiLink[] = [];
  for (const match of maskCode(text).matchAll(WIKI_LINK)) {
    const target = match[1]!.trim();
    const label = match[2]?.trim();
    links.push({ target, ...(label ? { label } : {}), raw: text.slice(match.index, match.index + match[0].length), index: match.index });
  }
  return links;
}

/** A piece of text split around wiki links: either plain text or a link. */
export type WikiSegment = { type: 'text'; value: string } | { type: 'link'; link: WikiLink };

/** Splits `text` into plain-text and wiki-link segments, for a renderer to rebuild. */
export function splitWikiLinks(text: string): WikiSegment[] {
  const segments: WikiSegment[] = [];
  let last = 0;
  for (const link of parseWikiLinks(text)) {
    if (link.index > last) segments.push({ type: 'text', value: text.slice(last, link.index) });
    segments.push({ type: 'link', link });
    last = link.index + link.raw.length;
  }
  if (last < text.length) segments.push({ type: 'text', value: text.slice(last) });
  return segments;
}

/**
 * Line number (1-based) of an offset in a text, so messages about a wiki link can point
 * at the line a contributor has to edit.
 */
export function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
