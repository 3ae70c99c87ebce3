/**
 * Fast paths of BINARY_OP, COMPARE_OP and UNARY_NEGATIVE for exact ints (JS-number valued) and
 * exact floats, called from the dispatch loop (eval.ts) before the generic protocol.
 *
 * Contract of the `*Fast` functions: they either complete the instruction on the value stack —
 * the result replaces the operands (lp[sp-2], lp[sp-1] cleared; for unary lp[sp-1]) and the
 * operands' references are released — and return true, or return false having touched nothing.
 * They never raise: every erroring case (division by zero, overflow, domain errors, operands
 * of other types or subclasses) returns false so the generic path raises CPython's error.
 * Results are what int's and float's nb slots compute (objects/int.ts, objects/float.ts).
 *
 * A float operand the stack held the only reference to carries the result (as CPython 3.12's
 * DECREF_INPUTS_AND_REUSE_FLOAT), only when nothing could tell it from a new object: no id()
 * address was asked for it and the memory model is off. It gets a fresh serial, as a new object.
 */
import { type PyObject, type Slot, F_ADDR, memObserver, nextSerial } from '../objects/object';
import { PyInt, intType, newInt } from '../objects/int';
import { PyFloat, floatType, newFloat } from '../objects/float';
import { PyStr, strType, newStr } from '../objects/str';
import { dealloc } from '../runtime/refcount';
import { powPositive } from '../util/libm';

const MAX_SAFE = 9007199254740991;
/** Ints whose value converts to a double exactly (what float's nb slots accept via PyLong_AsDouble). */
const MAX_EXACT = 9007199254740992;

/**
 * BINARY_OP's entry to the fast paths below and exact str + str (operands lp[sp-2], lp[sp-1];
 * same contract). The
 * operands' types are read here rather than in the dispatch loop: the loop's inline caches see
 * every object shape any instruction ever handled (megamorphic), this function's only the
 * shapes of arithmetic operands.
 */
export function binaryFast(lp: Slot[], sp: number, oparg: number): boolean {
  const b = lp[sp - 1]!, a = lp[sp - 2]!;
  const ta = a.type, tb = b.type;
  if (ta === intType) {
    if (tb === intType) return intBinaryFast(lp, sp, a as PyInt, b as PyInt, oparg);
    return tb === floatType && floatBinaryFast(lp, sp, a, b, oparg);
  }
  if (ta === floatType) return (tb === floatType || tb === intType) && floatBinaryFast(lp, sp, a, b, oparg);
  if (ta === strType && tb === strType && (oparg === 0 || oparg === 13)) {
    // str + str (unicode_concatenate's result; CPython's in-place append is unobservable).
    lp[sp - 1] = null;
    lp[sp - 2] = newStr((a as PyStr).s + (b as PyStr).s);
    if (--a.ob_refcnt === 0) dealloc(a);
    if (--b.ob_refcnt === 0) dealloc(b);
    return true;
  }
  return false;
}

