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
  if (!exc) {
    const v = value ?? None;
    v.ob_refcnt++;
    f.lp[f.sp++] = v;
  }
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
  return sendOrStop(g, null, e as PyBaseException);
}

export function genClose(g: PyGen): void {
  if (g.state === GEN_COMPLETED) return;
  if (g.state === GEN_CREATED) { completeWithoutRunning(g); return; }
  const e = makeException(PyExc.GeneratorExit!, null);
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
