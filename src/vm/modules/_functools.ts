/**
 * `_functools`: the accelerator Lib/functools.py imports (reduce, cmp_to_key, partial,
 * _lru_cache_wrapper), with Modules/_functoolsmodule.c's observable behaviour:
 * - reduce keeps its (accumulator, item) pair alive until the next step replaces it (as the C
 *   code's reused args tuple does), so __del__ runs at the same moments;
 * - partial flattens a partial argument without an instance __dict__, merges keywords
 *   (call keywords override stored ones), has CPython's repr, __reduce__, __setstate__ and a
 *   __dict__; it is subclassable;
 * - cmp_to_key returns a functools.KeyWrapper whose calls make K objects comparing through
 *   `mycmp(x, y) <op> 0`;
 * - _lru_cache_wrapper builds the C key (the lone str/int argument itself, else the args tuple, or
 *   a tuple with the keyword marker and, when typed, the argument types), hashes it once, and for a
 *   bounded cache keeps link objects in the cache dict in a doubly linked recency list, evicting the
 *   oldest by reusing its link, exactly as the C wrapper does.
 */
import { PyObject, makeImmortal } from '../objects/object';
import type { VM } from '../runtime/vm';
import { PyModule, newModule } from '../objects/module';
import { PyDict, newDict, dictSet, dictClear, dictGetKnownHash, dictPopKnownHash, dictType } from '../objects/dict';
import { PyStr, newStr, intern } from '../objects/str';
import { PyInt, newInt, intType } from '../objects/int';
import { strType } from '../objects/str';
import { PyTuple, tupleSteal, tupleFrom, tupleType, emptyTuple } from '../objects/tuple';
import { None } from '../objects/singletons';
import { newBuiltin, defMethods, defMethod } from '../objects/builtin_function';
import { makeStaticType, objectType, inheritSlots, PyType, RefKindCode, TF_HAVE_GC, tpName } from '../objects/type';
import { PyInstance, instanceTraverse, instanceClear, materializeDict } from '../objects/instance';
import { defGetSet } from '../objects/descriptors';
import { newMethod } from '../objects/method';
import { genericAlias } from './genericalias';
import { raise, PyExc } from '../runtime/errors';
import { decref, xdecref } from '../runtime/refcount';
import { gcTrack } from '../runtime/gc';
import { bindArgs, noKw, nargs } from '../runtime/args';
import { vmHooks } from '../runtime/hooks';
import { ssizeArg } from './_bisect';
import * as A from '../runtime/abstract';

function ref<T extends PyObject>(o: T): T {
  o.ob_refcnt++;
  return o;
}

function isCallable(o: PyObject): boolean {
  return o.type.slots.call !== undefined;
}

/** A new instance of a (possibly heap subclass of a) builtin type with GC. */
function allocInstance<T extends PyInstance>(tp: PyType, make: (tp: PyType) => T): T {
  const o = make(tp);
  if (tp.nslots) o.slotvals = new Array(tp.nslots).fill(null);
  if (tp.isHeap()) tp.ob_refcnt++;
  return o;
}

function dictProperty(t: PyType): void {
  defGetSet(t, '__dict__', (o) => ref(materializeDict(o)), (o, v) => {
    if (v === null) raise(PyExc.TypeError, 'cannot delete __dict__');
    if (!(v instanceof PyDict)) raise(PyExc.TypeError, `__dict__ must be set to a dictionary, not a '${v.type.name}'`);
    v.ob_refcnt++;
    const old = o.dict;
    o.dict = v;
    xdecref(old);
  });
}

// ---- reduce ---------------------------------------------------------------------------------

function reduce(_s: PyObject | null, args: PyObject[], kw: readonly string[] | null): PyObject {
  noKw('reduce', kw);
  nargs('reduce', args, 2, 3);
  const func = args[0]!;
  let result: PyObject | null = args.length > 2 ? ref(args[2]!) : null;
  let it: PyObject;
  try {
    it = A.getIter(args[1]!);
  } catch (e) {
    xdecref(result);
    if (A.isExcOf(e, PyExc.TypeError)) raise(PyExc.TypeError, 'reduce() arg 2 must support iteration');
    throw e;
  }
  // The pair last passed to func, held until replaced (the C code's recycled args tuple).
  let a0: PyObject | null = null;
  let a1: PyObject | null = null;
  try {
    for (;;) {
      const op2 = A.iterNext(it);
      if (op2 === null) break;
      if (result === null) { result = op2; continue; }
      const old0 = a0;
      a0 = result;
      result = null;
      xdecref(old0);
      const old1 = a1;
      a1 = op2;
      xdecref(old1);
      result = A.call(func, [a0, a1]);
    }
  } catch (e) {
    xdecref(a0); xdecref(a1); xdecref(result); decref(it);
    throw e;
  }
  xdecref(a0);
  xdecref(a1);
  decref(it);
  if (result === null) raise(PyExc.TypeError, 'reduce() of empty iterable with no initial value');
  return result;
}

// ---- cmp_to_key -----------------------------------------------------------------------------

class PyKey extends PyObject {
  declare cmp: PyObject | null;
  declare object: PyObject | null;
}

let keyType: PyType | null = null;

function newKey(tp: PyType, cmp: PyObject, object: PyObject | null): PyKey {
  const k = new PyKey(tp);
  k.cmp = ref(cmp);
  k.object = object === null ? null : ref(object);
  gcTrack(k);
  return k;
}

function initKeyType(): PyType {
  if (keyType) return keyType;
  const t = makeStaticType('KeyWrapper', objectType, {
    call: (o, args, kw) => {
      const v = bindArgs('K', args, kw, ['obj'], 1);
      return newKey(o.type, (o as PyKey).cmp!, v[0]!);
    },
    richcompare: (a, b, op) => {
      if (b.type !== a.type) raise(PyExc.TypeError, 'other argument must be K instance');
      const x = (a as PyKey).object, y = (b as PyKey).object;
      if (!x || !y) raise(PyExc.AttributeError, 'object');
      const res = A.call((a as PyKey).cmp!, [x, y]);
      try {
        const zero = newInt(0);
        try { return A.richCompare(res, zero, op); } finally { decref(zero); }
      } finally {
        decref(res);
      }
    },
    traverse: (o, visit) => {
      const k = o as PyKey;
      if (k.cmp) visit(k.cmp, RefKindCode.Attr, 'cmp');
      if (k.object) visit(k.object, RefKindCode.Attr, 'obj');
    },
    clear: (o) => { const k = o as PyKey; const c = k.cmp, x = k.object; k.cmp = null; k.object = null; xdecref(c); xdecref(x); },
    dealloc: (o) => { const k = o as PyKey; const c = k.cmp, x = k.object; k.cmp = null; k.object = null; xdecref(c); xdecref(x); },
    sizeof: () => 32,
  }, { module: 'functools', basicsize: 32, flags: TF_HAVE_GC, noSubclass: true });
  t.tdict = makeImmortal(newDict());
  inheritSlots(t);
  // A type defining comparison without __hash__ is unhashable.
  t.tdict.setStr('__hash__', None);
  t.slots.hash = () => raise(PyExc.TypeError, "unhashable type: 'functools.KeyWrapper'");
  defGetSet(t, 'obj', (o) => ref((o as PyKey).object ?? None));
  keyType = t;
  return t;
}

// ---- partial --------------------------------------------------------------------------------

class PyPartial extends PyInstance {
  declare fn: PyObject | null;
  declare args: PyTuple | null;
  declare kw: PyDict | null;
}

let partialType: PyType | null = null;

/** Keyword names and values of a vectorcall (kwnames) as a new dict. */
function kwDict(args: PyObject[], kwnames: readonly string[] | null): PyDict {
  const d = newDict();
  if (kwnames) {
    const np = args.length - kwnames.length;
    for (let i = 0; i < kwnames.length; i++) dictSet(d, intern(kwnames[i]!), args[np + i]!);
  }
  return d;
}

