/**
 * Fixtures: `app` is a Page showing Bytescope, either in Chromium through a fresh web host
 * (project `web`) or in Electron (project `electron`, skipped when no Electron binary exists).
 */
import { test as base, expect, chromium, _electron } from '@playwright/test';
import type { Page, TestInfo } from '@playwright/test';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM = process.env.BYTESCOPE_CHROMIUM ?? '/usr/bin/chromium';
export const SEED_EXAMPLES = path.resolve(ROOT, '../shared/seed/examples');
export const SHOTS = path.join(ROOT, 'test-results', 'screenshots');

function electronBinary(): string | null {
  const dir = path.join(ROOT, 'node_modules/electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const exe = path.join(dir, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(exe) ? exe : null;
}

async function startHost(): Promise<{ url: string; proc: ChildProcess }> {
  const proc = spawn(process.execPath, [path.join(ROOT, 'out/main/host.js'), '--json'], {
    cwd: ROOT,
    env: { ...process.env, BYTESCOPE_NO_RECENT: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let buf = '';
    const t = setTimeout(() => reject(new Error('the web host did not start within 15 s')), 15_000);
    proc.stdout!.on('data', (d) => {
      buf += d;
      const nl = buf.indexOf('\n');
      if (nl >= 0) {
        clearTimeout(t);
        resolve(JSON.parse(buf.slice(0, nl)).url);
      }
    });
    proc.on('exit', (code) => reject(new Error(`the web host exited with ${code}`)));
  });
  return { url, proc };
}

export async function shot(page: Page, info: TestInfo, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${info.project.name}-${name}.png`);
  await page.screenshot({ path: file });
  await info.attach(name, { path: file, contentType: 'image/png' });
}

export const test = base.extend<{ app: Page }>({
  app: async ({}, use, info) => {
    if (info.project.name === 'electron') {
      const exe = electronBinary();
      test.skip(!exe, 'Electron binary not installed here (its download is blocked); the same specs ran in Chromium via the web host');
      const app = await _electron.launch({ executablePath: exe!, args: ['--no-sandbox', ROOT], env: { ...process.env } as Record<string, string> });
      const page = await app.firstWindow();
      await page.setViewportSize({ width: 1440, height: 900 });
      await use(page);
      await app.close();
      return;
    }
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium`);
    const { url, proc } = await startHost();
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await use(page);
    await browser.close();
    proc.kill();
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };
