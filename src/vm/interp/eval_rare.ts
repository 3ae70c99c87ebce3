/**
 * The rarely executed instructions and the cold halves of CALL, out of the dispatch loop.
 *
 * Why a separate function: V8 compiles the dispatch loop (eval.ts) as one unit, and recompiles it
 * whole every time an instruction body it has never run is reached after optimization (a
 * "soft" deoptimization). Keeping the loop small makes each compile cheaper, and bodies that live
 * here are reached through one call site that is warm after the first module body ran.
 *
 * Contract of `execRare`: the caller has stored the frame's stack pointer in `f.sp` and the
 * offset of the next instruction (this one's CACHE units not yet skipped) in `f.pc`; on return
 * both are updated; the caller reloads them. On a throw, every stack slot this instruction
 * already consumed is null (values are pushed only after the last call that can throw), so the
 * caller's unwinding, which starts from its own (pre-instruction) stack pointer, releases
 * exactly the references that are still on the stack.
 */
import { O } from '../bytecode/opcodes';
import type { PyObject } from '../objects/object';
import type { VM } from '../runtime/vm';
import type { Frame } from './frame';
import { PyFunction } from '../objects/function';
import { PyDict, dictGetStr, newDictPresized } from '../objects/dict';
import { PyInt, newInt, boolObj, True, False } from '../objects/int';
import { PyStr, newStr } from '../objects/str';
import { PyTuple } from '../objects/tuple';
import { PyList } from '../objects/list';
import { newSet, setAdd } from '../objects/set';
import { PyCell } from '../objects/cell';
import { PyMethod } from '../objects/method';
import { None } from '../objects/singletons';
import { sliceSteal } from '../objects/slice';
import { exceptionGroupMatch } from '../objects/exception_group';
import type { PyType } from '../objects/type';
import { PyBaseException, isException } from '../objects/exceptions';
import { type PyMethodDescr, methodDescrType, type PyBuiltinFunction, builtinFunctionType } from '../objects/builtin_function';
import { raise, PyExc, newException, isJsAllocationFailure } from '../runtime/errors';
import { decref, xdecref } from '../runtime/refcount';
import * as A from '../runtime/abstract';
import { bindArgs } from './calls';
import { PyGen, GEN_COMPLETED, getAwaitable, beforeAsyncWith, getAIter, getANext } from '../objects/generator';
import * as X from './ops';