function dictCopy(src: PyDict): PyDict {
  const d = newDict();
  for (let i = 0; i < src.ks.length; i++) {
    const k = src.ks[i];
    if (k !== null && k !== undefined) dictSet(d, k, src.vs[i]!);
  }
  return d;
}

function partialNew(tp: PyType, args: PyObject[], kwnames: readonly string[] | null): PyObject {
  const nk = kwnames ? kwnames.length : 0;
  const np = args.length - nk;
  if (np < 1) raise(PyExc.TypeError, "type 'partial' takes at least one argument");
  let func = args[0]!;
  let pargs: PyTuple | null = null;
  let pkw: PyDict | null = null;
  if (func.type.slots.call === partialType!.slots.call && func.dict === null) {
    const part = func as PyPartial;
    pargs = part.args;
    pkw = part.kw;
    func = part.fn!;
  }
  if (!isCallable(func)) raise(PyExc.TypeError, 'the first argument must be callable');
  const pto = allocInstance(tp, (t) => new PyPartial(t));
  pto.fn = ref(func);
  const rest = args.slice(1, np);
  pto.args = pargs === null ? tupleFrom(rest) : tupleFrom([...pargs.items, ...rest]);
  pto.kw = null;
  gcTrack(pto);
  try {
    if (pkw === null || pkw.used === 0) {
      pto.kw = kwDict(args, kwnames);
    } else {
      const kw = dictCopy(pkw);
      pto.kw = kw;
      if (kwnames) {
        for (let i = 0; i < kwnames.length; i++) dictSet(kw, intern(kwnames[i]!), args[np + i]!);
      }
    }
  } catch (e) {
    decref(pto);
    throw e;
  }
  return pto;
}

function partialCall(o: PyObject, args: PyObject[], kwnames: readonly string[] | null): PyObject {
  const pto = o as PyPartial;
  const pa = pto.args!.items;
  const kw = pto.kw!;
  const nk = kwnames ? kwnames.length : 0;
  const np = args.length - nk;
  if (kw.used === 0) {
    if (pa.length === 0) return A.call(pto.fn!, args, kwnames);
    return A.call(pto.fn!, pa.length === 1 ? [pa[0]!, ...args] : pa.concat(args), kwnames);
  }
  // Stored keywords first (in their order), call keywords overriding them or appended.
  const names: string[] = [];
  const vals: PyObject[] = [];
  for (let i = 0; i < kw.ks.length; i++) {
    const k = kw.ks[i];
    if (k === null || k === undefined) continue;
    if (!(k instanceof PyStr)) raise(PyExc.TypeError, 'keywords must be strings');
    names.push(k.s);
    vals.push(kw.vs[i]!);
  }
  for (let i = 0; i < nk; i++) {
    const n = kwnames![i]!;
    const j = names.indexOf(n);
    if (j >= 0) vals[j] = args[np + i]!;
    else { names.push(n); vals.push(args[np + i]!); }
  }
  const full = pa.concat(args.slice(0, np), vals);
  // Hold the values across the call: the stored dict may be mutated by the callee.
  for (const v of vals) v.ob_refcnt++;
  try {
    return A.call(pto.fn!, full, names);
  } finally {
    for (const v of vals) decref(v);
  }
}

function partialRepr(o: PyObject): PyObject {
  const pto = o as PyPartial;
  if (!vmHooks.reprEnter(o)) return newStr('...');
  try {
    let arglist = '';
    for (const a of pto.args!.items) arglist += ', ' + A.reprJS(a);
    const kw = pto.kw!;
    for (let i = 0; i < kw.ks.length; i++) {
      const k = kw.ks[i];
      if (k === null || k === undefined) continue;
      const v = kw.vs[i]!;
      v.ob_refcnt++;
      try { arglist += ', ' + A.strJS(k) + '=' + A.reprJS(v); } finally { decref(v); }
    }
    return newStr(`${tpName(o.type)}(${A.reprJS(pto.fn!)}${arglist})`);
  } finally {
    vmHooks.reprLeave(o);
  }
}

