/**
 * The CLI's V8 start-up snapshot (src/cli/snapshot-entry.ts, made by scripts/build-cli.mjs's
 * buildSnapshot, opt-in, and chosen by bin/bytescope.mjs's sh preamble): a program run through it
 * prints exactly what it prints on the ordinary path (stdout, stderr, exit status: argv,
 * environment incl. the NODE_EXTRA_CA_CERTS hand-over, cwd, id(), hash(), refcounts, stdin,
 * tracebacks, syntax errors, usage errors), and a blob that does not fit (damaged, missing,
 * another boot, NODE_OPTIONS set, rebuilt bundles) is passed over silently for the ordinary path.
 *
 * Everything runs on a copy of bin/ and out/cli/ in a temporary directory (without src/, like an
 * installed package) where the snapshot is made, so the checkout's build is never disturbed. The
 * bin runs as a command (`sh -x`, as a user's shell runs it; the trace shows which `exec` the
 * preamble took).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, symlinkSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCli, buildSnapshot } from '../../scripts/build-cli.mjs';

const ROOT = path.resolve(__dirname, '..', '..');
const OUT = path.join(ROOT, 'out', 'cli');

interface Run { stdout: string; stderr: string; status: number | null; snapshot: boolean }

/** `sh -x BIN args` (the trace tells whether the preamble exec'd Node on the blob; it is removed). */
function runBin(bin: string, args: string[], opts: { cwd: string; env?: Record<string, string | undefined>; input?: string }): Run {
  const env: Record<string, string | undefined> = { ...process.env, NODE_OPTIONS: '', BYTESCOPE_SNAPSHOT: undefined, ...opts.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync('sh', ['-x', bin, ...args], { cwd: opts.cwd, env: env as NodeJS.ProcessEnv, input: opts.input ?? '', encoding: 'utf8', timeout: 60_000 });
  const trace = r.stderr.split('\n').filter((l) => l.startsWith('+ '));
  const stderr = r.stderr.split('\n').filter((l) => !l.startsWith('+ ')).join('\n');
  return { stdout: r.stdout, stderr, status: r.status, snapshot: trace.some((l) => /^\+ exec \S+ --snapshot-blob /.test(l)) };
}

const PROGRAMS: Record<string, { src: string; args?: string[]; input?: string; env?: Record<string, string> }> = {
  argv_env: {
    src: 'import os, sys\nprint(sys.argv)\nprint(os.environ.get("BS_SNAP_VAR"), os.environ.get("NODE_EXTRA_CA_CERTS"))\n' +
      'print("BYTESCOPE_NODE_EXTRA_CA_CERTS" in os.environ, os.getcwd())\nprint(sys.executable, sys.path[0] == os.path.dirname(__file__))\n',
    args: ['a b', '-x', ''],
    env: { BS_SNAP_VAR: 'value with spaces', NODE_EXTRA_CA_CERTS: '/nonexistent/bytescope-ca.pem' },
  },
  ids_hashes: {
    src: 'a = object(); b = [1, 2]; c = "x" * 40\nprint(id(a), id(b), id(c), id(None), id(int))\n' +
      'print(hash("bytescope"), hash(b"abc"), hash((1, "a")), hash(2.5))\nimport sys\nprint(sys.getrefcount(a), sys.getrefcount(None) > 1000)\n',
  },
  traceback: {
    src: 'def f(n):\n    return 10 // n\n\ndef g():\n    return f(0)\n\ntry:\n    g()\nexcept ZeroDivisionError as e:\n    print("caught", e)\ng()\n',
  },
  stdin: {
    src: 'name = input("name? ")\nprint("hello", name)\nimport sys\nprint(sys.stdin.read().split())\nprint(input())\n',
    input: 'Ada\nrest of\nthe input\n',
  },
  exit_status: { src: 'import sys\nprint("bye")\nsys.stdout.flush()\nsys.exit(7)\n' },
  syntax_error: { src: 'x = (1,\nprint(x)\n' },
  imports: { src: 'import collections, re, time\nprint(collections.Counter("abca").most_common(1), re.sub(r"\\d", "#", "a1b22"))\nprint(time.time() > 1.7e9)\n' },
};

let tmp = '';
let copy = '';
let bin = '';
let blob = '';
let hasSnapshot = false;
beforeAll(async () => {
  await buildCli({ quiet: true });
  tmp = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'bytescope-snap-test-')));
  for (const [name, p] of Object.entries(PROGRAMS)) writeFileSync(path.join(tmp, name + '.py'), p.src);
  // bin/ and out/cli/ without src/; node_modules for the stdlib zip.
  copy = path.join(tmp, 'copy');
  mkdirSync(path.join(copy, 'out'), { recursive: true });
  cpSync(path.join(ROOT, 'bin'), path.join(copy, 'bin'), { recursive: true, preserveTimestamps: true });
  cpSync(OUT, path.join(copy, 'out', 'cli'), { recursive: true, preserveTimestamps: true, filter: (f) => !f.endsWith('.blob') && !f.endsWith('.map') });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
  bin = path.join(copy, 'bin', 'bytescope.mjs');
  const { hash } = JSON.parse(readFileSync(path.join(copy, 'out', 'cli', 'bytescope-inputs.json'), 'utf8'));
  const made = buildSnapshot(path.join(copy, 'out', 'cli'), hash);
  hasSnapshot = !made.error;
  if (!hasSnapshot) console.warn(`cli-snapshot: skipped: no start-up snapshot here (${made.error})`);
  else blob = path.join(copy, 'out', 'cli', readdirSync(path.join(copy, 'out', 'cli')).find((f) => f.endsWith('.blob'))!);
}, 120_000);
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('start-up snapshot: same behaviour as the ordinary path', () => {
  for (const [name, p] of Object.entries(PROGRAMS)) {
    it(name, (ctx) => {
      if (!hasSnapshot) ctx.skip();
      const opts = { cwd: tmp, env: p.env, input: p.input };
      const snap = runBin(bin, ['run', name + '.py', ...(p.args ?? [])], opts);
      const plain = runBin(bin, ['run', name + '.py', ...(p.args ?? [])], { ...opts, env: { ...p.env, BYTESCOPE_SNAPSHOT: 'off' } });
      expect(snap.snapshot).toBe(true);
      expect(plain.snapshot).toBe(false);
      expect(snap.stdout).toBe(plain.stdout);
      expect(snap.stderr).toBe(plain.stderr);
      expect(snap.status).toBe(plain.status);
      expect(snap.stdout.length + snap.stderr.length).toBeGreaterThan(0);
    });
  }

  it('the other commands and usage errors', (ctx) => {
    if (!hasSnapshot) ctx.skip();
    for (const args of [['--version'], ['--help'], ['-e', '1'], ['dis', 'traceback.py'], ['run'], ['run', 'missing.py']]) {
      const snap = runBin(bin, args, { cwd: tmp });
      const plain = runBin(bin, args, { cwd: tmp, env: { BYTESCOPE_SNAPSHOT: 'off' } });
      expect(snap.snapshot).toBe(true);
      expect([snap.stdout, snap.stderr, snap.status]).toEqual([plain.stdout, plain.stderr, plain.status]);
    }
  });
});

