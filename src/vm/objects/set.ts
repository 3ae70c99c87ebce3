/**
 * set and frozenset with CPython's open-addressing table (Objects/setobject.c): same probe
 * sequence (9 linear probes, then perturbation), same resize rule, so iteration order and
 * sys.getsizeof match CPython for the same hashes.
 */
import { PyObject, nextSerial, memObserver } from './object';
import { makeStaticType, objectType, PyType, RefKindCode, TF_HAVE_GC, TF_DICT_SUBCLASS, type TypeSlots, type BinaryFn } from './type';
import { newStr, strType, type PyStr } from './str';
import { boolObj, newInt, intType, type PyInt } from './int';
import { NotImplemented, None } from './singletons';
import { raise, raiseWith, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import { gcTrack } from '../runtime/gc';
import { hashOf, richEq, toArray, reprJS, isExcOf, len, contains, getIter, iterNext, getAttrOpt } from '../runtime/abstract';
import { noKw, nargs } from '../runtime/args';
import { listSteal } from './list';
import { dictType } from './dict';
import { tupleSteal } from './tuple';
import { defMethods, setFast, type NativeFn, type MethodFn, type Fast0, type Fast1 } from './builtin_function';
import { vmHooks } from '../runtime/hooks';
import { PyIter, newIter } from './iterators';
import { internalHash, frozensetHashExact } from './pyhash';
import { hashExact } from './hash_exact';
import { nullArray, zeroArray } from '../util/arrays';

const DUMMY = {} as PyObject;

/**
 * The 8-slot table of every set that has held no key since it was made or cleared: shared and
 * never written (each writer calls ownTable first), so `set()` used as a throwaway default
 * (`d.setdefault(k, set())`) allocates no JS arrays. Invisible: CPython's small table is inline
 * in the object, sizes and probing see mask 7 either way.
 */
const EMPTY_KEYS: (PyObject | null)[] = nullArray<PyObject>(8);
const EMPTY_HASHES: number[] = zeroArray(8);
function ownTable(s: PySet): void {
  if (s.keys === EMPTY_KEYS) { s.keys = nullArray<PyObject>(8); s.hashes = zeroArray(8); }
}

export class PySet extends PyObject {
  declare keys: (PyObject | null)[];
  declare hashes: number[];
  declare mask: number;
  declare fill: number;
  declare used: number;
  declare h: number;
  /** Where the next pop() starts scanning (set_pop's finger). */
  declare finger: number;
  constructor(type: PyType) {
    // Header stored here (see PyObject's constructor).
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
    this.keys = EMPTY_KEYS;
    this.hashes = EMPTY_HASHES;
    this.mask = 7;
    this.fill = 0;
    this.used = 0;
    // Tagged from the first store (see PyStr's constructor).
    (this as { h: unknown }).h = null;
    this.h = -1;
    this.finger = 0;
  }
}

export let setType: PyType;
export let frozensetType: PyType;

const TWO32 = 4294967296;
const LINEAR_PROBES = 9;

/*
 * Probing, as setobject.c does it: start at hash & mask, look at up to LINEAR_PROBES following
 * slots while they fit before the end of the table, then `perturb >>= 5; i = (i*5 + 1 + perturb)
 * & mask` with perturb the hash read as an unsigned 64-bit number. Only perturb's low 32 bits
 * reach the index (mask < 2**32), but its high bits shift down into them, so perturb is kept as
 * two uint32 halves (pHi, pLo) of the sign-extended internal hash. The loops are written out in
 * each function (no generator, no shared state: richEq may run Python code that probes again).
 */
function perturbHi(h: number): number {
  return Math.floor(h / TWO32) >>> 0;
}

/**
 * hash(key) for a probe. Exact ints within 2**52 and strs whose hash is cached are answered here
 * (the same values their hash slots return); anything else goes through the type's slot.
 */
function keyHash(key: PyObject): number {
  const t = key.type;
  if (t === intType) {
    const v = (key as PyInt).v;
    if (typeof v === 'number' && v < 4503599627370496 && v > -4503599627370496) return v === -1 ? -2 : v;
  } else if (t === strType) {
    const h = (key as PyStr).h;
    if (h !== -1) return h;
  }
  return hashOf(key);
}

/** key == k for two keys of equal hash: exact ints and strs compare values without a call (no
 * Python code can run, so the table cannot change under the probe). */
function keysEqual(k: PyObject, key: PyObject): boolean {
  const t = k.type;
  if (t === key.type) {
    if (t === intType) {
      const a = (k as PyInt).v, b = (key as PyInt).v;
      if (typeof a === 'number' && typeof b === 'number') return a === b;
    } else if (t === strType) return (k as PyStr).s === (key as PyStr).s;
  }
  return richEq(k, key);
}

function findSlot(s: PySet, key: PyObject, h: number): number {
  const mask = s.mask, keys = s.keys, hashes = s.hashes;
  let i = h & mask, pLo = h >>> 0, pHi = perturbHi(h);
  for (;;) {
    const last = i + LINEAR_PROBES <= mask ? i + LINEAR_PROBES : i;
    for (let j = i; j <= last; j++) {
      const k = keys[j];
      if (k === null) return -1;
      if (k !== DUMMY && hashes[j] === h) {
        if (k === key) return j;
        const eq = keysEqual(k!, key);
        if (s.keys !== keys || keys[j] !== k) return findSlot(s, key, h);
        if (eq) return j;
      }
    }
    pLo = ((pLo >>> 5) | (pHi << 27)) >>> 0;
    pHi >>>= 5;
    i = (i * 5 + 1 + pLo) & mask;
  }
}

/** set_insert_clean: a table known to have room and no dummies; slot of the new entry. */
function cleanSlot(keys: (PyObject | null)[], mask: number, h: number): number {
  let i = h & mask, pLo = h >>> 0, pHi = perturbHi(h);
  for (;;) {
    const last = i + LINEAR_PROBES <= mask ? i + LINEAR_PROBES : i;
    for (let j = i; j <= last; j++) if (keys[j] === null) return j;
    pLo = ((pLo >>> 5) | (pHi << 27)) >>> 0;
    pHi >>>= 5;
    i = (i * 5 + 1 + pLo) & mask;
  }
}

function resize(s: PySet, minused: number): void {
  let size = 8;
  while (size <= minused) size <<= 1;
  const oldK = s.keys, oldH = s.hashes;
  const keys: (PyObject | null)[] = nullArray<PyObject>(size);
  const hashes: number[] = zeroArray(size);
  const mask = size - 1;
  for (let j = 0; j < oldK.length; j++) {
    const k = oldK[j]!;
    if (k === null || k === DUMMY) continue;
    const h = oldH[j]!;
    const i = cleanSlot(keys, mask, h);
    keys[i] = k;
    hashes[i] = h;
  }
  s.keys = keys;
  s.hashes = hashes;
  s.mask = mask;
  s.fill = s.used;
}

/** Adds key (borrowed); returns true if it was new. */
export function setAdd(s: PySet, key: PyObject): boolean {
  return addHashed(s, key, keyHash(key));
}

function addHashed(s: PySet, key: PyObject, h: number): boolean {
  const mask = s.mask, keys = s.keys, hashes = s.hashes;
  let free = -1;
  let i = h & mask, pLo = h >>> 0, pHi = perturbHi(h);
  for (;;) {
    const last = i + LINEAR_PROBES <= mask ? i + LINEAR_PROBES : i;
    for (let j = i; j <= last; j++) {
      const k = keys[j];
      if (k === null) {
        if (keys === EMPTY_KEYS) { ownTable(s); return addHashed(s, key, h); }
        key.ob_refcnt++;
        if (free >= 0) { keys[free] = key; hashes[free] = h; s.used++; return true; }
        keys[j] = key; hashes[j] = h; s.fill++; s.used++;
        if (s.fill * 5 >= mask * 3) resize(s, s.used > 50000 ? s.used * 2 : s.used * 4);
        return true;
      }
      if (k === DUMMY) { if (free < 0) free = j; continue; }
      if (hashes[j] === h) {
        if (k === key) return false;
        const eq = keysEqual(k!, key);
        // __eq__ ran Python code that changed the table: look again from the start (set_add_entry).
        if (s.keys !== keys || keys[j] !== k) return addHashed(s, key, h);
        if (eq) return false;
      }
    }
    pLo = ((pLo >>> 5) | (pHi << 27)) >>> 0;
    pHi >>>= 5;
    i = (i * 5 + 1 + pLo) & mask;
  }
}

/** Inserts into a table known to have room and no dummies (set_insert_clean). */
function insertClean(s: PySet, key: PyObject, h: number): void {
  const i = cleanSlot(s.keys, s.mask, h);
  s.keys[i] = key;
  s.hashes[i] = h;
}

/** set_update_internal: merges another set (table order, one presize) or any iterable. */
export function setUpdateFrom(s: PySet, o: PyObject): void {
  if (o instanceof PySet) {
    if ((s.fill + o.used) * 5 >= s.mask * 3) resize(s, (s.used + o.used) * 2);
    if (s.fill === 0) {
      if (o.used !== 0) ownTable(s);
      if (s.mask === o.mask && o.fill === o.used) {
        for (let i = 0; i <= o.mask; i++) { const k = o.keys[i]; if (k !== null && k !== DUMMY) { k!.ob_refcnt++; s.keys[i] = k!; s.hashes[i] = o.hashes[i]!; } }
      } else {
        for (let i = 0; i <= o.mask; i++) { const k = o.keys[i]; if (k !== null && k !== DUMMY) { k!.ob_refcnt++; insertClean(s, k!, o.hashes[i]!); } }
      }
      s.fill = o.used;
      s.used = o.used;
      return;
    }
    for (let i = 0; i <= o.mask; i++) { const k = o.keys[i]; if (k !== null && k !== DUMMY) setAdd(s, k!); }
    return;
  }
  if (o.type.name === 'dict') {
    const n = (o as unknown as { used: number }).used;
    if ((s.fill + n) * 5 >= s.mask * 3) resize(s, (s.used + n) * 2);
  }
  const items = toArray(o);
  try { for (const x of items) setAdd(s, x); } finally { for (const x of items) decref(x); }
}

export function setContains(s: PySet, key: PyObject): boolean {
  return findSlot(s, key, keyHash(key)) >= 0;
}

export function setDiscard(s: PySet, key: PyObject): boolean {
  const i = findSlot(s, key, hashOf(key));
  if (i < 0) return false;
  const k = s.keys[i]!;
  s.keys[i] = DUMMY;
  s.hashes[i] = -1;
  s.used--;
  decref(k);
  return true;
}

export function setItems(s: PySet): PyObject[] {
  const out: PyObject[] = [];
  for (const k of s.keys) if (k !== null && k !== DUMMY) out.push(k);
  return out;
}

/** set.clear(): the table is emptied first, then the old keys are released (their __del__ may run). */
function setClear(s: PySet): void {
  const keys = s.keys;
  s.keys = EMPTY_KEYS; s.hashes = EMPTY_HASHES; s.mask = 7; s.fill = 0; s.used = 0;
  releaseKeys(keys);
}

/** Drops the references of a table's live keys (the table is no longer the set's). */
function releaseKeys(keys: (PyObject | null)[]): void {
  for (let i = 0; i < keys.length; i++) { const k = keys[i]!; if (k !== null && k !== DUMMY) decref(k); }
}

const NO_KEYS: (PyObject | null)[] = [];
const NO_HASHES: number[] = [];

/** tp_dealloc: releases the keys of a dead set without building a new table. */
function setDealloc(s: PySet): void {
  const keys = s.keys;
  s.keys = NO_KEYS; s.hashes = NO_HASHES; s.mask = 0; s.fill = 0; s.used = 0;
  releaseKeys(keys);
}

export function newSet(type?: PyType, items?: PyObject[]): PySet {
  const s = new PySet(type ?? setType);
  if (type && type.isHeap()) type.ob_refcnt++;
  if (items !== undefined) for (let i = 0; i < items.length; i++) setAdd(s, items[i]!);
  gcTrack(s);
  return s;
}

/** frozenset from owned references (constants). */
export function frozensetSteal(items: PyObject[]): PySet {
  const s = newSet(frozensetType, items);
  for (const x of items) decref(x);
  return s;
}

/**
 * A compile-time frozenset constant from owned references in source order. CPython's compiler
 * builds it from the tuple of items, then its constant merging (merge_consts_recursive) builds
 * it again from the first set's iteration order; the second build's table is what a program
 * iterates (and what `SET_UPDATE` copies), so it is built the same way here
 * (bytecode/constrepr.ts frozensetOrder does the same for dis).
 */
export function frozensetConst(items: PyObject[]): PySet {
  const first = frozensetSteal(items);
  const again = setItems(first);
  for (const x of again) x.ob_refcnt++;
  decref(first);
  return frozensetSteal(again);
}

function fromIterable(t: PyType, o: PyObject | undefined): PySet {
  const s = newSet(t);
  if (o) {
    try { setUpdateFrom(s, o); } catch (e) { decref(s); throw e; }
  }
  return s;
}

export function isAnySet(o: PyObject): o is PySet {
  return o instanceof PySet;
}

/** make_new_set_basetype: results of set operations are exact set or frozenset. */
function baseType(t: PyType): PyType {
  return t === setType || t === frozensetType ? t : t.isSubtype(setType) ? setType : frozensetType;
}

/** set_copy: a new set of `a`'s base type holding `a`'s items (same table layout). */
function copyOf(a: PySet, t?: PyType): PySet {
  const r = newSet(t ?? baseType(a.type));
  setUpdateFrom(r, a);
  return r;
}

/** A set argument given as a `set` is looked up as a frozenset (set_contains/discard/remove). */
function withSetKey<T>(key: PyObject, f: (k: PyObject) => T): T {
  try {
    return f(key);
  } catch (e) {
    if (!(key instanceof PySet) || key.type.isSubtype(frozensetType) || !isExcOf(e, PyExc.TypeError!)) throw e;
    decref(e as PyObject);
    const tmp = copyOf(key, frozensetType);
    try { return f(tmp); } finally { decref(tmp); }
  }
}

function setRepr(o: PyObject): PyObject {
  const s = o as PySet;
  const name = o.type === setType ? '' : o.type.name;
  if (!s.used) return newStr(`${o.type.name}()`);
  if (!vmHooks.reprEnter(o)) return newStr(`${o.type.name}(...)`);
  try {
    const body = '{' + setItems(s).map(reprJS).join(', ') + '}';
    return newStr(name ? `${name}(${body})` : body);
  } finally { vmHooks.reprLeave(o); }
}

function binop(f: (a: PySet, b: PySet) => PyObject): BinaryFn {
  return (a, b) => {
    if (!isAnySet(a) || !isAnySet(b)) { NotImplemented.ob_refcnt++; return NotImplemented; }
    return f(a, b);
  };
}
/** In-place operators (set only): mutate `a`, return it. */
function ibinop(f: (a: PySet, b: PySet) => void): BinaryFn {
  return (a, b) => {
    if (!isAnySet(a) || !isAnySet(b)) { NotImplemented.ob_refcnt++; return NotImplemented; }
    f(a, b);
    a.ob_refcnt++;
    return a;
  };
}

/** Iterates any iterable with borrowed items (a set or dict without copying). */
function forEachItem(o: PyObject, f: (x: PyObject) => void): void {
  if (o instanceof PySet) { for (const x of setItems(o)) f(x); return; }
  const items = toArray(o);
  try { for (const x of items) f(x); } finally { for (const x of items) decref(x); }
}

const union = (a: PySet, b: PySet) => { const r = copyOf(a); if (a !== b) setUpdateFrom(r, b); return r; };

/** set_intersection: iterates the smaller set, or the iterable in its own order. */
function intersection(a: PySet, other: PyObject): PySet {
  if (a === other) return copyOf(a);
  const r = newSet(baseType(a.type));
  try {
    if (other instanceof PySet) {
      let big = a, small = other;
      if (small.used > big.used) { big = other; small = a; }
      for (const x of setItems(small)) if (setContains(big, x)) setAdd(r, x);
    } else {
      forEachItem(other, (x) => { if (setContains(a, x)) setAdd(r, x); });
    }
  } catch (e) { decref(r); throw e; }
  return r;
}

/** set_difference_update_internal. */
function differenceUpdate(a: PySet, other: PyObject): void {
  if (a === other) { setClear(a); return; }
  forEachItem(other, (x) => { setDiscard(a, x); });
}

/** set_difference: copy-and-discard when `other` is much smaller, else fresh inserts. */
function difference(a: PySet, other: PyObject): PySet {
  const isDict = other.type === dictTypeExact();
  if (!(other instanceof PySet) && !isDict) {
    const r = copyOf(a);
    try { differenceUpdate(r, other); } catch (e) { decref(r); throw e; }
    return r;
  }
  const olen = other instanceof PySet ? other.used : len(other);
  if ((a.used >> 2) > olen) {
    const r = copyOf(a);
    try { differenceUpdate(r, other); } catch (e) { decref(r); throw e; }
    return r;
  }
  const r = newSet(baseType(a.type));
  try {
    for (const x of setItems(a)) {
      const inOther = other instanceof PySet ? setContains(other, x) : contains(other, x);
      if (!inOther) setAdd(r, x);
    }
  } catch (e) { decref(r); throw e; }
  return r;
}

/** set_symmetric_difference_update: items of `other` toggle membership, in other's order. */
function symmetricDifferenceUpdate(a: PySet, other: PyObject): void {
  if (a === other) { setClear(a); return; }
  let o: PySet;
  if (other instanceof PySet) { o = other; o.ob_refcnt++; } else if (other.type === dictTypeExact()) {
    forEachItem(other, (x) => { if (!setDiscard(a, x)) setAdd(a, x); });
    return;
  } else o = fromIterable(baseType(a.type), other);
  try {
    for (const x of setItems(o)) if (!setDiscard(a, x)) setAdd(a, x);
  } finally { decref(o); }
}

function symmetricDifference(a: PySet, other: PyObject): PySet {
  const r = fromIterable(baseType(a.type), other);
  try { symmetricDifferenceUpdate(r, a); } catch (e) { decref(r); throw e; }
  return r;
}

/** set_intersection_update: the table is replaced by the intersection's. */
function intersectionUpdate(a: PySet, others: PyObject[]): void {
  let r: PySet = copyOf(a);
  for (const o of others) {
    const n = intersection(r, o);
    decref(r);
    r = n;
  }
  const old = { keys: a.keys, hashes: a.hashes, mask: a.mask, fill: a.fill, used: a.used };
  a.keys = r.keys; a.hashes = r.hashes; a.mask = r.mask; a.fill = r.fill; a.used = r.used;
  r.keys = old.keys; r.hashes = old.hashes; r.mask = old.mask; r.fill = old.fill; r.used = old.used;
  decref(r);
}

function subset(a: PySet, b: PySet): boolean {
  if (a.used > b.used) return false;
  return setItems(a).every((x) => setContains(b, x));
}

function setCompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!isAnySet(b)) { NotImplemented.ob_refcnt++; return NotImplemented; }
  const x = a as PySet;
  switch (op) {
    case 2: return boolObj(x.used === b.used && subset(x, b));
    case 3: return boolObj(!(x.used === b.used && subset(x, b)));
    case 1: return boolObj(subset(x, b));
    case 5: return boolObj(subset(b, x));
    case 0: return boolObj(x.used < b.used && subset(x, b));
    default: return boolObj(b.used < x.used && subset(b, x));
  }
}

