/** Module objects: a namespace dict (`o.dict`, always present) with a name. */
import { PyObject } from './object';
import { makeStaticType, objectType, PyType, TF_HAVE_GC } from './type';
import { PyStr, newStr } from './str';
import { PyDict, newDict } from './dict';
import { None } from './singletons';
import { raise, PyExc } from '../runtime/errors';
import { makeException } from './exceptions';
import { gcTrack } from '../runtime/gc';
import { genericGetAttr } from './instance';
import { call, strJS } from '../runtime/abstract';
import { decref } from '../runtime/refcount';

export class PyModule extends PyObject {
  get mdict(): PyDict {
    return this.dict as PyDict;
  }
}
export let moduleType: PyType;

export function newModule(name: string, doc: PyObject | null = null): PyModule {
  const m = new PyModule(moduleType);
  const d = newDict();
  m.dict = d;
  const n = newStr(name);
  d.setStr('__name__', n);
  decref(n);
  d.setStr('__doc__', doc ?? None);
  if (doc) decref(doc); // newModule steals `doc`
  d.setStr('__package__', None);
  d.setStr('__loader__', None);
  d.setStr('__spec__', None);
  gcTrack(m);
  return m;
}

export function moduleName(m: PyModule): string {
  const n = m.mdict.getStr('__name__');
  return n instanceof PyStr ? n.s : '?';
}

export function initModuleType(): void {
  moduleType = makeStaticType('module', objectType, {
    getattro: (o, name, suppress) => {
      const r = genericGetAttr(o, name, true);
      if (r !== null) return r;
      const d = o.dict as PyDict;
      const ga = d.getStr('__getattr__');
      if (ga) { const s = newStr(name); try { return call(ga, [s]); } finally { decref(s); } }
      if (suppress) return null;
      const e = makeException(PyExc.AttributeError!, `module '${moduleName(o as PyModule)}' has no attribute '${name}'`);
      e.nameAttr = name;
      o.ob_refcnt++;
      e.objAttr = o;
      throw e;
    },
    repr: (o) => {
      const d = o.dict as PyDict;
      const f = d.getStr('__file__');
      const name = moduleName(o as PyModule);
      if (f) return newStr(`<module '${name}' from '${strJS(f)}'>`);
      return newStr(`<module '${name}' (built-in)>`);
    },
    sizeof: () => 56,
    new: (t) => { const m = new PyModule(t); if (t.isHeap()) t.ob_refcnt++; m.dict = newDict(); gcTrack(m); return m; },
  }, { flags: TF_HAVE_GC });
  moduleType.hasDict = true;
}
