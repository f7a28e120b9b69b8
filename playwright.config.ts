import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/**
 * End-to-end tests run against the production builds, served by `astro preview`: `dist`
 * (`npm run build`, project "chromium"), `dist-subpath` (`npm run build:subpath`, served under
 * /atlas/, project "subpath") and `dist-hostile` (`npm run build:hostile`, project "hostile"). Browsers are never downloaded: CHROMIUM_PATH, or Debian's
 * /usr/bin/chromium when present, or Playwright's own browser on machines that have one.
 */
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const port = Number(process.env.E2E_PORT ?? 4329);
/** The sub-path build (dist-subpath, served under /atlas/) and the hostile-fixture build (dist-hostile). */
const subpathPort = port + 1;
const hostilePort = port + 2;
const preview = (p: number) => `node node_modules/astro/bin/astro.mjs preview --host 127.0.0.1 --port ${p} --ignore-lock`;
const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    ...(executablePath ? { executablePath } : {}),
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  },
};

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  // Two workers even on two cores: much of a test's time is spent waiting for the browser.
  workers: process.env.CI ? 2 : Math.max(2, Math.floor(availableParallelism() / 2)),
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // CI machines have two cores shared by the server and two browsers: allow for slow pages.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'chromium', testIgnore: ['subpath.spec.ts', 'hostile.spec.ts'], use: browser },
    { name: 'subpath', testMatch: 'subpath.spec.ts', use: { ...browser, baseURL: `http://127.0.0.1:${subpathPort}/atlas/` } },
    { name: 'hostile', testMatch: 'hostile.spec.ts', use: { ...browser, baseURL: `http://127.0.0.1:${hostilePort}` } },
  ],
  // --ignore-lock: run in the foreground, alongside any other preview server of this checkout
  // (Astro otherwise refuses to start a second one, or moves itself to the background).
  webServer: [
    { command: preview(port), url: `http://127.0.0.1:${port}/`, reuseExistingServer: !process.env.CI, timeout: 120_000 },
    {
      command: preview(subpathPort),
      url: `http://127.0.0.1:${subpathPort}/atlas/`,
      env: { ATLAS_SITE_URL: 'https://owner.github.io/atlas/', ATLAS_OUT_DIR: 'dist-subpath' },
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    { command: preview(hostilePort), url: `http://127.0.0.1:${hostilePort}/`, env: { ATLAS_OUT_DIR: 'dist-hostile' }, reuseExistingServer: !process.env.CI, timeout: 120_000 },
  ],
});