const S = (o: PyObject) => o as PySet;
const dictTypeExact = (): PyType => dictType;
const none = (): PyObject => { None.ob_refcnt++; return None; };
/** METH_O / METH_NOARGS / METH_VARARGS argument checks with CPython's wording. */
/**
 * The METH_O / METH_NOARGS cores behind the array entries mO/mNo make: installed as the
 * descriptors' fixed-arity entries (builtin_function.ts Fast0), which need no argument checks.
 */
const fastCore = new Map<MethodFn, { f0: Fast0 | null; f1: Fast1 | null }>();
function mO(name: string, f: (self: PySet, x: PyObject) => PyObject): MethodFn {
  const m: MethodFn = (self, args, kw) => { noKw(name, kw); nargs(name, args, 1, 1, true); return f(S(self), args[0]!); };
  fastCore.set(m, { f0: null, f1: f as Fast1 });
  return m;
}
function mNo(name: string, f: (self: PySet) => PyObject): MethodFn {
  const m: MethodFn = (self, args, kw) => { noKw(name, kw); nargs(name, args, 0, 0, true); return f(S(self)); };
  fastCore.set(m, { f0: f as Fast0, f1: null });
  return m;
}
function defSetMethods(t: PyType, ms: Record<string, MethodFn>): void {
  defMethods(t, ms);
  for (const k in ms) {
    const c = fastCore.get(ms[k]!);
    if (c !== undefined) setFast(t.tdict.getStr(k), c.f0, c.f1, null);
  }
}
function mVar(name: string, f: (self: PySet, args: PyObject[]) => PyObject): MethodFn {
  return (self, args, kw) => { noKw(name, kw); return f(S(self), args); };
}

