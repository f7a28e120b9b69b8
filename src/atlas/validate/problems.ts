/**
 * A problem is one thing wrong with the content, phrased for a contributor: the file,
 * the field, what is wrong and how to fix it. All checks report problems in this shape
 * and the build prints them all at once instead of stopping at the first.
 */

/** One content problem. */
export interface Problem {
  /** Path relative to the project root, e.g. `content/companies/zhipu.mdx`. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** 1-based column in that line, when known. */
  column?: number;
  /** Frontmatter field path, e.g. `location.lat` or `people[0].id`. */
  field?: string;
  /** What is wrong. */
  message: string;
  /** What to do about it. */
  fix?: string;
}

/** `file:line:column`, as far as known (the form editors and terminals turn into links). */
export function location(p: Pick<Problem, 'file' | 'line' | 'column'>): string {
  return p.line ? `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}` : p.file;
}

/** One line per problem: `file:line:column  field "x": message. Fix: …`. */
export function formatProblem(p: Problem): string {
  const where = location(p);
  const field = p.field ? `field "${p.field}": ` : '';
  const fix = p.fix ? ` Fix: ${p.fix}` : '';
  const stop = /[.!?]$/.test(p.message) ? '' : '.';
  return `${where}  ${field}${p.message}${stop}${fix}`;
}

/** Problems in reading order: by file, line and column. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** A readable report of many problems, sorted by file and line, under a heading that counts them. */
export function formatProblems(problems: readonly Problem[], noun = 'content problem'): string {
  const head = `${problems.length} ${noun}${problems.length === 1 ? '' : 's'}:`;
  return [head, ...sortProblems(problems).map((p) => `  - ${formatProblem(p)}`)].join('\n');
}

/** Thrown to fail the build; its message lists every problem. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** The candidate closest to `value` if it is plausibly a typo of it. */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(value, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return bestDistance <= Math.max(1, Math.floor(value.length / 3)) ? best : undefined;
}
