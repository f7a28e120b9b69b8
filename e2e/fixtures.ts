/**
 * The e2e `test`: every page is kept offline. Every request that leaves the local server is
 * aborted and recorded, and fails the test that caused it, with one exception: a test that
 * opts in to the map's consent flow (`test.use({ tileConsent: true })`) may request
 * background tiles from the configured tile server (src/site/config.ts); those are aborted
 * too (the suite never touches the network) and listed in `offsite.tiles`, so the test can
 * say when they started and where they went. Anything else that leaves still fails.
 *
 * Uncaught exceptions and unhandled promise rejections in the page (`pageerror`) fail the
 * test as well: no view may throw, even when its data or its search index cannot load.
 */
import { test as base, expect, type Request } from '@playwright/test';
import { SITE } from '../src/site/config.ts';
import { tileOrigin } from '../src/features/security/csp.ts';

/** Matches a URL on the tile server (a `*` in the origin stands for one subdomain label). */
export const TILE_URL = new RegExp(`^${tileOrigin(SITE.tiles.url).replace(/[.]/g, '\\.').replace('*', '[^./]+')}/`);

/** The tile server's host as the consent panel names it. */
export const TILE_HOST = new URL(SITE.tiles.url.replace(/\{s\}/g, 'a')).host;

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

/** Requests that left the local server, in the order they were made (all of them aborted). */
export interface Offsite {
  /** Requests to the tile server (only allowed with `tileConsent`). */
  tiles: string[];
  /** Every other request that left: must stay empty. */
  other: string[];
}

interface Options {
  /** The test exercises the map's consent flow: tile requests are recorded instead of failing the test. */
  tileConsent: boolean;
  /** The test provokes page errors on purpose and checks them itself. */
  allowPageErrors: boolean;
}

interface Fixtures {
  offsite: Offsite;
  /** Uncaught errors and unhandled rejections of every page of the test. */
  pageErrors: string[];
  /** Every request of the test (method and URL), local or not, in order. */
  requests: Request[];
}

/** Playwright's `test`, kept offline and free of page errors (see the top of this file). */
export const test = base.extend<Fixtures & Options>({
  tileConsent: [false, { option: true }],
  allowPageErrors: [false, { option: true }],
  offsite: async ({}, use) => {
    await use({ tiles: [], other: [] });
  },
  pageErrors: async ({}, use) => {
    await use([]);
  },
  requests: async ({}, use) => {
    await use([]);
  },
  context: async ({ context, offsite, tileConsent, pageErrors, requests, allowPageErrors }, use) => {
    await context.route(
      (url) => !LOCAL_HOSTS.has(url.hostname),
      (route) => {
        const url = route.request().url();
        (TILE_URL.test(url) ? offsite.tiles : offsite.other).push(url);
        return route.abort('blockedbyclient');
      },
    );
    context.on('request', (request) => requests.push(request));
    context.on('page', (page) => page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`)));
    await use(context);
    expect(offsite.other, 'requests that left the local server').toEqual([]);
    if (!tileConsent) expect(offsite.tiles, 'tile requests in a test that does not ask for the background map').toEqual([]);
    if (!allowPageErrors) expect(pageErrors, 'uncaught errors and unhandled rejections in the page').toEqual([]);
  },
});

export { expect };
