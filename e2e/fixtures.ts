/**
 * The e2e `test`: every page is kept offline. Requests that leave the local server are
 * aborted; map tiles are expected (and blocked, so the tests prove the map works without
 * them) and listed in the `blocked` fixture, anything else fails the test that caused it.
 */
import { test as base, expect } from '@playwright/test';
import { SITE } from '../src/config.ts';
import { tileOrigin } from '../src/lib/csp.ts';

const tiles = new RegExp(`^${tileOrigin(SITE.tiles.url).replace(/[.]/g, '\\.').replace('*', '[^./]+')}/`);

export const test = base.extend<{ blocked: { tiles: string[] } }>({
  blocked: async ({}, use) => {
    await use({ tiles: [] });
  },
  page: async ({ page, blocked }, use) => {
    const thirdParty: string[] = [];
    await page.route(
      (url) => !['127.0.0.1', 'localhost'].includes(url.hostname),
      (route) => {
        const url = route.request().url();
        (tiles.test(url) ? blocked.tiles : thirdParty).push(url);
        return route.abort();
      },
    );
    await use(page);
    expect(thirdParty, 'requests that left the local server (other than map tiles)').toEqual([]);
  },
});

export { expect };
