/**
 * `_abc`: the C accelerator of Lib/abc.py (Modules/_abc.c). With it importable, abc.ABCMeta takes
 * its native path instead of `_py_abc`.
 *
 * Invariants (as CPython):
 * - Every ABC holds an `_abc_impl` attribute, an `_abc._abc_data` object with three sets that are
 *   created lazily (NULL until the first insertion): registry, cache, negative cache. The sets hold
 *   weak references to classes; each reference's callback is a builtin bound to a weak reference to
 *   its set, which removes the dead reference from the set if the set is still alive. So ABCs never
 *   keep a registered or cached class alive (sys.getrefcount of a class is unchanged by register).
 * - One module-wide invalidation counter (get_cache_token) grows with every register(); a negative
 *   cache whose version is older than the counter is emptied before use.
 * - `_abc_data` is a GC type of basic size 48 (header, three pointers, one unsigned long long);
 *   sys.getsizeof adds the 16-byte GC header.
 */
import { makeImmortal, type PyObject } from '../objects/object';
import type { VM } from '../runtime/vm';
import { PyModule, newModule } from '../objects/module';
import { PyDict, newDict } from '../objects/dict';
import { newStr } from '../objects/str';
import { PyInt, newInt, newIntBig, True, False } from '../objects/int';
import { None, NotImplemented } from '../objects/singletons';
import { PyTuple, tupleSteal } from '../objects/tuple';
import { PyList } from '../objects/list';
import { PySet, newSet, setAdd, setContains, setDiscard, setItems, frozensetSteal } from '../objects/set';
import { newBuiltin, type NativeFn } from '../objects/builtin_function';
import { makeStaticType, objectType, inheritSlots, PyType, typeType, lookup, TF_HAVE_GC, RefKindCode } from '../objects/type';
import { PyInstance } from '../objects/instance';
import { raise, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import { gcTrack } from '../runtime/gc';
import { nargs, noKw } from '../runtime/args';
import * as A from '../runtime/abstract';

const TF_SEQUENCE = 1 << 5;
const TF_MAPPING = 1 << 6;
const COLLECTION_FLAGS = TF_SEQUENCE | TF_MAPPING;
const TF_IMMUTABLETYPE = 1 << 8;

/** Per-ABC state; the sets are null until something is added. */
export class PyAbcData extends PyInstance {
  registry: PySet | null = null;
  cache: PySet | null = null;
  negCache: PySet | null = null;
  negVersion = 0n;
}

let abcDataType: PyType | null = null;
/** weakref.ref (the `_weakref` module's ReferenceType). */
let refType: PyObject | null = null;
/** abc_invalidation_counter: bumped by every successful register(). */
let invalidationCounter = 0n;

function none(): PyObject {
  None.ob_refcnt++;
  return None;
}

function bool(b: boolean): PyObject {
  const r = b ? True : False;
  r.ob_refcnt++;
  return r;
}

function newAbcData(t: PyType): PyAbcData {
  const d = new PyAbcData(t);
  if (t.isHeap()) t.ob_refcnt++;
  d.negVersion = invalidationCounter;
  gcTrack(d);
  return d;
}

function clearData(o: PyObject): void {
  const d = o as PyAbcData;
  const r = d.registry, c = d.cache, n = d.negCache;
  d.registry = d.cache = d.negCache = null;
  if (r) decref(r);
  if (c) decref(c);
  if (n) decref(n);
}

function initAbcDataType(): PyType {
  if (abcDataType) return abcDataType;
  const t = makeStaticType('_abc_data', objectType, {
    new: (tp) => newAbcData(tp),
    traverse: (o, visit) => {
      const d = o as PyAbcData;
      // CPython's `_abc_data` is a heap type its instances visit (gc.get_referents shows it).
      visit(o.type, RefKindCode.Type, '__class__');
      if (d.registry) visit(d.registry, RefKindCode.Attr, '_abc_registry');
      if (d.cache) visit(d.cache, RefKindCode.Attr, '_abc_cache');
      if (d.negCache) visit(d.negCache, RefKindCode.Attr, '_abc_negative_cache');
    },
    clear: clearData,
    dealloc: clearData,
    sizeof: () => 48,
  }, { module: '_abc', basicsize: 48, flags: TF_HAVE_GC, noSubclass: true });
  t.tdict = makeImmortal(newDict());
  inheritSlots(t);
  const doc = newStr('Internal state held by ABC machinery.');
  t.tdict.setStr('__doc__', doc);
  decref(doc);
  abcDataType = t;
  return t;
}

/** _get_impl: self._abc_impl, which must be an `_abc_data` (new reference). */
function getImpl(self: PyObject): PyAbcData {
  const impl = A.getAttr(self, '_abc_impl');
  if (impl.type !== abcDataType) {
    decref(impl);
    raise(PyExc.TypeError, '_abc_impl is set to a wrong type');
  }
  return impl as PyAbcData;
}

/** The `_destroy` callback: bound to a weak reference to the set; drops the dead reference. */
const destroy: NativeFn = (setRef, args) => {
  const s = A.call(setRef!, []);
  try {
    if (s instanceof PySet) setDiscard(s, args[0]!);
  } finally { decref(s); }
  return none();
};

/** _in_weak_set: whether a weak reference to obj is in s (objects without weakrefs: false). */
function inWeakSet(s: PySet | null, obj: PyObject): boolean {
  if (s === null || s.used === 0) return false;
  let ref: PyObject;
  try {
    ref = A.call(refType!, [obj]);
  } catch (e) {
    if (A.isExcOf(e, PyExc.TypeError!)) { decref(e as PyObject); return false; }
    throw e;
  }
  try { return setContains(s, ref); } finally { decref(ref); }
}

type SetField = 'registry' | 'cache' | 'negCache';

/** _add_to_weak_set: adds weakref(obj, destroy-bound-to-weakref(set)) to the (lazily made) set. */
function addToWeakSet(d: PyAbcData, field: SetField, obj: PyObject): void {
  let s = d[field];
  if (s === null) { s = newSet(); d[field] = s; }
  const wr = A.call(refType!, [s]);
  const cb = newBuiltin('_destroy', destroy, wr);
  decref(wr);
  let ref: PyObject;
  try { ref = A.call(refType!, [obj, cb]); } finally { decref(cb); }
  try { setAdd(s, ref); } finally { decref(ref); }
}

function clearSet(s: PySet | null): void {
  if (s === null || s.used === 0) return;
  decref(A.callMethod(s, 'clear', []));
}

/** PyObject_IsSubclass(derived, cls). */
function isSubclass(derived: PyObject, cls: PyObject): boolean {
  if (cls.type === typeType) {
    if (derived === cls) return true;
    if (!(derived instanceof PyType)) raise(PyExc.TypeError, 'issubclass() arg 1 must be a class');
    return derived.isSubtype(cls as PyType);
  }
  if (cls instanceof PyTuple) {
    for (const c of cls.items) if (isSubclass(derived, c)) return true;
    return false;
  }
  const sc = lookup(cls.type, '__subclasscheck__');
  if (sc) {
    const r = A.callDescr(sc, cls, [derived]);
    try { return A.isTrue(r); } finally { decref(r); }
  }
  if (!(derived instanceof PyType)) raise(PyExc.TypeError, 'issubclass() arg 1 must be a class');
  if (!(cls instanceof PyType)) raise(PyExc.TypeError, 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
  return derived.isSubtype(cls);
}

/** _PyObject_IsAbstract: getattr(obj, '__isabstractmethod__', False) is true. */
function isAbstract(o: PyObject): boolean {
  const v = A.getAttrOpt(o, '__isabstractmethod__');
  if (v === null) return false;
  try { return A.isTrue(v); } finally { decref(v); }
}

/** compute_abstract_methods: sets self.__abstractmethods__ to a frozenset of names. */
function computeAbstractMethods(self: PyObject): void {
  const names: PyObject[] = [];
  const seen = newSet();
  try {
    const add = (k: PyObject) => { if (setAdd(seen, k)) { k.ob_refcnt++; names.push(k); } };
    // Direct abstract methods (a snapshot of items: __isabstractmethod__ may mutate the namespace).
    // A type's namespace is read directly: the VM's `__dict__` lookup on instances of a type
    // subclass (a metaclass) finds the metaclass's instance-dict descriptor, not type.__dict__.
    const ns = self instanceof PyType ? (self.tdict.ob_refcnt++, self.tdict) : A.getAttr(self, '__dict__');
    let items: PyObject;
    try { items = A.callMethod(ns, 'items', []); } finally { decref(ns); }
    let list: PyObject[];
    try { list = A.toArray(items); } finally { decref(items); }
    try {
      for (const it of list) {
        if (!(it instanceof PyTuple) || it.items.length !== 2) raise(PyExc.TypeError, 'items() returned item which is not a 2-tuple');
        if (isAbstract(it.items[1]!)) add(it.items[0]!);
      }
    } finally { for (const x of list) decref(x); }
    // Inherited: names abstract in a base that are still abstract here.
    const bases = A.getAttr(self, '__bases__');
    try {
      if (!(bases instanceof PyTuple)) raise(PyExc.TypeError, '__bases__ is not tuple');
      for (const b of bases.items) {
        const babs = A.getAttrOpt(b, '__abstractmethods__');
        if (babs === null) continue;
        let keys: PyObject[];
        try { keys = A.toArray(babs); } finally { decref(babs); }
        try {
          for (const k of keys) {
            const v = A.getAttrOpt(self, A.strJS(k));
            if (v === null) continue;
            let abs: boolean;
            try { abs = isAbstract(v); } finally { decref(v); }
            if (abs) add(k);
          }
        } finally { for (const k of keys) decref(k); }
      }
    } finally { decref(bases); }
  } catch (e) {
    for (const k of names) decref(k);
    throw e;
  } finally { decref(seen); }
  const fs = frozensetSteal(names);
  try { A.setAttr(self, '__abstractmethods__', fs); } finally { decref(fs); }
}

/** _PyType_SetFlagsRecursive: sets `flags` on t and its subclasses unless already marked. */
function setFlagsRecursive(t: PyType, flags: number): void {
  if ((t.tpFlags & TF_IMMUTABLETYPE) || (t.tpFlags & COLLECTION_FLAGS)) return;
  if (!t.isHeap()) return;
  t.tpFlags |= flags;
  for (const s of t.subclasses) setFlagsRecursive(s, flags);
}

function abcInit(self: PyObject): PyObject {
  computeAbstractMethods(self);
  const data = newAbcData(abcDataType!);
  try { A.setAttr(self, '_abc_impl', data); } finally { decref(data); }
  if (self instanceof PyType) {
    const flags = self.tdict.getStr('__abc_tpflags__');
    if (flags) {
      if (flags instanceof PyInt) {
        const v = flags.v;
        if (typeof v === 'bigint' ? v < 0n : v < 0) raise(PyExc.OverflowError, "can't convert negative value to unsigned int");
        const low = Number(BigInt(v) & BigInt(COLLECTION_FLAGS));
        if ((low & COLLECTION_FLAGS) === COLLECTION_FLAGS) raise(PyExc.TypeError, '__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING');
        self.tpFlags |= low;
      }
      self.tdict.delStr('__abc_tpflags__');
    }
  }
  return none();
}

function abcRegister(self: PyObject, subclass: PyObject): PyObject {
  if (!(subclass instanceof PyType)) raise(PyExc.TypeError, 'Can only register classes');
  if (isSubclass(subclass, self)) { subclass.ob_refcnt++; return subclass; }
  // Cycles are tested after "already a subclass", so X.register(X) is a no-op.
  if (isSubclass(self, subclass)) raise(PyExc.RuntimeError, 'Refusing to create an inheritance cycle');
  const impl = getImpl(self);
  try { addToWeakSet(impl, 'registry', subclass); } finally { decref(impl); }
  invalidationCounter++;
  if (self instanceof PyType) {
    const f = self.tpFlags & COLLECTION_FLAGS;
    if (f) setFlagsRecursive(subclass, f);
  }
  subclass.ob_refcnt++;
  return subclass;
}

function callSubclassCheck(self: PyObject, c: PyObject): PyObject {
  return A.callMethod(self, '__subclasscheck__', [c]);
}

function abcInstancecheck(self: PyObject, instance: PyObject): PyObject {
  const impl = getImpl(self);
  try {
    const subclass = A.getAttr(instance, '__class__');
    try {
      if (inWeakSet(impl.cache, subclass)) return bool(true);
      const subtype = instance.type;
      if (subtype === subclass) {
        if (impl.negVersion === invalidationCounter && inWeakSet(impl.negCache, subclass)) return bool(false);
        return callSubclassCheck(self, subclass);
      }
      const r = callSubclassCheck(self, subclass);
      let t: boolean;
      try { t = A.isTrue(r); } catch (e) { decref(r); throw e; }
      if (t) return r;
      decref(r);
      return callSubclassCheck(self, subtype);
    } finally { decref(subclass); }
  } finally { decref(impl); }
}

/** subclasscheck_check_registry: true when subclass is (a subclass of) a registered class. */
function checkRegistry(impl: PyAbcData, subclass: PyObject): boolean {
  if (inWeakSet(impl.registry, subclass)) return true;
  const reg = impl.registry;
  if (reg === null || reg.used === 0) return false;
  // A snapshot: weakref callbacks may remove entries while we iterate.
  const copy = setItems(reg);
  for (const r of copy) r.ob_refcnt++;
  try {
    for (const r of copy) {
      const target = A.call(r, []);
      try {
        if (target === None) continue;
        if (isSubclass(subclass, target)) { addToWeakSet(impl, 'cache', subclass); return true; }
      } finally { decref(target); }
    }
  } finally { for (const r of copy) decref(r); }
  return false;
}

function abcSubclasscheck(self: PyObject, subclass: PyObject): PyObject {
  if (!(subclass instanceof PyType)) raise(PyExc.TypeError, 'issubclass() arg 1 must be a class');
  const impl = getImpl(self);
  try {
    if (inWeakSet(impl.cache, subclass)) return bool(true);
    if (impl.negVersion < invalidationCounter) {
      clearSet(impl.negCache);
      impl.negVersion = invalidationCounter;
    } else if (inWeakSet(impl.negCache, subclass)) return bool(false);

    const ok = A.callMethod(self, '__subclasshook__', [subclass]);
    try {
      if (ok === True) { addToWeakSet(impl, 'cache', subclass); return bool(true); }
      if (ok === False) { addToWeakSet(impl, 'negCache', subclass); return bool(false); }
      if (ok !== NotImplemented) raise(PyExc.AssertionError, '__subclasshook__ must return either False, True, or NotImplemented');
    } finally { decref(ok); }

    for (const m of subclass.mro) {
      if (m === self) { addToWeakSet(impl, 'cache', subclass); return bool(true); }
    }
    if (checkRegistry(impl, subclass)) return bool(true);

    const subs = A.callMethod(self, '__subclasses__', []);
    try {
      if (!(subs instanceof PyList)) raise(PyExc.TypeError, '__subclasses__() must return a list');
      const items = subs.items.slice();
      for (const s of items) s.ob_refcnt++;
      try {
        for (const s of items) {
          if (isSubclass(subclass, s)) { addToWeakSet(impl, 'cache', subclass); return bool(true); }
        }
      } finally { for (const s of items) decref(s); }
    } finally { decref(subs); }

    addToWeakSet(impl, 'negCache', subclass);
    return bool(false);
  } finally { decref(impl); }
}

function copySet(s: PySet | null): PySet {
  return newSet(undefined, s ? setItems(s) : []);
}

function one(name: string, args: PyObject[], kw: readonly string[] | null): PyObject {
  noKw(name, kw);
  nargs(name, args, 1, 1, true);
  return args[0]!;
}

export function makeAbcModule(vm: VM): PyModule {
  const t = initAbcDataType();
  if (refType === null) {
    const wr = vm.importer.importName('_weakref', null, None, 0);
    try { refType = makeImmortal(A.getAttr(wr, 'ref')); } finally { decref(wr); }
  }
  const m = newModule('_abc', newStr('Module contains faster C implementation of abc.ABCMeta'));
  const d = m.dict as PyDict;
  const F: Record<string, NativeFn> = {
    get_cache_token: (_s, args, kw) => {
      noKw('get_cache_token', kw);
      nargs('get_cache_token', args, 0, 0, true);
      return invalidationCounter <= BigInt(Number.MAX_SAFE_INTEGER) ? newInt(Number(invalidationCounter)) : newIntBig(invalidationCounter);
    },
    _abc_init: (_s, args, kw) => abcInit(one('_abc_init', args, kw)),
    _abc_register: (_s, args, kw) => {
      noKw('_abc_register', kw);
      nargs('_abc_register', args, 2, 2, true);
      return abcRegister(args[0]!, args[1]!);
    },
    _abc_instancecheck: (_s, args, kw) => {
      noKw('_abc_instancecheck', kw);
      nargs('_abc_instancecheck', args, 2, 2, true);
      return abcInstancecheck(args[0]!, args[1]!);
    },
    _abc_subclasscheck: (_s, args, kw) => {
      noKw('_abc_subclasscheck', kw);
      nargs('_abc_subclasscheck', args, 2, 2, true);
      return abcSubclasscheck(args[0]!, args[1]!);
    },
    _get_dump: (_s, args, kw) => {
      const impl = getImpl(one('_get_dump', args, kw));
      try {
        const v = impl.negVersion;
        return tupleSteal([copySet(impl.registry), copySet(impl.cache), copySet(impl.negCache),
          v <= BigInt(Number.MAX_SAFE_INTEGER) ? newInt(Number(v)) : newIntBig(v)]);
      } finally { decref(impl); }
    },
    _reset_registry: (_s, args, kw) => {
      const impl = getImpl(one('_reset_registry', args, kw));
      try { clearSet(impl.registry); } finally { decref(impl); }
      return none();
    },
    _reset_caches: (_s, args, kw) => {
      const impl = getImpl(one('_reset_caches', args, kw));
      try { clearSet(impl.cache); clearSet(impl.negCache); } finally { decref(impl); }
      return none();
    },
  };
  for (const name in F) { const fn = newBuiltin(name, F[name]!, m); d.setStr(name, fn); decref(fn); }
  void t;
  return m;
}
