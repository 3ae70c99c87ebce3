/**
 * `_collections.OrderedDict` (Objects/odictobject.c's observable behaviour) as a builtin dict
 * subclass, replacing collections/__init__.py's pure-Python class (its `from _collections import
 * OrderedDict` takes this one), whose linked list of weakref-proxied _Link objects made every
 * insert, move_to_end and popitem a dozen Python-level attribute operations.
 *
 * Invariant: an OrderedDict's order IS its dict's entry order. move_to_end and popitem(last=False)
 * rearrange the entries themselves (dict.ts dictMoveEntry/dictPopEntry), so every dict-level path
 * (lookups, dict iteration, copy, update, repr of items) sees the OrderedDict's order. CPython
 * keeps a separate node list beside an unchanged dict table; the difference is visible only to
 * code that reads an OrderedDict through dict's own methods after move_to_end (dict.__iter__(od)
 * and the like), which here shows the OrderedDict order.
 *
 * Iterators are CPython's single `odict_iterator` type (keys/values/items, either direction); like
 * odictiter_nextkey they fail with "OrderedDict mutated during iteration" once any key was added,
 * removed or moved (the dict's version changed), and stop for good after that.
 */
import type { PyObject } from '../objects/object';
import { PyDict, dictType, dictSizeof, dictMoveEntry, dictPopEntry, dictGet, dictSet, dictItems, dictClear, newDict, dictTraverse } from '../objects/dict';
import { dictSlots, dictMerge } from '../objects/dict_methods';
import { newStr } from '../objects/str';
import { boolObj } from '../objects/int';
import { None, NotImplemented } from '../objects/singletons';
import { tupleSteal, emptyTuple } from '../objects/tuple';
import { defMethods, defMethod } from '../objects/builtin_function';
import { defGetSet } from '../objects/descriptors';
import { makeStaticType, PyType, TF_HAVE_GC, TF_DICT_SUBCLASS, RefKindCode, type TypeSlots } from '../objects/type';
import { PyIter, makeIterType, exhaustIter, recycleResult } from '../objects/iterators';
import { dictKeysType, dictValuesType, dictItemsType, newView, PyWrap } from '../objects/views';
import { finishType } from '../objects/deque';
import { raise, raiseWith, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import { gcTrack } from '../runtime/gc';
import { bindArgs } from '../runtime/args';
import { vmHooks } from '../runtime/hooks';
import * as A from '../runtime/abstract';

export let odictType: PyType;
let odictIterType: PyType;
let odictKeysType: PyType;
let odictValuesType: PyType;
let odictItemsType: PyType;

const K_KEYS = 2, K_VALUES = 4, K_ITEMS = 6, K_REVERSED = 1;

/** odictiterobject: `version` holds the dict version it started at (od_state), `kind` the flags. */
class PyODictIter extends PyIter {
  declare kind: number;
  constructor(t: PyType, d: PyDict, kind: number) {
    super(t, d, (kind & K_REVERSED) !== 0 ? d.ks.length - 1 : 0);
    this.kind = kind;
    this.version = d.version;
  }
}

function newODictIter(d: PyDict, kind: number): PyObject {
  d.ob_refcnt++;
  const it = new PyODictIter(odictIterType, d, kind);
  gcTrack(it);
  return it;
}

function odictIterNext(o: PyIter): PyObject | null {
  const it = o as PyODictIter;
  const d = it.src as PyDict;
  if (d.version !== it.version) {
    exhaustIter(it);
    raise(PyExc.RuntimeError, 'OrderedDict mutated during iteration');
  }
  const ks = d.ks;
  let i = it.i;
  if ((it.kind & K_REVERSED) !== 0) {
    while (i >= 0 && ks[i] === null) i--;
    if (i < 0) return exhaustIter(it);
    it.i = i - 1;
  } else {
    while (i < ks.length && ks[i] === null) i++;
    if (i >= ks.length) return exhaustIter(it);
    it.i = i + 1;
  }
  const k = ks[i]!, v = d.vs[i]!;
  const kind = it.kind & K_ITEMS;
  if (kind === K_KEYS) { k.ob_refcnt++; return k; }
  if (kind === K_VALUES) { v.ob_refcnt++; return v; }
  k.ob_refcnt++; v.ob_refcnt++;
  return recycleResult(it, [k, v]);
}

function isODict(o: PyObject): o is PyDict {
  return o.type === odictType || o.type.isSubtype(odictType);
}

/** mutablemapping_update_arg: exact dicts and mappings with keys() through self[k] = v. */
function updateArg(self: PyDict, arg: PyObject): void {
  if (self.type === odictType) { dictMerge(self, arg); return; }
  if (arg instanceof PyDict && arg.type === dictType) {
    for (const [k, v] of dictItems(arg)) A.setItem(self, k, v);
    return;
  }
  const keys = A.getAttrOpt(arg, 'keys');
  if (keys !== null) {
    const ks = A.toArray(A.call(keys, []));
    decref(keys);
    try {
      for (const k of ks) { const v = A.getItem(arg, k); try { A.setItem(self, k, v); } finally { decref(v); } }
    } finally { for (const k of ks) decref(k); }
    return;
  }
  const items = A.getAttrOpt(arg, 'items');
  let src = arg;
  if (items !== null) { try { src = A.call(items, []); } finally { decref(items); } } else arg.ob_refcnt++;
  try {
    for (const pair of A.toArray(src)) {
      try {
        const kv = A.toArray(pair);
        try {
          if (kv.length === 0) raise(PyExc.ValueError, 'need more than 0 values to unpack');
          if (kv.length === 1) raise(PyExc.ValueError, 'need more than 1 value to unpack');
          if (kv.length > 2) raise(PyExc.ValueError, 'too many values to unpack (expected 2)');
          A.setItem(self, kv[0]!, kv[1]!);
        } finally { for (const x of kv) decref(x); }
      } finally { decref(pair); }
    }
  } finally { decref(src); }
}

/** mutablemapping_update: at most one positional argument, then the keywords in order. */
function update(self: PyObject, args: PyObject[], kw: readonly string[] | null): void {
  const nk = kw ? kw.length : 0;
  const np = args.length - nk;
  if (np > 1) raise(PyExc.TypeError, `update() takes at most 1 positional argument (${np} given)`);
  if (np === 1) updateArg(self as PyDict, args[0]!);
  for (let i = 0; i < nk; i++) {
    const k = newStr(kw![i]!);
    try { A.setItem(self, k, args[np + i]!); } finally { decref(k); }
  }
}

function none(): PyObject {
  None.ob_refcnt++;
  return None;
}

/** _odict_keys_equal: same length and the keys pairwise equal, in order. */
function keysEqual(a: PyDict, b: PyDict): boolean {
  const x = dictItems(a), y = dictItems(b);
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (!A.richEq(x[i]![0], y[i]![0])) return false;
  return true;
}

function viewType(name: string, base: PyType, kind: number): PyType {
  const t = makeStaticType(name, base, {
    iter: (o) => newODictIter((o as PyWrap).target as PyDict, kind),
  }, { noSubclass: true, flags: TF_HAVE_GC });
  finishType(t);
  defMethods(t, { __reversed__: (self) => newODictIter((self as PyWrap).target as PyDict, kind | K_REVERSED) });
  return t;
}

export function initODict(): void {
  odictIterType = makeIterType('odict_iterator', odictIterNext, { sizeof: () => 64 });
  finishType(odictIterType);
  odictKeysType = viewType('odict_keys', dictKeysType, K_KEYS);
  odictValuesType = viewType('odict_values', dictValuesType, K_VALUES);
  odictItemsType = viewType('odict_items', dictItemsType, K_ITEMS);
  const slots: TypeSlots = {
    new: (t) => {
      const d = new PyDict(t);
      if (t.isHeap()) t.ob_refcnt++;
      gcTrack(d);
      return d;
    },
    init: (o, args, kw) => {
      const np = args.length - (kw ? kw.length : 0);
      if (np > 1) raise(PyExc.TypeError, `expected at most 1 arguments, got ${np}`);
      update(o, args, kw);
    },
    iter: (o) => newODictIter(o as PyDict, K_KEYS),
    repr: (o) => {
      const d = o as PyDict;
      if (d.used === 0) return newStr(`${o.type.name}()`);
      if (!vmHooks.reprEnter(o)) return newStr('...');
      try {
        const copy = newDict();
        try {
          dictMerge(copy, o);
          return newStr(`${o.type.name}(${A.reprJS(copy)})`);
        } finally { decref(copy); }
      } finally { vmHooks.reprLeave(o); }
    },
    richcompare: (v, w, op) => {
      if (!isODict(v) || !(w instanceof PyDict) || (op !== 2 && op !== 3)) { NotImplemented.ob_refcnt++; return NotImplemented; }
      const cmp = dictSlots.richcompare!(v, w, op);
      if (!isODict(w)) return cmp;
      const truth = A.isTrue(cmp);
      decref(cmp);
      if ((op === 2) !== truth) return boolObj(truth);
      const eq = keysEqual(v, w as PyDict);
      return boolObj(eq === (op === 2));
    },
    nb: (() => {
      const nb: TypeSlots['nb'] = [];
      nb[7] = (l, r) => {
        const leftIs = isODict(l);
        const other = leftIs ? r : l;
        if (!(other instanceof PyDict)) { NotImplemented.ob_refcnt++; return NotImplemented; }
        const n = A.call(leftIs ? l.type : r.type, [l]);
        try { updateArg(n as PyDict, r); } catch (e) { decref(n); throw e; }
        return n;
      };
      nb[20] = (self, other) => { updateArg(self as PyDict, other); self.ob_refcnt++; return self; };
      return nb;
    })(),
    traverse: (o, visit) => {
      if (o.dict) visit(o.dict, RefKindCode.Attr, '__dict__');
      dictTraverse(o, visit);
    },
    clear: (o) => {
      const inst = o.dict;
      if (inst) { o.dict = null; decref(inst); }
      dictClear(o as PyDict);
    },
    // odict_sizeof: the dict (with PyODictObject's larger head) + od_fast_nodes (one pointer per
    // slot of the dict table, allocated from the first insert) + a 32-byte node per key.
    sizeof: (o) => {
      const d = o as PyDict;
      const fast = d.log2 === 0 ? 0 : 8 * (1 << d.log2);
      return dictSizeof(d) + 64 + fast + 32 * d.used;
    },
  };
  odictType = makeStaticType('OrderedDict', dictType, slots, { module: 'collections', basicsize: 112, flags: TF_DICT_SUBCLASS | TF_HAVE_GC });
  finishType(odictType);
  odictType.hasDict = true;
  odictType.hasWeakref = true;
  const t = odictType;
  const doc = newStr('Dictionary that remembers insertion order');
  t.tdict.setStr('__doc__', doc);
  decref(doc);
  defMethods(t, {
    move_to_end: (self, args, kw) => {
      const [key, lastO] = bindArgs('move_to_end', args, kw, ['key', 'last'], 1);
      const last = lastO === null ? true : A.isTrue(lastO);
      if (!dictMoveEntry(self as PyDict, key!, last)) raiseWith(PyExc.KeyError!, key!);
      return none();
    },
    popitem: (self, args, kw) => {
      const [lastO] = bindArgs('popitem', args, kw, ['last'], 0);
      const last = lastO === null ? true : A.isTrue(lastO);
      const kv = dictPopEntry(self as PyDict, last);
      if (kv === null) raise(PyExc.KeyError, 'dictionary is empty');
      return tupleSteal(kv);
    },
    update: (self, args, kw) => { update(self, args, kw); return none(); },
    keys: (self) => newView(odictKeysType, self),
    values: (self) => newView(odictValuesType, self),
    items: (self) => newView(odictItemsType, self),
    __reversed__: (self) => newODictIter(self as PyDict, K_KEYS | K_REVERSED),
    copy: (self) => {
      const d = self as PyDict;
      if (d.type === odictType) {
        const c = A.call(odictType, []) as PyDict;
        for (const [k, v] of dictItems(d)) dictSet(c, k, v);
        return c;
      }
      const c = A.call(d.type, []);
      try {
        for (const [k] of dictItems(d)) { const v = A.getItem(d, k); try { A.setItem(c, k, v); } finally { decref(v); } }
      } catch (e) { decref(c); throw e; }
      return c;
    },
    setdefault: (self, args, kw) => {
      const [key, dflt] = bindArgs('setdefault', args, kw, ['key', 'default'], 1);
      const dv = dflt ?? None;
      if (self.type === odictType) {
        const v = dictGet(self as PyDict, key!);
        if (v !== null) { v.ob_refcnt++; return v; }
        dictSet(self as PyDict, key!, dv);
        dv.ob_refcnt++;
        return dv;
      }
      if (A.contains(self, key!)) return A.getItem(self, key!);
      A.setItem(self, key!, dv);
      dv.ob_refcnt++;
      return dv;
    },
    __reduce__: (self) => {
      const inst = self.dict;
      const state = inst !== null && (inst as PyDict).used > 0 ? inst : None;
      state.ob_refcnt++;
      const items = A.callMethod(self, 'items', []);
      let it: PyObject;
      try { it = A.getIter(items); } catch (e) { decref(state); throw e; } finally { decref(items); }
      self.type.ob_refcnt++;
      emptyTuple.ob_refcnt++;
      return tupleSteal([self.type, emptyTuple, state, none(), it]);
    },
  });
  // PyObject_GenericGetDict / GenericSetDict: od_inst_dict, created on first read.
  defGetSet(t, '__dict__', (o) => { if (o.dict === null) o.dict = newDict(); o.dict.ob_refcnt++; return o.dict; }, (o, v) => {
    if (v === null) raise(PyExc.TypeError, 'cannot delete __dict__');
    if (!(v instanceof PyDict)) raise(PyExc.TypeError, `__dict__ must be set to a dictionary, not a '${v.type.name}'`);
    v.ob_refcnt++;
    const old = o.dict;
    o.dict = v;
    if (old !== null) decref(old);
  });
  defMethod(t, '__class_getitem__', (cls, args) => vmHooks.genericAlias(cls, args[0]!), 'class');
}
