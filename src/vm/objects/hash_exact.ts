/**
 * hashExact: the real signed 64-bit CPython hash of an object (pyhash.ts explains why `hash`
 * slots return a 53-bit internal form). Builtin hashable types are recognised by their hash slot
 * function (a subclass that inherits the slot hashes the same way); other slots register an
 * exact variant in `exactHashers`, else the slot's own number is the real hash.
 */
import type { PyObject } from './object';
import { PyStr, strType } from './str';
import { PyInt, intType, boolType } from './int';
import { PyFloat, floatType } from './float';
import { PyTuple, tupleType } from './tuple';
import { PyBytes, bytesType } from './bytes';
import { PyComplex, complexType } from './complex';
import { PySet, frozensetType, setItems } from './set';
import { raise, PyExc } from '../runtime/errors';
import {
  strHashExact, bytesHashExact, intHashExact, floatHashExact, frozensetHashExact,
} from './pyhash';
import { tupleHashExactOf } from './tuple_methods';
import { pyId } from '../runtime/address';

type HashSlot = (o: PyObject) => number;
export const exactHashers = new Map<HashSlot, (o: PyObject) => bigint>();

export function hashExact(o: PyObject): bigint {
  const f = o.type.slots.hash;
  if (!f) raise(PyExc.TypeError, `unhashable type: '${o.type.name}'`);
  return hashExactVia(f, o);
}

/** Real hash of `o` as computed by hash slot `f` (o's type's or a base's). */
export function hashExactVia(f: HashSlot, o: PyObject): bigint {
  if (f === strType.slots.hash && o instanceof PyStr) return strHashExact(o.s, o.kind, o.n);
  if ((f === intType.slots.hash || f === boolType.slots.hash) && o instanceof PyInt) return intHashExact(o.v);
  if (f === floatType.slots.hash && o instanceof PyFloat) return floatHashExact(o.v, BigInt(Math.floor(pyId(o) / 16)));
  if (f === tupleType.slots.hash && o instanceof PyTuple) return tupleHashExactOf(o.items);
  if (f === bytesType.slots.hash && o instanceof PyBytes) return bytesHashExact(o.bytes);
  if (f === frozensetType.slots.hash && o instanceof PySet) return frozensetHashExact(setItems(o).map(hashExact));
  if (f === complexType.slots.hash && o instanceof PyComplex) {
    const nan = BigInt(Math.floor(pyId(o) / 16));
    const h = BigInt.asIntN(64, floatHashExact(o.re, nan) + 1000003n * floatHashExact(o.im, nan));
    return h === -1n ? -2n : h;
  }
  const g = exactHashers.get(f);
  if (g) return g(o);
  return BigInt(f(o));
}