export function execRare(vm: VM, f: Frame, op: number, oparg: number): void {
  const lp = f.lp;
  const code = f.code;
  const names = code.names;
  let sp = f.sp;
  let pc = f.pc;
  try {
  switch (op) {
    case O.UNARY_NEGATIVE:
    case O.UNARY_INVERT: {
      const v = lp[sp - 1]!;
      const r = A.unaryOp(v, op === O.UNARY_NEGATIVE ? 'neg' : 'invert');
      lp[sp - 1] = r;
      decref(v);
      break;
    }
    case O.DELETE_FAST: {
      const old = lp[oparg];
      if (!old) X.unboundLocal(code, oparg);
      lp[oparg] = null;
      decref(old);
      break;
    }
    case O.DELETE_NAME:
      X.deleteName(f, names[oparg]!);
      break;
    case O.STORE_GLOBAL: {
      const v = lp[--sp]!;
      lp[sp] = null;
      f.globals.setStr(names[oparg]!, v);
      decref(v);
      break;
    }
    case O.DELETE_GLOBAL:
      if (!f.globals.delStr(names[oparg]!)) X.nameError(names[oparg]!);
      break;
    case O.DELETE_ATTR: {
      const owner = lp[--sp]!;
      lp[sp] = null;
      try { A.setAttr(owner, names[oparg]!, null); } finally { decref(owner); }
      break;
    }
    case O.DELETE_SUBSCR: {
      const k = lp[--sp]!;
      const c = lp[--sp]!;
      lp[sp] = null; lp[sp + 1] = null;
      try { A.setItem(c, k, null); } finally { decref(c); decref(k); }
      break;
    }
    case O.BUILD_SET: {
      // The items are added in stack order, then released, all of them also when an add throws.
      const s = newSet();
      const top = sp;
      sp -= oparg;
      try {
        for (let i = sp; i < top; i++) setAdd(s, lp[i]!);
      } catch (e) {
        decref(s);
        throw e;
      } finally {
        for (let i = sp; i < top; i++) { const x = lp[i]!; lp[i] = null; decref(x); }
      }
      lp[sp++] = s;
      break;
    }
    case O.BUILD_CONST_KEY_MAP: {
      const keys = lp[--sp] as PyTuple;
      lp[sp] = null;
      const d = newDictPresized(oparg);
      const vals = lp.slice(sp - oparg, sp) as PyObject[];
      for (let i = sp - oparg; i < sp; i++) lp[i] = null;
      sp -= oparg;
      try {
        for (let i = 0; i < oparg; i++) d.set(keys.items[i]!, vals[i]!);
      } catch (e) {
        decref(d);
        throw e;
      } finally { for (const x of vals) decref(x); decref(keys); }
      lp[sp++] = d;
      break;
    }
    case O.SET_ADD: {
      const v = lp[--sp]!;
      lp[sp] = null;
      try { setAdd(lp[sp - oparg] as never, v); } finally { decref(v); }
      break;
    }
    case O.LIST_EXTEND: {
      const v = lp[--sp]!;
      lp[sp] = null;
      try { X.listExtendChecked(lp[sp - oparg] as PyList, v); } finally { decref(v); }
      break;
    }
    case O.SET_UPDATE: {
      const v = lp[--sp]!;
      lp[sp] = null;
      try { X.setUpdate(lp[sp - oparg]!, v); } finally { decref(v); }
      break;
    }
    case O.DICT_UPDATE:
    case O.DICT_MERGE: {
      const v = lp[--sp]!;
      lp[sp] = null;
      try { X.dictUpdate(lp[sp - oparg] as PyDict, v, op === O.DICT_MERGE ? lp[sp - oparg - 2]! : null); } finally { decref(v); }
      break;
    }
    case O.UNPACK_EX: {
      const seq = lp[--sp]!;
      lp[sp] = null;
      let items: PyObject[];
      try { items = X.unpack(seq, oparg & 0xff, oparg >> 8); } finally { decref(seq); }
      for (let i = items.length - 1; i >= 0; i--) lp[sp++] = items[i]!;
      break;
    }
    case O.LOAD_FROM_DICT_OR_DEREF: {
      const m = lp[--sp]!;
      lp[sp] = null;
      let r: PyObject;
      try { r = X.loadFromDictOrDeref(m, code, lp[oparg] as PyCell, oparg); } finally { decref(m); }
      lp[sp++] = r;
      break;
    }
    case O.DELETE_DEREF: {
      const c = lp[oparg] as PyCell;
      const old = c.ref;
      if (old === null) X.unboundDeref(code, oparg);
      c.ref = null;
      decref(old);
      break;
    }
    case O.LOAD_FROM_DICT_OR_GLOBALS: {
      const m = lp[--sp]!;
      lp[sp] = null;
      let r: PyObject;
      try { r = X.loadFromDictOrGlobals(m, f, names[oparg]!); } finally { decref(m); }
      lp[sp++] = r;
      break;
    }
    case O.LOAD_LOCALS: {
      if (!f.locals) raise(PyExc.SystemError, 'no locals found');
      f.locals.ob_refcnt++;
      lp[sp++] = f.locals;
      break;
    }
    case O.SETUP_ANNOTATIONS:
      X.setupAnnotations(f);
      break;
    case O.LOAD_BUILD_CLASS: {
      const bc = dictGetStr(f.builtins, '__build_class__');
      if (!bc) raise(PyExc.NameError, '__build_class__ not found');
      bc.ob_refcnt++;
      lp[sp++] = bc;
      break;
    }
    case O.LOAD_ASSERTION_ERROR: {
      const t = PyExc.AssertionError!;
      t.ob_refcnt++;
      lp[sp++] = t;
      break;
    }
    case O.CHECK_EG_MATCH: {
      const t = lp[sp - 1]!;
      const e = lp[sp - 2]!;
      const [rest, match] = exceptionGroupMatch(e, t);
      lp[sp - 2] = rest;
      lp[sp - 1] = match;
      decref(e); decref(t);
      if (match !== None) {
        match.ob_refcnt++;
        const old = vm.handled;
        vm.handled = match;
        xdecref(old);
      }
      break;
    }
    case O.GET_AITER: {
      const v = lp[sp - 1]!;
      lp[sp - 1] = getAIter(v);
      decref(v);
      break;
    }
    case O.GET_ANEXT: {
      lp[sp] = getANext(lp[sp - 1]!);
      sp++;
      break;
    }
    case O.END_ASYNC_FOR: {
      const exc = lp[sp - 1]!;
      if (!exc.type.isSubtype(PyExc.StopAsyncIteration!)) {
        lp[--sp] = null;
        f.sp = sp;
        vm.reraising = true;
        throw exc;
      }
      const aw = lp[sp - 2]!;
      lp[--sp] = null; lp[--sp] = null;
      decref(exc); decref(aw);
      break;
    }
    case O.BEFORE_ASYNC_WITH: {
      const mgr = lp[sp - 1]!;
      const [exit, res] = beforeAsyncWith(mgr);
      lp[sp - 1] = exit;
      lp[sp++] = res;
      decref(mgr);
      break;
    }
    case O.WITH_EXCEPT_START: {
      const val = lp[sp - 1]!;
      const exit = lp[sp - 4]!;
      const tp = val.type;
      const tb = (val as PyBaseException).traceback ?? None;
      lp[sp] = A.call(exit, [tp, val, tb]);
      sp++;
      break;
    }
    case O.MATCH_MAPPING:
    case O.MATCH_SEQUENCE: {
      const v = lp[sp - 1]!;
      const r = (op === O.MATCH_MAPPING ? X.matchMapping(v) : X.matchSequence(v)) ? True : False;
      r.ob_refcnt++;
      lp[sp++] = r;
      break;
    }
    case O.MATCH_KEYS: {
      const r = X.matchKeys(lp[sp - 2]!, lp[sp - 1]!);
      lp[sp++] = r;
      break;
    }
    case O.MATCH_CLASS: {
      const names2 = lp[sp - 1]!, cls = lp[sp - 2]!, subject = lp[sp - 3]!;
      const r = X.matchClass(subject, cls, oparg, names2);
      lp[--sp] = null; lp[--sp] = null;
      lp[sp - 1] = r;
      decref(names2); decref(cls); decref(subject);
      break;
    }
    case O.GET_LEN: {
      lp[sp] = newInt(A.len(lp[sp - 1]!));
      sp++;
      break;
    }
    case O.CALL_INTRINSIC_1: {
      const v = lp[sp - 1]!;
      const r = X.intrinsic1(vm, f, oparg, v);
      lp[sp - 1] = r;
      decref(v);
      break;
    }
    case O.CALL_INTRINSIC_2: {
      const b = lp[sp - 1]!;
      const a = lp[sp - 2]!;
      const r = X.intrinsic2(oparg, a, b);
      lp[--sp] = null;
      lp[sp - 1] = r;
      decref(a); decref(b);
      break;
    }
    case O.IMPORT_NAME: {
      const fromlist = lp[sp - 1]!;
      const level = lp[sp - 2]!;
      const r = vm.importName(names[oparg]!, f, fromlist, level);
      lp[--sp] = null;
      lp[sp - 1] = r;
      decref(fromlist);
      decref(level);
      break;
    }
    case O.IMPORT_FROM: {
      const m = lp[sp - 1]!;
      lp[sp] = vm.importFrom(m, names[oparg]!);
      sp++;
      break;
    }
    case O.GET_AWAITABLE: {
      const v = lp[sp - 1]!;
      lp[sp - 1] = getAwaitable(v, oparg);
      decref(v);
      break;
    }
    case O.GET_YIELD_FROM_ITER: {
      const v = lp[sp - 1]!;
      if (v.type.name !== 'generator' && v.type.name !== 'coroutine') { lp[sp - 1] = A.getIter(v); decref(v); }
      break;
    }
    case O.END_SEND: {
      const v = lp[--sp]!;
      const recv = lp[sp - 1]!;
      lp[sp] = null;
      lp[sp - 1] = v;
      decref(recv);
      break;
    }
    case O.CLEANUP_THROW: {
      const exc = lp[sp - 1]!;
      if (!exc.type.isSubtype(PyExc.StopIteration!)) {
        lp[--sp] = null;
        f.sp = sp;
        vm.reraising = true;
        throw exc;
      }
      const value = X.stopIterationValue(exc);
      const a = lp[sp - 3]!, b = lp[sp - 2]!;
      None.ob_refcnt++;
      lp[sp - 3] = None;
      lp[sp - 2] = value;
      lp[--sp] = null;
      decref(a); decref(b); decref(exc);
      break;
    }
    // execMid's opcodes never come here; their labels keep this switch dense enough for V8's
    // jump-table dispatch in the unoptimized tiers (see evalFrame's default).
    case O.BINARY_SLICE: case O.BINARY_SUBSCR: case O.BUILD_LIST: case O.BUILD_MAP:
    case O.BUILD_STRING: case O.BUILD_TUPLE: case O.CHECK_EXC_MATCH: case O.CONTAINS_OP:
    case O.FORMAT_VALUE: case O.GET_ITER: case O.LIST_APPEND: case O.LOAD_ATTR: case O.LOAD_NAME:
    case O.LOAD_SUPER_ATTR: case O.MAKE_FUNCTION: case O.MAP_ADD: case O.POP_EXCEPT:
    case O.PUSH_EXC_INFO: case O.STORE_ATTR: case O.STORE_NAME: case O.STORE_SUBSCR:
    case O.UNARY_NOT: case O.UNPACK_SEQUENCE:
    default:
      raise(PyExc.SystemError, `unknown opcode ${op}`);
  }
  } catch (e) {
    f.sp = sp;
    throw e;
  }
  f.sp = sp;
  f.pc = pc;
}

