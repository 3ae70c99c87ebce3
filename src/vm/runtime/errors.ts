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

/**
 * The most items a list or tuple built in one step may have. A JS array whose backing store
 * would grow past V8's limit (about 2**27 slots on 64-bit) aborts the whole process instead of
 * throwing, so bulk builders (repeat) check against this first and raise MemoryError, as CPython
 * does when its allocation fails. Growth one append at a time still reaches V8's limit near
 * 89 million items (docs/runtime-limits.md).
 */
export const MAX_SEQUENCE_ITEMS = 80_000_000;

/** The longest bytes object built in one step (a Uint8Array; larger ones are refused the same way). */
export const MAX_BYTES_LENGTH = 2 ** 31;

/** CPython's PyErr_NoMemory(): a MemoryError with no arguments. */
export function noMemory(): never {
  throw excHooks.make(PyExc.MemoryError!, null);
}

/** JS RangeErrors that mean an allocation was refused (string, array, typed array, buffer size). */
export function isJsAllocationFailure(err: unknown): boolean {
  return err instanceof RangeError && /^(Invalid (string|array|typed array) length|Array buffer allocation failed)/.test(err.message);
}
