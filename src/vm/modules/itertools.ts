/**
 * `itertools` (Modules/itertoolsmodule.c): the lazy iterator types with CPython 3.12's
 * argument checks, messages, reprs and (deprecated) __reduce__/__setstate__. The combinatoric
 * types, groupby and tee are in itertools_comb.ts; the shared layout in itertools_base.ts.
 */
import type { PyObject } from '../objects/object';
import type { VM } from '../runtime/vm';
import { PyModule, newModule } from '../objects/module';
import type { PyDict } from '../objects/dict';
import { newStr } from '../objects/str';
import { PyInt, newInt, intAdd, intType, boolObj } from '../objects/int';
import { None } from '../objects/singletons';
import { PyTuple, tupleSteal, tupleFrom } from '../objects/tuple';
import { listSteal, listAppend, PyList } from '../objects/list';
import { defMethod, newBuiltin } from '../objects/builtin_function';
import type { PyType } from '../objects/type';
import { raise, PyExc } from '../runtime/errors';
import { decref, xdecref } from '../runtime/refcount';
import { bindArgs, nargs } from '../runtime/args';
import { vmHooks } from '../runtime/hooks';
import * as A from '../runtime/abstract';
import { PyItt, newItt, setRef, makeIttType, recycle, ref, none, empty, reduceTuple, deprecation, ssize, positional, noKwExact, posArgs } from './itertools_base';
import { initCombTypes, combTypes, teeFn, iterSource } from './itertools_comb';

const T: Record<string, PyType> = {};

function I(o: PyObject): PyItt {
  return o as PyItt;
}

/** Next item of the iterator in slot `i` (null = exhausted). */
function nextOf(o: PyItt, i: number): PyObject | null {
  const it = o.r[i];
  if (!it) return null;
  return it.type.slots.iternext!(it);
}

const MAXSIZE = 9223372036854775807n;

/** PyNumber_AsSsize_t(o, OverflowError), any failure reported as null. */
function ssizeOrNull(o: PyObject): number | null {
  if (!(o instanceof PyInt) && !o.type.slots.index) return null;
  let i: PyInt;
  try { i = A.index(o); } catch (e) { decref(e as PyObject); return null; }
  const v = i.v;
  decref(i);
  if (typeof v === 'bigint') return v > MAXSIZE || v < -MAXSIZE - 1n ? null : Number(v);
  return v;
}

function isNumber(o: PyObject): boolean {
  const s = o.type.slots;
  return o instanceof PyInt || !!s.index || !!s.int || !!s.float || o.type.name === 'complex' || o.type.mro.some((b) => b.name === 'complex' && !b.isHeap());
}

// ---- count --------------------------------------------------------------------------------
// Fast mode (r[0] null): `n` is the counter, step 1. Slow mode: r[0] the current value, r[1] the step.

function countNew(t: PyType, args: PyObject[], kw: readonly string[] | null): PyObject {
  const [start, step] = bindArgs('count', args, kw, ['start', 'step'], 0);
  if ((start && !isNumber(start)) || (step && !isNumber(step))) raise(PyExc.TypeError, 'a number is required');
  const o = newItt(t, 2);
  const stepOne = step === null || (step instanceof PyInt && step.type === intType && step.v === 1);
  if (stepOne && (start === null || (start instanceof PyInt && typeof start.v === 'number' && Number.isSafeInteger(start.v)))) {
    o.n = start === null ? 0 : (start as PyInt).v as number;
    return o;
  }
  o.r[0] = start ? (start instanceof PyInt && start.type !== intType ? newIntFrom(start) : ref(start)) : newInt(0);
  o.r[1] = step ? ref(step) : newInt(1);
  return o;
}

function newIntFrom(i: PyInt): PyObject {
  return intAdd(i.v, 0);
}

function countNext(o: PyItt): PyObject | null {
  const cur = o.r[0];
  if (cur === null) {
    const n = o.n;
    if (n < Number.MAX_SAFE_INTEGER) { o.n = n + 1; return newInt(n); }
    o.r[0] = newInt(n);
    o.r[1] = newInt(1);
    return countNext(o);
  }
  const nx = A.binaryOp(cur, o.r[1]!, 0);
  o.r[0] = nx;
  return cur;
}

