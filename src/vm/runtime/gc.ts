/**
 * The cyclic garbage collector (Modules/gcmodule.c's algorithm).
 *
 * Invariants:
 * - Every tracked container is on exactly one generation list (0, 1, 2), a doubly linked ring
 *   through `gcPrev`/`gcNext` with a sentinel head; `gcGen` names the list, -1 = untracked.
 * - `counts[0]` is bumped by each tracked container allocation and lowered by each container
 *   free; `counts[i]` (i > 0) counts collections of generation i-1 since the last collection of i.
 * - During a collection the objects being examined carry gcGen = COLLECTING/LEAF (or UNREACHABLE) and
 *   gcRefs = ob_refcnt minus the references from other examined objects (traverse must visit
 *   exactly the references ob_refcnt counts).
 * - __del__ runs at most once per object (F_FINALIZED); objects resurrected by a finalizer move to
 *   the older generation with everything they reach.
 */
import { PyObject, F_FINALIZED } from '../objects/object';
import { PyType, TF_HAVE_GC } from '../objects/type';
import { dictType } from '../objects/dict';
import { listType } from '../objects/list';
import { tupleType } from '../objects/tuple';
import { PyInstance, instanceTraverse } from '../objects/instance';
import { rt } from './state';
import { pyIdHex } from './address';

const COLLECTING = 10;
/** In the set, its own subtract_refs turn done, and none of its references points into the set:
 * move_unreachable need not traverse it (it would change nothing). Otherwise like COLLECTING. */
const LEAF = 11;
const UNREACHABLE = 12;

export const DEBUG_STATS = 1;
export const DEBUG_COLLECTABLE = 2;
export const DEBUG_UNCOLLECTABLE = 4;
export const DEBUG_SAVEALL = 32;
export const DEBUG_LEAK = 38;

/**
 * A generation list's sentinel. A real class with the object header's fields in PyObject's order
 * (not an Object.create(null) dictionary-mode object), so the list walks' property loads see one
 * more ordinary map instead of a slow-mode object.
 */
class GcHead {
  ob_refcnt = 0; flags = 0; serial = -1; type = null; gcGen = -2; gcRefs = 0;
  gcPrev: GcHead; gcNext: GcHead; dict = null;
  constructor() { this.gcPrev = this; this.gcNext = this; }
}
function makeHead(): PyObject {
  return new GcHead() as unknown as PyObject;
}

export interface GcStats { collections: number; collected: number; uncollectable: number }

export class GcState {
  heads: PyObject[] = [makeHead(), makeHead(), makeHead()];
  sizes = [0, 0, 0];
  counts = [0, 0, 0];
  thresholds = [700, 10, 10];
  enabled = true;
  collecting = false;
  debug = 0;
  longLivedTotal = 0;
  longLivedPending = 0;
  stats: GcStats[] = [{ collections: 0, collected: 0, uncollectable: 0 }, { collections: 0, collected: 0, uncollectable: 0 }, { collections: 0, collected: 0, uncollectable: 0 }];
  /** Set when gen0 passes its threshold; the interpreter runs the collection at an eval-breaker point. */
  pending = false;
  /** CPython's one-slot slice cache is occupied (objects/slice.ts); it is when a program starts. */
  sliceCached = true;
}

export let gcState = new GcState();

/** Fresh generation lists for a new VM (objects of an earlier VM stay on the old, orphaned lists). */
export function resetGcState(): void {
  gcState = new GcState();
}

function link(head: PyObject, o: PyObject): void {
  const last = head.gcPrev!;
  o.gcPrev = last;
  o.gcNext = head;
  last.gcNext = o;
  head.gcPrev = o;
}
function unlink(o: PyObject): void {
  o.gcPrev!.gcNext = o.gcNext;
  o.gcNext!.gcPrev = o.gcPrev;
  o.gcPrev = null;
  o.gcNext = null;
}

