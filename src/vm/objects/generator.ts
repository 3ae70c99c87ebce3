/**
 * Generator objects. RETURN_GENERATOR hands the running frame to a new generator; each
 * next()/send()/throw() resumes that frame in a nested interpreter loop until YIELD_VALUE
 * (suspended) or a return/exception (completed).
 *
 * Invariants:
 * - While not completed, the generator owns its frame and everything the frame owns (locals,
 *   stack, function, code); traverse visits them.
 * - `state`: CREATED (before the first send), SUSPENDED, RUNNING, COMPLETED.
 */
import { PyObject, nextSerial, memObserver } from './object';
import { makeStaticType, objectType, PyType, RefKindCode, TF_HAVE_GC, lookup } from './type';
import { PyStr, newStr } from './str';
import { None } from './singletons';
import type { Frame } from '../interp/frame';
import { raise, raiseWith, PyExc } from '../runtime/errors';
import { decref, xdecref } from '../runtime/refcount';
import { gcTrack } from '../runtime/gc';
import { PyFunction } from './function';
import { defMethods } from './builtin_function';
import { isException, makeException, PyBaseException } from './exceptions';
import { releaseFrameSlots, frameObjectOf } from './frame';
import * as A from '../runtime/abstract';
import { vmHooks } from '../runtime/hooks';
import { defGetSet } from './descriptors';
import { boolObj } from './int';
import { PyType as T } from './type';
import { pyIdHex } from '../runtime/address';

export const GEN_CREATED = 0, GEN_SUSPENDED = 1, GEN_RUNNING = 2, GEN_COMPLETED = 3;

export class PyGen extends PyObject {
  declare state: number;
  /** Return value of the last completed run (StopIteration.value). */
  declare retval: PyObject | null;
  declare frame: Frame;
  declare name: PyStr;
  declare qualname: PyStr;
  /**
   * gi_exc_state: the exception this generator is handling while suspended (owned, or null). While
   * it runs, that slot is the VM's `handled` and `excPrev` holds (owns) the caller's, restored at
   * the next yield/return: CPython's exc_info chain, one link per running generator.
   */
  declare excState: PyObject | null;
  declare excPrev: PyObject | null;
  /**
   * Set only while genDrain drives this generator: takes each value the frame yields to its
   * resumer (see genDrain's contract). Null otherwise.
   */
  declare sink: ((v: PyObject) => boolean) | null;
  constructor(type: PyType, frame: Frame, name: PyStr, qualname: PyStr) {
    // Header stored here (see PyObject's constructor): a generator per call of a generator function.
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
    this.state = GEN_CREATED;
    this.retval = null;
    this.frame = frame;
    this.name = name;
    this.qualname = qualname;
    this.excState = null;
    this.excPrev = null;
    this.sink = null;
  }
}

export let generatorType: PyType;
/** `async def` objects: generators whose type is 'coroutine' (not iterable; awaited via __await__). */
export let coroutineType: PyType;
export let coroWrapperType: PyType;
const CO_COROUTINE = 0x80, CO_ITERABLE_COROUTINE = 0x100, CO_ASYNC_GENERATOR = 0x200;

/** `async def` with `yield` (objects/asyncgen.ts): its type and constructor are installed there. */
export const asyncGenHooks = {
  type: null as PyType | null,
  create: null as ((f: Frame, name: PyStr, qualname: PyStr) => PyGen) | null,
  /** am_anext of an async generator (GET_ANEXT's fast path). */
  anext: null as ((g: PyGen) => PyObject) | null,
};

export const kindOf = (g: PyGen): string => (g.type === coroutineType ? 'coroutine' : g.type === asyncGenHooks.type ? 'async generator' : 'generator');

/** The coroutine_wrapper that coro.__await__() returns: an iterator driving the coroutine. */
export class PyCoroWrapper extends PyObject {
  constructor(type: PyType, public coro: PyGen) { super(type); }
}

export function newGenerator(f: Frame): PyGen {
  const co = f.code.co;
  // make_gen: the function's current __name__/__qualname__ (new references).
  const fn = f.funcObj;
  let name: PyStr, qualname: PyStr;
  if (fn instanceof PyFunction) {
    name = fn.name; qualname = fn.qualname;
    name.ob_refcnt++; qualname.ob_refcnt++;
  } else {
    name = newStr(co.co_name); qualname = newStr(co.co_qualname);
  }
  const g = co.co_flags & CO_ASYNC_GENERATOR
    ? asyncGenHooks.create!(f, name, qualname)
    : new PyGen(co.co_flags & CO_COROUTINE ? coroutineType : generatorType, f, name, qualname);
  f.gen = g;
  gcTrack(g);
  return g;
}

