/**
 * End-to-end tests of the real UI. Project `web`: Debian's Chromium (/usr/bin/chromium) driving
 * the renderer served by the Node web host. Project `electron`: the same specs through
 * Playwright's Electron support — skipped, saying so, where no Electron binary is installed.
 * Run with `npm run test:e2e` (builds first, and fails if the browser tests did not run).
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-report.json' }]],
  use: { screenshot: 'only-on-failure', trace: 'off', viewport: { width: 1440, height: 900 } },
  projects: [
    { name: 'web', metadata: { target: 'web' } },
    { name: 'electron', metadata: { target: 'electron' } },
  ],
});
