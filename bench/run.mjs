#!/usr/bin/env node
// `npm run bench`: times each bench/programs/*.py under Bytescope (`bin/bytescope.mjs run`, executed
// as a command the way a user runs it, so its shell preamble applies: see bin/bytescope.mjs) and under native CPython 3.12 (PYENV_VERSION=3.12 python3.12) in
// the same invocation; checks both print the same stdout and exit status; prints a markdown table
// of best-of-N wall times, each ratio (ours / CPython) and their geometric mean; writes
// bench/results.json. Wall time is the whole process (start-up included) for both; the start-up
// of an empty program is shown on its own row and is not part of the mean. Beside wall time, each
// side's CPU time (user+sys of the child, from /usr/bin/time; best of the runs, its own mean) is
// printed: on a loaded machine wall time mostly measures waiting for a core, and our process's
// V8 compiler/GC threads add CPU time that a busy machine turns into wall time.
//
// Options: --runs N (default 3; a program is not repeated once its runs took 8 s)   --only NAME[,NAME]   --update-readme (rewrite the
// <!-- bench --> … <!-- /bench --> section of README.md with the table)   --dir DIR (time DIR/*.py instead, e.g. bench/sweep: the
// same table and mean, printed only; bench/results.json and the README keep the bench programs' figures)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runtimeNode } from '../scripts/build-cli.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_PROGRAMS = path.join(ROOT, 'bench', 'programs');
const CLI = path.join(ROOT, 'out', 'cli', 'bytescope.mjs');
const BIN = path.join(ROOT, 'bin', 'bytescope.mjs');
const argv = process.argv.slice(2);
const opt = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const RUNS = Math.max(1, Number(opt('--runs') ?? 3));
const ONLY = opt('--only')?.split(',');
const PROGRAMS = opt('--dir') ? path.resolve(opt('--dir')) : DEFAULT_PROGRAMS;
const OWN_PROGRAMS = PROGRAMS === DEFAULT_PROGRAMS;
if (!OWN_PROGRAMS && argv.includes('--update-readme')) {
  console.error('bench: --update-readme only with the bench programs (no --dir)');
  process.exit(2);
}
const TIMEOUT = 120_000;
// The Node that bin/bytescope.mjs starts (its pinned runtime when installed), named in the table.
const NODE_VERSION = spawnSync(runtimeNode(), ['-p', 'process.version'], { encoding: 'utf8' }).stdout?.trim() || process.version;

if (!existsSync(CLI)) {
  console.error('bench: out/cli/bytescope.mjs missing (npm run bench builds it)');
  process.exit(1);
}

function findPython() {
  const r = spawnSync('python3.12', ['-c', 'import sys; print(sys.version_info[:2]); print(sys.executable); print(sys.version.split()[0])'], {
    encoding: 'utf8', env: { ...process.env, PYENV_VERSION: '3.12' },
  });
  if (r.error || r.status !== 0) return null;
  const [ver, exe, full] = r.stdout.trim().split('\n');
  return ver === '(3, 12)' ? { exe, version: full } : null;
}

// GNU time reports the child's rusage (user and system CPU seconds) into a file of its own, so the
// program's stdout/stderr stay untouched; without it the CPU columns read n/a.
const GNU_TIME = ['/usr/bin/time', '/bin/time'].find((p) => existsSync(p) && spawnSync(p, ['-f', '%U', 'true'], { encoding: 'utf8' }).status === 0) ?? null;
const cpuFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'bytescope-bench-cpu-')), 'rusage');

