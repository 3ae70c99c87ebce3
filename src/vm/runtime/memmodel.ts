/**
 * The memory model: turns object allocations and frees into the malloc/realloc/free requests
 * CPython 3.12 would make, and feeds them to the pymalloc model (allocator.ts) and to tracemalloc
 * (tracemalloc.ts).
 *
 * Requests (64-bit 3.12):
 * - one request per object of its full size including pre-headers (GC head 16 bytes, managed-dict
 *   pre-header 16 more): what sys.getsizeof reports, except
 *   - int: a value below 2**30 in magnitude comes from _PyLong_FromMedium, sizeof(PyLongObject) =
 *     32 bytes; bigger ones 24 + 4 × digits (CPython sizes some results by the operands, e.g.
 *     x_add allocates one digit more; we size them by the value — see the ledger);
 *   - list: the 56-byte object; its item array (8 × allocated) is a separate request;
 *   - dict: the 64-byte object; its keys table (CPython's PyDictKeysObject) is a separate request;
 *   - set/frozenset: the 216-byte object; a table beyond the 8 inline slots is a separate request;
 *   - instance of a plain class: the object (48 with its pre-headers) and its inline-values array
 *     (256 bytes for a class's shared keys of 30 usable slots).
 * - Free lists (CPython 3.12 defaults): float 100, list 80, dict 80, tuple 2000 per length 1..20,
 *   slice 1 (interp->slice_cache, occupied at start-up).
 *   Freeing an exact instance parks its block on the list (still allocated, still traced with its
 *   old traceback); allocating one reuses a parked block without calling malloc. The lists start
 *   with the counts CPython has after start-up (sys._debugmallocstats of a bare python3.12).
 *
 * Invariants:
 * - `live` maps every object allocated while the model was on to its blocks; objects allocated
 *   before are unknown and their frees are ignored (exactly like tracemalloc's untraced blocks).
 * - An object's fields are complete only after its constructor returns, so the newest allocation
 *   is held in `pending` and measured at the next event (any alloc, free, resize or query).
 */
import { PyObject, setMemObserver, type MemObserver } from '../objects/object';
import { TF_HAVE_GC, objectType, managedPreHeader } from '../objects/type';
import { PyMalloc } from './allocator';
import type { Tracer, TraceTb } from './tracemalloc';

interface ObjBlocks {
  addr: number;
  size: number;
  /** Free-list key when the object is an exact instance of a type with a free list. */
  fl: string | null;
  buf: number;
  bufSize: number;
}

const FREELIST_MAX: Record<string, number> = { float: 100, list: 80, dict: 80, slice: 1 };
/** Free-list occupancy of a freshly started python3.12 (its _debugmallocstats). */
const FREELIST_START: Record<string, number> = {
  float: 3, list: 9, dict: 14, slice: 1,
  'tuple:1': 5, 'tuple:2': 8, 'tuple:3': 3, 'tuple:4': 1, 'tuple:5': 1, 'tuple:6': 1, 'tuple:9': 2,
  'tuple:11': 1, 'tuple:13': 1, 'tuple:14': 1, 'tuple:17': 1, 'tuple:18': 2,
};
const FREELIST_OBJ_SIZE: Record<string, number> = { float: 24, list: 40, dict: 48, slice: 40 };

function freeListKey(o: PyObject): string | null {
  const n = o.type.name;
  if (o.type.isHeap()) return null;
  if (n === 'float' || n === 'list' || n === 'dict' || n === 'slice') return n;
  if (n === 'tuple') {
    const len = (o as unknown as { items: unknown[] }).items.length;
    return len >= 1 && len <= 20 ? 'tuple:' + len : null;
  }
  return null;
}

function intRequest(v: number | bigint): number {
  if (typeof v === 'number') {
    if (v > -1073741824 && v < 1073741824) return 32;
    v = BigInt(v);
  }
  if (v < 0n) v = -v;
  let d = 0;
  while (v > 0n) { v >>= 30n; d++; }
  return 24 + 4 * Math.max(d, 1);
}