/** Starts tracking a newly allocated container (PyObject_GC_Track + the allocation count). */
export function gcTrack(o: PyObject): void {
  if (o.gcGen !== -1) return;
  const g = gcState;
  link(g.heads[0]!, o);
  o.gcGen = 0;
  g.sizes[0]!++;
  if (++g.counts[0]! > g.thresholds[0]! && g.thresholds[0] && g.enabled && !g.collecting) {
    g.pending = true;
    rt.requestBreak();
  }
}

/** A container allocated untracked (dicts): counts toward the young generation like CPython. */
export function gcAllocCount(): void {
  const g = gcState;
  if (++g.counts[0]! > g.thresholds[0]! && g.thresholds[0] && g.enabled && !g.collecting) {
    g.pending = true;
    rt.requestBreak();
  }
}

/** Tracks an object again (e.g. a dict that received a container) without counting an allocation. */
export function gcRetrack(o: PyObject): void {
  if (o.gcGen !== -1) return;
  link(gcState.heads[0]!, o);
  o.gcGen = 0;
  gcState.sizes[0]!++;
}

export function gcUntrack(o: PyObject): void {
  const gen = o.gcGen;
  if (gen === -1) return;
  unlink(o);
  if (gen <= 2) gcState.sizes[gen]!--;
  o.gcGen = -1;
}

/** A container was freed: CPython lowers the young count. */
export function gcFreed(): void {
  if (gcState.counts[0]! > 0) gcState.counts[0]!--;
}

export function isTracked(o: PyObject): boolean {
  return o.gcGen !== -1;
}

/** Every object on generation lists `gen` (or all when undefined). */
export function gcObjects(gen?: number): PyObject[] {
  const out: PyObject[] = [];
  for (let g = 0; g < 3; g++) {
    if (gen !== undefined && gen !== g) continue;
    const h = gcState.heads[g]!;
    for (let o = h.gcNext!; o !== h; o = o.gcNext!) out.push(o);
  }
  return out;
}

/**
 * _PyObject_GC_MAY_BE_TRACKED: a GC object that is tracked, or might be tracked later (anything
 * but an untracked tuple). Static type objects are not GC objects (type_is_gc).
 */
function mayBeTracked(o: PyObject): boolean {
  const t = o.type;
  if ((t.tpFlags & TF_HAVE_GC) === 0) return false;
  if (t === tupleType) return o.gcGen !== -1;
  if (o instanceof PyType) return o.isHeap();
  return true;
}

/** _PyTuple_MaybeUntrack: a tuple none of whose items may be tracked leaves the GC lists. */
function tupleMaybeUntrack(o: PyObject): boolean {
  const items = (o as unknown as { items: PyObject[] }).items;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it === null || it === undefined || mayBeTracked(it)) return false;
  }
  gcUntrack(o);
  return true;
}

/** _PyDict_MaybeUntrack (full collections only): no value (nor, for non-str-keyed tables, key) may be tracked. */
function dictMaybeUntrack(o: PyObject): void {
  const d = o as unknown as { ks: (PyObject | null)[]; vs: (PyObject | null)[]; unicode: boolean };
  const ks = d.ks, vs = d.vs, checkKeys = !d.unicode;
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i];
    if (k === null || k === undefined) continue;
    if (mayBeTracked(vs[i]!)) return;
    if (checkKeys && mayBeTracked(k)) return;
  }
  gcUntrack(o);
}

// Visitors of collect() as module-level functions (no closure per traversed object).
/**
 * The set being examined: tracked objects whose gcGen lies in [setLo, setHi] and have not been
 * met yet, plus those already met (gcGen = COLLECTING, gcRefs initialized). update_refs is fused
 * into subtract_refs: an object's gcRefs is initialized from ob_refcnt the first time the pass
 * meets it, as a child or on its own turn, which saves one walk over the set.
 */