function countRepr(o: PyObject): PyObject {
  const c = I(o);
  const name = o.type.name;
  if (c.r[0] === null) return newStr(`${name}(${c.n})`);
  const step = c.r[1]!;
  if (step instanceof PyInt && A.richEq(step, newIntTmp1())) return newStr(`${name}(${A.reprJS(c.r[0])})`);
  return newStr(`${name}(${A.reprJS(c.r[0])}, ${A.reprJS(step)})`);
}

let one: PyObject | null = null;
function newIntTmp1(): PyObject {
  if (one === null) one = newInt(1);
  return one;
}

// ---- repeat ------------------------------------------------------------------------------
// r[0] the object; n the remaining count, -1 = forever.

function repeatNew(t: PyType, args: PyObject[], kw: readonly string[] | null): PyObject {
  const [obj, times] = bindArgs('repeat', args, kw, ['object', 'times'], 1);
  let n = -1;
  if (times !== null) { n = ssize(times); if (n < 0) n = 0; }
  const o = newItt(t, 1);
  o.r[0] = ref(obj!);
  o.n = n;
  return o;
}

// ---- chain -------------------------------------------------------------------------------
// r[0] the source iterator (of iterables), r[1] the active iterator.

function chainNext(o: PyItt): PyObject | null {
  for (;;) {
    const active = o.r[1];
    if (active !== null) {
      const x = active.type.slots.iternext!(active);
      if (x !== null) return x;
      setRef(o, 1, null);
    }
    const src = o.r[0];
    if (src === null) return null;
    const iterable = src.type.slots.iternext!(src);
    if (iterable === null) { setRef(o, 0, null); return null; }
    let it: PyObject;
    try { it = A.getIter(iterable); } finally { decref(iterable); }
    o.r[1] = it;
  }
}

function chainFrom(t: PyType, source: PyObject): PyItt {
  const src = A.getIter(source);
  const o = newItt(t, 2);
  o.r[0] = src;
  return o;
}

// ---- islice ------------------------------------------------------------------------------
// r[0] the iterator; n = next index to yield, m = count consumed, k = stop (-1 none), idx[0] = step.

