/**
 * int (and the value representation bool shares with it).
 *
 * Invariants:
 * - `v` is a JS number when the value is a safe integer (|v| <= 2**53 - 1), otherwise a bigint;
 *   never -0. Every operation normalizes its result with `intFrom`.
 * - Small ints -5..256 are shared immortal objects (`newInt` returns them).
 * - bool's True/False are PyInt instances whose type is bool (see bool.ts).
 * Semantics follow Objects/longobject.c: floor division and modulo take the divisor's sign,
 * true division is correctly rounded, comparisons with floats are exact.
 */
import { PyObject, makeImmortal, nextSerial, memObserver } from './object';
import { makeStaticType, objectType, PyType, TF_LONG_SUBCLASS, type BinaryFn } from './type';
import { raise, PyExc } from '../runtime/errors';
import { NotImplemented } from './singletons';
import { PyFloat, newFloat, floatType, floatPow } from './float';
import { newStr, newStrFresh } from './str';
import { internalHash, intHashExact } from './pyhash';
import { tupleSteal } from './tuple';
import { intFree, freeCount, setFreeListTypes } from '../runtime/refcount';

export class PyInt extends PyObject {
  declare v: number | bigint;
  constructor(type: PyType, v: number | bigint) {
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
    // Tagged from the first store: v holds Smis, doubles and BigInts, and a field that starts as
    // Smi deprecates the hidden class of every live int when the first larger value arrives
    // (see PyStr's constructor). Tagged also keeps small values unboxed.
    (this as { v: unknown }).v = null;
    this.v = v;
  }
}

export let intType: PyType;
const SMALL: PyInt[] = [];
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** New reference to an int with value v (number must be an integer; -0 is normalized). */
export function newInt(v: number): PyInt {
  if (v >= -5 && v <= 256) {
    const s = SMALL[v + 5]!;
    s.ob_refcnt++;
    return s;
  }
  if (v > MAX_SAFE || v < -MAX_SAFE) return new PyInt(intType, BigInt(v));
  const n = freeCount[1]! - 1;
  if (n >= 0) {
    const o = intFree[n] as PyInt;
    freeCount[1] = n;
    o.ob_refcnt = 1;
    o.flags = 0;
    (o as { serial: number }).serial = nextSerial();
    if (memObserver !== null) memObserver.alloc(o);
    o.v = v + 0;
    return o;
  }
  return new PyInt(intType, v + 0);
}

export function newIntBig(b: bigint): PyInt {
  if (b >= -9007199254740991n && b <= 9007199254740991n) return newInt(Number(b));
  return new PyInt(intType, b);
}

export function intFrom(v: number | bigint): PyInt {
  return typeof v === 'number' ? newInt(v) : newIntBig(v);
}

/** Borrowed view of a small int (for constants and comparisons inside the runtime). */
export function smallInt(v: number): PyInt {
  return SMALL[v + 5]!;
}

export function isInt(o: PyObject): o is PyInt {
  return o instanceof PyInt;
}

export function toBig(v: number | bigint): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

/** Exact int value as bigint or number (for callers that need JS numbers, see asIndex). */
export function intValue(o: PyInt): number | bigint {
  return o.v;
}

/** Internal hash (pyhash.ts contract) of an int: the value mod 2**61 - 1, sign kept, -1 -> -2. */
export function intHash(v: number | bigint): number {
  if (typeof v === 'number' && v < 4503599627370496 && v > -4503599627370496) return v === -1 ? -2 : v;
  return internalHash(intHashExact(v));
}

/** Number of 30-bit digits of |v| (0 for zero). */
export function intNDigits(v: number | bigint): number {
  let a = toBig(v);
  if (a < 0n) a = -a;
  let n = 0;
  while (a > 0n) { a >>= 30n; n++; }
  return n;
}

/** sys.get_int_max_str_digits(): the interpreter's limit on decimal int<->str conversion (0 = none).
 *  Reset to 4300 by every new VM (runtime/vm.ts). */
