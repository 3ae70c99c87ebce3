/**
 * The `_weakref` module (Objects/weakrefobject.c, Modules/_weakref.c): weakref.ReferenceType,
 * ProxyType, CallableProxyType, getweakrefcount, getweakrefs, proxy, _remove_dead_weakref.
 *
 * Invariants:
 * - A weak reference never owns its referent: `target` is a borrowed pointer, valid while the
 *   referent is alive. Referents with weak references carry F_WEAKREFS and are listed in `lists`;
 *   refcount.ts calls `clearWeakrefs` when such an object is freed (after its finalizer, before
 *   its dealloc — subtype_dealloc's order): every reference is cleared first, then the callbacks
 *   run, newest reference first, errors reported as unraisable.
 * - A reference owns its callback; a referent's list holds the references weakly too (a dying
 *   reference unlinks itself).
 * - Cyclic garbage: the collector frees objects through tp_clear/refcounts, so callbacks of
 *   references to collected objects run during the collection (CPython skips callbacks of
 *   references that are themselves garbage; Bytescope runs them).
 */
import { PyObject, F_WEAKREFS } from '../objects/object';
import type { VM } from '../runtime/vm';
import { PyModule, newModule } from '../objects/module';
import { PyDict } from '../objects/dict';
import { newStr } from '../objects/str';
import { newInt, boolObj } from '../objects/int';
import { listSteal } from '../objects/list';
import { None, NotImplemented } from '../objects/singletons';
import { makeStaticType, objectType, PyType, typeType, inheritSlots, TF_HAVE_GC, lookup, RefKindCode } from '../objects/type';
import { makeImmortal } from '../objects/object';
import { newDict } from '../objects/dict';
import { PyInstance, instanceClear } from '../objects/instance';
import { newBuiltin, defMethods, defMethod, type NativeFn } from '../objects/builtin_function';
import { defGetSet } from '../objects/descriptors';
import { raise, PyExc } from '../runtime/errors';
import { decref, setWeakrefHook } from '../runtime/refcount';
import { rt } from '../runtime/state';
import { gcTrack } from '../runtime/gc';
import * as A from '../runtime/abstract';
import { nargs } from '../runtime/args';
import { genericAlias } from './genericalias';
import { pyIdHex } from '../runtime/address';

export class PyWeakref extends PyInstance {
  target: PyObject | null = null;
  callback: PyObject | null = null;
  hash = -1;
}

const lists = new WeakMap<PyObject, PyWeakref[]>();
let refType: PyType | null = null;
let proxyType: PyType | null = null;
let callableProxyType: PyType | null = null;

/** Builtin types whose instances accept weak references (tp_weaklistoffset != 0). */
const WEAKREFABLE = new Set(['type', 'function', 'module', 'set', 'frozenset', 'method', 'code', 'generator',
  'coroutine', 'async_generator', 'builtin_function_or_method', 'property', 'ReferenceType', 'frame']);

function supportsWeakrefs(t: PyType): boolean {
  for (const b of t.mro) {
    if (b.hasWeakref) return true;
    if (!b.isHeap() && WEAKREFABLE.has(b.name)) return true;
  }
  return false;
}

function clearWeakrefs(o: PyObject): void {
  const refs = lists.get(o);
  o.flags &= ~F_WEAKREFS;
  if (!refs) return;
  lists.delete(o);
  const withCb: PyWeakref[] = [];
  for (let i = refs.length - 1; i >= 0; i--) {
    const r = refs[i]!;
    r.target = null;
    if (r.callback) withCb.push(r);
  }
  for (const r of withCb) {
    const cb = r.callback!;
    r.callback = null;
    r.ob_refcnt++;
    rt.callFinalizer(cb, () => { decref(A.call(cb, [r])); });
    decref(cb);
    decref(r);
  }
}

function unlink(r: PyWeakref): void {
  const t = r.target;
  if (!t) return;
  const l = lists.get(t);
  if (l) {
    const i = l.indexOf(r);
    if (i >= 0) l.splice(i, 1);
    if (!l.length) { lists.delete(t); t.flags &= ~F_WEAKREFS; }
  }
  r.target = null;
}

function newRef(t: PyType, ob: PyObject, callback: PyObject | null): PyWeakref {
  if (!supportsWeakrefs(ob.type)) raise(PyExc.TypeError, `cannot create weak reference to '${ob.type.name}' object`);
  if (callback === None) callback = null;
  let l = lists.get(ob);
  // A plain reference without callback is shared (CPython reuses the list's basic ref).
  if (l && callback === null && t === refType) {
    const basic = l.find((r) => r.type === refType && r.callback === null);
    if (basic) { basic.ob_refcnt++; return basic; }
  }
  const r = new PyWeakref(t);
  if (t.isHeap()) t.ob_refcnt++;
  if (t.nslots) r.slotvals = new Array(t.nslots).fill(null);
  r.target = ob;
  if (callback) { callback.ob_refcnt++; r.callback = callback; }
  if (!l) { l = []; lists.set(ob, l); ob.flags |= F_WEAKREFS; }
  // Basic references go first in CPython's list (getweakrefs order).
  if (callback === null && t === refType) l.unshift(r); else l.push(r);
  gcTrack(r);
  return r;
}