function partialSetstate(o: PyObject, state: PyObject): void {
  const pto = o as PyPartial;
  const bad = (): never => raise(PyExc.TypeError, 'invalid partial state');
  if (!(state instanceof PyTuple)) bad();
  const st = state as PyTuple;
  if (st.items.length !== 4) {
    raise(PyExc.TypeError, `partial expected 4 arguments, got ${st.items.length}`);
  }
  const [fn, fnargs, kw, dict] = st.items as [PyObject, PyObject, PyObject, PyObject];
  if (!isCallable(fn) || !(fnargs instanceof PyTuple) || (kw !== None && !(kw instanceof PyDict))) bad();
  const newArgs = fnargs.type === tupleType ? ref(fnargs as PyTuple) : tupleFrom((fnargs as PyTuple).items);
  const newKw = kw === None ? newDict() : kw.type === dictType ? ref(kw as PyDict) : dictCopy(kw as PyDict);
  const newDictV = dict === None ? null : ref(dict);
  const oldFn = pto.fn, oldArgs = pto.args, oldKw = pto.kw, oldDict = pto.dict;
  pto.fn = ref(fn);
  pto.args = newArgs;
  pto.kw = newKw;
  pto.dict = newDictV;
  xdecref(oldFn); xdecref(oldArgs); xdecref(oldKw); xdecref(oldDict);
}

const PARTIAL_FIELDS = ['fn', 'args', 'kw'] as const;

function initPartialType(): PyType {
  if (partialType) return partialType;
  const t = makeStaticType('partial', objectType, {
    new: partialNew,
    init: () => {},
    call: partialCall,
    repr: partialRepr,
    traverse: (o, visit) => {
      const p = o as PyPartial;
      if (p.fn) visit(p.fn, RefKindCode.Attr, 'func');
      if (p.args) visit(p.args, RefKindCode.Attr, 'args');
      if (p.kw) visit(p.kw, RefKindCode.Attr, 'keywords');
      if (p.dict) visit(p.dict, RefKindCode.Attr, '__dict__');
      instanceTraverse(o, visit);
    },
    clear: (o) => {
      const p = o as PyPartial;
      for (const f of PARTIAL_FIELDS) { const x = p[f]; p[f] = null; xdecref(x); }
      const d = p.dict; p.dict = null; xdecref(d);
      instanceClear(o);
    },
    dealloc: (o) => {
      const p = o as PyPartial;
      for (const f of PARTIAL_FIELDS) { const x = p[f]; p[f] = null; xdecref(x); }
      instanceClear(o);
    },
    sizeof: (o) => o.type.basicsize,
  }, { module: 'functools', basicsize: 64, flags: TF_HAVE_GC });
  t.tdict = makeImmortal(newDict());
  t.hasDict = true;
  t.hasWeakref = true;
  inheritSlots(t);
  const doc = newStr('partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n');
  t.tdict.setStr('__doc__', doc);
  decref(doc);
  defGetSet(t, 'func', (o) => ref((o as PyPartial).fn ?? None));
  defGetSet(t, 'args', (o) => ref((o as PyPartial).args ?? None));
  defGetSet(t, 'keywords', (o) => ref((o as PyPartial).kw ?? None));
  dictProperty(t);
  defMethods(t, {
    __reduce__: (o, args, kw) => {
      noKw('partial.__reduce__', kw);
      nargs('partial.__reduce__', args, 0, 0, true);
      const p = o as PyPartial;
      const fn = p.fn!;
      return tupleSteal([ref(o.type), tupleSteal([ref(fn)]), tupleSteal([ref(fn), ref(p.args!), ref(p.kw!), ref(p.dict ?? None)])]);
    },
    __setstate__: (o, args, kw) => {
      noKw('partial.__setstate__', kw);
      nargs('partial.__setstate__', args, 1, 1, true);
      partialSetstate(o, args[0]!);
      None.ob_refcnt++;
      return None;
    },
  });
  defMethod(t, '__class_getitem__', (cls, args) => genericAlias(cls, args[0]!), 'class');
  partialType = t;
  return t;
}

