#!/usr/bin/env node
// `npm start [-- FILE.py]` and `bytescope-app [FILE.py]`: builds the app if needed, then launches
// Electron when its binary is installed; otherwise says so in one line and serves the same UI
// through the web host, in Chromium's app mode when /usr/bin/chromium exists (else prints the URL).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './build-app.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The Electron executable if it is really on disk (never triggers electron's download). */
export function findElectron() {
  const dir = path.join(root, 'node_modules/electron');
  const pathFile = path.join(dir, 'path.txt');
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const exe = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : 'electron');
    return existsSync(exe) ? exe : null;
  }
  if (!existsSync(pathFile)) return null;
  const exe = path.join(dir, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(exe) ? exe : null;
}

export function startApp(args) {
  for (const a of args) {
    if (a.endsWith('.py') && !existsSync(a)) {
      console.error(`bytescope: ${a}: no such file`);
      process.exit(1);
    }
  }
  buildApp({ ifStale: true });
  const files = args.map((a) => (a.endsWith('.py') ? path.resolve(a) : a));
  const electron = findElectron();
  let child;
  if (electron) {
    const extra = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
    child = spawn(electron, [...extra, root, ...files], { stdio: 'inherit' });
  } else {
    console.log('Electron\'s binary is not installed here, so Bytescope runs in the browser host instead.');
    child = spawn(process.execPath, [path.join(root, 'out/main/host.js'), '--app', ...files], { stdio: 'inherit' });
  }
  const forward = (sig) => () => child.kill(sig);
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  child.on('exit', (code) => process.exit(code ?? 0));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  startApp(process.argv.slice(2));
}
