/**
 * Fixed-arity entry points (objects/builtin_function.ts Fast0) of the hottest methods of builtin
 * types, called by CALL straight from the value stack. Contract: each computes exactly what the
 * method's array entry computes for that many positional arguments and no keywords (the same
 * result, errors and reference counts); types keep their array entries for every other call.
 */
import type { PyObject } from '../objects/object';
import { setFast } from '../objects/builtin_function';
import { PyList, listType, listAppend } from '../objects/list';
import { PyDict, dictType, dictGet } from '../objects/dict';
import { None } from '../objects/singletons';

function appendFast(self: PyObject | null, a: PyObject): PyObject {
  listAppend(self as PyList, a);
  None.ob_refcnt++;
  return None;
}

function dictGet1(self: PyObject | null, k: PyObject): PyObject {
  const v = dictGet(self as PyDict, k) ?? None;
  v.ob_refcnt++;
  return v;
}

function dictGet2(self: PyObject | null, k: PyObject, dflt: PyObject): PyObject {
  const v = dictGet(self as PyDict, k) ?? dflt;
  v.ob_refcnt++;
  return v;
}

/** Idempotent: the builtin types (and their method descriptors) are shared by every VM. */
export function installFastMethods(): void {
  setFast(listType.tdict.getStr('append'), null, appendFast, null);
  setFast(dictType.tdict.getStr('get'), null, dictGet1, dictGet2);
}