/** What genResume needs of the VM (set by its constructor, like vmHooks: the last VM made). */
export interface GenVM {
  /** sys.exception(): owned or null. */
  handled: PyObject | null;
  resumeFrame(f: Frame, exc: PyBaseException | null): PyObject;
}
let genVM: GenVM | null = null;
export function setGenVM(vm: GenVM): void { genVM = vm; }

/**
 * Resumes the generator with `value` (or with exception `exc` thrown in). Returns the yielded
 * value (new ref), or null when the generator returned (its value kept in `retval`).
 */
export function genResume(g: PyGen, value: PyObject | null, exc: PyBaseException | null): PyObject | null {
  if (g.state === GEN_RUNNING) raise(PyExc.ValueError, `${kindOf(g)} already executing`);
  if (g.state === GEN_COMPLETED) {
    if (g.type === coroutineType) { xdecref(exc); raise(PyExc.RuntimeError, 'cannot reuse already awaited coroutine'); }
    if (exc) throw exc;
    return null;
  }
  if (g.state === GEN_CREATED && value !== null && value !== None && !exc) {
    raise(PyExc.TypeError, `can't send non-None value to a just-started ${kindOf(g)}`);
  }
  const f = g.frame;
  // Like gen_send_ex2, the sent value (None when throwing) is pushed even when an exception is
  // thrown in: handlers such as CLEANUP_THROW count it in their stack depth.
  const v = value ?? None;
  v.ob_refcnt++;
  f.lp[f.sp++] = v;
  const vm = genVM!;
  g.state = GEN_RUNNING;
  // The generator's handled exception becomes the VM's; the resumer's waits in excPrev.
  g.excPrev = vm.handled;
  vm.handled = g.excState;
  g.excState = null;
  let r: PyObject;
  try {
    r = vm.resumeFrame(f, exc);
  } catch (e) {
    g.state = GEN_COMPLETED;
    const h = vm.handled;
    vm.handled = takePrev(g);
    xdecref(h);
    throw e;
  }
  if (f.yielded) {
    f.yielded = false;
    g.state = GEN_SUSPENDED;
    g.excState = vm.handled;
    vm.handled = takePrev(g);
    return r;
  }
  g.state = GEN_COMPLETED;
  const h = vm.handled;
  vm.handled = takePrev(g);
  xdecref(h);
  const old = g.retval;
  g.retval = r;
  xdecref(old);
  return null;
}

/**
 * Off: measured on the full-size gen_pipeline bench, draining made `sum(f(x) for x in
 * enumerate(gen))` ~60% slower (wall, Node 24) although small sum(gen)/list(gen) programs got
 * 30-40% faster (callgrind). Not yet explained; a guess: the drained generator's evalFrame
 * activation lives for the whole consumption, so after a deoptimization of evalFrame it runs a
 * lower tier until OSR, where per-item re-entry picked up the newest optimized code at once.
 * See docs/performance.md (perf-gen).
 */
const DRAIN_ENABLED = false;

/**
 * Runs exact generator `g` for a builtin that consumes its items (sum, list(), toArray): like
 * calling genResume(g, None) repeatedly, but every value the generator yields goes to `sink`
 * without leaving its frame; evalFrame's YIELD_VALUE resumes the frame at once when the sink
 * returns true (it took the value, owned). Returns the first value the sink refused (new
 * reference, the generator suspended at that yield as after next()), or null when the generator
 * completed (as genResume). The sink must have no observable effect beyond what the consumer's
 * own loop would do between two next() calls with no Python code run: it may keep the value or
 * free an object without finalizer (an exact int), nothing that can run Python code, allocate
 * a GC-tracked object or look at the generator. Not used while tracing (the YIELD_VALUE check).
 */
export function genDrain(g: PyGen, sink: (v: PyObject) => boolean): PyObject | null {
  if (!DRAIN_ENABLED || g.type !== generatorType || g.state === GEN_RUNNING) return genResume(g, null, null);
  g.sink = sink;
  try {
    return genResume(g, null, null);
  } finally {
    g.sink = null;
  }
}

function takePrev(g: PyGen): PyObject | null {
  const p = g.excPrev;
  g.excPrev = null;
  return p;
}

