/**
 * `object` itself and instances of Python classes: generic attribute access
 * (PyObject_GenericGetAttr / SetAttr), object.__new__/__init__ argument rules, default repr,
 * hash and equality.
 *
 * Instance attributes live in `o.dict`. For instances of classes with a managed dict, the dict is
 * "inline" (`PyDict.inline`): it behaves like CPython 3.12's inline values — not a separate GC
 * object — until `__dict__` is read, which materializes it (see materializeDict).
 */
import { PyObject, nextSerial, memObserver } from './object';
import { makeStaticType, lookup, PyType, RefKindCode, objectType, typeType, slotTable } from './type';
import { PyStr, newStr } from './str';
import { PyDict, newDict, dictType } from './dict';
import { boolObj } from './int';
import { NotImplemented, None } from './singletons';
import { raise, PyExc } from '../runtime/errors';
import { decref, xdecref } from '../runtime/refcount';
import { gcTrack, gcRetrack } from '../runtime/gc';
import { attrError, richCompareBool } from '../runtime/abstract';
import { vmHooks } from '../runtime/hooks';
import { pyIdHex, pyId } from '../runtime/address';
import { nullArray } from '../util/arrays';

export class PyInstance extends PyObject {
  /** __slots__ values (member descriptors index into it). */
  declare slotvals: (PyObject | null)[] | null;
  constructor(type: PyType) {
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
    this.slotvals = null;
  }
}

/** Borrowed instance dict, creating it (inline) when the type has one. */
export function instanceDict(o: PyObject, create: boolean): PyDict | null {
  let d = o.dict as PyDict | null;
  if (d === null && create && o.type.hasDict) {
    if (o.type.isHeap() && o instanceof PyInstance) {
      // 3.12 inline values: no separate dict allocation (nothing counted toward gen0).
      d = new PyDict(dictType);
      d.inline = true;
    } else d = newDict();
    o.dict = d;
  }
  return d;
}

/** `obj.__dict__` read: the dict becomes a real, separately tracked object. */
export function materializeDict(o: PyObject): PyDict {
  const d = instanceDict(o, true)!;
  if (d.inline) {
    d.inline = false;
    d.split = o.type;
    if (d.ks.some((k, i) => k !== null && (d.vs[i]!.type.tpFlags & (1 << 14)) !== 0)) gcRetrack(d);
  }
  return d;
}

export function genericGetAttr(o: PyObject, name: string, suppress: boolean): PyObject | null {
  const t = o.type;
  const descr = lookup(t, name);
  let get: ((d: PyObject, obj: PyObject | null, type: PyObject) => PyObject) | undefined;
  if (descr !== null) {
    get = descr.type.slots.descrGet;
    if (get !== undefined && descr.type.slots.descrSet !== undefined) return get(descr, o, t);
  }
  const d = o.dict as PyDict | null;
  if (d !== null) {
    const v = d.getStr(name);
    if (v !== null) { v.ob_refcnt++; return v; }
  }
  if (get !== undefined) return get(descr!, o, t);
  if (descr !== null) { descr.ob_refcnt++; return descr; }
  if (suppress) return null;
  attrError(o, name);
}

export function genericSetAttr(o: PyObject, name: string, v: PyObject | null): void {
  const t = o.type;
  const descr = lookup(t, name);
  if (descr !== null) {
    const set = descr.type.slots.descrSet;
    if (set !== undefined) { set(descr, o, v); return; }
  }
  const d = instanceDict(o, v !== null);
  if (d === null) {
    if (descr === null) raise(PyExc.AttributeError, `'${t.name}' object has no attribute '${name}'`);
    raise(PyExc.AttributeError, `'${t.name}' object attribute '${name}' is read-only`);
  }
  if (v === null) {
    if (!d.delStr(name)) attrError(o, name);
    return;
  }
  d.setStr(name, v);
}

function excessArgs(args: PyObject[]): boolean {
  return args.length > 0;
}

