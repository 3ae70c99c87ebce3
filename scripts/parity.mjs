#!/usr/bin/env node
// Compiler parity harness: every .py of CPython 3.12's standard library (pyodide's
// python_stdlib.zip) compiled by our pipeline and by python3.12's compile(src, name, 'exec',
// dont_inherit=True); every code object compared field by field (recursively), plus the token
// stream (`-m tokenize` text) and `ast.dump(include_attributes=True)` per file.
//
// CPython's results are cached under .cache/parity/cpython/<sha256 of source>.json, so only the
// first run needs python3.12 (PYENV_VERSION=3.12). Writes parity-report.json; checks
// tests/parity/ledger.json (known differences) and lists stale and unlisted entries.
//
// Usage: node scripts/parity.mjs [--show N] [--only SUBSTR] [--limit N] [--no-tokens] [--no-ast]
//          [--optimize 0|1|2] [--dir DIR (every .py under DIR instead of the stdlib zip)] [--fields]
//          [--update-ledger (drop stale entries, add unlisted ones with reason "TODO: …" to fill in)]
import { build } from 'esbuild';
import { unzipSync } from 'fflate';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const SHOW = Number(opt('--show', '40'));
const ONLY = opt('--only', null);
const LIMIT = Number(opt('--limit', '0'));
const DO_TOKENS = !args.includes('--no-tokens');
const DO_AST = !args.includes('--no-ast');
const OPTIMIZE = Number(opt('--optimize', '0'));
const DIR = opt('--dir', null);

const cacheDir = path.join(root, '.cache', 'parity');
// bump when scripts/parity/cpython_dump.py's output changes
const CACHE_VERSION = '-v5';
const srcDir = path.join(cacheDir, 'src');
const cpyDir = path.join(cacheDir, 'cpython');
mkdirSync(srcDir, { recursive: true });
mkdirSync(cpyDir, { recursive: true });

// ---- our side, bundled ----
const bundle = path.join(root, 'out', 'parity', 'ours.mjs');
await build({
  absWorkingDir: root,
  entryPoints: { ours: 'scripts/parity/entry.ts' },
  outdir: path.dirname(bundle),
  outExtension: { '.js': '.mjs' },
  bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'error',
  banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
});
const ours = await import(pathToFileURL(bundle).href + '?t=' + Date.now());
const stages = await ours.loadStages();

// ---- sources ----
function readDir(dir) {
  const out = {};
  const walk = (d, rel) => {
    for (const f of readdirSync(d, { withFileTypes: true })) {
      const r = rel ? rel + '/' + f.name : f.name;
      if (f.isDirectory()) walk(path.join(d, f.name), r);
      else if (f.name.endsWith('.py')) out[r] = readFileSync(path.join(d, f.name));
    }
  };
  walk(dir, '');
  return out;
}
const zip = DIR ? readDir(path.resolve(DIR)) : unzipSync(readFileSync(path.join(root, 'node_modules', 'pyodide', 'python_stdlib.zip')));
let files = Object.keys(zip).filter((n) => n.endsWith('.py')).sort();
if (ONLY) files = files.filter((f) => f.includes(ONLY));
if (LIMIT) files = files.slice(0, LIMIT);
const entries = files.map((name) => {
  const bytes = zip[name];
  // the file name is part of the key: co_filename is in the result
  const hash = createHash('sha256').update(`${name}\0${OPTIMIZE}\0`).update(bytes).digest('hex');
  const srcPath = path.join(srcDir, DIR ? 'dir-' + createHash('sha1').update(path.resolve(DIR)).digest('hex').slice(0, 8) : 'stdlib', name);
  if (!existsSync(srcPath)) {
    mkdirSync(path.dirname(srcPath), { recursive: true });
    writeFileSync(srcPath, bytes);
  }
  return { name, bytes, srcPath, cachePath: path.join(cpyDir, hash + CACHE_VERSION + '.json') };
});

// ---- CPython side (cached) ----
const todo = entries.filter((e) => !existsSync(e.cachePath));
if (todo.length) {
  console.error(`parity: asking python3.12 about ${todo.length} files (cached afterwards)...`);
  const r = spawnSync('python3.12', [path.join(root, 'scripts', 'parity', 'cpython_dump.py'), String(OPTIMIZE)], {
    input: JSON.stringify(todo.map((e) => [e.srcPath, e.cachePath, e.name])),
    env: { ...process.env, PYENV_VERSION: '3.12' }, stdio: ['pipe', 'inherit', 'inherit'], maxBuffer: 1 << 30,
  });
  if (r.status !== 0) {
    console.error('parity: python3.12 failed; is PYENV_VERSION=3.12 python3.12 available?');
    process.exit(2);
  }
}

