/** super objects: attribute lookup that starts after a given class in the instance's MRO. */
import { PyObject } from './object';
import { makeStaticType, objectType, PyType, RefKindCode, TF_HAVE_GC } from './type';
import { newStr } from './str';
import { PyFunction } from './function';
import { methodDescrType } from './builtin_function';
import { PyCell } from './cell';
import { raise, PyExc } from '../runtime/errors';
import { decref, xdecref } from '../runtime/refcount';
import { gcTrack } from '../runtime/gc';
import { genericGetAttr } from './instance';
import { vmHooks } from '../runtime/hooks';

export class PySuper extends PyObject {
  constructor(type: PyType, public thisType: PyType | null, public obj: PyObject | null, public objType: PyType | null) {
    super(type);
  }
}
export let superType: PyType;

function superCheck(cls: PyType, obj: PyObject): PyType {
  if (obj instanceof PyType && obj.isSubtype(cls)) return obj;
  if (obj.type.isSubtype(cls)) return obj.type;
  raise(PyExc.TypeError, 'super(type, obj): obj must be an instance or subtype of type');
}

/** LOAD_SUPER_ATTR's lookup: [method, self] for a plain method in method form, else [null, attr]. */
export function superLookup(cls: PyType, self: PyObject, name: string, method: boolean): [PyObject | null, PyObject] {
  const start = superCheck(cls, self);
  const mro = start.mro;
  let i = mro.indexOf(cls);
  for (i++; i < mro.length; i++) {
    const d = mro[i]!.tdict.getStr(name);
    if (d === null) continue;
    if (method && (d instanceof PyFunction || d.type === methodDescrType)) {
      d.ob_refcnt++; self.ob_refcnt++;
      return [d, self];
    }
    const get = d.type.slots.descrGet;
    if (get) return [null, get(d, self === start ? null : self, start)];
    d.ob_refcnt++;
    return [null, d];
  }
  if (name === '__class__') { self.type.ob_refcnt++; return [null, self.type]; }
  raise(PyExc.AttributeError, `'super' object has no attribute '${name}'`);
}

function superNew(t: PyType, args: PyObject[], kw: readonly string[] | null): PyObject {
  void kw;
  let cls: PyObject, obj: PyObject | null = null;
  if (args.length === 0) {
    const z = vmHooks.zeroArgSuper();
    cls = z[0];
    obj = z[1];
  } else {
    cls = args[0]!;
    obj = args[1] ?? null;
  }
  if (!(cls instanceof PyType)) raise(PyExc.TypeError, `super() argument 1 must be a type, not ${cls.type.name}`);
  const objType = obj ? superCheck(cls, obj) : null;
  cls.ob_refcnt++;
  if (obj) obj.ob_refcnt++;
  if (objType) objType.ob_refcnt++;
  const s = new PySuper(t, cls, obj, objType);
  gcTrack(s);
  return s;
}

export function initSuperType(): void {
  superType = makeStaticType('super', objectType, {
    new: superNew,
    init: () => {},
    getattro: (o, name, suppress) => {
      const s = o as PySuper;
      if (s.objType && name !== '__class__') {
        const mro = s.objType.mro;
        let i = mro.indexOf(s.thisType!);
        for (i++; i < mro.length; i++) {
          const d = mro[i]!.tdict.getStr(name);
          if (d === null) continue;
          const get = d.type.slots.descrGet;
          if (get) return get(d, s.obj === s.objType ? null : s.obj, s.objType);
          d.ob_refcnt++;
          return d;
        }
      }
      return genericGetAttr(o, name, suppress);
    },
    repr: (o) => {
      const s = o as PySuper;
      if (s.objType) return newStr(`<super: <class '${s.thisType!.name}'>, <${s.objType.name} object>>`);
      return newStr(`<super: <class '${s.thisType?.name}'>, NULL>`);
    },
    traverse: (o, visit) => {
      const s = o as PySuper;
      if (s.thisType) visit(s.thisType, RefKindCode.Attr, '__thisclass__');
      if (s.obj) visit(s.obj, RefKindCode.Attr, '__self__');
      if (s.objType) visit(s.objType, RefKindCode.Attr, '__self_class__');
    },
    dealloc: (o) => { const s = o as PySuper; xdecref(s.thisType); xdecref(s.obj); xdecref(s.objType); s.thisType = null; s.obj = null; s.objType = null; },
    sizeof: () => 40,
  }, { flags: TF_HAVE_GC });
  void PyCell; void decref;
}
