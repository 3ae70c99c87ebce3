#!/usr/bin/env node
// Regenerates tests/golden-data/cli/* by running native CPython 3.12 (PYENV_VERSION=3.12 python3.12)
// on every corpus program (tests/corpus/*.py: run, -m dis, -m tokenize, -m ast) and on the seed
// examples of ../shared/seed/examples (all 27; every stage, run excepted where cases.mjs says why). The only way goldens change.
//
// Per case NAME:
//   NAME.run.json      {argv, stdin, stdout, stderr, status} of `python3.12 FILE [args] < stdin`, run
//                      from the program's folder;
//   NAME.dis.txt       stdout of `python3.12 -m dis FILE`   (+ NAME.dis.err.txt when it fails)
//   NAME.tokens.txt    stdout of `python3.12 -m tokenize FILE` (+ .err.txt)
//   NAME.ast.txt       stdout of `python3.12 -m ast FILE`   (+ .err.txt)
//   NAME.{dis,ast}.warn.txt  the compile-time warnings -m dis / -m ast print on stderr (before
//                      any error block), when there are some
// A `.err.txt` holds what the user sees of the failure: for dis/ast the SyntaxError block CPython
// prints (from its last `  File "FILE"` line on), for tokenize its one-line error; the exit status
// is then 1. All text is normalized (scripts/goldens/cases.mjs `normalize`).
//
// manifest.json records the CPython version and a fingerprint (sha256 of program, stdin, args) of
// every case, so the tests can tell when a program changed without its goldens being regenerated.
//
// Each run is done twice with different PYTHONHASHSEED values; a program whose output depends on
// string hashing is reported and the script fails (corpus programs must be deterministic).
//
// Without NAMEs it also runs scripts/oracle/goldens_cli_errors.py (errors.json: what CPython prints
// for a missing file, a directory, a non-UTF-8 file…).
//
// Usage: npm run goldens [-- NAME...]   (only the named cases)
import { spawn, spawnSync } from 'node:child_process';
import os from 'node:os';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GOLDEN_DIR, MANIFEST_PATH, ROOT, caseFingerprint, corpusCases, goldenPath, normalize, seedCases } from './goldens/cases.mjs';

const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const SHIM = 'python3.12';
const baseEnv = { ...process.env, PYENV_VERSION: '3.12', PYTHONDONTWRITEBYTECODE: '1', LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' };
delete baseEnv.PYTHONSTARTUP;
delete baseEnv.PYTHONPATH;

const check = spawnSync(SHIM, ['-c', 'import sys; print(sys.version_info[:2]); print(sys.executable)'], { env: baseEnv, encoding: 'utf8' });
const [ver, exe] = (check.stdout ?? '').trim().split('\n');
const fullVersion = spawnSync(SHIM, ['-c', 'import sys; print(sys.version.split()[0])'], { env: baseEnv, encoding: 'utf8' }).stdout.trim();
if (check.status !== 0 || ver !== '(3, 12)') {
  console.error(`gen-goldens: needs CPython 3.12 as '${SHIM}' (PYENV_VERSION=3.12); got: ${check.stderr || check.stdout}`);
  process.exit(1);
}
// The real binary, not the pyenv shim (the shim costs ~0.3 s per call).
const PY = exe;

function py(args, { cwd, input = '', seed = '0' }) {
  return new Promise((resolve, reject) => {
    const child = spawn(PY, args, { cwd, env: { ...baseEnv, PYTHONHASHSEED: seed }, timeout: 60_000 });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', (e) => reject(new Error(`${PY} ${args.join(' ')}: ${e.message}`)));
    // A death by signal is recorded as minus the signal's number (Python's subprocess convention):
    // an uncaught KeyboardInterrupt ends CPython by SIGINT, status -2.
    child.on('close', (code, signal) => resolve({ stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), status: code ?? (signal ? -(os.constants.signals[signal] ?? 1) : -1) }));
    child.stdin.on('error', () => {});
    child.stdin.end(input);
  });
}

/** The part of a -m dis / -m ast failure the user reads: the SyntaxError block. */
function errorBlock(stderr, file) {
  const lines = stderr.split('\n');
  let start = -1;
  for (let i = 0; i < lines.length; i++) if (lines[i].startsWith(`  File "${file}"`)) start = i;
  if (start < 0) for (let i = 0; i < lines.length; i++) if (/^\w*Error: /.test(lines[i])) { start = i; break; }
  return start < 0 ? stderr : lines.slice(start).join('\n');
}

