/**
 * collections.deque and its two iterator types (Modules/_collectionsmodule.c semantics).
 *
 * Storage is a ring buffer: `buf.length` is a power of two, the items are
 * buf[(head + i) & mask] for i < n, every other slot is null. The deque owns one reference per item.
 *
 * `state` changes on every structural mutation (append/pop on either side, rotate, clear,
 * in-place repeat), never on item assignment or reverse(); iterators and the scanning methods compare
 * it to report "deque mutated during iteration" exactly where CPython does.
 *
 * `li` is CPython's leftindex (0..63, the left item's slot inside its 64-item block): it is
 * replayed through every operation so that __sizeof__ reports CPython's block count
 * ((leftindex + len + 63) // 64 blocks of 528 bytes over the 216-byte object).
 */
import type { PyObject } from './object';
import { makeImmortal, memObserver, noteResize } from './object';
import { makeStaticType, objectType, inheritSlots, PyType, TF_HAVE_GC, RefKindCode, type TypeSlots } from './type';
import { PyInstance, instanceTraverse, instanceClear } from './instance';
import { newDict } from './dict';
import { newStr } from './str';
import { PyInt, newInt, boolObj } from './int';
import { None, NotImplemented } from './singletons';
import { tupleSteal, emptyTuple } from './tuple';
import { listSteal } from './list';
import { defMethods, defMethod, type MethodFn } from './builtin_function';
import { defGetSet } from './descriptors';
import { raise, PyExc } from '../runtime/errors';
import { decref, xdecref } from '../runtime/refcount';
import { gcTrack } from '../runtime/gc';
import { noKw, nargs, bindArgs } from '../runtime/args';
import { vmHooks } from '../runtime/hooks';
import * as A from '../runtime/abstract';
import { addSlotWrappers } from './attrs';
import { nullArray } from '../util/arrays';

const BLOCKLEN = 64;
const CENTER = 31;
const BLOCK_BYTES = 16 + 8 * BLOCKLEN;

export class PyDeque extends PyInstance {
  declare buf: (PyObject | null)[];
  declare head: number;
  declare n: number;
  declare mask: number;
  /** -1 = unbounded. */
  declare maxlen: number;
  declare state: number;
  declare li: number;
  constructor(t: PyType) {
    super(t);
    this.buf = nullArray<PyObject>(8);
    this.head = 0;
    this.n = 0;
    this.mask = 7;
    this.maxlen = -1;
    this.state = 0;
    this.li = CENTER + 1;
  }
}

export class PyDequeIter extends PyInstance {
  declare deque: PyDeque | null;
  /** Items already produced. */
  declare pos: number;
  declare counter: number;
  declare state: number;
  constructor(t: PyType, d: PyDeque) {
    super(t);
    d.ob_refcnt++;
    this.deque = d;
    this.pos = 0;
    this.counter = d.n;
    this.state = d.state;
  }
}

export let dequeType: PyType;
export let dequeIterType: PyType;
export let dequeRevIterType: PyType;

function grow(d: PyDeque): void {
  const old = d.buf;
  const cap = old.length;
  const nb: (PyObject | null)[] = nullArray<PyObject>(cap * 2);
  for (let i = 0; i < d.n; i++) nb[i] = old[(d.head + i) & d.mask]!;
  d.buf = nb;
  d.head = 0;
  d.mask = cap * 2 - 1;
}

function shrink(d: PyDeque): void {
  const old = d.buf;
  const cap = old.length >> 1;
  const nb: (PyObject | null)[] = nullArray<PyObject>(cap);
  for (let i = 0; i < d.n; i++) nb[i] = old[(d.head + i) & d.mask]!;
  d.buf = nb;
  d.head = 0;
  d.mask = cap - 1;
}

/** Item i (0 <= i < n), borrowed. */
export function dequeAt(d: PyDeque, i: number): PyObject {
  return d.buf[(d.head + i) & d.mask]!;
}

/** deque_pop: steals nothing, returns the owned reference. Caller checks n > 0. */
function popRight(d: PyDeque): PyObject {
  const n = --d.n;
  const k = (d.head + n) & d.mask;
  const x = d.buf[k]!;
  d.buf[k] = null;
  d.state++;
  if (n === 0 && d.li === 0) d.li = CENTER + 1;
  if (d.buf.length > 64 && n < (d.buf.length >> 2)) shrink(d);
  if (memObserver !== null) noteResize(d);
  return x;
}