/**
 * CALL on a class whose instances are built by object.__new__ and initialised by a Python
 * `__init__`: creates the instance and returns the (not yet pushed) frame running `__init__`
 * with it; the instance (owned by the frame's `initObj`) becomes the call's result. The call's
 * stack slots lp[bottom .. sp) are released and f.sp = bottom, also when this throws.
 */
export function initFrame(vm: VM, f: Frame, cls: PyType, initFn: PyFunction, base: number, total: number, kw: readonly string[] | null, bottom: number, sp: number): Frame {
  const lp = f.lp;
  let obj: PyObject | null = null, nf: Frame | null = null;
  try {
    obj = cls.slots.new!(cls, [], null);
    nf = vm.newPyFrame(initFn, f);
    obj.ob_refcnt++;
    if (kw === null && initFn.simple && initFn.argcount === total + 1) {
      // Positional arguments matching the parameters exactly: they move into the frame.
      const nlp = nf.lp;
      nlp[0] = obj;
      for (let i = 0; i < total; i++) { nlp[i + 1] = lp[base + 1 + i]!; lp[base + 1 + i] = null; }
    } else {
      const argv: (PyObject | null)[] = new Array(total + 1);
      argv[0] = obj;
      for (let i = 0; i < total; i++) { argv[i + 1] = lp[base + 1 + i]!; lp[base + 1 + i] = null; }
      bindArgs(initFn, nf.lp, argv, 0, total + 1, kw);
    }
  } catch (e) {
    if (nf !== null) vm.discardFrame(nf);
    if (obj !== null) decref(obj);
    for (let i = bottom; i < sp; i++) { const v = lp[i]; lp[i] = null; if (v) decref(v); }
    f.sp = bottom;
    throw e;
  }
  initFn.ob_refcnt++;
  nf.funcObj = initFn;
  nf.initObj = obj;
  for (let i = bottom; i < sp; i++) { const v = lp[i]; lp[i] = null; if (v) decref(v); }
  f.sp = bottom;
  if (vm.depth >= vm.recursionLimit) { decref(obj); nf.initObj = null; vm.discardFrame(nf); X.recursionError(vm); }
  return nf;
}