/** gen.send(v) / next(gen) raising StopIteration(value) at the end. */
function sendOrStop(g: PyGen, v: PyObject | null, exc: PyBaseException | null): PyObject {
  const r = genResume(g, v, exc);
  if (r !== null) return r;
  return raiseReturn(g);
}

/** Raises StopIteration carrying the completed generator's return value. */
function raiseReturn(g: PyGen): never {
  const rv = g.retval;
  g.retval = null;
  if (rv === null || rv === None) { xdecref(rv); raiseWith(PyExc.StopIteration!, null); }
  try { raiseWith(PyExc.StopIteration!, rv); } finally { decref(rv); }
}

function throwInto(g: PyGen, args: PyObject[]): PyObject {
  if (args.length > 1) {
    vmHooks.warn(PyExc.DeprecationWarning!, 'the (type, exc, tb) signature of throw() is deprecated, use the single-arg signature instead.', 1);
  }
  const r = throwArgs(g, args, true);
  if (r !== null) return r;
  return raiseReturn(g);
}

/**
 * _gen_throw with throw()'s (type[, value[, tb]]) arguments: the yielded value (new reference) or
 * null when the generator completed. `closeOnGenExit` false (athrow/aclose) throws GeneratorExit
 * into a delegate instead of closing it.
 */
export function throwArgs(g: PyGen, args: PyObject[], closeOnGenExit: boolean): PyObject | null {
  let typ = args[0]!;
  let val = args[1] ?? null;
  let e: PyObject;
  if (typ instanceof T) {
    e = val && val !== None && isException(val) ? (val.ob_refcnt++, val) : A.call(typ, val && val !== None ? [val] : []);
  } else if (isException(typ)) {
    typ.ob_refcnt++;
    e = typ;
  } else raise(PyExc.TypeError, 'exceptions must be classes or instances deriving from BaseException, not ' + typ.type.name);
  const tb = args[2];
  if (tb && tb !== None) { tb.ob_refcnt++; const ex = e as PyBaseException; const old = ex.traceback; ex.traceback = tb; xdecref(old); }
  void val;
  return genThrow(g, e as PyBaseException, args, closeOnGenExit);
}

/**
 * The iterator a suspended generator delegates to (`yield from` / `await`), borrowed, or null:
 * suspended on a YIELD_VALUE whose next instruction is RESUME with oparg >= 2, it is the stack top.
 */
export function genDelegate(g: PyGen): PyObject | null {
  if (g.state !== GEN_SUSPENDED) return null;
  const f = g.frame;
  const b = f.code.co.co_code;
  if (b[f.pc] !== 151 || b[f.pc + 1]! < 2 || f.sp < 1) return null;
  return f.lp[f.sp - 1] ?? null;
}

/** StopIteration(value) as a thrown exception object (new reference), for a delegate that returned. */
function stopIterationOf(rv: PyObject | null): PyBaseException {
  try {
    if (rv === null || rv === None) raiseWith(PyExc.StopIteration!, null);
    raiseWith(PyExc.StopIteration!, rv);
  } catch (e) {
    return e as PyBaseException;
  } finally { xdecref(rv); }
}

/** Closes a delegate: generators by genClose, other iterators by their close() method if any. */
function closeIter(yf: PyObject): void {
  if (yf instanceof PyGen) { genClose(yf); return; }
  const m = A.getAttrOpt(yf, 'close');
  if (m) { try { decref(A.call(m, [])); } finally { decref(m); } }
}

/**
 * throw() (_gen_throw): `exc` (owned) goes to the delegate first when the generator is suspended in
 * `yield from`; what the delegate raises (StopIteration for its return) is then thrown into this
 * generator at its yield point (CLEANUP_THROW). Returns a yielded value, or null when completed.
 */
export function genThrow(g: PyGen, exc: PyBaseException, args: PyObject[] | null, closeOnGenExit = true): PyObject | null {
  const yf = genDelegate(g);
  if (!yf) return genResume(g, null, exc);
  yf.ob_refcnt++;
  let ret: PyObject | null = null;
  let into: PyBaseException | null = null;
  g.state = GEN_RUNNING;
  try {
    if (closeOnGenExit && exc.type.isSubtype(PyExc.GeneratorExit!)) {
      try { closeIter(yf); into = exc; } catch (err) { decref(exc); into = err as PyBaseException; }
    } else if (yf instanceof PyGen) {
      try {
        ret = genThrow(yf, exc, args, closeOnGenExit);
        if (ret === null) { const rv = yf.retval; yf.retval = null; into = stopIterationOf(rv); }
      } catch (err) { into = err as PyBaseException; }
    } else {
      let m: PyObject | null = null;
      try { m = A.getAttrOpt(yf, 'throw'); } catch (err) { decref(exc); throw err; }
      if (!m) into = exc;
      else {
        try { ret = A.call(m, args ?? [exc]); } catch (err) { into = err as PyBaseException; } finally { decref(m); decref(exc); }
      }
    }
  } finally {
    g.state = GEN_SUSPENDED;
    decref(yf);
  }
  if (into) return genResume(g, null, into);
  return ret;
}

