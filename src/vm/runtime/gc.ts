/**
 * The cyclic garbage collector (Modules/gcmodule.c's algorithm).
 *
 * Invariants:
 * - Every tracked container is on exactly one generation list (0, 1, 2), a doubly linked ring
 *   through `gcPrev`/`gcNext` with a sentinel head; `gcGen` names the list, -1 = untracked.
 * - `counts[0]` is bumped by each tracked container allocation and lowered by each container
 *   free; `counts[i]` (i > 0) counts collections of generation i-1 since the last collection of i.
 * - During a collection the objects being examined carry gcGen = COLLECTING (or UNREACHABLE) and
 *   gcRefs = ob_refcnt minus the references from other examined objects (traverse must visit
 *   exactly the references ob_refcnt counts).
 * - __del__ runs at most once per object (F_FINALIZED); objects resurrected by a finalizer move to
 *   the older generation with everything they reach.
 */
import { PyObject, F_FINALIZED, F_DEAD } from '../objects/object';
import type { PyType } from '../objects/type';
import { rt } from './state';

const COLLECTING = 10;
const UNREACHABLE = 11;

export const DEBUG_STATS = 1;
export const DEBUG_COLLECTABLE = 2;
export const DEBUG_UNCOLLECTABLE = 4;
export const DEBUG_SAVEALL = 32;
export const DEBUG_LEAK = 38;

function makeHead(): PyObject {
  const h = Object.create(null) as PyObject;
  (h as { gcPrev: PyObject | null }).gcPrev = h;
  (h as { gcNext: PyObject | null }).gcNext = h;
  return h;
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

/** Visits every strong reference of o, the instance dict's entries directly when it is inline. */
function traverse(o: PyObject, fn: (c: PyObject) => void): void {
  const tr = o.type.slots.traverse;
  if (tr) tr(o, fn);
  const d = o.dict;
  if (d) {
    if ((d as unknown as { inline: boolean }).inline) d.type.slots.traverse!(d, fn);
    else fn(d);
  }
  if ((o.type as PyType).isHeap()) fn(o.type);
}

/** Tuples whose items are all atomic or untracked leave the GC lists (_PyTuple_MaybeUntrack). */
function maybeUntrackTuple(o: PyObject): void {
  const items = (o as unknown as { items: PyObject[] }).items;
  for (const it of items) {
    if (it.gcGen !== -1 && it.gcGen !== undefined) return;
    if (it.type.slots.traverse && it.gcGen !== -1) return;
  }
  gcUntrack(o);
}

// Visitors of collect() as module-level functions: one closure per traversed object was most of
// a young collection's allocation.
function subtractInternalRef(c: PyObject): void {
  if (c.gcGen === COLLECTING || c.gcGen === UNREACHABLE) c.gcRefs--;
}
const markStack: PyObject[] = [];
function markReachable(c: PyObject): void {
  if (c.gcGen === COLLECTING) { c.gcGen = -2; markStack.push(c); }
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
    // Gather the young objects.
    const young: PyObject[] = [];
    for (let i = 0; i <= gen; i++) {
      const h = g.heads[i]!;
      for (let o = h.gcNext!; o !== h; o = o.gcNext!) young.push(o);
    }
    const tupleType = rt.tupleType;
    for (const o of young) if (o.type === tupleType) maybeUntrackTuple(o);
    const set = young.filter((o) => o.gcGen !== -1);
    for (const o of set) { unlink(o); g.sizes[o.gcGen]!--; o.gcGen = COLLECTING; o.gcRefs = o.ob_refcnt; }
    for (const o of set) traverse(o, subtractInternalRef);
    // Reachable from outside: gcRefs > 0; propagate.
    const reachable: PyObject[] = [];
    const stack = markStack;
    stack.length = 0;
    for (const o of set) if (o.gcRefs > 0) { o.gcGen = -2; stack.push(o); }
    while (stack.length) {
      const o = stack.pop()!;
      reachable.push(o);
      traverse(o, markReachable);
    }
    const unreachable = set.filter((o) => o.gcGen === COLLECTING);
    const older = gen < 2 ? gen + 1 : 2;
    for (const o of reachable) { o.gcGen = -1; insertGen(o, older); }
    if (gen === 2) { g.longLivedPending = 0; g.longLivedTotal = g.sizes[2]!; }
    else if (gen === 1) g.longLivedPending += reachable.length;
    for (const o of unreachable) o.gcGen = UNREACHABLE;
    if (g.debug & DEBUG_COLLECTABLE) for (const o of unreachable) rt.gcDebugLine(`gc: collectable <${o.type.name} 0x${o.id.toString(16)}>`);
    // Finalizers, once each.
    const toFinalize = unreachable.filter((o) => o.type.slots.finalize && !(o.flags & F_FINALIZED));
    for (const o of unreachable) o.ob_refcnt++; // hold them while user code runs
    for (const o of toFinalize) {
      o.flags |= F_FINALIZED;
      rt.callFinalizer(o, o.type.slots.finalize!);
    }
    for (const o of unreachable) o.ob_refcnt--;
    // Resurrection: recompute refs inside the unreachable set.
    let finalSet = unreachable;
    if (toFinalize.length) {
      for (const o of unreachable) o.gcRefs = o.ob_refcnt;
      for (const o of unreachable) traverse(o, (c) => { if (c.gcGen === UNREACHABLE) c.gcRefs--; });
      const st: PyObject[] = [];
      for (const o of unreachable) if (o.gcRefs > 0) { o.gcGen = -3; st.push(o); }
      while (st.length) {
        const o = st.pop()!;
        traverse(o, (c) => { if (c.gcGen === UNREACHABLE) { c.gcGen = -3; st.push(c); } });
      }
      finalSet = [];
      for (const o of unreachable) {
        if (o.gcGen === -3) { o.gcGen = -1; insertGen(o, older); } else finalSet.push(o);
      }
    }
    const m = finalSet.length;
    // Delete garbage: tp_clear each (or keep in gc.garbage with DEBUG_SAVEALL).
    for (const o of finalSet) { o.gcGen = -1; insertGen(o, older); }
    if (g.debug & DEBUG_SAVEALL) {
      for (const o of finalSet) rt.gcSaveGarbage(o);
    } else {
      for (const o of finalSet) {
        if (o.flags & F_DEAD) continue;
        o.ob_refcnt++;
        const clr = o.type.slots.clear;
        if (clr) clr(o);
        if (o.dict) { const d = o.dict; o.dict = null; rt.decref(d); }
        rt.decref(o);
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
