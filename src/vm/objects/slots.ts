/**
 * Slot dispatchers for heap types (Objects/typeobject.c slot_* functions): when a class defines a
 * dunder, the matching slot calls it. `updateSlots(t)` re-derives a type's slot table from its
 * MRO: a slot whose dunder resolves to a Python-level definition gets the dispatcher, otherwise the
 * builtin base's slot is inherited.
 */
import type { PyObject } from './object';
import { PyType, lookup, inheritSlots, type TypeSlots, type BinaryFn } from './type';
import { PyStr } from './str';
import { PyInt } from './int';
import { internalHash, intHashExact } from './pyhash';
import { exactHashers } from './hash_exact';
import { None, NotImplemented } from './singletons';
import { raise, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import { callDescr, isTrue, isExcOf, index } from '../runtime/abstract';
import { genericGetAttr, genericSetAttr } from './instance';
import { newStr } from './str';

/** Where along the MRO `name` is defined: the owning type, or null. */
function owner(t: PyType, name: string): PyType | null {
  for (const b of t.mro) if (b.tdict.getStr(name) !== null) return b;
  return null;
}

function pyDefined(t: PyType, name: string): boolean {
  const o = owner(t, name);
  return o !== null && o.isHeap();
}

function callSelf(o: PyObject, name: string, args: PyObject[]): PyObject {
  const d = lookup(o.type, name);
  if (d === null) raise(PyExc.AttributeError, name);
  return callDescr(d, o, args);
}

function callOpt(o: PyObject, name: string, args: PyObject[]): PyObject {
  const d = lookup(o.type, name);
  if (d === null || d === None) { NotImplemented.ob_refcnt++; return NotImplemented; }
  return callDescr(d, o, args);
}

const BIN_NAMES: [string, string][] = [
  ['__add__', '__radd__'], ['__and__', '__rand__'], ['__floordiv__', '__rfloordiv__'], ['__lshift__', '__rlshift__'],
  ['__matmul__', '__rmatmul__'], ['__mul__', '__rmul__'], ['__mod__', '__rmod__'], ['__or__', '__ror__'],
  ['__pow__', '__rpow__'], ['__rshift__', '__rrshift__'], ['__sub__', '__rsub__'], ['__truediv__', '__rtruediv__'],
  ['__xor__', '__rxor__'],
];
const INPLACE_NAMES = ['__iadd__', '__iand__', '__ifloordiv__', '__ilshift__', '__imatmul__', '__imul__', '__imod__', '__ior__', '__ipow__', '__irshift__', '__isub__', '__itruediv__', '__ixor__'];
export const CMP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];

const binDispatch: BinaryFn[] = [...BIN_NAMES, ['__divmod__', '__rdivmod__'] as [string, string]].map(([op, rop], i) => {
  const k = i === 13 ? 26 : i;
  const fn: BinaryFn = (a, b) => {
    const ta = a.type, tb = b.type;
    let doOther = ta !== tb && tb.slots.nb?.[k] === fn && lookup(tb, rop) !== null;
    if (ta.slots.nb?.[k] === fn && lookup(ta, op) !== null) {
      if (doOther && tb.isSubtype(ta)) {
        const r = callOpt(b, rop, [a]);
        if (r !== NotImplemented) return r;
        decref(r);
        doOther = false;
      }
      const r = callOpt(a, op, [b]);
      if (r !== NotImplemented || ta === tb) return r;
      decref(r);
    }
    if (doOther) return callOpt(b, rop, [a]);
    NotImplemented.ob_refcnt++;
    return NotImplemented;
  };
  return fn;
});

function getattrHook(o: PyObject, name: string, suppress: boolean): PyObject | null {
  const t = o.type;
  const ga = pyDefined(t, '__getattribute__');
  let r: PyObject | null = null;
  const hasGetattr = lookup(t, '__getattr__') !== null;
  if (ga) {
    const s = newStr(name);
    try {
      r = callSelf(o, '__getattribute__', [s]);
    } catch (e) {
      if (!hasGetattr || !isExcOf(e, PyExc.AttributeError!)) { decref(s); throw e; }
      decref(e as PyObject);
    }
    decref(s);
    if (r !== null) return r;
  } else {
    try {
      r = genericGetAttr(o, name, hasGetattr || suppress);
    } catch (e) {
      if (!hasGetattr || !isExcOf(e, PyExc.AttributeError!)) throw e;
      decref(e as PyObject);
    }
    if (r !== null) return r;
    if (!hasGetattr) return null;
  }
  const s = newStr(name);
  try { return callSelf(o, '__getattr__', [s]); } finally { decref(s); }
}

