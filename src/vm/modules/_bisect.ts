/**
 * `_bisect`: the C accelerator Lib/bisect.py imports (`from _bisect import *`), with
 * Modules/_bisectmodule.c's observable behaviour:
 * - clinic signatures `(a, x, lo=0, hi=None, *, key=None)`; lo < 0 → "lo must be non-negative";
 *   hi = None or -1 both mean len(a) (the C default is -1); other negative hi searches nothing;
 * - each probe reads a[mid] (sq_item: lists directly, other sequences through __getitem__), calls
 *   key on it, then compares: bisect_right asks `x < item`, bisect_left asks `item < x`. When the
 *   probed item has exactly x's type, the type's own comparison slot is called first and, on
 *   NotImplemented, the full rich comparison (so a user __lt__ returning NotImplemented runs twice,
 *   as in CPython);
 * - insort on an exact list inserts directly, otherwise calls `a.insert(i, x)`.
 */
import type { PyObject } from '../objects/object';
import type { VM } from '../runtime/vm';
import { PyModule, newModule } from '../objects/module';
import type { PyDict } from '../objects/dict';
import { dictType } from '../objects/dict';
import { newStr } from '../objects/str';
import { PyInt, newInt, True, False, intType, intFloatCompare } from '../objects/int';
import { PyFloat, floatType } from '../objects/float';
import { PyList, listType, resizeTo } from '../objects/list';
import { None, NotImplemented } from '../objects/singletons';
import { newBuiltin, type NativeFn } from '../objects/builtin_function';
import { raise, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import { bindArgs } from '../runtime/args';
import { vmHooks } from '../runtime/hooks';
import * as A from '../runtime/abstract';

const NAMES = ['a', 'x', 'lo', 'hi', 'key'] as const;

/** A Py_ssize_t clinic argument (int or __index__; OverflowError past 64 bits). */
export function ssizeArg(o: PyObject): number {
  if (o instanceof PyInt && typeof o.v === 'number') return o.v;
  const i = A.index(o);
  const v = i.v;
  decref(i);
  if (typeof v === 'bigint') {
    if (v >= 9223372036854775808n || v < -9223372036854775808n) raise(PyExc.OverflowError, 'Python int too large to convert to C ssize_t');
    return Number(v);
  }
  return v;
}

/** PySequence_Size's errors, then the length. */
function seqSize(o: PyObject): number {
  if (o instanceof PyList && o.type === listType) return o.items.length;
  const f = o.type.slots.len;
  if (!f || o.type.isSubtype(dictType)) {
    if (f) raise(PyExc.TypeError, `${o.type.name} is not a sequence`);
    raise(PyExc.TypeError, `object of type '${o.type.name}' has no len()`);
  }
  return A.len(o);
}

/** get_sq_item's check: the object must support indexing (and be no mapping). */
function checkIndexable(o: PyObject): void {
  const t = o.type;
  if (t.isSubtype(dictType)) raise(PyExc.TypeError, `${t.name} is not a sequence`);
  if (!t.slots.getitem) raise(PyExc.TypeError, `'${t.name}' object does not support indexing`);
}

/** a[mid] as sq_item does it: new reference. */
function itemAt(a: PyObject, directList: boolean, mid: number): PyObject {
  if (directList) {
    const items = (a as PyList).items;
    if (mid >= items.length) raise(PyExc.IndexError, 'list index out of range');
    const r = items[mid]!;
    r.ob_refcnt++;
    return r;
  }
  const k = newInt(mid);
  try {
    return A.getItem(a, k);
  } finally {
    decref(k);
  }
}

/**
 * `lhs < rhs` for exact ints/floats (1 or 0), computed inline: such comparisons call nothing and
 * change no counts. -1 when either operand is of another type.
 */
export function numLess(lhs: PyObject, rhs: PyObject): number {
  const tl = lhs.type, tr = rhs.type;
  if (tl === floatType) {
    const a = (lhs as PyFloat).v;
    if (tr === floatType) return a < (rhs as PyFloat).v ? 1 : 0;
    if (tr === intType) return intFloatCompare((rhs as PyInt).v, a) > 0 ? 1 : 0;
    return -1;
  }
  if (tl === intType) {
    const a = (lhs as PyInt).v;
    if (tr === intType) { const b = (rhs as PyInt).v; return a < b ? 1 : 0; }
    if (tr === floatType) return intFloatCompare(a, (rhs as PyFloat).v) < 0 ? 1 : 0;
  }
  return -1;
}

function bisect(a: PyObject, x: PyObject, lo: number, hi: number, key: PyObject, right: boolean): number {
  if (lo < 0) raise(PyExc.ValueError, 'lo must be non-negative');
  if (hi === -1) hi = seqSize(a);
  checkIndexable(a);
  const directList = a.type.slots.getitem === listType.slots.getitem;
  vmHooks.enterRecursive(right ? ' in _bisect.bisect_right' : ' in _bisect.bisect_left');
  try {
    // The same-type fast path is dropped for the rest of the search once it gives NotImplemented.
    let fast = x.type.slots.richcompare !== undefined;
    const hasKey = key !== None;
    const inline = directList && !hasKey && (x.type === floatType || x.type === intType);
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (inline) {
        const items = (a as PyList).items;
        if (mid < items.length) {
          const c = right ? numLess(x, items[mid]!) : numLess(items[mid]!, x);
          if (c >= 0) {
            if (right) { if (c) hi = mid; else lo = mid + 1; }
            else if (c) lo = mid + 1;
            else hi = mid;
            continue;
          }
        }
      }
      let item = itemAt(a, directList, mid);
      if (hasKey) {
        try {
          const k = A.call(key, [item]);
          decref(item);
          item = k;
        } catch (e) {
          decref(item);
          throw e;
        }
      }
      let res: boolean;
      try {
        if (fast && item.type === x.type) {
          const cmp = x.type.slots.richcompare!;
          const r = right ? cmp(x, item, 0) : cmp(item, x, 0);
          if (r === True) { r.ob_refcnt--; res = true; }
          else if (r === False) { r.ob_refcnt--; res = false; }
          else if (r === NotImplemented) {
            decref(r);
            fast = false;
            res = right ? A.richCompareBool(x, item, 0) : A.richCompareBool(item, x, 0);
          } else {
            try { res = A.isTrue(r); } finally { decref(r); }
          }
        } else {
          res = right ? A.richCompareBool(x, item, 0) : A.richCompareBool(item, x, 0);
        }
      } finally {
        decref(item);
      }
      if (right) { if (res) hi = mid; else lo = mid + 1; }
      else if (res) lo = mid + 1;
      else hi = mid;
    }
  } finally {
    vmHooks.leaveRecursive();
  }
  return lo;
}

