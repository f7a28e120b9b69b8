/**
 * Bounded backlinks. An entry page lists at most BACKLINKS_SHOWN links per kind; an entry
 * that more entries point to (the article every entry cites, the district most places lie
 * in) gets pages listing all of them, BACKLINKS_PER_PAGE per page, so that no page grows
 * with the size of the atlas. Pure.
 */
import type { BacklinkGroup } from '../atlas/build/graph.ts';

/** Links of one kind an entry page shows before pointing to the full list. */
export const BACKLINKS_SHOWN = 12;

/** Links per page of the full list. */
export const BACKLINKS_PER_PAGE = 100;

/** True when some kind of link to the entry has more than the entry page shows. */
export function needsBacklinkPages(groups: readonly BacklinkGroup[]): boolean {
  return groups.some((g) => g.edges.length > BACKLINKS_SHOWN);
}

/** Number of pages of the full list (at least 1). */
export function backlinkPageCount(groups: readonly BacklinkGroup[]): number {
  const total = groups.reduce((sum, g) => sum + g.edges.length, 0);
  return Math.max(1, Math.ceil(total / BACKLINKS_PER_PAGE));
}

/**
 * The groups on page `page` (1-based) of the full list: the links in the order of the groups,
 * cut into pages of BACKLINKS_PER_PAGE, each page keeping the group headings of its links.
 */
export function backlinkPage(groups: readonly BacklinkGroup[], page: number): BacklinkGroup[] {
  const start = (page - 1) * BACKLINKS_PER_PAGE;
  const end = start + BACKLINKS_PER_PAGE;
  const result: BacklinkGroup[] = [];
  let offset = 0;
  for (const group of groups) {
    const from = Math.max(start - offset, 0);
    const to = Math.min(end - offset, group.edges.length);
    if (from < to) result.push({ kind: group.kind, edges: group.edges.slice(from, to) });
    offset += group.edges.length;
  }
  return result;
}