function addr(o: PyObject): string {
  return '0x' + pyIdHex(o).padStart(12, '0');
}

function targetDesc(o: PyObject): string {
  let s = `to '${o.type.name}' at ${addr(o)}`;
  const n = A.getAttrOpt(o, '__name__');
  if (n) {
    try { s += ` (${A.strJS(n)})`; } finally { decref(n); }
  }
  return s;
}

function proxyTarget(p: PyObject): PyObject {
  const t = (p as PyWeakref).target;
  if (!t) raise(PyExc.ReferenceError!, 'weakly-referenced object no longer exists');
  return t;
}

function initTypes(): void {
  if (refType) return;
  const traverse = (o: PyObject, visit: (c: PyObject, k: RefKindCode, l: string | number) => void) => {
    const r = o as PyWeakref;
    if (r.callback) visit(r.callback, RefKindCode.Attr, '__callback__');
    const sv = r.slotvals;
    if (sv) sv.forEach((v, i) => { if (v) visit(v, RefKindCode.Attr, i); });
  };
  const dealloc = (o: PyObject) => {
    const r = o as PyWeakref;
    unlink(r);
    const cb = r.callback;
    r.callback = null;
    if (cb) decref(cb);
    instanceClear(o);
  };
  const clear = (o: PyObject) => {
    const r = o as PyWeakref;
    const cb = r.callback;
    r.callback = null;
    if (cb) decref(cb);
    instanceClear(o);
  };
  refType = makeStaticType('ReferenceType', objectType, {
    new: (t, args) => {
      if (args.length < 1 || args.length > 2) raise(PyExc.TypeError, `__new__ expected at most 2 arguments, got ${args.length}`);
      return newRef(t, args[0]!, args[1] ?? null);
    },
    init: () => {},
    call: (o, args, kw) => {
      if (args.length - (kw?.length ?? 0) !== 0 || (kw && kw.length)) raise(PyExc.TypeError, `weakref() takes no arguments`);
      const t = (o as PyWeakref).target ?? None;
      t.ob_refcnt++;
      return t;
    },
    hash: (o) => {
      const r = o as PyWeakref;
      if (r.hash !== -1) return r.hash;
      if (!r.target) raise(PyExc.TypeError, 'weak object has gone away');
      r.hash = A.hashOf(r.target);
      return r.hash;
    },
    richcompare: (a, b, op) => {
      if ((op !== 2 && op !== 3) || !(b instanceof PyWeakref) || !refType || !b.type.isSubtype(refType)) {
        NotImplemented.ob_refcnt++;
        return NotImplemented;
      }
      const x = (a as PyWeakref).target, y = b.target;
      if (!x || !y) return boolObj((a === b) === (op === 2));
      return A.richCompare(x, y, op);
    },
    repr: (o) => {
      const r = o as PyWeakref;
      if (!r.target) return newStr(`<weakref at ${addr(o)}; dead>`);
      return newStr(`<weakref at ${addr(o)}; ${targetDesc(r.target)}>`);
    },
    traverse, dealloc, clear,
    sizeof: () => 64,
  }, { module: 'weakref', basicsize: 64, flags: TF_HAVE_GC });
  const proxySlots = (callable: boolean) => ({
    getattro: (o: PyObject, name: string) => A.getAttr(proxyTarget(o), name),
    setattro: (o: PyObject, name: string, v: PyObject | null) => A.setAttr(proxyTarget(o), name, v),
    repr: (o: PyObject) => {
      const t = (o as PyWeakref).target;
      return newStr(t ? `<weakproxy at ${addr(o)}; ${targetDesc(t).replace(/ \(.*\)$/, '')}>` : `<weakproxy at ${addr(o)}; dead>`);
    },
    str: (o: PyObject) => A.str(proxyTarget(o)),
    bool: (o: PyObject) => A.isTrue(proxyTarget(o)),
    len: (o: PyObject) => A.len(proxyTarget(o)),
    getitem: (o: PyObject, k: PyObject) => A.getItem(proxyTarget(o), k),
    setitem: (o: PyObject, k: PyObject, v: PyObject | null) => A.setItem(proxyTarget(o), k, v),
    contains: (o: PyObject, x: PyObject) => A.contains(proxyTarget(o), x),
    iter: (o: PyObject) => A.getIter(proxyTarget(o)),
    richcompare: (a: PyObject, b: PyObject, op: number) => A.richCompare(proxyTarget(a), b instanceof PyWeakref && b.type === a.type ? proxyTarget(b) : b, op),
    hash: () => raise(PyExc.TypeError, `unhashable type: 'weakref.${callable ? 'CallableProxyType' : 'ProxyType'}'`),
    ...(callable ? { call: (o: PyObject, args: PyObject[], kw: readonly string[] | null) => A.call(proxyTarget(o), args, kw) } : {}),
    traverse, dealloc, clear,
  });
  proxyType = makeStaticType('ProxyType', objectType, proxySlots(false), { module: 'weakref', noSubclass: true, flags: TF_HAVE_GC });
  callableProxyType = makeStaticType('CallableProxyType', objectType, proxySlots(true), { module: 'weakref', noSubclass: true, flags: TF_HAVE_GC });
  for (const t of [refType, proxyType, callableProxyType]) {
    t.tdict = makeImmortal(newDict());
    inheritSlots(t);
  }
  // Python-visible slot methods of ReferenceType (subclasses call ref.__new__ / __init__).
  // tp_new as a builtin bound to nothing (what attrs.ts does for bootstrap-time types).
  const newFn = newBuiltin('__new__', (_self, args, kw) => {
    const t = args[0];
    if (!args.length) raise(PyExc.TypeError, 'ReferenceType.__new__(): not enough arguments');
    if (!(t instanceof PyType)) raise(PyExc.TypeError, `ReferenceType.__new__(X): X is not a type object (${t!.type.name})`);
    if (!t.isSubtype(refType!)) raise(PyExc.TypeError, `ReferenceType.__new__(${t.name}): ${t.name} is not a subtype of ReferenceType`);
    return refType!.slots.new!(t, args.slice(1), kw);
  }, null, 'ReferenceType');
  makeImmortal(newFn);
  refType.tdict.setStr('__new__', newFn);
  defMethods(refType, {
    __init__: () => { None.ob_refcnt++; return None; },
    __call__: (self, args, kw) => refType!.slots.call!(self, args, kw),
    __repr__: (self) => refType!.slots.repr!(self),
    __hash__: (self) => newInt(refType!.slots.hash!(self)),
    __eq__: (self, args) => refType!.slots.richcompare!(self, args[0]!, 2),
    __ne__: (self, args) => refType!.slots.richcompare!(self, args[0]!, 3),
  });
  defMethod(refType, '__class_getitem__', (cls, args) => genericAlias(cls, args[0]!), 'class');
  defGetSet(refType, '__callback__', (o) => { const c = (o as PyWeakref).callback ?? None; c.ob_refcnt++; return c; });
  typeType.hasWeakref = true;
  setWeakrefHook(clearWeakrefs);
}

