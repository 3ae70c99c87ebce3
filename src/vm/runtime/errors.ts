/**
 * Raising Python exceptions from runtime code: `raise(PyExc.TypeError, msg)` throws a new
 * exception instance (the throw owns its one reference). `PyExc` is filled by
 * objects/exceptions.ts during bootstrap with every builtin exception type.
 */
import type { PyObject } from '../objects/object';
import type { PyType } from '../objects/type';
import type { PyBaseException } from '../objects/exceptions';

export const PyExc: Record<string, PyType> = Object.create(null);

/** Constructor hook installed by exceptions.ts: new exception of `t` with args `(msg,)` or `(arg,)`. */
export const excHooks = {
  make: null as unknown as (t: PyType, arg: PyObject | string | null) => PyBaseException,
};

export function raise(t: PyType, msg: string): never {
  throw excHooks.make(t, msg);
}

/** Raises `t(arg)` with a Python object argument (KeyError(key), StopIteration(value)). */
export function raiseWith(t: PyType, arg: PyObject | null): never {
  throw excHooks.make(t, arg);
}

export function newException(t: PyType, msg: string | PyObject | null): PyBaseException {
  return excHooks.make(t, msg);
}
