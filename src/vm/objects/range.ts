/** range objects and their iterator (JS-number fast path; bigint ranges are rejected for now). */
import { PyObject, nextSerial, memObserver } from './object';
import { makeStaticType, objectType, PyType } from './type';
import { newStr } from './str';
import { PyInt, newInt, boolObj, intFrom } from './int';
import { PySlice, sliceIndices } from './slice';
import { NotImplemented } from './singletons';
import { raise, PyExc } from '../runtime/errors';
import { asSize, index } from '../runtime/abstract';
import { decref } from '../runtime/refcount';

export class PyRange extends PyObject {
  constructor(type: PyType, public start: number, public stop: number, public step: number, public length: number) {
    super(type);
  }
}
export class PyRangeIter extends PyObject {
  declare next: number;
  declare step: number;
  declare left: number;
  constructor(type: PyType, next: number, step: number, left: number) {
    super(null);
    this.ob_refcnt = 1;
    this.flags = 0;
    (this as { serial: number }).serial = nextSerial();
    this.type = type;
    this.gcGen = -1;
    // Not a GC type: no gcRefs/gcPrev/gcNext.
    this.dict = null;
    if (memObserver !== null) memObserver.alloc(this);
    this.next = next;
    this.step = step;
    this.left = left;
  }
}

export let rangeType: PyType;
export let rangeIterType: PyType;

function rangeLen(start: number, stop: number, step: number): number {
  if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
  return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
}

export function newRange(start: number, stop: number, step: number): PyRange {
  return new PyRange(rangeType, start, stop, step, rangeLen(start, stop, step));
}

/** A range whose bounds do not all fit JS numbers: bigint fields, iterated by longrange_iterator. */
export class PyLongRange extends PyRange {
  constructor(type: PyType, public bstart: bigint, public bstop: bigint, public bstep: bigint) {
    super(type, NaN, NaN, NaN, NaN);
  }
  get blen(): bigint {
    const { bstart: a, bstop: b, bstep: s } = this;
    if (s > 0n) return a < b ? (b - a - 1n) / s + 1n : 0n;
    return a > b ? (a - b - 1n) / -s + 1n : 0n;
  }
}
class PyLongRangeIter extends PyObject {
  constructor(type: PyType, public next: bigint, public step: bigint, public left: bigint) { super(type); }
}
let longRangeIterType: PyType;

class BigArg { constructor(readonly v: bigint) {} }

function toNum(o: PyObject): number {
  if (!(o instanceof PyInt) && !o.type.slots.index) raise(PyExc.TypeError, `'${o.type.name}' object cannot be interpreted as an integer`);
  const i = index(o);
  const v = i.v;
  decref(i);
  if (typeof v === 'bigint') throw new BigArg(v);
  return v;
}

function rangeNew(t: PyType, args: PyObject[], kw: readonly string[] | null): PyObject {
  try {
    return rangeNewSmall(t, args, kw);
  } catch (e) {
    if (!(e instanceof BigArg)) throw e;
    const big = (o: PyObject) => { const i = index(o); const v = BigInt(i.v); decref(i); return v; };
    const [a, b, s] = args.length === 1 ? [0n, big(args[0]!), 1n] : [big(args[0]!), big(args[1]!), args.length === 3 ? big(args[2]!) : 1n];
    if (s === 0n) raise(PyExc.ValueError, 'range() arg 3 must not be zero');
    return new PyLongRange(rangeType, a, b, s);
  }
}

function rangeNewSmall(_t: PyType, args: PyObject[], kw: readonly string[] | null): PyObject {
  if (kw && kw.length) raise(PyExc.TypeError, 'range() takes no keyword arguments');
  if (args.length === 1) return newRange(0, toNum(args[0]!), 1);
  if (args.length === 2) return newRange(toNum(args[0]!), toNum(args[1]!), 1);
  if (args.length === 3) {
    const step = toNum(args[2]!);
    if (step === 0) raise(PyExc.ValueError, 'range() arg 3 must not be zero');
    return newRange(toNum(args[0]!), toNum(args[1]!), step);
  }
  if (args.length === 0) raise(PyExc.TypeError, 'range expected at least 1 argument, got 0');
  raise(PyExc.TypeError, `range expected at most 3 arguments, got ${args.length}`);
}

export function initRangeType(): void {
  rangeType = makeStaticType('range', objectType, {
    new: rangeNew,
    repr: (o) => { const r = o as PyRange; if (r instanceof PyLongRange) return newStr(r.bstep === 1n ? `range(${r.bstart}, ${r.bstop})` : `range(${r.bstart}, ${r.bstop}, ${r.bstep})`); return newStr(r.step === 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`); },
    len: (o) => {
      if (o instanceof PyLongRange) raise(PyExc.OverflowError, 'Python int too large to convert to C ssize_t');
      return (o as PyRange).length;
    },
    bool: (o) => (o instanceof PyLongRange ? o.blen > 0n : (o as PyRange).length > 0),
    iter: (o) => {
      if (o instanceof PyLongRange) return new PyLongRangeIter(longRangeIterType, o.bstart, o.bstep, o.blen);
      const r = o as PyRange;
      return new PyRangeIter(rangeIterType, r.start, r.step, r.length);
    },
    getitem: (o, k) => {
      const r = o as PyRange;
      if (k instanceof PySlice) {
        const [s, , st, n] = sliceIndices(k, r.length);
        const start = r.start + s * r.step, step = r.step * st;
        return new PyRange(rangeType, start, start + n * step, step, n);
      }
      // CPython computes a range item in arbitrary precision: any int outside is just out of range.
      const ix = index(k);
      const iv = ix.v;
      decref(ix);
      let i = typeof iv === 'bigint' ? -Infinity : iv;
      if (i < 0) i += r.length;
      if (i < 0 || i >= r.length) raise(PyExc.IndexError, 'range object index out of range');
      return newInt(r.start + i * r.step);
    },
    contains: (o, x) => {
      const r = o as PyRange;
      if (!(x instanceof PyInt) || typeof x.v !== 'number') return false;
      const v = x.v;
      if (r.step > 0 ? v < r.start || v >= r.stop : v > r.start || v <= r.stop) return false;
      return (v - r.start) % r.step === 0;
    },
    richcompare: (a, b, op) => {
      if (!(b instanceof PyRange) || (op !== 2 && op !== 3)) { NotImplemented.ob_refcnt++; return NotImplemented; }
      const x = a as PyRange;
      let eq = x.length === b.length;
      if (eq && x.length > 0) eq = x.start === b.start && (x.length === 1 || x.step === b.step);
      return boolObj(op === 2 ? eq : !eq);
    },
    hash: (o) => { const r = o as PyRange; return (r.length * 1000003 + r.start * 31 + r.step) | 0; },
    sizeof: () => 48,
  }, { noSubclass: true });
  longRangeIterType = makeStaticType('longrange_iterator', objectType, {
    iter: (o) => { o.ob_refcnt++; return o; },
    iternext: (o) => {
      const it = o as PyLongRangeIter;
      if (it.left <= 0n) return null;
      const v = it.next;
      it.next += it.step;
      it.left--;
      return intFrom(v);
    },
    sizeof: () => 48,
  }, { noSubclass: true });
  rangeIterType = makeStaticType('range_iterator', objectType, {
    iter: (o) => { o.ob_refcnt++; return o; },
    iternext: (o) => {
      const it = o as PyRangeIter;
      if (it.left <= 0) return null;
      const v = it.next;
      it.next += it.step;
      it.left--;
      return newInt(v);
    },
    sizeof: () => 40, // _PyRangeIterObject: start, step, len
  }, { noSubclass: true });
}