let setLo = 0;
let setHi = 0;
/** Whether the object subtractRefs is visiting has a reference into the set. */
let intoSet = false;
function subtractInternalRef(c: PyObject): void {
  const g = c.gcGen;
  if (g === COLLECTING || g === LEAF) { c.gcRefs--; intoSet = true; }
  else if (g >= setLo && g <= setHi) { c.gcRefs = c.ob_refcnt - 1; c.gcGen = COLLECTING; intoSet = true; }
}
/** The list move_unreachable scans; an object found reachable from it comes back to its tail. */
let scanHead: PyObject = makeHead();
function visitReachable(c: PyObject): void {
  const gen = c.gcGen;
  if (gen === UNREACHABLE) {
    unlinkOnly(c);
    linkOnly(scanHead, c);
    c.gcGen = COLLECTING;
    c.gcRefs = 1;
  } else if ((gen === COLLECTING || gen === LEAF) && c.gcRefs === 0) {
    c.gcRefs = 1;
  }
}

function linkOnly(head: PyObject, o: PyObject): void {
  const last = head.gcPrev!;
  o.gcPrev = last;
  o.gcNext = head;
  last.gcNext = o;
  head.gcPrev = o;
}
function unlinkOnly(o: PyObject): void {
  o.gcPrev!.gcNext = o.gcNext;
  o.gcNext!.gcPrev = o.gcPrev;
}
/** Appends every object of ring `from` to ring `to` (gc_list_merge); `from` is left empty. */
function spliceInto(from: PyObject, to: PyObject): void {
  const first = from.gcNext!;
  if (first === from) return;
  const last = from.gcPrev!;
  const tail = to.gcPrev!;
  tail.gcNext = first;
  first.gcPrev = tail;
  last.gcNext = to;
  to.gcPrev = last;
  from.gcNext = from;
  from.gcPrev = from;
}

type Items = { items: PyObject[] };
type Entries = { ks: (PyObject | null)[]; vs: (PyObject | null)[]; inline: boolean };

/**
 * subtract_refs for one object. Exact lists, tuples and dicts (no instance dict, static type) and
 * the __slots__ values of plain instances are visited inline — the references their traverse
 * slots visit, in the same order — so the hot case makes no call per reference.
 */
function subtractRefs(o: PyObject): void {
  const t = o.type;
  if (t === listType || t === tupleType) {
    const it = (o as unknown as Items).items;
    const lo = setLo, hi = setHi;
    let into = false;
    for (let i = 0; i < it.length; i++) {
      const c = it[i]!, g = c.gcGen;
      if (g === COLLECTING || g === LEAF) { c.gcRefs--; into = true; }
      else if (g >= lo && g <= hi) { c.gcRefs = c.ob_refcnt - 1; c.gcGen = COLLECTING; into = true; }
    }
    if (into) intoSet = true;
    return;
  }
  if (t === dictType) { subtractEntries(o as unknown as Entries); return; }
  const tr = t.slots.traverse;
  if (tr === instanceTraverse) {
    const sv = (o as PyInstance).slotvals;
    if (sv) for (let i = 0; i < sv.length; i++) { const c = sv[i]; if (c) subtractInternalRef(c); }
  } else if (tr) tr(o, subtractInternalRef);
  const d = o.dict;
  if (d !== null) {
    if ((d as unknown as Entries).inline) subtractEntries(d as unknown as Entries);
    else subtractInternalRef(d);
  }
  if (t.isHeap()) subtractInternalRef(t);
}
function subtractEntries(d: Entries): void {
  const ks = d.ks, vs = d.vs;
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i];
    if (k === null || k === undefined) continue;
    subtractInternalRef(k);
    subtractInternalRef(vs[i]!);
  }
}

