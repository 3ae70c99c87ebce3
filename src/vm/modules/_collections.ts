/**
 * `_collections` (Modules/_collectionsmodule.c): deque and its iterators (../objects/deque.ts),
 * defaultdict (a dict with a `default_factory` reference), _tuplegetter (namedtuple's field
 * descriptors) and _count_elements (Counter's counting loop).
 */
import type { PyObject } from '../objects/object';
import type { VM } from '../runtime/vm';
import { PyModule, newModule } from '../objects/module';
import { PyDict, dictType, dictGet, dictSet, dictTraverse, dictClear, dictSizeof } from '../objects/dict';
import { dictSlots, dictMerge } from '../objects/dict_methods';
import { newStr } from '../objects/str';
import { PyInt, newInt, intAdd, intType } from '../objects/int';
import { None, NotImplemented } from '../objects/singletons';
import { PyTuple, tupleSteal, emptyTuple } from '../objects/tuple';
import { defMethods, defMethod, newBuiltin } from '../objects/builtin_function';
import { defGetSet } from '../objects/descriptors';
import { makeStaticType, objectType, PyType, TF_HAVE_GC, RefKindCode, lookup } from '../objects/type';
import { PyInstance } from '../objects/instance';
import { initDequeTypes, dequeType, dequeIterType, dequeRevIterType, finishType } from '../objects/deque';
import { initODict, odictType } from './_collections_odict';
import { raise, raiseWith, PyExc } from '../runtime/errors';
import { decref, xdecref } from '../runtime/refcount';
import { gcTrack } from '../runtime/gc';
import { noKw, nargs, bindArgs } from '../runtime/args';
import { vmHooks } from '../runtime/hooks';
import * as A from '../runtime/abstract';

export class PyDefaultDict extends PyDict {
  declare factory: PyObject | null;
  constructor(t: PyType) {
    super(t);
    this.factory = null;
  }
}

export let defaultdictType: PyType;
export let tuplegetterType: PyType;

function none(): PyObject {
  None.ob_refcnt++;
  return None;
}

/** defdict_missing: KeyError((key,)) without a factory, else self[key] = factory(). */
function missing(dd: PyDefaultDict, key: PyObject): PyObject {
  const f = dd.factory;
  if (f === null || f === None) {
    raiseWith(PyExc.KeyError!, key);
  }
  const v = A.call(f, []);
  try { A.setItem(dd, key, v); } catch (e) { decref(v); throw e; }
  return v;
}

let ownMissing: PyObject | null = null;

/** type(dd)(default_factory, arg): copy() and `|` call the object's class. */
function newLike(dd: PyDefaultDict, arg: PyObject): PyObject {
  return A.call(dd.type, [dd.factory ?? None, arg]);
}