/**
 * CALL_FUNCTION_EX: pops [NULL?, func, args, kwargs?] from f's stack (f.sp). For a Python
 * function (or a method of one) with a tuple of positional arguments and a dict of str keywords,
 * returns its bound frame, not yet pushed; otherwise calls `func` and pushes the result, returning
 * null. f.sp is kept exact, also when this throws.
 */
export function callFunctionEx(vm: VM, f: Frame, oparg: number): Frame | null {
  const lp = f.lp;
  let sp = f.sp;
  const kwargs = oparg & 1 ? lp[--sp] : null;
  const callargs = lp[--sp]!;
  const func = lp[--sp]!;
  const nul = lp[--sp];
  lp[sp] = null; lp[sp + 1] = null; lp[sp + 2] = null; lp[sp + 3] = null;
  f.sp = sp;
  try {
    const nf = exFrame(vm, f, func, callargs, kwargs ?? null);
    if (nf !== null) {
      if (vm.depth >= vm.recursionLimit) { vm.discardFrame(nf); X.recursionError(vm); }
      return nf;
    }
    lp[sp] = X.callEx(func, callargs, kwargs ?? null);
    f.sp = sp + 1;
    return null;
  } finally {
    decref(func); decref(callargs); xdecref(kwargs); xdecref(nul);
  }
}

