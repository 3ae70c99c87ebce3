/**
 * The order list.sort / sorted give: CPython's timsort over the keys (V8's Array.prototype.sort
 * is a port of it and, like list.sort, only asks "is a < b?", one `<` per comparison), run on an
 * index array so that the items move once at the end.
 *
 * Like CPython's pre-sort scan of the keys (listobject.c's unsafe_*_compare), keys that are all
 * exact ints/floats, all exact strs without astral characters, or all exact tuples are compared
 * without dispatching through the types: comparisons between those objects call no Python code
 * and give the results richcompare gives (JS `<` between Numbers and BigInts is exact, NaN
 * compares false; UTF-16 order is code-point order without surrogates), so the order — the only
 * thing a program can observe — is the same. Those keys, when they also form a strict weak order
 * (no float NaN), are sorted by a merge sort of our own on their JS values: every stable sort of
 * such keys gives the one order timsort gives, and V8's sort calls its comparator through a
 * builtin (~5x slower). Any other key goes through richcompare under V8's timsort, with its
 * exceptions and side effects in CPython's order (the comparisons timsort makes).
 */
import type { PyObject } from './object';
import { intType, type PyInt } from './int';
import { floatType, type PyFloat } from './float';
import { strType, type PyStr } from './str';
import { tupleType, type PyTuple } from './tuple';
import { richCompareBool } from '../runtime/abstract';

const LT = 0;
const EQ = 2;

const GENERIC = 0;
const NUMBERS = 1;
const STRINGS = 2;
const TUPLES = 3;

type Comparator = (a: number, b: number) => number;

/** Indexes of `keys` in sorted order (stable; `reverse` keeps equal keys in their order, as CPython). */
export function sortedOrder(keys: readonly PyObject[], reverse: boolean): number[] {
  const n = keys.length;
  const idx = new Array<number>(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  if (n < 2) return idx;
  if (reverse) idx.reverse();
  const vals = fastValues(keys);
  let out = idx;
  if (vals !== null) out = mergeSort(idx, vals);
  else idx.sort(comparator(keys, classify(keys)));
  if (reverse) out.reverse();
  return out;
}

/**
 * The keys' JS values when they are all exact ints/floats without a NaN, or all exact strs
 * without astral characters (the merge sort's cases), else null: one pass that reads each key
 * object once (the keys of a large sort are spread over the heap; every pass is cache misses).
 */
function fastValues(keys: readonly PyObject[]): (number | bigint | string)[] | null {
  const n = keys.length;
  const t0 = keys[0]!.type;
  const v: (number | bigint | string)[] = [];
  if (t0 === intType || t0 === floatType) {
    for (let i = 0; i < n; i++) {
      const k = keys[i]!;
      const t = k.type;
      if (t === intType) v.push((k as PyInt).v);
      else if (t === floatType) {
        const f = (k as PyFloat).v;
        if (f !== f) return null;
        v.push(f);
      } else return null;
    }
    return v;
  }
  if (t0 === strType) {
    for (let i = 0; i < n; i++) {
      const k = keys[i]!;
      if (k.type !== strType || (k as PyStr).kind === 4) return null;
      v.push((k as PyStr).s);
    }
    return v;
  }
  return null;
}

const RUN = 32;

/**
 * Stable merge sort of `idx` by `v[i]` with JS `<` (numbers/bigints mixed, or strings): insertion
 * sort of runs of RUN, then bottom-up merges that take from the right run only when strictly less.
 */
function mergeSort(idx: number[], v: readonly (number | bigint | string)[]): number[] {
  const n = idx.length;
  let a = idx;
  // Input already in order, or strictly descending (reversing it is stable: no equal keys): one
  // pass, as timsort's first count_run finds the whole list to be one run.
  let asc = true, desc = true;
  for (let i = 1; i < n && (asc || desc); i++) {
    if (v[a[i]!]! < v[a[i - 1]!]!) asc = false;
    else desc = false;
  }
  if (asc) return a;
  if (desc) return a.reverse();
  let b = new Array<number>(n);
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(lo + RUN, n);
    // A strictly descending chunk is reversed first (the insertion sort is then one pass).
    let j0 = lo + 1;
    while (j0 < hi && v[a[j0]!]! < v[a[j0 - 1]!]!) j0++;
    if (j0 === hi) {
      for (let x = lo, y = hi - 1; x < y; x++, y--) { const t = a[x]!; a[x] = a[y]!; a[y] = t; }
      continue;
    }
    for (let i = lo + 1; i < hi; i++) {
      const x = a[i]!, xv = v[x]!;
      let j = i - 1;
      while (j >= lo && xv < v[a[j]!]!) { a[j + 1] = a[j]!; j--; }
      a[j + 1] = x;
    }
  }
  for (let w = RUN; w < n; w *= 2) {
    for (let lo = 0; lo < n; lo += 2 * w) {
      const mid = Math.min(lo + w, n), hi = Math.min(lo + 2 * w, n);
      let i = lo, j = mid, k = lo;
      if (mid < hi && v[a[mid]!]! < v[a[mid - 1]!]!) {
        while (i < mid && j < hi) b[k++] = v[a[j]!]! < v[a[i]!]! ? a[j++]! : a[i++]!;
      }
      while (i < mid) b[k++] = a[i++]!;
      while (j < hi) b[k++] = a[j++]!;
    }
    const t = a; a = b; b = t;
  }
  return a;
}