function parse(fname: string, args: PyObject[], kw: readonly string[] | null): [PyObject, PyObject, number, number, PyObject] {
  const v = bindArgs(fname, args, kw, NAMES, 2, 4);
  const lo = v[2] ? ssizeArg(v[2]) : 0;
  const hiO = v[3];
  const hi = hiO && hiO !== None ? ssizeArg(hiO) : -1;
  return [v[0]!, v[1]!, lo, hi, v[4] ?? None];
}

function insort(a: PyObject, x: PyObject, lo: number, hi: number, key: PyObject, right: boolean): PyObject {
  let index: number;
  if (key === None) {
    index = bisect(a, x, lo, hi, key, right);
  } else {
    const kx = A.call(key, [x]);
    try { index = bisect(a, kx, lo, hi, key, right); } finally { decref(kx); }
  }
  if (a.type === listType) {
    const l = a as PyList;
    const n = l.items.length;
    if (index > n) index = n;
    if (n === l.allocated) resizeTo(l, n + 1);
    x.ob_refcnt++;
    if (index === n) l.items.push(x);
    else l.items.splice(index, 0, x);
  } else {
    const i = newInt(index);
    try {
      decref(A.callMethod(a, 'insert', [i, x]));
    } finally {
      decref(i);
    }
  }
  None.ob_refcnt++;
  return None;
}

export function makeBisectModule(vm: VM): PyModule {
  void vm;
  const m = newModule('_bisect', newStr('Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\nhaving to sort the list after each insertion. For long lists of items with\nexpensive comparison operations, this can be an improvement over the more\ncommon approach.\n'));
  const d = m.dict as PyDict;
  const fns: Record<string, NativeFn> = {
    bisect_right: (_s, args, kw) => { const [a, x, lo, hi, key] = parse('bisect_right', args, kw); return newInt(bisect(a, x, lo, hi, key, true)); },
    insort_right: (_s, args, kw) => { const [a, x, lo, hi, key] = parse('insort_right', args, kw); return insort(a, x, lo, hi, key, true); },
    bisect_left: (_s, args, kw) => { const [a, x, lo, hi, key] = parse('bisect_left', args, kw); return newInt(bisect(a, x, lo, hi, key, false)); },
    insort_left: (_s, args, kw) => { const [a, x, lo, hi, key] = parse('insort_left', args, kw); return insort(a, x, lo, hi, key, false); },
  };
  for (const name in fns) {
    const f = newBuiltin(name, fns[name]!, m);
    d.setStr(name, f);
    decref(f);
  }
  return m;
}
