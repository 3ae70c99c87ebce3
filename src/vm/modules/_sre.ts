/**
 * The `_sre` module: the Python part (py/sre_py.ts: Pattern, Match, compile, template) plus the
 * TypeScript engine (sre_engine.ts) injected as `_run(code, string, pos, endpos, mode, flags,
 * groups)` → None or (start, end, marks, lastindex).
 */
import type { PyObject } from '../objects/object';
import type { VM } from '../runtime/vm';
import { PyDict } from '../objects/dict';
import { PyStr } from '../objects/str';
import { PyBytes } from '../objects/bytes';
import { PyInt, newInt } from '../objects/int';
import { tupleSteal } from '../objects/tuple';
import { None } from '../objects/singletons';
import { newBuiltin } from '../objects/builtin_function';
import { raise, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import * as A from '../runtime/abstract';
import { pySourceModule } from './pysource';
import { SRE_SRC } from './py/sre_py';
import { sreRun } from './sre_engine';

const codeCache = new WeakMap<PyObject, number[]>();

function codeOf(o: PyObject): number[] {
  const have = codeCache.get(o);
  if (have) return have;
  const items = A.toArray(o);
  const code = items.map((x) => (x instanceof PyInt ? Number(x.v) : 0));
  for (const x of items) decref(x);
  codeCache.set(o, code);
  return code;
}

export function makeSreModule(vm: VM): PyObject {
  const m = pySourceModule('_sre', SRE_SRC)(vm);
  const d = A.dictOf(m) as PyDict;
  const run = newBuiltin('_run', (_s, args) => {
    const [codeO, str, posO, endO, modeO, flagsO, groupsO] = args as PyObject[];
    const code = codeOf(codeO!);
    let s: number[];
    if (str instanceof PyStr) s = Array.from(str.s, (c) => c.codePointAt(0)!);
    else if (str instanceof PyBytes) s = Array.from(str.bytes);
    else raise(PyExc.TypeError, `expected string or bytes-like object, got '${str!.type.name}'`);
    let r;
    try {
      r = sreRun(code, s, A.asSize(posO!), A.asSize(endO!), A.asSize(modeO!), A.asSize(flagsO!), A.asSize(groupsO!));
    } catch (e) {
      if (e instanceof Error && /sre:/.test(e.message)) raise(PyExc.RuntimeError, e.message);
      throw e;
    }
    if (!r) { None.ob_refcnt++; return None; }
    return tupleSteal([newInt(r.start), newInt(r.end), tupleSteal(r.marks.map((x) => newInt(x))), newInt(r.lastindex)]);
  }, m);
  d.setStr('_run', run);
  decref(run);
  return m;
}
