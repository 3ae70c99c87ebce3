/**
 * dis vs CPython 3.12: our `disassemble` over code objects compiled by CPython (decoded from
 * the back-end goldens) must print exactly what `dis.dis` printed for them, and `constRepr`
 * must match `repr()` on tricky constants. Goldens: scripts/oracle/backend_goldens.py.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { disassemble, disassembleOne, getInstructions } from '../../src/vm/bytecode/dis';
import { constRepr } from '../../src/vm/bytecode/constrepr';
import { type BackendGolden, type ConstJson, decodeCode, decodeConst } from '../helpers/code-json';

const ROOT = join(__dirname, '..', 'golden-data');
const names = readdirSync(join(ROOT, 'backend')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
const normalize = (s: string): string => s.replace(/ at 0x[0-9a-f]+,/g, ' at 0xADDR,');
/**
 * Code objects here are decoded from CPython, so their frozenset items are already in CPython's
 * iteration order, while ConstValue frozensets hold the order the compiler built them in (source
 * order; constrepr derives CPython's order from it). Item order is checked exactly by
 * dis-pipeline.test.ts; here frozenset contents compare as multisets of characters.
 */
const normSets = (s: string): string => s.replace(/frozenset\(\{(.*?)\}\)/g, (_, inner: string) => 'frozenset({' + [...inner].sort().join('') + '})');

describe('dis.dis text vs CPython 3.12', () => {
  for (const name of names) {
    it(name, () => {
      const g = JSON.parse(readFileSync(join(ROOT, 'backend', name + '.json'), 'utf8')) as BackendGolden;
      const want = readFileSync(join(ROOT, 'dis', name + '.txt'), 'utf8');
      expect(normSets(normalize(disassemble(decodeCode(g.expected))))).toBe(normSets(want));
    });
  }
});

describe('constant repr vs CPython 3.12', () => {
  const samples = JSON.parse(readFileSync(join(ROOT, 'dis', 'const_repr.json'), 'utf8')) as [ConstJson, string][];
  for (const [c, want] of samples) {
    it(want, () => expect(constRepr(decodeConst(c))).toBe(want));
  }
});

describe('getInstructions', () => {
  it('marks jump targets, line starts and resolves arguments', () => {
    const g = JSON.parse(readFileSync(join(ROOT, 'backend', 'for_loop.json'), 'utf8')) as BackendGolden;
    const ins = getInstructions(decodeCode(g.expected));
    expect(ins[0]).toMatchObject({ opname: 'RESUME', arg: 0, offset: 0, startsLine: 0 });
    const forIter = ins.find((i) => i.opname === 'FOR_ITER')!;
    const target = ins.find((i) => i.offset === forIter.argval)!;
    expect(target.opname).toBe('END_FOR');
    expect(target.isJumpTarget).toBe(true);
    expect(ins.find((i) => i.opname === 'LOAD_NAME')!.argrepr).toBe('range');
  });
});

describe('dis options vs CPython 3.12 (show_caches=True, depth=0, lasti)', () => {
  for (const f of readdirSync(join(ROOT, 'dis')).filter((x) => /\.(caches|depth0|lasti10)\.txt$/.test(x)).sort()) {
    it(f, () => {
      const [name, variant] = f.split('.') as [string, string];
      const g = JSON.parse(readFileSync(join(ROOT, 'backend', name + '.json'), 'utf8')) as BackendGolden;
      const co = decodeCode(g.expected);
      const text = variant === 'lasti10' ? disassembleOne(co, { lasti: 10 })
        : disassemble(co, variant === 'caches' ? { showCaches: true } : { depth: 0 });
      expect(normSets(normalize(text))).toBe(normSets(readFileSync(join(ROOT, 'dis', f), 'utf8')));
    });
  }
});
