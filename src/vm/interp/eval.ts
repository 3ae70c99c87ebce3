/**
 * The interpreter loop: executes CPython 3.12 bytecode of a frame and of every Python frame it
 * calls, in one JS activation (Python-to-Python calls push frames instead of recursing in JS).
 *
 * Invariants:
 * - `lp` is the current frame's localsplus+stack array, `sp` its stack pointer; both are written
 *   back to the frame whenever control leaves it (call, exception, debugger hook).
 * - Every stack slot owns its reference. Inline CACHE units are skipped by each instruction.
 * - An exception is a thrown PyBaseException owning one reference; the catch clause below either
 *   finds a handler in the current frame (exception table) or pops frames until an entry frame,
 *   whose JS caller receives the throw.
 * - The eval breaker (`vm.breaker`) is polled at RESUME and JUMP_BACKWARD only; debugger stepping
 *   swaps in the hook path via the `trace` local, refreshed at those same points.
 */
import { O } from '../bytecode/opcodes';
import type { PyObject } from '../objects/object';
import type { VM } from '../runtime/vm';
import { Frame } from './frame';
import { PyFunction, newFunction, functionType } from '../objects/function';
import { PyCode } from '../objects/code';
import { PyDict, dictGetStr, dictType, newDictPresized, dictIndexStr, dictGet, dictSet } from '../objects/dict';
import { PyInt, newInt, True, False, intType } from '../objects/int';
import { PyStr, newStr, newStrFresh, strType, strItem } from '../objects/str';
import { PyTuple, tupleSteal, tupleType } from '../objects/tuple';
import { PyList, listSteal, listAppendSteal, listGetItem, listType } from '../objects/list';
import { newSet, setAdd } from '../objects/set';
import { PyCell, newCell } from '../objects/cell';
import { PyMethod, methodType } from '../objects/method';
import { type PyMethodDescr, methodDescrType, builtinFunctionType } from '../objects/builtin_function';
import { None } from '../objects/singletons';
import { sliceSteal } from '../objects/slice';
import { PyBaseException, isException } from '../objects/exceptions';
import { exceptionGroupMatch } from '../objects/exception_group';
import { lookup, PyType } from '../objects/type';
import { PyInstance, genericGetAttr } from '../objects/instance';
import { PyRangeIter, rangeIterType } from '../objects/range';
import { PyIter, listIterType, tupleIterType } from '../objects/iterators';
import { raise, raiseWith, PyExc } from '../runtime/errors';
import { decref, xdecref } from '../runtime/refcount';
import * as A from '../runtime/abstract';
import { bindArgs } from './calls';
import { PyGen, generatorType, newGenerator, GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_COMPLETED } from '../objects/generator';
import * as X from './ops';
import { floatType } from '../objects/float';
import { binaryFast, compareFast, negativeFast } from './eval_num';
import { subscrFast, storeSubscrFast, unpackFast } from './eval_subscr';
import { initFrame, callFunctionEx, unwind, callNative } from './eval_rare';
import { execMid } from './eval_mid';
import { AK, SK, propertyFrame } from './attr_cache';
import { knownBuiltins } from './known_builtins';