describe('start-up snapshot: a blob that does not fit is passed over silently', () => {
  const expected = () => runBin(bin, ['run', 'traceback.py'], { cwd: tmp, env: { BYTESCOPE_SNAPSHOT: 'off' } });

  function check(env: Record<string, string> = {}): Run {
    const got = runBin(bin, ['run', 'traceback.py'], { cwd: tmp, env });
    const want = expected();
    expect([got.stdout, got.stderr, got.status]).toEqual([want.stdout, want.stderr, want.status]);
    return got;
  }

  it('the blob that fits is used', (ctx) => {
    if (!hasSnapshot) ctx.skip();
    expect(check().snapshot).toBe(true);
  });

  it('NODE_OPTIONS set (V8 flags would not match the blob)', (ctx) => {
    if (!hasSnapshot) ctx.skip();
    expect(check({ NODE_OPTIONS: '--max-old-space-size=3000' }).snapshot).toBe(false);
  });

  it('another boot of the machine', (ctx) => {
    if (!hasSnapshot) ctx.skip();
    const sh = path.join(copy, 'out', 'cli', 'bytescope-snapshot.sh');
    const text = readFileSync(sh, 'utf8');
    writeFileSync(sh, text.replace(/\[ "\$bs_i" = '[^']*' \]/, `[ "$bs_i" = '00000000-0000-0000-0000-000000000000' ]`));
    try {
      expect(check().snapshot).toBe(false);
    } finally {
      writeFileSync(sh, text);
    }
  });

  it('bundles rebuilt since the snapshot was made (manifest of another hash)', (ctx) => {
    if (!hasSnapshot) ctx.skip();
    const manifest = path.join(copy, 'out', 'cli', 'bytescope-inputs.json');
    const text = readFileSync(manifest, 'utf8');
    writeFileSync(manifest, text.replace(/"hash":"[0-9a-f]+"/, '"hash":"0000000000000000"'));
    try {
      // The preamble still execs Node on the blob; its main hands over to bin/bytescope.cjs.
      expect(check().snapshot).toBe(true);
    } finally {
      writeFileSync(manifest, text);
    }
  });

  it('a damaged blob (rewritten: its mtime is no longer the Node binary\'s)', (ctx) => {
    if (!hasSnapshot) ctx.skip();
    truncateSync(blob, 1 << 20);
    expect(check().snapshot).toBe(false);
  });

  it('a missing blob', (ctx) => {
    if (!hasSnapshot) ctx.skip();
    unlinkSync(blob);
    expect(check().snapshot).toBe(false);
  });
});