function popLeft(d: PyDeque): PyObject {
  const k = d.head;
  const x = d.buf[k]!;
  d.buf[k] = null;
  d.head = (k + 1) & d.mask;
  const n = --d.n;
  d.state++;
  if (++d.li === BLOCKLEN) d.li = n ? 0 : CENTER + 1;
  if (d.buf.length > 64 && n < (d.buf.length >> 2)) shrink(d);
  if (memObserver !== null) noteResize(d);
  return x;
}

/** deque_append_internal: steals x. */
function pushRight(d: PyDeque, x: PyObject): void {
  if (d.n === d.buf.length) grow(d);
  d.buf[(d.head + d.n) & d.mask] = x;
  d.n++;
  if (d.maxlen >= 0 && d.n > d.maxlen) decref(popLeft(d));
  else {
    d.state++;
    if (memObserver !== null) noteResize(d);
  }
}

/** deque_appendleft_internal: steals x. */
function pushLeft(d: PyDeque, x: PyObject): void {
  if (d.n === d.buf.length) grow(d);
  d.head = (d.head - 1) & d.mask;
  d.buf[d.head] = x;
  d.n++;
  d.li = d.li === 0 ? BLOCKLEN - 1 : d.li - 1;
  if (d.maxlen >= 0 && d.n > d.maxlen) decref(popRight(d));
  else {
    d.state++;
    if (memObserver !== null) noteResize(d);
  }
}

export function dequeAppend(d: PyDeque, x: PyObject): void {
  x.ob_refcnt++;
  pushRight(d, x);
}

/** deque_clear: the deque is empty before any item is released. */
export function dequeClear(d: PyDeque): void {
  const n = d.n;
  if (n === 0) return;
  const buf = d.buf, head = d.head, mask = d.mask;
  d.buf = nullArray<PyObject>(8);
  d.head = 0;
  d.n = 0;
  d.mask = 7;
  d.li = CENTER + 1;
  d.state++;
  if (memObserver !== null) noteResize(d);
  for (let i = 0; i < n; i++) decref(buf[(head + i) & mask]!);
}

/** PySequence_List(deque): a new list of the items. */
function dequeToList(d: PyDeque): PyObject {
  const out: PyObject[] = new Array(d.n);
  for (let i = 0; i < d.n; i++) { const x = dequeAt(d, i); x.ob_refcnt++; out[i] = x; }
  return listSteal(out);
}

function dequeExtend(d: PyDeque, iterable: PyObject, left: boolean): void {
  if (iterable === d) {
    const l = dequeToList(d);
    try { dequeExtend(d, l, left); } finally { decref(l); }
    return;
  }
  const fast = vmHooks.fastItems(iterable);
  if (fast !== null && d.maxlen !== 0) {
    if (d.n === 0) d.li = left ? BLOCKLEN - 1 : 1;
    // A list/tuple: copy first (appends with maxlen may run __del__ that mutates the source).
    const items = fast.slice();
    for (const x of items) x.ob_refcnt++;
    for (let i = 0; i < items.length; i++) {
      if (left) pushLeft(d, items[i]!); else pushRight(d, items[i]!);
    }
    return;
  }
  const it = A.getIter(iterable);
  try {
    const next = it.type.slots.iternext!;
    if (d.maxlen === 0) {
      for (let x = next(it); x !== null; x = next(it)) decref(x);
      return;
    }
    if (d.n === 0) d.li = left ? BLOCKLEN - 1 : 1;
    if (left) for (let x = next(it); x !== null; x = next(it)) pushLeft(d, x);
    else for (let x = next(it); x !== null; x = next(it)) pushRight(d, x);
  } finally {
    decref(it);
  }
}

/** _deque_rotate: the n rightmost items move to the left end. */
function rotate(d: PyDeque, n: number): void {
  const len = d.n;
  if (len <= 1) return;
  const half = len >> 1;
  if (n > half || n < -half) {
    n %= len;
    if (n > half) n -= len;
    else if (n < -half) n += len;
  }
  d.state++;
  if (n === 0) return;
  const mask = d.mask, buf = d.buf;
  if (len === buf.length) {
    // Full ring: rotation is a move of the head only.
    d.head = (d.head - n) & mask;
  } else if (n > 0) {
    for (let k = 0; k < n; k++) {
      const src = (d.head + len - 1) & mask;
      d.head = (d.head - 1) & mask;
      buf[d.head] = buf[src]!;
      buf[src] = null;
    }
  } else {
    for (let k = 0; k < -n; k++) {
      const dst = (d.head + len) & mask;
      buf[dst] = buf[d.head]!;
      buf[d.head] = null;
      d.head = (d.head + 1) & mask;
    }
  }
  d.li = (((d.li - n) % BLOCKLEN) + BLOCKLEN) % BLOCKLEN;
  if (memObserver !== null) noteResize(d);
}

