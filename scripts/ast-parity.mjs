#!/usr/bin/env node
// Stdlib parity of our parser (not part of npm test): every .py of pyodide's python_stdlib.zip
// parsed by src/vm/parser and dumped with src/vm/ast/dump.ts (`ast.dump(include_attributes=True)`),
// compared with python3.12's result cached by scripts/oracle/ast_stdlib.py in
// .cache/ast-parity/expected.json (run that first). Reports % identical and the parse time
// against python3.12's ast.parse over the same files.
//
// Usage: node scripts/ast-parity.mjs [--show N] [--only SUBSTR] [--time-python] [--type-comments]
//   --type-comments  parse with type comments (ast.parse(type_comments=True), what `-m ast` uses),
//                    against expected-tc.json (scripts/oracle/ast_stdlib.py --type-comments)
//   --time-python  time python3.12's ast.parse now (best of 3) instead of using the cached figure,
//                  so both sides are measured under the same machine load.
import { build } from 'esbuild';
import { unzipSync } from 'fflate';
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const SHOW = Number(opt('--show', '10'));
const ONLY = opt('--only', null);
const cache = path.join(root, '.cache', 'ast-parity');
const TC = args.includes('--type-comments');
const expectedFile = path.join(cache, TC ? 'expected-tc.json' : 'expected.json');
if (!existsSync(expectedFile)) {
  console.error('missing .cache/ast-parity/expected.json: run PYENV_VERSION=3.12 python3.12 scripts/oracle/ast_stdlib.py');
  process.exit(2);
}

const entry = `
import { parse } from ${JSON.stringify(path.join(root, 'src/vm/parser/index'))};
import { astDump } from ${JSON.stringify(path.join(root, 'src/vm/ast/dump'))};
import { PySyntaxError } from ${JSON.stringify(path.join(root, 'src/vm/compiler/errors'))};
export { parse, astDump, PySyntaxError };
`;
const outfile = path.join(cache, 'parser.mjs');
await build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'error' });
const { parse, astDump, PySyntaxError } = await import(pathToFileURL(outfile).href + '?' + Date.now());

const zip = unzipSync(readFileSync(path.join(root, 'node_modules/pyodide/python_stdlib.zip')));
const dec = new TextDecoder('utf-8');
const names = Object.keys(zip).filter((n) => n.endsWith('.py') && (!ONLY || n.includes(ONLY))).sort();
const sources = names.map((n) => dec.decode(zip[n]));

function run(src, name) {
  try {
    return { ast: parse(src, name, 'exec', { typeComments: TC }) };
  } catch (e) {
    if (e instanceof PySyntaxError) return { error: [e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset] };
    return { crash: String(e && e.stack || e) };
  }
}

// Timing: parse only (no dump), best of 3 rounds after a warm-up.
for (let i = 0; i < names.length; i++) run(sources[i], names[i]);
let best = Infinity;
for (let r = 0; r < 3; r++) {
  const t0 = performance.now();
  for (let i = 0; i < names.length; i++) run(sources[i], names[i]);
  best = Math.min(best, performance.now() - t0);
}

// Loaded after timing: its large strings would slow the timed runs' garbage collection.
const expected = JSON.parse(readFileSync(expectedFile, 'utf8'));
let same = 0;
const bad = [];
for (let i = 0; i < names.length; i++) {
  const name = names[i];
  const exp = expected.results[name];
  const got = run(sources[i], name);
  let ok = false;
  let detail = '';
  if (got.crash) detail = 'CRASH ' + got.crash.split('\n').slice(0, 4).join(' | ');
  else if (got.error) {
    ok = !!exp.error && JSON.stringify(exp.error) === JSON.stringify(got.error);
    if (!ok) detail = `ours: ${JSON.stringify(got.error)} python: ${exp.error ? JSON.stringify(exp.error) : 'ok'}`;
  } else if (exp.error) {
    detail = `ours: ok, python: ${JSON.stringify(exp.error)}`;
  } else {
    const d = astDump(got.ast, { includeAttributes: true });
    ok = d === exp.dump;
    if (!ok) {
      let k = 0;
      while (k < d.length && d[k] === exp.dump[k]) k++;
      detail = `first difference at char ${k}:\n    ours:   ${d.slice(Math.max(0, k - 80), k + 80)}\n    python: ${exp.dump.slice(Math.max(0, k - 80), k + 80)}`;
    }
  }
  if (ok) same++;
  else bad.push(`${name}: ${detail}`);
}
for (const b of bad.slice(0, SHOW)) console.log(b);
const pct = ((100 * same) / names.length).toFixed(2);
let pyMs = expected.parse_seconds * 1000;
if (args.includes('--time-python')) {
  const r = spawnSync('python3.12', [path.join(root, 'scripts/oracle/ast_stdlib.py'), '--time-only'], { env: { ...process.env, PYENV_VERSION: '3.12' }, encoding: 'utf8' });
  pyMs = JSON.parse(r.stdout).parse_seconds * 1000;
}
console.log(`\nidentical: ${same}/${names.length} (${pct}%)`);
if (!ONLY) console.log(`parse time: ours ${best.toFixed(0)} ms, python3.12 ast.parse ${pyMs.toFixed(0)} ms, ratio ${(best / pyMs).toFixed(2)}`);
process.exit(bad.length ? 1 : 0);
