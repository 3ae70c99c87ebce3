/**
 * Reference counting: the one place that increments, decrements and frees.
 *
 * Ownership rules (CPython's):
 * - A function returning a PyObject returns a NEW reference: the caller owns it and must
 *   eventually decref it or store it (storing transfers ownership).
 * - Arguments are BORROWED unless the function name says `Steal`/`steal`.
 * - Containers own their items; setting a slot increfs the new value and decrefs the old one
 *   (after the store, since the old value's __del__ may look at the container).
 * - A thrown Python exception (a JS `throw` of a PyBaseException) owns one reference; whoever
 *   catches it takes that reference over.
 *
 * When a count reaches zero the object is freed at once: its finalizer (__del__) runs first (it
 * may resurrect the object), then it leaves the GC lists, then its type's dealloc releases what it
 * owns. Nested frees deeper than TRASHCAN_DEPTH are queued and drained by the outermost free
 * (CPython's trashcan), so a long linked chain never overflows the JS stack.
 */
import { PyObject, F_DEAD, F_FINALIZED, F_IMMORTAL, F_WEAKREFS, F_ADDR, memObserver } from '../objects/object';
import { releaseAddress } from './address';
import type { PyType } from '../objects/type';
import { gcUntrack, gcFreed } from './gc';
import { TF_HAVE_GC, TF_HEAPTYPE, objectType } from '../objects/type';
import { rt } from './state';

const TRASHCAN_DEPTH = 50;

/**
 * Type flag (a tp_flags bit CPython leaves unused; never shown to Python): instances of this
 * static type own nothing and need no bookkeeping when freed — no finalizer, no dealloc slot, not
 * a GC type, no instance dict. Set lazily by the slow path the first time such an instance is
 * freed. An instance of it is released by marking it dead, unless it carries weakrefs, an id()
 * address, is on a GC list anyway (runtime code may track an instance of a non-GC type, e.g.
 * object()) or the memory model is observing (then the full path runs). Freeing one has no
 * observable effect, so the trashcan's ordering does not apply to it.
 */
export const TF_FAST_FREE = 1 << 2;
const F_SLOW_FREE = F_IMMORTAL | F_DEAD | F_WEAKREFS | F_ADDR;

/**
 * JS-level free lists of exact int and float objects released by the fast path (objects/int.ts
 * and objects/float.ts take from them): a reused object is re-initialized exactly as a new one
 * (count 1, flags 0, a fresh serial, so a fresh id() and allocation clock), which saves V8 the
 * allocation and the scavenge. Invisible to Python: only objects the fast path released (no
 * address, no weakrefs, memory model off) enter. This is not CPython's float free list; the
 * memory model (memmodel.ts) accounts that one itself.
 */
const FREE_MAX = 256;
/** Fixed-size stacks (no backing-store growth or trimming): entries [0, freeCount[k]) are live. */
export const floatFree: (PyObject | null)[] = new Array<PyObject | null>(FREE_MAX).fill(null);
export const intFree: (PyObject | null)[] = new Array<PyObject | null>(FREE_MAX).fill(null);
/** freeCount[0]: floats, freeCount[1]: ints. */
export const freeCount = new Int32Array(2);
let floatFreeType: PyType | null = null;
let intFreeType: PyType | null = null;
/** Named by objects/float.ts and objects/int.ts when their types are created. */
export function setFreeListTypes(floatT: PyType | null, intT: PyType | null): void {
  if (floatT !== null) floatFreeType = floatT;
  if (intT !== null) intFreeType = intT;
}

/**
 * A GC type whose dealloc slot decides itself whether the young generation's count drops (slice:
 * a freed slice parked in CPython's one-slot cache was never returned to the allocator).
 */
let ownGcFreeType: PyType | null = null;
export function setOwnGcFree(t: PyType): void {
  ownGcFreeType = t;
}

/** Clears the weak references to a dying object and runs their callbacks (modules/_weakref.ts). */
let clearWeakrefs: ((o: PyObject) => void) | null = null;
export function setWeakrefHook(f: (o: PyObject) => void): void {
  clearWeakrefs = f;
}
let depth = 0;
const pending: PyObject[] = [];

export function incref(o: PyObject): void {
  o.ob_refcnt++;
}

export function decref(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}

export function xdecref(o: PyObject | null | undefined): void {
  if (o && --o.ob_refcnt === 0) dealloc(o);
}

/** Returns o after taking a new reference (Py_NewRef). */
export function newRef<T extends PyObject>(o: T): T {
  o.ob_refcnt++;
  return o;
}

/** Frees an object whose count just reached zero. */
export function dealloc(o: PyObject): void {
  if ((o.type.tpFlags & TF_FAST_FREE) !== 0 && (o.flags & F_SLOW_FREE) === 0 && o.gcGen === -1 && memObserver === null) {
    o.flags |= F_DEAD;
    const t = o.type;
    if (t === floatFreeType) { const n = freeCount[0]!; if (n < FREE_MAX) { floatFree[n] = o; freeCount[0] = n + 1; } }
    else if (t === intFreeType) { const n = freeCount[1]!; if (n < FREE_MAX) { intFree[n] = o; freeCount[1] = n + 1; } }
    return;
  }
  deallocFull(o);
}

function deallocFull(o: PyObject): void {
  if (o.flags & (F_IMMORTAL | F_DEAD)) {
    if (o.flags & F_IMMORTAL) { o.ob_refcnt = 0x3fffffff; return; }
    throw new Error(`refcount bug: double free of ${o.type.name} object`);
  }
  if (depth >= TRASHCAN_DEPTH) {
    pending.push(o);
    return;
  }
  depth++;
  try {
    free(o);
    if (depth === 1) {
      while (pending.length) free(pending.shift()!);
    }
  } finally {
    depth--;
  }
}

/** Sets TF_FAST_FREE on a static type whose instances own nothing: its dealloc is object's
 * (which only clears __slots__ values, which static types' instances never have). Types whose
 * slots are not inherited yet (early bootstrap: no repr) are left for a later free. */
function markFastFree(t: PyType): void {
  const s = t.slots;
  if (s.repr === undefined || s.finalize !== undefined || t.hasDict) return;
  if (s.dealloc !== undefined && s.dealloc !== objectType.slots.dealloc) return;
  t.tpFlags |= TF_FAST_FREE;
}

function free(o: PyObject): void {
  const t: PyType = o.type;
  if ((t.tpFlags & (TF_HEAPTYPE | TF_HAVE_GC | TF_FAST_FREE)) === 0) markFastFree(t);
  const fin = t.slots.finalize;
  if (fin !== undefined && (o.flags & F_FINALIZED) === 0) {
    if (o.gcGen !== -1 || t.isHeap()) o.flags |= F_FINALIZED;
    o.ob_refcnt = 1;
    rt.callFinalizer(o, fin);
    if (--o.ob_refcnt !== 0) return; // resurrected
  }
  if (o.flags & F_WEAKREFS) {
    o.ob_refcnt = 1;
    clearWeakrefs!(o);
    if (--o.ob_refcnt !== 0) return; // a callback resurrected it
  }
  gcUntrack(o);
  if ((t.tpFlags & TF_HAVE_GC) !== 0 && t !== ownGcFreeType) gcFreed();
  if (o.flags & F_ADDR) releaseAddress(o);
  o.flags |= F_DEAD;
  if (memObserver !== null) memObserver.free(o);
  const d = t.slots.dealloc;
  if (d !== undefined) d(o);
  const dict = o.dict;
  if (dict !== null) { o.dict = null; decref(dict); }
  rt.onFree(o);
  if (t.isHeap()) decref(t);
}