function mutated(kind = PyExc.RuntimeError): never {
  raise(kind!, 'deque mutated during iteration');
}

function D(o: PyObject): PyDeque {
  return o as PyDeque;
}

function none(): PyObject {
  None.ob_refcnt++;
  return None;
}

/** sq_item / sq_ass_item index: an int-like key (sequence indexing rules). */
function seqIndex(d: PyDeque, k: PyObject): number {
  if (!(k instanceof PyInt) && !k.type.slots.index) raise(PyExc.TypeError, `sequence index must be integer, not '${k.type.name}'`);
  let i = A.asSize(k);
  if (i < 0) i += d.n;
  if (i < 0 || i >= d.n) raise(PyExc.IndexError, 'deque index out of range');
  return i;
}

function delItem(d: PyDeque, i: number): void {
  rotate(d, -i);
  const x = popLeft(d);
  rotate(d, i);
  decref(x);
}

/** deque_copy: an exact deque copies directly; a subclass is called as type(d)(d[, maxlen]). */
function dequeCopy(o: PyObject): PyObject {
  const d = D(o);
  if (d.type === dequeType) {
    const r = newDeque(dequeType);
    r.maxlen = d.maxlen;
    if (d.n === 1) dequeAppend(r, dequeAt(d, 0));
    else dequeExtend(r, d, false);
    return r;
  }
  let res: PyObject;
  if (d.maxlen < 0) res = A.call(d.type, [d]);
  else { const m = newInt(d.maxlen); try { res = A.call(d.type, [d, m]); } finally { decref(m); } }
  if (!(res instanceof PyDeque)) {
    const tn = res.type.name;
    decref(res);
    raise(PyExc.TypeError, `${d.type.name}() must return a deque, not ${tn}`);
  }
  return res;
}

function inplaceRepeat(d: PyDeque, n: number): void {
  const size = d.n;
  if (size === 0 || n === 1) return;
  if (n <= 0) { dequeClear(d); return; }
  if (size === 1) {
    if (d.maxlen >= 0 && n > d.maxlen) n = d.maxlen;
    const x = dequeAt(d, 0);
    d.state++;
    // Appends without trimming or per-item state changes (the C loop fills blocks directly).
    for (let i = 0; i < n - 1; i++) {
      if (d.n === d.buf.length) grow(d);
      x.ob_refcnt++;
      d.buf[(d.head + d.n) & d.mask] = x;
      d.n++;
    }
    if (memObserver !== null) noteResize(d);
    return;
  }
  const seq = dequeToList(d);
  try {
    if (d.maxlen >= 0 && n * size > d.maxlen) n = Math.floor((d.maxlen + size - 1) / size);
    for (let i = 0; i < n - 1; i++) dequeExtend(d, seq, false);
  } finally { decref(seq); }
}

function repeatCount(k: PyObject): number {
  if (!(k instanceof PyInt) && !k.type.slots.index) raise(PyExc.TypeError, `can't multiply sequence by non-int of type '${k.type.name}'`);
  return A.asSize(k);
}

export function newDeque(t: PyType): PyDeque {
  const d = new PyDeque(t);
  if (t.isHeap()) t.ob_refcnt++;
  if (t.nslots) d.slotvals = nullArray<PyObject>(t.nslots);
  gcTrack(d);
  return d;
}

function dequeRepr(o: PyObject): PyObject {
  const d = D(o);
  if (!vmHooks.reprEnter(o)) return newStr('[...]');
  try {
    const parts: string[] = [];
    // PySequence_List first (a mutation while repr'ing items cannot disturb the walk).
    const items: PyObject[] = [];
    for (let i = 0; i < d.n; i++) { const x = dequeAt(d, i); x.ob_refcnt++; items.push(x); }
    try { for (const x of items) parts.push(A.reprJS(x)); } finally { for (const x of items) decref(x); }
    const body = '[' + parts.join(', ') + ']';
    return newStr(d.maxlen >= 0 ? `${d.type.name}(${body}, maxlen=${d.maxlen})` : `${d.type.name}(${body})`);
  } finally {
    vmHooks.reprLeave(o);
  }
}

