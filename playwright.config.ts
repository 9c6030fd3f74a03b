import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { browserLaunchOptions } from './scripts/harness/browser.ts';

const port = Number(process.env['TEST_PORT'] ?? 4329);

/** Every test runs against the built site (dist/), served by the production-like server. */
export default defineConfig({
  // The browser layer alone: the node layers (tests/unit, tests/audits, tests/site, tests/clients)
  // run under node:test.
  testDir: './tests/browser',
  fullyParallel: true,
  // Two workers at least, even on two cores: a browser test waits on the browser and the server as
  // much as it computes, and the per-page sweeps are split for two (tests/browser/every-page.spec.ts).
  workers: Math.max(2, Math.floor(availableParallelism() / 2)),
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  // The list of tests as they run, then the slowest of them (tests/support/slowest-tests.ts).
  reporter: [['list'], ['./tests/support/slowest-tests.ts']],
  // It names slow files only; the reporter above names the slow tests.
  reportSlowTests: null,
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: browserLaunchOptions(),
    trace: 'off',
    // The service worker would answer requests that page.route() then never sees; the offline
    // tests (tests/browser/offline.spec.ts) allow it for themselves.
    serviceWorkers: 'block',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: browserLaunchOptions() } }],
  webServer: {
    // The Node that runs the tests (the project's Node 24 under npm test) runs the server too.
    command: `"${process.execPath}" scripts/serve.ts dist`,
    url: `http://127.0.0.1:${port}/`,
    env: { PORT: String(port) },
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
