/**
 * MDX files start with YAML frontmatter between two `---` lines. This splits a file into
 * the YAML text and the body, and remembers on which line each starts, so every message
 * can point at the line of the file a contributor sees.
 */

const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** A file split at its frontmatter. Lines are 1-based lines of the whole file. */
export interface SplitFile {
  frontmatter: string;
  body: string;
  bodyStartLine: number;
}

/**
 * Splits an MDX file into frontmatter text, body and the line the body starts on; `undefined`
 * when the file does not start with a `---` line, or never closes it.
 */
export function splitFrontmatter(text: string): SplitFile | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match) return undefined;
  const consumed = match[0];
  return { frontmatter: match[1] ?? '', body: text.slice(consumed.length), bodyStartLine: consumed.split('\n').length };
}

/**
 * The body with the frontmatter lines replaced by empty lines: what the MDX compiler gets,
 * so its line numbers are the file's, and it never parses the YAML a second time.
 */
export function bodyWithBlankFrontmatter(body: string, bodyStartLine: number): string {
  return '\n'.repeat(bodyStartLine - 1) + body;
}