function dequeCompare(v: PyObject, w: PyObject, op: number): PyObject {
  if (!(v instanceof PyDeque) || !(w instanceof PyDeque)) { NotImplemented.ob_refcnt++; return NotImplemented; }
  const vs = v.n, ws = w.n;
  if (op === 2) { if (v === w) return boolObj(true); if (vs !== ws) return boolObj(false); }
  if (op === 3) { if (v === w) return boolObj(false); if (vs !== ws) return boolObj(true); }
  const sv = v.state, sw = w.state;
  let i = 0;
  for (;; i++) {
    if (v.state !== sv || w.state !== sw) mutated();
    if (i >= v.n || i >= w.n) break;
    const x = dequeAt(v, i), y = dequeAt(w, i);
    x.ob_refcnt++; y.ob_refcnt++;
    try {
      if (!A.richEq(x, y)) return boolObj(A.richCompareBool(x, y, op));
    } finally { decref(x); decref(y); }
  }
  const xEnd = i >= v.n, yEnd = i >= w.n;
  let r: boolean;
  switch (op) {
    case 0: r = !yEnd; break;
    case 1: r = xEnd; break;
    case 2: r = xEnd && yEnd; break;
    case 3: r = xEnd !== yEnd; break;
    case 4: r = !xEnd; break;
    default: r = yEnd;
  }
  return boolObj(r);
}

function dequeTraverse(o: PyObject, visit: (c: PyObject, k: RefKindCode, l: string | number) => void): void {
  const d = D(o);
  for (let i = 0; i < d.n; i++) visit(dequeAt(d, i), RefKindCode.Item, i);
  instanceTraverse(o, visit);
}

function dequeSizeof(o: PyObject): number {
  const d = D(o);
  return o.type.basicsize + Math.floor((d.li + d.n + BLOCKLEN - 1) / BLOCKLEN) * BLOCK_BYTES;
}

function scan(d: PyDeque, v: PyObject, from: number, to: number, kind: typeof PyExc.RuntimeError): number {
  const st = d.state;
  for (let i = from; i < to; i++) {
    const x = dequeAt(d, i);
    x.ob_refcnt++;
    let eq: boolean;
    try { eq = A.richEq(x, v); } finally { decref(x); }
    if (kind === PyExc.IndexError) { if (d.state !== st) mutated(kind); if (eq) return i; }
    else { if (eq) return i; if (d.state !== st) mutated(kind); }
  }
  return -1;
}