function initDefaultDict(): void {
  const dictGetItem = dictSlots.getitem!;
  defaultdictType = makeStaticType('defaultdict', dictType, {
    new: (t) => {
      const d = new PyDefaultDict(t);
      if (t.isHeap()) t.ob_refcnt++;
      gcTrack(d);
      return d;
    },
    init: (o, args, kw) => {
      const dd = o as PyDefaultDict;
      const nk = kw ? kw.length : 0;
      const np = args.length - nk;
      const old = dd.factory;
      let nf: PyObject | null = null;
      if (np > 0) {
        nf = args[0]!;
        if (nf !== None && !nf.type.slots.call) raise(PyExc.TypeError, 'first argument must be callable or None');
      }
      if (nf) nf.ob_refcnt++;
      dd.factory = nf;
      try {
        dictSlots.init!(o, np > 0 ? args.slice(1) : args, kw);
      } finally { xdecref(old); }
    },
    getitem: (o, k) => {
      const v = dictGet(o as PyDict, k);
      if (v !== null) { v.ob_refcnt++; return v; }
      if (o.type === defaultdictType || lookup(o.type, '__missing__') === ownMissing) return missing(o as PyDefaultDict, k);
      return dictGetItem(o, k);
    },
    repr: (o) => {
      const dd = o as PyDefaultDict;
      const base = dictSlots.repr!(o);
      let fr: string;
      try {
        const f = dd.factory;
        if (f === null) fr = 'None';
        else if (!vmHooks.reprEnter(f)) fr = '...';
        else { try { fr = A.reprJS(f); } finally { vmHooks.reprLeave(f); } }
        return newStr(`${o.type.name}(${fr}, ${(base as unknown as { s: string }).s})`);
      } finally { decref(base); }
    },
    nb: [undefined, undefined, undefined, undefined, undefined, undefined, undefined, (l, r) => {
      const self = (l instanceof PyDefaultDict ? l : r) as PyDefaultDict;
      const other = self === l ? r : l;
      if (!(other instanceof PyDict)) { NotImplemented.ob_refcnt++; return NotImplemented; }
      const n = newLike(self, l);
      try { dictMerge(n as PyDict, r); } catch (e) { decref(n); throw e; }
      return n;
    }],
    traverse: (o, visit) => {
      const f = (o as PyDefaultDict).factory;
      if (f) visit(f, RefKindCode.Attr, 'default_factory');
      dictTraverse(o, visit);
    },
    clear: (o) => {
      const dd = o as PyDefaultDict;
      const f = dd.factory; dd.factory = null; xdecref(f);
      dictClear(dd);
    },
    dealloc: (o) => {
      const dd = o as PyDefaultDict;
      const f = dd.factory; dd.factory = null; xdecref(f);
      dictClear(dd);
    },
    sizeof: (o) => dictSizeof(o as PyDict) + 8,
  }, { module: 'collections', basicsize: 56, flags: TF_HAVE_GC });
  finishType(defaultdictType);
  const t = defaultdictType;
  const doc = newStr('defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\nThe default factory is called without arguments to produce\na new value when a key is not present, in __getitem__ only.\nA defaultdict compares equal to a dict with the same items.\nAll remaining arguments are treated the same as if they were\npassed to the dict constructor, including keyword arguments.\n');
  t.tdict.setStr('__doc__', doc);
  decref(doc);
  const copy = (o: PyObject, args: PyObject[], kw: readonly string[] | null): PyObject => {
    noKw('defaultdict.copy', kw); nargs('defaultdict.copy', args, 0, 0, true);
    return newLike(o as PyDefaultDict, o);
  };
  defMethods(t, {
    __missing__: (o, args, kw) => { noKw('defaultdict.__missing__', kw); nargs('defaultdict.__missing__', args, 1, 1, true); return missing(o as PyDefaultDict, args[0]!); },
    copy,
    __copy__: copy,
    __reduce__: (o) => {
      const dd = o as PyDefaultDict;
      const f = dd.factory;
      let args: PyObject;
      if (f === null || f === None) { emptyTuple.ob_refcnt++; args = emptyTuple; }
      else { f.ob_refcnt++; args = tupleSteal([f]); }
      const items = A.callMethod(o, 'items', []);
      let it: PyObject;
      try { it = A.getIter(items); } catch (e) { decref(args); throw e; } finally { decref(items); }
      o.type.ob_refcnt++;
      return tupleSteal([o.type, args, none(), none(), it]);
    },
  });
  ownMissing = t.tdict.getStr('__missing__');
  defMethod(t, '__class_getitem__', (cls, args) => vmHooks.genericAlias(cls, args[0]!), 'class');
  defGetSet(t, 'default_factory', (o) => { const f = (o as PyDefaultDict).factory ?? None; f.ob_refcnt++; return f; }, (o, v) => {
    const dd = o as PyDefaultDict;
    const old = dd.factory;
    if (v) v.ob_refcnt++;
    dd.factory = v;
    xdecref(old);
  });
}

class PyTupleGetter extends PyInstance {
  declare index: number;
  declare doc: PyObject | null;
  constructor(t: PyType, index: number, doc: PyObject) {
    super(t);
    this.index = index;
    doc.ob_refcnt++;
    this.doc = doc;
  }
}

