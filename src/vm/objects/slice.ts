/**
 * slice objects and index normalization shared by every sequence (PySlice_Unpack +
 * PySlice_AdjustIndices).
 */
import { PyObject, nextSerial, memObserver } from './object';
import { makeStaticType, objectType, PyType, RefKindCode, TF_HAVE_GC } from './type';
import { newStr } from './str';
import { None } from './singletons';
import { raise, PyExc } from '../runtime/errors';
import { decref, setOwnGcFree } from '../runtime/refcount';
import { gcState, gcTrack, gcRetrack, gcAllocCount, gcFreed } from '../runtime/gc';
import { reprJS, index } from '../runtime/abstract';
import { PyInt } from './int';

export class PySlice extends PyObject {
  declare start: PyObject;
  declare stop: PyObject;
  declare step: PyObject;
  constructor(type: PyType, start: PyObject, stop: PyObject, step: PyObject) {
    // Header stored here (see PyObject's constructor).
    super(null);
    this.ob_refcnt = 1;
    this.flags = 0;
    (this as { serial: number }).serial = nextSerial();
    this.type = type;
    this.gcGen = -1;
    this.gcRefs = 0;
    this.gcPrev = null;
    this.gcNext = null;
    this.dict = null;
    if (memObserver !== null) memObserver.alloc(this);
    this.start = start;
    this.stop = stop;
    this.step = step;
  }
}

export let sliceType: PyType;

/**
 * CPython 3.12's one-slot slice cache (interp->slice_cache): a freed slice parks there when the
 * slot is empty, and the next slice takes it back. Observable through gc.get_count(): taking the
 * cached slice and parking one count nothing; a fresh slice counts as a container allocation, a
 * freed one that finds the slot taken lowers the count. The slot is full when a program starts
 * (CPython's start-up leaves a slice there) — `gcState.sliceCached`, fresh per VM. `parked` is
 * the JS object behind the slot, reused (fresh serial, so a fresh id()), or null when the slot
 * holds the start-up slice, which has no JS object.
 */
let parked: PySlice | null = null;

/** New slice taking ownership of the three references (_PyBuildSlice_Consume2). */
export function sliceSteal(start: PyObject, stop: PyObject, step: PyObject): PySlice {
  const g = gcState;
  if (g.sliceCached) {
    g.sliceCached = false;
    let s = parked;
    if (s !== null) {
      parked = null;
      s.ob_refcnt = 1;
      s.flags = 0;
      (s as { serial: number }).serial = nextSerial();
      if (memObserver !== null) memObserver.alloc(s);
      s.start = start; s.stop = stop; s.step = step;
    } else {
      s = new PySlice(sliceType, start, stop, step);
    }
    gcRetrack(s);
    return s;
  }
  const s = new PySlice(sliceType, start, stop, step);
  gcTrack(s);
  return s;
}

/**
 * What a slice made and freed at once costs when the slot is empty (a fresh slice counted, then
 * parked): for callers that skip the transient slice of BINARY_SLICE (interp/eval_mid.ts).
 */
export function transientSlice(): void {
  const g = gcState;
  if (g.sliceCached) return;
  gcAllocCount();
  g.sliceCached = true;
}

/** tp_dealloc (refcount.ts's free has untracked it and not lowered the count: see setOwnGcFree). */
function sliceDealloc(o: PyObject): void {
  const s = o as PySlice;
  const step = s.step, start = s.start, stop = s.stop;
  decref(step); decref(start); decref(stop);
  const g = gcState;
  if (!g.sliceCached) {
    g.sliceCached = true;
    parked = s;
  } else {
    gcFreed();
  }
}

/** _PyEval_SliceIndex: an index argument clamped to the safe-integer range (for slices and the
 * start/stop arguments of index()/count() methods). */
export function clampIndex(o: PyObject, noneAllowed = true): number {
  if (o instanceof PyInt && typeof o.v === 'number') return o.v;
  if (!(o instanceof PyInt) && !o.type.slots.index) raise(PyExc.TypeError, `slice indices must be integers ${noneAllowed ? 'or None ' : ''}or have an __index__ method`);
  const i = index(o);
  const v = i.v;
  decref(i);
  if (typeof v === 'bigint') return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return v;
}

/** [start, stop, step, length] for a sequence of length `len`. */
export function sliceIndices(s: PySlice, len: number): [number, number, number, number] {
  let step = 1;
  if (s.step !== None) {
    step = clampIndex(s.step);
    if (step === 0) raise(PyExc.ValueError, 'slice step cannot be zero');
  }
  let start: number, stop: number;
  if (s.start === None) start = step < 0 ? len - 1 : 0;
  else {
    start = clampIndex(s.start);
    if (start < 0) { start += len; if (start < 0) start = step < 0 ? -1 : 0; }
    else if (start >= len) start = step < 0 ? len - 1 : len;
  }
  if (s.stop === None) stop = step < 0 ? -1 : len;
  else {
    stop = clampIndex(s.stop);
    if (stop < 0) { stop += len; if (stop < 0) stop = step < 0 ? -1 : 0; }
    else if (stop >= len) stop = step < 0 ? len - 1 : len;
  }
  let n = 0;
  if (step < 0) { if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1; }
  else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, n];
}

/** slice(stop) / slice(start, stop[, step]): missing parts are None. */
function sliceNew(_t: PyType, args: PyObject[], kw: readonly string[] | null): PyObject {
  if (kw && kw.length) raise(PyExc.TypeError, 'slice() takes no keyword arguments');
  if (args.length === 0) raise(PyExc.TypeError, 'slice expected at least 1 argument, got 0');
  if (args.length > 3) raise(PyExc.TypeError, `slice expected at most 3 arguments, got ${args.length}`);
  const parts = args.length === 1 ? [None, args[0]!, None] : [args[0]!, args[1]!, args.length === 3 ? args[2]! : None];
  for (const p of parts) p.ob_refcnt++;
  return sliceSteal(parts[0]!, parts[1]!, parts[2]!);
}

export function initSliceType(): void {
  sliceType = makeStaticType('slice', objectType, {
    new: sliceNew,
    repr: (o) => { const s = o as PySlice; return newStr(`slice(${reprJS(s.start)}, ${reprJS(s.stop)}, ${reprJS(s.step)})`); },
    traverse: (o, visit) => { const s = o as PySlice; visit(s.start, RefKindCode.Attr, 'start'); visit(s.stop, RefKindCode.Attr, 'stop'); visit(s.step, RefKindCode.Attr, 'step'); },
    dealloc: sliceDealloc,
    sizeof: () => 40,
  }, { noSubclass: true, flags: TF_HAVE_GC });
  setOwnGcFree(sliceType);
}
