/**
 * Iterator types over builtin containers and the lazy builtins: list_iterator, tuple_iterator,
 * str_ascii_iterator/str_iterator, dict key/value/item iterators, reversed list iterator, the
 * sequence iterator (`iterator`), callable_iterator, enumerate, zip, map, filter.
 * Each iterator owns its source (`src`) until exhausted, when it drops it like CPython does.
 */
import { PyObject, nextSerial, memObserver } from './object';
import { makeStaticType, objectType, PyType, RefKindCode, TF_HAVE_GC, type TypeSlots } from './type';
import { PyStr, newStr } from './str';
import { PyList } from './list';
import { PyTuple, tupleSteal } from './tuple';
import { PyDict } from './dict';
import { PyInt, newInt, intAdd, smallInt } from './int';
import { raise, PyExc } from '../runtime/errors';
import { decref, xdecref } from '../runtime/refcount';
import { gcTrack } from '../runtime/gc';
import { getItem, iterNext, call, isTrue, richEq, isExcOf, getIter } from '../runtime/abstract';
import { None } from './singletons';

export class PyIter extends PyObject {
  /** Extra owned references (zip/map iterators, callable/sentinel). */
  declare parts: PyObject[];
  declare version: number;
  declare src: PyObject | null;
  declare i: number;
  /** enumerate/zip/dict item iterators: the result tuple they recycle while nobody else holds it. */
  declare result: PyTuple | null;
  constructor(type: PyType, src: PyObject | null, i: number) {
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
    this.result = null;
    this.parts = [];
    this.version = 0;
    this.src = src;
    this.i = i;
  }
}

export let listIterType: PyType;
export let listRevIterType: PyType;
export let tupleIterType: PyType;
export let strIterType: PyType;
export let strAsciiIterType: PyType;
export let dictKeyIterType: PyType;
export let dictValueIterType: PyType;
export let dictItemIterType: PyType;
export let seqIterType: PyType;
export let bytesIterType: PyType;
export let bytearrayIterType: PyType;
export let callableIterType: PyType;
export let enumerateType: PyType;
export let zipType: PyType;
export let mapType: PyType;
export let filterType: PyType;
export let reversedType: PyType;

/** New iterator of `type` over src (borrowed; the iterator takes a reference). */
export function newIter(type: PyType, src: PyObject, i = 0): PyIter {
  src.ob_refcnt++;
  const it = new PyIter(type, src, i);
  gcTrack(it);
  return it;
}

function exhaust(it: PyIter): null {
  const s = it.src;
  it.src = null;
  xdecref(s);
  return null;
}

function dictIterStep(it: PyIter): number {
  const d = it.src as PyDict;
  if (d.used !== it.version) {
    it.version = -1;
    raise(PyExc.RuntimeError, 'dictionary changed size during iteration');
  }
  while (it.i < d.ks.length && d.ks[it.i] === null) it.i++;
  if (it.i >= d.ks.length) return -1;
  return it.i++;
}

/** dictreviter_iternext: entries from the last one backwards; `it.i` is the next entry index. */
function dictRevStep(it: PyIter): number {
  const d = it.src as PyDict;
  if (d.used !== it.version) {
    it.version = -1;
    raise(PyExc.RuntimeError, 'dictionary changed size during iteration');
  }
  while (it.i >= 0 && (it.i >= d.ks.length || d.ks[it.i] === null)) it.i--;
  if (it.i < 0) return -1;
  return it.i--;
}

export let dictRevKeyIterType: PyType;
export let dictRevValueIterType: PyType;
export let dictRevItemIterType: PyType;

/** reversed(d), reversed(d.keys()/values()/items()) (dict___reversed__, dictview reversed). */
export function newDictRevIter(type: PyType, d: PyDict): PyIter {
  const it = newIter(type, d, d.ks.length - 1);
  it.version = d.used;
  return it;
}

export function newDictIter(type: PyType, d: PyDict): PyIter {
  const it = newIter(type, d);
  it.version = d.used;
  return it;
}

const iterSelf = (o: PyObject): PyObject => { o.ob_refcnt++; return o; };

/**
 * The result tuple of enumerate/zip/dict item iteration (en_result, result, di_result): reused in
 * place when the iterator holds the only reference, so the previous items stay referenced by it
 * until the next step (what sys.getrefcount sees). Steals `items`.
 */
