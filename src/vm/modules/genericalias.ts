/**
 * PEP 585 generics of builtin types: `list[int]`, `dict[str, int]`, `type[int]`, ... make
 * `types.GenericAlias` objects (class from py/genericalias_py.ts, run on the current VM as the
 * hidden module `_bytescope_types`). Installs `__class_getitem__` on the builtin containers
 * (CPython's Py_GenericAlias classmethods) and the `type[...]` hook; also type.__subclasses__()
 * and type.mro(), which the stdlib needs at import time.
 */
import type { PyObject } from '../objects/object';
import type { VM } from '../runtime/vm';
import { PyType, typeType, invalidateCache } from '../objects/type';
import { listSteal } from '../objects/list';
import { PyStr } from '../objects/str';
import { defMethod, defMethods } from '../objects/builtin_function';
import { listType } from '../objects/list';
import { tupleType } from '../objects/tuple';
import { dictType } from '../objects/dict';
import { setType, frozensetType } from '../objects/set';
import { decref } from '../runtime/refcount';
import { vmHooks } from '../runtime/hooks';
import * as A from '../runtime/abstract';
import { installBuiltinExtras } from './builtin_extras';

let currentVM: VM | null = null;
const classes = new WeakMap<VM, PyObject>();
let installed = false;

/** A new `types.GenericAlias(origin, args)`. */
export function genericAlias(origin: PyObject, args: PyObject): PyObject {
  const vm = currentVM;
  if (!vm) throw new Error('genericAlias: no VM');
  let ga = classes.get(vm);
  if (!ga) {
    const m = vm.importModule('_bytescope_types');
    const g = A.getAttr(m, 'GenericAlias');
    decref(m);
    classes.set(vm, g);
    ga = g;
  }
  return A.call(ga, [origin, args]);
}

/** `a | b` where a or b is a type (type's nb_or slot): a new `types.UnionType`, the left
 * operand itself when the right adds nothing, or NotImplemented (py/genericalias_py.ts). Looked
 * up at each use (no reference kept outside the heap: unions are rare and the refcount audit
 * sees every holder). */
export function unionOr(a: PyObject, b: PyObject): PyObject {
  const vm = currentVM;
  if (!vm) throw new Error('unionOr: no VM');
  const m = vm.importModule('_bytescope_types');
  let f: PyObject;
  try { f = A.getAttr(m, '_union_or'); } finally { decref(m); }
  try { return A.call(f, [a, b]); } finally { decref(f); }
}

/** The `__args__` tuple (borrowed) when `o` is a `types.UnionType`, else null: isinstance() and
 * issubclass() test a union's members as they test a tuple's. */
export function unionArgs(o: PyObject): PyObject | null {
  const t = o.type;
  if (t.name !== 'UnionType' || !t.isHeap()) return null;
  const mod = t.tdict.getStr('__module__');
  if (!(mod instanceof PyStr) || mod.s !== 'types') return null;
  const args = A.getAttr(o, '__args__');
  decref(args);
  return args;
}

/** Called for each VM when its importer starts; the class getitems are process-wide. */
export function installGenericAlias(vm: VM): void {
  currentVM = vm;
  if (installed) return;
  installed = true;
  installBuiltinExtras();
  for (const t of [listType, tupleType, dictType, setType, frozensetType] as PyType[]) {
    if (t.tdict.getStr('__class_getitem__')) continue;
    defMethod(t, '__class_getitem__', (cls, args) => genericAlias(cls, args[0]!), 'class');
    invalidateCache(t);
  }
  vmHooks.genericAlias = (t, k) => genericAlias(t, k);
  vmHooks.unionType = unionOr;
  // type.__subclasses__() and type.mro(), which Lib/_collections_abc.py and abc use at import.
  if (!typeType.tdict.getStr('__subclasses__')) {
    defMethods(typeType, {
      __subclasses__: (self) => {
        const subs = (self as PyType).subclasses;
        for (const x of subs) x.ob_refcnt++;
        return listSteal(subs.slice());
      },
      mro: (self) => {
        const m = (self as PyType).mro;
        for (const x of m) x.ob_refcnt++;
        return listSteal(m.slice());
      },
    });
    invalidateCache(typeType);
  }
}