/**
 * CALL_FUNCTION_EX on a Python function (or a method of one) with a tuple of positional
 * arguments and an optional dict of str keywords: the bound, not yet pushed frame; null when the
 * generic path must run (then nothing was consumed). On success and on a binding error the four
 * operands (borrowed from the caller, already off its stack) are released by the caller.
 */
function exFrame(vm: VM, f: Frame, func: PyObject, callargs: PyObject, kwargs: PyObject | null): Frame | null {
  const m = func instanceof PyMethod && func.func instanceof PyFunction ? func : null;
  const fn = m ? m.func as PyFunction : func;
  if (!(fn instanceof PyFunction) || !(callargs instanceof PyTuple) || !(kwargs === null || kwargs instanceof PyDict)) return null;
  let kwn: string[] | null = null;
  if (kwargs !== null) {
    const kd = kwargs;
    kwn = [];
    for (let i = 0; i < kd.ks.length; i++) {
      const k = kd.ks[i];
      if (k === null || k === undefined) continue;
      if (!(k instanceof PyStr)) return null;
      kwn.push(k.s);
    }
    if (kwn.length === 0) kwn = null;
  }
  const arr: (PyObject | null)[] = [];
  if (m) { m.self.ob_refcnt++; arr.push(m.self); }
  for (const x of callargs.items) { x.ob_refcnt++; arr.push(x); }
  if (kwn !== null) {
    const kd = kwargs as PyDict;
    for (let i = 0; i < kd.ks.length; i++) {
      const k = kd.ks[i];
      if (k === null || k === undefined) continue;
      const v = kd.vs[i]!;
      v.ob_refcnt++;
      arr.push(v);
    }
  }
  const nf = vm.newPyFrame(fn, f);
  try {
    bindArgs(fn, nf.lp, arr, 0, arr.length, kwn);
  } catch (e) {
    vm.discardFrame(nf);
    throw e;
  }
  fn.ob_refcnt++;
  nf.funcObj = fn;
  return nf;
}

void PyInt; void boolObj; void PyFunction;

/**
 * Exception unwinding for the loop in eval.ts: `err` was thrown while `f` executed the
 * instruction at byte offset `here` (f.sp already stored). Finds the innermost handler in `f` or
 * a caller below `entry`, leaves that frame ready to resume at the handler (stack cut to the
 * handler's depth, then lasti? and the exception pushed) and returns it; rethrows when the
 * exception leaves `entry`. A JS RangeError from stack exhaustion becomes RecursionError, one from
 * a refused allocation (string, array or buffer too long) MemoryError; any
 * other non-Python error pops the frames down to `entry` and propagates unchanged.
 */
