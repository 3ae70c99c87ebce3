/**
 * object.__reduce_ex__, object.__reduce__ and object.__getstate__ (typeobject.c's reduce_newobj,
 * object_getstate): what copy.copy/deepcopy and pickle call for instances. Protocol >= 2 gives
 * `(copyreg.__newobj__, (cls, *args), state, listitems, dictitems)`; lower protocols go through
 * copyreg._reduce_ex. The state is the instance __dict__ (None when empty), paired with a dict of
 * the set __slots__ values when the class has slots.
 */
import type { PyObject } from './object';
import { PyType, lookup, objectType, tpName } from './type';
import { listType } from './list';
import { PyTuple, tupleSteal, tupleFrom, tupleType } from './tuple';
import { PyFloat, newFloat, floatType } from './float';
import { PyBytes, newBytes, bytesType } from './bytes';
import { complexType } from './complex';
import { defMethods } from './builtin_function';
import { PyDict, newDict, dictItems, dictType } from './dict';
import { PyStr, newStr, strType } from './str';
import { None } from './singletons';
import { raise, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import { vmHooks } from '../runtime/hooks';
import * as A from '../runtime/abstract';

function copyreg(): PyObject {
  const builtins = vmHooks.moduleByName('builtins');
  if (!builtins) raise(PyExc.SystemError, 'builtins not available');
  const imp = A.getAttr(builtins, '__import__');
  const name = newStr('copyreg');
  try { return A.call(imp, [name]); } finally { decref(name); decref(imp); }
}

function copyregCall(fn: string, args: PyObject[]): PyObject {
  const m = copyreg();
  try {
    const f = A.getAttr(m, fn);
    try { return A.call(f, args); } finally { decref(f); }
  } finally { decref(m); }
}

function none(): PyObject {
  None.ob_refcnt++;
  return None;
}

/** The default __getstate__ (object_getstate_default). */
function defaultState(obj: PyObject, required: boolean): PyObject {
  const t = obj.type;
  if (required && t.itemsize !== 0) raise(PyExc.TypeError, `cannot pickle '${tpName(t)}' object`);
  let state: PyObject = None;
  None.ob_refcnt++;
  const d = t.hasDict ? A.getAttrOpt(obj, '__dict__') : null;
  if (d) {
    if (d instanceof PyDict && A.len(d) > 0) {
      const c = newDict();
      for (const [k, v] of dictItems(d)) c.set(k, v);
      decref(state);
      state = c;
    }
    decref(d);
  }
  const names = copyregCall('_slotnames', [t]);
  try {
    const list = A.toArray(names);
    try {
      if (required && !list.length && !t.hasDict && t.solid !== objectType) {
        raise(PyExc.TypeError, `cannot pickle '${tpName(t)}' object`);
      }
      if (list.length) {
        const slots = newDict();
        for (const n of list) {
          const v = n instanceof PyStr ? A.getAttrOpt(obj, n.s) : null;
          if (v) { slots.set(n, v); decref(v); }
        }
        if (A.len(slots) > 0) state = tupleSteal([state, slots]);
        else decref(slots);
      }
    } finally { for (const x of list) decref(x); }
  } finally { decref(names); }
  return state;
}

let defaultGetstate: PyObject | null = null;
let defaultReduce: PyObject | null = null;

/** object_getstate: the type's __getstate__, or the default one directly. */
function getState(obj: PyObject, required: boolean): PyObject {
  const g = lookup(obj.type, '__getstate__');
  if (g === null || g === defaultGetstate) return defaultState(obj, required);
  return A.callMethod(obj, '__getstate__', []);
}

function newArgs(obj: PyObject): [PyTuple | null, PyDict | null] {
  const ex = A.getAttrOpt(obj, '__getnewargs_ex__');
  if (ex) {
    let r: PyObject;
    try { r = A.call(ex, []); } finally { decref(ex); }
    if (!(r instanceof PyTuple)) { const n = r.type.name; decref(r); raise(PyExc.TypeError, `__getnewargs_ex__ should return a tuple, not '${n}'`); }
    if (r.items.length !== 2) { const n = r.items.length; decref(r); raise(PyExc.ValueError, `__getnewargs_ex__ should return a tuple of length 2, not ${n}`); }
    const [a, k] = r.items as [PyObject, PyObject];
    if (!(a instanceof PyTuple)) { decref(r); raise(PyExc.TypeError, `first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '${a.type.name}'`); }
    if (!(k instanceof PyDict)) { decref(r); raise(PyExc.TypeError, `second item of the tuple returned by __getnewargs_ex__ must be a dict, not '${k.type.name}'`); }
    a.ob_refcnt++; k.ob_refcnt++;
    decref(r);
    return [a, k];
  }
  const na = A.getAttrOpt(obj, '__getnewargs__');
  if (!na) return [null, null];
  let r: PyObject;
  try { r = A.call(na, []); } finally { decref(na); }
  if (!(r instanceof PyTuple)) { const n = r.type.name; decref(r); raise(PyExc.TypeError, `__getnewargs__ should return a tuple, not '${n}'`); }
  return [r, null];
}

function reduceNewobj(obj: PyObject): PyObject {
  const t = obj.type;
  if (!t.slots.new) raise(PyExc.TypeError, `cannot pickle '${tpName(t)}' object`);
  const [args, kwargs] = newArgs(obj);
  const hasArgs = args !== null;
  const m = copyreg();
  let fn: PyObject, fargs: PyObject;
  try {
    if (kwargs === null || A.len(kwargs) === 0) {
      fn = A.getAttr(m, '__newobj__');
      const items: PyObject[] = [t];
      t.ob_refcnt++;
      if (args) for (const a of args.items) { a.ob_refcnt++; items.push(a); }
      fargs = tupleSteal(items);
    } else {
      fn = A.getAttr(m, '__newobj_ex__');
      t.ob_refcnt++;
      args!.ob_refcnt++;
      kwargs.ob_refcnt++;
      fargs = tupleSteal([t, args!, kwargs]);
    }
  } finally {
    decref(m);
    if (args) decref(args);
    if (kwargs) decref(kwargs);
  }
  const isList = t.isSubtype(listType);
  const isDict = t.isSubtype(dictType);
  let state: PyObject;
  try { state = getState(obj, !(hasArgs || isList || isDict)); } catch (e) { decref(fn); decref(fargs); throw e; }
  let listitems: PyObject = none(), dictitems: PyObject = none();
  if (isList) { decref(listitems); listitems = A.getIter(obj); }
  if (isDict) {
    decref(dictitems);
    const items = A.callMethod(obj, 'items', []);
    try { dictitems = A.getIter(items); } finally { decref(items); }
  }
  return tupleSteal([fn, fargs, state, listitems, dictitems]);
}

function commonReduce(obj: PyObject, proto: number): PyObject {
  if (proto >= 2) return reduceNewobj(obj);
  const p = vmHooks.intFromBig(BigInt(proto));
  try { return copyregCall('_reduce_ex', [obj, p]); } finally { decref(p); }
}

export const objectReduceMethods = {
  __reduce_ex__: (self: PyObject, args: PyObject[]): PyObject => {
    if (args.length !== 1) raise(PyExc.TypeError, `__reduce_ex__() takes exactly one argument (${args.length} given)`);
    const proto = A.asSize(args[0]!);
    const r = lookup(self.type, '__reduce__');
    if (r !== null && r !== defaultReduce) return A.callMethod(self, '__reduce__', []);
    return commonReduce(self, proto);
  },
  __reduce__: (self: PyObject): PyObject => commonReduce(self, 0),
  __getstate__: (self: PyObject): PyObject => defaultState(self, false),
};

/** Remembers object's own __reduce__/__getstate__ (to tell overrides apart). Run after defMethods. */
export function initObjectReduce(t: PyType): void {
  defaultReduce = t.tdict.getStr('__reduce__');
  defaultGetstate = t.tdict.getStr('__getstate__');
  // __getnewargs__ of the immutable builtins: (plain value,) for reduce_newobj.
  const plain = (self: PyObject): PyObject => {
    const st = self.type.solid;
    const v = st === tupleType ? tupleFrom((self as PyTuple).items)
      : st === strType ? newStr((self as PyStr).s)
      : st === floatType ? newFloat((self as PyFloat).v)
      : st === bytesType ? newBytes((self as PyBytes).bytes)
      : A.call(st, [self]);
    return tupleSteal([v]);
  };
  for (const bt of [tupleType, strType, floatType, bytesType, complexType]) {
    if (!bt.tdict.getStr('__getnewargs__')) defMethods(bt, { __getnewargs__: plain });
  }
}
