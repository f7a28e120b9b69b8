/**
 * The e2e `test`: every page is kept offline. Requests that leave the local server are
 * aborted; map tiles are expected (and blocked, so the tests prove the map works without
 * them), anything else fails the test that caused it.
 */
import { test as base, expect } from '@playwright/test';
import { SITE } from '../src/config.ts';
import { tileOrigin } from '../src/lib/csp.ts';

const tiles = new RegExp(`^${tileOrigin(SITE.tiles.url).replace(/[.]/g, '\\.').replace('*', '[^./]+')}/`);

export const test = base.extend({
  page: async ({ page }, use) => {
    const thirdParty: string[] = [];
    await page.route(
      (url) => !['127.0.0.1', 'localhost'].includes(url.hostname),
      (route) => {
        if (!tiles.test(route.request().url())) thirdParty.push(route.request().url());
        return route.abort();
      },
    );
    await use(page);
    expect(thirdParty, 'requests that left the local server (other than map tiles)').toEqual([]);
  },
});

export { expect };