export function genClose(g: PyGen): void {
  if (g.state === GEN_COMPLETED) return;
  if (g.state === GEN_CREATED) { completeWithoutRunning(g); return; }
  let e: PyBaseException | null = null;
  const yf = genDelegate(g);
  if (yf) {
    yf.ob_refcnt++;
    g.state = GEN_RUNNING;
    try { closeIter(yf); } catch (err) { e = err as PyBaseException; } finally { g.state = GEN_SUSPENDED; decref(yf); }
  }
  if (!e) e = makeException(PyExc.GeneratorExit!, null);
  try {
    const r = genResume(g, null, e);
    if (r !== null) { decref(r); raise(PyExc.RuntimeError, `${kindOf(g)} ignored GeneratorExit`); }
  } catch (err) {
    if (isException(err) && (err.type.isSubtype(PyExc.GeneratorExit!) || err.type.isSubtype(PyExc.StopIteration!))) { decref(err); return; }
    throw err;
  }
}

function completeWithoutRunning(g: PyGen): void {
  g.state = GEN_COMPLETED;
  const ex = g.excState;
  g.excState = null;
  xdecref(ex);
  const f = g.frame;
  releaseFrameSlots(f);
  decref(f.code);
}

export function initGeneratorType(): void {
  generatorType = makeStaticType('generator', objectType, {
    iter: (o) => { o.ob_refcnt++; return o; },
    iternext: (o) => genResume(o as PyGen, null, null),
    repr: (o) => newStr(`<generator object ${(o as PyGen).qualname.s} at 0x${pyIdHex(o)}>`),
    finalize: (o) => {
      const g = o as PyGen;
      if (g.state === GEN_SUSPENDED) genClose(g);
    },
    traverse: (o, visit) => {
      const g = o as PyGen;
      visit(g.name, RefKindCode.Attr, '__name__');
      visit(g.qualname, RefKindCode.Attr, '__qualname__');
      if (g.retval) visit(g.retval, RefKindCode.Internal, 'retval');
      if (g.excState) visit(g.excState, RefKindCode.Internal, 'gi_exc_state');
      if (g.state === GEN_COMPLETED || g.state === GEN_RUNNING) return;
      const f = g.frame;
      const names = f.code.co.co_localsplusnames;
      for (let i = 0; i < f.sp; i++) { const v = f.lp[i]; if (v) visit(v, i < names.length ? RefKindCode.FrameSlot : RefKindCode.Stack, names[i] ?? i); }
      if (f.funcObj) visit(f.funcObj, RefKindCode.Internal, 'gi_frame.f_funcobj');
      visit(f.code, RefKindCode.Attr, 'gi_code');
      if (f.frameObj) visit(f.frameObj, RefKindCode.Attr, 'gi_frame');
    },
    clear: (o) => {
      const g = o as PyGen;
      if (g.state !== GEN_COMPLETED && g.state !== GEN_RUNNING) completeWithoutRunning(g);
    },
    dealloc: (o) => {
      const g = o as PyGen;
      if (g.state !== GEN_COMPLETED && g.state !== GEN_RUNNING) completeWithoutRunning(g);
      if (g.frame.frameObj) { const fo = g.frame.frameObj; g.frame.frameObj = null; decref(fo); }
      decref(g.name); decref(g.qualname); xdecref(g.retval); g.retval = null;
      const ex = g.excState; g.excState = null; xdecref(ex);
    },
    // offsetof(PyGenObject, gi_iframe) + offsetof(_PyInterpreterFrame, localsplus) = 144, then one
    // pointer per local, cell, free variable and value-stack slot of the embedded frame.
    sizeof: (o) => { const co = (o as PyGen).frame.code.co; return 144 + 8 * (co.co_localsplusnames.length + co.co_stacksize); },
  }, { noSubclass: true, flags: TF_HAVE_GC });
  initCoroutineTypes();
}