const methods: Record<string, MethodFn> = {
  append: (o, args, kw) => { noKw('deque.append', kw); nargs('deque.append', args, 1, 1, true); dequeAppend(D(o), args[0]!); return none(); },
  appendleft: (o, args, kw) => { noKw('deque.appendleft', kw); nargs('deque.appendleft', args, 1, 1, true); args[0]!.ob_refcnt++; pushLeft(D(o), args[0]!); return none(); },
  pop: (o, args, kw) => {
    noKw('deque.pop', kw); nargs('deque.pop', args, 0, 0, true);
    if (D(o).n === 0) raise(PyExc.IndexError, 'pop from an empty deque');
    return popRight(D(o));
  },
  popleft: (o, args, kw) => {
    noKw('deque.popleft', kw); nargs('deque.popleft', args, 0, 0, true);
    if (D(o).n === 0) raise(PyExc.IndexError, 'pop from an empty deque');
    return popLeft(D(o));
  },
  extend: (o, args, kw) => { noKw('deque.extend', kw); nargs('deque.extend', args, 1, 1, true); dequeExtend(D(o), args[0]!, false); return none(); },
  extendleft: (o, args, kw) => { noKw('deque.extendleft', kw); nargs('deque.extendleft', args, 1, 1, true); dequeExtend(D(o), args[0]!, true); return none(); },
  clear: (o, args, kw) => { noKw('deque.clear', kw); nargs('deque.clear', args, 0, 0, true); dequeClear(D(o)); return none(); },
  copy: (o, args, kw) => { noKw('deque.copy', kw); nargs('deque.copy', args, 0, 0, true); return dequeCopy(o); },
  __copy__: (o, args, kw) => { noKw('deque.__copy__', kw); nargs('deque.__copy__', args, 0, 0, true); return dequeCopy(o); },
  count: (o, args, kw) => {
    noKw('deque.count', kw); nargs('deque.count', args, 1, 1, true);
    const d = D(o);
    const st = d.state;
    let c = 0;
    for (let i = 0; i < d.n; i++) {
      const x = dequeAt(d, i);
      x.ob_refcnt++;
      try { if (A.richEq(x, args[0]!)) c++; } finally { decref(x); }
      if (d.state !== st) mutated();
    }
    return newInt(c);
  },
  index: (o, args, kw) => {
    noKw('deque.index', kw);
    if (args.length < 1) raise(PyExc.TypeError, `index() takes at least 1 argument (${args.length} given)`);
    if (args.length > 3) raise(PyExc.TypeError, `index() takes at most 3 arguments (${args.length} given)`);
    const d = D(o);
    const sliceIdx = (x: PyObject): number => {
      if (!(x instanceof PyInt) && !x.type.slots.index) raise(PyExc.TypeError, 'slice indices must be integers or have an __index__ method');
      const i = A.index(x);
      const v = i.v;
      decref(i);
      if (typeof v === 'bigint') return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
      return v;
    };
    let start = args.length > 1 ? sliceIdx(args[1]!) : 0;
    let stop = args.length > 2 ? sliceIdx(args[2]!) : d.n;
    if (start < 0) { start += d.n; if (start < 0) start = 0; }
    if (stop < 0) { stop += d.n; if (stop < 0) stop = 0; }
    if (stop > d.n) stop = d.n;
    if (start > stop) start = stop;
    const i = scan(d, args[0]!, start, stop, PyExc.RuntimeError);
    if (i >= 0) return newInt(i);
    raise(PyExc.ValueError, `${A.reprJS(args[0]!)} is not in deque`);
  },
  insert: (o, args, kw) => {
    noKw('deque.insert', kw);
    if (args.length !== 2) raise(PyExc.TypeError, `insert() takes exactly 2 arguments (${args.length} given)`);
    const d = D(o);
    const k = args[0]!;
    if (!(k instanceof PyInt) && !k.type.slots.index) raise(PyExc.TypeError, `'${k.type.name}' object cannot be interpreted as an integer`);
    const iv = A.index(k);
    const big = iv.v;
    decref(iv);
    if (typeof big === 'bigint') raise(PyExc.OverflowError, 'Python int too large to convert to C ssize_t');
    const index = big;
    const v = args[1]!;
    const n = d.n;
    if (d.maxlen === n) raise(PyExc.IndexError, 'deque already at its maximum size');
    if (index >= n) { dequeAppend(d, v); return none(); }
    if (index <= -n || index === 0) { v.ob_refcnt++; pushLeft(d, v); return none(); }
    rotate(d, -index);
    v.ob_refcnt++;
    if (index < 0) pushRight(d, v); else pushLeft(d, v);
    rotate(d, index);
    return none();
  },
  remove: (o, args, kw) => {
    noKw('deque.remove', kw); nargs('deque.remove', args, 1, 1, true);
    const d = D(o);
    const i = scan(d, args[0]!, 0, d.n, PyExc.IndexError);
    if (i < 0) raise(PyExc.ValueError, `${A.reprJS(args[0]!)} is not in deque`);
    delItem(d, i);
    return none();
  },
  reverse: (o, args, kw) => {
    noKw('deque.reverse', kw); nargs('deque.reverse', args, 0, 0, true);
    const d = D(o);
    for (let i = 0, j = d.n - 1; i < j; i++, j--) {
      const a = (d.head + i) & d.mask, b = (d.head + j) & d.mask;
      const t = d.buf[a]!; d.buf[a] = d.buf[b]!; d.buf[b] = t;
    }
    return none();
  },
  rotate: (o, args, kw) => {
    noKw('deque.rotate', kw);
    if (args.length > 1) raise(PyExc.TypeError, `deque.rotate expected at most 1 argument, got ${args.length}`);
    let n = 1;
    if (args.length) {
      const iv = A.index(args[0]!);
      const v = iv.v;
      decref(iv);
      if (typeof v === 'bigint') raise(PyExc.OverflowError, 'Python int too large to convert to C ssize_t');
      n = v;
    }
    rotate(D(o), n);
    return none();
  },
  __reduce__: (o, args, kw) => {
    noKw('deque.__reduce__', kw); nargs('deque.__reduce__', args, 0, 0, true);
    const d = D(o);
    const state = A.callMethod(o, '__getstate__', []);
    const it = A.getIter(o);
    d.type.ob_refcnt++;
    if (d.maxlen < 0) { emptyTuple.ob_refcnt++; return tupleSteal([d.type, emptyTuple, state, it]); }
    emptyTuple.ob_refcnt++;
    return tupleSteal([d.type, tupleSteal([emptyTuple, newInt(d.maxlen)]), state, it]);
  },
  __reversed__: (o, args, kw) => { noKw('deque.__reversed__', kw); nargs('deque.__reversed__', args, 0, 0, true); return newDequeIter(dequeRevIterType, D(o)); },
  __sizeof__: (o, args, kw) => { noKw('deque.__sizeof__', kw); nargs('deque.__sizeof__', args, 0, 0, true); return newInt(dequeSizeof(o)); },
  __iadd__: (o, args) => { nargs('__iadd__', args, 1, 1); dequeExtend(D(o), args[0]!, false); o.ob_refcnt++; return o; },
  __imul__: (o, args) => { nargs('__imul__', args, 1, 1); inplaceRepeat(D(o), repeatCount(args[0]!)); o.ob_refcnt++; return o; },
};