/** move_unreachable's traversal of a reachable object of type t; same inline cases as subtractRefs. */
function reachFrom(o: PyObject, t: PyType): void {
  if (t === listType || t === tupleType) {
    const it = (o as unknown as Items).items;
    for (let i = 0; i < it.length; i++) {
      const c = it[i]!, g = c.gcGen;
      if (g === UNREACHABLE) visitReachable(c);
      else if ((g === COLLECTING || g === LEAF) && c.gcRefs === 0) c.gcRefs = 1;
    }
    return;
  }
  if (t === dictType) { reachEntries(o as unknown as Entries); return; }
  const tr = t.slots.traverse;
  if (tr === instanceTraverse) {
    const sv = (o as PyInstance).slotvals;
    if (sv) for (let i = 0; i < sv.length; i++) { const c = sv[i]; if (c) visitReachable(c); }
  } else if (tr) tr(o, visitReachable);
  const d = o.dict;
  if (d !== null) {
    if ((d as unknown as Entries).inline) reachEntries(d as unknown as Entries);
    else visitReachable(d);
  }
  if (t.isHeap()) visitReachable(t);
}
function reachEntries(d: Entries): void {
  const ks = d.ks, vs = d.vs;
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i];
    if (k === null || k === undefined) continue;
    visitReachable(k);
    visitReachable(vs[i]!);
  }
}

/**
 * deduce_unreachable: computes gcRefs over ring `base` (update_refs fused into subtract_refs;
 * the objects of `base` are exactly the tracked objects with gcGen in [lo, hi]), then
 * move_unreachable: objects with no reference from outside `base` go to ring `unreachable`
 * (gcGen = UNREACHABLE) unless an object found reachable later in the scan reaches them (they
 * come back to the tail of `base`, so the scan meets them again). Survivors keep their place in
 * `base` with gcGen = `survivorGen` and are counted in sizes[survivorGen]; with `untrackTuples`,
 * an exact tuple is offered to _PyTuple_MaybeUntrack when the scan passes it — the order of the
 * separate untrack_tuples pass, which walks the survivors in this same final order.
 */
function deduceUnreachable(base: PyObject, lo: number, hi: number, unreachable: PyObject, survivorGen: number, untrackTuples: boolean): void {
  setLo = lo; setHi = hi;
  for (let o = base.gcNext!; o !== base; o = o.gcNext!) {
    // Not met yet: gcRefs starts at ob_refcnt; gcGen is written once, after the turn (a reference
    // to itself meets it as an unmet child, which initializes gcRefs as ob_refcnt - 1).
    if (o.gcGen !== COLLECTING) o.gcRefs = o.ob_refcnt;
    intoSet = false;
    subtractRefs(o);
    o.gcGen = intoSet ? COLLECTING : LEAF;
  }
  const g = gcState;
  const untrackType = untrackTuples ? tupleType : null;
  const savedScan = scanHead;
  scanHead = base;
  let prev = base;
  let o = base.gcNext!;
  let survivors = 0;
  while (o !== base) {
    if (o.gcRefs !== 0) {
      const t = o.type;
      if (o.gcGen !== LEAF) reachFrom(o, t);
      o.gcGen = survivorGen;
      survivors++;
      if (t === untrackType && tupleMaybeUntrack(o)) { o = prev.gcNext!; continue; }
      prev = o;
    } else {
      unlinkOnly(o);
      linkOnly(unreachable, o);
      o.gcGen = UNREACHABLE;
    }
    o = prev.gcNext!;
  }
  g.sizes[survivorGen]! += survivors;
  scanHead = savedScan;
}