function classify(keys: readonly PyObject[]): number {
  const t = keys[0]!.type;
  if (t === intType || t === floatType) {
    for (const k of keys) if (k.type !== intType && k.type !== floatType) return GENERIC;
    return NUMBERS;
  }
  if (t === strType) {
    for (const k of keys) if (k.type !== strType || (k as PyStr).kind === 4) return GENERIC;
    return STRINGS;
  }
  if (t === tupleType) {
    for (const k of keys) if (k.type !== tupleType) return GENERIC;
    return TUPLES;
  }
  return GENERIC;
}

function comparator(keys: readonly PyObject[], kind: number): Comparator {
  switch (kind) {
    case NUMBERS: {
      // floats with a NaN: timsort's own comparison sequence decides where the NaNs land
      const v = jsValues(keys, kind);
      return (a, b) => (v[a]! < v[b]! ? -1 : 0);
    }
    case TUPLES:
      return (a, b) => (tupleLess(keys[a] as PyTuple, keys[b] as PyTuple) ? -1 : 0);
    default:
      return (a, b) => (richCompareBool(keys[a]!, keys[b]!, LT) ? -1 : 0);
  }
}

/** The JS values of NUMBERS or STRINGS keys, compared with `<`. */
function jsValues(keys: readonly PyObject[], kind: number): (number | bigint | string)[] {
  return kind === STRINGS ? keys.map((k) => (k as PyStr).s) : keys.map((k) => (k as PyInt | PyFloat).v);
}

function isNumber(o: PyObject): boolean {
  return o.type === intType || o.type === floatType;
}

/** tuple `<` (tuplerichcompare): the first items that are not equal decide, else the lengths. */
function tupleLess(a: PyTuple, b: PyTuple): boolean {
  const x = a.items, y = b.items;
  const n = Math.min(x.length, y.length);
  let i = 0;
  for (; i < n; i++) {
    const p = x[i]!, q = y[i]!;
    if (p === q) continue;
    let eq: boolean;
    if (isNumber(p) && isNumber(q)) eq = (p as PyInt).v == (q as PyInt).v;
    else if (p.type === strType && q.type === strType) eq = (p as PyStr).s === (q as PyStr).s;
    else eq = richCompareBool(p, q, EQ);
    if (!eq) break;
  }
  if (i >= n) return x.length < y.length;
  const p = x[i]!, q = y[i]!;
  if (isNumber(p) && isNumber(q)) return (p as PyInt).v < (q as PyInt).v;
  if (p.type === strType && q.type === strType && (p as PyStr).kind !== 4 && (q as PyStr).kind !== 4) return (p as PyStr).s < (q as PyStr).s;
  return richCompareBool(p, q, LT);
}