function isliceNew(t: PyType, args: PyObject[], kw: readonly string[] | null): PyObject {
  noKwExact(t, T.islice!, 'islice', kw);
  const a = posArgs(args, kw);
  positional('islice', a, 2, 4);
  let start = 0, stop = -1, step = 1;
  const stopMsg = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
  if (a.length === 2) {
    if (a[1] !== None) {
      const v = ssizeOrNull(a[1]!);
      if (v === null || v === -1) raise(PyExc.ValueError, stopMsg);
      stop = v;
    }
  } else {
    if (a[1] !== None) start = ssizeOrNull(a[1]!) ?? -1;
    if (a[2] !== None) {
      const v = ssizeOrNull(a[2]!);
      if (v === null || v === -1) raise(PyExc.ValueError, stopMsg);
      stop = v;
    }
  }
  if (start < 0 || stop < -1) raise(PyExc.ValueError, 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.');
  if (a.length > 3) {
    if (a[3] !== None) step = ssizeOrNull(a[3]!) ?? -1;
  }
  if (step < 1) raise(PyExc.ValueError, 'Step for islice() must be a positive integer or None.');
  const it = A.getIter(a[0]!);
  const o = newItt(t, 1);
  o.r[0] = it;
  o.n = start;
  o.m = 0;
  o.k = stop;
  o.idx = [step];
  return o;
}

function isliceNext(o: PyItt): PyObject | null {
  const it = o.r[0];
  if (it === null) return null;
  const next = it.type.slots.iternext!;
  const stop = o.k;
  while (o.m < o.n) {
    const x = next(it);
    if (x === null) { setRef(o, 0, null); return null; }
    decref(x);
    o.m++;
  }
  if (stop !== -1 && o.m >= stop) { setRef(o, 0, null); return null; }
  const x = next(it);
  if (x === null) { setRef(o, 0, null); return null; }
  o.m++;
  const old = o.n;
  o.n += o.idx[0]!;
  if (o.n < old || (stop !== -1 && o.n > stop)) o.n = stop;
  return x;
}

// ---- cycle -------------------------------------------------------------------------------
// r[0] the iterator (null after the first pass), r[1] the list of saved items (a list object:
// __setstate__ adopts the given list itself), n the replay index, stopped = firstpass (set only
// by __setstate__).

function cycleSaved(o: PyItt): PyObject[] {
  return (o.r[1] as unknown as { items: PyObject[] }).items;
}

function cycleNext(o: PyItt): PyObject | null {
  const it = o.r[0];
  if (it !== null) {
    const x = it.type.slots.iternext!(it);
    if (x !== null) {
      if (!o.stopped) listAppend(o.r[1] as PyList, x);
      return x;
    }
    setRef(o, 0, null);
  }
  const p = cycleSaved(o);
  if (p.length === 0) return null;
  const x = p[o.n]!;
  o.n++;
  if (o.n >= p.length) o.n = 0;
  x.ob_refcnt++;
  return x;
}

// ---- predicate filters: dropwhile, takewhile, filterfalse; starmap; compress; pairwise ----

function twoArgNew(name: string, nrefs = 2) {
  return (t: PyType, args: PyObject[], kw: readonly string[] | null): PyObject => {
    noKwExact(t, T[name]!, name, kw);
    const a = posArgs(args, kw);
    positional(name, a, 2, 2);
    const it = A.getIter(a[1]!);
    const o = newItt(t, nrefs);
    o.r[0] = ref(a[0]!);
    o.r[1] = it;
    return o;
  };
}

function callPred(f: PyObject, x: PyObject): boolean {
  const r = A.call(f, [x]);
  try { return A.isTrue(r); } finally { decref(r); }
}

function dropwhileNext(o: PyItt): PyObject | null {
  for (;;) {
    const x = nextOf(o, 1);
    if (x === null) return null;
    if (o.n === 1) return x;
    let ok: boolean;
    try { ok = callPred(o.r[0]!, x); } catch (e) { decref(x); throw e; }
    if (!ok) { o.n = 1; return x; }
    decref(x);
  }
}

function takewhileNext(o: PyItt): PyObject | null {
  if (o.n === 1) return null;
  const x = nextOf(o, 1);
  if (x === null) return null;
  let ok: boolean;
  try { ok = callPred(o.r[0]!, x); } catch (e) { decref(x); throw e; }
  if (ok) return x;
  decref(x);
  o.n = 1;
  return null;
}

function filterfalseNext(o: PyItt): PyObject | null {
  const f = o.r[0]!;
  for (;;) {
    const x = nextOf(o, 1);
    if (x === null) return null;
    let ok: boolean;
    try { ok = f === None || f === boolType() ? A.isTrue(x) : callPred(f, x); } catch (e) { decref(x); throw e; }
    if (!ok) return x;
    decref(x);
  }
}

function boolType(): PyObject {
  return boolObj(true).type;
}

function starmapNext(o: PyItt): PyObject | null {
  const x = nextOf(o, 1);
  if (x === null) return null;
  let argv: PyObject[];
  try {
    if (x instanceof PyTuple) { argv = x.items.slice(); for (const y of argv) y.ob_refcnt++; }
    else argv = A.toArray(x);
  } finally { decref(x); }
  try { return A.call(o.r[0]!, argv); } finally { for (const y of argv) decref(y); }
}

function compressNext(o: PyItt): PyObject | null {
  for (;;) {
    const d = nextOf(o, 0);
    if (d === null) return null;
    let s: PyObject | null;
    try { s = nextOf(o, 1); } catch (e) { decref(d); throw e; }
    if (s === null) { decref(d); return null; }
    let ok: boolean;
    try { ok = A.isTrue(s); } catch (e) { decref(d); throw e; } finally { decref(s); }
    if (ok) return d;
    decref(d);
  }
}

// pairwise: r[0] the iterator, r[1] the previous item (`old`).
function pairwiseNext(o: PyItt): PyObject | null {
  const it = o.r[0];
  if (it === null) return null;
  let old = o.r[1];
  if (old === null) {
    old = it.type.slots.iternext!(it);
    o.r[1] = old;
    if (old === null) { setRef(o, 0, null); return null; }
    // the iterator may have been cleared by a re-entrant call
    if (o.r[0] === null) { setRef(o, 1, null); return null; }
  }
  const nw = it.type.slots.iternext!(it);
  if (nw === null) { setRef(o, 0, null); setRef(o, 1, null); return null; }
  old.ob_refcnt++;
  nw.ob_refcnt++;
  const r = recycle(o, [old, nw]);
  setRef(o, 1, nw);
  return r;
}

// ---- batched ------------------------------------------------------------------------------
// r[0] the iterator, n the batch size.

function batchedNext(o: PyItt): PyObject | null {
  const it = o.r[0];
  if (it === null) return null;
  const next = it.type.slots.iternext!;
  const out: PyObject[] = [];
  try {
    for (let i = 0; i < o.n; i++) {
      const x = next(it);
      if (x === null) break;
      out.push(x);
    }
  } catch (e) {
    for (const x of out) decref(x);
    setRef(o, 0, null);
    throw e;
  }
  if (out.length === 0) { setRef(o, 0, null); return null; }
  if (out.length < o.n) setRef(o, 0, null);
  return tupleSteal(out);
}

// ---- accumulate ---------------------------------------------------------------------------
// r[0] the iterator, r[1] the total, r[2] the binary function (None = add), r[3] initial.

function accumulateNext(o: PyItt): PyObject | null {
  const init = o.r[3];
  if (init !== null) {
    o.r[3] = null;
    setRef(o, 1, ref(init));
    return init;
  }
  const x = nextOf(o, 0);
  if (x === null) return null;
  const total = o.r[1];
  if (total === null) {
    o.r[1] = ref(x);
    return x;
  }
  let nt: PyObject;
  try {
    const f = o.r[2]!;
    nt = f === None ? A.binaryOp(total, x, 0) : A.call(f, [total, x]);
  } finally { decref(x); }
  setRef(o, 1, ref(nt));
  return nt;
}

// ---- zip_longest --------------------------------------------------------------------------
// pool the iterators (an exhausted one is replaced by None), r[0] the fill value,
// n the number still active (0 = done).

function zipLongestNext(o: PyItt): PyObject | null {
  const its = o.pool;
  const size = its.length;
  if (size === 0 || o.n === 0) return null;
  const out: PyObject[] = [];
  try {
    for (let i = 0; i < size; i++) {
      const it = its[i]!;
      let x: PyObject | null;
      if (it === None) x = null;
      else {
        x = it.type.slots.iternext!(it);
        if (x === null) {
          o.n--;
          if (o.n === 0) { for (const y of out) decref(y); out.length = 0; return null; }
          its[i] = None;
          None.ob_refcnt++;
          decref(it);
        }
      }
      if (x === null) { const f = o.r[0]!; f.ob_refcnt++; out.push(f); } else out.push(x);
    }
  } catch (e) {
    for (const y of out) decref(y);
    throw e;
  }
  return recycle(o, out);
}

/** __setstate__ argument checks shared by several types. */
function stateTuple(st: PyObject, what = 'state is not a tuple'): PyTuple {
  if (!(st instanceof PyTuple)) raise(PyExc.TypeError, what);
  return st;
}

function initTypes(): void {
  if (T.count) return;
  T.count = makeIttType({
    name: 'count', nrefs: 2, basicsize: 40, new: countNew, next: countNext,
    slots: { repr: countRepr },
    methods: {
      __reduce__: (o) => {
        const c = I(o);
        if (c.r[0] === null) return reduceTuple(o, tupleSteal([newInt(c.n)]));
        const step = c.r[1]!;
        if (step instanceof PyInt && step.type === intType && step.v === 1) return reduceTuple(o, tupleSteal([ref(c.r[0])]));
        return reduceTuple(o, tupleSteal([ref(c.r[0]), ref(step)]));
      },
    },
  });
  T.repeat = makeIttType({
    name: 'repeat', nrefs: 1, basicsize: 32, new: repeatNew,
    next: (o) => {
      if (o.n === 0) return null;
      if (o.n > 0) o.n--;
      return ref(o.r[0]!);
    },
    slots: {
      repr: (o) => {
        const r = I(o);
        return newStr(r.n < 0 ? `${o.type.name}(${A.reprJS(r.r[0]!)})` : `${o.type.name}(${A.reprJS(r.r[0]!)}, ${r.n})`);
      },
    },
    methods: {
      __length_hint__: (o) => {
        if (I(o).n < 0) raise(PyExc.TypeError, 'len() of unsized object');
        return newInt(I(o).n);
      },
      __reduce__: (o) => {
        const r = I(o);
        return reduceTuple(o, tupleSteal(r.n < 0 ? [ref(r.r[0]!)] : [ref(r.r[0]!), newInt(r.n)]));
      },
    },
  });
  T.chain = makeIttType({
    name: 'chain', nrefs: 2, basicsize: 32,
    new: (t, args, kw) => {
      noKwExact(t, T.chain!, 'chain', kw);
      const src = tupleFrom(posArgs(args, kw));
      try { return chainFrom(t, src); } finally { decref(src); }
    },
    next: chainNext,
    methods: {
      __reduce__: (o) => {
        const c = I(o);
        const src = c.r[0], act = c.r[1];
        if (src === null) return reduceTuple(o, empty());
        return reduceTuple(o, empty(), tupleSteal(act ? [ref(src), ref(act)] : [ref(src)]));
      },
      __setstate__: (o, args) => {
        nargs('__setstate__', args, 1, 1, true);
        deprecation();
        const st = stateTuple(args[0]!);
        const n = st.items.length;
        if (n < 1 || n > 2) raise(PyExc.TypeError, n < 1 ? `function takes at least 1 argument (${n} given)` : `function takes at most 2 arguments (${n} given)`);
        const src = st.items[0]!, act = st.items[1] ?? null;
        if (!src.type.slots.iternext || (act && !act.type.slots.iternext)) raise(PyExc.TypeError, 'Arguments must be iterators.');
        setRef(I(o), 0, ref(src));
        setRef(I(o), 1, act ? ref(act) : null);
        return none();
      },
    },
  });
  defMethod(T.chain, 'from_iterable', (cls, args, kw) => {
    if (kw && kw.length) raise(PyExc.TypeError, 'chain.from_iterable() takes no keyword arguments');
    nargs('chain.from_iterable', args, 1, 1, true);
    return chainFrom(cls as PyType, args[0]!);
  }, 'class');
  defMethod(T.chain, '__class_getitem__', (cls, args) => vmHooks.genericAlias(cls, args[0]!), 'class');
  T.islice = makeIttType({
    name: 'islice', nrefs: 1, basicsize: 56, new: isliceNew, next: isliceNext,
    methods: {
      __reduce__: (o) => {
        const s = I(o);
        const it = s.r[0];
        if (it === null) {
          const e = listSteal([]);
          let ei: PyObject;
          try { ei = A.getIter(e); } finally { decref(e); }
          return reduceTuple(o, tupleSteal([ei, newInt(0)]), newInt(0));
        }
        const stop = s.k === -1 ? none() : newInt(s.k);
        return reduceTuple(o, tupleSteal([ref(it), newInt(s.n), stop, newInt(s.idx[0]!)]), newInt(s.m));
      },
      __setstate__: (o, args) => {
        nargs('__setstate__', args, 1, 1, true);
        deprecation();
        const v = A.asSize(args[0]!);
        I(o).m = v;
        return none();
      },
    },
  });
  T.cycle = makeIttType({
    name: 'cycle', nrefs: 2, basicsize: 48,
    new: (t, args, kw) => {
      noKwExact(t, T.cycle!, 'cycle', kw);
      const a = posArgs(args, kw);
      positional('cycle', a, 1, 1);
      const it = A.getIter(a[0]!);
      const o = newItt(t, 2);
      o.r[0] = it;
      o.r[1] = listSteal([]);
      return o;
    },
    next: cycleNext,
    methods: {
      __reduce__: (o) => {
        const c = I(o);
        const saved = ref(c.r[1]!);
        if (c.r[0] === null) {
          let it: PyObject;
          try { it = A.getIter(saved); } catch (e) { decref(saved); throw e; }
          for (let i = 0; i < c.n; i++) { const x = A.iterNext(it); if (x) decref(x); }
          return reduceTuple(o, tupleSteal([it]), tupleSteal([saved, boolObj(true)]));
        }
        return reduceTuple(o, tupleSteal([ref(c.r[0])]), tupleSteal([saved, boolObj(c.stopped)]));
      },
      __setstate__: (o, args) => {
        nargs('__setstate__', args, 1, 1, true);
        deprecation();
        const st = stateTuple(args[0]!);
        if (st.items.length !== 2) raise(PyExc.TypeError, `function takes exactly 2 arguments (${st.items.length} given)`);
        const [saved, first] = st.items as [PyObject, PyObject];
        if (!(saved instanceof PyList)) raise(PyExc.TypeError, `argument 1 must be list, not ${saved.type.name}`);
        const c = I(o);
        const f = ssize(first);
        setRef(c, 1, ref(saved));
        c.stopped = f !== 0;
        c.n = 0;
        return none();
      },
    },
  });
  const simpleReduce = (o: PyObject) => { const s = I(o); return reduceTuple(o, tupleSteal([ref(s.r[0]!), ref(s.r[1]!)])); };
  const flagState = (o: PyObject, args: PyObject[]) => {
    nargs('__setstate__', args, 1, 1, true);
    deprecation();
    I(o).n = A.isTrue(args[0]!) ? 1 : 0;
    return none();
  };
  T.dropwhile = makeIttType({
    name: 'dropwhile', nrefs: 2, basicsize: 40, new: twoArgNew('dropwhile'), next: dropwhileNext,
    methods: { __reduce__: (o) => reduceTuple(o, tupleSteal([ref(I(o).r[0]!), ref(I(o).r[1]!)]), newInt(I(o).n)), __setstate__: flagState },
  });
  T.takewhile = makeIttType({
    name: 'takewhile', nrefs: 2, basicsize: 40, new: twoArgNew('takewhile'), next: takewhileNext,
    methods: { __reduce__: (o) => reduceTuple(o, tupleSteal([ref(I(o).r[0]!), ref(I(o).r[1]!)]), newInt(I(o).n)), __setstate__: flagState },
  });
  T.filterfalse = makeIttType({
    name: 'filterfalse', nrefs: 2, basicsize: 32, new: twoArgNew('filterfalse'), next: filterfalseNext,
    methods: { __reduce__: simpleReduce },
  });
  T.starmap = makeIttType({
    name: 'starmap', nrefs: 2, basicsize: 32, new: twoArgNew('starmap'), next: starmapNext,
    methods: { __reduce__: simpleReduce },
  });
  T.compress = makeIttType({
    name: 'compress', nrefs: 2, basicsize: 32,
    new: (t, args, kw) => {
      const [data, sel] = bindArgs('compress', args, kw, ['data', 'selectors'], 2);
      const d = A.getIter(data!);
      let s: PyObject;
      try { s = A.getIter(sel!); } catch (e) { decref(d); throw e; }
      const o = newItt(t, 2);
      o.r[0] = d;
      o.r[1] = s;
      return o;
    },
    next: compressNext,
    methods: { __reduce__: simpleReduce },
  });
  T.pairwise = makeIttType({
    name: 'pairwise', nrefs: 2, basicsize: 40,
    new: (t, args, kw) => {
      noKwExact(t, T.pairwise!, 'pairwise', kw);
      const a = posArgs(args, kw);
      positional('pairwise', a, 1, 1);
      const it = A.getIter(a[0]!);
      const o = newItt(t, 2);
      o.r[0] = it;
      return o;
    },
    next: pairwiseNext,
  });
  T.batched = makeIttType({
    name: 'batched', nrefs: 1, basicsize: 32,
    new: (t, args, kw) => {
      const [iterable, nObj] = bindArgs('batched', args, kw, ['iterable', 'n'], 2);
      const n = ssize(nObj!);
      if (n < 1) raise(PyExc.ValueError, 'n must be at least one');
      const it = A.getIter(iterable!);
      const o = newItt(t, 1);
      o.r[0] = it;
      o.n = n;
      return o;
    },
    next: batchedNext,
  });
  T.accumulate = makeIttType({
    name: 'accumulate', nrefs: 4, basicsize: 56,
    new: (t, args, kw) => {
      const [iterable, func, initial] = bindArgs('accumulate', args, kw, ['iterable', 'func', 'initial'], 1, 2);
      const it = A.getIter(iterable!);
      const o = newItt(t, 4);
      o.r[0] = it;
      o.r[2] = ref(func ?? None);
      if (initial !== null && initial !== None) o.r[3] = ref(initial);
      return o;
    },
    next: accumulateNext,
    methods: {
      __reduce__: (o) => {
        const s = I(o);
        const it = s.r[0], total = s.r[1], f = s.r[2]!, init = s.r[3];
        if (init !== null) {
          // accumulate(chain((initial,), it), func), total None
          const head = tupleSteal([ref(init)]);
          const chained = A.call(T.chain!, [head, it ?? emptyIterTuple()]);
          decref(head);
          return reduceTuple(o, tupleSteal([chained, ref(f)]), none());
        }
        if (it === null) {
          const e = emptyIterTuple();
          return reduceTuple(o, tupleSteal([e, ref(f)]), none());
        }
        return reduceTuple(o, tupleSteal([ref(it), ref(f)]), total ? ref(total) : none());
      },
      __setstate__: (o, args) => {
        nargs('__setstate__', args, 1, 1, true);
        deprecation();
        setRef(I(o), 1, args[0] === None ? null : ref(args[0]!));
        return none();
      },
    },
  });
  T.zip_longest = makeIttType({
    name: 'zip_longest', nrefs: 1, basicsize: 56,
    new: (t, args, kw) => {
      const nk = kw ? kw.length : 0;
      let fill: PyObject = None;
      if (nk) {
        if (nk > 1 || kw![0] !== 'fillvalue') raise(PyExc.TypeError, 'zip_longest() got an unexpected keyword argument');
        fill = args[args.length - 1]!;
      }
      const a = posArgs(args, kw);
      const its: PyObject[] = [];
      try { for (const x of a) its.push(A.getIter(x)); } catch (e) { for (const x of its) decref(x); throw e; }
      const o = newItt(t, 1);
      o.pool = its;
      o.n = its.length;
      o.r[0] = ref(fill);
      return o;
    },
    next: zipLongestNext,
    methods: {
      __reduce__: (o) => {
        const z = I(o);
        // exhausted slots pickle as iter(()) so the reconstruction keeps the tuple shape
        const args = z.pool.map((x) => (x === None ? empty() : ref(x)));
        return reduceTuple(o, tupleSteal(args), ref(z.r[0]!));
      },
      __setstate__: (o, args) => {
        nargs('__setstate__', args, 1, 1, true);
        deprecation();
        setRef(I(o), 0, ref(args[0]!));
        return none();
      },
    },
  });
  initCombTypes();
  Object.assign(T, combTypes);
}

function emptyIterTuple(): PyObject {
  const e = tupleSteal([]);
  try { return A.getIter(e); } finally { decref(e); }
}

export function makeItertoolsModule(vm: VM): PyModule {
  iterSource.builtins = vm.builtinsDict;
  initTypes();
  const m = newModule('itertools', newStr(ITERTOOLS_DOC));
  const d = m.dict as PyDict;
  for (const name of ['accumulate', 'batched', 'chain', 'combinations', 'combinations_with_replacement', 'compress', 'count', 'cycle',
    'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap', 'takewhile',
    'zip_longest', '_grouper', '_tee', '_tee_dataobject']) {
    d.setStr(name, T[name]!);
  }
  const tee = newBuiltin('tee', teeFn, m);
  d.setStr('tee', tee);
  decref(tee);
  void xdecref;
  return m;
}

const ITERTOOLS_DOC = `Functional tools for creating and using iterators.

Infinite iterators:
count(start=0, step=1) --> start, start+step, start+2*step, ...
cycle(p) --> p0, p1, ... plast, p0, p1, ...
repeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times

Iterators terminating on the shortest input sequence:
accumulate(p[, func]) --> p0, p0+p1, p0+p1+p2
batched(p, n) --> [p0, p1, ..., p_n-1], [p_n, p_n+1, ..., p_2n-1], ...
chain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...
chain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...
compress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...
dropwhile(pred, seq) --> seq[n], seq[n+1], starting when pred fails
groupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)
filterfalse(pred, seq) --> elements of seq where pred(elem) is False
islice(seq, [start,] stop [, step]) --> elements from
       seq[start:stop:step]
pairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...
starmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...
tee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n
takewhile(pred, seq) --> seq[0], seq[1], until pred fails
zip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...

Combinatoric generators:
product(p, q, ... [repeat=1]) --> cartesian product
permutations(p[, r])
combinations(p, r)
combinations_with_replacement(p, r)
`;
