/**
 * Asynchronous generators (PEP 525): `async def` functions containing `yield`. The generator
 * machinery is generator.ts's (same frame handling, send/throw/close); this file adds what
 * Objects/genobject.c has for them in 3.12:
 * - `async_generator`: the generator object (ag_running, hooks, closed flag, finalizer);
 * - `async_generator_wrapped_value`: what `yield v` produces (CALL_INTRINSIC_1
 *   INTRINSIC_ASYNC_GEN_WRAP) so that a value yielded by the generator itself can be told apart
 *   from one an inner `await` passes out to the event loop;
 * - `async_generator_asend` (`__anext__()` / `asend(v)`) and `async_generator_athrow`
 *   (`athrow(...)` / `aclose()`): the awaitables that drive one step each, turning a wrapped value
 *   into StopIteration(value) and the generator's end into StopAsyncIteration;
 * - `anext_awaitable` and the `aiter()` / `anext()` builtins.
 *
 * Invariants:
 * - `runningAsync` is true from the first send of an asend/athrow awaitable until that awaitable
 *   finishes (a second concurrent `__anext__()` raises RuntimeError).
 * - `closed` is set once the generator raised StopAsyncIteration/GeneratorExit or aclose() ran.
 * - Every awaitable owns its generator reference (and send value / throw arguments).
 */
import { pyIdHex } from '../runtime/address';
import { PyObject } from './object';
import { makeStaticType, objectType, PyType, RefKindCode, TF_HAVE_GC, lookup } from './type';
import { PyStr, newStr } from './str';
import { None } from './singletons';
import type { Frame } from '../interp/frame';
import { raise, raiseWith, PyExc } from '../runtime/errors';
import { decref, xdecref } from '../runtime/refcount';
import { gcTrack } from '../runtime/gc';
import { defMethods } from './builtin_function';
import { isException, type PyBaseException } from './exceptions';
import { frameObjectOf } from './frame';
import * as A from '../runtime/abstract';
import { vmHooks } from '../runtime/hooks';
import { defGetSet } from './descriptors';
import { boolObj } from './int';
import {
  PyGen, GEN_COMPLETED, GEN_SUSPENDED, generatorType, asyncGenHooks,
  genResume, genDelegate, throwArgs, getAwaitable,
} from './generator';

export class PyAsyncGen extends PyGen {
  /** ag_origin_or_finalizer: sys.get_asyncgen_hooks().finalizer at the first step (owned). */
  finalizer: PyObject | null = null;
  hooksInited = false;
  closed = false;
  runningAsync = false;
}

const AW_INIT = 0, AW_ITER = 1, AW_CLOSED = 2;

class PyASend extends PyObject {
  state = AW_INIT;
  /** sendval null: `__anext__()` (asend(None)). */
  constructor(type: PyType, public gen: PyAsyncGen, public sendval: PyObject | null) { super(type); }
}

class PyAThrow extends PyObject {
  state = AW_INIT;
  /** args null: aclose() (athrow(GeneratorExit)). */
  constructor(type: PyType, public gen: PyAsyncGen, public args: PyObject[] | null) { super(type); }
}

class PyWrapped extends PyObject {
  constructor(type: PyType, public val: PyObject) { super(type); }
}

class PyANextAwaitable extends PyObject {
  constructor(type: PyType, public wrapped: PyObject, public dflt: PyObject) { super(type); }
}

export let asyncGenType: PyType;
export let asendType: PyType;
export let athrowType: PyType;
export let wrappedValueType: PyType;
export let anextAwaitableType: PyType;

/** INTRINSIC_ASYNC_GEN_WRAP: the value of an async generator's own `yield` (new reference). */
export function asyncGenWrap(v: PyObject): PyObject {
  v.ob_refcnt++;
  const w = new PyWrapped(wrappedValueType, v);
  gcTrack(w);
  return w;
}

function initHooks(g: PyAsyncGen): void {
  if (g.hooksInited) return;
  g.hooksInited = true;
  const [firstiter, finalizer] = vmHooks.asyncGenHooks();
  if (finalizer !== null) { finalizer.ob_refcnt++; g.finalizer = finalizer; }
  if (firstiter !== null) {
    firstiter.ob_refcnt++;
    try { decref(A.call(firstiter, [g])); } finally { decref(firstiter); }
  }
}

function newASend(g: PyAsyncGen, v: PyObject | null): PyObject {
  g.ob_refcnt++;
  if (v) v.ob_refcnt++;
  const o = new PyASend(asendType, g, v);
  gcTrack(o);
  return o;
}