let cases = corpusCases();
const seeds = seedCases();
if (seeds === null) console.error('gen-goldens: ../shared/seed/examples not found; seed goldens left as they are');
else cases = cases.concat(seeds);
if (only.length) cases = cases.filter((c) => only.includes(c.name));

mkdirSync(GOLDEN_DIR, { recursive: true });
if (!only.length) {
  const keep = new Set(cases.map((c) => c.name));
  for (const f of readdirSync(GOLDEN_DIR)) {
    const m = /^(.*)\.(run\.json|(dis|tokens|ast)(\.err|\.warn)?\.txt)$/.exec(f);
    if (!m) continue; // manifest.json, errors.json (scripts/oracle/goldens_cli_errors.py)
    const name = m[1];
    if (!keep.has(name) && !(seeds === null && name.startsWith('seed_'))) rmSync(path.join(GOLDEN_DIR, f));
  }
}

const unstable = [];
let written = 0;
async function generate(c) {
  const n = (s) => normalize(s, c.dir);
  if (c.stages.includes('run')) {
    const runA = await py([c.file, ...c.args], { cwd: c.dir, input: c.stdin, seed: '0' });
    const runB = await py([c.file, ...c.args], { cwd: c.dir, input: c.stdin, seed: '12345' });
    if (n(runA.stdout) !== n(runB.stdout) || n(runA.stderr) !== n(runB.stderr) || runA.status !== runB.status) unstable.push(c.name);
    const run = { argv: [c.file, ...c.args], stdin: c.stdin, stdout: n(runA.stdout), stderr: n(runA.stderr), status: runA.status };
    writeFileSync(goldenPath(c.name, 'run.json'), JSON.stringify(run, null, 1) + '\n');
    written++;
  }
  const modules = { dis: 'dis', tokens: 'tokenize', ast: 'ast' };
  for (const stage of c.stages) {
    if (stage === 'run') continue;
    const r = await py(['-m', modules[stage], c.file], { cwd: c.dir });
    writeFileSync(goldenPath(c.name, `${stage}.txt`), n(r.stdout));
    const errPath = goldenPath(c.name, `${stage}.err.txt`);
    let warn = '';
    if (r.status !== 0) {
      const block = stage === 'tokens' ? r.stderr : errorBlock(r.stderr, c.file);
      writeFileSync(errPath, n(block));
      if (stage !== 'tokens' && r.stderr.endsWith(block)) warn = r.stderr.slice(0, r.stderr.length - block.length);
      // The traceback of dis.py/ast.py's own frames above the error block is not a warning.
      const tb = warn.indexOf('Traceback (most recent call last):\n');
      if (tb >= 0) warn = warn.slice(0, tb);
    } else {
      rmSync(errPath, { force: true });
      if (stage !== 'tokens') warn = r.stderr;
    }
    const warnPath = goldenPath(c.name, `${stage}.warn.txt`);
    if (warn) writeFileSync(warnPath, n(warn));
    else rmSync(warnPath, { force: true });
    written++;
  }
}
const manifest = existsSync(MANIFEST_PATH) && only.length ? JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) : { cases: {} };
manifest.python = fullVersion;
if (!only.length) for (const name of Object.keys(manifest.cases)) if (!(seeds === null && name.startsWith('seed_'))) delete manifest.cases[name];
for (const c of cases) manifest.cases[c.name] = caseFingerprint(c);
manifest.cases = Object.fromEntries(Object.entries(manifest.cases).sort(([a], [b]) => (a < b ? -1 : 1)));
const queue = [...cases];
await Promise.all(Array.from({ length: Math.max(2, os.cpus().length * 2) }, async () => {
  for (let c = queue.shift(); c; c = queue.shift()) await generate(c);
}));
writeFileSync(MANIFEST_PATH, JSON.stringify(manifest, null, 1) + '\n');
if (!only.length) {
  // CPython's messages for files it cannot run (tests/golden-data/cli/errors.json).
  const r = spawnSync(PY, [path.join(ROOT, 'scripts', 'oracle', 'goldens_cli_errors.py')], { env: baseEnv, encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(`gen-goldens: scripts/oracle/goldens_cli_errors.py failed: ${r.stderr}`);
    process.exit(1);
  }
}
console.log(`gen-goldens: ${cases.length} cases, ${written} golden files in ${path.relative(process.cwd(), GOLDEN_DIR) || GOLDEN_DIR}`);
if (unstable.length) {
  console.error(`gen-goldens: output depends on PYTHONHASHSEED (make these deterministic): ${unstable.join(', ')}`);
  process.exit(1);
}