const methods: Record<string, MethodFn> = {
  add: mO('set.add', (s, x) => { setAdd(s, x); return none(); }),
  discard: mO('set.discard', (s, x) => { withSetKey(x, (k) => setDiscard(s, k)); return none(); }),
  remove: mO('set.remove', (s, x) => { if (!withSetKey(x, (k) => setDiscard(s, k))) raiseWith(PyExc.KeyError!, x); return none(); }),
  pop: mNo('set.pop', (s) => {
    // set_pop scans from the finger left by the previous pop.
    let i = s.finger & s.mask;
    if (s.used === 0) raise(PyExc.KeyError, 'pop from an empty set');
    for (;;) {
      const k = s.keys[i];
      if (k !== null && k !== DUMMY) { s.keys[i] = DUMMY; s.hashes[i] = -1; s.used--; s.finger = i + 1; return k!; }
      i = (i + 1) & s.mask;
    }
  }),
  clear: mNo('set.clear', (s) => { setClear(s); return none(); }),
  copy: mNo('set.copy', (s) => copyOf(s)),
  update: mVar('set.update', (s, args) => { for (const a of args) setUpdateFrom(s, a); return none(); }),
  union: mVar('set.union', (s, args) => {
    const r = copyOf(s);
    try { for (const a of args) if (a !== s) setUpdateFrom(r, a); } catch (e) { decref(r); throw e; }
    return r;
  }),
  intersection: mVar('set.intersection', (s, args) => {
    if (!args.length) return copyOf(s);
    let r: PySet = s; r.ob_refcnt++;
    for (const o of args) {
      try { const n = intersection(r, o); decref(r); r = n; } catch (e) { decref(r); throw e; }
    }
    return r;
  }),
  intersection_update: mVar('set.intersection_update', (s, args) => { intersectionUpdate(s, args); return none(); }),
  difference: mVar('set.difference', (s, args) => {
    if (!args.length) return copyOf(s);
    const r = difference(s, args[0]!);
    try { for (let i = 1; i < args.length; i++) differenceUpdate(r, args[i]!); } catch (e) { decref(r); throw e; }
    return r;
  }),
  difference_update: mVar('set.difference_update', (s, args) => { for (const o of args) differenceUpdate(s, o); return none(); }),
  symmetric_difference: mO('set.symmetric_difference', (s, o) => symmetricDifference(s, o)),
  symmetric_difference_update: mO('set.symmetric_difference_update', (s, o) => { symmetricDifferenceUpdate(s, o); return none(); }),
  issubset: mO('set.issubset', (s, o) => {
    if (o instanceof PySet) return boolObj(subset(s, o));
    const t = fromIterable(setType, o);
    try { return boolObj(subset(s, t)); } finally { decref(t); }
  }),
  issuperset: mO('set.issuperset', (s, o) => {
    if (o instanceof PySet) return boolObj(subset(o, s));
    let ok = true;
    const items = toArray(o);
    try { for (const x of items) if (!setContains(s, x)) { ok = false; break; } } finally { for (const x of items) decref(x); }
    return boolObj(ok);
  }),
  isdisjoint: mO('set.isdisjoint', (s, o) => {
    if (o === s) return boolObj(s.used === 0);
    if (o instanceof PySet) {
      const [small, big] = o.used > s.used ? [s, o] : [o, s];
      return boolObj(setItems(small).every((x) => !setContains(big, x)));
    }
    let ok = true;
    const it = getIter(o);
    try {
      for (let x = iterNext(it); x !== null; x = iterNext(it)) {
        const hit = setContains(s, x);
        decref(x);
        if (hit) { ok = false; break; }
      }
    } finally { decref(it); }
    return boolObj(ok);
  }),
  __reduce__: mNo('set.__reduce__', (s) => {
    const items = listSteal(setItems(s).map((x) => { x.ob_refcnt++; return x; }));
    // object's default state: the instance __dict__, or None when absent or empty.
    let dv = getAttrOpt(s, '__dict__');
    if (dv && len(dv) === 0) { decref(dv); dv = null; }
    if (!dv) { None.ob_refcnt++; dv = None; }
    s.type.ob_refcnt++;
    return tupleSteal([s.type, tupleSteal([items]), dv]);
  }),
};

