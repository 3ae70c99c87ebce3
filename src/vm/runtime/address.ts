/**
 * Python-visible addresses: what id(), object.__hash__ and default reprs show.
 *
 * CPython's id() is the object's address, and pymalloc hands a freed block to the next object of
 * the same size class (LIFO), so `id([]) == id([])` and `hash(object()) == hash(object())` are
 * True there. `PyObject.id` is a different thing — a handle unique over the process (the debugger
 * keys objects by it) — so addresses are modelled here, lazily: an object gets one the first time
 * Python asks for it; when such an object is freed its address goes back to a free list of its
 * size class (16-byte classes of its CPython allocation request), stamped with the allocation
 * clock. An object asking later takes the most recently freed address of its class that was
 * freed before the object itself was allocated; otherwise its own unique handle.
 * Limit (documented): blocks taken by objects that never asked for an address are not seen, so
 * reuse can be predicted where CPython gave the block to some other, silent, allocation.
 */
import { PyObject, F_ADDR, allocClock } from '../objects/object';
import { objectRequest } from './memmodel';

const addrs = new Map<PyObject, number>();
/** Size class → flat [address, freed-at clock, ...] in the order of freeing. */
const freeLists = new Map<number, number[]>();
const MAX_FREE = 64;

function sizeClass(o: PyObject): number {
  return (objectRequest(o) + 15) >> 4;
}

export function pyId(o: PyObject): number {
  // (A flag without an entry is left from an earlier VM in this process: assign anew.)
  if (o.flags & F_ADDR) { const a = addrs.get(o); if (a !== undefined) return a; }
  let addr = -1;
  const fl = freeLists.get(sizeClass(o));
  if (fl !== undefined) {
    for (let i = fl.length - 2; i >= 0; i -= 2) {
      if (fl[i + 1]! <= o.serial) {
        addr = fl[i]!;
        fl.splice(i, 2);
        break;
      }
    }
  }
  if (addr < 0) addr = o.id;
  o.flags |= F_ADDR;
  addrs.set(o, addr);
  return addr;
}

/** Called by refcount.ts when an object with an address is freed (its fields still intact). */
export function releaseAddress(o: PyObject): void {
  const a = addrs.get(o);
  addrs.delete(o);
  o.flags &= ~F_ADDR;
  if (a === undefined) return;
  const cls = sizeClass(o);
  let fl = freeLists.get(cls);
  if (fl === undefined) freeLists.set(cls, (fl = []));
  fl.push(a, allocClock());
  if (fl.length > 2 * MAX_FREE) fl.splice(0, 2);
}

/** A new VM starts with no addresses handed out. */
export function resetAddresses(): void {
  addrs.clear();
  freeLists.clear();
}

/** `0x...` as CPython's %p prints an address. */
export function pyIdHex(o: PyObject): string {
  return pyId(o).toString(16);
}