function recycle(it: PyIter, items: PyObject[]): PyObject {
  const r = it.result;
  if (r === null) {
    const t = tupleSteal(items);
    t.ob_refcnt++;
    it.result = t;
    return t;
  }
  if (r.ob_refcnt !== 1) return tupleSteal(items);
  const old = r.items;
  r.items = items;
  r.h = -1;
  r.ob_refcnt++;
  if (r.gcGen === -1) gcTrack(r);
  for (const x of old) decref(x);
  return r;
}

function releaseIter(it: PyIter): void {
  const s = it.src; it.src = null; xdecref(s);
  const p = it.parts; it.parts = []; for (const x of p) decref(x);
  const r = it.result; it.result = null; xdecref(r);
}

function iterSlots(next: (it: PyIter) => PyObject | null, extra: TypeSlots = {}): TypeSlots {
  return {
    iter: iterSelf,
    iternext: (o) => { const it = o as PyIter; if (it.src === null && !it.parts.length) return null; return next(it); },
    traverse: (o, visit) => {
      const it = o as PyIter;
      if (it.src) visit(it.src, RefKindCode.Internal, 'it_seq');
      for (let i = 0; i < it.parts.length; i++) visit(it.parts[i]!, RefKindCode.Internal, i);
      if (it.result) visit(it.result, RefKindCode.Internal, 'result');
    },
    clear: (o) => releaseIter(o as PyIter),
    dealloc: (o) => releaseIter(o as PyIter),
    sizeof: () => 32,
    ...extra,
  };
}

function mk(name: string, next: (it: PyIter) => PyObject | null, extra: TypeSlots = {}, subclass = false): PyType {
  return makeStaticType(name, objectType, iterSlots(next, extra), { noSubclass: !subclass, flags: TF_HAVE_GC });
}