function newAThrow(g: PyAsyncGen, args: PyObject[] | null): PyObject {
  g.ob_refcnt++;
  if (args) for (const a of args) a.ob_refcnt++;
  const o = new PyAThrow(athrowType, g, args);
  gcTrack(o);
  return o;
}

/** am_anext of an async generator: a new asend awaitable in `__anext__()` mode. */
export function asyncGenANext(g: PyAsyncGen): PyObject {
  initHooks(g);
  return newASend(g, null);
}

/**
 * async_gen_unwrap_value for a step that produced `r` (new reference, or null when the generator
 * returned): a wrapped value becomes StopIteration(value), the end StopAsyncIteration; anything
 * else is a value an inner await passes outward (returned).
 */
function unwrap(g: PyAsyncGen, r: PyObject | null): PyObject {
  if (r === null) {
    xdecref(g.retval);
    g.retval = null;
    g.closed = true;
    g.runningAsync = false;
    raiseWith(PyExc.StopAsyncIteration!, null);
  }
  if (r instanceof PyWrapped) {
    g.runningAsync = false;
    const v = r.val;
    v.ob_refcnt++;
    decref(r);
    try { raiseWith(PyExc.StopIteration!, v); } finally { decref(v); }
  }
  return r;
}

/** The generator raised `e` during a step: StopAsyncIteration/GeneratorExit mean it is closed. */
function stepFailed(g: PyAsyncGen, e: unknown): void {
  if (isException(e) && (e.type.isSubtype(PyExc.StopAsyncIteration!) || e.type.isSubtype(PyExc.GeneratorExit!))) g.closed = true;
  g.runningAsync = false;
}

function asendSend(o: PyASend, arg: PyObject | null): PyObject {
  if (o.state === AW_CLOSED) raise(PyExc.RuntimeError!, 'cannot reuse already awaited __anext__()/asend()');
  const g = o.gen;
  if (o.state === AW_INIT) {
    if (g.runningAsync) { o.state = AW_CLOSED; raise(PyExc.RuntimeError!, 'anext(): asynchronous generator is already running'); }
    if (arg === null || arg === None) arg = o.sendval;
    o.state = AW_ITER;
  }
  g.runningAsync = true;
  try {
    let r: PyObject | null;
    try { r = genResume(g, arg ?? None, null); } catch (e) { stepFailed(g, e); throw e; }
    return unwrap(g, r);
  } catch (e) {
    o.state = AW_CLOSED;
    throw e;
  }
}

function asendThrow(o: PyASend, args: PyObject[]): PyObject {
  if (o.state === AW_CLOSED) raise(PyExc.RuntimeError!, 'cannot reuse already awaited __anext__()/asend()');
  const g = o.gen;
  if (o.state === AW_INIT) {
    if (g.runningAsync) { o.state = AW_CLOSED; raise(PyExc.RuntimeError!, 'anext(): asynchronous generator is already running'); }
    o.state = AW_ITER;
    g.runningAsync = true;
  }
  throwDeprecation(args, 'throw');
  try {
    let r: PyObject | null;
    try { r = throwArgs(g, args, true); } catch (e) { stepFailed(g, e); throw e; }
    return unwrap(g, r);
  } catch (e) {
    g.runningAsync = false;
    o.state = AW_CLOSED;
    throw e;
  }
}

function throwDeprecation(args: PyObject[], what: string): void {
  if (args.length > 1) {
    vmHooks.warn(PyExc.DeprecationWarning!, `the (type, exc, tb) signature of ${what}() is deprecated, use the single-arg signature instead.`, 1);
  }
}

function ignoredExit(o: PyAThrow): never {
  o.gen.runningAsync = false;
  o.state = AW_CLOSED;
  raise(PyExc.RuntimeError!, 'async generator ignored GeneratorExit');
}

/** check_error of async_gen_athrow_send: aclose() turns the generator's end into StopIteration. */
function athrowFailed(o: PyAThrow, e: unknown): never {
  o.gen.runningAsync = false;
  o.state = AW_CLOSED;
  if (o.args === null && isException(e) && (e.type.isSubtype(PyExc.StopAsyncIteration!) || e.type.isSubtype(PyExc.GeneratorExit!))) {
    decref(e);
    raiseWith(PyExc.StopIteration!, null);
  }
  throw e;
}

