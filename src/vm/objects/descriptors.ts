/**
 * Descriptor types: getset_descriptor (computed attributes of builtin types, e.g. `__dict__`,
 * `__name__`), member_descriptor (`__slots__` entries), property, classmethod, staticmethod.
 */
import { PyObject } from './object';
import { makeStaticType, objectType, PyType, RefKindCode, TF_HAVE_GC, tpName } from './type';
import { newStr } from './str';
import { None } from './singletons';
import { PyInstance } from './instance';
import { raise, PyExc } from '../runtime/errors';
import { decref, xdecref } from '../runtime/refcount';
import { gcTrack } from '../runtime/gc';
import { call, reprJS } from '../runtime/abstract';
import { newMethod } from './method';

export type Getter = (o: PyObject) => PyObject;
export type Setter = (o: PyObject, v: PyObject | null) => void;

export class PyGetSetDescr extends PyObject {
  constructor(type: PyType, readonly name: string, readonly get: Getter, readonly set: Setter | null, public objtype: PyType) {
    super(type);
  }
}
export class PyMemberDescr extends PyObject {
  constructor(type: PyType, readonly name: string, readonly index: number, public objtype: PyType) {
    super(type);
  }
}
export class PyProperty extends PyObject {
  constructor(type: PyType, public fget: PyObject, public fset: PyObject, public fdel: PyObject, public doc: PyObject, public name: PyObject) {
    super(type);
  }
}
export class PyClassMethod extends PyObject {
  constructor(type: PyType, public func: PyObject) {
    super(type);
  }
}

export let getsetDescrType: PyType;
export let memberDescrType: PyType;
export let propertyType: PyType;
export let classmethodType: PyType;
export let staticmethodType: PyType;

/** Adds a computed attribute to a type's dict (static types: immortal descriptor). */
export function defGetSet(t: PyType, name: string, get: Getter, set: Setter | null = null): PyGetSetDescr {
  const d = new PyGetSetDescr(getsetDescrType, name, get, set, t);
  if (t.isHeap()) { t.ob_refcnt++; gcTrack(d); }
  else { d.flags |= 1; }
  t.tdict.setStr(name, d);
  if (!t.isHeap()) d.ob_refcnt = 0x3fffffff; else decref(d);
  return d;
}

export function newMemberDescr(t: PyType, name: string, index: number): PyMemberDescr {
  t.ob_refcnt++;
  const d = new PyMemberDescr(memberDescrType, name, index, t);
  gcTrack(d);
  return d;
}

function propGet(p: PyProperty, obj: PyObject | null): PyObject {
  if (obj === null) { p.ob_refcnt++; return p; }
  if (p.fget === None) raise(PyExc.AttributeError, `property${nameSuffix(p)} of '${obj.type.name}' object has no getter`);
  return call(p.fget, [obj]);
}
function nameSuffix(p: PyProperty): string {
  return p.name !== None ? ` '${(p.name as { s?: string }).s}'` : '';
}

