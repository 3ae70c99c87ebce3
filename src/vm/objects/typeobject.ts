/**
 * Behaviour of `type` itself: attribute access on classes (type_getattro/type_setattro),
 * calling a class (type_call → __new__ then __init__), class creation (type_new) and the type
 * attributes (__name__, __mro__, __dict__, ...).
 */
import { PyObject, makeImmortal } from './object';
import {
  PyType, typeType, objectType, lookup, invalidateCache, computeMro, mroConflictHeads, TF_HEAPTYPE, TF_BASETYPE, TF_HAVE_GC,
  RefKindCode, TF_LONG_SUBCLASS, TF_LIST_SUBCLASS, TF_TUPLE_SUBCLASS, TF_BYTES_SUBCLASS, TF_UNICODE_SUBCLASS,
  TF_DICT_SUBCLASS, TF_BASE_EXC_SUBCLASS, TF_TYPE_SUBCLASS,
} from './type';
import { PyStr, newStr } from './str';
import { PyDict, newDict, dictItems, dictTraverse } from './dict';
import { PyTuple, tupleFrom } from './tuple';
import { None } from './singletons';
import { PyFunction } from './function';
import { PyCell } from './cell';
import { raise, PyExc } from '../runtime/errors';
import { decref, xdecref } from '../runtime/refcount';
import { gcTrack } from '../runtime/gc';
import { attrError, call, callDescr, strJS, toArray, reprJS } from '../runtime/abstract';
import { updateSlots, DUNDER_NAMES } from './slots';
import { defGetSet, newMemberDescr, staticmethodType, classmethodType, PyClassMethod } from './descriptors';
import { materializeDict } from './instance';
import { newList } from './list';
import { newInt } from './int';
import { vmHooks } from '../runtime/hooks';

export function typeGetAttr(o: PyObject, name: string, suppress: boolean): PyObject | null {
  const t = o as PyType;
  const meta = t.type;
  const metaAttr = lookup(meta, name);
  let metaGet: ((d: PyObject, obj: PyObject | null, type: PyObject) => PyObject) | undefined;
  if (metaAttr !== null) {
    metaGet = metaAttr.type.slots.descrGet;
    if (metaGet && metaAttr.type.slots.descrSet) return metaGet(metaAttr, t, meta);
  }
  const attr = lookup(t, name);
  if (attr !== null) {
    const g = attr.type.slots.descrGet;
    if (g) return g(attr, null, t);
    attr.ob_refcnt++;
    return attr;
  }
  if (metaGet) return metaGet(metaAttr!, t, meta);
  if (metaAttr !== null) { metaAttr.ob_refcnt++; return metaAttr; }
  if (suppress) return null;
  attrError(o, name);
}

function typeSetAttr(o: PyObject, name: string, v: PyObject | null): void {
  const t = o as PyType;
  if (!t.isHeap()) raise(PyExc.TypeError, `cannot set '${name}' attribute of immutable type '${t.name}'`);
  const metaAttr = lookup(t.type, name);
  if (metaAttr !== null && metaAttr.type.slots.descrSet) { metaAttr.type.slots.descrSet(metaAttr, t, v); return; }
  if (v === null) {
    if (!t.tdict.delStr(name)) raise(PyExc.AttributeError, `type object '${t.name}' has no attribute '${name}'`);
  } else t.tdict.setStr(name, v);
  invalidateCache(t);
  if (DUNDER_NAMES.has(name)) {
    const stack = [t];
    while (stack.length) { const x = stack.pop()!; updateSlots(x); stack.push(...x.subclasses); }
  }
}

function typeCall(o: PyObject, args: PyObject[], kw: readonly string[] | null): PyObject {
  const t = o as PyType;
  if (t === typeType && args.length === 1 && !kw) {
    const r = args[0]!.type;
    r.ob_refcnt++;
    return r;
  }
  const nf = t.slots.new;
  if (!nf) raise(PyExc.TypeError, `cannot create '${vmHooks.typeModule(t) === 'builtins' ? '' : vmHooks.typeModule(t) + '.'}${t.name}' instances`);
  const obj = nf(t, args, kw);
  if (!obj.type.isSubtype(t)) return obj;
  const init = obj.type.slots.init;
  if (init) {
    try { init(obj, args, kw); } catch (e) { decref(obj); throw e; }
  }
  return obj;
}