export let intMaxStrDigits = 4300;
export function setIntMaxStrDigits(n: number): void {
  intMaxStrDigits = n;
}

export function intRepr(v: number | bigint): string {
  if (typeof v === 'bigint') {
    const s = v.toString();
    const lim = intMaxStrDigits;
    if (lim > 0 && s.length > lim + (v < 0n ? 1 : 0)) raise(PyExc.ValueError, `Exceeds the limit (${lim} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
    return s;
  }
  return String(v);
}

function floorDiv(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) raise(PyExc.ZeroDivisionError, 'integer division or modulo by zero');
    let q = Math.trunc(a / b);
    let r = a - q * b;
    if (Math.abs(r) >= Math.abs(b)) { const qq = Math.trunc(r / b); q += qq; r -= qq * b; }
    if (r !== 0 && (r < 0) !== (b < 0)) q -= 1;
    return q + 0;
  }
  const x = toBig(a), y = toBig(b);
  if (y === 0n) raise(PyExc.ZeroDivisionError, 'integer division or modulo by zero');
  let q = x / y;
  if ((x % y !== 0n) && ((x < 0n) !== (y < 0n))) q -= 1n;
  return q;
}

function modulo(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) raise(PyExc.ZeroDivisionError, 'integer modulo by zero');
    let r = a % b;
    if (r !== 0 && (r < 0) !== (b < 0)) r += b;
    return r + 0;
  }
  const x = toBig(a), y = toBig(b);
  if (y === 0n) raise(PyExc.ZeroDivisionError, 'integer modulo by zero');
  let r = x % y;
  if (r !== 0n && (r < 0n) !== (y < 0n)) r += y;
  return r;
}

export function intDivmod(a: number | bigint, b: number | bigint): [number | bigint, number | bigint] {
  return [floorDiv(a, b), modulo(a, b)];
}

/** Correctly rounded a / b for integers. */
export function intTrueDiv(a: number | bigint, b: number | bigint): number {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) raise(PyExc.ZeroDivisionError, 'division by zero');
    return a / b;
  }
  const x = toBig(a), y = toBig(b);
  if (y === 0n) raise(PyExc.ZeroDivisionError, 'division by zero');
  const neg = (x < 0n) !== (y < 0n);
  let n = x < 0n ? -x : x;
  let d = y < 0n ? -y : y;
  // Scale so the quotient has 55+ significant bits, then round half to even via the remainder.
  const nb = n.toString(2).length, db = d.toString(2).length;
  let shift = 55 - (nb - db);
  if (shift > 0) n <<= BigInt(shift); else d <<= BigInt(-shift);
  let q = n / d;
  const r = n % d;
  if (r !== 0n) q |= 1n; // sticky bit
  let res = Number(q) * Math.pow(2, -shift);
  if (!Number.isFinite(res)) raise(PyExc.OverflowError, 'integer division result too large for a float');
  if (res === 0 && q !== 0n) res = Number(q) / Math.pow(2, shift); // subnormal range
  return neg ? -res : res;
}

/** Converts an int to a float; raises OverflowError when too large. */
export function intToFloat(v: number | bigint): number {
  if (typeof v === 'number') return v;
  const f = Number(v);
  if (!Number.isFinite(f)) raise(PyExc.OverflowError, 'int too large to convert to float');
  return f;
}

export function intPow(a: number | bigint, b: number | bigint, m: number | bigint | null): PyObject {
  if (m !== null) {
    let mod = toBig(m);
    if (mod === 0n) raise(PyExc.ValueError, 'pow() 3rd argument cannot be 0');
    let base = toBig(a), exp = toBig(b);
    const negMod = mod < 0n;
    if (negMod) mod = -mod;
    if (exp < 0n) {
      base = modInverse(base, mod);
      exp = -exp;
    }
    let r = 1n % mod;
    base = ((base % mod) + mod) % mod;
    while (exp > 0n) {
      if (exp & 1n) r = (r * base) % mod;
      base = (base * base) % mod;
      exp >>= 1n;
    }
    if (negMod && r !== 0n) r -= mod;
    return newIntBig(r);
  }
  if ((typeof b === 'number' && b < 0) || (typeof b === 'bigint' && b < 0n)) {
    const fa = intToFloat(a), fb = intToFloat(b);
    if (fa === 0) raise(PyExc.ZeroDivisionError, '0.0 cannot be raised to a negative power');
    return newFloat(floatPow(fa, fb));
  }
  if (typeof a === 'number' && typeof b === 'number') {
    const r = Math.pow(a, b);
    if (Number.isSafeInteger(r) && Math.abs(r) < 2 ** 52) return newInt(r);
  }
  return newIntBig(toBig(a) ** toBig(b));
}

function modInverse(a: bigint, m: bigint): bigint {
  let [or, r] = [((a % m) + m) % m, m];
  let [os, s] = [1n, 0n];
  while (r !== 0n) {
    const q = or / r;
    [or, r] = [r, or - q * r];
    [os, s] = [s, os - q * s];
  }
  if (or !== 1n) raise(PyExc.ValueError, 'base is not invertible for the given modulus');
  return ((os % m) + m) % m;
}

function shiftCount(b: number | bigint): number {
  if ((typeof b === 'number' && b < 0) || (typeof b === 'bigint' && b < 0n)) raise(PyExc.ValueError, 'negative shift count');
  if (typeof b === 'bigint') raise(PyExc.OverflowError, 'too many digits in integer');
  return b as number;
}

export function intLshift(a: number | bigint, b: number | bigint): PyObject {
  const n = shiftCount(b);
  if (typeof a === 'number') {
    if (a === 0) return newInt(0);
    if (n < 31 && Math.abs(a) < 2 ** 21) return newInt(a * 2 ** n);
  }
  return newIntBig(toBig(a) << BigInt(n));
}
export function intRshift(a: number | bigint, b: number | bigint): PyObject {
  if ((typeof b === 'number' && b < 0) || (typeof b === 'bigint' && b < 0n)) raise(PyExc.ValueError, 'negative shift count');
  if (typeof b === 'bigint') return newInt(toBig(a) < 0n ? -1 : 0);
  // |a| < 2**53: shifting by more than 60 leaves the sign (2 ** 1100 would be Infinity: -1 / Infinity is -0).
  if (typeof a === 'number') return newInt(b > 60 ? (a < 0 ? -1 : 0) : Math.floor(a / 2 ** b));
  return newIntBig(a >> BigInt(b));
}
function bitop(a: number | bigint, b: number | bigint, op: number): PyObject {
  if (typeof a === 'number' && typeof b === 'number' && a >= -0x80000000 && a <= 0x7fffffff && b >= -0x80000000 && b <= 0x7fffffff) {
    return newInt(op === 0 ? a & b : op === 1 ? a | b : a ^ b);
  }
  const x = toBig(a), y = toBig(b);
  return newIntBig(op === 0 ? x & y : op === 1 ? x | y : x ^ y);
}

export function asIntObj(o: PyObject): PyInt | null {
  return o instanceof PyInt ? o : null;
}

function binop(fn: (a: number | bigint, b: number | bigint) => PyObject): BinaryFn {
  return (a, b) => {
    if (!(a instanceof PyInt) || !(b instanceof PyInt)) { NotImplemented.ob_refcnt++; return NotImplemented; }
    return fn(a.v, b.v);
  };
}

export function intAdd(a: number | bigint, b: number | bigint): PyObject {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return newInt(r);
  }
  return newIntBig(toBig(a) + toBig(b));
}
export function intSub(a: number | bigint, b: number | bigint): PyObject {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return newInt(r);
  }
  return newIntBig(toBig(a) - toBig(b));
}
export function intMul(a: number | bigint, b: number | bigint): PyObject {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return newInt(r + 0);
  }
  return newIntBig(toBig(a) * toBig(b));
}

export function intCompare(a: number | bigint, b: number | bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Exact comparison of an int with a float: -1, 0, 1, or NaN when the float is NaN. */
export function intFloatCompare(i: number | bigint, f: number): number {
  if (Number.isNaN(f)) return NaN;
  if (typeof i === 'number') return i < f ? -1 : i > f ? 1 : 0;
  if (!Number.isFinite(f)) return f > 0 ? -1 : 1;
  const fi = Math.trunc(f);
  const bi = BigInt(fi);
  if (i < bi) return -1;
  if (i > bi) return 1;
  return fi === f ? 0 : (f > fi ? -1 : 1);
}

const CMP_RESULT = [(c: number) => c < 0, (c: number) => c <= 0, (c: number) => c === 0, (c: number) => c !== 0, (c: number) => c > 0, (c: number) => c >= 0];
export function cmpResult(c: number, op: number): boolean {
  if (Number.isNaN(c)) return op === 3;
  return CMP_RESULT[op]!(c);
}

export function initIntType(): void {
  const nb: (BinaryFn | undefined)[] = [];
  nb[0] = binop(intAdd);
  nb[1] = binop((a, b) => bitop(a, b, 0));
  nb[2] = binop((a, b) => intFrom(floorDiv(a, b)));
  nb[3] = binop(intLshift);
  nb[5] = binop(intMul);
  nb[6] = binop((a, b) => intFrom(modulo(a, b)));
  nb[7] = binop((a, b) => bitop(a, b, 1));
  nb[8] = binop((a, b) => intPow(a, b, null));
  nb[9] = binop(intRshift);
  nb[10] = binop(intSub);
  nb[11] = binop((a, b) => newFloat(intTrueDiv(a, b)));
  nb[12] = binop((a, b) => bitop(a, b, 2));
  nb[26] = binop((a, b) => { const [q, r] = intDivmod(a, b); return tupleSteal([intFrom(q), intFrom(r)]); });
  intType = makeStaticType('int', objectType, {
    nb,
    repr: (o) => newStrFresh(intRepr((o as PyInt).v)),
    hash: (o) => intHash((o as PyInt).v),
    richcompare: (a, b, op) => {
      if (!(b instanceof PyInt)) {
        if (b instanceof PyFloat && b.type === floatType) return boolObj(cmpResult(intFloatCompare((a as PyInt).v, b.v), op));
        NotImplemented.ob_refcnt++;
        return NotImplemented;
      }
      return boolObj(cmpResult(intCompare((a as PyInt).v, b.v), op));
    },
    bool: (o) => (o as PyInt).v !== 0 && (o as PyInt).v !== 0n,
    neg: (o) => { const v = (o as PyInt).v; return typeof v === 'number' ? newInt(-v) : newIntBig(-v); },
    pos: (o) => intFrom((o as PyInt).v),
    abs: (o) => { const v = (o as PyInt).v; return typeof v === 'number' ? newInt(Math.abs(v)) : newIntBig(v < 0n ? -v : v); },
    invert: (o) => { const v = (o as PyInt).v; return typeof v === 'number' ? newInt(-v - 1) : newIntBig(-v - 1n); },
    index: (o) => intFrom((o as PyInt).v),
    int: (o) => intFrom((o as PyInt).v),
    float: (o) => newFloat(intToFloat((o as PyInt).v)),
    sizeof: (o) => 24 + 4 * Math.max(1, intNDigits((o as PyInt).v)),
  }, { basicsize: 24, itemsize: 4, flags: TF_LONG_SUBCLASS });
  for (let v = -5; v <= 256; v++) SMALL.push(makeImmortal(new PyInt(intType, v)));
  setFreeListTypes(null, intType);
}

// bool objects live here to keep int's comparisons free of import cycles.
export let boolType: PyType;
export let True: PyInt;
export let False: PyInt;
/** New reference to True or False. */
export function boolObj(b: boolean): PyInt {
  const r = b ? True : False;
  r.ob_refcnt++;
  return r;
}
export function setBools(t: PyType, tr: PyInt, fa: PyInt): void {
  boolType = t;
  True = tr;
  False = fa;
}
