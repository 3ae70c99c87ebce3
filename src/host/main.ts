/**
 * `npm run web` / the fallback of `npm start`: starts the web host on 127.0.0.1 and prints its URL
 * (with the token). Built to out/main/host.js next to the session worker and out/renderer.
 *
 *   node out/main/host.js [FILE.py] [--port N] [--app] [--json]
 *     --app   open the URL in Chromium's app mode when /usr/bin/chromium (or $BYTESCOPE_CHROMIUM) exists
 *     --json  print one JSON line {url, port} instead of prose (used by the end-to-end tests)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ProgramFile } from '../shared/protocol';
import { readPythonFile } from '../main/session/app-services';
import { VM_STATUS } from '../main/session/vm-status';
import { startWebHost } from './server';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');

function usage(msg: string): never {
  process.stderr.write(`bytescope web host: ${msg}\nusage: node out/main/host.js [FILE.py] [--port N] [--app] [--json]\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  let file: string | null = null;
  let port = 0;
  let app = false;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--port') port = Number(argv[++i]);
    else if (a === '--app') app = true;
    else if (a === '--json') json = true;
    else if (a.startsWith('-')) usage(`unknown option ${a}`);
    else if (file === null) file = a;
    else usage('only one program file can be opened');
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) usage('--port needs a number 0-65535');

  let initialFile: ProgramFile | null = null;
  if (file !== null) {
    try {
      initialFile = await readPythonFile(file);
    } catch (e) {
      process.stderr.write(`bytescope: ${(e as Error).message}\n`);
      process.exit(1);
    }
  }
  const rendererDir = path.join(here, '../renderer');
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    process.stderr.write('bytescope: the renderer is not built; run `npm run build:app` first\n');
    process.exit(1);
  }
  let version = '0.0.0';
  try {
    version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;
  } catch {
    // version is informational only
  }
  const configDir = process.env.XDG_CONFIG_HOME ?? path.join(homedir(), '.config');
  const host = await startWebHost({
    rendererDir,
    workerUrl: pathToFileURL(path.join(here, 'session-worker.js')),
    port,
    app: {
      version,
      examplesDir: path.join(root, 'examples'),
      recentFile: process.env.BYTESCOPE_NO_RECENT ? null : path.join(configDir, 'bytescope', 'recent.json'),
      initialFile,
      vm: VM_STATUS,
    },
  });
  if (json) process.stdout.write(JSON.stringify({ url: host.url, port: host.port }) + '\n');
  else process.stdout.write(`Bytescope is being served at ${host.url}  (Ctrl+C to stop)\n`);

  if (app) {
    const chromium = process.env.BYTESCOPE_CHROMIUM ?? '/usr/bin/chromium';
    if (existsSync(chromium)) {
      const profile = mkdtempSync(path.join(tmpdir(), 'bytescope-chromium-'));
      const child = spawn(chromium, [`--app=${host.url}`, `--user-data-dir=${profile}`, '--no-first-run', '--disable-sync', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])], {
        stdio: 'ignore',
      });
      const started = Date.now();
      child.on('error', () => process.stdout.write(`Could not start ${chromium}; open the address above in a browser.\n`));
      child.on('exit', (code) => {
        // a window that fails at once (no display) leaves the host serving; closing the window ends it
        if (code !== 0 && Date.now() - started < 5000) {
          process.stdout.write(`Chromium could not open a window (exit ${code}); open the address above in a browser.\n`);
          return;
        }
        void host.close().then(() => process.exit(0));
      });
    } else {
      process.stdout.write('No Chromium found at /usr/bin/chromium; open the address above in a browser.\n');
    }
  }
  const shutdown = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

void main();