/** BINARY_OP with an exact float and an exact float or int operand (see the file's contract). */
export function floatBinaryFast(lp: Slot[], sp: number, a: PyObject, b: PyObject, oparg: number): boolean {
  let x: number, y: number;
  const ta = a.type, tb = b.type;
  if (ta === floatType) x = (a as PyFloat).v;
  else if (ta === intType) {
    const v = (a as PyInt).v;
    if (typeof v !== 'number' || v > MAX_EXACT || v < -MAX_EXACT) return false;
    x = v;
  } else return false;
  if (tb === floatType) y = (b as PyFloat).v;
  else if (tb === intType) {
    const v = (b as PyInt).v;
    if (typeof v !== 'number' || v > MAX_EXACT || v < -MAX_EXACT) return false;
    y = v;
  } else return false;
  // The operation is computed here rather than in a helper: a double passed to or returned from
  // a call V8 does not inline is boxed in a fresh HeapNumber (three allocations per operation).
  let d: number;
  switch (oparg) {
    case 0: case 13: d = x + y; break;
    case 10: case 23: d = x - y; break;
    case 5: case 18: d = x * y; break;
    case 11: case 24:
      if (y === 0) return false;
      d = x / y;
      break;
    case 8: case 21:
      // float_pow for x > 0 and both finite; the other cases (errors, signs, specials) are rare.
      if (!(x > 0 && x < Infinity && y > -Infinity && y < Infinity)) return false;
      // `+`: the call's result is a tagged value; converted here, `d` stays an unboxed double in
      // every branch (a tagged branch made V8 box each +, -, * result in a new HeapNumber).
      if (x === 1 || y === 0) d = 1;
      else d = y === 2 ? x * x : +powPositive(x, y);
      // Overflow raises OverflowError on the generic path.
      if (!(d < Infinity)) return false;
      break;
    case 6: case 19:
      // float_rem (objects/float.ts floatMod): the remainder takes the divisor's sign.
      if (y === 0) return false;
      d = x % y;
      if (d !== 0) { if ((y < 0) !== (d < 0)) d += y; }
      else d = y < 0 ? -0 : 0;
      break;
    case 2: case 15: {
      // float_floor_div (objects/float.ts floatDivmod's quotient).
      if (y === 0) return false;
      const m = x % y;
      let q = (x - m) / y;
      if (m !== 0 && (y < 0) !== (m < 0)) q -= 1;
      if (q !== 0) {
        d = Math.floor(q);
        if (q - d > 0.5) d += 1;
      } else {
        const t = x / y;
        d = t < 0 || Object.is(t, -0) ? -0 : 0;
      }
      break;
    }
    default:
      return false;
  }
  lp[sp - 1] = null;
  if (ta === floatType && a.ob_refcnt === 1 && (a.flags & F_ADDR) === 0 && memObserver === null) {
    (a as PyFloat).v = d;
    (a as { serial: number }).serial = nextSerial();
    if (--b.ob_refcnt === 0) dealloc(b);
    return true;
  }
  if (tb === floatType && b.ob_refcnt === 1 && (b.flags & F_ADDR) === 0 && memObserver === null) {
    (b as PyFloat).v = d;
    (b as { serial: number }).serial = nextSerial();
    lp[sp - 2] = b;
    if (--a.ob_refcnt === 0) dealloc(a);
    return true;
  }
  lp[sp - 2] = newFloat(d);
  if (--a.ob_refcnt === 0) dealloc(a);
  if (--b.ob_refcnt === 0) dealloc(b);
  return true;
}

/** BINARY_OP on two exact ints held as JS numbers: + - * // % ** << >> and the bit operations. */
export function intBinaryFast(lp: Slot[], sp: number, a: PyInt, b: PyInt, oparg: number): boolean {
  const x = a.v, y = b.v;
  if (typeof x !== 'number' || typeof y !== 'number') return false;
  let r: number;
  switch (oparg) {
    case 0: case 13: r = x + y; break;
    case 10: case 23: r = x - y; break;
    case 5: case 18: r = x * y; break;
    case 2: case 15: {
      // Floor division of int32-range values is exact in doubles; others go the generic way.
      if (y === 0 || (x | 0) !== x || (y | 0) !== y) return false;
      r = Math.floor(x / y);
      break;
    }
    case 6: case 19: {
      if (y === 0 || (x | 0) !== x || (y | 0) !== y) return false;
      r = x % y;
      if (r !== 0 && (r < 0) !== (y < 0)) r += y;
      break;
    }
    case 1: case 14:
      if ((x | 0) !== x || (y | 0) !== y) return false;
      r = x & y;
      break;
    case 7: case 20:
      if ((x | 0) !== x || (y | 0) !== y) return false;
      r = x | y;
      break;
    case 12: case 25:
      if ((x | 0) !== x || (y | 0) !== y) return false;
      r = x ^ y;
      break;
    // <<, >> and ** as objects/int.ts's intLshift/intRshift/intPow compute them for numbers.
    case 3: case 16:
      if (y < 0) return false;
      if (x === 0) r = 0;
      else if (y < 31 && x < 2097152 && x > -2097152) r = x * 2 ** y;
      else return false;
      break;
    case 9: case 22:
      if (y < 0) return false;
      r = y > 60 ? (x < 0 ? -1 : 0) : Math.floor(x / 2 ** y);
      break;
    case 8: case 21:
      if (y < 0) return false;
      r = Math.pow(x, y);
      if (!Number.isSafeInteger(r) || r >= 4503599627370496 || r <= -4503599627370496) return false;
      break;
    default:
      return false;
  }
  if (r > MAX_SAFE || r < -MAX_SAFE) return false;
  lp[sp - 1] = null;
  lp[sp - 2] = newInt(r);
  if (--a.ob_refcnt === 0) dealloc(a);
  if (--b.ob_refcnt === 0) dealloc(b);
  return true;
}