/** Bytes of the object's own request. */
export function objectRequest(o: PyObject): number {
  const t = o.type;
  const solidName = t.solid.name;
  if (solidName === 'int' && !t.isHeap()) return intRequest((o as unknown as { v: number | bigint }).v);
  if (solidName === 'list' && !t.isHeap()) return 56;
  if (solidName === 'dict' && !t.isHeap()) return 64;
  if ((solidName === 'set' || solidName === 'frozenset') && !t.isHeap()) return 216;
  let size: number;
  const base = t.isHeap() ? t.solid : t;
  const f = base.slots.sizeof;
  try {
    size = f && base !== objectType ? f(o) : t.basicsize;
  } catch {
    size = t.basicsize;
  }
  if (!Number.isFinite(size)) size = t.basicsize;
  if (t.tpFlags & TF_HAVE_GC) size += 16;
  return size + managedPreHeader(t);
}

/** Bytes of the separately allocated buffer (item array, keys table, set table), 0 for none. */
export function bufferRequest(o: PyObject): number {
  const t = o.type;
  // 3.12 instances of plain classes keep their attribute values in a separate array sized by the
  // class's shared keys (30 usable slots → 30 × 8 + 16-byte prefix).
  if (t.isHeap() && t.hasDict && t.solid === objectType) return 256;
  const n = t.solid.name;
  if (n === 'list') return 8 * ((o as unknown as { allocated: number }).allocated | 0);
  if (n === 'dict') {
    const d = o as unknown as { log2: number; split?: boolean };
    if (!d.log2) return 0;
    const sz = o.type.solid.slots.sizeof;
    return sz ? Math.max(0, sz(o) - 48) : 0;
  }
  if (n === 'set' || n === 'frozenset') {
    const m = (o as unknown as { mask: number }).mask;
    return m + 1 > 8 ? (m + 1) * 16 : 0;
  }
  return 0;
}

export class MemModel implements MemObserver {
  readonly pm = new PyMalloc();
  tracer: Tracer | null = null;
  live = new Map<PyObject, ObjBlocks>();
  freelists = new Map<string, number[]>();
  private pending: PyObject | null = null;
  private pendingTb: TraceTb | null = null;
  /** Whether the pymalloc model itself is wanted (debugger, _debugmallocstats). */
  allocatorWanted = false;

  constructor() {
    for (const k in FREELIST_START) {
      const n = FREELIST_START[k]!;
      const size = FREELIST_OBJ_SIZE[k] ?? (24 + 8 * Number(k.slice(6)));
      const gc = k === 'float' ? 0 : 16;
      const list: number[] = [];
      for (let i = 0; i < n; i++) list.push(this.pm.malloc(size + gc));
      this.freelists.set(k, list);
    }
  }

  alloc(o: PyObject): void {
    if (this.pending !== null) this.materialize();
    this.pending = o;
    this.pendingTb = this.tracer !== null ? this.tracer.capture() : null;
  }

  free(o: PyObject): void {
    if (this.pending !== null) this.materialize();
    const b = this.live.get(o);
    if (b === undefined) return;
    this.live.delete(o);
    if (b.buf) this.release(b.buf);
    if (b.fl !== null) {
      let list = this.freelists.get(b.fl);
      if (!list) { list = []; this.freelists.set(b.fl, list); }
      const max = FREELIST_MAX[b.fl] ?? 2000;
      if (list.length < max) { list.push(b.addr); return; }
    }
    this.release(b.addr);
  }

  resized(o: PyObject): void {
    if (this.pending !== null) this.materialize();
    const b = this.live.get(o);
    if (b === undefined) return;
    this.reconcileBuffer(o, b, this.tracer !== null ? this.tracer.capture() : null);
  }

  /** Measures the pending allocation (its constructor has finished). */
  flush(): void {
    if (this.pending !== null) this.materialize();
  }

  /** Brings every live container's buffer up to date (resizes made without a hook). */
  reconcileAll(): void {
    this.flush();
    for (const [o, b] of this.live) {
      const want = bufferRequest(o);
      if (want !== b.bufSize) this.reconcileBuffer(o, b, null);
    }
  }