function timeRun(cmd, args, cwd) {
  const [exe, argv] = GNU_TIME ? [GNU_TIME, ['-o', cpuFile, '-f', '%U %S', cmd, ...args]] : [cmd, args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(exe, argv, { cwd, encoding: 'utf8', input: '', timeout: TIMEOUT, maxBuffer: 64 << 20, env: { ...process.env, PYENV_VERSION: '3.12' } });
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  let cpu = null;
  if (GNU_TIME) {
    const m = /(\d+(?:\.\d+)?) (\d+(?:\.\d+)?)\s*$/.exec(readFileSync(cpuFile, 'utf8'));
    if (m) cpu = Number(m[1]) + Number(m[2]);
  }
  return { secs, cpu, stdout: r.stdout ?? '', stderr: r.stderr ?? '', status: r.error ? `error: ${r.error.code ?? r.error.message}` : r.status };
}

// Best of RUNS for each side, the two interpreters alternating run by run (so a change in machine
// load hits both alike); a side whose runs have already taken BUDGET seconds is not repeated
// (keeps the whole bench within a few minutes while our VM is slow), a failing side neither.
const BUDGET = 8;
function bestPair(sides) {
  const state = sides.map(() => ({ best: null, cpu: null, spent: 0, done: false }));
  for (let i = 0; i < RUNS; i++) {
    sides.forEach(([cmd, args, cwd], k) => {
      const st = state[k];
      if (st.done) return;
      const r = timeRun(cmd, args, cwd);
      st.spent += r.secs;
      if (!st.best || r.secs < st.best.secs) st.best = r;
      if (r.cpu !== null && (st.cpu === null || r.cpu < st.cpu)) st.cpu = r.cpu;
      if (r.status !== 0) { st.best = r; st.done = true; }
      if (st.spent >= BUDGET) st.done = true;
    });
  }
  return state.map((st) => ({ ...st.best, cpu: st.cpu }));
}

const py = findPython();
if (!py) console.error('bench: python3.12 (PYENV_VERSION=3.12) not found — CPython column skipped, no ratios');

const empty = path.join(mkdtempSync(path.join(os.tmpdir(), 'bytescope-bench-')), 'empty.py');
writeFileSync(empty, '');
let programs = readdirSync(PROGRAMS).filter((f) => f.endsWith('.py')).sort();
if (ONLY) programs = programs.filter((f) => ONLY.includes(f.replace(/\.py$/, '')));

const rows = [];
const sidesFor = (ours, cpython, cwd) => (py ? [[BIN, ['run', ours], cwd], [py.exe, [cpython], cwd]] : [[BIN, ['run', ours], cwd]]);
const [startOurs, startPy = null] = bestPair(sidesFor(empty, empty, path.dirname(empty)));
for (const f of programs) {
  const name = f.replace(/\.py$/, '');
  const [ours, cpy = null] = bestPair(sidesFor(f, f, PROGRAMS));
  let note = '';
  if (ours.status !== 0) note = `ours failed (status ${ours.status}): ${ours.stderr.trim().split('\n').pop()?.slice(0, 100)}`;
  else if (cpy && cpy.status !== 0) note = `CPython failed (status ${cpy.status})`;
  else if (cpy && cpy.stdout !== ours.stdout) note = 'OUTPUT DIFFERS';
  const ratio = cpy && !note ? ours.secs / cpy.secs : null;
  const cpuRatio = cpy && !note && ours.cpu && cpy.cpu ? ours.cpu / cpy.cpu : null;
  rows.push({ name, ours: ours.secs, cpython: cpy?.secs ?? null, ratio, oursCpu: ours.cpu, cpythonCpu: cpy?.cpu ?? null, cpuRatio, ok: !note, note });
  const cpuText = ours.cpu !== null ? `  cpu ours ${ours.cpu.toFixed(2)}s cpython ${cpy?.cpu != null ? cpy.cpu.toFixed(2) + 's' : 'n/a'}${cpuRatio ? ' ' + cpuRatio.toFixed(2) + 'x' : ''}` : '';
  console.error(`bench: ${name.padEnd(16)} ours ${ours.secs.toFixed(3)}s  cpython ${cpy ? cpy.secs.toFixed(3) + 's' : 'n/a'}  ${ratio ? ratio.toFixed(2) + 'x' : note}${cpuText}`);
}

const geo = (xs) => (xs.length ? Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length) : null);
const good = rows.filter((r) => r.ratio !== null);
const geomean = geo(good.map((r) => r.ratio));
const cpuGood = rows.filter((r) => r.cpuRatio !== null);
const cpuGeomean = geo(cpuGood.map((r) => r.cpuRatio));
const f3 = (x) => (x === null || x === undefined ? 'n/a' : x.toFixed(3));
const f2 = (x) => (x === null || x === undefined ? 'n/a' : x.toFixed(2));
const lines = [
  `| program | CPython ${py?.version ?? '3.12'} (s) | Bytescope (s) | ratio (ours / CPython) | CPU user+sys: CPython / Bytescope (s) | CPU ratio |`,
  '|---|---:|---:|---:|---:|---:|',
  ...rows.map((r) => `| ${r.name} | ${f3(r.cpython)} | ${f3(r.ours)} | ${r.ratio !== null ? r.ratio.toFixed(2) + '×' : r.note} | ${f2(r.cpythonCpu)} / ${f2(r.oursCpu)} | ${r.cpuRatio !== null ? r.cpuRatio.toFixed(2) + '×' : 'n/a'} |`),
  `| **geometric mean** (${good.length} of ${rows.length}) | | | **${geomean !== null ? geomean.toFixed(2) + '×' : 'n/a'}** | | **${cpuGeomean !== null ? cpuGeomean.toFixed(2) + '×' : 'n/a'}** |`,
  `| start-up, empty program (not in mean) | ${f3(startPy?.secs ?? null)} | ${f3(startOurs.secs)} | | ${f2(startPy?.cpu)} / ${f2(startOurs.cpu)} | |`,
];
const table = lines.join('\n');
const load = os.loadavg().map((x) => x.toFixed(1)).join(' ');
const meta = `Best of ${RUNS} wall-clock runs per program (fewer when a program's runs exceed ${BUDGET} s; whole process, start-up included; CPU columns: least user+sys CPU time of the same runs${GNU_TIME ? '' : ', n/a: no GNU time'}), Node ${NODE_VERSION}, ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, load average ${load}, ${new Date().toISOString().slice(0, 10)}.`;
console.log(table + '\n\n' + meta);

if (OWN_PROGRAMS) writeFileSync(path.join(ROOT, 'bench', 'results.json'), JSON.stringify({
  date: new Date().toISOString(), node: NODE_VERSION, cpython: py?.version ?? null, runs: RUNS, loadavg: os.loadavg(),
  startup: { ours: startOurs.secs, cpython: startPy?.secs ?? null, oursCpu: startOurs.cpu, cpythonCpu: startPy?.cpu ?? null },
  programs: rows, geomean, cpuGeomean,
}, null, 1) + '\n');

if (argv.includes('--update-readme')) {
  const readme = path.join(ROOT, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const re = /<!-- bench -->[\s\S]*?<!-- \/bench -->/;
  if (!re.test(text)) {
    console.error('bench: README.md has no <!-- bench --> … <!-- /bench --> section');
    process.exit(1);
  }
  writeFileSync(readme, text.replace(re, `<!-- bench -->\n${table}\n\n${meta}\n<!-- /bench -->`));
  console.error('bench: README.md updated');
}
const failed = rows.filter((r) => r.note && r.note !== '' && !r.note.startsWith('ours failed'));
if (failed.some((r) => r.note === 'OUTPUT DIFFERS')) process.exitCode = 1;