// ---- compare ----
const res = ours.newResult();
const stage = { tokens: { same: 0, total: 0 }, ast: { same: 0, total: 0 }, compile: { same: 0, total: 0, errors: 0 }, dis: { same: 0, total: 0 }, positions: { same: 0, total: 0 }, 'syntax errors': { same: 0, total: 0 } };
const disFailures = [];
// set iteration order of str/bytes items is randomized in CPython: compare frozenset reprs as multisets of characters
const normDis = process.env.PARITY_EXACT_DIS ? (t) => t : (t) => t.replace(/frozenset\(\{(.*?)\}\)/g, (_, inner) => 'frozenset({' + [...inner].sort().join('') + '})');
const fileFailures = [];
let ourMs = 0;
let cpyMs = 0;
for (const e of entries) {
  const want = JSON.parse(readFileSync(e.cachePath, 'utf8'));
  let text;
  try {
    text = stages.decodeSource ? stages.decodeSource(e.bytes, e.name).text : new TextDecoder().decode(e.bytes);
  } catch {
    text = new TextDecoder().decode(e.bytes);
  }
  if (DO_TOKENS && stages.tokenizeCli) {
    stage.tokens.total++;
    const t = stages.tokenizeCli(e.bytes, e.srcPath);
    if (t.stdout === want.tokens.stdout && t.stderr === want.tokens.stderr && t.status === want.tokens.status) stage.tokens.same++;
  }
  if (DO_AST && stages.parse && stages.astDump && want.ast !== null) {
    stage.ast.total++;
    try {
      const dump = stages.astDump(stages.parse(text, e.name, 'exec'), { includeAttributes: true });
      if (dump === want.ast) stage.ast.same++;
    } catch { /* counted as different */ }
  }
  if (stages.compile && want.error) {
    // CPython rejects the file: ours must raise the same exception text ("SyntaxError: msg (file, line N)")
    stage['syntax errors'].total++;
    let got = '<compiled without error>';
    try {
      stages.compile(text, e.name, 'exec', { optimize: OPTIMIZE });
    } catch (err) {
      // str(SyntaxError) shows the file's basename: "msg (name.py, line N)"
      got = err && typeof err.msg === 'string' && err.kind
        ? `${err.kind}: ${err.msg} (${path.basename(err.filename)}, line ${err.lineno})`
        : `${err?.constructor?.name ?? 'Error'}: ${String(err?.message ?? err)}`;
    }
    if (got === want.error) stage['syntax errors'].same++;
    else fileFailures.push(`${e.name}: error ours ${JSON.stringify(got)} | cpython ${JSON.stringify(want.error)}`);
  }
  if (stages.compile && want.code) {
    stage.compile.total++;
    cpyMs += want.compile_ms;
    let co = null;
    const t0 = performance.now();
    try {
      co = stages.compile(text, e.name, 'exec', { optimize: OPTIMIZE });
    } catch (err) {
      stage.compile.errors++;
      fileFailures.push(`${e.name}: our compile failed: ${String(err?.message ?? err).split('\n')[0]}`);
    }
    ourMs += performance.now() - t0;
    const sub = ours.newResult();
    ours.compareCode(co ? ours.codeJson(co) : null, want.code, e.name, sub);
    ours.mergeResult(res, sub);
    if (sub.identical === sub.codes) stage.compile.same++;
    if (co && want.positions) {
      // our co_lines/co_positions decoders over our tables vs CPython's over its tables
      stage.positions.total++;
      if (createHash('sha1').update(ours.positionsDigestInput(co)).digest('hex') === want.positions) stage.positions.same++;
      else fileFailures.push(`${e.name}: co_lines/co_positions differ`);
    }
    if (co && stages.disassemble && want.dis) {
      stage.dis.total++;
      const mine = stages.disassemble(co).replace(/ at 0x[0-9a-f]+,/g, ' at 0xADDR,');
      if (normDis(mine) === normDis(want.dis)) stage.dis.same++;
      else {
        const a = mine.split('\n'), b = want.dis.split('\n');
        const i = a.findIndex((l, k) => normDis(l) !== normDis(b[k] ?? ''));
        disFailures.push(`${e.name}: dis line ${i + 1}: ours ${JSON.stringify(a[i])} | cpython ${JSON.stringify(b[i])}`);
      }
    }
  }
}

// ---- timing, both measured now (the cached CPython times were taken under other load) ----
let warmMs = 0;
let cpyNowMs = 0;
if (stages.compile && stage.compile.total) {
  const ok = entries.filter((e) => JSON.parse(readFileSync(e.cachePath, 'utf8')).code);
  const texts = ok.map((e) => {
    try {
      return stages.decodeSource ? stages.decodeSource(e.bytes, e.name).text : new TextDecoder().decode(e.bytes);
    } catch {
      return new TextDecoder().decode(e.bytes);
    }
  });
  const t0 = performance.now();
  for (let i = 0; i < ok.length; i++) stages.compile(texts[i], ok[i].name, 'exec', { optimize: OPTIMIZE });
  warmMs = performance.now() - t0;
  const py = spawnSync('python3.12', ['-c', `
import sys, json, time
items = json.load(sys.stdin)
srcs = [(open(p, 'rb').read(), n) for p, n in items]
t0 = time.perf_counter()
for src, n in srcs:
    compile(src, n, 'exec', dont_inherit=True, optimize=${OPTIMIZE})
print((time.perf_counter() - t0) * 1000)
`], { input: JSON.stringify(ok.map((e) => [e.srcPath, e.name])), env: { ...process.env, PYENV_VERSION: '3.12' }, encoding: 'utf8' });
  cpyNowMs = py.status === 0 ? Number(py.stdout.trim()) : 0;
}