function athrowSend(o: PyAThrow, arg: PyObject): PyObject {
  if (o.state === AW_CLOSED) raise(PyExc.RuntimeError!, 'cannot reuse already awaited aclose()/athrow()');
  const g = o.gen;
  if (g.state === GEN_COMPLETED) { o.state = AW_CLOSED; raiseWith(PyExc.StopIteration!, null); }
  if (o.state === AW_INIT) {
    if (g.runningAsync) {
      o.state = AW_CLOSED;
      raise(PyExc.RuntimeError!, o.args === null ? 'aclose(): asynchronous generator is already running' : 'athrow(): asynchronous generator is already running');
    }
    if (g.closed) { o.state = AW_CLOSED; raiseWith(PyExc.StopAsyncIteration!, null); }
    if (arg !== None) raise(PyExc.RuntimeError!, "can't send non-None value to a just-started coroutine");
    o.state = AW_ITER;
    g.runningAsync = true;
    if (o.args === null) {
      g.closed = true;
      let r: PyObject | null;
      try { r = throwArgs(g, [PyExc.GeneratorExit!], false); } catch (e) { athrowFailed(o, e); }
      if (r instanceof PyWrapped) { decref(r); ignoredExit(o); }
      if (r === null) athrowFailed(o, stopAsyncOf(g));
      return r;
    }
    let r: PyObject;
    try {
      let step: PyObject | null;
      try { step = throwArgs(g, o.args, false); } catch (e) { stepFailed(g, e); throw e; }
      r = unwrap(g, step);
    } catch (e) { athrowFailed(o, e); }
    return r;
  }
  let r: PyObject | null;
  if (o.args !== null) {
    try {
      try { r = genResume(g, arg, null); } catch (e) { stepFailed(g, e); throw e; }
      return unwrap(g, r);
    } catch (e) { athrowFailed(o, e); }
  }
  try { r = genResume(g, arg, null); } catch (e) { athrowFailed(o, e); }
  if (r instanceof PyWrapped) { decref(r); ignoredExit(o); }
  if (r === null) athrowFailed(o, stopAsyncOf(g));
  return r;
}

/** The exception gen_send_ex reports when an async generator returns: StopAsyncIteration. */
function stopAsyncOf(g: PyAsyncGen): PyBaseException {
  xdecref(g.retval);
  g.retval = null;
  try { raiseWith(PyExc.StopAsyncIteration!, null); } catch (e) { return e as PyBaseException; }
}

function athrowThrow(o: PyAThrow, args: PyObject[]): PyObject {
  if (o.state === AW_CLOSED) raise(PyExc.RuntimeError!, 'cannot reuse already awaited aclose()/athrow()');
  const g = o.gen;
  if (o.state === AW_INIT) {
    if (g.runningAsync) {
      o.state = AW_CLOSED;
      raise(PyExc.RuntimeError!, o.args === null ? 'aclose(): asynchronous generator is already running' : 'athrow(): asynchronous generator is already running');
    }
    o.state = AW_ITER;
    g.runningAsync = true;
  }
  throwDeprecation(args, 'throw');
  if (o.args !== null) {
    try {
      let r: PyObject | null;
      try { r = throwArgs(g, args, true); } catch (e) { stepFailed(g, e); throw e; }
      return unwrap(g, r);
    } catch (e) {
      g.runningAsync = false;
      o.state = AW_CLOSED;
      throw e;
    }
  }
  let r: PyObject | null;
  try { r = throwArgs(g, args, true); } catch (e) { athrowFailed(o, e); }
  if (r instanceof PyWrapped) { decref(r); ignoredExit(o); }
  if (r === null) athrowFailed(o, stopIterationEnd(g));
  return r;
}

/** throw() into an aclose() awaitable whose generator returned: gen_throw's StopIteration. */
function stopIterationEnd(g: PyAsyncGen): PyBaseException {
  xdecref(g.retval);
  g.retval = null;
  try { raiseWith(PyExc.StopIteration!, null); } catch (e) { return e as PyBaseException; }
}

// ---- anext_awaitable ------------------------------------------------------------------------

/** anextawaitable_getiter: the iterator under the wrapped awaitable (new reference). */
function anextIter(o: PyANextAwaitable): PyObject {
  const aw = getAwaitable(o.wrapped, 0);
  if (aw.type.slots.iternext) return aw;
  try {
    const it = A.callMethod(aw, '__await__', []);
    if (!it.type.slots.iternext) { decref(it); raise(PyExc.TypeError!, '__await__ returned a non-iterable'); }
    return it;
  } finally { decref(aw); }
}