function newDequeIter(t: PyType, d: PyDeque): PyDequeIter {
  const it = new PyDequeIter(t, d);
  gcTrack(it);
  return it;
}

function iterNextFwd(o: PyObject): PyObject | null {
  const it = o as PyDequeIter;
  const d = it.deque;
  if (d === null) return null;
  if (d.state !== it.state) { it.counter = 0; mutated(); }
  if (it.counter === 0) return null;
  const x = dequeAt(d, it.pos++);
  it.counter--;
  x.ob_refcnt++;
  return x;
}

function iterNextRev(o: PyObject): PyObject | null {
  const it = o as PyDequeIter;
  const d = it.deque;
  if (d === null || it.counter === 0) return null;
  if (d.state !== it.state) { it.counter = 0; mutated(); }
  const x = dequeAt(d, d.n - 1 - it.pos++);
  it.counter--;
  x.ob_refcnt++;
  return x;
}

function iterRelease(o: PyObject): void {
  const it = o as PyDequeIter;
  const d = it.deque;
  it.deque = null;
  xdecref(d);
  instanceClear(o);
}

function makeIterType(name: string, next: (o: PyObject) => PyObject | null): PyType {
  const t: PyType = makeStaticType(name, objectType, {
    iter: (o) => { o.ob_refcnt++; return o; },
    iternext: next,
    traverse: (o, visit) => { const d = (o as PyDequeIter).deque; if (d) visit(d, RefKindCode.Internal, 'deque'); },
    clear: iterRelease,
    dealloc: iterRelease,
    sizeof: () => 56,
    new: (tp, args, kw) => {
      noKw(name, kw);
      if (args.length < 1) raise(PyExc.TypeError, `function takes at least 1 argument (${args.length} given)`);
      if (args.length > 2) raise(PyExc.TypeError, `function takes at most 2 arguments (${args.length} given)`);
      const d = args[0]!;
      if (!(d instanceof PyDeque)) raise(PyExc.TypeError, `argument 1 must be collections.deque, not ${d.type.name}`);
      const k = args.length > 1 ? A.asSize(args[1]!) : 0;
      const it = newDequeIter(tp, d);
      try {
        for (let i = 0; i < k; i++) { const x = next(it); if (x === null) break; decref(x); }
      } catch (e) { decref(it); throw e; }
      return it;
    },
  }, { module: 'collections', basicsize: 56, noSubclass: true, flags: TF_HAVE_GC });
  finishType(t);
  defMethods(t, {
    __length_hint__: (o) => newInt((o as PyDequeIter).counter),
    __reduce__: (o) => {
      const it = o as PyDequeIter;
      const d = it.deque;
      t.ob_refcnt++;
      if (d === null) { emptyTuple.ob_refcnt++; return tupleSteal([t, emptyTuple]); }
      d.ob_refcnt++;
      return tupleSteal([t, tupleSteal([d, newInt(d.n - it.counter)])]);
    },
  });
  return t;
}