export let setIterType: PyType;

export function initSetTypes(): void {
  setIterType = makeStaticType('set_iterator', objectType, {
    iter: (o) => { o.ob_refcnt++; return o; },
    iternext: (o) => {
      const it = o as PyIter;
      const s = it.src as PySet | null;
      if (s === null) return null;
      if (s.used !== it.version) { it.version = -1; raise(PyExc.RuntimeError, 'Set changed size during iteration'); }
      while (it.i <= s.mask) {
        const k = s.keys[it.i++];
        if (k !== null && k !== DUMMY) { k!.ob_refcnt++; return k!; }
      }
      it.src = null;
      decref(s);
      return null;
    },
    traverse: (o, visit) => { const s = (o as PyIter).src; if (s) visit(s, RefKindCode.Internal, 'set'); },
    dealloc: (o) => { const s = (o as PyIter).src; (o as PyIter).src = null; if (s) decref(s); },
    sizeof: () => 48,
  }, { noSubclass: true, flags: TF_HAVE_GC });
  const common: TypeSlots = {
    repr: setRepr,
    len: (o) => (o as PySet).used,
    // An int or str key cannot be unhashable: no retry wrapper (and no closure) for them.
    contains: (o, x) => (x.type === intType || x.type === strType ? setContains(o as PySet, x) : withSetKey(x, (k) => setContains(o as PySet, k))),
    iter: (o) => { const it = newIter(setIterType, o); it.version = (o as PySet).used; return it; },
    richcompare: setCompare,
    traverse: (o, visit) => { const it = setItems(o as PySet); for (let i = 0; i < it.length; i++) visit(it[i]!, RefKindCode.Item, i); },
    clear: (o) => setClear(o as PySet),
    dealloc: (o) => setDealloc(o as PySet),
    sizeof: (o) => { const s = o as PySet; return 200 + (s.mask + 1 > 8 ? 16 * (s.mask + 1) : 0); },
    nb: [undefined, binop((a, b) => intersection(a, b)), undefined, undefined, undefined, undefined, undefined, binop(union), undefined, undefined, binop((a, b) => difference(a, b)), undefined, binop((a, b) => symmetricDifference(a, b))],
  };
  // In-place operators exist on set only (frozenset falls back to the binary operator).
  const inplace: (BinaryFn | undefined)[] = common.nb!.slice();
  inplace[13 + 1] = ibinop((a, b) => intersectionUpdate(a, [b]));
  inplace[13 + 7] = ibinop((a, b) => setUpdateFrom(a, b));
  inplace[13 + 10] = ibinop((a, b) => differenceUpdate(a, b));
  inplace[13 + 12] = ibinop((a, b) => symmetricDifferenceUpdate(a, b));
  setType = makeStaticType('set', objectType, {
    ...common,
    nb: inplace,
    hash: undefined,
    new: (t) => newSet(t),
    init: (self, args, kw) => {
      if (self.type === setType) noKw('set', kw);
      const n = args.length - (kw ? kw.length : 0);
      if (n > 1) raise(PyExc.TypeError, `set expected at most 1 argument, got ${n}`);
      // set_init clears only a set that holds something (fill counts dummies too).
      if ((self as PySet).fill !== 0) setClear(self as PySet);
      if (n) setUpdateFrom(self as PySet, args[0]!);
    },
  }, { flags: TF_HAVE_GC });
  frozensetType = makeStaticType('frozenset', objectType, {
    ...common,
    hash: (o) => {
      const s = o as PySet;
      if (s.h !== -1) return s.h;
      const h = internalHash(frozensetHashExact(setItems(s).map(hashExact)));
      s.h = h;
      return h;
    },
    new: (t, args, kw) => {
      if (t === frozensetType) noKw('frozenset', kw);
      const n = args.length - (kw ? kw.length : 0);
      if (n > 1) raise(PyExc.TypeError, `frozenset expected at most 1 argument, got ${n}`);
      // frozenset(f) of an exact frozenset is f itself.
      if (t === frozensetType && n === 1 && args[0]!.type === frozensetType) { args[0]!.ob_refcnt++; return args[0]!; }
      return fromIterable(t, n ? args[0] : undefined);
    },
  }, { flags: TF_HAVE_GC });
  setType.ob_refcnt += 0;
  void newInt;
}

