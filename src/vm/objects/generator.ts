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
import { PyObject } from './object';
import { makeStaticType, objectType, PyType, RefKindCode, TF_HAVE_GC } from './type';
import { PyStr, newStr } from './str';
import { None } from './singletons';
import type { Frame } from '../interp/frame';
import { raise, raiseWith, PyExc } from '../runtime/errors';
import { decref, xdecref } from '../runtime/refcount';
import { gcTrack } from '../runtime/gc';
import { defMethods } from './builtin_function';
import { isException, makeException, PyBaseException } from './exceptions';
import { releaseFrameSlots, frameObjectOf } from './frame';
import * as A from '../runtime/abstract';
import { vmHooks } from '../runtime/hooks';
import { defGetSet } from './descriptors';
import { boolObj } from './int';
import { PyType as T } from './type';

export const GEN_CREATED = 0, GEN_SUSPENDED = 1, GEN_RUNNING = 2, GEN_COMPLETED = 3;

export class PyGen extends PyObject {
  state = GEN_CREATED;
  /** Return value of the last completed run (StopIteration.value). */
  retval: PyObject | null = null;
  constructor(type: PyType, public frame: Frame, public name: PyStr, public qualname: PyStr) {
    super(type);
  }
}

export let generatorType: PyType;

export function newGenerator(f: Frame): PyGen {
  const co = f.code.co;
  const g = new PyGen(generatorType, f, newStr(co.co_name), newStr(co.co_qualname));
  f.gen = g;
  gcTrack(g);
  return g;
}

/**
 * Resumes the generator with `value` (or with exception `exc` thrown in). Returns the yielded
 * value (new ref), or null when the generator returned (its value kept in `retval`).
 */
export function genResume(g: PyGen, value: PyObject | null, exc: PyBaseException | null): PyObject | null {
  if (g.state === GEN_RUNNING) raise(PyExc.ValueError, 'generator already executing');
  if (g.state === GEN_COMPLETED) {
    if (exc) throw exc;
    return null;
  }
  if (g.state === GEN_CREATED && value !== null && value !== None && !exc) {
    raise(PyExc.TypeError, "can't send non-None value to a just-started generator");
  }
  const f = g.frame;
  // Like gen_send_ex2, the sent value (None when throwing) is pushed even when an exception is
  // thrown in: handlers such as CLEANUP_THROW count it in their stack depth.
  const v = value ?? None;
  v.ob_refcnt++;
  f.lp[f.sp++] = v;
  g.state = GEN_RUNNING;
  let r: PyObject;
  try {
    r = vmHooks.resumeFrame(f, exc);
  } catch (e) {
    g.state = GEN_COMPLETED;
    throw e;
  }
  if (f.yielded) {
    f.yielded = false;
    g.state = GEN_SUSPENDED;
    return r;
  }
  g.state = GEN_COMPLETED;
  const old = g.retval;
  g.retval = r;
  xdecref(old);
  return null;
}

/** gen.send(v) / next(gen) raising StopIteration(value) at the end. */
function sendOrStop(g: PyGen, v: PyObject | null, exc: PyBaseException | null): PyObject {
  const r = genResume(g, v, exc);
  if (r !== null) return r;
  const rv = g.retval;
  g.retval = null;
  if (rv === null || rv === None) { xdecref(rv); raiseWith(PyExc.StopIteration!, null); }
  try { raiseWith(PyExc.StopIteration!, rv); } finally { decref(rv); }
}

function throwInto(g: PyGen, args: PyObject[]): PyObject {
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
  const r = genThrow(g, e as PyBaseException, args);
  if (r !== null) return r;
  return sendOrStop(g, null, null);
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
function genThrow(g: PyGen, exc: PyBaseException, args: PyObject[] | null): PyObject | null {
  const yf = genDelegate(g);
  if (!yf) return genResume(g, null, exc);
  yf.ob_refcnt++;
  let ret: PyObject | null = null;
  let into: PyBaseException | null = null;
  g.state = GEN_RUNNING;
  try {
    if (exc.type.isSubtype(PyExc.GeneratorExit!)) {
      try { closeIter(yf); into = exc; } catch (err) { decref(exc); into = err as PyBaseException; }
    } else if (yf instanceof PyGen) {
      try {
        ret = genThrow(yf, exc, args);
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
    if (r !== null) { decref(r); raise(PyExc.RuntimeError, 'generator ignored GeneratorExit'); }
  } catch (err) {
    if (isException(err) && (err.type.isSubtype(PyExc.GeneratorExit!) || err.type.isSubtype(PyExc.StopIteration!))) { decref(err); return; }
    throw err;
  }
}

function completeWithoutRunning(g: PyGen): void {
  g.state = GEN_COMPLETED;
  const f = g.frame;
  releaseFrameSlots(f);
  decref(f.code);
}

export function initGeneratorType(): void {
  generatorType = makeStaticType('generator', objectType, {
    iter: (o) => { o.ob_refcnt++; return o; },
    iternext: (o) => genResume(o as PyGen, null, null),
    repr: (o) => newStr(`<generator object ${(o as PyGen).qualname.s} at 0x${o.id.toString(16)}>`),
    finalize: (o) => {
      const g = o as PyGen;
      if (g.state === GEN_SUSPENDED) genClose(g);
    },
    traverse: (o, visit) => {
      const g = o as PyGen;
      visit(g.name, RefKindCode.Attr, '__name__');
      visit(g.qualname, RefKindCode.Attr, '__qualname__');
      if (g.retval) visit(g.retval, RefKindCode.Internal, 'retval');
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
    },
    sizeof: () => 200,
  }, { noSubclass: true, flags: TF_HAVE_GC });
}

export function initGeneratorMethods(): void {
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
  defGetSet(generatorType, 'gi_frame', (o) => {
    const g = G(o);
    if (g.state === GEN_COMPLETED) { None.ob_refcnt++; return None; }
    const fo = frameObjectOf(g.frame);
    fo.ob_refcnt++;
    return fo;
  });
}