// ---- _lru_cache_wrapper ---------------------------------------------------------------------

/** A cache entry of a bounded cache (`functools._lru_list_elem`): the cache dict's value. */
class PyLink extends PyObject {
  declare prev: PyLink | PyLru;
  declare next: PyLink | PyLru;
  declare hash: number;
  declare key: PyObject | null;
  declare result: PyObject | null;
}

let linkType: PyType | null = null;

class PyLru extends PyInstance {
  declare prev: PyLink | PyLru;
  declare next: PyLink | PyLru;
  declare kind: number; // 0 uncached, 1 infinite, 2 bounded
  declare typed: boolean;
  declare cache: PyDict | null;
  declare hits: number;
  declare misses: number;
  declare func: PyObject | null;
  declare maxsize: number;
  declare kwdMark: PyObject | null;
  declare cacheInfoType: PyObject | null;
}

let lruType: PyType | null = null;
let kwdMark: PyObject | null = null;

/** lru_cache_make_key: a new reference. */
function makeKey(lru: PyLru, args: PyObject[], kwnames: readonly string[] | null): PyObject {
  const nk = kwnames ? kwnames.length : 0;
  const np = args.length - nk;
  if (!lru.typed && nk === 0) {
    if (np === 1) {
      const k = args[0]!;
      if (k.type === strType || k.type === intType) return ref(k);
    }
    if (np === 0) return ref(emptyTuple);
    return tupleFrom(args);
  }
  const items: PyObject[] = [];
  for (let i = 0; i < np; i++) items.push(ref(args[i]!));
  if (nk) {
    items.push(ref(lru.kwdMark!));
    for (let i = 0; i < nk; i++) { items.push(ref(intern(kwnames![i]!))); items.push(ref(args[np + i]!)); }
  }
  if (lru.typed) {
    for (let i = 0; i < np; i++) items.push(ref(args[i]!.type));
    for (let i = 0; i < nk; i++) items.push(ref(args[np + i]!.type));
  }
  return tupleSteal(items);
}

function extractLink(link: PyLink): void {
  link.prev.next = link.next;
  link.next.prev = link.prev;
}

function appendLink(lru: PyLru, link: PyLink): void {
  const last = lru.prev;
  last.next = link;
  lru.prev = link;
  link.prev = last;
  link.next = lru;
}

function prependLink(lru: PyLru, link: PyLink): void {
  const first = lru.next;
  first.prev = link;
  lru.next = link;
  link.prev = lru;
  link.next = first;
}

function lruCall(o: PyObject, args: PyObject[], kwnames: readonly string[] | null): PyObject {
  const lru = o as PyLru;
  if (lru.kind === 0) {
    lru.misses++;
    return A.call(lru.func!, args, kwnames);
  }
  const key = makeKey(lru, args, kwnames);
  let hash: number;
  try { hash = A.hashOf(key); } catch (e) { decref(key); throw e; }
  const cache = lru.cache!;
  if (lru.kind === 1) {
    let hit: PyObject | null;
    try { hit = dictGetKnownHash(cache, key, hash); } catch (e) { decref(key); throw e; }
    if (hit !== null) {
      hit.ob_refcnt++;
      lru.hits++;
      decref(key);
      return hit;
    }
    lru.misses++;
    let result: PyObject;
    try { result = A.call(lru.func!, args, kwnames); } catch (e) { decref(key); throw e; }
    try { dictSet(cache, key, result, hash); } catch (e) { decref(result); decref(key); throw e; }
    decref(key);
    return result;
  }
  let found: PyObject | null;
  try { found = dictGetKnownHash(cache, key, hash); } catch (e) { decref(key); throw e; }
  if (found !== null) {
    const link = found as PyLink;
    extractLink(link);
    appendLink(lru, link);
    lru.hits++;
    decref(key);
    return ref(link.result!);
  }
  lru.misses++;
  let result: PyObject;
  try { result = A.call(lru.func!, args, kwnames); } catch (e) { decref(key); throw e; }
  let test: PyObject | null;
  try { test = dictGetKnownHash(cache, key, hash); } catch (e) { decref(key); decref(result); throw e; }
  if (test !== null) { decref(key); return result; }
  if (cache.used < lru.maxsize || lru.next === lru) {
    const link = new PyLink(linkType!);
    link.hash = hash;
    link.key = key;
    link.result = result;
    link.prev = link.next = link;
    // The list owns the creation reference; the cache dict holds its own.
    try { dictSet(cache, key, link, hash); } catch (e) { decref(link); throw e; }
    appendLink(lru, link);
    return ref(result);
  }
  // Full: reuse the oldest link for the new entry.
  const link = lru.next as PyLink;
  extractLink(link);
  let pop: PyObject | null;
  try {
    pop = dictPopKnownHash(cache, link.key!, link.hash);
  } catch (e) {
    prependLink(lru, link);
    decref(key); decref(result);
    throw e;
  }
  if (pop === null) {
    // Another call already removed the old key: the link is an orphan.
    decref(link);
    decref(key);
    return result;
  }
  const oldkey = link.key!, oldresult = link.result!;
  link.hash = hash;
  link.key = key;
  link.result = result;
  try {
    dictSet(cache, key, link, hash);
  } catch (e) {
    decref(pop); decref(oldkey); decref(oldresult);
    throw e;
  }
  appendLink(lru, link);
  result.ob_refcnt++;
  decref(pop);
  decref(oldkey);
  decref(oldresult);
  return result;
}

