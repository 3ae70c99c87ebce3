/**
 * The middle tier of instructions, out of the dispatch loop: common but self-contained
 * instructions (attribute access with per-instruction caches, item access, super() attribute
 * lookups, name lookups in module/class bodies, building tuples
 * and lists, unpacking, containment, except-block bookkeeping) that never switch frames.
 *
 * Why: V8 compiles the dispatch loop (eval.ts) as one unit; with the type feedback of a real
 * program every instruction body in it is optimized together, and that compile (repeated after
 * each deoptimization) was the largest single CPU cost of a short run. Bodies here are compiled
 * as a separate, smaller unit, and only once they are hot.
 *
 * Contract (same as execRare): the caller stored the stack pointer in f.sp and the offset after
 * this instruction's code unit in f.pc; both are updated on return. When an instruction throws,
 * f.sp is the stack pointer at the throw: slots it already consumed are null, nothing was pushed.
 */
import { O } from '../bytecode/opcodes';
import type { PyObject } from '../objects/object';
import type { VM } from '../runtime/vm';
import type { Frame } from './frame';
import { PyFunction, newFunction } from '../objects/function';
import { PyCode } from '../objects/code';
import { PyDict, dictType, newDictPresized, dictIndexStr } from '../objects/dict';
import { PyStr, newStr, newStrFresh, strType } from '../objects/str';
import { sliceSteal, transientSlice } from '../objects/slice';
import { memObserver } from '../objects/object';
import { PyInt, boolObj, True, False } from '../objects/int';
import { tupleSteal, PyTuple, tupleType } from '../objects/tuple';
import { PyList, listSteal, listGetItem, listType } from '../objects/list';
import { type PyMethodDescr, methodDescrType } from '../objects/builtin_function';
import { None } from '../objects/singletons';
import { decref, xdecref } from '../runtime/refcount';
import * as A from '../runtime/abstract';
import * as X from './ops';
import { execRare } from './eval_rare';
import { AK, SK, SUPER_METHOD, superAttrFill, wayObj, loadAttrSlow, storeAttrSlow, slowIsMethod } from './attr_cache';
import { superType } from '../objects/super';
import { PyType } from '../objects/type';

/** Opcodes handled by execMid (the rest of the default path goes to execRare). */
const MID = new Uint8Array(256);
for (const op of [O.LOAD_ATTR, O.STORE_ATTR, O.LOAD_SUPER_ATTR, O.BINARY_SUBSCR, O.STORE_SUBSCR,
  O.LOAD_NAME, O.STORE_NAME, O.UNPACK_SEQUENCE, O.MAKE_FUNCTION,
  O.PUSH_EXC_INFO, O.POP_EXCEPT, O.CHECK_EXC_MATCH, O.BUILD_MAP, O.MAP_ADD, O.FORMAT_VALUE, O.BINARY_SLICE, O.STORE_SLICE]) MID[op] = 1;

/** A slice bound: None, or an int that is a JS number; NaN for anything else. */
function bound(o: PyObject, dflt: number): number {
  if (o === None) return dflt;
  if (o instanceof PyInt && typeof o.v === 'number') return o.v;
  return NaN;
}

/** PySlice_AdjustIndices for step 1: i clamped into [0, n], negatives counted from the end. */
function clampBound(i: number, n: number): number {
  if (i < 0) { i += n; return i < 0 ? 0 : i; }
  return i > n ? n : i;
}

/**
 * c[start:stop] (new reference) for an exact list, tuple or str and None/int bounds — what their
 * subscript slots return for a step-1 slice (a full slice of an exact tuple or str is the object
 * itself) — or null for the generic path.
 */
