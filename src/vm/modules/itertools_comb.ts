/**
 * itertools' combinatoric types (product, combinations, combinations_with_replacement,
 * permutations), groupby with its _grouper, and tee (_tee over linked _tee_dataobject
 * buffers of 57 items, as CPython's LINKCELLS).
 *
 * The combinatoric types keep the pool(s) as tuples in `pool`, the indices in `idx`, and the
 * last result in `res` (null = not started); a result still referenced elsewhere is not
 * modified: the next one is a new tuple.
 */
import type { PyObject } from '../objects/object';
import { PyTuple, tupleSteal, tupleFrom } from '../objects/tuple';
import { PyInt, newInt } from '../objects/int';
import { None } from '../objects/singletons';
import { listSteal } from '../objects/list';
import type { PyType } from '../objects/type';
import { raise, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import { bindArgs, nargs } from '../runtime/args';
import * as A from '../runtime/abstract';
import { PyItt, newItt, setRef, makeIttType, recycle, ref, none, empty, reduceTuple, deprecation, ssize, positional, noKwExact, posArgs } from './itertools_base';

export const combTypes: Record<string, PyType> = {};
const T = combTypes;

function I(o: PyObject): PyItt {
  return o as PyItt;
}

function toTuple(o: PyObject): PyTuple {
  if (o instanceof PyTuple && o.type.name === 'tuple' && !o.type.isHeap()) return ref(o);
  return tupleSteal(A.toArray(o));
}

/** The result for the current indices: pool[idx[i]] for i < count (new references). */
function pick(pool: PyTuple, idx: number[], count: number): PyObject[] {
  const out: PyObject[] = new Array(count);
  for (let i = 0; i < count; i++) { const x = pool.items[idx[i]!]!; x.ob_refcnt++; out[i] = x; }
  return out;
}

function stop(o: PyItt): null {
  o.stopped = true;
  return null;
}

function indexTuple(idx: number[], count = idx.length): PyObject {
  const out: PyObject[] = [];
  for (let i = 0; i < count; i++) out.push(newInt(idx[i]!));
  return tupleSteal(out);
}

/** PyLong_AsSsize_t of a state entry (an int is required). */
function stateIndex(o: PyObject): number {
  if (!(o instanceof PyInt)) raise(PyExc.TypeError, 'an integer is required');
  const v = o.v;
  return typeof v === 'bigint' ? (v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER) : v;
}

// ---- product ------------------------------------------------------------------------------

function productNext(o: PyItt): PyObject | null {
  if (o.stopped) return null;
  const pools = o.pool as PyTuple[];
  const np = pools.length;
  const idx = o.idx;
  if (o.res === null) {
    const out: PyObject[] = new Array(np);
    for (let i = 0; i < np; i++) {
      const p = pools[i]!;
      if (p.items.length === 0) { for (let j = 0; j < i; j++) decref(out[j]!); return stop(o); }
      const x = p.items[0]!; x.ob_refcnt++; out[i] = x;
    }
    return recycle(o, out);
  }
  let i = np - 1;
  for (; i >= 0; i--) {
    const p = pools[i]!.items;
    idx[i]!++;
    if (idx[i] === p.length) idx[i] = 0;
    else break;
  }
  if (i < 0) return stop(o);
  const out: PyObject[] = new Array(np);
  for (let j = 0; j < np; j++) { const x = pools[j]!.items[idx[j]!]!; x.ob_refcnt++; out[j] = x; }
  return recycle(o, out);
}

// ---- combinations / combinations_with_replacement / permutations ------------------------------
// pool[0] the pool tuple, n = r.

function combNext(o: PyItt): PyObject | null {
  if (o.stopped) return null;
  const pool = o.pool[0] as PyTuple;
  const n = pool.items.length, r = o.n, idx = o.idx;
  if (o.res !== null) {
    let i = r - 1;
    while (i >= 0 && idx[i] === i + n - r) i--;
    if (i < 0) return stop(o);
    idx[i]!++;
    for (let j = i + 1; j < r; j++) idx[j] = idx[j - 1]! + 1;
  }
  return recycle(o, pick(pool, idx, r));
}

function cwrNext(o: PyItt): PyObject | null {
  if (o.stopped) return null;
  const pool = o.pool[0] as PyTuple;
  const n = pool.items.length, r = o.n, idx = o.idx;
  if (o.res !== null) {
    let i = r - 1;
    while (i >= 0 && idx[i] === n - 1) i--;
    if (i < 0) return stop(o);
    const v = idx[i]! + 1;
    for (let j = i; j < r; j++) idx[j] = v;
  }
  return recycle(o, pick(pool, idx, r));
}

function permNext(o: PyItt): PyObject | null {
  if (o.stopped) return null;
  const pool = o.pool[0] as PyTuple;
  const n = pool.items.length, r = o.n, idx = o.idx, cyc = o.cyc;
  if (o.res !== null) {
    if (n === 0) return stop(o);
    let i = r - 1;
    for (; i >= 0; i--) {
      cyc[i]!--;
      if (cyc[i] === 0) {
        const v = idx[i]!;
        for (let j = i; j < n - 1; j++) idx[j] = idx[j + 1]!;
        idx[n - 1] = v;
        cyc[i] = n - i;
      } else {
        const j = cyc[i]!;
        const t = idx[i]!; idx[i] = idx[n - j]!; idx[n - j] = t;
        break;
      }
    }
    if (i < 0) return stop(o);
  }
  return recycle(o, pick(pool, idx, r));
}

function combSetstate(o: PyItt, st: PyObject, withRepl: boolean): void {
  const r = o.n;
  const pool = o.pool[0] as PyTuple;
  const n = pool.items.length;
  if (!(st instanceof PyTuple) || st.items.length !== r) raise(PyExc.ValueError, 'invalid arguments');
  for (let i = 0; i < r; i++) {
    let v = stateIndex(st.items[i]!);
    const max = withRepl ? n - 1 : i + n - r;
    if (v > max) v = max;
    if (v < 0) v = 0;
    o.idx[i] = v;
  }
  const res = tupleSteal(pick(pool, o.idx, r));
  const old = o.res;
  o.res = res;
  if (old) decref(old);
}

// ---- groupby / _grouper ---------------------------------------------------------------------
// groupby r: [it, keyfunc, tgtkey, currkey, currvalue]; aux = the current _grouper (borrowed).
// _grouper r: [parent, tgtkey].

function groupbyStep(g: PyItt): boolean {
  const it = g.r[0]!;
  const v = it.type.slots.iternext!(it);
  if (v === null) return false;
  const kf = g.r[1]!;
  let k: PyObject;
  if (kf === None) k = ref(v);
  else {
    try { k = A.call(kf, [v]); } catch (e) { decref(v); throw e; }
  }
  const oldv = g.r[4];
  g.r[4] = v;
  setRef(g, 3, k);
  if (oldv) decref(oldv);
  return true;
}

function groupbyNext(g: PyItt): PyObject | null {
  g.aux = null;
  for (;;) {
    const cur = g.r[3];
    const tgt = g.r[2];
    if (cur === null) { /* step */ } else if (tgt === null) break;
    else if (!A.richEq(tgt, cur)) break;
    if (!groupbyStep(g)) return null;
  }
  const cur = g.r[3]!;
  setRef(g, 2, ref(cur));
  const gr = newGrouper(T._grouper!, g, cur);
  return tupleSteal([ref(cur), gr]);
}

function newGrouper(t: PyType, parent: PyItt, tgt: PyObject): PyItt {
  const o = newItt(t, 2);
  o.r[0] = ref(parent);
  o.r[1] = ref(tgt);
  parent.aux = o;
  return o;
}

function grouperNext(o: PyItt): PyObject | null {
  const g = o.r[0] as PyItt;
  if (g.aux !== o) return null;
  if (g.r[4] === null) {
    if (!groupbyStep(g)) return null;
  }
  if (!A.richEq(o.r[1]!, g.r[3]!)) return null;
  const v = g.r[4]!;
  g.r[4] = null;
  setRef(g, 3, null);
  return v;
}

// ---- tee ----------------------------------------------------------------------------------
// _tee_dataobject: r[0] the source iterator, r[1] the next link; pool the values read;
// stopped = running (re-entry guard). _tee: r[0] the data object, n the index in it.

const LINKCELLS = 57;

function newTeeData(it: PyObject): PyItt {
  const d = newItt(T._tee_dataobject!, 2);
  d.r[0] = ref(it);
  return d;
}

function teeDataItem(d: PyItt, i: number): PyObject | null {
  if (i < d.pool.length) return ref(d.pool[i]!);
  if (d.stopped) raise(PyExc.RuntimeError, 'cannot re-enter the tee iterator');
  const it = d.r[0]!;
  d.stopped = true;
  let v: PyObject | null;
  try { v = it.type.slots.iternext!(it); } finally { d.stopped = false; }
  if (v === null) return null;
  d.pool.push(v);
  return ref(v);
}

function teeNext(o: PyItt): PyObject | null {
  let d = o.r[0] as PyItt;
  if (o.n >= LINKCELLS) {
    let link = d.r[1] as PyItt | null;
    if (link === null) { link = newTeeData(d.r[0]!); d.r[1] = link; }
    setRef(o, 0, ref(link));
    d = link;
    o.n = 0;
  }
  const v = teeDataItem(d, o.n);
  if (v !== null) o.n++;
  return v;
}

function newTee(t: PyType, data: PyItt, index: number): PyItt {
  const o = newItt(t, 1);
  o.r[0] = ref(data);
  o.n = index;
  return o;
}

function teeFromIterable(iterable: PyObject): PyObject {
  const it = A.getIter(iterable);
  try {
    if (it.type === T._tee) { const s = it as PyItt; return newTee(T._tee!, s.r[0] as PyItt, s.n); }
    const d = newTeeData(it);
    try { return newTee(T._tee!, d, 0); } finally { decref(d); }
  } finally { decref(it); }
}

export function teeFn(_m: PyObject | null, args: PyObject[], kw: readonly string[] | null): PyObject {
  if (kw && kw.length) raise(PyExc.TypeError, 'tee() takes no keyword arguments');
  positional('tee', args, 1, 2);
  const n = args.length > 1 ? ssize(args[1]!) : 2;
  if (n < 0) raise(PyExc.ValueError, 'n must be >= 0');
  if (n === 0) return empty();
  const it = A.getIter(args[0]!);
  const out: PyObject[] = [];
  try {
    let copyable: PyObject;
    const cf = A.getAttrOpt(it, '__copy__');
    let copyfunc: PyObject;
    if (cf !== null) { copyable = ref(it); copyfunc = cf; }
    else { copyable = teeFromIterable(it); out.push(copyable); copyfunc = A.getAttr(copyable, '__copy__'); copyable = null as unknown as PyObject; }
    if (copyable) out.push(copyable);
    try { for (let i = 1; i < n; i++) out.push(A.call(copyfunc, [])); } finally { decref(copyfunc); }
  } catch (e) {
    for (const x of out) decref(x);
    throw e;
  } finally { decref(it); }
  return tupleSteal(out);
}

export function initCombTypes(): void {
  if (T.product) return;
  T.product = makeIttType({
    name: 'product', nrefs: 0, basicsize: 56,
    new: (t, args, kw) => {
      let repeat = 1;
      const nk = kw ? kw.length : 0;
      if (nk) {
        for (let i = 0; i < nk; i++) {
          if (kw![i] !== 'repeat') raise(PyExc.TypeError, `'${kw![i]}' is an invalid keyword argument for product()`);
          repeat = ssize(args[args.length - nk + i]!);
        }
        if (repeat < 0) raise(PyExc.ValueError, 'repeat argument cannot be negative');
      }
      const a = posArgs(args, kw);
      const base: PyTuple[] = [];
      try { for (const x of a) base.push(toTuple(x)); } catch (e) { for (const x of base) decref(x); throw e; }
      const pools: PyObject[] = [];
      for (let k = 0; k < repeat; k++) for (const p of base) pools.push(ref(p));
      for (const p of base) decref(p);
      const o = newItt(t, 0);
      o.pool = pools;
      o.idx = new Array(pools.length).fill(0);
      return o;
    },
    next: productNext,
    methods: {
      __reduce__: (o) => {
        const p = I(o);
        if (p.stopped) return reduceTuple(o, tupleSteal([empty()]));
        const pools = tupleFrom(p.pool);
        if (p.res === null) return reduceTuple(o, pools);
        return reduceTuple(o, pools, indexTuple(p.idx));
      },
      __setstate__: (o, args) => {
        nargs('__setstate__', args, 1, 1, true);
        deprecation();
        const p = I(o);
        const st = args[0]!;
        const n = p.pool.length;
        if (!(st instanceof PyTuple) || st.items.length !== n) raise(PyExc.ValueError, 'invalid arguments');
        for (let i = 0; i < n; i++) {
          let v = stateIndex(st.items[i]!);
          const size = (p.pool[i] as PyTuple).items.length;
          if (size === 0) { p.stopped = true; return none(); }
          if (v < 0) v = 0; else if (v > size - 1) v = size - 1;
          p.idx[i] = v;
        }
        const out: PyObject[] = [];
        for (let i = 0; i < n; i++) out.push(ref((p.pool[i] as PyTuple).items[p.idx[i]!]!));
        const old = p.res;
        p.res = tupleSteal(out);
        if (old) decref(old);
        return none();
      },
      __sizeof__: (o) => newInt(o.type.basicsize + 8 * I(o).pool.length),
    },
    slots: { sizeof: (o) => o.type.basicsize + 8 * I(o).pool.length },
  });
  const combLike = (name: string, next: (o: PyItt) => PyObject | null, repl: boolean): PyType => makeIttType({
    name, nrefs: 0, basicsize: 56,
    new: (t, args, kw) => {
      const [iterable, rObj] = bindArgs(name, args, kw, ['iterable', 'r'], 2);
      const pool = toTuple(iterable!);
      let r: number;
      try { r = ssize(rObj!); } catch (e) { decref(pool); throw e; }
      if (r < 0) { decref(pool); raise(PyExc.ValueError, 'r must be non-negative'); }
      const o = newItt(t, 0);
      o.pool = [pool];
      o.n = r;
      const n = pool.items.length;
      o.idx = repl ? new Array(r).fill(0) : Array.from({ length: r }, (_, i) => i);
      o.stopped = repl ? n === 0 && r > 0 : r > n;
      return o;
    },
    next,
    methods: {
      __reduce__: (o) => {
        const c = I(o);
        if (c.res === null) return reduceTuple(o, tupleSteal([ref(c.pool[0]!), newInt(c.n)]));
        if (c.stopped) return reduceTuple(o, tupleSteal([empty(), newInt(c.n)]));
        return reduceTuple(o, tupleSteal([ref(c.pool[0]!), newInt(c.n)]), indexTuple(c.idx, c.n));
      },
      __setstate__: (o, args) => { nargs('__setstate__', args, 1, 1, true); deprecation(); combSetstate(I(o), args[0]!, repl); return none(); },
      __sizeof__: (o) => newInt(o.type.basicsize + 8 * I(o).n),
    },
    slots: { sizeof: (o) => o.type.basicsize + 8 * I(o).n },
  });
  T.combinations = combLike('combinations', combNext, false);
  T.combinations_with_replacement = combLike('combinations_with_replacement', cwrNext, true);
  T.permutations = makeIttType({
    name: 'permutations', nrefs: 0, basicsize: 64,
    new: (t, args, kw) => {
      const [iterable, rObj] = bindArgs('permutations', args, kw, ['iterable', 'r'], 1);
      const pool = toTuple(iterable!);
      const n = pool.items.length;
      let r = n;
      if (rObj !== null && rObj !== None) {
        if (!(rObj instanceof PyInt)) { decref(pool); raise(PyExc.TypeError, 'Expected int as r'); }
        try { r = ssize(rObj); } catch (e) { decref(pool); throw e; }
        if (r < 0) { decref(pool); raise(PyExc.ValueError, 'r must be non-negative'); }
      }
      const o = newItt(t, 0);
      o.pool = [pool];
      o.n = r;
      o.idx = Array.from({ length: n }, (_, i) => i);
      o.cyc = Array.from({ length: r }, (_, i) => n - i);
      o.stopped = r > n;
      return o;
    },
    next: permNext,
    methods: {
      __reduce__: (o) => {
        const c = I(o);
        if (c.res === null) return reduceTuple(o, tupleSteal([ref(c.pool[0]!), newInt(c.n)]));
        if (c.stopped) return reduceTuple(o, tupleSteal([empty(), newInt(c.n)]));
        return reduceTuple(o, tupleSteal([ref(c.pool[0]!), newInt(c.n)]), tupleSteal([indexTuple(c.idx), indexTuple(c.cyc)]));
      },
      __setstate__: (o, args) => {
        nargs('__setstate__', args, 1, 1, true);
        deprecation();
        const c = I(o);
        const st = args[0]!;
        if (!(st instanceof PyTuple)) raise(PyExc.TypeError, 'state is not a tuple');
        const [ind, cyc] = st.items;
        if (st.items.length !== 2 || !(ind instanceof PyTuple) || !(cyc instanceof PyTuple)) raise(PyExc.TypeError, 'state is not a tuple');
        const n = (c.pool[0] as PyTuple).items.length;
        if (ind.items.length !== n || cyc.items.length !== c.n) raise(PyExc.ValueError, 'invalid arguments');
        for (let i = 0; i < n; i++) { let v = stateIndex(ind.items[i]!); if (v < 0) v = 0; else if (v > n - 1) v = n - 1; c.idx[i] = v; }
        for (let i = 0; i < c.n; i++) { let v = stateIndex(cyc.items[i]!); if (v < 1) v = 1; else if (v > n - i) v = n - i; c.cyc[i] = v; }
        const old = c.res;
        c.res = tupleSteal(pick(c.pool[0] as PyTuple, c.idx, c.n));
        if (old) decref(old);
        return none();
      },
      __sizeof__: (o) => newInt(o.type.basicsize + 8 * ((I(o).pool[0] as PyTuple).items.length + I(o).n)),
    },
    slots: { sizeof: (o) => o.type.basicsize + 8 * ((I(o).pool[0] as PyTuple).items.length + I(o).n) },
  });
  T.groupby = makeIttType({
    name: 'groupby', nrefs: 5, basicsize: 72,
    new: (t, args, kw) => {
      const [iterable, key] = bindArgs('groupby', args, kw, ['iterable', 'key'], 1);
      const it = A.getIter(iterable!);
      const o = newItt(t, 5);
      o.r[0] = it;
      o.r[1] = ref(key ?? None);
      return o;
    },
    next: groupbyNext,
    methods: {
      __reduce__: (o) => {
        const g = I(o);
        const [it, kf, tgt, cur, val] = g.r;
        if (tgt && cur && val) return reduceTuple(o, tupleSteal([ref(it!), ref(kf!)]), tupleSteal([ref(cur), ref(val), ref(tgt)]));
        return reduceTuple(o, tupleSteal([ref(it!), ref(kf!)]));
      },
      __setstate__: (o, args) => {
        nargs('__setstate__', args, 1, 1, true);
        deprecation();
        const st = args[0]!;
        if (!(st instanceof PyTuple)) raise(PyExc.TypeError, 'state is not a tuple');
        if (st.items.length !== 3) raise(PyExc.TypeError, `function takes exactly 3 arguments (${st.items.length} given)`);
        const g = I(o);
        setRef(g, 3, ref(st.items[0]!));
        setRef(g, 4, ref(st.items[1]!));
        setRef(g, 2, ref(st.items[2]!));
        return none();
      },
    },
  });
  T._grouper = makeIttType({
    name: '_grouper', nrefs: 2, basicsize: 32, subclass: false,
    new: (t, args, kw) => {
      noKwExact(t, null, '_grouper', kw);
      positional('_grouper', args, 2, 2);
      const p = args[0]!;
      if (p.type !== T.groupby) raise(PyExc.TypeError, `_grouper() argument 1 must be itertools.groupby, not ${p.type.name}`);
      return newGrouper(t, p as PyItt, args[1]!);
    },
    next: grouperNext,
    methods: {
      __reduce__: (o) => {
        const g = I(o);
        const parent = g.r[0] as PyItt;
        if (parent.aux !== o) {
          deprecation();
          return tupleSteal([builtinIter(), tupleSteal([empty()])]);
        }
        return reduceTuple(o, tupleSteal([ref(parent), ref(g.r[1]!)]));
      },
    },
  });
  T._tee_dataobject = makeIttType({
    name: '_tee_dataobject', nrefs: 2, basicsize: 496, subclass: false,
    new: (t, args, kw) => {
      noKwExact(t, null, '_tee_dataobject', kw);
      if (args.length !== 3) raise(PyExc.TypeError, `teedataobject expected 3 arguments, got ${args.length}`);
      const [it, values, nxt] = args as [PyObject, PyObject, PyObject];
      if (values.type.name !== 'list') raise(PyExc.TypeError, `teedataobject() argument 2 must be list, not ${values.type.name}`);
      const items = (values as unknown as { items: PyObject[] }).items;
      if (items.length > LINKCELLS) raise(PyExc.ValueError, 'values is too long');
      if (nxt !== None && nxt.type !== t) raise(PyExc.ValueError, 'next must be a teedataobject or None');
      if (nxt !== None && items.length !== LINKCELLS) raise(PyExc.ValueError, 'partially filled teedataobject may not have a next link');
      const d = newItt(t, 2);
      d.r[0] = ref(it);
      d.pool = items.map((x) => ref(x));
      if (nxt !== None) d.r[1] = ref(nxt);
      return d;
    },
    next: () => null,
    slots: { iter: undefined, iternext: undefined },
    methods: {
      __reduce__: (o) => {
        const d = I(o);
        const values = listSteal(d.pool.map((x) => ref(x)));
        return reduceTuple(o, tupleSteal([ref(d.r[0]!), values, d.r[1] ? ref(d.r[1]) : none()]));
      },
    },
  });
  T._tee = makeIttType({
    name: '_tee', nrefs: 1, basicsize: 40, subclass: false,
    new: (t, args, kw) => {
      noKwExact(t, null, '_tee', kw);
      positional('_tee', args, 1, 1);
      return teeFromIterable(args[0]!);
    },
    next: teeNext,
    methods: {
      __copy__: (o) => { const s = I(o); return newTee(o.type, s.r[0] as PyItt, s.n); },
      __reduce__: (o) => {
        const s = I(o);
        return reduceTuple(o, tupleSteal([empty()]), tupleSteal([ref(s.r[0]!), newInt(s.n)]));
      },
      __setstate__: (o, args) => {
        nargs('__setstate__', args, 1, 1, true);
        deprecation();
        const st = args[0]!;
        if (!(st instanceof PyTuple)) raise(PyExc.TypeError, 'state is not a tuple');
        if (st.items.length !== 2) raise(PyExc.TypeError, `function takes exactly 2 arguments (${st.items.length} given)`);
        const [d, i] = st.items;
        if (d!.type !== T._tee_dataobject) raise(PyExc.TypeError, `argument 1 must be itertools._tee_dataobject, not ${d!.type.name}`);
        const idx = A.asSize(i!);
        if (idx < 0 || idx > LINKCELLS) raise(PyExc.ValueError, 'Index out of range');
        setRef(I(o), 0, ref(d));
        I(o).n = idx;
        return none();
      },
    },
  });
}

/** The builtins dict of the VM that imported itertools (for `iter` in _grouper.__reduce__). */
export const iterSource: { builtins: { getStr(s: string): PyObject | null } | null } = { builtins: null };

function builtinIter(): PyObject {
  const f = iterSource.builtins?.getStr('iter');
  if (!f) raise(PyExc.RuntimeError, 'lost builtins.iter');
  return ref(f);
}
