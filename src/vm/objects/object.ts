/**
 * The root of the object model: every Python object is a JS object deriving from PyObject.
 *
 * Invariants:
 * - `ob_refcnt` counts strong references held by Python-visible places (variables, container
 *   slots, attributes, frame slots, value-stack slots) and by the runtime (a thrown exception owns
 *   one reference). Immortal objects (PEP 683) carry IMMORTAL_REFCNT and the IMMORTAL flag; their
 *   count may drift but is never reported and never reaches zero.
 * - `id` is stable for the object's lifetime and unique among objects ever created by this process.
 * - `type` is the object's type (ob_type). Heap-type instances own a reference to their type.
 * - GC bookkeeping (`gcGen`, `gcPrev`, `gcNext`, `gcRefs`) is meaningful only for container
 *   objects; `gcGen === -1` means untracked (see src/vm/runtime/gc.ts). Every object has `gcGen`;
 *   objects of the hot non-container types (int, float, str, range iterator) are created without
 *   `gcRefs`/`gcPrev`/`gcNext`, which only runtime/gc.ts reads, and only on tracked objects.
 *
 * This file has no imports with values: every objects/X.ts may extend PyObject at module level.
 */
import type { PyType } from './type';

export const IMMORTAL_REFCNT = 0x3fffffff;
/** What sys.getrefcount reports for an immortal object on 64-bit CPython 3.12. */
export const IMMORTAL_REPORTED = 4294967295;

export const F_IMMORTAL = 1;
export const F_FINALIZED = 2; // __del__ already ran (GC objects run it at most once)
export const F_DEAD = 4; // deallocated; any further use is a refcount bug
export const F_INTERNED = 8; // str: interned
export const F_SAVED = 16; // in gc.garbage / kept alive deliberately
export const F_WEAKREFS = 32; // weak references point here (modules/_weakref.ts clears them when freed)
export const F_ADDR = 64; // id() was asked: the object has a Python-visible address (runtime/address.ts)

/**
 * The memory model's hook (runtime/memmodel.ts): told of every allocation (from the PyObject
 * constructor, before the subclass fields exist), every free (refcount.ts) and every container
 * buffer resize. null — one flag check — unless tracemalloc or the allocator view is on.
 */
export interface MemObserver {
  alloc(o: PyObject): void;
  free(o: PyObject): void;
  resized(o: PyObject): void;
}
export let memObserver: MemObserver | null = null;
export function setMemObserver(m: MemObserver | null): void {
  memObserver = m;
}
/** Containers call this after changing the size of a separately allocated buffer. */
export function noteResize(o: PyObject): void {
  if (memObserver !== null) memObserver.resized(o);
}

let nextId = 0;
/** Next allocation serial (for subclasses that initialize the header themselves). */
export function nextSerial(): number {
  return nextId++;
}
/** The serial the next allocated object will get (a clock of allocations). */
export function allocClock(): number {
  return nextId;
}
/** Fake 64-bit addresses, 16-byte aligned, in the range CPython's ids usually have. */
const ID_BASE = 0x7f0000000000;

export abstract class PyObject {
  declare ob_refcnt: number;
  declare flags: number;
  /** Allocation serial (a small integer, cheap to store); `id` derives the fake address from it. */
  declare readonly serial: number;
  declare type: PyType;
  declare gcGen: number;
  declare gcRefs: number;
  declare gcPrev: PyObject | null;
  declare gcNext: PyObject | null;
  /** Instance __dict__ (a PyDict) for types whose instances have one; owned. */
  declare dict: PyObject | null;
  /**
   * `type === null`: the subclass constructor stores the header itself, the same fields in the
   * same order as below, then calls memObserver. V8 keeps one inline cache per store site, and
   * the stores of this shared constructor see the maps of every subclass (megamorphic): an
   * allocation through here costs ~4x one whose header stores sit in its own class's constructor.
   * The hot types (int, float, str, list, tuple, dict, set, instance, iterators, cells) do that;
   * tests/unit/perf-alloc.test.ts checks their headers against this one.
   */
  constructor(type: PyType | null) {
    if (type === null) return;
    // Plain constructor stores (not class-field initializers, which V8 runs as slow defines).
    this.ob_refcnt = 1;
    this.flags = 0;
    this.serial = nextId++;
    this.type = type;
    this.gcGen = -1;
    this.gcRefs = 0;
    this.gcPrev = null;
    this.gcNext = null;
    this.dict = null;
    if (memObserver !== null) memObserver.alloc(this);
  }
  /** id(): a stable fake 64-bit address, 16-byte aligned. */
  get id(): number {
    return ID_BASE + this.serial * 16;
  }
}

/** The object model's NULL: an empty slot (unbound local, PUSH_NULL, missing result). */
export type Slot = PyObject | null;

export function makeImmortal<T extends PyObject>(o: T): T {
  o.ob_refcnt = IMMORTAL_REFCNT;
  o.flags |= F_IMMORTAL;
  return o;
}

export function isImmortal(o: PyObject): boolean {
  return (o.flags & F_IMMORTAL) !== 0;
}
