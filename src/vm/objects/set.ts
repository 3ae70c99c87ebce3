/**
 * set and frozenset with CPython's open-addressing table (Objects/setobject.c): same probe
 * sequence (9 linear probes, then perturbation), same resize rule, so iteration order and
 * sys.getsizeof match CPython for the same hashes.
 */
import { PyObject } from './object';
import { makeStaticType, objectType, PyType, RefKindCode, TF_HAVE_GC, type TypeSlots, type BinaryFn } from './type';
import { newStr } from './str';
import { boolObj, newInt } from './int';
import { NotImplemented, None } from './singletons';
import { raise, raiseWith, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import { gcTrack } from '../runtime/gc';
import { hashOf, richEq, toArray, reprJS } from '../runtime/abstract';
import { defMethods, type NativeFn, type MethodFn } from './builtin_function';
import { vmHooks } from '../runtime/hooks';
import { PyIter, newIter } from './iterators';
import { internalHash, frozensetHashExact } from './pyhash';
import { hashExact } from './hash_exact';

const DUMMY = {} as PyObject;

export class PySet extends PyObject {
  keys: (PyObject | null)[] = new Array(8).fill(null);
  hashes: number[] = new Array(8).fill(0);
  mask = 7;
  fill = 0;
  used = 0;
  h = -1;
}

export let setType: PyType;
export let frozensetType: PyType;

function uhash(h: number): bigint | number {
  return h >= 0 ? h : BigInt.asUintN(64, BigInt(h));
}

function* probe(h: number, mask: number): Generator<number> {
  const u = uhash(h);
  let perturb: number | bigint = u;
  let i = typeof u === 'number' ? u % (mask + 1) : Number(u & BigInt(mask));
  for (;;) {
    const probes = i + 9 <= mask ? 9 : 0;
    for (let j = 0; j <= probes; j++) yield i + j;
    if (typeof perturb === 'number') {
      perturb = Math.floor(perturb / 32);
      i = (i * 5 + 1 + perturb) % (mask + 1);
    } else {
      perturb >>= 5n;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
    }
  }
}

function findSlot(s: PySet, key: PyObject, h: number): number {
  for (const i of probe(h, s.mask)) {
    const k = s.keys[i];
    if (k === null) return -1;
    if (k !== DUMMY && s.hashes[i] === h && (k === key || richEq(k!, key))) return i;
  }
  return -1;
}

function resize(s: PySet, minused: number): void {
  let size = 8;
  while (size <= minused) size <<= 1;
  const oldK = s.keys, oldH = s.hashes;
  s.keys = new Array(size).fill(null);
  s.hashes = new Array(size).fill(0);
  s.mask = size - 1;
  s.fill = s.used;
  for (let j = 0; j < oldK.length; j++) {
    const k = oldK[j];
    if (k === null || k === DUMMY) continue;
    for (const i of probe(oldH[j]!, s.mask)) {
      if (s.keys[i] === null) { s.keys[i] = k!; s.hashes[i] = oldH[j]!; break; }
    }
  }
}

/** Adds key (borrowed); returns true if it was new. */
export function setAdd(s: PySet, key: PyObject): boolean {
  const h = hashOf(key);
  let free = -1;
  for (const i of probe(h, s.mask)) {
    const k = s.keys[i];
    if (k === null) {
      key.ob_refcnt++;
      if (free >= 0) { s.keys[free] = key; s.hashes[free] = h; s.used++; return true; }
      s.keys[i] = key; s.hashes[i] = h; s.fill++; s.used++;
      if (s.fill * 5 >= s.mask * 3) resize(s, s.used > 50000 ? s.used * 2 : s.used * 4);
      return true;
    }
    if (k === DUMMY) { if (free < 0) free = i; continue; }
    if (s.hashes[i] === h && (k === key || richEq(k!, key))) return false;
  }
  return false;
}

/** Inserts into a table known to have room and no dummies (set_insert_clean). */
function insertClean(s: PySet, key: PyObject, h: number): void {
  for (const i of probe(h, s.mask)) {
    if (s.keys[i] === null) { s.keys[i] = key; s.hashes[i] = h; return; }
  }
}

/** set_update_internal: merges another set (table order, one presize) or any iterable. */
export function setUpdateFrom(s: PySet, o: PyObject): void {
  if (o instanceof PySet) {
    if ((s.fill + o.used) * 5 >= s.mask * 3) resize(s, (s.used + o.used) * 2);
    if (s.fill === 0) {
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
  return findSlot(s, key, hashOf(key)) >= 0;
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

function setClear(s: PySet): void {
  const items = setItems(s);
  s.keys = new Array(8).fill(null); s.hashes = new Array(8).fill(0); s.mask = 7; s.fill = 0; s.used = 0;
  for (const k of items) decref(k);
}

export function newSet(type?: PyType, items: PyObject[] = []): PySet {
  const s = new PySet(type ?? setType);
  if (type && type.isHeap()) type.ob_refcnt++;
  for (const x of items) setAdd(s, x);
  gcTrack(s);
  return s;
}

/** frozenset from owned references (constants). */
export function frozensetSteal(items: PyObject[]): PySet {
  const s = newSet(frozensetType, items);
  for (const x of items) decref(x);
  return s;
}

function fromIterable(t: PyType, o: PyObject | undefined): PySet {
  const s = newSet(t);
  if (o) {
    try { setUpdateFrom(s, o); } catch (e) { decref(s); throw e; }
  }
  return s;
}

function isAnySet(o: PyObject): o is PySet {
  return o instanceof PySet;
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
const copyOf = (a: PySet, t?: PyType) => { const r = newSet(t ?? a.type); setUpdateFrom(r, a); return r; };
const union = (a: PySet, b: PySet) => { const r = copyOf(a); setUpdateFrom(r, b); return r; };
const inter = (a: PySet, b: PySet) => newSet(a.type, setItems(a).filter((x) => setContains(b, x)));
const diff = (a: PySet, b: PySet) => newSet(a.type, setItems(a).filter((x) => !setContains(b, x)));
const symdiff = (a: PySet, b: PySet) => { const r = diff(a, b); for (const x of setItems(b)) if (!setContains(a, x)) setAdd(r, x); return r; };

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

function argSets(args: PyObject[]): PySet[] {
  return args.map((a) => (isAnySet(a) ? (a.ob_refcnt++, a) : fromIterable(setType, a)));
}

const methods: Record<string, MethodFn> = {
  add: (self, args) => { setAdd(self as PySet, args[0]!); None.ob_refcnt++; return None; },
  discard: (self, args) => { setDiscard(self as PySet, args[0]!); None.ob_refcnt++; return None; },
  remove: (self, args) => { if (!setDiscard(self as PySet, args[0]!)) raiseWith(PyExc.KeyError!, args[0]!); None.ob_refcnt++; return None; },
  pop: (self) => {
    const s = self as PySet;
    for (let i = 0; i <= s.mask; i++) {
      const k = s.keys[i];
      if (k !== null && k !== DUMMY) { s.keys[i] = DUMMY; s.hashes[i] = -1; s.used--; return k!; }
    }
    raise(PyExc.KeyError, 'pop from an empty set');
  },
  clear: (self) => { setClear(self as PySet); None.ob_refcnt++; return None; },
  copy: (self) => copyOf(self as PySet),
  update: (self, args) => { for (const a of args) setUpdateFrom(self as PySet, a); None.ob_refcnt++; return None; },
  union: (self, args) => { const r = copyOf(self as PySet); for (const a of args) setUpdateFrom(r, a); return r; },
  intersection: (self, args) => { let r = newSet(self.type, setItems(self as PySet)); for (const o of argSets(args)) { const n = inter(r, o); decref(r); decref(o); r = n; } return r; },
  difference: (self, args) => { let r = newSet(self.type, setItems(self as PySet)); for (const o of argSets(args)) { const n = diff(r, o); decref(r); decref(o); r = n; } return r; },
  symmetric_difference: (self, args) => { const [o] = argSets(args); const r = symdiff(self as PySet, o!); decref(o!); return r; },
  issubset: (self, args) => { const [o] = argSets(args); const r = subset(self as PySet, o!); decref(o!); return boolObj(r); },
  issuperset: (self, args) => { const [o] = argSets(args); const r = subset(o!, self as PySet); decref(o!); return boolObj(r); },
  isdisjoint: (self, args) => { const [o] = argSets(args); const r = setItems(self as PySet).every((x) => !setContains(o!, x)); decref(o!); return boolObj(r); },
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
    contains: (o, x) => setContains(o as PySet, x),
    iter: (o) => { const it = newIter(setIterType, o); it.version = (o as PySet).used; return it; },
    richcompare: setCompare,
    traverse: (o, visit) => { const it = setItems(o as PySet); for (let i = 0; i < it.length; i++) visit(it[i]!, RefKindCode.Item, i); },
    clear: (o) => setClear(o as PySet),
    dealloc: (o) => setClear(o as PySet),
    sizeof: (o) => { const s = o as PySet; return 200 + (s.mask + 1 > 8 ? 16 * (s.mask + 1) : 0); },
    nb: [binop(union), binop(inter), undefined, undefined, undefined, undefined, undefined, binop(union), undefined, undefined, binop(diff), undefined, binop(symdiff)],
  };
  setType = makeStaticType('set', objectType, {
    ...common,
    hash: undefined,
    new: (t) => newSet(t),
    init: (self, args) => { setClear(self as PySet); if (args.length) setUpdateFrom(self as PySet, args[0]!); },
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
    new: (t, args) => fromIterable(t, args[0]),
  }, { flags: TF_HAVE_GC });
  setType.ob_refcnt += 0;
  void newInt;
}

export function initSetMethods(): void {
  defMethods(setType, methods);
  const fm: Record<string, MethodFn> = {};
  for (const k of ['copy', 'union', 'intersection', 'difference', 'symmetric_difference', 'issubset', 'issuperset', 'isdisjoint']) fm[k] = methods[k]!;
  defMethods(frozensetType, fm);
}