/** Empties the recency list, returning the links it owned (to release after the dict). */
function unlinkList(lru: PyLru): PyLink[] {
  const out: PyLink[] = [];
  for (let l = lru.next; l !== lru; l = (l as PyLink).next) out.push(l as PyLink);
  lru.next = lru.prev = lru;
  return out;
}

function lruClearAll(lru: PyLru): void {
  const links = unlinkList(lru);
  const fields = ['cache', 'func', 'kwdMark', 'cacheInfoType'] as const;
  for (const f of fields) { const x = lru[f]; (lru as unknown as Record<string, PyObject | null>)[f] = null; xdecref(x); }
  for (const l of links) decref(l);
}

function initLruTypes(): PyType {
  if (lruType) return lruType;
  linkType = makeStaticType('_lru_list_elem', objectType, {
    dealloc: (o) => {
      const l = o as PyLink;
      const k = l.key, r = l.result;
      l.key = l.result = null;
      xdecref(k); xdecref(r);
    },
    sizeof: () => 48,
  }, { module: 'functools', basicsize: 48, noSubclass: true });
  linkType.tdict = makeImmortal(newDict());
  inheritSlots(linkType);
  const t = makeStaticType('_lru_cache_wrapper', objectType, {
    new: (tp, args, kw) => {
      const v = bindArgs('lru_cache', args, kw, ['user_function', 'maxsize', 'typed', 'cache_info_type'], 4);
      const func = v[0]!, maxO = v[1]!;
      const typed = A.isTrue(v[2]!);
      if (!isCallable(func)) raise(PyExc.TypeError, 'the first argument must be callable');
      let kind: number;
      let maxsize: number;
      if (maxO === None) { kind = 1; maxsize = -1; }
      else if (maxO instanceof PyInt || maxO.type.slots.index) {
        const i = A.index(maxO);
        const iv = i.v;
        decref(i);
        maxsize = typeof iv === 'bigint' ? (iv < 0n ? -1 : Number.MAX_SAFE_INTEGER) : iv;
        if (maxsize < 0) maxsize = 0;
        kind = maxsize === 0 ? 0 : 2;
      } else raise(PyExc.TypeError, 'maxsize should be integer or None');
      const cache = newDict();
      const lru = allocInstance(tp, (t2) => new PyLru(t2));
      lru.prev = lru.next = lru;
      lru.kind = kind;
      lru.typed = typed;
      lru.cache = cache;
      lru.func = ref(func);
      lru.hits = lru.misses = 0;
      lru.maxsize = maxsize;
      lru.kwdMark = ref(kwdMark!);
      lru.cacheInfoType = ref(v[3]!);
      gcTrack(lru);
      return lru;
    },
    init: () => {},
    call: lruCall,
    descrGet: (d, obj) => (obj === null || obj === None ? ref(d) : newMethod(d, obj)),
    traverse: (o, visit) => {
      const lru = o as PyLru;
      for (let l = lru.next; l !== lru; l = (l as PyLink).next) {
        const link = l as PyLink;
        if (link.key) visit(link.key, RefKindCode.Internal, 'key');
        if (link.result) visit(link.result, RefKindCode.Internal, 'result');
      }
      if (lru.cache) visit(lru.cache, RefKindCode.Internal, 'cache');
      if (lru.func) visit(lru.func, RefKindCode.Attr, '__wrapped__');
      if (lru.kwdMark) visit(lru.kwdMark, RefKindCode.Internal, 'kwd_mark');
      if (lru.cacheInfoType) visit(lru.cacheInfoType, RefKindCode.Internal, 'cache_info_type');
      if (lru.dict) visit(lru.dict, RefKindCode.Attr, '__dict__');
      instanceTraverse(o, visit);
    },
    clear: (o) => { lruClearAll(o as PyLru); const d = o.dict; o.dict = null; xdecref(d); instanceClear(o); },
    dealloc: (o) => { lruClearAll(o as PyLru); instanceClear(o); },
    sizeof: (o) => o.type.basicsize,
  }, { module: 'functools', basicsize: 152, flags: TF_HAVE_GC, noSubclass: true });
  t.tdict = makeImmortal(newDict());
  t.hasDict = true;
  t.hasWeakref = true;
  inheritSlots(t);
  const doc = newStr('Create a cached callable that wraps another function.\n\nuser_function:      the function being cached\n\nmaxsize:  0         for no caching\n          None      for unlimited cache size\n          n         for a bounded cache\n\ntyped:    False     cache f(3) and f(3.0) as identical calls\n          True      cache f(3) and f(3.0) as distinct calls\n\ncache_info_type:    namedtuple class with the fields:\n                        hits misses currsize maxsize\n');
  t.tdict.setStr('__doc__', doc);
  decref(doc);
  dictProperty(t);
  defMethods(t, {
    cache_info: (o, args, kw) => {
      noKw('cache_info', kw);
      nargs('cache_info', args, 0, 0, true);
      const lru = o as PyLru;
      const vals = [newInt(lru.hits), newInt(lru.misses), lru.maxsize === -1 ? ref(None) : newInt(lru.maxsize), newInt(lru.cache!.used)];
      try { return A.call(lru.cacheInfoType!, vals); } finally { for (const x of vals) decref(x); }
    },
    cache_clear: (o, args, kw) => {
      noKw('cache_clear', kw);
      nargs('cache_clear', args, 0, 0, true);
      const lru = o as PyLru;
      const links = unlinkList(lru);
      lru.hits = lru.misses = 0;
      dictClear(lru.cache!);
      for (const l of links) decref(l);
      None.ob_refcnt++;
      return None;
    },
    __reduce__: (o) => A.getAttr(o, '__qualname__'),
    __copy__: (o) => ref(o),
    __deepcopy__: (o) => ref(o),
  });
  lruType = t;
  return t;
}

export function makeFunctoolsModule(vm: VM): PyModule {
  void vm;
  const m = newModule('_functools', newStr('Tools that operate on functions.'));
  const d = m.dict as PyDict;
  const add = (name: string, o: PyObject): void => { d.setStr(name, o); decref(o); };
  add('reduce', newBuiltin('reduce', reduce, m));
  const kt = initKeyType();
  add('cmp_to_key', newBuiltin('cmp_to_key', (_s, args, kw) => {
    const v = bindArgs('cmp_to_key', args, kw, ['mycmp'], 1);
    return newKey(kt, v[0]!, null);
  }, m));
  d.setStr('partial', initPartialType());
  if (kwdMark === null) kwdMark = makeImmortal(A.call(objectType, []));
  d.setStr('_lru_cache_wrapper', initLruTypes());
  return m;
}