/** Dispatchers keyed by dunder name, each installing itself into the slot table. */
const SLOTDEFS: [string[], (s: TypeSlots, t: PyType) => void][] = [
  [['__repr__'], (s) => { s.repr = (o) => callSelf(o, '__repr__', []); }],
  [['__str__'], (s) => { s.str = (o) => callSelf(o, '__str__', []); }],
  [['__hash__'], (s, t) => {
    if (lookup(t, '__hash__') === None) { s.hash = undefined; return; }
    // An int in Py_hash_t's range is the hash itself (-1 -> -2); a wider one is reduced by int's hash.
    const exact = (o: PyObject): bigint => {
      const r = callSelf(o, '__hash__', []);
      if (!(r instanceof PyInt)) { decref(r); raise(PyExc.TypeError, '__hash__ method should return an integer'); }
      const v = r.v;
      decref(r);
      const b = typeof v === 'bigint' ? v : BigInt(v);
      if (b === BigInt.asIntN(64, b)) return b === -1n ? -2n : b;
      return intHashExact(b);
    };
    s.hash = (o) => internalHash(exact(o));
    exactHashers.set(s.hash, exact);
  }],
  [CMP_NAMES, (s) => { s.richcompare = (a, b, op) => callOpt(a, CMP_NAMES[op]!, [b]); }],
  [['__getattribute__', '__getattr__'], (s) => { s.getattro = getattrHook; }],
  [['__setattr__', '__delattr__'], (s) => {
    s.setattro = (o, name, v) => {
      const n = newStr(name);
      try {
        if (v === null) {
          if (pyDefined(o.type, '__delattr__')) decref(callSelf(o, '__delattr__', [n]));
          else genericSetAttr(o, name, null);
        } else if (pyDefined(o.type, '__setattr__')) decref(callSelf(o, '__setattr__', [n, v]));
        else genericSetAttr(o, name, v);
      } finally { decref(n); }
    };
  }],
  [['__call__'], (s) => { s.call = (o, args, kw) => callDescr(lookup(o.type, '__call__')!, o, args, kw); }],
  [['__iter__'], (s, t) => {
    if (lookup(t, '__iter__') === None) { s.iter = undefined; return; }
    s.iter = (o) => callSelf(o, '__iter__', []);
  }],
  [['__next__'], (s) => {
    s.iternext = (o) => {
      try { return callSelf(o, '__next__', []); } catch (e) {
        if (isExcOf(e, PyExc.StopIteration!)) { decref(e as PyObject); return null; }
        throw e;
      }
    };
  }],
  [['__len__'], (s) => {
    s.len = (o) => {
      const r = callSelf(o, '__len__', []);
      try {
        if (!(r instanceof PyInt) && !r.type.slots.index) raise(PyExc.TypeError, `'${r.type.name}' object cannot be interpreted as an integer`);
        const i = index(r);
        const v = Number(i.v);
        decref(i);
        if (v < 0) raise(PyExc.ValueError, '__len__() should return >= 0');
        return v;
      } finally { decref(r); }
    };
  }],
  [['__getitem__'], (s) => { s.getitem = (o, k) => callSelf(o, '__getitem__', [k]); }],
  [['__setitem__', '__delitem__'], (s) => {
    s.setitem = (o, k, v) => { decref(v === null ? callSelf(o, '__delitem__', [k]) : callSelf(o, '__setitem__', [k, v])); };
  }],
  [['__contains__'], (s) => { s.contains = (o, x) => { const r = callSelf(o, '__contains__', [x]); const b = isTrue(r); decref(r); return b; }; }],
  [['__bool__'], (s) => {
    s.bool = (o) => {
      const r = callSelf(o, '__bool__', []);
      if (r.type.name !== 'bool') { decref(r); raise(PyExc.TypeError, `__bool__ should return bool, returned ${r.type.name}`); }
      const b = isTrue(r);
      decref(r);
      return b;
    };
  }],
  [['__neg__'], (s) => { s.neg = (o) => callSelf(o, '__neg__', []); }],
  [['__pos__'], (s) => { s.pos = (o) => callSelf(o, '__pos__', []); }],
  [['__invert__'], (s) => { s.invert = (o) => callSelf(o, '__invert__', []); }],
  [['__abs__'], (s) => { s.abs = (o) => callSelf(o, '__abs__', []); }],
  [['__index__'], (s) => { s.index = (o) => callSelf(o, '__index__', []); }],
  [['__int__'], (s) => { s.int = (o) => callSelf(o, '__int__', []); }],
  [['__float__'], (s) => { s.float = (o) => callSelf(o, '__float__', []); }],
  [['__get__'], (s) => {
    s.descrGet = (d, obj, type) => callSelf(d, '__get__', [obj ?? None, type]);
  }],
  [['__set__', '__delete__'], (s) => {
    s.descrSet = (d, obj, v) => { decref(v === null ? callSelf(d, '__delete__', [obj]) : callSelf(d, '__set__', [obj, v])); };
  }],
  [['__init__'], (s) => {
    s.init = (self, args, kw) => {
      const r = callDescr(lookup(self.type, '__init__')!, self, args, kw);
      if (r !== None) { decref(r); raise(PyExc.TypeError, `__init__() should return None, not '${r.type.name}'`); }
      decref(r);
    };
  }],
  [['__new__'], (s) => {
    s.new = (t, args, kw) => {
      const f = lookup(t, '__new__')!;
      const get = f.type.slots.descrGet;
      const fn = get ? get(f, null, t) : (f.ob_refcnt++, f);
      try {
        return (fn.type.slots.call!)(fn, [t, ...args], kw);
      } finally { decref(fn); }
    };
  }],
  [['__del__'], (s) => { s.finalize = (o) => decref(callSelf(o, '__del__', [])); }],
];

