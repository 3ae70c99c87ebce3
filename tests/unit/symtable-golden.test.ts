/**
 * Symbol table vs CPython 3.12's `symtable` module over the codegen corpus: every block (in
 * pre-order over children, inlined comprehensions spliced out as CPython does), its type, name,
 * first line and each symbol's full flag word (DEF_* bits | scope << 12). CPython's symtable
 * module does not run the AST optimizer, so neither do we here.
 * Goldens: scripts/oracle/codegen_goldens.py ("symtable").
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildSymtable, type SymbolTableEntry } from '../../src/vm/compiler/symtable';
import { futureFromAst } from '../../src/vm/compiler/future';
import { decodeAst } from '../helpers/ast-json';

const DIR = join(__dirname, '..', 'golden-data', 'codegen');
const names = readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();

type Block = [string, string, number, [string, number][]];
const TYPES: Record<string, string> = {
  function: 'function', class: 'class', module: 'module', annotation: 'annotation',
  TypeVarBound: 'TypeVar bound', TypeAlias: 'type alias', TypeParam: 'type parameter',
};

function blocks(ste: SymbolTableEntry, out: Block[]): Block[] {
  const syms = [...ste.symbols].map(([k, v]): [string, number] => [k, v]).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  out.push([TYPES[ste.type]!, ste.name, ste.lineno, syms]);
  for (const ch of ste.children) blocks(ch, out);
  return out;
}

describe('symtable vs CPython 3.12 symtable module', () => {
  let n = 0;
  for (const name of names) {
    const g = JSON.parse(readFileSync(join(DIR, name + '.json'), 'utf8')) as { ast: unknown; symtable?: Block[] };
    if (!g.symtable || g.ast === null) continue;
    n++;
    it(name, () => {
      const mod = decodeAst(g.ast);
      const ff = futureFromAst(mod, name + '.py');
      const st = buildSymtable(mod, name + '.py', ff.features);
      const want = g.symtable!.map(([t, nm, l, syms]): Block => [t, nm, l, [...syms].sort((a, b) => (a[0] < b[0] ? -1 : 1))]);
      expect(blocks(st.top, [])).toEqual(want);
    });
  }
  it('covers the corpus', () => {
    expect(n).toBeGreaterThanOrEqual(100);
  });
});
