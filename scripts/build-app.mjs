#!/usr/bin/env node
// Builds the app with electron-vite: Electron main + web host + session worker (out/main),
// preload (out/preload), renderer (out/renderer). Works without an Electron binary.
// Usage: node scripts/build-app.mjs [--if-stale]   (--if-stale: skip when out/ is newer than src/)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

export function appIsBuilt() {
  return ['out/main/index.js', 'out/main/host.js', 'out/main/session-worker.js', 'out/preload/index.cjs', 'out/renderer/index.html']
    .every((f) => existsSync(path.join(root, f)));
}

export function buildApp({ ifStale = false } = {}) {
  if (ifStale && appIsBuilt()) {
    const built = statSync(path.join(root, 'out/main/host.js')).mtimeMs;
    if (newest(path.join(root, 'src')) < built && statSync(path.join(root, 'electron.vite.config.ts')).mtimeMs < built) return;
  }
  const bin = path.join(root, 'node_modules/electron-vite/bin/electron-vite.js');
  const r = spawnSync(process.execPath, [bin, 'build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) {
    console.error('build-app: electron-vite build failed');
    process.exit(r.status ?? 1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildApp({ ifStale: process.argv.includes('--if-stale') });
}