export function unwind(vm: VM, entry: Frame, f: Frame, err: unknown, here: number): Frame {
  let e: PyBaseException;
  if (isException(err)) e = err;
  else if (err instanceof RangeError && /call stack/.test(err.message)) e = X.makeRecursionError(' while calling a Python object');
  else if (isJsAllocationFailure(err)) e = newException(PyExc.MemoryError!, null);
  else { vm.popFramesTo(entry); throw err; }
  if (f.lasti !== here && !vm.reraising) f.lasti = here;
  const reraised = vm.reraising;
  if (!vm.reraising) {
    X.chainContext(vm, e);
    vm.addTraceback(e, f);
  }
  vm.reraising = false;
  if (vm.tracing) {
    if (reraised) vm.traceExceptionMore(f, e, true);
    else vm.traceException(f, e);
  }
  // The handler is looked up at the failing instruction itself (RERAISE may have moved
  // f.lasti back to the original raise for the traceback); outer frames use their CALL.
  let at = here >> 1;
  for (;;) {
    const h = X.findHandler(f.code, at);
    if (h !== null) {
      const bottom = f.code.nlocalsplus + h.depth;
      const l = f.lp;
      for (let i = f.sp - 1; i >= bottom; i--) { const v = l[i]; l[i] = null; if (v) decref(v); }
      let s2 = bottom;
      if (h.lasti) l[s2++] = newInt(f.lasti >> 1);
      l[s2++] = e;
      f.sp = s2;
      f.pc = h.target * 2;
      return f;
    }
    // No handler here: the frame exits with the exception.
    const done = f;
    // A generator whose frame the exception leaves is finished (genResume marks its own).
    if (done.gen !== null && !done.entry) {
      const g = done.gen as PyGen, h = vm.handled;
      g.state = GEN_COMPLETED;
      vm.handled = g.excPrev; g.excPrev = null;
      if (h !== null) decref(h);
    }
    if (vm.tracing) vm.traceUnwind(done);
    vm.popFrame(done);
    if (done.entry) throw e;
    f = done.back!;
    at = f.lasti >> 1;
    vm.addTraceback(e, f);
    if (vm.tracing) vm.traceExceptionMore(f, e, false);
  }
}

/**
 * CALL of anything but a Python function or an inlinable class: lp[base] is the callable,
 * lp[base+1 .. base+1+total) the arguments (keywords last, named by kw). Releases the call's
 * stack slots lp[bottom .. sp) (also when the callee throws) and returns the result (new ref).
 */
/** The `n` values at lp[from ..) as a fresh array (literals for the common small counts: V8
 * allocates those inline, where `slice` is a generic builtin call). */
function argArray(lp: (PyObject | null)[], from: number, n: number): PyObject[] {
  switch (n) {
    case 0: return [];
    case 1: return [lp[from]!];
    case 2: return [lp[from]!, lp[from + 1]!];
    case 3: return [lp[from]!, lp[from + 1]!, lp[from + 2]!];
    default: return lp.slice(from, from + n) as PyObject[];
  }
}

export function callNative(lp: (PyObject | null)[], callable: PyObject, t: PyType, base: number, total: number, kw: readonly string[] | null, bottom: number, sp: number): PyObject {
  try {
    // `obj.method(...)` on a builtin method of exactly obj's type (list.append, dict.get):
    // what the descriptor's call slot does, minus its argument copy and subtype test.
    // `t` is callable's type.
    let d: PyMethodDescr, self: PyObject | null;
    if (t === methodDescrType && (d = callable as PyMethodDescr).kind === 'method' &&
        total - (kw === null ? 0 : kw.length) >= 1 && (self = lp[base + 1]!).type === d.objtype) {
      if (kw === null) {
        // Fixed-arity entry points take the arguments straight from the stack.
        if (total === 2) { const f1 = d.fast1; if (f1 !== null) return f1(self, lp[base + 2]!); }
        else if (total === 1) { const f0 = d.fast0; if (f0 !== null) return f0(self); }
        else if (total === 3) { const f2 = d.fast2; if (f2 !== null) return f2(self, lp[base + 2]!, lp[base + 3]!); }
      }
      return d.fn(self, argArray(lp, base + 2, total - 1), kw);
    }
    if (t === builtinFunctionType) {
      const bf = callable as PyBuiltinFunction;
      if (kw === null) {
        if (total === 1) { const f1 = bf.fast1; if (f1 !== null) return f1(bf.self, lp[base + 1]!); }
        else if (total === 2) { const f2 = bf.fast2; if (f2 !== null) return f2(bf.self, lp[base + 1]!, lp[base + 2]!); }
        else if (total === 0) { const f0 = bf.fast0; if (f0 !== null) return f0(bf.self); }
      }
      return bf.fn(bf.self, argArray(lp, base + 1, total), kw);
    }
    return A.call(callable, argArray(lp, base + 1, total), kw);
  } finally {
    for (let i = bottom; i < sp; i++) { const v = lp[i]; lp[i] = null; if (v) decref(v); }
  }
}
