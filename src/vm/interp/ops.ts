/**
 * Out-of-line instruction bodies: the slower or rarer halves of instructions (name lookups,
 * unpacking, raising, with-statements, super, formatting, intrinsics). The dispatch switch in
 * eval.ts stays small and calls these. Ownership follows runtime/refcount.ts conventions.
 */
import type { PyObject } from '../objects/object';
import { F_SAVED } from '../objects/object';
import type { VM } from '../runtime/vm';
import type { Frame } from './frame';
import { PyCode, type ExcEntry } from '../objects/code';
import { PyDict, dictGetStr, dictIndexStr, newDict } from '../objects/dict';
import { PyStr, newStr } from '../objects/str';
import { PyTuple, tupleSteal, tupleFrom } from '../objects/tuple';
import { PyList, listExtend, listSteal } from '../objects/list';
import { PySet, setAdd, setUpdateFrom } from '../objects/set';
import { PyCell } from '../objects/cell';
import { PyType, lookup, typeType, objectType } from '../objects/type';
import { PyFunction } from '../objects/function';
import { None } from '../objects/singletons';
import { PyBaseException, isException, makeException, setContext, setCause, baseExceptionType } from '../objects/exceptions';
import { raise, PyExc } from '../runtime/errors';
import { prepReraiseStar } from '../objects/exception_group';
import { decref, xdecref } from '../runtime/refcount';
import * as A from '../runtime/abstract';
import { dictMerge } from '../objects/dict_methods';
import { formatObject } from '../runtime/format';
import { superLookup } from '../objects/super';
import { CO_FAST_CELL, CO_FAST_FREE } from '../bytecode/code';
import { PyGen, genResume } from '../objects/generator';
import { typingIntrinsic1, typingIntrinsic2 } from './typing_intrinsics';
import { asyncGenWrap } from '../objects/asyncgen';