// ---- ledger ----
const ledgerPath = path.join(root, 'tests', 'parity', 'ledger.json');
const ledger = existsSync(ledgerPath) ? JSON.parse(readFileSync(ledgerPath, 'utf8')) : { entries: [] };
const key = (d) => `${d.path}\u0000${d.field}`;
const diffKeys = new Set(res.diffs.map(key));
const ledgerKeys = new Set(ledger.entries.map((l) => `${l.code}\u0000${l.field}`));
const checkedFiles = new Set(entries.map((e) => e.name));
const stale = ledger.entries.filter((l) => checkedFiles.has(l.code.split('/')[0]) && !diffKeys.has(`${l.code}\u0000${l.field}`));
const unlisted = res.diffs.filter((d) => !ledgerKeys.has(key(d)));

// ---- report ----
const pct = (a, b) => (b ? ((100 * a) / b).toFixed(2) + '%' : 'n/a');
console.log(`files: ${entries.length}`);
for (const [k, v] of Object.entries(stage)) {
  console.log(`stage ${k.padEnd(13)} identical files: ${v.same}/${v.total} (${pct(v.same, v.total)})${k === 'compile' && v.errors ? `, ${v.errors} failed to compile` : ''}${v.total ? '' : '  [stage missing]'}`);
}
console.log(`code objects identical: ${res.identical}/${res.codes} (${pct(res.identical, res.codes)})`);
for (const f of ours.FIELDS) console.log(`  ${f.padEnd(20)} ${pct(res.fieldSame[f], res.codes)}`);
if (stage.compile.total) {
  console.log(`time compiling all files: ours ${ourMs.toFixed(0)} ms first pass (cold JIT), ${warmMs.toFixed(0)} ms second pass; ` +
    (cpyNowMs ? `CPython compile() ${cpyNowMs.toFixed(0)} ms now → ratio ${(ourMs / cpyNowMs).toFixed(2)}x cold, ${(warmMs / cpyNowMs).toFixed(2)}x warm`
      : `python3.12 unavailable; cached CPython time ${cpyMs.toFixed(0)} ms → ratio ${(ourMs / cpyMs).toFixed(2)}x`));
}
const firstCode = res.diffs.filter((d) => d.field === 'co_code');
if (firstCode.length) {
  console.log(`\nfirst differing instruction (${Math.min(SHOW, firstCode.length)} of ${firstCode.length} code objects):`);
  for (const d of firstCode.slice(0, SHOW)) console.log(`  ${d.path}: ${d.detail}`);
}
for (const f of fileFailures.slice(0, SHOW)) console.log('  ' + f);
if (disFailures.length) console.log(`\ndis text differences (${Math.min(SHOW, disFailures.length)} of ${disFailures.length} files):`);
for (const f of disFailures.slice(0, SHOW)) console.log('  ' + f);
console.log(`\nledger: ${ledger.entries.length} entries, ${stale.length} stale (now identical: remove them), ${unlisted.length} differences not in the ledger`);
for (const s of stale.slice(0, SHOW)) console.log(`  stale: ${s.code} ${s.field}`);
writeFileSync(path.join(root, 'parity-report.json'), JSON.stringify({
  files: entries.length, stages: stage, codes: res.codes, identical: res.identical, fieldSame: res.fieldSame,
  timeMs: { oursCold: ourMs, oursWarm: warmMs, cpython: cpyNowMs || cpyMs }, diffs: res.diffs, compileFailures: fileFailures, disFailures,
  ledger: { stale, unlisted: unlisted.length },
}, null, 1));
console.log('wrote parity-report.json');
if (args.includes('--update-ledger') && !DIR && !ONLY && !LIMIT && !OPTIMIZE) {
  const staleKeys = new Set(stale.map((l) => `${l.code}\u0000${l.field}`));
  ledger.entries = ledger.entries.filter((l) => !staleKeys.has(`${l.code}\u0000${l.field}`))
    .concat(unlisted.map((d) => ({ code: d.path, field: d.field, reason: `TODO: explain (${d.detail.slice(0, 120)})` })));
  writeFileSync(ledgerPath, JSON.stringify(ledger, null, 1) + '\n');
  console.log(`ledger updated: ${ledger.entries.length} entries`);
}
if (args.includes('--fields')) {
  const byField = {};
  for (const d of res.diffs) (byField[d.field] ??= []).push(d);
  for (const [f, ds] of Object.entries(byField)) {
    if (f === 'co_code') continue;
    console.log(`\n${f}: ${ds.length} code objects differ; first ${Math.min(SHOW, ds.length)}:`);
    for (const d of ds.slice(0, SHOW)) console.log(`  ${d.path}: ${d.detail}`);
  }
}
