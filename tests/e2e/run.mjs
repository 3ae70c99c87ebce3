#!/usr/bin/env node
// Runs the Playwright end-to-end suite and FAILS unless the browser (web) tests really ran:
// a missing Chromium, a crashed runner or an all-skipped web project is an error, not a pass.
// Electron tests are allowed to be skipped (no binary here); their skip reason is printed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const chromium = process.env.BYTESCOPE_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`test:e2e: no Chromium at ${chromium}. Install it: apt-get install -y --no-install-recommends chromium`);
  process.exit(1);
}
const report = path.join(root, 'test-results/e2e-report.json');
rmSync(report, { force: true });
const cli = path.join(root, 'node_modules/@playwright/test/cli.js');
const r = spawnSync(process.execPath, [cli, 'test', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
if (!existsSync(report)) {
  console.error('test:e2e: Playwright wrote no report; the tests did not run');
  process.exit(1);
}
const data = JSON.parse(readFileSync(report, 'utf8'));
const counts = {};
const skips = new Set();
const walk = (suite) => {
  for (const s of suite.suites ?? []) walk(s);
  for (const spec of suite.specs ?? []) {
    for (const t of spec.tests ?? []) {
      const key = `${t.projectName}:${t.status}`; // expected | unexpected | skipped | flaky
      counts[key] = (counts[key] ?? 0) + 1;
      for (const res of t.results ?? []) for (const a of res.annotations ?? t.annotations ?? []) if (a.type === 'skip') skips.add(`${t.projectName}: ${a.description}`);
      for (const a of t.annotations ?? []) if (a.type === 'skip') skips.add(`${t.projectName}: ${a.description}`);
    }
  }
};
for (const s of data.suites ?? []) walk(s);
console.log('test:e2e summary:', JSON.stringify(counts));
for (const s of skips) console.log(`  skipped — ${s}`);
const webRan = (counts['web:expected'] ?? 0) + (counts['web:unexpected'] ?? 0) + (counts['web:flaky'] ?? 0);
if (webRan === 0) {
  console.error('test:e2e: FAILED — no browser test actually ran');
  process.exit(1);
}
process.exit(r.status ?? 1);
