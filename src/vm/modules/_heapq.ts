/**
 * `_heapq`: the C accelerator Lib/heapq.py imports, with Modules/_heapqmodule.c's algorithm so
 * lists end in the same order and `__lt__` sees the same calls:
 * - siftdown(start, pos) walks newitem toward the root while `newitem < parent`;
 * - siftup(pos) first moves the smaller child up all the way to a leaf (`right < left` picks the
 *   right child only when `left < right` is false: it asks `left < right`), then siftdown;
 * - the max variants ask the mirrored questions (`parent < newitem`, `right < left`);
 * - heapify sifts n//2-1 .. 0, or for n > 2500 the cache-friendly order (same result, same calls);
 * - after every comparison the list's size is checked ("list changed size during iteration").
 */
import type { PyObject } from '../objects/object';
import type { VM } from '../runtime/vm';
import { PyModule, newModule } from '../objects/module';
import type { PyDict } from '../objects/dict';
import { newStr } from '../objects/str';
import { PyList, listType, listAppend, resizeTo } from '../objects/list';
import { True, False } from '../objects/int';
import { numLess } from './_bisect';
import { None } from '../objects/singletons';
import { newBuiltin, type NativeFn } from '../objects/builtin_function';
import { raise, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import { noKw, nargs } from '../runtime/args';
import * as A from '../runtime/abstract';

/**
 * `a < b` (PyObject_RichCompareBool with Py_LT). Exact ints/floats are compared inline (numLess):
 * their comparison calls nothing observable. Both operands are held (incref'd) across the call, as the C
 * code does, so a __lt__ that empties the list cannot free them.
 */
function lt(a: PyObject, b: PyObject): boolean {
  const c = numLess(a, b);
  if (c >= 0) return c === 1;
  a.ob_refcnt++;
  b.ob_refcnt++;
  try {
    const r = A.richCompare(a, b, 0);
    if (r === True) { r.ob_refcnt--; return true; }
    if (r === False) { r.ob_refcnt--; return false; }
    try { return A.isTrue(r); } finally { decref(r); }
  } finally {
    decref(a);
    decref(b);
  }
}

function changed(): never {
  raise(PyExc.RuntimeError, 'list changed size during iteration');
}

function siftdown(heap: PyList, startpos: number, pos: number, max: boolean): void {
  const size = heap.items.length;
  if (pos >= size) raise(PyExc.IndexError, 'index out of range');
  let arr = heap.items;
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const parent = arr[parentpos]!;
    const newitem = arr[pos]!;
    const cmp = max ? lt(parent, newitem) : lt(newitem, parent);
    arr = heap.items;
    if (size !== arr.length) changed();
    if (!cmp) break;
    // Re-read both: a comparison may have reordered the list (same size).
    const p2 = arr[parentpos]!;
    arr[parentpos] = arr[pos]!;
    arr[pos] = p2;
    pos = parentpos;
  }
}

function siftup(heap: PyList, pos: number, max: boolean): void {
  const endpos = heap.items.length;
  const startpos = pos;
  if (pos >= endpos) raise(PyExc.IndexError, 'index out of range');
  let arr = heap.items;
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const cmp = max ? lt(arr[childpos + 1]!, arr[childpos]!) : lt(arr[childpos]!, arr[childpos + 1]!);
      if (!cmp) childpos++;
      arr = heap.items;
      if (endpos !== arr.length) changed();
    }
    const t = arr[childpos]!;
    arr[childpos] = arr[pos]!;
    arr[pos] = t;
    pos = childpos;
  }
  siftdown(heap, startpos, pos, max);
}

function heappop(heap: PyList, max: boolean): PyObject {
  const items = heap.items;
  const n = items.length;
  if (n === 0) raise(PyExc.IndexError, 'index out of range');
  const last = items.pop()!; // the list's reference becomes ours
  resizeTo(heap, n - 1);
  if (n === 1) return last;
  return replaceTop(heap, last, max);
}