function sliceFast(c: PyObject, start: PyObject, stop: PyObject): PyObject | null {
  const t = c.type;
  if (t === listType || t === tupleType) {
    const items = (c as PyList).items, n = items.length;
    let a = bound(start, 0), b = bound(stop, n);
    if (a !== a || b !== b) return null;
    a = clampBound(a, n); b = clampBound(b, n);
    if (t === tupleType && a === 0 && b === n) { c.ob_refcnt++; return c; }
    const out = b > a ? items.slice(a, b) : [];
    for (let i = 0; i < out.length; i++) out[i]!.ob_refcnt++;
    return t === listType ? listSteal(out) : tupleSteal(out);
  }
  if (t === strType) {
    const s = c as PyStr, n = s.n;
    let a = bound(start, 0), b = bound(stop, n);
    if (a !== a || b !== b) return null;
    a = clampBound(a, n); b = clampBound(b, n);
    if (a === 0 && b === n && n > 0) { c.ob_refcnt++; return c; }
    return newStr(b > a ? s.slice(a, b) : '');
  }
  return null;
}

export function execMid(vm: VM, f: Frame, op: number, oparg: number): void {
  if (MID[op] === 0) { execRare(vm, f, op, oparg); return; }
  const lp = f.lp;
  const code = f.code;
  const names = code.names;
  let sp = f.sp;
  let pc = f.pc;
  try {
    switch (op) {
      case O.LOAD_NAME: {
        // evalFrame ran module level (locals are the globals); other locals mappings here.
        const r = X.loadName(f, names[oparg]!);
        lp[sp++] = r;
        break;
      }
      case O.STORE_NAME: {
        const v = lp[--sp]!;
        lp[sp] = null;
        X.storeName(f, names[oparg]!, v);
        decref(v);
        break;
      }
      case O.LOAD_ATTR: {
        // evalFrame ran the per-instruction cache's hits (instance dict value, method, property);
        // everything else comes here.
        const owner = lp[sp - 1]!;
        const r = loadAttrSlow(code, pc, owner, names[oparg >> 1]!, (oparg & 1) !== 0);
        if (oparg & 1) {
          if (slowIsMethod) { lp[sp - 1] = r; lp[sp++] = owner; }
          else { lp[sp - 1] = null; lp[sp++] = r; decref(owner); }
        } else { lp[sp - 1] = r; decref(owner); }
        pc += 18;
        break;
      }
      case O.STORE_ATTR: {
        // evalFrame ran the cache's hit (an existing entry of an inline instance dict).
        const owner = lp[--sp]!;
        const v = lp[--sp]!;
        lp[sp] = null; lp[sp + 1] = null;
        try { storeAttrSlow(code, pc, owner, names[oparg]!, v); } finally { decref(v); decref(owner); }
        pc += 8;
        break;
      }
      case O.LOAD_SUPER_ATTR: {
        // [global super, __class__, self] -> [meth, self] or [NULL?, attr]. Cached (attr_cache.ts):
        // the method form on an instance of the same type with the same class argument.
        const self = lp[sp - 1]!, cls = lp[sp - 2]!, gsuper = lp[sp - 3]!;
        const ac = code.acache, tv = self.type.tver;
        let w = pc << 2;
        if ((oparg & 1) !== 0 && ac !== null && (ac[w] === tv || ac[(w += 4)] === tv) && ac[w + 1] === SUPER_METHOD &&
          ac[w + 2] === (cls as PyType).tver && gsuper === superType) {
          const m = wayObj(code, pc, w);
          m.ob_refcnt++;
          lp[sp - 3] = m;
          lp[sp - 2] = self;
          lp[--sp] = null;
          decref(gsuper);
          decref(cls);
          pc += 2;
          break;
        }
        lp[--sp] = null; lp[--sp] = null; lp[--sp] = null;
        let a: PyObject | null, b: PyObject;
        try {
          [a, b] = gsuper === superType && cls instanceof PyType
            ? superAttrFill(code, pc, cls, self, names[oparg >> 2]!, (oparg & 1) !== 0)
            : X.loadSuperAttr(gsuper, cls, self, names[oparg >> 2]!, (oparg & 2) !== 0, (oparg & 1) !== 0);
        } finally { decref(self); decref(cls); decref(gsuper); }
        if (oparg & 1) lp[sp++] = a;
        lp[sp++] = b;
        pc += 2;
        break;
      }
      case O.BINARY_SUBSCR: {
        const k = lp[sp - 1]!;
        const c = lp[sp - 2]!;
        const r = c.type === listType ? listGetItem(c, k) : A.getItem(c, k);
        lp[--sp] = null;
        lp[sp - 1] = r;
        decref(c);
        decref(k);
        pc += 2;
        break;
      }
      case O.STORE_SUBSCR: {
        const k = lp[--sp]!;
        const c = lp[--sp]!;
        const v = lp[--sp]!;
        lp[sp] = null; lp[sp + 1] = null; lp[sp + 2] = null;
        try { A.setItem(c, k, v); } finally { decref(v); decref(c); decref(k); }
        pc += 2;
        break;
      }
      case O.UNPACK_SEQUENCE: {
        const seq = lp[sp - 1]!;
        const items = X.unpack(seq, oparg, -1);
        lp[--sp] = null;
        decref(seq);
        for (let i = items.length - 1; i >= 0; i--) lp[sp++] = items[i]!;
        pc += 2;
        break;
      }
      case O.MAKE_FUNCTION: {
        const co = lp[--sp] as PyCode;
        lp[sp] = null;
        const fn = newFunction(co, f.globals, f.builtins);
        if (oparg & 8) { fn.closure = lp[--sp] as PyTuple; lp[sp] = null; }
        if (oparg & 4) { fn.annotations = lp[--sp]!; lp[sp] = null; }
        if (oparg & 2) { fn.kwdefaults = lp[--sp] as PyDict; lp[sp] = null; }
        if (oparg & 1) { fn.defaults = lp[--sp] as PyTuple; lp[sp] = null; }
        lp[sp++] = fn;
        break;
      }
      case O.PUSH_EXC_INFO: {
        const e = lp[sp - 1]!;
        const prev = vm.handled;
        lp[sp - 1] = prev ?? (None.ob_refcnt++, None);
        e.ob_refcnt++;
        vm.handled = e;
        lp[sp++] = e;
        break;
      }
      case O.POP_EXCEPT: {
        const v = lp[--sp]!;
        lp[sp] = null;
        const old = vm.handled;
        vm.handled = v === None ? (decref(v), null) : v;
        xdecref(old);
        break;
      }
      case O.BUILD_MAP: {
        const d = newDictPresized(oparg);
        const items = lp.slice(sp - 2 * oparg, sp) as PyObject[];
        for (let i = sp - 2 * oparg; i < sp; i++) lp[i] = null;
        sp -= 2 * oparg;
        try {
          for (let i = 0; i < items.length; i += 2) d.set(items[i]!, items[i + 1]!);
        } catch (e) {
          decref(d);
          throw e;
        } finally { for (const x of items) decref(x); }
        lp[sp++] = d;
        break;
      }
      case O.MAP_ADD: {
        const v = lp[--sp]!;
        const k = lp[--sp]!;
        lp[sp] = null; lp[sp + 1] = null;
        try { (lp[sp - oparg] as PyDict).set(k, v); } finally { decref(k); decref(v); }
        break;
      }
      case O.FORMAT_VALUE: {
        const spec = oparg & 4 ? lp[--sp] : null;
        const v = lp[--sp]!;
        lp[sp] = null; lp[sp + 1] = null;
        let r: PyObject;
        try { r = X.formatValue(v, oparg & 3, spec ?? null); } finally { decref(v); xdecref(spec); }
        lp[sp++] = r;
        break;
      }
      case O.BINARY_SLICE: {
        const stop = lp[sp - 1]!;
        const start = lp[sp - 2]!;
        const c = lp[sp - 3]!;
        // c[start:stop] of an exact str/list/tuple with None/int bounds, without the transient
        // slice object (not when the allocator is observed: the slice is an allocation there).
        const r = memObserver === null ? sliceFast(c, start, stop) : null;
        sp -= 2; lp[sp] = null; lp[sp + 1] = null;
        if (r !== null) {
          transientSlice();
          lp[sp - 1] = r;
          decref(start); decref(stop);
        } else {
          const s = sliceSteal(start, stop, (None.ob_refcnt++, None));
          try { lp[sp - 1] = A.getItem(c, s); } finally { decref(s); }
        }
        decref(c);
        break;
      }
      case O.STORE_SLICE: {
        const stop = lp[--sp]!;
        const start = lp[--sp]!;
        const c = lp[--sp]!;
        const v = lp[--sp]!;
        lp[sp] = null; lp[sp + 1] = null; lp[sp + 2] = null; lp[sp + 3] = null;
        const s = sliceSteal(start, stop, (None.ob_refcnt++, None));
        try { A.setItem(c, s, v); } finally { decref(s); decref(c); decref(v); }
        break;
      }
      case O.CHECK_EXC_MATCH: {
        const t = lp[sp - 1]!;
        const e = lp[sp - 2]!;
        X.checkExcType(t);
        const r = boolObj(X.excMatches(e, t));
        lp[sp - 1] = r;
        decref(t);
        break;
      }
      // Never reached (evalFrame runs UNARY_NOT, CONTAINS_OP, GET_ITER, BUILD_TUPLE, BUILD_LIST,
      // BUILD_SLICE, BUILD_STRING and LIST_APPEND itself; MID[op] === 0 sends the others to
      // execRare): labels that keep this switch dense enough for V8's jump-table dispatch in the
      // unoptimized tiers (see evalFrame's default).
      case O.UNARY_NOT: case O.CONTAINS_OP: case O.GET_ITER: case O.BUILD_TUPLE: case O.BUILD_LIST:
      case O.BUILD_STRING: case O.LIST_APPEND: case O.BEFORE_ASYNC_WITH: case O.BUILD_CONST_KEY_MAP: case O.BUILD_SET: case O.BUILD_SLICE:
      case O.CALL_INTRINSIC_1: case O.CALL_INTRINSIC_2: case O.CHECK_EG_MATCH:
      case O.CLEANUP_THROW: case O.DELETE_ATTR: case O.DELETE_DEREF: case O.DELETE_FAST:
      case O.DELETE_GLOBAL: case O.DELETE_NAME: case O.DELETE_SUBSCR: case O.DICT_MERGE:
      case O.DICT_UPDATE: case O.END_ASYNC_FOR: case O.END_SEND: case O.GET_AITER:
      case O.GET_ANEXT: case O.GET_AWAITABLE: case O.GET_LEN: case O.GET_YIELD_FROM_ITER:
      case O.IMPORT_FROM: case O.IMPORT_NAME: case O.LIST_EXTEND: case O.LOAD_ASSERTION_ERROR:
      case O.LOAD_BUILD_CLASS: case O.LOAD_FROM_DICT_OR_DEREF: case O.LOAD_FROM_DICT_OR_GLOBALS:
      case O.LOAD_LOCALS: case O.MATCH_CLASS: case O.MATCH_KEYS: case O.MATCH_MAPPING:
      case O.MATCH_SEQUENCE: case O.SETUP_ANNOTATIONS: case O.SET_ADD: case O.SET_UPDATE:
      case O.STORE_GLOBAL: case O.UNARY_INVERT: case O.UNARY_NEGATIVE:
      case O.UNPACK_EX: case O.WITH_EXCEPT_START:
        break;
    }
  } catch (e) {
    f.sp = sp;
    throw e;
  }
  f.sp = sp;
  f.pc = pc;
}

void PyFunction; void PyTuple; void PyDict; void (null as unknown as PyMethodDescr); void methodDescrType; void boolObj;
