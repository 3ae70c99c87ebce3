/** dict's slots (subscript, repr, comparison, iteration) and methods, plus the bool type. */
import type { PyObject } from './object';
import { makeImmortal } from './object';
import { PyDict, dictType, dictGet, dictSetDefault, dictSet, dictDel, dictItems, dictPop, dictClear, newDict, dictPopEntry } from './dict';
import { newStr, PyStr } from './str';
import { PyInt, boolObj, newInt, intType, setBools } from './int';
import { None, NotImplemented } from './singletons';
import { makeStaticType, type TypeSlots } from './type';
import { raise, raiseWith, PyExc } from '../runtime/errors';
import { hashOf, reprJS, richEq, toArray, getItem, callMethod, getAttrOpt, getIter, iterNext, len, call, setItem } from '../runtime/abstract';
import { decref } from '../runtime/refcount';
import { tupleSteal, PyTuple } from './tuple';
import { listSteal } from './list';
import { defMethods, setFast, type Fast0, type Fast1, type Fast2 } from './builtin_function';
import { newDictIter, dictKeyIterType, dictValueIterType, dictItemIterType } from './iterators';
import { vmHooks } from '../runtime/hooks';
import { lookup } from './type';
import { callDescr } from '../runtime/abstract';
import { noKw, nargs } from '../runtime/args';

const D = (o: PyObject) => o as PyDict;

