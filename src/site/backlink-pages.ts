/**
 * Bounded backlinks. An entry page lists at most BACKLINKS_SHOWN of the figures that concern
 * it, with their values, and at most BACKLINKS_SHOWN of the other links per kind; an entry
 * that more entries point to (the article every entry cites, the district most places lie
 * in) gets pages listing all of them, BACKLINKS_PER_PAGE per page, so that no page grows
 * with the size of the atlas. Pure.
 */
import type { BacklinkGroup } from '../atlas/build/graph.ts';
import type { CollectionName } from '../atlas/model/collections.ts';

/** Links of one kind an entry page shows before pointing to the full list. */
export const BACKLINKS_SHOWN = 12;

/** Links per page of the full list. */
export const BACKLINKS_PER_PAGE = 100;

/**
 * The figures among the entries that link to an entry, each once, in backlink order: the
 * entry page's "figures on this entry" (at most BACKLINKS_SHOWN of them, see needsBacklinkPages).
 * `collectionOf` gives an entry's collection by slug.
 */
export function backlinkFigures(groups: readonly BacklinkGroup[], collectionOf: (slug: string) => CollectionName | undefined): string[] {
  return [...new Set(groups.flatMap((g) => g.edges.map((e) => e.from)))].filter((slug) => collectionOf(slug) === 'figures');
}

/**
 * The links an entry page lists under "linked with …": every group without the links from
 * figures, which the page already lists with their values (see backlinkFigures); a group
 * left without links is dropped. Groups and links keep their order. The pages of all links
 * still list everything.
 */
export function entryPageBacklinks(groups: readonly BacklinkGroup[], collectionOf: (slug: string) => CollectionName | undefined): BacklinkGroup[] {
  return groups.map((g) => ({ kind: g.kind, edges: g.edges.filter((e) => collectionOf(e.from) !== 'figures') })).filter((g) => g.edges.length > 0);
}

/**
 * True when the entry page cannot show every link to the entry: some kind of link has more
 * than BACKLINKS_SHOWN besides the figures (entryPageBacklinks), or more than BACKLINKS_SHOWN
 * figures concern it (the figures are among the links, so the full list shows them all).
 */
export function needsBacklinkPages(groups: readonly BacklinkGroup[], collectionOf: (slug: string) => CollectionName | undefined): boolean {
  return entryPageBacklinks(groups, collectionOf).some((g) => g.edges.length > BACKLINKS_SHOWN) || backlinkFigures(groups, collectionOf).length > BACKLINKS_SHOWN;
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
