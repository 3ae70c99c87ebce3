// The golden comparison engine, shared by tests/golden/cli-goldens.test.ts and
// scripts/goldens/ledger-update.mjs. Runs every (case, stage) through our pipeline in worker
// threads (out/cli/harness-worker.mjs, built by scripts/build-cli.mjs), normalizes the output
// exactly as the goldens were normalized, and classifies each result:
//   pass     identical to CPython's golden (stdout, stderr and exit status);
//   fail     different (detail: the first differing line);
//   missing  the stage's entry point has not landed yet (not a mismatch);
//   error    our code threw a non-Python exception, or the case exceeded its time limit.
import { Worker } from 'node:worker_threads';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, goldenPath, normalize, LEDGER_PATH } from './cases.mjs';

export const WORKER_PATH = path.join(ROOT, 'out', 'cli', 'harness-worker.mjs');

/** CPython's recorded result for a case's stage. */
export function expected(c, stage) {
  if (stage === 'run') {
    const j = JSON.parse(readFileSync(goldenPath(c.name, 'run.json'), 'utf8'));
    return { stdout: j.stdout, stderr: j.stderr, status: j.status };
  }
  const stdout = readFileSync(goldenPath(c.name, `${stage}.txt`), 'utf8');
  const errPath = goldenPath(c.name, `${stage}.err.txt`);
  // Compile-time warnings printed before the output or the error block (dis, ast).
  const warnPath = goldenPath(c.name, `${stage}.warn.txt`);
  const warn = existsSync(warnPath) ? readFileSync(warnPath, 'utf8') : '';
  if (existsSync(errPath)) return { stdout, stderr: warn + readFileSync(errPath, 'utf8'), status: 1 };
  return { stdout, stderr: warn, status: 0 };
}

function firstDiff(want, got) {
  const a = want.split('\n');
  const b = got.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `line ${i + 1}: expected ${JSON.stringify(a[i] ?? '<end>')}, got ${JSON.stringify(b[i] ?? '<end>')}`;
  }
  return 'identical';
}

export function compareOutputs(want, got) {
  if (got.stdout === want.stdout && got.stderr === want.stderr && got.status === want.status) return null;
  if (got.stdout !== want.stdout) return `stdout ${firstDiff(want.stdout, got.stdout)}`;
  if (got.stderr !== want.stderr) return `stderr ${firstDiff(want.stderr, got.stderr)}`;
  return `exit status: expected ${want.status}, got ${got.status}`;
}

/**
 * Runs `jobs` ([{case, stage}]) and returns [{case: name, stage, status, detail}] in job order.
 * `timeoutMs` bounds each job; a worker that times out is terminated and replaced.
 */
export async function runGoldens(jobs, { timeoutMs = 60_000, workers = Math.min(4, Math.max(1, os.cpus().length)) } = {}) {
  if (!existsSync(WORKER_PATH)) throw new Error(`${WORKER_PATH} missing: run node scripts/build-cli.mjs`);
  const results = new Array(jobs.length);
  let next = 0;
  async function lane() {
    let worker = null;
    const spawn = () => {
      worker = new Worker(WORKER_PATH, { resourceLimits: { maxOldGenerationSizeMb: 2048 } });
      worker.unref();
    };
    try {
      while (next < jobs.length) {
        const index = next++;
        const { case: c, stage } = jobs[index];
        if (!worker) spawn();
        const w = worker;
        const reply = await new Promise((resolve) => {
          const timer = setTimeout(() => {
            cleanup();
            resolve({ kind: 'error', message: `timed out after ${timeoutMs} ms` });
            void w.terminate();
            worker = null;
          }, timeoutMs);
          const onMsg = (m) => { cleanup(); resolve(m); };
          const onErr = (e) => { cleanup(); worker = null; resolve({ kind: 'error', message: `worker crashed: ${e?.message ?? e}` }); };
          const onExit = (code) => { cleanup(); worker = null; resolve({ kind: 'error', message: `worker exited (${code})` }); };
          function cleanup() {
            clearTimeout(timer);
            w.off('message', onMsg);
            w.off('error', onErr);
            w.off('exit', onExit);
          }
          w.on('message', onMsg);
          w.on('error', onErr);
          w.on('exit', onExit);
          w.postMessage({ id: index, stage, dir: c.dir, file: c.file, args: c.args, stdin: c.stdin });
        });
        results[index] = classify(c, stage, reply);
        // A program runs in a fresh worker, as `bytescope run` runs in a fresh process: no VM
        // state (interned objects, caches, refcounts) carries over from one program to the next.
        if (stage === 'run' && worker) {
          await worker.terminate();
          worker = null;
        }
      }
    } finally {
      if (worker) await worker.terminate();
    }
  }
  await Promise.all(Array.from({ length: Math.min(workers, jobs.length) }, lane));
  return results;
}

function classify(c, stage, reply) {
  const base = { case: c.name, stage };
  if (reply.kind === 'missing') return { ...base, status: 'missing', detail: reply.detail };
  if (reply.kind === 'error') return { ...base, status: 'error', detail: reply.message };
  const got = { stdout: normalize(reply.stdout, c.dir), stderr: normalize(reply.stderr, c.dir), status: reply.status };
  const diff = compareOutputs(expected(c, stage), got);
  return diff === null ? { ...base, status: 'pass', detail: '' } : { ...base, status: 'fail', detail: diff };
}

export const MISSING_REASON = 'stage not implemented yet';
export const TODO_REASON = 'TODO: triage';

export function readLedger() {
  if (!existsSync(LEDGER_PATH)) return [];
  return JSON.parse(readFileSync(LEDGER_PATH, 'utf8'));
}

export const ledgerKey = (e) => `${e.case}\u0000${e.stage}`;

/** Per-stage counts and a markdown table for the summary. */
export function summarize(results, stages) {
  const rows = stages.map((stage) => {
    const rs = results.filter((r) => r.stage === stage);
    const count = (s) => rs.filter((r) => r.status === s).length;
    return { stage, total: rs.length, pass: count('pass'), fail: count('fail'), error: count('error'), missing: count('missing') };
  });
  const pct = (r) => (r.total ? ((100 * r.pass) / r.total).toFixed(1) : '0.0');
  const lines = [
    '| stage | pass | fail | error | stage missing | total | pass % |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.stage} | ${r.pass} | ${r.fail} | ${r.error} | ${r.missing} | ${r.total} | ${pct(r)} |`),
  ];
  return { rows, table: lines.join('\n') };
}
