#!/usr/bin/env node
// Error parity of our parser on mutated stdlib code (not part of npm test): runs every case of
// .cache/syntax-fuzz/cases.json (made by scripts/oracle/syntax_errors_fuzz.py) through
// src/vm/parser and compares the SyntaxError (type, msg, lineno, offset, end_lineno, end_offset),
// or for mutants CPython accepts, the ast.dump.
// Usage: node scripts/syntax-errors-fuzz.mjs [--show N]
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const SHOW = Number(args[args.indexOf('--show') + 1] || 20);
const cache = path.join(root, '.cache', 'syntax-fuzz');
const cases = JSON.parse(readFileSync(path.join(cache, 'cases.json'), 'utf8'));
const entry = `
import { parse } from ${JSON.stringify(path.join(root, 'src/vm/parser/index'))};
import { PySyntaxError } from ${JSON.stringify(path.join(root, 'src/vm/compiler/errors'))};
import { astDump } from ${JSON.stringify(path.join(root, 'src/vm/ast/dump'))};
export { parse, PySyntaxError, astDump };
`;
const outfile = path.join(cache, 'parser.mjs');
await build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'error' });
const { parse, PySyntaxError, astDump } = await import(pathToFileURL(outfile).href + '?' + Date.now());
let same = 0;
let textSame = 0;
let textCount = 0;
const badText = [];
const bad = [];
const byMsg = new Map();
for (const c of cases) {
  let got = null;
  try {
    const tree = parse(c.source, '<fuzz>', 'exec');
    if (c.dump !== undefined && astDump(tree, { includeAttributes: true }) !== c.dump) got = ['AST differs'];
  } catch (e) {
    got = e instanceof PySyntaxError ? [e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset] : ['CRASH', String(e.stack).split('\n').slice(0, 3).join(' | ')];
    if (c.text !== undefined && e instanceof PySyntaxError) {
      textCount++;
      if (e.text === c.text) textSame++;
      else badText.push([c.source, c.text, e.text]);
    }
  }
  if (JSON.stringify(got) === JSON.stringify(c.error)) same++;
  else {
    bad.push(c);
    c.got = got;
    const k = c.error ? c.error[1] : 'valid mutant';
    byMsg.set(k, (byMsg.get(k) || 0) + 1);
  }
}
for (const c of bad.slice(0, SHOW)) console.log(JSON.stringify(c.source.length > 400 ? c.source.slice(0, 400) + '…' : c.source), '\n   exp', JSON.stringify(c.error), '\n   got', JSON.stringify(c.got));
console.log([...byMsg.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15));
for (const b of badText.slice(0, 5)) console.log('text differs:', JSON.stringify(b).slice(0, 400));
console.log(`\nidentical: ${same}/${cases.length} (${((100 * same) / cases.length).toFixed(2)}%)`);
console.log(`SyntaxError.text identical: ${textSame}/${textCount}`);