export function initIteratorTypes(): void {
  listIterType = mk('list_iterator', (it) => {
    const l = it.src as PyList;
    if (l === null || it.i >= l.items.length) return exhaust(it);
    const x = l.items[it.i++]!;
    x.ob_refcnt++;
    return x;
  });
  listRevIterType = mk('list_reverseiterator', (it) => {
    const l = it.src as PyList;
    if (l === null || it.i < 0 || it.i >= l.items.length) return exhaust(it);
    const x = l.items[it.i--]!;
    x.ob_refcnt++;
    return x;
  });
  tupleIterType = mk('tuple_iterator', (it) => {
    const t = it.src as PyTuple;
    if (t === null || it.i >= t.items.length) return exhaust(it);
    const x = t.items[it.i++]!;
    x.ob_refcnt++;
    return x;
  });
  const strNext = (it: PyIter): PyObject | null => {
    const s = it.src as PyStr;
    if (s === null || it.i >= s.n) return exhaust(it);
    return newStr(s.charAt(it.i++));
  };
  strIterType = mk('str_iterator', strNext);
  // bytes/bytearray iterators read the object's current buffer (a bytearray may change size).
  const bytesNext = (it: PyIter): PyObject | null => {
    const b = (it.src as unknown as { bytes: Uint8Array }).bytes;
    if (it.i >= b.length) return exhaust(it);
    return smallInt(b[it.i++]!);
  };
  bytesIterType = mk('bytes_iterator', bytesNext);
  bytearrayIterType = mk('bytearray_iterator', bytesNext);
  strAsciiIterType = mk('str_ascii_iterator', strNext);
  dictKeyIterType = mk('dict_keyiterator', (it) => {
    const i = dictIterStep(it);
    if (i < 0) return exhaust(it);
    const k = (it.src as PyDict).ks[i]!;
    k.ob_refcnt++;
    return k;
  }, { sizeof: () => 56 }); // head + di_dict, di_used, di_pos, di_result, len
  dictValueIterType = mk('dict_valueiterator', (it) => {
    const i = dictIterStep(it);
    if (i < 0) return exhaust(it);
    const v = (it.src as PyDict).vs[i]!;
    v.ob_refcnt++;
    return v;
  }, { sizeof: () => 56 }); // head + di_dict, di_used, di_pos, di_result, len
  dictItemIterType = mk('dict_itemiterator', (it) => {
    const i = dictIterStep(it);
    if (i < 0) return exhaust(it);
    const d = it.src as PyDict;
    const k = d.ks[i]!, v = d.vs[i]!;
    k.ob_refcnt++; v.ob_refcnt++;
    return recycle(it, [k, v]);
  }, { sizeof: () => 56 }); // head + di_dict, di_used, di_pos, di_result, len
  const revNext = (kind: 0 | 1 | 2) => (it: PyIter): PyObject | null => {
    const i = dictRevStep(it);
    if (i < 0) return exhaust(it);
    const d = it.src as PyDict;
    const k = d.ks[i]!, v = d.vs[i]!;
    if (kind === 0) { k.ob_refcnt++; return k; }
    if (kind === 1) { v.ob_refcnt++; return v; }
    k.ob_refcnt++; v.ob_refcnt++;
    return recycle(it, [k, v]);
  };
  dictRevKeyIterType = mk('dict_reversekeyiterator', revNext(0), { sizeof: () => 56 });
  dictRevValueIterType = mk('dict_reversevalueiterator', revNext(1), { sizeof: () => 56 });
  dictRevItemIterType = mk('dict_reverseitemiterator', revNext(2), { sizeof: () => 56 });
  seqIterType = mk('iterator', (it) => {
    const idx = newInt(it.i);
    try {
      const r = getItem(it.src!, idx);
      it.i++;
      return r;
    } catch (e) {
      if (isExcOf(e, PyExc.IndexError!) || isExcOf(e, PyExc.StopIteration!)) { decref(e as PyObject); return exhaust(it); }
      throw e;
    } finally {
      decref(idx);
    }
  });
  callableIterType = mk('callable_iterator', (it) => {
    const r = call(it.src!, []);
    if (richEq(r, it.parts[0]!)) { decref(r); const p = it.parts; it.parts = []; for (const x of p) decref(x); return exhaust(it); }
    return r;
  });
  enumerateType = mk('enumerate', (it) => {
    const x = iterNext(it.src!);
    if (x === null) return null;
    const c = it.parts[0]!;
    const idx = c;
    it.parts[0] = intAdd((c as PyInt).v, 1);
    return recycle(it, [idx, x]);
  }, { sizeof: () => 56 }, true);
  zipType = mk('zip', (it) => {
    const out: PyObject[] = [];
    for (let k = 0; k < it.parts.length; k++) {
      const x = iterNext(it.parts[k]!);
      if (x === null) {
        for (const y of out) decref(y);
        if (it.i === 1 && (k > 0 || out.length === 0)) {
          if (k > 0) raise(PyExc.ValueError, `zip() argument ${k + 1} is shorter than argument${k > 1 ? 's 1-' + k : ' 1'}`);
          for (let j = 1; j < it.parts.length; j++) {
            const y = iterNext(it.parts[j]!);
            if (y !== null) { decref(y); raise(PyExc.ValueError, `zip() argument ${j + 1} is longer than argument${j > 1 ? 's 1-' + j : ' 1'}`); }
          }
        }
        return null;
      }
      out.push(x);
    }
    if (!out.length) return null;
    return recycle(it, out);
  }, { sizeof: () => 48 }, true);
  mapType = mk('map', (it) => {
    const args: PyObject[] = [];
    try {
      for (let k = 1; k < it.parts.length; k++) {
        const x = iterNext(it.parts[k]!);
        if (x === null) return null;
        args.push(x);
      }
      return call(it.parts[0]!, args);
    } finally {
      for (const a of args) decref(a);
    }
  }, {}, true);
  filterType = mk('filter', (it) => {
    for (;;) {
      const x = iterNext(it.parts[1]!);
      if (x === null) return null;
      const f = it.parts[0]!;
      let ok: boolean;
      if (f === None) ok = isTrue(x);
      else { const r = call(f, [x]); ok = isTrue(r); decref(r); }
      if (ok) return x;
      decref(x);
    }
  }, {}, true);
  reversedType = mk('reversed', (it) => {
    if (it.i < 0 || it.src === null) return exhaust(it);
    const idx = newInt(it.i--);
    try { return getItem(it.src, idx); } finally { decref(idx); }
  }, {}, true);
  void getIter;
}

/** Iterator object with owned parts (for zip/map/filter/enumerate constructors). */
export function newPartsIter(type: PyType, parts: PyObject[], i = 0): PyIter {
  const it = new PyIter(type, null, i);
  it.parts = parts;
  gcTrack(it);
  return it;
}

/** An iterator type over a container defined outside this file (OrderedDict's odict_iterator). */
export function makeIterType(name: string, next: (it: PyIter) => PyObject | null, extra: TypeSlots = {}): PyType {
  return mk(name, next, extra);
}
export { exhaust as exhaustIter, recycle as recycleResult };
