/**
 * Caches of the CLI's start-up. The `bytescope` command (bin/bytescope.mjs run as a command, its sh
 * preamble passing CLI_V8_FLAGS to Node) finds the V8 code cache the build wrote for its flags.
 * The script's own code object goes through the compiled-code cache (src/cli/stages.ts run):
 * the built CLI stores it under the key of getExec('main', path, text), a later run of the same
 * file uses the stored code object, and a compile that warned or failed is never stored (every
 * run issues its warning or error).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCli } from '../../scripts/build-cli.mjs';
import { sourceHash, encodeCode } from '../../src/vm/runtime/importer/codecache';
import { compile } from '../../src/vm/compiler/index';

const ROOT = path.resolve(__dirname, '..', '..');
const BUNDLE = path.join(ROOT, 'out', 'cli', 'bytescope.mjs');
const BIN = path.join(ROOT, 'bin', 'bytescope.mjs');
const CACHE_ROOT = path.join(ROOT, '.cache', 'bytecode');

let tmp = '';
beforeAll(async () => {
  await buildCli({ quiet: true });
  tmp = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'bytescope-maincache-')));
}, 120_000);

function run(file: string) {
  const r = spawnSync(process.execPath, [BUNDLE, 'run', file], { cwd: tmp, encoding: 'utf8', input: '', timeout: 30_000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** Where the built CLI keeps the script's entry, in whichever compiler build's directory has it. */
function entryOf(file: string, source: string): string | null {
  const name = 'x' + sourceHash(file, `\0main\0${source}`) + '.json';
  for (const d of existsSync(CACHE_ROOT) ? readdirSync(CACHE_ROOT) : []) {
    const p = path.join(CACHE_ROOT, d, name);
    if (existsSync(p)) return p;
  }
  return null;
}

/** A program text no earlier run has stored. */
const unique = (body: string) => `# ${process.pid}-${Date.now()}-${Math.random()}\n${body}`;

describe('compiled-code cache of the script run', () => {
  it('stores the script and runs the stored code object next time', () => {
    const file = path.join(tmp, 'prog.py');
    const src = unique('print(sum(i * i for i in range(10)))\n');
    writeFileSync(file, src);
    const first = run(file);
    expect(first).toEqual({ stdout: '285\n', stderr: '', status: 0 });
    const entry = entryOf(file, src);
    expect(entry).not.toBeNull();
    // Another code object under the script's key: the next run must take it from there.
    writeFileSync(entry!, encodeCode(compile("print('from the cache')\n", file, 'exec')));
    expect(run(file)).toEqual({ stdout: 'from the cache\n', stderr: '', status: 0 });
  });

  it('a compile that warned is not stored: every run warns', () => {
    const file = path.join(tmp, 'warns.py');
    const src = unique("assert (1, 'always true')\nprint('ran')\n");
    writeFileSync(file, src);
    const warning = `${file}:2: SyntaxWarning: assertion is always true, perhaps remove parentheses?\n  assert (1, 'always true')\n`;
    for (let i = 0; i < 2; i++) {
      expect(run(file)).toEqual({ stdout: 'ran\n', stderr: warning, status: 0 });
      expect(entryOf(file, src)).toBeNull();
    }
  });

  it('a syntax error is not stored: every run reports it', () => {
    const file = path.join(tmp, 'bad.py');
    const src = unique('print(1\n');
    writeFileSync(file, src);
    const first = run(file);
    expect(first.status).toBe(1);
    expect(first.stderr).toContain('SyntaxError');
    expect(entryOf(file, src)).toBeNull();
    expect(run(file)).toEqual(first);
  });
});

describe('V8 code cache of the bytescope command', () => {
  it('the build wrote the cache for the flags the sh preamble gives Node (a run writes none)', () => {
    const outDir = path.join(ROOT, 'out', 'cli');
    const caches = () => Object.fromEntries(readdirSync(outDir).filter((f) => f.endsWith('.v8cache'))
      .map((f) => [f, statSync(path.join(outDir, f)).mtimeMs]));
    const before = caches();
    const file = path.join(tmp, 'hello.py');
    writeFileSync(file, "print('hello')\n");
    const env = { ...process.env };
    delete env.BYTESCOPE_SNAPSHOT;
    delete env.NODE_OPTIONS;
    const r = spawnSync(BIN, ['run', file], { cwd: tmp, encoding: 'utf8', input: '', timeout: 30_000, env });
    expect(r.stdout).toBe('hello\n');
    expect(r.status).toBe(0);
    // A missing or rejected cache is written at the run's exit: a new name or a new mtime.
    expect(caches()).toEqual(before);
  });
});
