#!/usr/bin/env node
// Debug aid for compiler parity: disassembles a snippet (or file) compiled by our pipeline and
// by python3.12, and prints both side by side-ish (ours first), plus a unified diff.
// Usage: node scripts/parity/show.mjs -c 'def f(): pass'   |   node scripts/parity/show.mjs FILE.py
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const a = process.argv.slice(2);
const withPos = a[0] === '-p';
if (withPos) a.shift();
const src = a[0] === '-c' ? a[1] : readFileSync(a[0], 'utf8');
const filename = a[0] === '-c' ? '<snippet>' : path.basename(a[0]);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'show-'));
const entry = path.join(tmp, 'entry.ts');
writeFileSync(entry, `export { compile } from '${root}/src/vm/compiler/index';\nexport { disassemble, getInstructions } from '${root}/src/vm/bytecode/dis';\n`);
await build({ entryPoints: [entry], outfile: path.join(tmp, 'e.mjs'), bundle: true, format: 'esm', platform: 'node', logLevel: 'error' });
const m = await import(pathToFileURL(path.join(tmp, 'e.mjs')).href);
const norm = (s) => s.replace(/ at 0x[0-9a-f]+,/g, ' at 0xADDR,');
// -p: one line per instruction with its positions (what co_linetable encodes), recursively
function posLines(co) {
  let out = `== ${co.co_qualname}\n`;
  for (const i of m.getInstructions(co)) out += `${i.offset} ${i.opname} ${i.arg ?? ''} ${i.positions.map((x) => (x === -1 ? 'None' : x)).join(',')}\n`;
  for (const c of co.co_consts) if (c.k === 'code') out += posLines(c.v);
  return out;
}
const PYPOS = `import dis,sys
def walk(co):
    print('==', co.co_qualname)
    for i in dis.get_instructions(co):
        print(i.offset, i.opname, '' if i.arg is None else i.arg, ','.join(str(x) for x in i.positions))
    for c in co.co_consts:
        if hasattr(c, 'co_code'): walk(c)
walk(compile(sys.stdin.read(), sys.argv[1], "exec", dont_inherit=True))`;
const co = m.compile(src, filename, 'exec');
const ours = withPos ? posLines(co) : norm(m.disassemble(co));
const py = spawnSync('python3.12', ['-c', withPos ? PYPOS : 'import dis,sys; dis.dis(compile(sys.stdin.read(), sys.argv[1], "exec", dont_inherit=True))', filename],
  { input: src, env: { ...process.env, PYENV_VERSION: '3.12' }, encoding: 'utf8' });
const theirs = norm(py.stdout + py.stderr);
writeFileSync(path.join(tmp, 'ours.txt'), ours);
writeFileSync(path.join(tmp, 'cpython.txt'), theirs);
if (ours === theirs) console.log(ours + '\n== identical ==');
else {
  const d = spawnSync('diff', ['-u', path.join(tmp, 'cpython.txt'), path.join(tmp, 'ours.txt')], { encoding: 'utf8' });
  console.log(d.stdout);
}