export function initSetMethods(): void {
  defSetMethods(setType, methods);
  const fm: Record<string, MethodFn> = {};
  for (const k of ['union', 'intersection', 'difference', 'symmetric_difference', 'issubset', 'issuperset', 'isdisjoint', '__reduce__']) fm[k] = methods[k]!;
  // frozenset.copy() of an exact frozenset is the object itself.
  fm.copy = mNo('frozenset.copy', (s) => { if (s.type === frozensetType) { s.ob_refcnt++; return s; } return copyOf(s, frozensetType); });
  defSetMethods(frozensetType, fm);
}

/**
 * Set operators of dict_keys / dict_items (dictviews_sub/or/xor, _PyDictView_Intersect): `a` is
 * the left operand (a reflected operator passes the view second). `-`, `|`, `^` start from
 * set(a) and update it with `b`; `&` iterates the non-view operand (or the smaller view) and
 * keeps what the other view contains, or reuses set.intersection for a larger exact set.
 */
export function viewSetOp(a: PyObject, b: PyObject, nb: number, isView: (o: PyObject) => boolean): PyObject {
  if (nb === 1) {
    let self = a, other = b;
    if (!isView(self)) { self = b; other = a; }
    const lenSelf = len(self);
    if (other.type === setType && lenSelf <= (other as PySet).used) return intersection(other as PySet, self);
    if (isView(other) && len(other) > lenSelf) { const t = other; other = self; self = t; }
    const r = newSet(setType);
    try {
      forEachItem(other, (x) => { if (contains(self, x)) setAdd(r, x); });
    } catch (e) { decref(r); throw e; }
    return r;
  }
  const r = fromIterable(setType, a);
  try {
    if (nb === 7) setUpdateFrom(r, b);
    else if (nb === 10) differenceUpdate(r, b);
    else symmetricDifferenceUpdate(r, b);
  } catch (e) { decref(r); throw e; }
  return r;
}