/**
 * The slot dunders (DUNDER_NAMES) for which `pyDefined(t, name)` holds. Only a name that some heap
 * type along the MRO has in its own dict can qualify, so those dicts' keys are scanned once and
 * only such names are resolved along the MRO (instead of probing every type's dict for each of
 * the ~90 slot names: most of the cost of creating a class while V8 still runs it unoptimized).
 */
function pyDefinedSlotNames(t: PyType): Set<string> {
  const out = new Set<string>();
  for (const b of t.mro) {
    if (!b.isHeap()) continue;
    const ks = b.tdict.ks;
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i];
      if (k instanceof PyStr && DUNDER_NAMES.has(k.s) && !out.has(k.s) && pyDefined(t, k.s)) out.add(k.s);
    }
  }
  return out;
}

/** SLOTDEFS index of each dunder that installs a dispatcher there. */
const SLOTDEF_OF = new Map<string, number>();
SLOTDEFS.forEach(([names], i) => { for (const n of names) SLOTDEF_OF.set(n, i); });
const HASH_DEF = SLOTDEF_OF.get('__hash__')!;
const ITER_DEF = SLOTDEF_OF.get('__iter__')!;
/** Binary-op dunder (either side) -> [nb index, binDispatch index]; __divmod__ sits at nb[26]. */
const BIN_OF = new Map<string, [number, number]>();
BIN_NAMES.forEach(([op, rop], k) => { BIN_OF.set(op, [k, k]); BIN_OF.set(rop, [k, k]); });
BIN_OF.set('__divmod__', [26, 13]);
BIN_OF.set('__rdivmod__', [26, 13]);
const INPLACE_OF = new Map<string, number>(INPLACE_NAMES.map((n, k) => [n, k]));

/**
 * Recomputes the slot table of heap type `t` (after creation or a dunder assignment). Driven by
 * the few dunders `t` defines rather than by the ~45 slot groups: it runs for every class created,
 * mostly while V8 still interprets it (class creation is most of an import's cost).
 */
export function updateSlots(t: PyType): void {
  inheritSlots(t);
  const s = t.slots;
  const defined = pyDefinedSlotNames(t);
  const want = new Uint8Array(SLOTDEFS.length);
  let anyNb = false;
  for (const n of defined) {
    const i = SLOTDEF_OF.get(n);
    if (i !== undefined) want[i] = 1;
    else anyNb = true;
  }
  // An inherited `__hash__ = None` / `__iter__ = None` (from a builtin base) also clears the slot.
  if (want[HASH_DEF] === 0 && lookup(t, '__hash__') === None) want[HASH_DEF] = 1;
  if (want[ITER_DEF] === 0 && lookup(t, '__iter__') === None) want[ITER_DEF] = 1;
  for (let i = 0; i < want.length; i++) if (want[i] !== 0) SLOTDEFS[i]![1](s, t);
  const nb = (s.nb ?? []).slice();
  if (anyNb) {
    for (const n of defined) {
      const b = BIN_OF.get(n);
      if (b !== undefined) { nb[b[0]] = binDispatch[b[1]]!; continue; }
      const k = INPLACE_OF.get(n);
      if (k !== undefined) nb[13 + k] = (a, b2) => callOpt(a, n, [b2]);
    }
  }
  s.nb = nb;
}

export const DUNDER_NAMES = new Set<string>([...SLOTDEFS.flatMap(([n]) => n), ...BIN_NAMES.flat(), ...INPLACE_NAMES, '__divmod__', '__rdivmod__']);
