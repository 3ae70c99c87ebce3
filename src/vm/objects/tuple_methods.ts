/** tuple's slots (indexing, comparison, hash, repr, concatenation) and methods. */
import type { PyObject } from './object';
import { PyTuple, tupleSteal, tupleType } from './tuple';
import { newStr } from './str';
import { PyInt, newInt } from './int';
import { PySlice, sliceIndices, clampIndex } from './slice';
import { noKw } from '../runtime/args';
import { NotImplemented } from './singletons';
import { type TypeSlots } from './type';
import { raise, PyExc } from '../runtime/errors';
import { asSize, reprJS, richEq, toArray } from '../runtime/abstract';
import { internalHash, tupleHashExact } from './pyhash';
import { hashExact } from './hash_exact';
import { seqCompare } from './list';
import { defMethods } from './builtin_function';
import { newIter, tupleIterType } from './iterators';
import { vmHooks } from '../runtime/hooks';

const T = (o: PyObject) => (o as PyTuple).items;

/** CPython 3.12's xxHash-based tuple hash (internal form, cached). */
function tupleHash(o: PyObject): number {
  const t = o as PyTuple;
  if (t.h !== -1) return t.h;
  const r = internalHash(tupleHashExact(t.items.map(hashExact)));
  t.h = r;
  return r;
}

export const tupleSlots: TypeSlots = {
  repr: (o) => {
    const it = T(o);
    if (it.length === 0) return newStr('()');
    if (!vmHooks.reprEnter(o)) return newStr('(...)');
    try {
      const parts = it.map(reprJS);
      return newStr('(' + parts.join(', ') + (it.length === 1 ? ',)' : ')'));
    } finally { vmHooks.reprLeave(o); }
  },
  hash: tupleHash,
  getitem: (o, k) => {
    const it = T(o);
    if (k instanceof PyInt) {
      let i = asSize(k);
      if (i < 0) i += it.length;
      if (i < 0 || i >= it.length) raise(PyExc.IndexError, 'tuple index out of range');
      const x = it[i]!;
      x.ob_refcnt++;
      return x;
    }
    if (k instanceof PySlice) {
      const [start, , step, n] = sliceIndices(k, it.length);
      if (step === 1 && n === it.length && o.type === tupleType) { o.ob_refcnt++; return o; }
      const out: PyObject[] = [];
      for (let i = 0, j = start; i < n; i++, j += step) { const x = it[j]!; x.ob_refcnt++; out.push(x); }
      return tupleSteal(out);
    }
    raise(PyExc.TypeError, `tuple indices must be integers or slices, not ${k.type.name}`);
  },
  contains: (o, x) => T(o).some((y) => richEq(y, x)),
  richcompare: (a, b, op) => {
    if (!(b instanceof PyTuple)) { NotImplemented.ob_refcnt++; return NotImplemented; }
    return seqCompare(T(a), b.items, op);
  },
  iter: (o) => newIter(tupleIterType, o),
  concat: (a, b) => {
    if (!(b instanceof PyTuple)) raise(PyExc.TypeError, `can only concatenate tuple (not "${b.type.name}") to tuple`);
    const out = [...T(a), ...b.items];
    for (const x of out) x.ob_refcnt++;
    return tupleSteal(out);
  },
  repeat: (a, n) => {
    if (!(n instanceof PyInt) && !n.type.slots.index) raise(PyExc.TypeError, `can't multiply sequence by non-int of type '${n.type.name}'`);
    const k = asSize(n);
    const out: PyObject[] = [];
    for (let i = 0; i < k; i++) for (const x of T(a)) { x.ob_refcnt++; out.push(x); }
    return tupleSteal(out);
  },
  new: (t, args) => {
    if (args.length === 0) return tupleSteal([]);
    const items = toArray(args[0]!);
    if (t === tupleType) return tupleSteal(items);
    const r = new PyTuple(t, items);
    t.ob_refcnt++;
    return r;
  },
};

export function initTupleMethods(): void {
  defMethods(tupleType, {
    index: (self, args, kw) => {
      noKw('tuple.index', kw);
      if (args.length < 1 || args.length > 3) raise(PyExc.TypeError, `index expected at least 1 argument, got ${args.length}`);
      const it = T(self);
      let start = args.length > 1 ? clampIndex(args[1]!, false) : 0;
      let stop = args.length > 2 ? clampIndex(args[2]!, false) : it.length;
      if (start < 0) start = Math.max(0, start + it.length);
      if (stop < 0) stop = Math.max(0, stop + it.length);
      for (let i = start; i < stop && i < it.length; i++) if (richEq(it[i]!, args[0]!)) return newInt(i);
      raise(PyExc.ValueError, 'tuple.index(x): x not in tuple');
    },
    count: (self, args) => newInt(T(self).filter((y) => richEq(y, args[0]!)).length),
  });
}