/** A static type created after bootstrap: its dict, inherited slots and slot wrappers. */
export function finishType(t: PyType): void {
  t.tdict = makeImmortal(newDict());
  inheritSlots(t);
  addSlotWrappers(t);
  if (!t.slots.hash) t.tdict.setStr('__hash__', None);
  // Types made from a PyType_Spec carry their module name in their dict.
  if (t.moduleName !== 'builtins') {
    const m = newStr(t.moduleName);
    t.tdict.setStr('__module__', m);
    decref(m);
  }
}

let ready = false;

export function initDequeTypes(): void {
  if (ready) return;
  ready = true;
  const slots: TypeSlots = {
    new: (tp) => newDeque(tp),
    init: (o, args, kw) => {
      const d = D(o);
      let iterable: PyObject | null = null, maxlenObj: PyObject | null = null;
      if ((!kw || kw.length === 0) && args.length <= 2) {
        iterable = args[0] ?? null;
        maxlenObj = args[1] ?? null;
      } else {
        const b = bindArgs('deque', args, kw, ['iterable', 'maxlen'], 0);
        iterable = b[0]!; maxlenObj = b[1]!;
      }
      let maxlen = -1;
      if (maxlenObj !== null && maxlenObj !== None) {
        // PyLong_AsSsize_t: an int (or subclass) only, __index__ is not consulted.
        if (!(maxlenObj instanceof PyInt)) raise(PyExc.TypeError, 'an integer is required');
        const v = maxlenObj.v;
        if (typeof v === 'bigint') raise(PyExc.OverflowError, 'Python int too large to convert to C ssize_t');
        maxlen = v;
        if (maxlen < 0) raise(PyExc.ValueError, 'maxlen must be non-negative');
      }
      d.maxlen = maxlen;
      if (d.n > 0) dequeClear(d);
      if (iterable !== null) dequeExtend(d, iterable, false);
    },
    repr: dequeRepr,
    richcompare: dequeCompare,
    nb: (() => {
      const nb: ((a: PyObject, b: PyObject) => PyObject)[] = [];
      nb[13] = (a, b) => { dequeExtend(D(a), b, false); a.ob_refcnt++; return a; };
      nb[18] = (a, b) => { inplaceRepeat(D(a), repeatCount(b)); a.ob_refcnt++; return a; };
      return nb;
    })(),
    iter: (o) => newDequeIter(dequeIterType, D(o)),
    len: (o) => D(o).n,
    getitem: (o, k) => { const d = D(o); const x = dequeAt(d, seqIndex(d, k)); x.ob_refcnt++; return x; },
    setitem: (o, k, v) => {
      const d = D(o);
      const i = seqIndex(d, k);
      if (v === null) { delItem(d, i); return; }
      v.ob_refcnt++;
      const j = (d.head + i) & d.mask;
      const old = d.buf[j]!;
      d.buf[j] = v;
      decref(old);
    },
    contains: (o, v) => scan(D(o), v, 0, D(o).n, PyExc.RuntimeError) >= 0,
    concat: (a, b) => {
      if (!(b instanceof PyDeque)) raise(PyExc.TypeError, `can only concatenate deque (not "${b.type.name}") to deque`);
      const r = dequeCopy(a);
      try { dequeExtend(D(r), b, false); } catch (e) { decref(r); throw e; }
      return r;
    },
    repeat: (a, k) => {
      const n = repeatCount(k);
      const r = dequeCopy(a);
      try { inplaceRepeat(D(r), n); } catch (e) { decref(r); throw e; }
      return r;
    },
    traverse: dequeTraverse,
    clear: (o) => dequeClear(D(o)),
    dealloc: (o) => { dequeClear(D(o)); instanceClear(o); },
    sizeof: dequeSizeof,
  };
  dequeType = makeStaticType('deque', objectType, slots, { module: 'collections', basicsize: 216, flags: TF_HAVE_GC });
  dequeType.hasWeakref = true;
  finishType(dequeType);
  const doc = newStr('deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints.');
  dequeType.tdict.setStr('__doc__', doc);
  decref(doc);
  defMethods(dequeType, methods);
  defMethod(dequeType, '__class_getitem__', (cls, args) => vmHooks.genericAlias(cls, args[0]!), 'class');
  defGetSet(dequeType, 'maxlen', (o) => (D(o).maxlen < 0 ? none() : newInt(D(o).maxlen)));
  dequeIterType = makeIterType('_deque_iterator', iterNextFwd);
  dequeRevIterType = makeIterType('_deque_reverse_iterator', iterNextRev);
}