export function initDescriptorTypes(): void {
  getsetDescrType = makeStaticType('getset_descriptor', objectType, {
    repr: (o) => { const d = o as PyGetSetDescr; return newStr(`<attribute '${d.name}' of '${tpName(d.objtype)}' objects>`); },
    descrGet: (d, obj) => { if (obj === null) { d.ob_refcnt++; return d; } return (d as PyGetSetDescr).get(obj); },
    descrSet: (d, obj, v) => {
      const g = d as PyGetSetDescr;
      if (!g.set) raise(PyExc.AttributeError, `attribute '${g.name}' of '${tpName(g.objtype)}' objects is not writable`);
      g.set(obj, v);
    },
    traverse: (o, visit) => { const d = o as PyGetSetDescr; if (d.objtype.isHeap()) visit(d.objtype, RefKindCode.Type, '__objclass__'); },
    dealloc: (o) => { const d = o as PyGetSetDescr; if (d.objtype.isHeap()) decref(d.objtype); },
    sizeof: () => 48, // PyDescr_COMMON (40) + the PyGetSetDef pointer
  }, { noSubclass: true, flags: TF_HAVE_GC });
  memberDescrType = makeStaticType('member_descriptor', objectType, {
    repr: (o) => { const d = o as PyMemberDescr; return newStr(`<member '${d.name}' of '${tpName(d.objtype)}' objects>`); },
    descrGet: (d, obj) => {
      if (obj === null) { d.ob_refcnt++; return d; }
      const m = d as PyMemberDescr;
      const v = (obj as PyInstance).slotvals?.[m.index] ?? null;
      if (v === null) raise(PyExc.AttributeError, `'${obj.type.name}' object has no attribute '${m.name}'`);
      v.ob_refcnt++;
      return v;
    },
    descrSet: (d, obj, v) => {
      const m = d as PyMemberDescr;
      const sv = (obj as PyInstance).slotvals;
      if (!sv) raise(PyExc.AttributeError, `'${obj.type.name}' object has no attribute '${m.name}'`);
      const old = sv[m.index] ?? null;
      if (v === null && old === null) raise(PyExc.AttributeError, `'${obj.type.name}' object has no attribute '${m.name}'`);
      if (v) v.ob_refcnt++;
      sv[m.index] = v;
      xdecref(old);
    },
    traverse: (o, visit) => visit((o as PyMemberDescr).objtype, RefKindCode.Type, '__objclass__'),
    dealloc: (o) => decref((o as PyMemberDescr).objtype),
    sizeof: () => 48, // PyDescr_COMMON (40) + the PyMemberDef pointer
  }, { noSubclass: true, flags: TF_HAVE_GC });
  const propNew = (t: PyType): PyObject => {
    None.ob_refcnt += 5;
    const p = new PyProperty(t, None, None, None, None, None);
    if (t.isHeap()) t.ob_refcnt++;
    gcTrack(p);
    return p;
  };
  propertyType = makeStaticType('property', objectType, {
    new: propNew,
    init: (self, args, kw) => {
      const p = self as PyProperty;
      const names = ['fget', 'fset', 'fdel', 'doc'];
      const vals: (PyObject | null)[] = [null, null, null, null];
      const npos = args.length - (kw ? kw.length : 0);
      if (npos > 4) raise(PyExc.TypeError, `property() takes at most 4 arguments (${npos} given)`);
      for (let i = 0; i < npos; i++) vals[i] = args[i]!;
      (kw ?? []).forEach((k, j) => {
        const i = names.indexOf(k);
        if (i < 0) raise(PyExc.TypeError, `property() got an unexpected keyword argument '${k}'`);
        vals[i] = args[npos + j]!;
      });
      const set = (cur: PyObject, v: PyObject | null): PyObject => { const n = v ?? None; n.ob_refcnt++; decref(cur); return n; };
      p.fget = set(p.fget, vals[0]!);
      p.fset = set(p.fset, vals[1]!);
      p.fdel = set(p.fdel, vals[2]!);
      let doc = vals[3];
      if ((doc === null || doc === None) && p.fget !== None) {
        const d = (p.fget as { doc?: PyObject }).doc;
        if (d) doc = d;
      }
      p.doc = set(p.doc, doc);
    },
    descrGet: (d, obj) => propGet(d as PyProperty, obj),
    descrSet: (d, obj, v) => {
      const p = d as PyProperty;
      const f = v === null ? p.fdel : p.fset;
      if (f === None) raise(PyExc.AttributeError, `property${nameSuffix(p)} of '${obj.type.name}' object has no ${v === null ? 'deleter' : 'setter'}`);
      const r = call(f, v === null ? [obj] : [obj, v]);
      decref(r);
    },
    traverse: (o, visit) => { const p = o as PyProperty; visit(p.fget, RefKindCode.Attr, 'fget'); visit(p.fset, RefKindCode.Attr, 'fset'); visit(p.fdel, RefKindCode.Attr, 'fdel'); visit(p.doc, RefKindCode.Attr, '__doc__'); visit(p.name, RefKindCode.Attr, '__name__'); },
    dealloc: (o) => { const p = o as PyProperty; decref(p.fget); decref(p.fset); decref(p.fdel); decref(p.doc); decref(p.name); },
    sizeof: () => 64, // sizeof(propertyobject), 3.12
  }, { flags: TF_HAVE_GC });
  const cmNew = (t: PyType, args: PyObject[]): PyObject => {
    if (args.length !== 1) raise(PyExc.TypeError, `${t.name} expected 1 argument, got ${args.length}`);
    args[0]!.ob_refcnt++;
    const c = new PyClassMethod(t, args[0]!);
    if (t.isHeap()) t.ob_refcnt++;
    gcTrack(c);
    return c;
  };
  const cmSlots = {
    new: cmNew,
    init: () => {},
    traverse: (o: PyObject, visit: (c: PyObject, k: RefKindCode, l: string) => void) => visit((o as PyClassMethod).func, RefKindCode.Attr, '__func__'),
    dealloc: (o: PyObject) => decref((o as PyClassMethod).func),
    sizeof: () => 32, // sizeof(classmethod): callable + __dict__
  };
  classmethodType = makeStaticType('classmethod', objectType, {
    ...cmSlots,
    repr: (o) => newStr(`<classmethod(${reprJS((o as PyClassMethod).func)})>`),
    descrGet: (d, obj, type) => newMethod((d as PyClassMethod).func, obj === null ? type : obj.type),
  }, { flags: TF_HAVE_GC });
  staticmethodType = makeStaticType('staticmethod', objectType, {
    ...cmSlots,
    repr: (o) => newStr(`<staticmethod(${reprJS((o as PyClassMethod).func)})>`),
    descrGet: (d) => { const f = (d as PyClassMethod).func; f.ob_refcnt++; return f; },
    call: (o, args, kw) => call((o as PyClassMethod).func, args, kw),
  }, { flags: TF_HAVE_GC });
  classmethodType.hasDict = true;
  staticmethodType.hasDict = true;
}