/** dict.update / dict(...) semantics: mapping with keys() or iterable of pairs. */
export function dictMerge(d: PyDict, src: PyObject): void {
  if (src instanceof PyDict) { for (const [k, v] of dictItems(src)) dictSet(d, k, v); return; }
  const keys = getAttrOpt(src, 'keys');
  if (keys) {
    decref(keys);
    const ks = toArray(callMethod(src, 'keys', []));
    for (const k of ks) { const v = getItem(src, k); dictSet(d, k, v); decref(v); decref(k); }
    return;
  }
  const it = getIter(src);
  let i = 0;
  try {
    for (let x = iterNext(it); x !== null; x = iterNext(it), i++) {
      if (!x.type.slots.iter && !x.type.slots.getitem) {
        decref(x);
        raise(PyExc.TypeError, `cannot convert dictionary update sequence element #${i} to a sequence`);
      }
      let pair: PyObject[];
      try { pair = toArray(x); } finally { decref(x); }
      if (pair.length !== 2) {
        for (const p of pair) decref(p);
        raise(PyExc.ValueError, `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
      }
      dictSet(d, pair[0]!, pair[1]!);
      decref(pair[0]!); decref(pair[1]!);
    }
  } finally { decref(it); }
}

export const dictSlots: TypeSlots = {
  repr: (o) => {
    const items = dictItems(D(o));
    if (!items.length) return newStr('{}');
    if (!vmHooks.reprEnter(o)) return newStr('{...}');
    try {
      return newStr('{' + items.map(([k, v]) => `${reprJS(k)}: ${reprJS(v)}`).join(', ') + '}');
    } finally { vmHooks.reprLeave(o); }
  },
  getitem: (o, k) => {
    const v = dictGet(D(o), k);
    if (v !== null) { v.ob_refcnt++; return v; }
    if (o.type !== dictType) {
      const m = lookup(o.type, '__missing__');
      if (m) return callDescr(m, o, [k]);
    }
    raiseWith(PyExc.KeyError!, k);
  },
  setitem: (o, k, v) => {
    if (v === null) { if (!dictDel(D(o), k)) raiseWith(PyExc.KeyError!, k); return; }
    dictSet(D(o), k, v);
  },
  contains: (o, k) => dictGet(D(o), k) !== null,
  iter: (o) => newDictIter(dictKeyIterType, D(o)),
  richcompare: (a, b, op) => {
    if (!(b instanceof PyDict) || (op !== 2 && op !== 3)) { NotImplemented.ob_refcnt++; return NotImplemented; }
    let eq = D(a).used === b.used;
    if (eq) for (const [k, v] of dictItems(D(a))) { const w = dictGet(b, k); if (w === null || !richEq(v, w)) { eq = false; break; } }
    return boolObj(op === 2 ? eq : !eq);
  },
  nb: [undefined, undefined, undefined, undefined, undefined, undefined, undefined, (a, b) => {
    if (!(a instanceof PyDict) || !(b instanceof PyDict)) { NotImplemented.ob_refcnt++; return NotImplemented; }
    const r = newDict(); dictMerge(r, a); dictMerge(r, b); return r;
  }],
  new: (t) => { const d = new PyDict(t); if (t.isHeap()) t.ob_refcnt++; return d; },
  init: (self, args, kw) => {
    const npos = args.length - (kw ? kw.length : 0);
    if (npos > 1) raise(PyExc.TypeError, `dict expected at most 1 argument, got ${npos}`);
    if (npos === 1) dictMerge(D(self), args[0]!);
    (kw ?? []).forEach((k, i) => D(self).setStr(k, args[npos + i]!));
  },
};

/** dict.setdefault(k, dflt): the value (new reference), inserting `dflt` when k is absent. */
function setdefaultImpl(d: PyDict, k: PyObject, dflt: PyObject): PyObject {
  // One hash of k for the lookup and the insert (PyDict_SetDefault runs __hash__ once).
  const h = k instanceof PyStr ? 0 : hashOf(k);
  const v = dictSetDefault(d, k, dflt, h);
  v.ob_refcnt++;
  return v;
}

export function initDictMethods(): void {
  defMethods(dictType, {
    keys: (self, args, kw) => { noKw('dict.keys', kw); nargs('dict.keys', args, 0, 0, true); return vmHooks.dictView('dict_keys', self); },
    values: (self, args, kw) => { noKw('dict.values', kw); nargs('dict.values', args, 0, 0, true); return vmHooks.dictView('dict_values', self); },
    items: (self, args, kw) => { noKw('dict.items', kw); nargs('dict.items', args, 0, 0, true); return vmHooks.dictView('dict_items', self); },
    get: (self, args, kw) => {
      noKw('dict.get', kw);
      nargs('dict.get', args, 1, 2);
      const v = dictGet(D(self), args[0]!) ?? args[1] ?? None;
      v.ob_refcnt++;
      return v;
    },
    setdefault: (self, args, kw) => {
      noKw('dict.setdefault', kw);
      nargs('dict.setdefault', args, 1, 2);
      return setdefaultImpl(D(self), args[0]!, args.length > 1 ? args[1]! : None);
    },
    pop: (self, args) => {
      if (args.length < 1 || args.length > 2) raise(PyExc.TypeError, `pop expected at least 1 argument, got ${args.length}`);
      // dict_pop: an empty dict answers before hashing the key (so pop([]) is a KeyError).
      const v = D(self).used === 0 ? null : dictPop(D(self), args[0]!);
      if (v) return v;
      if (args.length > 1) { args[1]!.ob_refcnt++; return args[1]!; }
      raiseWith(PyExc.KeyError!, args[0]!);
    },
    popitem: (self) => {
      const kv = dictPopEntry(D(self), true);
      if (kv === null) raise(PyExc.KeyError, 'popitem(): dictionary is empty');
      return tupleSteal(kv);
    },
    update: (self, args, kw) => {
      const npos = args.length - (kw ? kw.length : 0);
      if (npos > 1) raise(PyExc.TypeError, `update expected at most 1 argument, got ${npos}`);
      if (npos) dictMerge(D(self), args[0]!);
      (kw ?? []).forEach((k, i) => D(self).setStr(k, args[npos + i]!));
      None.ob_refcnt++; return None;
    },
    clear: (self) => { dictClear(D(self)); None.ob_refcnt++; return None; },
    copy: (self) => { const d = newDict(); dictMerge(d, self); return d; },
    // dict_fromkeys: cls() filled through its __setitem__ unless it is an exact dict.
    fromkeys: (cls, args) => {
      nargs('fromkeys', args, 1, 2);
      const d = cls === dictType ? newDict() : call(cls, []);
      try {
        const value = args[1] ?? None;
        const it = getIter(args[0]!);
        try {
          if (d.type === dictType) {
            for (let k = iterNext(it); k !== null; k = iterNext(it)) { try { dictSet(D(d), k, value); } finally { decref(k); } }
          } else {
            for (let k = iterNext(it); k !== null; k = iterNext(it)) { try { setItem(d, k, value); } finally { decref(k); } }
          }
        } finally { decref(it); }
      } catch (e) { decref(d); throw e; }
      return d;
    },
  });
  // Fixed-arity entries (builtin_function.ts Fast0) for exact dicts, straight from CALL's stack.
  const fast = (name: string, f0: Fast0 | null, f1: Fast1 | null, f2: Fast2 | null): void => setFast(dictType.tdict.getStr(name), f0, f1, f2);
  fast('keys', (self) => vmHooks.dictView('dict_keys', self!), null, null);
  fast('values', (self) => vmHooks.dictView('dict_values', self!), null, null);
  fast('items', (self) => vmHooks.dictView('dict_items', self!), null, null);
  fast('setdefault', null, (self, k) => setdefaultImpl(D(self!), k, None), (self, k, dflt) => setdefaultImpl(D(self!), k, dflt));
  const fk = dictType.tdict.getStr('fromkeys') as unknown as { kind: string };
  (fk as { kind: string }).kind = 'class';
  void listSteal; void newInt; void PyTuple; void len;
}

export function initBoolType(): void {
  const boolT = makeStaticType('bool', intType, {
    repr: (o) => newStr((o as PyInt).v ? 'True' : 'False'),
    new: (_t, args, kw) => {
      if (kw && kw.length) raise(PyExc.TypeError, 'bool() takes no keyword arguments');
      if (args.length > 1) raise(PyExc.TypeError, `bool expected at most 1 argument, got ${args.length}`);
      return boolObj(args.length ? vmHooks.truthy(args[0]!) : false);
    },
    nb: [undefined, (a, b) => bitBool(a, b, 0), undefined, undefined, undefined, undefined, undefined, (a, b) => bitBool(a, b, 1), undefined, undefined, undefined, undefined, (a, b) => bitBool(a, b, 2)],
  }, { noSubclass: true });
  const t = makeImmortal(new PyInt(boolT, 1));
  const f = makeImmortal(new PyInt(boolT, 0));
  setBools(boolT, t, f);
}

function bitBool(a: PyObject, b: PyObject, op: number): PyObject {
  if (a.type.name === 'bool' && b.type.name === 'bool') {
    const x = (a as PyInt).v as number, y = (b as PyInt).v as number;
    return boolObj(!!(op === 0 ? x & y : op === 1 ? x | y : x ^ y));
  }
  const f = intType.slots.nb![op === 0 ? 1 : op === 1 ? 7 : 12]!;
  return f(a, b);
}