export function typeModule(t: PyType): string {
  if (!t.isHeap()) return t.moduleName;
  const m = t.tdict.getStr('__module__');
  return m instanceof PyStr ? m.s : 'builtins';
}

function typeRepr(o: PyObject): PyObject {
  const t = o as PyType;
  const m = typeModule(t);
  return newStr(m === 'builtins' ? `<class '${t.qualname}'>` : `<class '${m}.${t.qualname}'>`);
}

function mroTuple(t: PyType): PyTuple {
  if (!t.mroTuple) { t.mroTuple = tupleFrom(t.mro); if (!t.isHeap()) makeImmortal(t.mroTuple); }
  return t.mroTuple;
}

/** CPython 3.12's tp_basicsize and tp_itemsize of builtin types (what __basicsize__ and
 * __itemsize__ report and what decides layout conflicts); this VM's own PyType.basicsize serves
 * its memory model and is not always the same figure. Exceptions' sizes are exact in the VM. */
const CPY_LAYOUT: Record<string, [number, number]> = {
  'type': [920, 40], 'object': [16, 0], 'bool': [24, 4], 'int': [24, 4], 'float': [24, 0],
  'complex': [32, 0], 'str': [64, 0], 'bytes': [33, 1], 'bytearray': [56, 0], 'list': [40, 0],
  'tuple': [24, 8], 'dict': [48, 0], 'set': [200, 0], 'frozenset': [200, 0], 'range': [48, 0],
  'slice': [40, 0], 'memoryview': [144, 8], 'enumerate': [56, 0], 'filter': [32, 0],
  'map': [32, 0], 'zip': [48, 0], 'reversed': [32, 0], 'property': [64, 0], 'classmethod': [32, 0],
  'staticmethod': [32, 0], 'super': [40, 0], 'function': [144, 0], 'method': [48, 0],
  'builtin_function_or_method': [56, 0], 'generator': [144, 8], 'coroutine': [144, 8],
  'async_generator': [144, 8], 'code': [192, 2], 'frame': [120, 8], 'cell': [24, 0],
  'module': [56, 0], 'traceback': [40, 0], 'mappingproxy': [24, 0], 'NoneType': [16, 0],
  'NotImplementedType': [16, 0], 'ellipsis': [16, 0], 'dict_keys': [24, 0], 'dict_values': [24, 0],
  'dict_items': [24, 0], 'list_iterator': [32, 0], 'tuple_iterator': [32, 0],
  'str_ascii_iterator': [32, 0], 'range_iterator': [40, 0], 'set_iterator': [48, 0],
  'dict_keyiterator': [56, 0], 'method-wrapper': [32, 0], 'wrapper_descriptor': [56, 0],
  'method_descriptor': [56, 0], 'getset_descriptor': [48, 0], 'member_descriptor': [48, 0]
};

function layoutOf(t: PyType): [number, number] {
  if (t.isHeap() && t.base) {
    // A class statement adds 8 bytes per __slots__ member (__dict__/__weakref__ are managed).
    const b = layoutOf(t.base);
    return [b[0] + 8 * (t.nslots - t.base.nslots), b[1]];
  }
  return (t.moduleName === 'builtins' && CPY_LAYOUT[t.name]) || [t.basicsize, t.itemsize];
}

/** The nearest class along t's bases whose instances have another layout than its base's
 * (type_new's solid_base): a class that adds __slots__ members, or a builtin that extends its
 * base's struct. */
function layoutBase(t: PyType): PyType {
  if (t.isHeap()) return t.base && t.nslots === t.base.nslots ? layoutBase(t.base) : t;
  let x = t;
  for (;;) {
    if (!x.base) return x;
    const a = layoutOf(x), b = layoutOf(x.base);
    if (a[0] !== b[0] || a[1] !== b[1]) return x;
    x = x.base;
  }
}