function cmpNum(x: number, y: number, op: number): boolean {
  switch (op) {
    case 0: return x < y;
    case 1: return x <= y;
    case 2: return x === y;
    case 3: return x !== y;
    case 4: return x > y;
    default: return x >= y;
  }
}

/**
 * COMPARE_OP (op = oparg >> 4) of exact ints and floats whose values are JS numbers (a double
 * comparison is exact for them; ints beyond 2**53 are bigints and go the generic way), and
 * == / != of two exact strs. Operand types are read here, not in the loop (see binaryFast).
 * Returns 1 (True) or 0 (False) having released both operands (the caller clears their stack
 * slots), or -1 having touched nothing.
 */
export function compareFast(a: PyObject, b: PyObject, op: number): number {
  const ta = a.type, tb = b.type;
  let x: number, y: number;
  if (ta === intType) {
    const v = (a as PyInt).v;
    if (typeof v !== 'number') return -1;
    x = v;
  } else if (ta === floatType) x = (a as PyFloat).v;
  else if (ta === strType) {
    // Exact strs: == and != compare their text (ordering differs from JS's UTF-16 order).
    if (tb !== strType || (op !== 2 && op !== 3)) return -1;
    const r = ((a as PyStr).s === (b as PyStr).s) === (op === 2) ? 1 : 0;
    if (--a.ob_refcnt === 0) dealloc(a);
    if (--b.ob_refcnt === 0) dealloc(b);
    return r;
  } else return -1;
  if (tb === intType) {
    const v = (b as PyInt).v;
    if (typeof v !== 'number') return -1;
    y = v;
  } else if (tb === floatType) y = (b as PyFloat).v;
  else return -1;
  const r = cmpNum(x, y, op) ? 1 : 0;
  if (--a.ob_refcnt === 0) dealloc(a);
  if (--b.ob_refcnt === 0) dealloc(b);
  return r;
}

/** UNARY_NEGATIVE of an exact float or a JS-number int. */
export function negativeFast(lp: Slot[], sp: number, v: PyObject): boolean {
  const t = v.type;
  let r: PyObject;
  if (t === floatType) {
    const d = -(v as PyFloat).v;
    if (v.ob_refcnt === 1 && (v.flags & F_ADDR) === 0 && memObserver === null) {
      (v as PyFloat).v = d;
      (v as { serial: number }).serial = nextSerial();
      return true;
    }
    r = newFloat(d);
  } else if (t === intType) {
    const x = (v as PyInt).v;
    if (typeof x !== 'number') return false;
    r = newInt(-x);
  } else return false;
  lp[sp - 1] = r;
  if (--v.ob_refcnt === 0) dealloc(v);
  return true;
}

/**
 * min(a, b) (`op` 0) or max(a, b) (`op` 4) of two exact ints held as JS numbers or exact floats,
 * as builtin min/max decide it: the second replaces the first only when `b < a` (`b > a`) holds,
 * so ties and NaNs keep the first. Returns the winner (borrowed), or null for other operands.
 */
export function numMinMax2(a: PyObject, b: PyObject, op: number): PyObject | null {
  const ta = a.type, tb = b.type;
  let x: number, y: number;
  if (ta === intType) {
    const v = (a as PyInt).v;
    if (typeof v !== 'number') return null;
    x = v;
  } else if (ta === floatType) x = (a as PyFloat).v;
  else return null;
  if (tb === intType) {
    const v = (b as PyInt).v;
    if (typeof v !== 'number') return null;
    y = v;
  } else if (tb === floatType) y = (b as PyFloat).v;
  else return null;
  return (op === 0 ? y < x : y > x) ? b : a;
}

/** abs() of an exact float or a JS-number int (new reference), or null for other operands. */
export function numAbs(a: PyObject): PyObject | null {
  const t = a.type;
  if (t === floatType) return newFloat(Math.abs((a as PyFloat).v));
  if (t === intType) {
    const v = (a as PyInt).v;
    if (typeof v !== 'number') return null;
    if (v >= 0) { a.ob_refcnt++; return a; }
    return newInt(-v);
  }
  return null;
}
