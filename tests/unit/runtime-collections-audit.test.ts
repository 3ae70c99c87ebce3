import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { VM } from '../../src/vm/runtime/vm';
import type { Host } from '../../src/vm/runtime/host';
import { compile } from '../../src/vm/compiler/index';
import { collect } from '../../src/vm/runtime/gc';
import { auditRefcounts } from '../../src/vm/debug/audit';

// The C-level container and iterator types (_collections, itertools): the corpus programs' stdout
// equals CPython's (the committed run golden), and programs exercising every type leave each
// live object's refcount equal to its recount (the types own exactly the references they report).
const ROOT = resolve(__dirname, '../..');
const CORPUS = join(ROOT, 'tests/corpus');
const GOLDEN = join(ROOT, 'tests/golden-data/cli');
const ZIP = join(ROOT, 'node_modules/pyodide/python_stdlib.zip');
const NAMES = readdirSync(CORPUS).filter((f) => /^(coll|itertools)_.*\.py$/.test(f)).map((f) => f.slice(0, -3)).sort();

function host(file: string, source: string | null, out: { stdout: string; stderr: string }): Host {
  return {
    argv: [file],
    stdout: (t) => { out.stdout += t; },
    stderr: (t) => { out.stderr += t; },
    readLine: () => null,
    readFile: (p) => { if (p === file && source !== null) return source; try { return readFileSync(p, 'utf8'); } catch { return null; } },
    readBinary: (p) => { try { return readFileSync(p); } catch { return null; } },
    stdlibZip: ZIP,
    isDir: (p) => { try { return statSync(p).isDirectory(); } catch { return false; } },
    cwd: () => process.cwd(),
  };
}

function run(file: string, source: string, audit: boolean): { out: { stdout: string; stderr: string }; status: number; mismatches: string[] } {
  const out = { stdout: '', stderr: '' };
  const vm = new VM(host(file, source, out));
  const status = vm.runMain(compile(source, file, 'exec'), file);
  const mismatches = audit ? auditRefcounts(vm).map((m) => `${m.type} stored ${m.stored} counted ${m.counted}`).sort() : [];
  vm.finalize();
  collect(2);
  return { out, status, mismatches };
}

describe('collections/itertools types: corpus output', () => {
  it('has cases', () => expect(NAMES.length).toBeGreaterThan(0));
  for (const name of NAMES) {
    it(name, () => {
      const file = join(CORPUS, `${name}.py`);
      const golden = JSON.parse(readFileSync(join(GOLDEN, `${name}.run.json`), 'utf8')) as { stdout: string };
      const r = run(file, readFileSync(file, 'utf8'), false);
      expect(r.out.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.out.stdout).toBe(golden.stdout);
    });
  }
});

// Each program is compared with the same imports alone (the import machinery's own audit
// figures are not this test's subject; deque.__reduce__ imports copyreg, whose `int | str`
// imports the module of types.UnionType).
const AUDITED: Record<string, [string, string]> = {
  collections: ['import _collections, copyreg', `
from _collections import deque, defaultdict, _tuplegetter, _count_elements, _deque_iterator
d = deque([1, 2, [3]], maxlen=5)
d.append(d); d.appendleft('x'); d.rotate(2); d.extend(range(3)); d.extendleft('ab')
it = iter(d); next(it); r = reversed(d); next(r)
it2 = _deque_iterator(d, 2)
d2 = d.copy(); d3 = d + deque([4]); d4 = d * 2; d2 *= 3; d2 += [5]
d2.remove(5); d2.insert(1, 'i'); del d2[0]; d2[0] = 'z'; d2.reverse(); d2.pop(); d2.popleft()
red = d.__reduce__()
class D(deque):
    pass
sd = D([1, sd0 := object()]); sd.attr = sd
dd = defaultdict(list); dd['a'].append(dd); dd2 = dd.copy(); dd3 = dd | {1: 2}
dd.default_factory = dict; dd['b']; dred = dd.__reduce__()
m = {}; _count_elements(m, 'hello'); _count_elements(dd, 'xy')
tg = _tuplegetter(0, 'doc'); v = tg.__get__((1,)); tred = tg.__reduce__()
cyc = deque(); cyc.append(cyc); del cyc
`],
  itertools: ['import itertools, operator, warnings', `
import itertools as I, operator
o = object()
a = list(I.accumulate([1, 2, 3], initial=o and 0)); b = list(I.batched('abcde', 2))
c = I.chain('ab', [o]); next(c); c2 = I.chain.from_iterable([[o], 'x']); l2 = list(c2)
cm = list(I.combinations([o, 1, 2], 2)); cw = list(I.combinations_with_replacement([o, 1], 2))
pm = I.permutations([o, 1, 2]); p1 = next(pm); p2 = next(pm); pr = list(I.product([o], 'ab', repeat=2))
cp = list(I.compress([o, 1, 2], [1, 0, 1])); ct = I.count(5); next(ct); cf = I.count(1.5, o and 1); next(cf)
cy = I.cycle([o, 1]); cyl = [next(cy) for _ in range(5)]
dw = list(I.dropwhile(bool, [1, 0, o])); tw = list(I.takewhile(bool, [o, 0, 1])); ff = list(I.filterfalse(None, [0, o]))
gb = I.groupby([o, o, 1, 2, 2]); k, g = next(gb); g1 = list(g); k2, g2 = next(gb); rest = [(k, list(v)) for k, v in gb]
isl = list(I.islice(range(10), 1, 8, 3)); pw = list(I.pairwise([o, 1, 2])); rp = list(I.repeat(o, 3)); ri = I.repeat(o)
sm = list(I.starmap(operator.add, [(1, 2)])); t1, t2 = I.tee([o, 1, 2]); n1 = next(t1); t3 = t1.__copy__()
zl = list(I.zip_longest([o], [1, 2], fillvalue=o))
import warnings
warnings.simplefilter('ignore')
reds = [x.__reduce__() for x in (ct, cf, ri, c, cy, gb, t1, pm, I.islice('abc', 1), I.accumulate([1]), I.zip_longest('a'))]
gen = (i for i in range(3)); cyc = I.chain([gen]); del cyc
`],
};

describe('collections/itertools types: refcount audit', () => {
  for (const [name, [imports, body]] of Object.entries(AUDITED)) {
    it(name, () => {
      const base = run(`/tmp/bytescope_audit_${name}_base.py`, imports + '\n', true);
      const r = run(`/tmp/bytescope_audit_${name}.py`, body, true);
      expect(r.out.stderr).toBe('');
      expect(r.mismatches).toEqual(base.mismatches);
    });
  }
});
