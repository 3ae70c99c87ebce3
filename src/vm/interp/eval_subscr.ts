/**
 * Fast paths of BINARY_SUBSCR, STORE_SUBSCR and UNPACK_SEQUENCE on exact lists, tuples, dicts
 * and strs (CPython's BINARY_SUBSCR_LIST_INT / _TUPLE_INT / _DICT / _STR_INT,
 * STORE_SUBSCR_LIST_INT / _DICT, UNPACK_SEQUENCE_TUPLE / _LIST / _TWO_TUPLE), called from the
 * dispatch loop (eval.ts) before its generic path.
 *
 * They live outside the loop for V8's sake: a property access in the loop has one inline cache
 * shared by every object shape that instruction ever met in any program (megamorphic: a stub
 * cache probe per access); here the caches see only the shapes of containers and keys.
 *
 * Contract: each returns true having completed the instruction on the value stack (results in
 * place, operands' references released, vacated slots cleared; the caller adjusts its stack
 * pointer as documented per function), or false having touched nothing. A missing dict key
 * raises KeyError here (a second lookup on the generic path could run a colliding key's __eq__
 * again); nothing else raises. Releasing a replaced list item may run its finalizer.
 */
import { type PyObject, type Slot } from '../objects/object';
import { PyInt, intType } from '../objects/int';
import { PyStr, strType, strItem } from '../objects/str';
import { PyTuple, tupleType } from '../objects/tuple';
import { PyList, listType } from '../objects/list';
import { PyDict, dictType, dictGet, dictSet } from '../objects/dict';
import { PySlice, sliceType } from '../objects/slice';
import { None } from '../objects/singletons';
import { listSteal } from '../objects/list';
import { raiseWith, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';

/** BINARY_SUBSCR of lp[sp-2][lp[sp-1]]; on true the caller pops one slot (result at sp-2). */
export function subscrFast(lp: Slot[], sp: number): boolean {
  const k = lp[sp - 1]!;
  const c = lp[sp - 2]!;
  const ct = c.type, kt = k.type;
  let r: PyObject | null;
  if ((ct === listType || ct === tupleType) && kt === intType) {
    const v = (k as PyInt).v;
    if (typeof v !== 'number') return false;
    const items = (c as PyList).items;
    const i = v < 0 ? v + items.length : v;
    if (i < 0 || i >= items.length) return false;
    r = items[i]!;
    r.ob_refcnt++;
  } else if (ct === dictType) {
    if (kt !== strType && kt !== intType) return false;
    r = dictGet(c as PyDict, k);
    if (r === null) raiseWith(PyExc.KeyError!, k);
    r.ob_refcnt++;
  } else if (ct === listType) {
    // A slice object (lst[a:b:c]; two-part slices come as BINARY_SLICE) of JS-number ints/None.
    if (kt !== sliceType) return false;
    r = listSliceFast(c as PyList, k as PySlice);
    if (r === null) return false;
  } else if (ct === strType) {
    if (kt !== intType) return false;
    const v = (k as PyInt).v;
    if (typeof v !== 'number') return false;
    r = strItem(c as PyStr, v);
    if (r === null) return false;
  } else return false;
  lp[sp - 1] = null;
  lp[sp - 2] = r;
  decref(c);
  decref(k);
  return true;
}

/** STORE_SUBSCR lp[sp-2][lp[sp-1]] = lp[sp-3]; on true the caller pops three slots. */
export function storeSubscrFast(lp: Slot[], sp: number): boolean {
  const k = lp[sp - 1]!;
  const c = lp[sp - 2]!;
  const v = lp[sp - 3]!;
  const ct = c.type, kt = k.type;
  if (ct === listType) {
    if (kt !== intType) return false;
    const x = (k as PyInt).v;
    if (typeof x !== 'number') return false;
    const items = (c as PyList).items;
    const i = x < 0 ? x + items.length : x;
    if (i < 0 || i >= items.length) return false;
    // The stack's reference to v moves into the list.
    const old = items[i]!;
    items[i] = v;
    lp[sp - 3] = null; lp[sp - 2] = null; lp[sp - 1] = null;
    decref(old);
    decref(c);
    decref(k);
    return true;
  }
  if (ct === dictType && (kt === strType || kt === intType)) {
    lp[sp - 3] = null; lp[sp - 2] = null; lp[sp - 1] = null;
    dictSet(c as PyDict, k, v);
    decref(v);
    decref(c);
    decref(k);
    return true;
  }
  return false;
}

/**
 * UNPACK_SEQUENCE n of an exact tuple or list of length n at lp[sp-1]: its items replace it,
 * last first (the caller's stack pointer grows by n - 1).
 */
export function unpackFast(lp: Slot[], sp: number, n: number): boolean {
  const seq = lp[sp - 1]!;
  const st = seq.type;
  if (st !== tupleType && st !== listType) return false;
  const items = (seq as PyTuple).items;
  if (items.length !== n) return false;
  let j = sp - 1;
  if (n === 0) lp[j] = null;
  for (let i = n - 1; i >= 0; i--) { const x = items[i]!; x.ob_refcnt++; lp[j++] = x; }
  decref(seq);
  return true;
}

/** A slice part as a JS number: None gives `dflt`, an exact int its value; NaN for anything else. */
function slicePart(o: PyObject, dflt: number): number {
  if (o === None) return dflt;
  if (o.type !== intType) return NaN;
  const v = (o as PyInt).v;
  return typeof v === 'number' ? v : NaN;
}

/**
 * lst[slice] for a slice whose parts are None or exact ints held as JS numbers (PySlice_Unpack +
 * PySlice_AdjustIndices, as objects/slice.ts sliceIndices), or null (step 0 raises on the
 * generic path).
 */
function listSliceFast(l: PyList, k: PySlice): PyList | null {
  const step = slicePart(k.step, 1);
  if (step !== step || step === 0) return null;
  const len = l.items.length;
  let start = slicePart(k.start, step < 0 ? len - 1 : 0);
  let stop = slicePart(k.stop, step < 0 ? -1 : len);
  if (start !== start || stop !== stop) return null;
  if (k.start !== None) {
    if (start < 0) { start += len; if (start < 0) start = step < 0 ? -1 : 0; }
    else if (start >= len) start = step < 0 ? len - 1 : len;
  }
  if (k.stop !== None) {
    if (stop < 0) { stop += len; if (stop < 0) stop = step < 0 ? -1 : 0; }
    else if (stop >= len) stop = step < 0 ? len - 1 : len;
  }
  let n = 0;
  if (step < 0) { if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1; }
  else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  const items = l.items;
  const out = new Array<PyObject>(n);
  for (let i = 0, j = start; i < n; i++, j += step) { const x = items[j]!; x.ob_refcnt++; out[i] = x; }
  return listSteal(out);
}