function heapreplace(heap: PyList, item: PyObject, max: boolean): PyObject {
  if (heap.items.length === 0) raise(PyExc.IndexError, 'index out of range');
  item.ob_refcnt++;
  return replaceTop(heap, item, max);
}

/** Puts `item` (an owned reference) at the top of a non-empty heap, sifts it down and returns
 * the old top (owned by the caller). */
function replaceTop(heap: PyList, item: PyObject, max: boolean): PyObject {
  const items = heap.items;
  const ret = items[0]!;
  items[0] = item;
  try {
    siftup(heap, 0, max);
  } catch (e) {
    decref(ret);
    throw e;
  }
  return ret;
}

function keepTopBit(n: number): number {
  let i = 0;
  while (n > 1) { n >>= 1; i++; }
  return n << i;
}

function heapify(heap: PyList, max: boolean): PyObject {
  const n = heap.items.length;
  if (n > 2500) {
    const m = n >> 1;
    const leftmost = keepTopBit(m + 1) - 1;
    const mhalf = m >> 1;
    for (let i = leftmost - 1; i >= mhalf; i--) {
      for (let j = i; ; j >>= 1) {
        siftup(heap, j, max);
        if (!(j & 1)) break;
      }
    }
    for (let i = m - 1; i >= leftmost; i--) {
      for (let j = i; ; j >>= 1) {
        siftup(heap, j, max);
        if (!(j & 1)) break;
      }
    }
  } else {
    for (let i = (n >> 1) - 1; i >= 0; i--) siftup(heap, i, max);
  }
  None.ob_refcnt++;
  return None;
}

function listArg(fname: string, o: PyObject, which: string): PyList {
  if (!o.type.isSubtype(listType)) raise(PyExc.TypeError, `${fname}() ${which} must be list, not ${o.type.name}`);
  return o as PyList;
}

/** METH_O functions: `_heapq.NAME(heap)`. */
function unary(name: string, body: (heap: PyList) => PyObject): NativeFn {
  const q = '_heapq.' + name;
  return (_s, args, kw) => {
    noKw(q, kw);
    nargs(q, args, 1, 1, true);
    return body(listArg(name, args[0]!, 'argument'));
  };
}

/** Positional-only `_heapq.NAME(heap, item)`. */
function binary(name: string, body: (heap: PyList, item: PyObject) => PyObject): NativeFn {
  const q = '_heapq.' + name;
  return (_s, args, kw) => {
    noKw(q, kw);
    if (args.length !== 2) nargs(q, args, 2, 2);
    return body(listArg(name, args[0]!, 'argument 1'), args[1]!);
  };
}

export function makeHeapqModule(vm: VM): PyModule {
  void vm;
  const m = newModule('_heapq', newStr('Heap queue algorithm (a.k.a. priority queue).'));
  const d = m.dict as PyDict;
  const fns: Record<string, NativeFn> = {
    heappush: binary('heappush', (heap, item) => {
      listAppend(heap, item);
      siftdown(heap, 0, heap.items.length - 1, false);
      None.ob_refcnt++;
      return None;
    }),
    heappushpop: binary('heappushpop', (heap, item) => {
      if (heap.items.length === 0) { item.ob_refcnt++; return item; }
      const top = heap.items[0]!;
      if (!lt(top, item)) { item.ob_refcnt++; return item; }
      if (heap.items.length === 0) raise(PyExc.IndexError, 'index out of range');
      return heapreplace(heap, item, false);
    }),
    heappop: unary('heappop', (heap) => heappop(heap, false)),
    heapreplace: binary('heapreplace', (heap, item) => heapreplace(heap, item, false)),
    heapify: unary('heapify', (heap) => heapify(heap, false)),
    _heappop_max: unary('_heappop_max', (heap) => heappop(heap, true)),
    _heapify_max: unary('_heapify_max', (heap) => heapify(heap, true)),
    _heapreplace_max: binary('_heapreplace_max', (heap, item) => heapreplace(heap, item, true)),
  };
  for (const name in fns) {
    const f = newBuiltin(name, fns[name]!, m);
    d.setStr(name, f);
    decref(f);
  }
  return m;
}