/** best_base's check: the bases' layouts must form a chain. */
function checkLayouts(bases: PyType[]): void {
  let winner: PyType | null = null;
  for (const b of bases) {
    const cand = layoutBase(b);
    if (winner === null || cand.isSubtype(winner)) winner = cand;
    else if (!winner.isSubtype(cand)) raise(PyExc.TypeError, 'multiple bases have instance lay-out conflict');
  }
}

/** type(name, bases, dict) — creates a heap type. */
export function typeNew(meta: PyType, args: PyObject[], kw: readonly string[] | null): PyObject {
  const npos = args.length - (kw ? kw.length : 0);
  if (npos === 1 && !kw && meta === typeType) { const r = args[0]!.type; r.ob_refcnt++; return r; }
  if (npos !== 3) raise(PyExc.TypeError, 'type() takes 1 or 3 arguments');
  const [nameO, basesO, nsO] = args as [PyObject, PyObject, PyObject];
  if (!(nameO instanceof PyStr)) raise(PyExc.TypeError, `type.__new__() argument 1 must be str, not ${nameO.type.name}`);
  if (!(basesO instanceof PyTuple)) raise(PyExc.TypeError, `type.__new__() argument 2 must be tuple, not ${basesO.type.name}`);
  if (!(nsO instanceof PyDict)) raise(PyExc.TypeError, `type.__new__() argument 3 must be dict, not ${nsO.type.name}`);
  let bases = basesO.items as PyType[];
  for (const b of bases) {
    if (!(b instanceof PyType)) raise(PyExc.TypeError, 'bases must be types');
    if (!(b.tpFlags & TF_BASETYPE)) raise(PyExc.TypeError, `type '${b.name}' is not an acceptable base type`);
  }
  for (let i = 0; i < bases.length; i++) {
    if (bases.indexOf(bases[i]!) < i) raise(PyExc.TypeError, `duplicate base class ${bases[i]!.name}`);
  }
  if (bases.length === 0) bases = [objectType];
  // Metaclass: the most derived of meta and the bases' metatypes.
  let winner = meta;
  for (const b of bases) {
    const bm = b.type;
    if (winner.isSubtype(bm)) continue;
    if (bm.isSubtype(winner)) { winner = bm; continue; }
    raise(PyExc.TypeError, 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  if (winner !== meta && winner.slots.new !== typeNew) return winner.slots.new!(winner, args, kw);
  checkLayouts(bases);
  const base = bases.find((b) => b.solid !== objectType) ?? bases[0]!;
  const t = new PyType(winner, nameO.s, base, { basicsize: base.basicsize });
  winner.ob_refcnt++;
  t.tpFlags = TF_HEAPTYPE | TF_BASETYPE | TF_HAVE_GC | (base.tpFlags & (TF_LONG_SUBCLASS | TF_LIST_SUBCLASS | TF_TUPLE_SUBCLASS | TF_BYTES_SUBCLASS | TF_UNICODE_SUBCLASS | TF_DICT_SUBCLASS | TF_BASE_EXC_SUBCLASS | TF_TYPE_SUBCLASS));
  t.bases = bases.slice();
  for (const b of bases) b.ob_refcnt++;
  const mro = computeMro(t, bases);
  if (!mro) {
    for (const b of bases) decref(b);
    raise(PyExc.TypeError, `Cannot create a consistent method resolution\norder (MRO) for bases ${mroConflictHeads.map((b) => b.name).join(', ')}`);
  }
  t.mro = mro;
  t.solid = base.solid;
  t.basesTuple = tupleFrom(bases);
  const d = newDict();
  for (const [k, v] of dictItems(nsO)) d.set(k, v);
  t.tdict = d;
  t.mroTuple = tupleFrom(t.mro);
  // __module__ from the creating frame's globals.
  if (!d.getStr('__module__')) {
    const g = vmHooks.currentGlobals();
    const n = g?.getStr('__name__');
    if (n) d.setStr('__module__', n);
  }
  const qn = d.getStr('__qualname__');
  if (qn) {
    if (!(qn instanceof PyStr)) raise(PyExc.TypeError, `type __qualname__ must be a str, not ${qn.type.name}`);
    t.qualname = qn.s;
    d.delStr('__qualname__');
  }
  // __slots__
  const slotsO = d.getStr('__slots__');
  let addDict = !base.hasDict;
  t.nslots = base.nslots;
  if (slotsO) {
    const names = slotsO instanceof PyStr ? [slotsO.s] : toArray(slotsO).map((x) => {
      try {
        if (!(x instanceof PyStr)) raise(PyExc.TypeError, `__slots__ items must be strings, not '${x.type.name}'`);
        return x.s;
      } finally { decref(x); }
    });
    addDict = false;
    // type_new_visit_slots / type_new_copy_slots: identifiers only, private names mangled, and a
    // slot may not shadow a class attribute.
    const mangled = names.map((n) => {
      if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(n)) raise(PyExc.TypeError, '__slots__ must be identifiers');
      if (n.startsWith('__') && !n.endsWith('__')) return `_${nameO.s.replace(/^_+/, '')}${n}`;
      return n;
    });
    for (const n of mangled) {
      if (n === '__dict__' || n === '__weakref__') continue;
      if (d.getStr(n) !== null) raise(PyExc.ValueError, `'${n}' in __slots__ conflicts with class variable`);
    }
    for (const n of mangled) {
      if (n === '__dict__') { addDict = !base.hasDict; continue; }
      if (n === '__weakref__') { t.hasWeakref = true; continue; }
      const md = newMemberDescr(t, n, t.nslots++);
      t.slotNames.push(n);
      d.setStr(n, md);
      decref(md);
    }
    t.basicsize = base.basicsize + 8 * (t.nslots - base.nslots);
  }
  t.hasDict = base.hasDict || addDict || bases.some((b) => b.hasDict);
  // Weak-reference support is inherited; a class without __slots__ adds it when no base has it
  // and its base's instances are fixed-size (type_new's may_add_weak).
  if ((!slotsO && base.mro.every((b) => b.itemsize === 0)) || bases.some((b) => b.hasWeakref)) t.hasWeakref = true;
  // A metaclass (solid base `type`) keeps type's own __dict__ (the class namespace) for its instances.
  if (addDict && !bases.some((b) => b.hasDict) && t.solid !== typeType) {
    defGetSet(t, '__dict__', (o) => { const dd = materializeDict(o); dd.ob_refcnt++; return dd; }, (o, v) => {
      if (!(v instanceof PyDict)) raise(PyExc.TypeError, `__dict__ must be set to a dictionary, not a '${v ? v.type.name : 'NoneType'}'`);
      v.ob_refcnt++;
      const old = o.dict;
      o.dict = v;
      xdecref(old);
    });
  }
  if (t.hasWeakref && !bases.some((b) => b.hasWeakref)) {
    defGetSet(t, '__weakref__', () => { None.ob_refcnt++; return None; });
  }
  // Implicit staticmethod / classmethod wrappers.
  const wrap = (name: string, wt: PyType) => {
    const f = d.getStr(name);
    if (f instanceof PyFunction) {
      f.ob_refcnt++;
      const w = new PyClassMethod(wt, f);
      gcTrack(w);
      d.setStr(name, w);
      decref(w);
    }
  };
  wrap('__new__', staticmethodType);
  wrap('__init_subclass__', classmethodType);
  wrap('__class_getitem__', classmethodType);
  if (d.getStr('__eq__') && !d.getStr('__hash__')) d.setStr('__hash__', None);
  if (!d.getStr('__doc__')) d.setStr('__doc__', None);
  const cell = d.getStr('__classcell__');
  if (cell) {
    if (cell instanceof PyCell) { t.ob_refcnt++; const old = cell.ref; cell.ref = t; xdecref(old); }
    d.delStr('__classcell__');
  }
  for (const b of bases) b.subclasses.push(t);
  updateSlots(t);
  gcTrack(t);
  // __set_name__ and __init_subclass__.
  for (const [k, v] of dictItems(d)) {
    const sn = lookup(v.type, '__set_name__');
    if (sn) decref(callDescr(sn, v, [t, k]));
  }
  const sup = vmHooks.superInitSubclass;
  sup(t, args.slice(npos), kw ?? []);
  return t;
}

export function typeDealloc(o: PyObject): void {
  const t = o as PyType;
  for (const b of t.bases) {
    const i = b.subclasses.indexOf(t);
    if (i >= 0) b.subclasses.splice(i, 1);
  }
  typeClear(o);
  const bases = t.bases;
  t.bases = [];
  for (const b of bases) decref(b);
}

function typeClear(o: PyObject): void {
  const t = o as PyType;
  const refs: (PyObject | null)[] = [t.mroTuple, t.basesTuple, t.tdict ?? null];
  t.mroTuple = null; t.basesTuple = null;
  invalidateCache(t);
  if (t.tdict) { const d = t.tdict; t.tdict = newDict(); t.tdict.ob_refcnt = 1; refs[2] = d; }
  for (const r of refs) xdecref(r);
}

function typeTraverse(o: PyObject, visit: (c: PyObject, k: RefKindCode, l: string | number) => void): void {
  const t = o as PyType;
  if (!t.isHeap()) return;
  visit(t.tdict, RefKindCode.Attr, '__dict__');
  if (t.mroTuple) visit(t.mroTuple, RefKindCode.Attr, '__mro__');
  if (t.basesTuple) visit(t.basesTuple, RefKindCode.Attr, '__bases__');
  for (const b of t.bases) visit(b, RefKindCode.Type, '__base__');
  void dictTraverse;
}

/** type.__sizeof__: sizeof(PyTypeObject) = 416 for a static type; a heap type is a
 * PyHeapTypeObject (920) plus, when its instances keep a managed __dict__, the shared keys table
 * CPython builds for the class (header 32 + 64 one-byte indices + 42 usable 16-byte entries). */
function typeSizeof(o: PyObject): number {
  const t = o as PyType;
  if (!t.isHeap()) return 416;
  const managed = t.hasDict && !t.solid.hasDict && t.solid !== typeType;
  return 920 + (managed ? 32 + 64 + 42 * 16 : 0);
}

export function initTypeObject(): void {
  typeType.ownSlots = {
    getattro: typeGetAttr,
    setattro: typeSetAttr,
    call: typeCall,
    repr: typeRepr,
    new: typeNew,
    init: () => {},
    traverse: typeTraverse,
    clear: typeClear,
    dealloc: typeDealloc,
    sizeof: typeSizeof,
    nb: [undefined, undefined, undefined, undefined, undefined, undefined, undefined, (a, b) => vmHooks.unionType(a, b)],
  };
}

/** type.__bases__ = (...): new bases with the same instance layout; the MROs and slots of the
 * type and of every subclass are recomputed (type_set_bases). */
function setBases(o: PyObject, v: PyObject | null): void {
  const t = o as PyType;
  if (!t.isHeap() || v === null) raise(PyExc.TypeError, `cannot ${v === null ? 'delete' : 'set'} '__bases__' attribute of immutable type '${t.name}'`);
  if (!(v instanceof PyTuple)) raise(PyExc.TypeError, `can only assign tuple to ${t.name}.__bases__, not ${v.type.name}`);
  if (v.items.length === 0) raise(PyExc.TypeError, `can only assign non-empty tuple to ${t.name}.__bases__, not ()`);
  for (const b of v.items) {
    if (!(b instanceof PyType)) raise(PyExc.TypeError, `${t.name}.__bases__ must be tuple of classes, not '${b.type.name}'`);
    if (b.isSubtype(t)) raise(PyExc.TypeError, 'a __bases__ item causes an inheritance cycle');
  }
  const bases = v.items as PyType[];
  const base = bases.find((b) => b.solid !== objectType) ?? bases[0]!;
  if (base.solid !== t.solid) {
    const old = t.base ?? objectType;
    raise(PyExc.TypeError, `__bases__ assignment: '${base.name}' deallocator differs from '${old.name}'`);
  }
  const oldBases = t.bases;
  const mro = computeMro(t, bases);
  if (!mro) raise(PyExc.TypeError, `Cannot create a consistent method resolution order (MRO) for bases ${bases.map((b) => b.name).join(', ')}`);
  for (const b of oldBases) { const i = b.subclasses.indexOf(t); if (i >= 0) b.subclasses.splice(i, 1); }
  for (const b of bases) { b.ob_refcnt++; b.subclasses.push(t); }
  t.bases = bases.slice();
  t.base = base;
  for (const b of oldBases) decref(b);
  // Recompute the MRO of t and of its subclasses (theirs embed t's).
  const stack: PyType[] = [t];
  while (stack.length) {
    const x = stack.pop()!;
    const m = x === t ? mro : computeMro(x, x.bases);
    if (m) {
      x.mro = m;
      const oldT = x.mroTuple;
      x.mroTuple = tupleFrom(m);
      xdecref(oldT);
    }
    for (const sc of x.subclasses) stack.push(sc);
  }
  const oldBT = t.basesTuple;
  t.basesTuple = null;
  xdecref(oldBT);
  invalidateCache(t);
  const upd: PyType[] = [t];
  while (upd.length) { const x = upd.pop()!; updateSlots(x); for (const sc of x.subclasses) upd.push(sc); }
}

export function initTypeGetSets(): void {
  defGetSet(typeType, '__name__', (o) => newStr((o as PyType).name), (o, v) => {
    if (!(v instanceof PyStr)) raise(PyExc.TypeError, `can only assign string to ${(o as PyType).name}.__name__, not '${v ? v.type.name : 'NoneType'}'`);
    (o as PyType).name = v.s;
  });
  defGetSet(typeType, '__qualname__', (o) => newStr((o as PyType).qualname), (o, v) => {
    if (!(v instanceof PyStr)) raise(PyExc.TypeError, 'can only assign string to __qualname__');
    (o as PyType).qualname = v.s;
  });
  defGetSet(typeType, '__module__', (o) => {
    const t = o as PyType;
    if (t.isHeap()) { const m = t.tdict.getStr('__module__'); if (m) { m.ob_refcnt++; return m; } }
    return newStr(t.moduleName);
  }, (o, v) => { (o as PyType).tdict.setStr('__module__', v ?? None); invalidateCache(o as PyType); });
  defGetSet(typeType, '__mro__', (o) => { const m = mroTuple(o as PyType); m.ob_refcnt++; return m; });
  defGetSet(typeType, '__bases__', (o) => {
    const t = o as PyType;
    if (!t.basesTuple) { t.basesTuple = tupleFrom(t.bases); if (!t.isHeap()) makeImmortal(t.basesTuple); }
    t.basesTuple.ob_refcnt++;
    return t.basesTuple;
  }, setBases);
  defGetSet(typeType, '__basicsize__', (o) => newInt(layoutOf(o as PyType)[0]));
  defGetSet(typeType, '__itemsize__', (o) => newInt(layoutOf(o as PyType)[1]));
  defGetSet(typeType, '__base__', (o) => { const b = (o as PyType).base ?? None; b.ob_refcnt++; return b; });
  defGetSet(typeType, '__dict__', (o) => vmHooks.mappingProxy((o as PyType).tdict));
  defGetSet(typeType, '__doc__', (o) => {
    const d = (o as PyType).tdict.getStr('__doc__');
    const r = d ?? None;
    if (r.type.slots.descrGet && r !== None) return r.type.slots.descrGet(r, null, o);
    r.ob_refcnt++;
    return r;
  }, (o, v) => {
    // type_set_doc: static types refuse; deleting is refused for every type.
    const t = o as PyType;
    if (!t.isHeap() || v === null) raise(PyExc.TypeError, `cannot ${v === null ? 'delete' : 'set'} '__doc__' attribute of immutable type '${t.name}'`);
    t.tdict.setStr('__doc__', v);
    invalidateCache(t);
  });
  defGetSet(typeType, '__abstractmethods__', (o) => {
    const d = (o as PyType).tdict.getStr('__abstractmethods__');
    if (!d) raise(PyExc.AttributeError, '__abstractmethods__');
    d.ob_refcnt++;
    return d;
  }, (o, v) => {
    const t = o as PyType;
    if (v === null) t.tdict.delStr('__abstractmethods__'); else t.tdict.setStr('__abstractmethods__', v);
    const abs = v !== null && vmHooks.truthy(v);
    if (abs) t.tpFlags |= 1 << 20; else t.tpFlags &= ~(1 << 20);
    invalidateCache(t);
  });
  vmHooks.typeModule = typeModule;
  vmHooks.typeQualname = (t) => t.qualname;
  void newList; void call; void reprJS;
}
