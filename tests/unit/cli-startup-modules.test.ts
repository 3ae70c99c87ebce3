/**
 * Start-up cost guard: a `bytescope run` of a plain program must not make Node load its
 * networking, stream, tty or worker modules. Importing one of them at start-up (host-node.ts once
 * imported node:tty and node:worker_threads) made Node compile ~25 internal modules on every run,
 * ~35 ms of an empty program's ~100. Modules a program's own actions need (a relative path, a
 * tty check, a subprocess) are loaded on first use instead.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCli } from '../../scripts/build-cli.mjs';

const ROOT = path.resolve(__dirname, '..', '..');
const BUNDLE = path.join(ROOT, 'out', 'cli', 'bytescope.mjs');
/** Node modules whose loading at start-up would be a regression (with what each pulls in). */
const HEAVY = ['tty', 'net', 'stream', 'worker_threads', 'child_process', 'http', 'https', 'readline', 'internal/worker'];

let tmp = '';
let preload = '';
beforeAll(async () => {
  await buildCli({ quiet: true });
  tmp = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'bytescope-startup-mods-')));
  preload = path.join(tmp, 'list-modules.cjs');
  // At exit, writes the Node modules loaded after the preload itself to $BS_MODULE_LIST as JSON.
  writeFileSync(preload, `const seen = new Set(process.moduleLoadList);
process.on('exit', () => {
  const added = process.moduleLoadList.filter((m) => !seen.has(m) && m.startsWith('NativeModule ')).map((m) => m.slice(13));
  require('fs').writeFileSync(process.env.BS_MODULE_LIST, JSON.stringify(added));
});
`);
}, 120_000);

function loadedBy(source: string): string[] {
  const file = path.join(tmp, 'prog.py');
  const out = path.join(tmp, 'modules.json');
  writeFileSync(file, source);
  writeFileSync(out, 'null');
  const r = spawnSync(process.execPath, ['-r', preload, BUNDLE, 'run', file], {
    cwd: tmp, encoding: 'utf8', input: '', timeout: 30_000, env: { ...process.env, BS_MODULE_LIST: out },
  });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(readFileSync(out, 'utf8')) as string[];
}

describe('Node modules loaded by a plain run', () => {
  it('an empty program loads none of the heavy ones', () => {
    const mods = loadedBy('pass\n');
    expect(mods.length).toBeGreaterThan(0);
    expect(mods.filter((m) => HEAVY.includes(m))).toEqual([]);
  });
  it('printing and importing stdlib modules loads none of them either', () => {
    const mods = loadedBy('import collections, re, json\nprint(collections.Counter("abca").most_common(1), json.dumps([1]))\n');
    expect(mods.filter((m) => HEAVY.includes(m))).toEqual([]);
  });
  it('random (seeded from OS entropy at import) and os.urandom load no crypto module', () => {
    // Node's WebCrypto compiles ~30 internal modules at first use; the hosts read /dev/urandom.
    const mods = loadedBy('import random, os\nprint(random.random() < 1, len(os.urandom(8)))\n');
    expect(mods.filter((m) => m.startsWith('internal/crypto') || m === 'crypto')).toEqual([]);
  });
  it('the guard sees a heavy module when a program needs one (os.isatty loads node:tty)', () => {
    const mods = loadedBy('import os\nos.isatty(0)\n');
    expect(mods).toContain('tty');
  });
});