function initTupleGetter(): void {
  const release = (o: PyObject) => { const g = o as PyTupleGetter; const d = g.doc; g.doc = null; xdecref(d); };
  tuplegetterType = makeStaticType('_tuplegetter', objectType, {
    new: (t, args, kw) => {
      noKw('_tuplegetter', kw);
      nargs('_tuplegetter', args, 2, 2);
      const k = args[0]!;
      if (!(k instanceof PyInt) && !k.type.slots.index) raise(PyExc.TypeError, `'${k.type.name}' object cannot be interpreted as an integer`);
      const iv = A.index(k);
      const v = iv.v;
      decref(iv);
      if (typeof v === 'bigint') raise(PyExc.OverflowError, 'Python int too large to convert to C ssize_t');
      const g = new PyTupleGetter(t, v, args[1]!);
      gcTrack(g);
      return g;
    },
    descrGet: (self, obj) => {
      const g = self as PyTupleGetter;
      if (obj === null || obj === None) { self.ob_refcnt++; return self; }
      if (!(obj instanceof PyTuple)) raise(PyExc.TypeError, `descriptor for index '${g.index}' for tuple subclasses doesn't apply to '${obj.type.name}' object`);
      const i = g.index;
      if (i < 0 || i >= obj.items.length) raise(PyExc.IndexError, 'tuple index out of range');
      const x = obj.items[i]!;
      x.ob_refcnt++;
      return x;
    },
    descrSet: (_self, _obj, v) => { raise(PyExc.AttributeError, v === null ? "can't delete attribute" : "can't set attribute"); },
    repr: (o) => { const g = o as PyTupleGetter; return newStr(`${o.type.name}(${g.index}, ${A.reprJS(g.doc ?? None)})`); },
    traverse: (o, visit) => { const d = (o as PyTupleGetter).doc; if (d) visit(d, RefKindCode.Attr, '__doc__'); },
    clear: release,
    dealloc: release,
    sizeof: () => 32,
  }, { module: 'collections', basicsize: 32, noSubclass: true, flags: TF_HAVE_GC });
  finishType(tuplegetterType);
  defMethods(tuplegetterType, {
    __reduce__: (o) => {
      const g = o as PyTupleGetter;
      const d = g.doc ?? None;
      d.ob_refcnt++;
      tuplegetterType.ob_refcnt++;
      return tupleSteal([tuplegetterType, tupleSteal([newInt(g.index), d])]);
    },
  });
  defGetSet(tuplegetterType, '__doc__', (o) => { const d = (o as PyTupleGetter).doc ?? None; d.ob_refcnt++; return d; }, (o, v) => {
    const g = o as PyTupleGetter;
    const old = g.doc;
    if (v) v.ob_refcnt++;
    g.doc = v;
    xdecref(old);
  });
}

let dictGetDescr: PyObject | null = null;
let dictSetItemDescr: PyObject | null = null;

/** _count_elements: mapping[elem] = mapping.get(elem, 0) + 1 for each element. */
function countElements(_m: PyObject | null, args: PyObject[], kw: readonly string[] | null): PyObject {
  noKw('_count_elements', kw);
  nargs('_count_elements', args, 2, 2);
  const mapping = args[0]!;
  const it = A.getIter(args[1]!);
  try {
    const next = it.type.slots.iternext!;
    if (mapping instanceof PyDict && lookup(mapping.type, 'get') === dictGetDescr && lookup(mapping.type, '__setitem__') === dictSetItemDescr) {
      for (let k = next(it); k !== null; k = next(it)) {
        try {
          const old = dictGet(mapping, k);
          let nv: PyObject;
          if (old === null) nv = newInt(1);
          else if (old instanceof PyInt && old.type === intType) nv = intAdd(old.v, 1);
          else { const one = newInt(1); try { nv = A.binaryOp(old, one, 0); } finally { decref(one); } }
          try { dictSet(mapping, k, nv); } finally { decref(nv); }
        } finally { decref(k); }
      }
    } else {
      const get = A.getAttr(mapping, 'get');
      const zero = newInt(0), one = newInt(1);
      try {
        for (let k = next(it); k !== null; k = next(it)) {
          try {
            const old = A.call(get, [k, zero]);
            let nv: PyObject;
            try { nv = A.binaryOp(old, one, 0); } finally { decref(old); }
            try { A.setItem(mapping, k, nv); } finally { decref(nv); }
          } finally { decref(k); }
        }
      } finally { decref(get); decref(zero); decref(one); }
    }
  } finally { decref(it); }
  return none();
}

let ready = false;

export function makeCollectionsModule(vm: VM): PyModule {
  void vm;
  if (!ready) {
    ready = true;
    initDequeTypes();
    initDefaultDict();
    initTupleGetter();
    initODict();
    dictGetDescr = dictType.tdict.getStr('get');
    dictSetItemDescr = dictType.tdict.getStr('__setitem__');
  }
  const m = newModule('_collections', newStr('High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n'));
  const d = m.dict as PyDict;
  d.setStr('deque', dequeType);
  d.setStr('defaultdict', defaultdictType);
  d.setStr('OrderedDict', odictType);
  d.setStr('_deque_iterator', dequeIterType);
  d.setStr('_deque_reverse_iterator', dequeRevIterType);
  d.setStr('_tuplegetter', tuplegetterType);
  const ce = newBuiltin('_count_elements', countElements, m);
  d.setStr('_count_elements', ce);
  decref(ce);
  void bindArgs;
  return m;
}
