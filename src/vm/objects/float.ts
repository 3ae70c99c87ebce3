/**
 * float: IEEE double with CPython's arithmetic corner cases (Objects/floatobject.c): modulo takes
 * the divisor's sign, division by zero raises, hash equals the int hash for integral values.
 */
import { PyObject, nextSerial, memObserver } from './object';
import { makeStaticType, objectType, PyType, type BinaryFn } from './type';
import { raise, PyExc } from '../runtime/errors';
import { NotImplemented } from './singletons';
import { PyInt, intToFloat, intFloatCompare, cmpResult, boolObj, newIntBig, newInt } from './int';
import { internalHash, floatHashExact } from './pyhash';
import { newStr } from './str';
import { floatRepr } from './float_repr';
import { pow as libmPow } from '../util/libm';
import { tupleSteal } from './tuple';
import { complexType } from './complex';
import { pyId } from '../runtime/address';
import { floatFree, freeCount, setFreeListTypes } from '../runtime/refcount';

export class PyFloat extends PyObject {
  declare v: number;
  constructor(type: PyType, v: number) {
    super(null);
    this.ob_refcnt = 1;
    this.flags = 0;
    (this as { serial: number }).serial = nextSerial();
    this.type = type;
    this.gcGen = -1;
    // Not a GC type: no gcRefs/gcPrev/gcNext (smaller objects, cheaper V8 scavenges); an
    // instance of a heap subclass that gets tracked gains them when linked.
    this.dict = null;
    if (memObserver !== null) memObserver.alloc(this);
    // Double representation from the first store: an integral first value (0.0) would make the
    // field Smi, and the first fractional float would then deprecate every live float's hidden
    // class (see PyStr's constructor).
    this.v = 0.5;
    this.v = v;
  }
}

export let floatType: PyType;

export function newFloat(v: number): PyFloat {
  const n = freeCount[0]! - 1;
  if (n >= 0) {
    const o = floatFree[n] as PyFloat;
    freeCount[0] = n;
    o.ob_refcnt = 1;
    o.flags = 0;
    (o as { serial: number }).serial = nextSerial();
    if (memObserver !== null) memObserver.alloc(o);
    o.v = v;
    return o;
  }
  return new PyFloat(floatType, v);
}

/** Float value of an int or float operand, or null when the operand is neither. */
export function toDouble(o: PyObject): number | null {
  if (o instanceof PyFloat) return o.v;
  if (o instanceof PyInt) return intToFloat(o.v);
  return null;
}

/** Internal hash (pyhash.ts contract) of a float; NaN hashes by identity like CPython 3.12. */
export function floatHash(v: number, o: PyObject): number {
  if (Number.isInteger(v) && v < 4503599627370496 && v > -4503599627370496) return v === -1 ? -2 : v === 0 ? 0 : v;
  return internalHash(floatHashExact(v, BigInt(Math.floor(pyId(o) / 16))));
}

/** copysign(0.0, x). */
function zeroWithSign(x: number): number {
  return x < 0 || Object.is(x, -0) ? -0 : 0;
}

// C truth tests below are written `!== 0`: C counts NaN as true, JS as false.
export function floatMod(vx: number, wx: number): number {
  if (wx === 0) raise(PyExc.ZeroDivisionError, 'float modulo');
  let mod = vx % wx;
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) mod += wx;
  } else {
    mod = zeroWithSign(wx);
  }
  return mod;
}

export function floatDivmod(vx: number, wx: number): [number, number] {
  if (wx === 0) raise(PyExc.ZeroDivisionError, 'float divmod()');
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) { mod += wx; div -= 1; }
  } else {
    mod = zeroWithSign(wx);
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    floordiv = zeroWithSign(vx / wx);
  }
  return [floordiv, mod];
}

export function floatPow(a: number, b: number): number {
  if (a === 0 && b < 0) raise(PyExc.ZeroDivisionError, '0.0 cannot be raised to a negative power');
  if (a < 0 && !Number.isInteger(b) && Number.isFinite(b)) raise(PyExc.ValueError, 'math domain error');
  if (a === 1 || (b === 0)) return 1;
  const r = libmPow(a, b);
  if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) raise(PyExc.OverflowError, "(34, 'Numerical result out of range')");
  return r;
}

/** int(x) for a float: truncation toward zero. */
export function floatToInt(v: number): PyObject {
  if (Number.isNaN(v)) raise(PyExc.ValueError, 'cannot convert float NaN to integer');
  if (!Number.isFinite(v)) raise(PyExc.OverflowError, 'cannot convert float infinity to integer');
  const t = Math.trunc(v);
  if (Math.abs(t) <= Number.MAX_SAFE_INTEGER) return newInt(t);
  return newIntBig(BigInt(t));
}

function fbin(fn: (a: number, b: number) => number): BinaryFn {
  return (a, b) => {
    const x = toDouble(a), y = toDouble(b);
    if (x === null || y === null) { NotImplemented.ob_refcnt++; return NotImplemented; }
    return newFloat(fn(x, y));
  };
}

export function initFloatType(): void {
  const nb: (BinaryFn | undefined)[] = [];
  nb[0] = fbin((a, b) => a + b);
  nb[2] = fbin((a, b) => { if (b === 0) raise(PyExc.ZeroDivisionError, 'float floor division by zero'); return floatDivmod(a, b)[0]; });
  nb[5] = fbin((a, b) => a * b);
  nb[6] = fbin(floatMod);
  // float_pow: a finite negative base with a finite non-integer exponent is complex's business.
  const realPow = fbin(floatPow);
  nb[8] = (a, b) => {
    const x = toDouble(a), y = toDouble(b);
    if (x !== null && y !== null && x < 0 && x > -Infinity && Number.isFinite(y) && !Number.isInteger(y)) return complexType.slots.nb![8]!(a, b);
    return realPow(a, b);
  };
  nb[10] = fbin((a, b) => a - b);
  nb[11] = fbin((a, b) => { if (b === 0) raise(PyExc.ZeroDivisionError, 'float division by zero'); return a / b; });
  nb[26] = (a, b) => {
    const x = toDouble(a), y = toDouble(b);
    if (x === null || y === null) { NotImplemented.ob_refcnt++; return NotImplemented; }
    const [q, r] = floatDivmod(x, y);
    return tupleSteal([newFloat(q), newFloat(r)]);
  };
  floatType = makeStaticType('float', objectType, {
    nb,
    repr: (o) => newStr(floatRepr((o as PyFloat).v)),
    hash: (o) => floatHash((o as PyFloat).v, o),
    richcompare: (a, b, op) => {
      const x = (a as PyFloat).v;
      if (b instanceof PyFloat) return boolObj(cmpResult(x < b.v ? -1 : x > b.v ? 1 : x === b.v ? 0 : NaN, op));
      if (b instanceof PyInt) return boolObj(cmpResult(-intFloatCompare(b.v, x), op));
      NotImplemented.ob_refcnt++;
      return NotImplemented;
    },
    bool: (o) => (o as PyFloat).v !== 0,
    neg: (o) => newFloat(-(o as PyFloat).v),
    pos: (o) => newFloat((o as PyFloat).v),
    abs: (o) => newFloat(Math.abs((o as PyFloat).v)),
    int: (o) => floatToInt((o as PyFloat).v),
    float: (o) => newFloat((o as PyFloat).v),
    sizeof: () => 24,
  }, { basicsize: 24 });
  setFreeListTypes(floatType, null);
}