/** GET_AWAITABLE (_PyCoro_GetAwaitableIter + CPython's error texts): new reference. */
export function getAwaitable(o: PyObject, where: number): PyObject {
  if (o.type === coroutineType || (o instanceof PyGen && (o.frame.code.co.co_flags & CO_ITERABLE_COROUTINE))) {
    if (o.type === coroutineType && genDelegate(o as PyGen)) raise(PyExc.RuntimeError, 'coroutine is being awaited already');
    o.ob_refcnt++;
    return o;
  }
  const m = lookup(o.type, '__await__');
  if (!m) {
    if (where === 1) raise(PyExc.TypeError, `'async with' received an object from __aenter__ that does not implement __await__: ${o.type.name}`);
    if (where === 2) raise(PyExc.TypeError, `'async with' received an object from __aexit__ that does not implement __await__: ${o.type.name}`);
    raise(PyExc.TypeError, `object ${o.type.name} can't be used in 'await' expression`);
  }
  const r = A.callMethod(o, '__await__', []);
  if (r.type === coroutineType) { decref(r); raise(PyExc.TypeError, '__await__() returned a coroutine'); }
  if (!r.type.slots.iternext) { decref(r); raise(PyExc.TypeError, `__await__() returned non-iterator of type '${r.type.name}'`); }
  return r;
}

/** BEFORE_ASYNC_WITH: [bound __aexit__, __aenter__() result] (new references). */
export function beforeAsyncWith(mgr: PyObject): [PyObject, PyObject] {
  const enter = lookup(mgr.type, '__aenter__');
  if (!enter) raise(PyExc.TypeError, `'${mgr.type.name}' object does not support the asynchronous context manager protocol`);
  const exit = lookup(mgr.type, '__aexit__');
  if (!exit) raise(PyExc.TypeError, `'${mgr.type.name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`);
  const get = exit.type.slots.descrGet;
  const boundExit = get ? get(exit, mgr, mgr.type) : (exit.ob_refcnt++, exit);
  try {
    return [boundExit, A.callDescr(enter, mgr, [])];
  } catch (e) {
    decref(boundExit);
    throw e;
  }
}

/** GET_AITER: obj.__aiter__() (new reference), checked to have __anext__. */
export function getAIter(o: PyObject): PyObject {
  if (!lookup(o.type, '__aiter__')) raise(PyExc.TypeError, `'async for' requires an object with __aiter__ method, got ${o.type.name}`);
  const it = A.callMethod(o, '__aiter__', []);
  if (!lookup(it.type, '__anext__')) {
    decref(it);
    raise(PyExc.TypeError, `'async for' received an object from __aiter__ that does not implement __anext__: ${it.type.name}`);
  }
  return it;
}

/** GET_ANEXT: the awaitable of aiter.__anext__() (new reference). */
export function getANext(aiter: PyObject): PyObject {
  if (aiter.type === asyncGenHooks.type) return asyncGenHooks.anext!(aiter as PyGen);
  if (!lookup(aiter.type, '__anext__')) raise(PyExc.TypeError, `'async for' requires an iterator with __anext__ method, got ${aiter.type.name}`);
  const n = A.callMethod(aiter, '__anext__', []);
  try {
    return getAwaitable(n, 0);
  } catch (e) {
    if (isException(e) && e.type.isSubtype(PyExc.TypeError!)) {
      const err = makeException(PyExc.TypeError!, `'async for' received an invalid object from __anext__: ${n.type.name}`);
      err.cause = e; err.context = e; e.ob_refcnt++; err.suppressContext = true;
      throw err;
    }
    throw e;
  } finally { decref(n); }
}

export function initCoroutineTypes(): void {
  const gs = generatorType.ownSlots;
  coroutineType = makeStaticType('coroutine', objectType, {
    repr: (o) => newStr(`<coroutine object ${(o as PyGen).qualname.s} at 0x${pyIdHex(o)}>`),
    finalize: (o) => {
      const g = o as PyGen;
      if (g.state === GEN_CREATED) vmHooks.unawaitedCoroutine(g, g.qualname.s);
      else if (g.state === GEN_SUSPENDED) genClose(g);
    }, traverse: gs.traverse, clear: gs.clear, dealloc: gs.dealloc, sizeof: gs.sizeof,
  }, { noSubclass: true, flags: TF_HAVE_GC });
  coroWrapperType = makeStaticType('coroutine_wrapper', objectType, {
    iter: (o) => { o.ob_refcnt++; return o; },
    // A non-None return value travels as StopIteration(value) (gen_iternext); None as plain exhaustion.
    iternext: (o) => {
      const g = (o as PyCoroWrapper).coro;
      const r = genResume(g, null, null);
      if (r !== null || g.retval === null || g.retval === None) return r;
      return raiseReturn(g);
    },
    traverse: (o, visit) => visit((o as PyCoroWrapper).coro, RefKindCode.Attr, 'coro'),
    dealloc: (o) => decref((o as PyCoroWrapper).coro),
    sizeof: () => 24,
  }, { noSubclass: true, flags: TF_HAVE_GC });
}