  private reconcileBuffer(o: PyObject, b: ObjBlocks, tb: TraceTb | null): void {
    const want = bufferRequest(o);
    if (want === b.bufSize) return;
    const t = this.tracer;
    if (want === 0) {
      this.release(b.buf);
      b.buf = 0;
    } else if (b.bufSize === 0) {
      b.buf = this.pm.malloc(want);
      if (t !== null) t.onMalloc(b.buf, want, tb ?? t.tracebackOf(b.addr) ?? t.capture());
    } else {
      const old = b.buf;
      b.buf = this.pm.realloc(old, want);
      if (t !== null) t.onRealloc(old, b.buf, want, tb ?? t.tracebackOf(old) ?? t.capture());
    }
    b.bufSize = want;
  }

  private release(addr: number): void {
    this.pm.free(addr);
    if (this.tracer !== null) this.tracer.onFree(addr);
  }

  private materialize(): void {
    const o = this.pending!;
    const tb = this.pendingTb;
    this.pending = null;
    this.pendingTb = null;
    if (o.flags & 4 /* F_DEAD */) return;
    const fl = freeListKey(o);
    const size = objectRequest(o);
    let addr = 0;
    if (fl !== null) {
      const list = this.freelists.get(fl);
      if (list && list.length) addr = list.pop()!;
    }
    if (addr === 0) {
      addr = this.pm.malloc(size);
      if (this.tracer !== null && tb !== null) this.tracer.onMalloc(addr, size, tb);
    }
    const b: ObjBlocks = { addr, size, fl, buf: 0, bufSize: 0 };
    this.live.set(o, b);
    const want = bufferRequest(o);
    if (want) {
      b.buf = this.pm.malloc(want);
      b.bufSize = want;
      if (this.tracer !== null && tb !== null) this.tracer.onMalloc(b.buf, want, tb);
    }
  }

  /** Whether `seed` ran (the model started after the program did). */
  seeded = false;

  /**
   * Puts the objects reachable from `roots` (and their types' dicts) into the model, as if they
   * had been allocated while it was on — for a model started late (sys._debugmallocstats, the
   * debugger). Statically allocated objects (static types, immortal small ints, None/True/False)
   * take no pymalloc block, as in CPython. Untraced by tracemalloc.
   */
  seed(roots: readonly PyObject[]): void {
    this.flush();
    this.seeded = true;
    const tracer = this.tracer;
    this.tracer = null;
    const seen = new Set<PyObject>();
    const stack: PyObject[] = [...roots];
    while (stack.length) {
      const o = stack.pop()!;
      if (seen.has(o)) continue;
      seen.add(o);
      const t = o.type;
      if (t !== undefined && t.slots.traverse) t.slots.traverse(o, (c) => { if (!seen.has(c)) stack.push(c); });
      if (o.dict && !seen.has(o.dict)) stack.push(o.dict);
      if (t && !seen.has(t)) stack.push(t);
      const isStatic = (o as { isHeap?: () => boolean }).isHeap !== undefined ? !(o as unknown as { isHeap: () => boolean }).isHeap() : false;
      if (isStatic || this.live.has(o)) continue;
      if ((o.flags & 1 /* F_IMMORTAL */) && (t.name === 'int' || t.name === 'bool' || t.name === 'NoneType' || t.name === 'NotImplementedType' || t.name === 'ellipsis')) continue;
      if (o.flags & 4 /* F_DEAD */) continue;
      this.pending = o;
      this.pendingTb = null;
      this.materialize();
    }
    this.tracer = tracer;
  }

  /** The traceback of the block holding `o`, if traced. */
  objectBlock(o: PyObject): number {
    this.flush();
    return this.live.get(o)?.addr ?? 0;
  }
}

let model: MemModel | null = null;
let users = 0;

/** The memory model, started on first use (it costs a call per allocation while on). */
export function memModel(): MemModel {
  if (model === null) {
    model = new MemModel();
    setMemObserver(model);
  }
  return model;
}

export function currentMemModel(): MemModel | null {
  return model;
}

/** Keeps the model on while some user (tracemalloc, debugger) needs it. */
export function acquireMemModel(): MemModel {
  users++;
  return memModel();
}

/** A user is done; with no user left and no allocator view wanted, the hook goes away (zero cost). */
export function releaseMemModel(): void {
  if (users > 0) users--;
  if (users === 0 && model !== null && !model.allocatorWanted) resetMemModel();
}

/** Drops the model (a new VM starts with a fresh heap). */
export function resetMemModel(): void {
  model = null;
  users = 0;
  setMemObserver(null);
}