function anextDefault(o: PyANextAwaitable, e: unknown): never {
  if (isException(e) && e.type.isSubtype(PyExc.StopAsyncIteration!)) {
    decref(e);
    raiseWith(PyExc.StopIteration!, o.dflt);
  }
  throw e;
}

function anextProxy(o: PyANextAwaitable, meth: string, args: PyObject[]): PyObject {
  const it = anextIter(o);
  try {
    return A.callMethod(it, meth, args);
  } catch (e) {
    anextDefault(o, e);
  } finally { decref(it); }
}

// ---- builtins --------------------------------------------------------------------------------

/** aiter(async_iterable): PyObject_GetAIter. */
export function builtinAiter(o: PyObject): PyObject {
  if (!lookup(o.type, '__aiter__')) raise(PyExc.TypeError!, `'${o.type.name}' object is not an async iterable`);
  const it = A.callMethod(o, '__aiter__', []);
  if (!lookup(it.type, '__anext__')) {
    const tn = it.type.name;
    decref(it);
    raise(PyExc.TypeError!, `aiter() returned not an async iterator of type '${tn}'`);
  }
  return it;
}

/** anext(async_iterator[, default]). */
export function builtinAnext(it: PyObject, dflt: PyObject | null): PyObject {
  if (!lookup(it.type, '__anext__')) raise(PyExc.TypeError!, `'${it.type.name}' object is not an async iterator`);
  const aw = it instanceof PyAsyncGen ? asyncGenANext(it) : A.callMethod(it, '__anext__', []);
  if (dflt === null) return aw;
  dflt.ob_refcnt++;
  const o = new PyANextAwaitable(anextAwaitableType, aw, dflt);
  gcTrack(o);
  return o;
}

// ---- types -----------------------------------------------------------------------------------

const self = (o: PyObject): PyObject => { o.ob_refcnt++; return o; };
const none = (): PyObject => { None.ob_refcnt++; return None; };

export function initAsyncGenTypes(): void {
  const gs = generatorType.ownSlots;
  asyncGenType = makeStaticType('async_generator', objectType, {
    repr: (o) => newStr(`<async_generator object ${(o as PyGen).qualname.s} at 0x${pyIdHex(o)}>`),
    finalize: (o) => {
      const g = o as PyAsyncGen;
      if (g.state === GEN_COMPLETED) return;
      if (g.finalizer !== null && !g.closed) {
        const fin = g.finalizer;
        fin.ob_refcnt++;
        try { decref(A.call(fin, [g])); } finally { decref(fin); }
        return;
      }
      gs.finalize!(o);
    },
    traverse: (o, visit) => {
      const g = o as PyAsyncGen;
      if (g.finalizer) visit(g.finalizer, RefKindCode.Internal, 'ag_finalizer');
      gs.traverse!(o, visit);
    },
    clear: gs.clear,
    dealloc: (o) => {
      const g = o as PyAsyncGen;
      const fin = g.finalizer;
      g.finalizer = null;
      xdecref(fin);
      gs.dealloc!(o);
    },
    sizeof: gs.sizeof,
  }, { noSubclass: true, flags: TF_HAVE_GC });
  asyncGenHooks.type = asyncGenType;
  asyncGenHooks.create = (f: Frame, name: PyStr, qualname: PyStr) => new PyAsyncGen(asyncGenType, f, name, qualname);
  asyncGenHooks.anext = (g: PyGen) => asyncGenANext(g as PyAsyncGen);

  asendType = makeStaticType('async_generator_asend', objectType, {
    iter: self,
    iternext: (o) => asendSend(o as PyASend, null),
    traverse: (o, visit) => {
      const a = o as PyASend;
      visit(a.gen, RefKindCode.Attr, 'ags_gen');
      if (a.sendval) visit(a.sendval, RefKindCode.Attr, 'ags_sendval');
    },
    dealloc: (o) => { const a = o as PyASend; decref(a.gen); xdecref(a.sendval); a.sendval = null; },
    sizeof: () => 40,
  }, { noSubclass: true, flags: TF_HAVE_GC });

  athrowType = makeStaticType('async_generator_athrow', objectType, {
    iter: self,
    iternext: (o) => athrowSend(o as PyAThrow, None),
    traverse: (o, visit) => {
      const a = o as PyAThrow;
      visit(a.gen, RefKindCode.Attr, 'agt_gen');
      if (a.args) for (const x of a.args) visit(x, RefKindCode.Item, 'agt_args');
    },
    dealloc: (o) => { const a = o as PyAThrow; decref(a.gen); if (a.args) for (const x of a.args) decref(x); a.args = null; },
    sizeof: () => 40,
  }, { noSubclass: true, flags: TF_HAVE_GC });

  wrappedValueType = makeStaticType('async_generator_wrapped_value', objectType, {
    traverse: (o, visit) => visit((o as PyWrapped).val, RefKindCode.Attr, 'agw_val'),
    dealloc: (o) => decref((o as PyWrapped).val),
    sizeof: () => 24,
  }, { noSubclass: true, flags: TF_HAVE_GC });

  anextAwaitableType = makeStaticType('anext_awaitable', objectType, {
    iter: self,
    iternext: (o) => {
      const a = o as PyANextAwaitable;
      const it = anextIter(a);
      try {
        const r = A.iterNext(it);
        if (r !== null) return r;
        return null;
      } catch (e) {
        anextDefault(a, e);
      } finally { decref(it); }
    },
    traverse: (o, visit) => {
      const a = o as PyANextAwaitable;
      visit(a.wrapped, RefKindCode.Attr, 'wrapped');
      visit(a.dflt, RefKindCode.Attr, 'default_value');
    },
    dealloc: (o) => { const a = o as PyANextAwaitable; decref(a.wrapped); decref(a.dflt); },
    sizeof: () => 32,
  }, { noSubclass: true, flags: TF_HAVE_GC });
}