export function unboundLocal(code: PyCode, i: number): never {
  const name = code.co.co_localsplusnames[i]!;
  raise(PyExc.UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}

export function unboundDeref(code: PyCode, i: number): never {
  const name = code.co.co_localsplusnames[i]!;
  const k = code.kinds[i]!;
  if (k & CO_FAST_FREE) raise(PyExc.NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  void CO_FAST_CELL;
  raise(PyExc.UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}

export function nameError(name: string): never {
  const e = makeException(PyExc.NameError!, `name '${name}' is not defined`);
  (e as unknown as { nameAttr: string }).nameAttr = name;
  throw e;
}

export function loadName(f: Frame, name: string): PyObject {
  const loc = f.locals;
  if (loc === null) raise(PyExc.SystemError, `no locals when loading '${name}'`);
  let v: PyObject | null;
  if (loc instanceof PyDict && loc.type.name === 'dict') v = dictGetStr(loc, name);
  else {
    const k = newStr(name);
    try { v = A.getItem(loc, k); return v; } catch (e) {
      if (!A.isExcOf(e, PyExc.KeyError!)) throw e;
      decref(e as PyObject);
      v = null;
    } finally { decref(k); }
  }
  if (v === null) v = dictGetStr(f.globals, name);
  if (v === null) v = dictGetStr(f.builtins, name);
  if (v === null) nameError(name);
  v.ob_refcnt++;
  return v;
}

export function storeName(f: Frame, name: string, v: PyObject): void {
  const loc = f.locals;
  if (loc === null) raise(PyExc.SystemError, `no locals found when storing '${name}'`);
  if (loc instanceof PyDict && loc.type.name === 'dict') { loc.setStr(name, v); return; }
  const k = newStr(name);
  try { A.setItem(loc, k, v); } finally { decref(k); }
}

export function deleteName(f: Frame, name: string): void {
  const loc = f.locals;
  if (loc === null) raise(PyExc.SystemError, `no locals when deleting '${name}'`);
  if (loc instanceof PyDict) { if (!loc.delStr(name)) nameError(name); return; }
  const k = newStr(name);
  try { A.setItem(loc, k, null); } finally { decref(k); }
}

export function loadFromDictOrGlobals(m: PyObject, f: Frame, name: string): PyObject {
  if (m instanceof PyDict) {
    const v = dictGetStr(m, name);
    if (v) { v.ob_refcnt++; return v; }
  }
  let v = dictGetStr(f.globals, name);
  if (v === null) v = dictGetStr(f.builtins, name);
  if (v === null) nameError(name);
  v.ob_refcnt++;
  return v;
}

export function loadFromDictOrDeref(m: PyObject, code: PyCode, cell: PyCell, i: number): PyObject {
  const name = code.co.co_localsplusnames[i]!;
  if (m instanceof PyDict) {
    const v = dictGetStr(m, name);
    if (v) { v.ob_refcnt++; return v; }
  }
  const v = cell.ref;
  if (v === null) unboundDeref(code, i);
  v.ob_refcnt++;
  return v;
}

export function setupAnnotations(f: Frame): void {
  const loc = f.locals as PyDict;
  if (!dictGetStr(loc, '__annotations__')) { const d = newDict(); loc.setStr('__annotations__', d); decref(d); }
}

const kwCache = new WeakMap<PyObject, readonly string[]>();
export function kwNames(t: PyObject): readonly string[] {
  let r = kwCache.get(t);
  if (!r) { r = (t as PyTuple).items.map((x) => (x as PyStr).s); kwCache.set(t, r); }
  return r;
}

export function makeRecursionError(suffix: string): PyBaseException {
  return makeException(PyExc.RecursionError!, 'maximum recursion depth exceeded' + suffix);
}

export function recursionError(vm: VM): never {
  void vm;
  throw makeRecursionError('');
}

export function listExtendChecked(l: PyList, v: PyObject): void {
  if (!v.type.slots.iter && !v.type.slots.getitem) raise(PyExc.TypeError, `Value after * must be an iterable, not ${v.type.name}`);
  listExtend(l, v);
}

export function setUpdate(s: PyObject, v: PyObject): void {
  setUpdateFrom(s as PySet, v);
}

export function dictUpdate(d: PyDict, v: PyObject, func: PyObject | null): void {
  if (func === null) {
    if (!(v instanceof PyDict) && !A.getAttrOpt(v, 'keys')) raise(PyExc.TypeError, `'${v.type.name}' object is not a mapping`);
    dictMerge(d, v);
    return;
  }
  if (!(v instanceof PyDict)) {
    const k = A.getAttrOpt(v, 'keys');
    if (!k) raise(PyExc.TypeError, `${funcDesc(func)} argument after ** must be a mapping, not ${v.type.name}`);
    decref(k);
  }
  const src = newDict();
  try {
    dictMerge(src, v);
    for (let i = 0; i < src.ks.length; i++) {
      const k = src.ks[i];
      if (k === null) continue;
      if (!(k instanceof PyStr)) raise(PyExc.TypeError, 'keywords must be strings');
      if (d.getStr(k.s) !== null) raise(PyExc.TypeError, `${funcDesc(func)} got multiple values for keyword argument '${k.s}'`);
      d.set(k, src.vs[i]!);
    }
  } finally { decref(src); }
}

/** _PyObject_FunctionStr: `module.qualname()` (just `qualname()` for builtins or no module), or
 *  str(f) when f has no __qualname__. */
function funcDesc(f: PyObject): string {
  const q = A.getAttrOpt(f, '__qualname__');
  if (q === null) return A.strJS(f);
  try {
    const qs = A.strJS(q);
    const m = A.getAttrOpt(f, '__module__');
    if (m === null) return `${qs}()`;
    try {
      if (m === None) return `${qs}()`;
      const ms = A.strJS(m);
      return ms === 'builtins' ? `${qs}()` : `${ms}.${qs}()`;
    } finally { decref(m); }
  } finally { decref(q); }
}

/**
 * Unpacks `seq` into `before` items, a list for the star (if after >= 0), and `after` items.
 * Result in order. Like unpack_iterable, an iterator is read only as far as the error needs
 * (one item past `before` without a star), so an endless iterator still raises.
 */
export function unpack(seq: PyObject, before: number, after: number): PyObject[] {
  if (!seq.type.slots.iter && !seq.type.slots.getitem) raise(PyExc.TypeError, `cannot unpack non-iterable ${seq.type.name} object`);
  const it = A.getIter(seq);
  const items: PyObject[] = [];
  try {
    for (let i = 0; i < before; i++) {
      const x = A.iterNext(it);
      if (x === null) {
        if (after < 0) raise(PyExc.ValueError, `not enough values to unpack (expected ${before}, got ${i})`);
        raise(PyExc.ValueError, `not enough values to unpack (expected at least ${before + after}, got ${i})`);
      }
      items.push(x);
    }
    if (after < 0) {
      const extra = A.iterNext(it);
      if (extra !== null) { decref(extra); raise(PyExc.ValueError, `too many values to unpack (expected ${before})`); }
      return items;
    }
    const rest: PyObject[] = [];
    try {
      for (let x = A.iterNext(it); x !== null; x = A.iterNext(it)) rest.push(x);
    } catch (e) { for (const x of rest) decref(x); throw e; }
    if (rest.length < after) {
      for (const x of rest) decref(x);
      raise(PyExc.ValueError, `not enough values to unpack (expected at least ${before + after}, got ${before + rest.length})`);
    }
    const tail = rest.splice(rest.length - after, after);
    items.push(listSteal(rest), ...tail);
    return items;
  } catch (e) {
    for (const x of items) decref(x);
    throw e;
  } finally {
    decref(it);
  }
}

export function callEx(func: PyObject, callargs: PyObject, kwargs: PyObject | null): PyObject {
  let args: PyObject[];
  if (callargs instanceof PyTuple) { args = callargs.items; }
  else {
    if (!callargs.type.slots.iter && !callargs.type.slots.getitem) raise(PyExc.TypeError, `${funcDesc(func)} argument after * must be an iterable, not ${callargs.type.name}`);
    const t = tupleSteal(A.toArray(callargs));
    try { return callEx(func, t, kwargs); } finally { decref(t); }
  }
  if (kwargs === null || (kwargs instanceof PyDict && kwargs.used === 0)) return A.call(func, args.slice(), null);
  const d = kwargs as PyDict;
  const names: string[] = [];
  const all = args.slice();
  for (let i = 0; i < d.ks.length; i++) {
    const k = d.ks[i];
    if (k === null) continue;
    if (!(k instanceof PyStr)) raise(PyExc.TypeError, 'keywords must be strings');
    names.push(k.s);
    all.push(d.vs[i]!);
  }
  return A.call(func, all, names);
}

export function loadSuperAttr(gsuper: PyObject, cls: PyObject, self: PyObject, name: string, twoArg: boolean, method: boolean): [PyObject | null, PyObject] {
  void twoArg;
  if (gsuper !== A.superType()) {
    // `super` was rebound: call it like CPython does.
    const s = A.call(gsuper, twoArg ? [cls, self] : []);
    try {
      const r = A.getAttr(s, name);
      return method ? [null, r] : [null, r];
    } finally { decref(s); }
  }
  if (!(cls instanceof PyType)) raise(PyExc.TypeError, 'super() argument 1 must be a type, not ' + cls.type.name);
  return superLookup(cls, self, name, method);
}

/** `raise` with no argument: re-raise the exception being handled. */
export function reraiseCurrent(vm: VM): PyBaseException {
  const h = vm.topmostHandled();
  if (!h) return makeException(PyExc.RuntimeError!, 'No active exception to reraise');
  h.ob_refcnt++;
  vm.reraising = true;
  return h as PyBaseException;
}

/** RAISE_VARARGS 1/2: instantiate if a class, set __cause__, set __context__. Steals exc and cause. */
export function doRaise(vm: VM, exc: PyObject, cause: PyObject | null): PyBaseException {
  let e: PyObject;
  try {
    if (exc instanceof PyType) {
      if (!exc.isSubtype(baseExceptionType)) raise(PyExc.TypeError, 'exceptions must derive from BaseException');
      e = A.call(exc, []);
      if (!isException(e)) { const tn = e.type.name; decref(e); raise(PyExc.TypeError, `calling ${exc.name} should have returned an instance of BaseException, not ${tn}`); }
    } else if (isException(exc)) { exc.ob_refcnt++; e = exc; }
    else raise(PyExc.TypeError, 'exceptions must derive from BaseException');
    if (cause !== null) {
      let c: PyObject | null = cause;
      if (cause instanceof PyType && cause.isSubtype(baseExceptionType)) c = A.call(cause, []);
      else if (cause === None) { c = null; }
      else if (isException(cause)) cause.ob_refcnt++;
      else { decref(e); raise(PyExc.TypeError, 'exception causes must derive from BaseException'); }
      setCause(e as PyBaseException, c);
    }
  } finally {
    decref(exc);
    xdecref(cause);
  }
  const pe = e as PyBaseException;
  pe.flags &= ~F_CONTEXT_DONE;
  chainContext(vm, pe);
  return pe;
}

export const F_CONTEXT_DONE = 64;

/** _PyErr_SetObject's implicit chaining: __context__ = exception being handled (no cycles). */
export function chainContext(vm: VM, e: PyBaseException): void {
  if (e.flags & F_CONTEXT_DONE) return;
  e.flags |= F_CONTEXT_DONE;
  const h = vm.topmostHandled() as PyBaseException | null;
  if (!h || h === e) return;
  // Break cycles: if e is already in h's context chain, cut it there.
  let o: PyBaseException | null = h;
  while (o) {
    const c = o.context as PyBaseException | null;
    if (c === e) { o.context = null; decref(e); break; }
    o = c;
  }
  h.ob_refcnt++;
  setContext(e, h);
  void F_SAVED;
}

export function checkExcType(t: PyObject): void {
  const ok = (x: PyObject) => x instanceof PyType && x.isSubtype(baseExceptionType);
  if (t instanceof PyTuple) {
    for (const x of t.items) if (!ok(x)) raise(PyExc.TypeError, 'catching classes that do not inherit from BaseException is not allowed');
  } else if (!ok(t)) raise(PyExc.TypeError, 'catching classes that do not inherit from BaseException is not allowed');
}

export function excMatches(e: PyObject, t: PyObject): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => e.type.isSubtype(x as PyType));
  return e.type.isSubtype(t as PyType);
}

/**
 * BEFORE_WITH when the manager's `__enter__` is a plain Python function of `self` alone: replaces
 * the manager on `f`'s stack by the bound `__exit__` and returns `__enter__`'s frame, which the
 * caller pushes and runs in the same interpreter loop (its return value lands above `__exit__`).
 * The stack's reference to the manager moves into the frame. Running in the same loop keeps a
 * lock taken inside `__enter__` (threading.Condition, Event) able to switch threads. Returns
 * null, with nothing changed, in every other case (beforeWith handles it).
 */
export function beforeWithFrame(vm: VM, f: Frame, mgr: PyObject): Frame | null {
  const enter = lookup(mgr.type, '__enter__');
  if (!(enter instanceof PyFunction) || !enter.simple || enter.argcount !== 1) return null;
  const exit = lookup(mgr.type, '__exit__');
  if (!exit) return null;
  if (vm.depth >= vm.recursionLimit) recursionError(vm);
  const get = exit.type.slots.descrGet;
  const boundExit = get ? get(exit, mgr, mgr.type) : (exit.ob_refcnt++, exit);
  const nf = vm.newPyFrame(enter, f);
  nf.lp[0] = mgr;
  enter.ob_refcnt++;
  nf.funcObj = enter;
  f.lp[f.sp - 1] = boundExit;
  return nf;
}

export function beforeWith(mgr: PyObject): [PyObject, PyObject] {
  const enter = lookup(mgr.type, '__enter__');
  if (!enter) raise(PyExc.TypeError, `'${mgr.type.name}' object does not support the context manager protocol`);
  const exit = lookup(mgr.type, '__exit__');
  if (!exit) raise(PyExc.TypeError, `'${mgr.type.name}' object does not support the context manager protocol (missed __exit__ method)`);
  const get = exit.type.slots.descrGet;
  const boundExit = get ? get(exit, mgr, mgr.type) : (exit.ob_refcnt++, exit);
  try {
    const res = A.callDescr(enter, mgr, []);
    return [boundExit, res];
  } catch (e) {
    decref(boundExit);
    throw e;
  }
}

export function formatValue(v: PyObject, conv: number, spec: PyObject | null): PyObject {
  let x = v;
  let owned = false;
  if (conv === 1) { x = A.str(v); owned = true; }
  else if (conv === 2) { x = A.repr(v); owned = true; }
  else if (conv === 3) { x = newStr(asciiRepr(A.reprJS(v))); owned = true; }
  try {
    if (spec === null && x.type.name === 'str') { x.ob_refcnt++; return x; }
    return formatObject(x, spec === null ? '' : (spec as PyStr).s);
  } finally {
    if (owned) decref(x);
  }
}

export function asciiRepr(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

export function intrinsic1(vm: VM, f: Frame, n: number, v: PyObject): PyObject {
  switch (n) {
    case 1: { // INTRINSIC_PRINT (interactive mode)
      if (v !== None) vm.displayHook(v);
      None.ob_refcnt++;
      return None;
    }
    case 2: vm.importStar(f, v); None.ob_refcnt++; return None;
    case 3: { // INTRINSIC_STOPITERATION_ERROR
      // Returns the exception to re-raise (RERAISE follows): StopIteration becomes RuntimeError.
      // Raised inside a generator, coroutine or async generator body (the frame's code flags).
      const flags = f.code.co.co_flags;
      let msg: string | null = null;
      if (isException(v) && v.type.isSubtype(PyExc.StopIteration!)) {
        msg = flags & 0x200 ? 'async generator raised StopIteration' : flags & 0x80 ? 'coroutine raised StopIteration' : 'generator raised StopIteration';
      } else if (isException(v) && (flags & 0x200) && v.type.isSubtype(PyExc.StopAsyncIteration!)) {
        msg = 'async generator raised StopAsyncIteration';
      }
      if (msg !== null) {
        const e = makeException(PyExc.RuntimeError!, msg);
        v.ob_refcnt++;
        setCause(e, v);
        v.ob_refcnt++;
        setContext(e, v);
        return e;
      }
      v.ob_refcnt++;
      return v;
    }
    case 4: return asyncGenWrap(v); // INTRINSIC_ASYNC_GEN_WRAP
    case 5: return A.unaryOp(v, 'pos');
    case 6: return tupleFrom((v as PyList).items);
    default: {
      const r = typingIntrinsic1(n, v);
      if (r === null) raise(PyExc.SystemError, `intrinsic ${n} not supported`);
      return r;
    }
  }
}

export function intrinsic2(n: number, a: PyObject, b: PyObject): PyObject {
  if (n === 1) return prepReraiseStar(a, b);
  const r = typingIntrinsic2(n, a, b);
  if (r === null) raise(PyExc.SystemError, `intrinsic2 ${n} not supported`);
  return r;
}

/** SEND: [finished, value]: a yielded value to pass outward, or the delegate's return value. */
export function send(recv: PyObject, v: PyObject): [boolean, PyObject] {
  if (recv instanceof PyGen) {
    const r = genResume(recv, v, null);
    if (r !== null) return [false, r];
    const rv = recv.retval ?? (None.ob_refcnt++, None);
    recv.retval = null;
    return [true, rv];
  }
  try {
    let r: PyObject | null;
    if (v === None && recv.type.slots.iternext) {
      r = A.iterNext(recv);
      if (r === null) { None.ob_refcnt++; return [true, None]; }
    } else r = A.callMethod(recv, 'send', [v]);
    return [false, r];
  } catch (e) {
    if (A.isExcOf(e, PyExc.StopIteration!)) {
      const val = stopIterationValue(e as PyObject);
      decref(e as PyObject);
      return [true, val];
    }
    throw e;
  }
}

export function stopIterationValue(e: PyObject): PyObject {
  const a = (e as PyBaseException).args.items;
  const v = a.length ? a[0]! : None;
  v.ob_refcnt++;
  return v;
}

/**
 * The `__init__` Python function to run inline when CALL instantiates heap type t, or null when
 * the generic type.__call__ path is needed (custom __new__/metaclass __call__, abstract class).
 */
export function inlineInit(t: PyType): PyFunction | null {
  if (!t.isHeap() || t.type !== typeType || t.slots.new !== objectType.slots.new) return null;
  if (t.tpFlags & (1 << 20)) return null;
  const init = lookup(t, '__init__');
  return init instanceof PyFunction && init.simple ? init : null;
}

// ---- structural pattern matching ---------------------------------------------------------

const SEQUENCE_TYPES = ['list', 'tuple', 'range', 'memoryview', 'array', 'deque'];
const MATCH_SELF_TYPES = ['bool', 'bytearray', 'bytes', 'dict', 'float', 'frozenset', 'int', 'list', 'set', 'str', 'tuple'];

function hasBuiltinBase(t: PyType, names: string[]): boolean {
  return t.mro.some((b) => !b.isHeap() && names.includes(b.name));
}

/**
 * Py_TPFLAGS_SEQUENCE (1 << 5) / Py_TPFLAGS_MAPPING (1 << 6) of heap types, set by `_abc` from
 * `__abc_tpflags__` and register(); CPython copies them from tp_base at class creation, so the
 * nearest flagged type along the tp_base chain decides (0 when none is flagged).
 */
function collectionFlags(t: PyType): number {
  for (let b: PyType | null = t; b !== null; b = b.base) {
    const f = b.tpFlags & 0x60;
    if (f) return f;
  }
  return 0;
}

export function matchMapping(o: PyObject): boolean {
  return o instanceof PyDict || hasBuiltinBase(o.type, ['dict', 'mappingproxy']) || collectionFlags(o.type) === 0x40;
}

export function matchSequence(o: PyObject): boolean {
  return hasBuiltinBase(o.type, SEQUENCE_TYPES) || collectionFlags(o.type) === 0x20;
}

/** MATCH_KEYS: tuple of values for `keys`, or None when a key is missing. */
export function matchKeys(subject: PyObject, keys: PyObject): PyObject {
  const ks = (keys as PyTuple).items;
  if (!ks.length) return tupleSteal([]);
  const get = A.getAttr(subject, 'get');
  const dummy = A.call(objectType, []);
  const out: PyObject[] = [];
  const seen: PyObject[] = [];
  try {
    for (const k of ks) {
      if (seen.some((s) => A.richEq(s, k))) raise(PyExc.ValueError, `mapping pattern checks duplicate key (${A.reprJS(k)})`);
      seen.push(k);
      const v = A.call(get, [k, dummy]);
      if (v === dummy) { decref(v); for (const x of out) decref(x); None.ob_refcnt++; return None; }
      out.push(v);
    }
  } catch (e) {
    for (const x of out) decref(x);
    throw e;
  } finally {
    decref(get);
    decref(dummy);
  }
  return tupleSteal(out);
}

function matchAttr(subject: PyObject, name: string, seen: Set<string>, t: PyType): PyObject | null {
  if (seen.has(name)) raise(PyExc.TypeError, `${t.name}() got multiple sub-patterns for attribute '${name}'`);
  seen.add(name);
  return A.getAttrOpt(subject, name);
}

/** MATCH_CLASS: tuple of extracted attributes, or None when the subject does not match. */
export function matchClass(subject: PyObject, cls: PyObject, count: number, names: PyObject): PyObject {
  if (!(cls instanceof PyType)) raise(PyExc.TypeError, 'called match pattern must be a class');
  if (!subject.type.isSubtype(cls)) { None.ob_refcnt++; return None; }
  const seen = new Set<string>();
  const attrs: PyObject[] = [];
  const fail = (): PyObject => { for (const a of attrs) decref(a); None.ob_refcnt++; return None; };
  try {
    if (count) {
      const ma = A.getAttrOpt(cls, '__match_args__');
      let matchSelf = false;
      let margs: PyObject[] = [];
      if (ma) {
        if (!(ma instanceof PyTuple)) { const tn = ma.type.name; decref(ma); raise(PyExc.TypeError, `${cls.name}.__match_args__ must be a tuple (got ${tn})`); }
        margs = ma.items.slice();
        decref(ma);
      } else matchSelf = hasBuiltinBase(cls, MATCH_SELF_TYPES);
      const allowed = matchSelf ? 1 : margs.length;
      if (count > allowed) raise(PyExc.TypeError, `${cls.name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${count} given)`);
      if (matchSelf) { subject.ob_refcnt++; attrs.push(subject); }
      else for (let i = 0; i < count; i++) {
        const n = margs[i]!;
        if (!(n instanceof PyStr)) raise(PyExc.TypeError, `__match_args__ elements must be strings (got ${n.type.name})`);
        const v = matchAttr(subject, n.s, seen, cls);
        if (v === null) return fail();
        attrs.push(v);
      }
    }
    for (const n of (names as PyTuple).items) {
      const v = matchAttr(subject, (n as PyStr).s, seen, cls);
      if (v === null) return fail();
      attrs.push(v);
    }
  } catch (e) {
    for (const a of attrs) decref(a);
    throw e;
  }
  return tupleSteal(attrs);
}

export function findHandler(code: PyCode, unit: number): ExcEntry | null {
  const t = code.exc;
  for (let i = 0; i < t.length; i++) {
    const e = t[i]!;
    if (unit >= e.start && unit < e.end) return e;
  }
  return null;
}

void typeType;

/** LOAD_GLOBAL's (and module-level LOAD_NAME's) cache slot `ci`: the borrowed value when the slot
 *  was filled for these globals (and, for a builtin, these builtins) entry layouts, else null. */
export function globalCacheHit(gc: Float64Array | null, ci: number, g: PyDict, b: PyDict): PyObject | null {
  if (gc === null || gc[ci] !== g.version) return null;
  const ix = gc[ci + 2]!;
  if (ix >= 0) return g.vs[ix]!;
  return gc[ci + 1] === b.version ? b.vs[-1 - ix]! : null;
}

/** LOAD_GLOBAL (and LOAD_NAME with locals === globals) cache miss: looks `name` up, fills the
 *  code's cache slot `ci`, returns a borrowed value (raises NameError when absent). */
export function loadGlobalMiss(code: PyCode, ci: number, g: PyDict, b: PyDict, name: string): PyObject {
  let gc = code.gcache;
  if (gc === null) gc = code.gcache = new Float64Array((code.co.co_code.length >> 1) * 3);
  let i = dictIndexStr(g, name);
  if (i >= 0) {
    gc[ci] = g.version; gc[ci + 1] = 0; gc[ci + 2] = i;
    return g.vs[i]!;
  }
  i = dictIndexStr(b, name);
  if (i < 0) nameError(name);
  gc[ci] = g.version; gc[ci + 1] = b.version; gc[ci + 2] = -1 - i;
  return b.vs[i]!;
}