export function makeWeakrefModule(vm: VM): PyModule {
  void vm;
  initTypes();
  const m = newModule('_weakref', newStr('Weak-reference support module.'));
  const d = m.dict as PyDict;
  const F: Record<string, NativeFn> = {
    getweakrefcount: (_s, args) => {
      nargs('getweakrefcount', args, 1, 1, true);
      return newInt(lists.get(args[0]!)?.length ?? 0);
    },
    getweakrefs: (_s, args) => {
      nargs('getweakrefs', args, 1, 1, true);
      const l = lists.get(args[0]!) ?? [];
      for (const r of l) r.ob_refcnt++;
      return listSteal(l.slice());
    },
    proxy: (_s, args) => {
      nargs('proxy', args, 1, 2);
      const ob = args[0]!;
      if (!supportsWeakrefs(ob.type)) raise(PyExc.TypeError, `cannot create weak reference to '${ob.type.name}' object`);
      const callable = lookup(ob.type, '__call__') !== null || ob.type.slots.call !== undefined;
      const t = callable ? callableProxyType! : proxyType!;
      const cb = args[1] && args[1] !== None ? args[1] : null;
      const l = lists.get(ob);
      if (l && cb === null) {
        const have = l.find((r) => r.type === t && r.callback === null);
        if (have) { have.ob_refcnt++; return have; }
      }
      const r = new PyWeakref(t);
      r.target = ob;
      if (cb) { cb.ob_refcnt++; r.callback = cb; }
      if (l) l.push(r); else { lists.set(ob, [r]); ob.flags |= F_WEAKREFS; }
      gcTrack(r);
      return r;
    },
    _remove_dead_weakref: (_s, args) => {
      nargs('_remove_dead_weakref', args, 2, 2, true);
      const dct = args[0]!, key = args[1]!;
      if (!(dct instanceof PyDict)) raise(PyExc.TypeError, `_remove_dead_weakref() argument 1 must be dict, not ${dct.type.name}`);
      let cur: PyObject | null = null;
      try { cur = A.getItem(dct, key); } catch (e) {
        if (!A.isExcOf(e, PyExc.KeyError!)) throw e;
        decref(e as PyObject);
      }
      if (cur) {
        const dead = cur instanceof PyWeakref && cur.target === null;
        decref(cur);
        if (dead) A.setItem(dct, key, null);
      }
      None.ob_refcnt++;
      return None;
    },
  };
  for (const name in F) { const fn = newBuiltin(name, F[name]!, m); d.setStr(name, fn); decref(fn); }
  d.setStr('ref', refType!);
  d.setStr('ReferenceType', refType!);
  d.setStr('ProxyType', proxyType!);
  d.setStr('CallableProxyType', callableProxyType!);
  return m;
}