function initCoroutineMethods(): void {
  const C = (o: PyObject) => o as PyGen;
  defMethods(coroutineType, {
    send: (self, args) => sendOrStop(C(self), args[0] ?? None, null),
    throw: (self, args) => throwInto(C(self), args),
    close: (self) => { genClose(C(self)); None.ob_refcnt++; return None; },
    __await__: (self) => {
      self.ob_refcnt++;
      const w = new PyCoroWrapper(coroWrapperType, C(self));
      gcTrack(w);
      return w;
    },
  });
  A.setGenDrain(generatorType, genDrain as (it: PyObject, sink: (v: PyObject) => boolean) => PyObject | null);
  defGetSet(coroutineType, '__name__', (o) => { C(o).name.ob_refcnt++; return C(o).name; });
  defGetSet(coroutineType, '__qualname__', (o) => { C(o).qualname.ob_refcnt++; return C(o).qualname; });
  defGetSet(coroutineType, 'cr_running', (o) => boolObj(C(o).state === GEN_RUNNING));
  defGetSet(coroutineType, 'cr_suspended', (o) => boolObj(C(o).state === GEN_SUSPENDED));
  defGetSet(coroutineType, 'cr_code', (o) => { const c = C(o).frame.code; c.ob_refcnt++; return c; });
  // Origin tracking (sys.set_coroutine_origin_tracking_depth) is off: always None.
  defGetSet(coroutineType, 'cr_origin', () => { None.ob_refcnt++; return None; });
  defGetSet(coroutineType, 'cr_await', (o) => { const d = genDelegate(C(o)) ?? None; d.ob_refcnt++; return d; });
  defGetSet(coroutineType, 'cr_frame', (o) => {
    const g = C(o);
    if (g.state === GEN_COMPLETED) { None.ob_refcnt++; return None; }
    const fo = frameObjectOf(g.frame);
    fo.ob_refcnt++;
    return fo;
  });
  const W = (o: PyObject) => (o as PyCoroWrapper).coro;
  defMethods(coroWrapperType, {
    __next__: (self) => sendOrStop(W(self), null, null),
    send: (self, args) => sendOrStop(W(self), args[0] ?? None, null),
    throw: (self, args) => throwInto(W(self), args),
    close: (self) => { genClose(W(self)); None.ob_refcnt++; return None; },
  });
}

export function initGeneratorMethods(): void {
  initCoroutineMethods();
  defMethods(generatorType, {
    send: (self, args) => sendOrStop(self as PyGen, args[0] ?? None, null),
    throw: (self, args) => throwInto(self as PyGen, args),
    close: (self) => { genClose(self as PyGen); None.ob_refcnt++; return None; },
    __next__: (self) => sendOrStop(self as PyGen, null, null),
  });
  const G = (o: PyObject) => o as PyGen;
  defGetSet(generatorType, '__name__', (o) => { G(o).name.ob_refcnt++; return G(o).name; });
  defGetSet(generatorType, '__qualname__', (o) => { G(o).qualname.ob_refcnt++; return G(o).qualname; });
  defGetSet(generatorType, 'gi_running', (o) => boolObj(G(o).state === GEN_RUNNING));
  defGetSet(generatorType, 'gi_suspended', (o) => boolObj(G(o).state === GEN_SUSPENDED));
  defGetSet(generatorType, 'gi_code', (o) => { const c = G(o).frame.code; c.ob_refcnt++; return c; });
  defGetSet(generatorType, 'gi_yieldfrom', (o) => { const d = genDelegate(G(o)) ?? None; d.ob_refcnt++; return d; });
  defGetSet(generatorType, 'gi_frame', (o) => {
    const g = G(o);
    if (g.state === GEN_COMPLETED) { None.ob_refcnt++; return None; }
    const fo = frameObjectOf(g.frame);
    fo.ob_refcnt++;
    return fo;
  });
}
