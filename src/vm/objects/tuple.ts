/**
 * tuple: fixed array of owned references. `()` is an immortal singleton.
 * Tuples are GC-tracked when created; a collection untracks tuples holding only untracked or
 * atomic items (CPython's _PyTuple_MaybeUntrack), which gc.is_tracked shows.
 */
import { PyObject, makeImmortal, nextSerial, memObserver } from './object';
import { makeStaticType, objectType, PyType, TF_TUPLE_SUBCLASS, RefKindCode } from './type';
import { decref } from '../runtime/refcount';
import { gcTrack } from '../runtime/gc';

export class PyTuple extends PyObject {
  declare items: PyObject[];
  declare h: number;
  constructor(type: PyType, items: PyObject[]) {
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
    this.items = items;
    // Tagged from the first store (see PyStr's constructor: a Smi field later given a hash deprecates every live tuple's map).
    (this as { h: unknown }).h = null;
    this.h = -1;
  }
}

export let tupleType: PyType;
export let emptyTuple: PyTuple;

/** New tuple taking ownership of the references in `items` (the array is kept). */
export function tupleSteal(items: PyObject[]): PyTuple {
  if (items.length === 0) { emptyTuple.ob_refcnt++; return emptyTuple; }
  const t = new PyTuple(tupleType, items);
  gcTrack(t);
  return t;
}

/** New tuple with new references to `items` (borrowed). */
export function tupleFrom(items: readonly PyObject[]): PyTuple {
  for (let i = 0; i < items.length; i++) items[i]!.ob_refcnt++;
  return tupleSteal(items.slice());
}

/** tupledealloc: items released last to first. A dead tuple keeps its (stale) array: nothing
 * reads a freed object, and a fresh empty array per free was measurable allocation. */
export function tupleDealloc(o: PyObject): void {
  const it = (o as PyTuple).items;
  for (let i = it.length - 1; i >= 0; i--) decref(it[i]!);
}

export function initTupleType(slots: Parameters<typeof makeStaticType>[2]): void {
  tupleType = makeStaticType('tuple', objectType, {
    traverse: (o, visit) => { const it = (o as PyTuple).items; for (let i = 0; i < it.length; i++) visit(it[i]!, RefKindCode.Item, i); },
    dealloc: tupleDealloc,
    sizeof: (o) => 24 + 8 * (o as PyTuple).items.length,
    len: (o) => (o as PyTuple).items.length,
    ...slots,
  }, { basicsize: 24, itemsize: 8, flags: TF_TUPLE_SUBCLASS });
  emptyTuple = makeImmortal(new PyTuple(tupleType, []));
}
