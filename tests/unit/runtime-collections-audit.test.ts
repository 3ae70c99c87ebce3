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
// figures are not this test's subject).
const AUDITED: Record<string, [string, string]> = {
  collections: ['import _collections', `
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