export function initAsyncGenMethods(): void {
  const G = (o: PyObject) => o as PyAsyncGen;
  defMethods(asyncGenType, {
    __aiter__: self,
    __anext__: (s) => asyncGenANext(G(s)),
    asend: (s, args) => {
      if (args.length !== 1) raise(PyExc.TypeError!, `async_generator.asend() takes exactly one argument (${args.length} given)`);
      initHooks(G(s));
      return newASend(G(s), args[0]!);
    },
    athrow: (s, args) => {
      if (args.length < 1) raise(PyExc.TypeError!, `athrow expected at least 1 argument, got ${args.length}`);
      if (args.length > 3) raise(PyExc.TypeError!, `athrow expected at most 3 arguments, got ${args.length}`);
      throwDeprecation(args, 'athrow');
      initHooks(G(s));
      return newAThrow(G(s), args.slice());
    },
    aclose: (s) => { initHooks(G(s)); return newAThrow(G(s), null); },
  });
  defGetSet(asyncGenType, '__name__', (o) => { G(o).name.ob_refcnt++; return G(o).name; });
  defGetSet(asyncGenType, '__qualname__', (o) => { G(o).qualname.ob_refcnt++; return G(o).qualname; });
  defGetSet(asyncGenType, 'ag_await', (o) => { const d = genDelegate(G(o)) ?? None; d.ob_refcnt++; return d; });
  defGetSet(asyncGenType, 'ag_frame', (o) => {
    const g = G(o);
    if (g.state === GEN_COMPLETED) return none();
    const fo = frameObjectOf(g.frame);
    fo.ob_refcnt++;
    return fo;
  });
  defGetSet(asyncGenType, 'ag_code', (o) => { const c = G(o).frame.code; c.ob_refcnt++; return c; });
  defGetSet(asyncGenType, 'ag_suspended', (o) => boolObj(G(o).state === GEN_SUSPENDED));
  defGetSet(asyncGenType, 'ag_running', (o) => boolObj(G(o).runningAsync));

  const S = (o: PyObject) => o as PyASend;
  defMethods(asendType, {
    __await__: self,
    send: (s, args) => asendSend(S(s), args[0] ?? None),
    throw: (s, args) => asendThrow(S(s), args),
    close: (s) => { S(s).state = AW_CLOSED; return none(); },
  });
  const T = (o: PyObject) => o as PyAThrow;
  defMethods(athrowType, {
    __await__: self,
    send: (s, args) => athrowSend(T(s), args[0] ?? None),
    throw: (s, args) => athrowThrow(T(s), args),
    close: (s) => { T(s).state = AW_CLOSED; return none(); },
  });
  const N = (o: PyObject) => o as PyANextAwaitable;
  defMethods(anextAwaitableType, {
    __await__: self,
    send: (s, args) => anextProxy(N(s), 'send', [args[0] ?? None]),
    throw: (s, args) => anextProxy(N(s), 'throw', args),
    close: (s, args) => anextProxy(N(s), 'close', args),
  });
}