function objectNew(t: PyType, args: PyObject[], _kw: readonly string[] | null): PyObject {
  if (excessArgs(args)) {
    if (t.slots.new !== objectType.slots.new) raise(PyExc.TypeError, 'object.__new__() takes exactly one argument (the type to instantiate)');
    if (t.slots.init === objectType.slots.init) raise(PyExc.TypeError, `${t.name}() takes no arguments`);
  }
  if (t.tpFlags & (1 << 20)) {
    const abs = vmHooks.abstractMethods(t);
    if (abs.length) raise(PyExc.TypeError, `Can't instantiate abstract class ${t.name} without an implementation for abstract method${abs.length > 1 ? 's' : ''} ${abs.map((n) => `'${n}'`).join(', ')}`);
  }
  const o = new PyInstance(t);
  // _PyObject_InitInlineValues: every new instance shrinks the shared keys' spare room by one
  // (while more than one is left), so later values arrays are smaller.
  if (t.hasDict && t.isHeap() && t.solid === objectType && t.sharedKeysSpan > 1) t.sharedKeysSpan--;
  if (t.nslots) o.slotvals = nullArray<PyObject>(t.nslots);
  if (t.isHeap()) t.ob_refcnt++;
  gcTrack(o);
  return o;
}

function objectInit(self: PyObject, args: PyObject[], _kw: readonly string[] | null): void {
  const t = self.type;
  if (excessArgs(args)) {
    if (t.slots.init !== objectType.slots.init) raise(PyExc.TypeError, 'object.__init__() takes exactly one argument (the instance to initialize)');
    if (t.slots.new === objectType.slots.new) raise(PyExc.TypeError, `${t.name}() takes no arguments`);
  }
}

export function defaultRepr(o: PyObject): PyObject {
  const t = o.type;
  const mod = vmHooks.typeModule(t);
  const qn = vmHooks.typeQualname(t);
  const prefix = mod && mod !== 'builtins' ? mod + '.' : '';
  return newStr(`<${prefix}${qn} object at 0x${pyIdHex(o)}>`);
}

/** _Py_HashPointer: the address rotated right by 4 bits. */
export function pointerHash(o: PyObject): number {
  return Math.floor(pyId(o) / 16);
}

export function instanceTraverse(o: PyObject, visit: (c: PyObject, k: RefKindCode, l: string | number) => void): void {
  const sv = (o as PyInstance).slotvals;
  if (sv) {
    const names = vmHooks.slotNames(o.type);
    for (let i = 0; i < sv.length; i++) if (sv[i]) visit(sv[i]!, RefKindCode.Attr, names[i] ?? i);
  }
}

export function instanceClear(o: PyObject): void {
  const sv = (o as PyInstance).slotvals;
  if (sv) for (let i = 0; i < sv.length; i++) { const v = sv[i]; sv[i] = null; xdecref(v); }
}

export function initObjectType(): void {
  objectType.ownSlots = {
    getattro: genericGetAttr,
    setattro: genericSetAttr,
    repr: defaultRepr,
    // object.__str__ (object_str): the type's repr slot.
    str: (o) => (o.type.slots.repr ?? defaultRepr)(o),
    hash: pointerHash,
    richcompare: (a, b, op) => {
      if (op === 2) { if (a === b) return boolObj(true); NotImplemented.ob_refcnt++; return NotImplemented; }
      if (op === 3) {
        const eq = a.type.slots.richcompare;
        if (eq) {
          const r = eq(a, b, 2);
          if (r === NotImplemented) return r;
          const t = r !== None && richCompareBool(r, r, 2) && vmHooks.truthy(r);
          decref(r);
          return boolObj(!t);
        }
      }
      NotImplemented.ob_refcnt++;
      return NotImplemented;
    },
    new: objectNew,
    init: objectInit,
    traverse: instanceTraverse,
    clear: instanceClear,
    dealloc: instanceClear,
    sizeof: (o) => o.type.basicsize,
  };
  objectType.slots = slotTable(objectType.ownSlots);
  void makeStaticType; void typeType; void PyStr; void gcTrack;
}