/** Runs a collection of `gen` (merging younger generations); returns unreachable objects found. */
export function collect(gen: number, reason: 'automatic' | 'manual' = 'manual'): number {
  const g = gcState;
  if (g.collecting) return 0;
  g.collecting = true;
  g.pending = false;
  try {
    rt.gcCallbacks('start', gen, 0, 0);
    if (g.debug & DEBUG_STATS) rt.gcDebugLine(`gc: collecting generation ${gen}...`);
    if (gen + 1 < 3) g.counts[gen + 1]!++;
    for (let i = 0; i <= gen; i++) g.counts[i] = 0;
    const heads = g.heads;
    const young = heads[gen]!;
    for (let i = 0; i < gen; i++) spliceInto(heads[i]!, young);
    for (let i = 0; i <= gen; i++) g.sizes[i] = 0;
    const older = gen < 2 ? gen + 1 : 2;
    const oldHead = heads[older]!;
    const olderBefore = g.sizes[older]!;
    const unreachable = makeHead();
    deduceUnreachable(young, 0, gen, unreachable, older, true);
    if (gen < 2) {
      if (gen === 1) g.longLivedPending += g.sizes[older]! - olderBefore;
      spliceInto(young, oldHead);
    } else {
      // Dicts leave the lists only in full collections (CPython issue #14775).
      for (let o = young.gcNext!; o !== young;) {
        const next = o.gcNext!;
        if (o.type === dictType) dictMaybeUntrack(o);
        o = next;
      }
      g.longLivedPending = 0;
      g.longLivedTotal = g.sizes[2]!;
    }
    if (g.debug & DEBUG_COLLECTABLE) {
      for (let o = unreachable.gcNext!; o !== unreachable; o = o.gcNext!) rt.gcDebugLine(`gc: collectable <${o.type.name} 0x${pyIdHex(o)}>`);
    }
    // finalize_garbage: each object moves to `seen` before its finalizer runs, since a finalizer
    // may free (unlink) any object of the list.
    if (unreachable.gcNext !== unreachable) {
      const seen = makeHead();
      while (unreachable.gcNext !== unreachable) {
        const o = unreachable.gcNext!;
        unlinkOnly(o);
        linkOnly(seen, o);
        const fin = o.type.slots.finalize;
        if (fin && !(o.flags & F_FINALIZED)) {
          o.flags |= F_FINALIZED;
          o.ob_refcnt++;
          rt.callFinalizer(o, fin);
          rt.decref(o);
        }
      }
      spliceInto(seen, unreachable);
    }
    // handle_resurrected_objects: what a finalizer made reachable again joins the older generation.
    const final = makeHead();
    if (unreachable.gcNext !== unreachable) {
      deduceUnreachable(unreachable, UNREACHABLE, UNREACHABLE, final, older, false);
      spliceInto(unreachable, oldHead);
    }
    let m = 0;
    for (let o = final.gcNext!; o !== final; o = o.gcNext!) m++;
    // delete_garbage: tp_clear each (or keep in gc.garbage with DEBUG_SAVEALL); what survives
    // its clear moves to the older generation.
    const saveAll = (g.debug & DEBUG_SAVEALL) !== 0;
    while (final.gcNext !== final) {
      const o = final.gcNext!;
      if (saveAll) {
        rt.gcSaveGarbage(o);
      } else {
        o.ob_refcnt++;
        const clr = o.type.slots.clear;
        if (clr) clr(o);
        if (o.dict) { const d = o.dict; o.dict = null; rt.decref(d); }
        rt.decref(o);
      }
      if (final.gcNext === o) {
        unlinkOnly(o);
        linkOnly(oldHead, o);
        o.gcGen = older;
        g.sizes[older]!++;
      }
    }
    g.stats[gen]!.collections++;
    g.stats[gen]!.collected += m;
    if (g.debug & DEBUG_STATS) rt.gcDebugLine(`gc: done, ${m} unreachable, 0 uncollectable.`);
    rt.gcCallbacks('stop', gen, m, 0);
    return m;
  } finally {
    g.collecting = false;
  }
}

function insertGen(o: PyObject, gen: number): void {
  link(gcState.heads[gen]!, o);
  o.gcGen = gen;
  gcState.sizes[gen]!++;
}

/** Automatic collection (collect_generations): the oldest generation whose count passed its threshold. */
export function collectGenerations(): number {
  const g = gcState;
  for (let i = 2; i >= 0; i--) {
    if (g.counts[i]! > g.thresholds[i]!) {
      if (i === 2 && g.longLivedPending < g.longLivedTotal / 4) continue;
      return collect(i, 'automatic');
    }
  }
  g.pending = false;
  return 0;
}