/** Runs `entry` (already set up, marked entry) to completion; returns its result (new ref). */
export function evalFrame(vm: VM, entry: Frame, pending: PyBaseException | null = null): PyObject {
  let f = entry;
  let code = f.code;
  let words = code.words;
  let consts = code.consts;
  let names = code.names;
  let lp = f.lp;
  let sp = f.sp;
  let pc = f.pc;
  let here = pc;
  let trace = vm.tracing;
  let kwnames: readonly string[] | null = null;
  entry.entry = true;
  vm.pushFrame(f);

  for (;;) {
    try {
      if (pending !== null) {
        // gen.throw(): raise at the suspended YIELD_VALUE.
        const e = pending;
        pending = null;
        here = f.lasti;
        throw e;
      }
      for (;;) {
        here = pc;
        // f_lasti is observable from Python (frame.f_lineno, tracebacks of callbacks).
        f.lasti = here;
        if (trace) { f.sp = sp; vm.traceInstruction(f, here); trace = vm.tracing; }
        const w = words[pc >> 1]!;
        let op = w & 255;
        let oparg = w >> 8;
        pc += 2;
        while (op === O.EXTENDED_ARG) {
          const x = words[pc >> 1]!;
          op = x & 255;
          oparg = (oparg << 8) | (x >> 8);
          pc += 2;
        }
        switch (op) {
          case O.NOP:
          case O.CACHE:
            break;
          case O.RESUME:
            if (vm.breaker !== 0) {
              f.sp = sp; f.lasti = here; f.pc = pc; vm.handleBreaker(f); trace = vm.tracing;
              // A thread switch (runtime/threads.ts) makes another thread's frame current.
              if (vm.top !== f) { f = vm.top!; code = f.code; words = code.words; consts = code.consts; names = code.names; lp = f.lp; sp = f.sp; pc = f.pc; }
            }
            break;
          case O.LOAD_FAST: {
            const v = lp[oparg]!;
            v.ob_refcnt++;
            lp[sp++] = v;
            break;
          }
          case O.LOAD_FAST_CHECK: {
            const v = lp[oparg];
            if (v === null || v === undefined) X.unboundLocal(code, oparg);
            v.ob_refcnt++;
            lp[sp++] = v;
            break;
          }
          case O.LOAD_FAST_AND_CLEAR: {
            lp[sp++] = lp[oparg] ?? null;
            lp[oparg] = null;
            break;
          }
          case O.STORE_FAST: {
            const old = lp[oparg];
            lp[oparg] = lp[--sp]!;
            lp[sp] = null;
            if (old) decref(old);
            break;
          }
          case O.LOAD_CONST: {
            const v = consts[oparg]!;
            v.ob_refcnt++;
            lp[sp++] = v;
            break;
          }
          case O.RETURN_CONST:
          case O.RETURN_VALUE: {
            let rv: PyObject;
            if (op === O.RETURN_CONST) { rv = consts[oparg]!; rv.ob_refcnt++; }
            else { rv = lp[--sp]!; lp[sp] = null; }
            f.sp = sp;
            f.lasti = here;
            if (vm.tracing) vm.traceReturn(f, rv);
            const done = f;
            if (done.initObj !== null) {
              // Inline __init__ (see CALL): the new instance is the call's result.
              const obj = done.initObj;
              done.initObj = null;
              if (rv !== None) {
                const tn = rv.type.name;
                decref(rv);
                decref(obj);
                raise(PyExc.TypeError, `__init__() should return None, not '${tn}'`);
              }
              rv.ob_refcnt--;
              rv = obj;
            }
            if (done.gen !== null && !done.entry) {
              // The generator's exception state goes; the resumer's comes back (clear_gen_frame).
              const g = done.gen as PyGen, h = vm.handled;
              vm.handled = g.excPrev; g.excPrev = null;
              if (h !== null) decref(h);
            }
            vm.popFrame(done);
            if (done.entry) return rv;
            f = done.back!;
            code = f.code; words = code.words; consts = code.consts; names = code.names;
            lp = f.lp; sp = f.sp; pc = f.pc;
            if (done.gen !== null) {
              // A generator resumed by FOR_ITER/SEND of this loop finished.
              (done.gen as PyGen).state = GEN_COMPLETED;
              pc += f.retOff;
            }
            lp[sp++] = rv;
            break;
          }
          case O.POP_TOP: {
            const v = lp[--sp];
            lp[sp] = null;
            if (v) decref(v);
            break;
          }
          case O.PUSH_NULL:
            lp[sp++] = null;
            break;
          case O.END_FOR: {
            const a = lp[--sp]; lp[sp] = null; if (a) decref(a);
            const b = lp[--sp]; lp[sp] = null; if (b) decref(b);
            break;
          }
          case O.COPY: {
            const v = lp[sp - oparg]!;
            v.ob_refcnt++;
            lp[sp++] = v;
            break;
          }
          case O.SWAP: {
            const t = lp[sp - 1]!;
            lp[sp - 1] = lp[sp - oparg]!;
            lp[sp - oparg] = t;
            break;
          }
          case O.BINARY_OP: {
            if (binaryFast(lp, sp, oparg)) { sp--; pc += 2; break; }
            const b = lp[sp - 1]!;
            const a = lp[sp - 2]!;
            const r = A.binaryOp(a, b, oparg);
            lp[--sp] = null;
            lp[sp - 1] = r;
            decref(a);
            decref(b);
            pc += 2;
            break;
          }
          case O.COMPARE_OP: {
            const b = lp[sp - 1]!;
            const a = lp[sp - 2]!;
            const c = compareFast(a, b, oparg >> 4);
            if (c >= 0) {
              lp[--sp] = null;
              lp[--sp] = null;
              // The POP_JUMP_IF_* that usually follows is done here when not single-stepping: it
              // cannot fail or call anything on a bool, so nothing can observe the skipped dispatch.
              const nw = words[(pc >> 1) + 1]!;
              const nop = nw & 255;
              if (!trace && (nop === O.POP_JUMP_IF_FALSE || nop === O.POP_JUMP_IF_TRUE)) {
                pc += 4;
                if ((c === 1) === (nop === O.POP_JUMP_IF_TRUE)) pc += (nw >> 8) * 2;
                break;
              }
              const r = c === 1 ? True : False;
              r.ob_refcnt++;
              lp[sp++] = r;
              pc += 2;
              break;
            }
            const cop = oparg >> 4;
            f.sp = sp;
            const r = A.richCompare(a, b, cop);
            lp[--sp] = null;
            lp[sp - 1] = r;
            decref(a);
            decref(b);
            pc += 2;
            break;
          }
          case O.UNARY_NEGATIVE: {
            if (negativeFast(lp, sp, lp[sp - 1]!)) break;
            f.sp = sp; f.pc = pc;
            try { execMid(vm, f, op, oparg); } finally { sp = f.sp; }
            pc = f.pc;
            break;
          }
          case O.IS_OP: {
            const b = lp[--sp]!;
            const a = lp[sp - 1]!;
            lp[sp] = null;
            const r = (a === b) !== (oparg === 1) ? True : False;
            r.ob_refcnt++;
            lp[sp - 1] = r;
            decref(a);
            decref(b);
            break;
          }
          case O.POP_JUMP_IF_FALSE:
          case O.POP_JUMP_IF_TRUE: {
            const v = lp[sp - 1]!;
            let t: boolean;
            if (v === True) t = true;
            else if (v === False) t = false;
            else if (v === None) t = false;
            else if (v.type === intType) { const x = (v as PyInt).v; t = typeof x === 'number' ? x !== 0 : x !== 0n; }
            else { f.sp = sp; t = A.isTrue(v); }
            lp[--sp] = null;
            if (v !== True && v !== False) decref(v);
            if (t === (op === O.POP_JUMP_IF_TRUE)) pc += oparg * 2;
            break;
          }
          case O.POP_JUMP_IF_NONE:
          case O.POP_JUMP_IF_NOT_NONE: {
            const v = lp[--sp]!;
            lp[sp] = null;
            if ((v === None) === (op === O.POP_JUMP_IF_NONE)) pc += oparg * 2;
            decref(v);
            break;
          }
          case O.JUMP_FORWARD:
            pc += oparg * 2;
            break;
          case O.JUMP_BACKWARD:
            pc -= oparg * 2;
            if (vm.breaker !== 0) {
              f.sp = sp; f.lasti = here; f.pc = pc; vm.handleBreaker(f); trace = vm.tracing;
              if (vm.top !== f) { f = vm.top!; code = f.code; words = code.words; consts = code.consts; names = code.names; lp = f.lp; sp = f.sp; pc = f.pc; }
            }
            break;
          case O.JUMP_BACKWARD_NO_INTERRUPT:
            pc -= oparg * 2;
            break;
          case O.FOR_ITER: {
            const it = lp[sp - 1]!;
            // Type identity, not `instanceof` (a builtin call at this polymorphic site): these
            // iterator types are not subclassable and each has one JS class.
            const itt = it.type;
            let x: PyObject | null;
            if (itt === rangeIterType) {
              const ri = it as PyRangeIter;
              if (ri.left > 0) { x = newInt(ri.next); ri.next += ri.step; ri.left--; } else x = null;
            } else if (itt === listIterType || itt === tupleIterType) {
              const l = (it as PyIter).src as PyList | null;
              const i = (it as PyIter).i;
              if (l !== null && i < l.items.length) { x = l.items[i]!; x.ob_refcnt++; (it as PyIter).i = i + 1; }
              else { x = null; if (l) { (it as PyIter).src = null; decref(l); } }
            } else if (it instanceof PyGen && it.type === generatorType && (it.state === GEN_SUSPENDED || it.state === GEN_CREATED) && vm.depth < vm.recursionLimit) {
              // Resume the generator's frame in this loop (CPython's FOR_ITER_GEN): None is the
              // sent value; a yield pushes onto this stack and continues after FOR_ITER, a return
              // pushes the return value and continues at END_FOR (pc + retOff), which pops it
              // and the generator.
              const gf = it.frame;
              None.ob_refcnt++;
              gf.lp[gf.sp++] = None;
              it.state = GEN_RUNNING;
              it.excPrev = vm.handled; vm.handled = it.excState; it.excState = null;
              f.sp = sp; f.pc = pc + 2; f.lasti = here; f.retOff = oparg * 2;
              vm.pushFrame(gf);
              f = gf;
              code = f.code; words = code.words; consts = code.consts; names = code.names;
              lp = f.lp; sp = f.sp; pc = f.pc;
              break;
            } else {
              x = A.iterNext(it);
            }
            if (x === null) {
              lp[--sp] = null;
              decref(it);
              pc += 2 + oparg * 2 + 2;
            } else {
              lp[sp++] = x;
              pc += 2;
            }
            break;
          }
          case O.UNARY_NOT: {
            const v = lp[sp - 1]!;
            let r: PyObject;
            if (v === False) r = True;
            else if (v === True) r = False;
            else { f.sp = sp; r = A.isTrue(v) ? False : True; }
            r.ob_refcnt++;
            lp[sp - 1] = r;
            decref(v);
            break;
          }
          case O.CONTAINS_OP: {
            const b = lp[sp - 1]!;
            const a = lp[sp - 2]!;
            f.sp = sp;
            const r = A.contains(b, a) !== (oparg === 1) ? True : False;
            lp[--sp] = null;
            r.ob_refcnt++;
            lp[sp - 1] = r;
            decref(a);
            decref(b);
            break;
          }
          case O.GET_ITER: {
            const v = lp[sp - 1]!;
            f.sp = sp;
            lp[sp - 1] = A.getIter(v);
            decref(v);
            break;
          }
          case O.BUILD_TUPLE: case O.BUILD_LIST: {
            // The stack's references move into the new container.
            const items = new Array<PyObject>(oparg);
            const bottom = sp - oparg;
            for (let i = 0; i < oparg; i++) { items[i] = lp[bottom + i]!; lp[bottom + i] = null; }
            sp = bottom;
            lp[sp++] = op === O.BUILD_TUPLE ? tupleSteal(items) : listSteal(items);
            break;
          }
          case O.BUILD_SLICE: {
            const step = oparg === 3 ? lp[--sp]! : (None.ob_refcnt++, None);
            const stop = lp[--sp]!;
            const start = lp[--sp]!;
            lp[sp] = null; lp[sp + 1] = null; lp[sp + 2] = null;
            lp[sp++] = sliceSteal(start, stop, step);
            break;
          }
          case O.BUILD_STRING: {
            // _PyUnicode_JoinArray: one exact str piece is the result itself; otherwise the text is
            // built in a fresh object (no one-char singleton), '' excepted.
            if (oparg === 1 && lp[sp - 1]!.type === strType) break;
            let s = '';
            for (let i = sp - oparg; i < sp; i++) { s += (lp[i] as PyStr).s; decref(lp[i]!); lp[i] = null; }
            sp -= oparg;
            lp[sp++] = newStrFresh(s);
            break;
          }
          case O.FORMAT_VALUE:
            // An exact str with no conversion and no format spec is its own result (the stack is
            // unchanged, as in CPython); everything else in execMid.
            if ((oparg & 7) === 0 && lp[sp - 1]!.type === strType) break;
            f.sp = sp; f.pc = pc;
            try { execMid(vm, f, op, oparg); } finally { sp = f.sp; }
            pc = f.pc;
            break;
          case O.LOAD_NAME: {
            // Module level (locals are the globals, an exact dict): LOAD_GLOBAL's cache;
            // class bodies and other locals mappings in execMid.
            const g = f.globals;
            if (f.locals === g && g.type === dictType) {
              const ci = (pc >> 1) * 3;
              const v = X.globalCacheHit(code.gcache, ci, g, f.builtins) ?? X.loadGlobalMiss(code, ci, g, f.builtins, names[oparg]!);
              v.ob_refcnt++;
              lp[sp++] = v;
              break;
            }
            f.sp = sp; f.pc = pc;
            try { execMid(vm, f, op, oparg); } finally { sp = f.sp; }
            pc = f.pc;
            break;
          }
          case O.STORE_NAME: {
            // Into an exact dict of locals (module level, class bodies); other mappings in execMid.
            const loc = f.locals;
            if (loc !== null && loc.type === dictType) {
              const v = lp[--sp]!;
              lp[sp] = null;
              (loc as PyDict).setStr(names[oparg]!, v);
              decref(v);
              break;
            }
            f.sp = sp; f.pc = pc;
            try { execMid(vm, f, op, oparg); } finally { sp = f.sp; }
            pc = f.pc;
            break;
          }
          case O.LOAD_GLOBAL: {
            if (oparg & 1) lp[sp++] = null;
            // Cache hit: same globals (and, for a builtin, same builtins) entry layout as when filled.
            const g = f.globals, ci = (pc >> 1) * 3;
            const v = X.globalCacheHit(code.gcache, ci, g, f.builtins) ?? X.loadGlobalMiss(code, ci, g, f.builtins, names[oparg >> 1]!);
            v.ob_refcnt++;
            lp[sp++] = v;
            pc += 8;
            break;
          }
          case O.LOAD_ATTR: {
            // The per-instruction cache's hits (attr_cache.ts): an instance dict value at the
            // hinted entry, an unshadowed method, a Python property getter run in this loop
            // (LOAD_ATTR_PROPERTY, propertyFrame); the rest in execMid.
            const ac = code.acache;
            if (ac !== null) {
              const owner = lp[sp - 1]!;
              const tv = owner.type.tver;
              let w = pc << 2;
              if (ac[w] === tv || ac[(w += 4)] === tv) {
                const kind = ac[w + 1];
                if (kind === AK.Inst) {
                  // Keys stored by attribute assignment are the interned name (aobj): identity.
                  const d = owner.dict as PyDict | null, h = ac[w + 2]!;
                  if (d !== null && d.ks[h] === code.aobj![(pc >> 1) - ((w >> 2) & 1)]) {
                    const v = d.vs[h]!;
                    v.ob_refcnt++;
                    if (oparg & 1) { lp[sp - 1] = null; lp[sp++] = v; } else lp[sp - 1] = v;
                    decref(owner);
                    pc += 18;
                    break;
                  }
                } else if (kind === AK.Slot) {
                  const v = (owner as PyInstance).slotvals![ac[w + 2]!];
                  if (v !== null && v !== undefined) {
                    v.ob_refcnt++;
                    if (oparg & 1) { lp[sp - 1] = null; lp[sp++] = v; } else lp[sp - 1] = v;
                    decref(owner);
                    pc += 18;
                    break;
                  }
                } else if (kind === AK.Method) {
                  // Hint 0: the type's instances have no __dict__ (nothing can shadow the method).
                  let d: PyDict | null;
                  if (ac[w + 2] === 0 || (d = owner.dict as PyDict | null) === null || dictIndexStr(d, names[oparg >> 1]!) < 0) {
                    const m = code.aobj![(pc >> 1) - ((w >> 2) & 1)]!;
                    m.ob_refcnt++;
                    lp[sp - 1] = m;
                    lp[sp++] = owner;
                    pc += 18;
                    break;
                  }
                }
              }
            }
            if ((oparg & 1) === 0 && ac !== null) {
              f.sp = sp; f.pc = pc + 18; f.lasti = here;
              const nf = propertyFrame(vm, f, code, pc, lp[sp - 1]!);
              if (nf !== null) {
                f = nf;
                code = f.code; words = code.words; consts = code.consts; names = code.names;
                lp = f.lp; sp = f.sp; pc = 0;
                if (vm.tracing) { vm.traceCall(f); trace = vm.tracing; }
                break;
              }
            }
            f.sp = sp; f.pc = pc;
            try { execMid(vm, f, op, oparg); } finally { sp = f.sp; }
            pc = f.pc;
            break;
          }
          case O.STORE_ATTR: {
            // The cache's hits: a __slots__ member; replacing an existing entry of an inline (never
            // materialized) instance dict (no GC tracking change, no layout change). The rest in execMid.
            const ac = code.acache;
            if (ac !== null) {
              const owner = lp[sp - 1]!;
              const tv = owner.type.tver;
              let w = pc << 2;
              if (ac[w] === tv || ac[(w += 4)] === tv) {
                const kind = ac[w + 1], h = ac[w + 2]!;
                if (kind === SK.Slot) {
                  // A __slots__ member: the stack's reference to the value moves into the slot.
                  const v = lp[sp - 2]!;
                  sp -= 2; lp[sp] = null; lp[sp + 1] = null;
                  const sv = (owner as PyInstance).slotvals!;
                  const old = sv[h] ?? null;
                  sv[h] = v;
                  xdecref(old);
                  decref(owner);
                  pc += 8;
                  break;
                }
                const d = owner.dict as PyDict | null;
                if (kind === SK.Inst && d !== null && d.inline && d.ks[h] === code.aobj![(pc >> 1) - ((w >> 2) & 1)]) {
                  const v = lp[sp - 2]!;
                  sp -= 2; lp[sp] = null; lp[sp + 1] = null;
                  const old = d.vs[h]!;
                  d.vs[h] = v;
                  decref(old);
                  decref(owner);
                  pc += 8;
                  break;
                }
              }
            }
            f.sp = sp; f.pc = pc;
            try { execMid(vm, f, op, oparg); } finally { sp = f.sp; }
            pc = f.pc;
            break;
          }
          case O.MAKE_CELL: {
            const v = lp[oparg] ?? null;
            lp[oparg] = newCell(v);
            break;
          }
          case O.COPY_FREE_VARS: {
            const fn = f.funcObj as PyFunction;
            const cl = fn.closure!.items;
            const off = code.nlocalsplus - oparg;
            for (let i = 0; i < oparg; i++) { const c = cl[i]!; c.ob_refcnt++; lp[off + i] = c; }
            break;
          }
          case O.LOAD_CLOSURE: {
            const c = lp[oparg]!;
            c.ob_refcnt++;
            lp[sp++] = c;
            break;
          }
          case O.LOAD_DEREF: {
            const v = (lp[oparg] as PyCell).ref;
            if (v === null) X.unboundDeref(code, oparg);
            v.ob_refcnt++;
            lp[sp++] = v;
            break;
          }
          case O.STORE_DEREF: {
            const c = lp[oparg] as PyCell;
            const v = lp[--sp]!;
            lp[sp] = null;
            const old = c.ref;
            c.ref = v;
            xdecref(old);
            break;
          }
          case O.KW_NAMES:
            kwnames = X.kwNames(consts[oparg]!);
            break;
          case O.CALL: {
            const kw = kwnames;
            kwnames = null;
            let total = oparg;
            let base = sp - oparg - 2;
            let callable = lp[base];
            // The callable's type, loaded once: type identity stands for `instanceof` (function
            // and method are not subclassable), which V8 runs as a builtin call at this
            // polymorphic site.
            let ct: PyType;
            if (callable !== null) {
              total++;
              ct = callable.type;
            } else {
              callable = lp[base + 1]!;
              base++;
              ct = callable.type;
              if (ct === methodType) {
                const self = (callable as PyMethod).self, func = (callable as PyMethod).func;
                self.ob_refcnt++; func.ob_refcnt++;
                lp[base - 1] = func;
                lp[base] = self;
                decref(callable);
                callable = func;
                ct = func.type;
                base--;
                total++;
              }
            }
            // Now: lp[base] = callable (or method function), args at lp[base+1 .. base+1+total).
            pc += 6;
            // Python functions first, then classes whose __init__ runs in this loop, then the rest.
            if (ct === functionType) {
              const fn = callable as PyFunction;
              f.sp = sp; f.pc = pc; f.lasti = here;
              const nf = vm.newPyFrame(fn, f);
              if (fn.simple && kw === null && total === fn.argcount) {
                const nlp = nf.lp;
                for (let i = 0; i < total; i++) { nlp[i] = lp[base + 1 + i]!; lp[base + 1 + i] = null; }
              } else {
                try {
                  bindArgs(fn, nf.lp, lp, base + 1, total, kw);
                } catch (e) {
                  vm.discardFrame(nf);
                  const bottom = sp - oparg - 2;
                  for (let i = bottom; i < sp; i++) { const v = lp[i]; lp[i] = null; if (v) decref(v); }
                  sp = bottom;
                  f.sp = sp;
                  throw e;
                }
              }
              // The callable slot's reference moves into the frame (f_funcobj); clear the caller's stack.
              lp[base] = null;
              nf.funcObj = fn;
              const bottom = sp - oparg - 2;
              for (let i = bottom; i < sp; i++) lp[i] = null;
              sp = bottom;
              f.sp = sp;
              if (vm.depth >= vm.recursionLimit) { vm.discardFrame(nf); X.recursionError(vm); }
              vm.pushFrame(nf);
              f = nf;
              code = f.code; words = code.words; consts = code.consts; names = code.names;
              lp = f.lp; sp = f.sp; pc = 0;
              if (vm.tracing) { vm.traceCall(f); trace = vm.tracing; }
              break;
            }
            if (callable === knownBuiltins.len && total === 1 && kw === null) {
              // len(o) (CPython's CALL_NO_KW_LEN): o's len slot, which may run __len__.
              f.sp = sp;
              const n = A.len(lp[base + 1]!);
              const bottom = sp - oparg - 2;
              for (let i = bottom; i < sp; i++) { const v = lp[i]; if (v) { lp[i] = null; decref(v); } }
              sp = bottom;
              lp[sp++] = newInt(n);
              break;
            }
            if (callable === knownBuiltins.listAppend && total === 2 && kw === null && lp[base + 1]!.type === listType) {
              // list.append(x) on an exact list (CPython's CALL_NO_KW_LIST_APPEND): the stack's
              // reference to x moves into the list; the descriptor and the list are released.
              const x = lp[base + 2]!;
              lp[base + 2] = null;
              listAppendSteal(lp[base + 1] as PyList, x);
              const bottom = sp - oparg - 2;
              for (let i = bottom; i < sp; i++) { const v = lp[i]; if (v) { lp[i] = null; decref(v); } }
              sp = bottom;
              None.ob_refcnt++;
              lp[sp++] = None;
              break;
            }
            let initFn: PyFunction | null;
            if (ct !== builtinFunctionType && ct !== methodDescrType && callable instanceof PyType && lp[sp - oparg - 2] === null && (initFn = X.inlineInit(callable)) !== null) {
              // Calling a class whose __new__ is object's and whose __init__ is a Python function:
              // create the instance and run __init__ in this loop (no nested JS activation).
              f.sp = sp; f.pc = pc; f.lasti = here;
              // initFrame releases lp[bottom .. top) even when it throws.
              const bottom = sp - oparg - 2, top = sp;
              sp = bottom;
              const nf = initFrame(vm, f, callable, initFn, base, total, kw, bottom, top);
              vm.pushFrame(nf);
              f = nf;
              code = f.code; words = code.words; consts = code.consts; names = code.names;
              lp = f.lp; sp = f.sp; pc = 0;
              if (vm.tracing) { vm.traceCall(f); trace = vm.tracing; }
              break;
            }
            f.sp = sp; f.lasti = here;
            {
              // callNative releases lp[bottom .. top) even when it throws.
              const bottom = sp - oparg - 2, top = sp;
              sp = bottom;
              const r = callNative(lp, callable, ct, base, total, kw, bottom, top);
              lp[sp++] = r;
            }
            if (vm.breaker !== 0) {
              // After a builtin: GC, tracing changes, a blocking call's thread switch.
              f.sp = sp; f.pc = pc;
              vm.handleBreaker(f);
              trace = vm.tracing;
              if (vm.top !== f) { f = vm.top!; code = f.code; words = code.words; consts = code.consts; names = code.names; lp = f.lp; sp = f.sp; pc = f.pc; }
            }
            break;
          }
          case O.CALL_FUNCTION_EX: {
            // f(*args, **kw) on a Python function pushes its frame in this loop like CALL does
            // (no nested JS loop, so a thread running it can be switched out: runtime/threads.ts).
            f.sp = sp; f.pc = pc; f.lasti = here;
            let nf: Frame | null;
            try { nf = callFunctionEx(vm, f, oparg); } finally { sp = f.sp; }
            if (nf !== null) {
              vm.pushFrame(nf);
              f = nf;
              code = f.code; words = code.words; consts = code.consts; names = code.names;
              lp = f.lp; sp = f.sp; pc = 0;
              if (vm.tracing) { vm.traceCall(f); trace = vm.tracing; }
            }
            break;
          }
          case O.RAISE_VARARGS: {
            let cause: PyObject | null = null, exc: PyObject | null = null;
            if (oparg === 2) { cause = lp[--sp]!; lp[sp] = null; }
            if (oparg >= 1) { exc = lp[--sp]!; lp[sp] = null; }
            f.sp = sp; f.lasti = here;
            if (oparg === 0) throw X.reraiseCurrent(vm);
            throw X.doRaise(vm, exc!, cause);
          }
          case O.RERAISE: {
            const e = lp[--sp]!;
            lp[sp] = null;
            if (oparg) {
              const li = lp[sp - 1] as PyInt;
              f.lasti = (li.v as number) * 2;
            } else f.lasti = here;
            f.sp = sp;
            vm.reraising = true;
            throw e;
          }
          case O.BEFORE_WITH: {
            const mgr = lp[sp - 1]!;
            f.sp = sp; f.pc = pc; f.lasti = here;
            const ef = X.beforeWithFrame(vm, f, mgr);
            if (ef !== null) {
              vm.pushFrame(ef);
              f = ef;
              code = f.code; words = code.words; consts = code.consts; names = code.names;
              lp = f.lp; sp = f.sp; pc = 0;
              if (vm.tracing) { vm.traceCall(f); trace = vm.tracing; }
              break;
            }
            const er = X.beforeWith(mgr);
            lp[sp - 1] = er[0];
            lp[sp++] = er[1];
            decref(mgr);
            if (vm.breaker !== 0) {
              // __enter__ may block (a lock): the thread switch happens here.
              f.sp = sp; f.pc = pc; f.lasti = here; vm.handleBreaker(f); trace = vm.tracing;
              if (vm.top !== f) { f = vm.top!; code = f.code; words = code.words; consts = code.consts; names = code.names; lp = f.lp; sp = f.sp; pc = f.pc; }
            }
            break;
          }
          case O.RETURN_GENERATOR: {
            f.sp = sp; f.pc = pc; f.lasti = here;
            const gen = newGenerator(f);
            const done = f;
            vm.popFrameKeep(done);
            if (done.entry) { done.entry = false; return gen; }
            f = done.back!;
            code = f.code; words = code.words; consts = code.consts; names = code.names;
            lp = f.lp; sp = f.sp; pc = f.pc;
            lp[sp++] = gen;
            break;
          }
          case O.YIELD_VALUE: {
            const v = lp[--sp]!;
            lp[sp] = null;
            f.sp = sp; f.pc = pc; f.lasti = here;
            const done = f;
            if (done.entry) {
              // A builtin draining this generator (genDrain) takes the value in place: the frame
              // continues as if resumed with None, without returning to JS.
              const sg = done.gen as PyGen | null;
              if (sg !== null && sg.sink !== null && !vm.tracing && sg.sink(v)) {
                None.ob_refcnt++;
                lp[sp++] = None;
                break;
              }
              vm.popFrameKeep(done);
              done.yielded = true; done.entry = false; return v;
            }
            vm.popFrameKeep(done);
            // Resumed by FOR_ITER/SEND of this loop: the value goes to the resumer's stack.
            const dg = done.gen as PyGen;
            dg.state = GEN_SUSPENDED;
            dg.excState = vm.handled; vm.handled = dg.excPrev; dg.excPrev = null;
            f = done.back!;
            code = f.code; words = code.words; consts = code.consts; names = code.names;
            lp = f.lp; sp = f.sp; pc = f.pc;
            lp[sp++] = v;
            break;
          }
          case O.SEND: {
            const v = lp[sp - 1]!;
            const recv = lp[sp - 2]!;
            f.sp = sp; f.lasti = here;
            if (recv instanceof PyGen && (recv.state === GEN_SUSPENDED || (recv.state === GEN_CREATED && v === None)) && vm.depth < vm.recursionLimit) {
              // Resume the delegate generator/coroutine in this loop (CPython's SEND_GEN): the sent
              // value moves to its stack; a yield pushes here and continues after SEND, a return
              // pushes the return value and jumps by oparg.
              const gf = recv.frame;
              gf.lp[gf.sp++] = v;
              lp[--sp] = null;
              recv.state = GEN_RUNNING;
              recv.excPrev = vm.handled; vm.handled = recv.excState; recv.excState = null;
              f.sp = sp; f.pc = pc + 2; f.retOff = oparg * 2;
              vm.pushFrame(gf);
              f = gf;
              code = f.code; words = code.words; consts = code.consts; names = code.names;
              lp = f.lp; sp = f.sp; pc = f.pc;
              break;
            }
            const dr = X.send(recv, v);
            lp[sp - 1] = dr[1];
            decref(v);
            pc += 2;
            if (dr[0]) pc += oparg * 2;
            break;
          }
          // ---- containers: exact list/tuple/dict with int/str keys inline, the rest in execMid ----
          case O.BINARY_SUBSCR: {
            if (subscrFast(lp, sp)) { sp--; pc += 2; break; }
            f.sp = sp; f.pc = pc;
            try { execMid(vm, f, op, oparg); } finally { sp = f.sp; }
            pc = f.pc;
            break;
          }
          case O.STORE_SUBSCR: {
            if (storeSubscrFast(lp, sp)) { sp -= 3; pc += 2; break; }
            f.sp = sp; f.pc = pc;
            try { execMid(vm, f, op, oparg); } finally { sp = f.sp; }
            pc = f.pc;
            break;
          }
          case O.LIST_APPEND: {
            const v = lp[--sp]!;
            lp[sp] = null;
            listAppendSteal(lp[sp - oparg] as PyList, v);
            break;
          }
          case O.MAP_ADD: {
            const k = lp[sp - 2]!;
            if (k.type === strType || k.type === intType) {
              const v = lp[sp - 1]!;
              sp -= 2; lp[sp] = null; lp[sp + 1] = null;
              dictSet(lp[sp - oparg] as PyDict, k, v);
              decref(k);
              decref(v);
              break;
            }
            f.sp = sp; f.pc = pc;
            try { execMid(vm, f, op, oparg); } finally { sp = f.sp; }
            pc = f.pc;
            break;
          }
          case O.UNPACK_SEQUENCE: {
            // An exact tuple or list of the expected length (CPython's UNPACK_SEQUENCE_TUPLE and
            // _LIST) in eval_subscr.ts; everything else (other lengths raise, other iterables) in execMid.
            if (unpackFast(lp, sp, oparg)) { sp += oparg - 1; pc += 2; break; }
            f.sp = sp; f.pc = pc;
            try { execMid(vm, f, op, oparg); } finally { sp = f.sp; }
            pc = f.pc;
            break;
          }
          // execMid's own opcodes, listed so that this switch is dense enough (case labels >= a third
          // of the opcode range, V8's --switch-table-spread-threshold) for Ignition to dispatch it
          // through a jump table instead of a chain of ~50 `===` tests, which is what the loop runs
          // until TurboFan has compiled it and after every deoptimization.
          // tests/unit/perf-interp-switch.test.ts checks the density of the three dispatch switches.
          case O.LOAD_SUPER_ATTR:
          case O.MAKE_FUNCTION: case O.PUSH_EXC_INFO: case O.POP_EXCEPT:
          case O.BUILD_MAP: case O.BINARY_SLICE: case O.CHECK_EXC_MATCH:
          default:
            // execMid/execRare publish their stack pointer in f.sp, also when they throw.
            f.sp = sp; f.pc = pc;
            try { execMid(vm, f, op, oparg); } finally { sp = f.sp; }
            pc = f.pc;
            break;
        }
      }
    } catch (err) {
      // ---- exception unwinding (eval_rare.ts): resume at the handler found, or rethrow ----
      f.sp = sp;
      kwnames = null;
      f = unwind(vm, entry, f, err, here);
      code = f.code; words = code.words; consts = code.consts; names = code.names;
      lp = f.lp; sp = f.sp; pc = f.pc;
      trace = vm.tracing;
    }
  }
}
