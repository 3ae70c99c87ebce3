/**
 * The `math` module (Modules/mathmodule.c semantics and messages) over JS's IEEE-754 doubles.
 * Integer functions (factorial, gcd, comb, perm, isqrt, lcm) work on exact ints (bigint when big).
 */
import { erf, erfc } from '../util/erf';
import * as libm from '../util/libm';
import type { PyObject } from '../objects/object';
import type { VM } from '../runtime/vm';
import { PyModule, newModule } from '../objects/module';
import { PyDict } from '../objects/dict';
import { newStr } from '../objects/str';
import { PyInt, intFrom, boolObj, toBig, intType } from '../objects/int';
import { PyFloat, newFloat, toDouble, floatToInt, floatType } from '../objects/float';
import { newBuiltin, setFast, type NativeFn, type Fast1 } from '../objects/builtin_function';
import { tupleSteal } from '../objects/tuple';
import { raise, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import * as A from '../runtime/abstract';
import { nargs, bindArgs } from '../runtime/args';
import { lookup } from '../objects/type';

function num(o: PyObject): number {
  const v = toDouble(o);
  if (v !== null) return v;
  const f = lookup(o.type, '__float__');
  if (f) {
    const r = A.callDescr(f, o, []);
    try {
      const x = toDouble(r);
      if (!(r instanceof PyFloat) || x === null) raise(PyExc.TypeError, `${o.type.name}.__float__ returned non-float (type ${r.type.name})`);
      return x;
    } finally { decref(r); }
  }
  const idx = lookup(o.type, '__index__');
  if (idx) { const i = A.index(o); try { return toDouble(i)!; } finally { decref(i); } }
  raise(PyExc.TypeError, `must be real number, not ${o.type.name}`);
}

function bigOf(o: PyObject): bigint {
  const i = A.index(o);
  try { return toBig(i.v); } finally { decref(i); }
}

const domain = (): never => raise(PyExc.ValueError, 'math domain error');
const range = (): never => raise(PyExc.OverflowError, 'math range error');

/** The one-argument entry points (builtin_function.ts Fast1) of the functions made by f1. */
const FAST1 = new Map<NativeFn, Fast1>();

/** A one-argument real function with CPython's domain/range error classification. */
function f1(name: string, fn: (x: number) => number, canOverflow = false): NativeFn {
  const one: Fast1 = (_s, a) => {
    const x = num(a);
    const r = fn(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) domain();
    if (!Number.isFinite(r) && Number.isFinite(x) && !Number.isNaN(r)) {
      if (canOverflow) range(); else domain();
    }
    return newFloat(r);
  };
  const full: NativeFn = (_s, args, kw) => {
    if (kw && kw.length) raise(PyExc.TypeError, `math.${name}() takes no keyword arguments`);
    nargs(`math.${name}`, args, 1, 1, true);
    return one(_s, args[0]!);
  };
  FAST1.set(full, one);
  return full;
}

const sqrtFull = f1('sqrt', Math.sqrt);
const sqrtOne = FAST1.get(sqrtFull)!;

/** math.sqrt of one argument: an exact float or a JS-number int of at most 2**53 directly. */
const sqrtFast: Fast1 = (_s, a) => {
  let x: number;
  if (a.type === floatType) x = (a as PyFloat).v;
  else if (a.type === intType && typeof (a as PyInt).v === 'number' && (a as PyInt).v as number <= 9007199254740992) x = (a as PyInt).v as number;
  else return sqrtOne(_s, a);
  // sqrt of a negative non-zero number (not -0.0, not NaN) is a domain error.
  if (x < 0) domain();
  return newFloat(Math.sqrt(x));
};

function bigIsqrt(n: bigint): bigint {
  if (n < 2n) return n;
  // Newton's iteration from a start above the root decreases to floor(sqrt(n)).
  const bits = n.toString(2).length;
  let x = bits < 1000 ? BigInt(Math.ceil(Math.sqrt(Number(n)) * (1 + 1e-7))) + 1n : 1n << BigInt((bits + 1) >> 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

function roundingFn(name: 'floor' | 'ceil', js: (x: number) => number): NativeFn {
  // An exact int is returned as is, an exact float converted; anything else (bool and int
  // subclasses included: int.__floor__ gives a plain int) through its __floor__/__ceil__.
  const one: Fast1 = (_s, o) => {
    if (o.type === intType) { o.ob_refcnt++; return o; }
    if (o.type === floatType) return floatToInt(js((o as PyFloat).v));
    const m = lookup(o.type, `__${name}__`);
    if (m) return A.callDescr(m, o, []);
    return floatToInt(js(num(o)));
  };
  const full: NativeFn = (_s, args) => {
    nargs(`math.${name}`, args, 1, 1, true);
    return one(_s, args[0]!);
  };
  FAST1.set(full, one);
  return full;
}

function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(x))) + 1);
  let m = x * Math.pow(2, -e);
  while (Math.abs(m) < 0.5) { m *= 2; e--; }
  while (Math.abs(m) >= 1) { m /= 2; e++; }
  return [m, e];
}

/** Shewchuk's exact summation of partials (msum), as math.fsum. */
function fsum(xs: number[]): number {
  const partials: number[] = [];
  let special = 0, inf = 0;
  for (let x of xs) {
    if (!Number.isFinite(x)) { if (Number.isNaN(x)) special = NaN; else inf += x; continue; }
    let i = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) { const t = x; x = y; y = t; }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    partials.push(x);
  }
  if (Number.isNaN(special)) return NaN;
  if (inf !== 0 || Number.isNaN(inf)) { if (Number.isNaN(inf)) domain(); return inf; }
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n]!;
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n]!;
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && partials[n - 1]! < 0) || (lo > 0 && partials[n - 1]! > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

/** vector_norm: inf wins over nan, otherwise correctly rounded (util/libm.ts). */
function hypotOf(xs: number[]): number {
  let nan = false;
  for (const x of xs) { if (x === Infinity || x === -Infinity) return Infinity; if (x !== x) nan = true; }
  return nan ? NaN : libm.hypotN(xs);
}

/** IEEE 754 remainder: x - n*y with n the integer nearest x/y (ties to even). */
function ieeeRemainder(x: number, y: number): number {
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x) || y === 0) raise(PyExc.ValueError, 'math domain error');
  if (!Number.isFinite(y)) return x;
  const ax = Math.abs(x), ay = Math.abs(y);
  const m = ax % ay;
  const c = ay - m;
  let r: number;
  if (m < c) r = m;
  else if (m > c) r = -c;
  else {
    // Exactly half-way: the quotient's parity decides (m = ay/2 here).
    const q = (ax - m) / ay;
    r = q % 2 === 0 ? m : -m;
  }
  return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
}

/** A float as mantissa * 2**exp with an integer mantissa (exact). */
function floatParts(x: number): [bigint, number] {
  if (x === 0) return [0n, 0];
  const [fm, fe] = frexp(x);
  return [BigInt(fm * 2 ** 53), fe - 53];
}

/** math.sumprod: exact for ints; one rounding for int/float inputs; generic arithmetic otherwise. */
function sumprod(p: PyObject, q: PyObject): PyObject {
  const xs = A.toArray(p);
  const ys = A.toArray(q);
  try {
    if (xs.length !== ys.length) raise(PyExc.ValueError, 'Inputs are not the same length');
    const numeric = (o: PyObject) => o instanceof PyInt || o instanceof PyFloat;
    if (xs.every(numeric) && ys.every(numeric) && (xs.some((o) => o instanceof PyFloat) || ys.some((o) => o instanceof PyFloat))) {
      const terms: [bigint, number][] = [];
      let special = 0;
      for (let i = 0; i < xs.length; i++) {
        const a = xs[i]!, b = ys[i]!;
        const fa = a instanceof PyFloat ? a.v : null, fb = b instanceof PyFloat ? b.v : null;
        if ((fa !== null && !Number.isFinite(fa)) || (fb !== null && !Number.isFinite(fb))) {
          special += Number(fa ?? toBig((a as PyInt).v)) * Number(fb ?? toBig((b as PyInt).v));
          continue;
        }
        const [ma, ea] = fa !== null ? floatParts(fa) : [toBig((a as PyInt).v), 0];
        const [mb, eb] = fb !== null ? floatParts(fb) : [toBig((b as PyInt).v), 0];
        terms.push([ma * mb, ea + eb]);
      }
      if (special !== 0 || Number.isNaN(special)) return newFloat(special);
      if (!terms.length) return newFloat(0);
      const e0 = Math.min(...terms.map((t) => t[1]));
      let acc = 0n;
      for (const [m, e] of terms) acc += m << BigInt(e - e0);
      return newFloat(scaleToDouble(acc, e0));
    }
    let acc: PyObject = intFrom(0);
    for (let i = 0; i < xs.length; i++) {
      const t = A.binaryOp(xs[i]!, ys[i]!, 5);
      const r = A.binaryOp(acc, t, 0);
      decref(t); decref(acc);
      acc = r;
    }
    return acc;
  } finally {
    for (const x of xs) decref(x);
    for (const y of ys) decref(y);
  }
}

/** The double nearest n * 2**e (ties to even). */
function scaleToDouble(n: bigint, e: number): number {
  if (n === 0n) return 0;
  const neg = n < 0n;
  const a = neg ? -n : n;
  const bits = a.toString(2).length;
  // Keep 54 bits plus a sticky bit, then round to 53 (or fewer when subnormal).
  let keep = 53;
  const top = bits + e; // value < 2**top
  if (top - 53 < -1074) keep = Math.max(0, top + 1074);
  let shift = bits - keep;
  let m: bigint;
  if (shift > 0) {
    const half = 1n << BigInt(shift - 1);
    const rest = a & ((1n << BigInt(shift)) - 1n);
    m = a >> BigInt(shift);
    if (rest > half || (rest === half && (m & 1n) === 1n)) m += 1n;
  } else { m = a; shift = 0; }
  let r = Number(m);
  let k = e + shift;
  while (k > 1000) { r *= 2 ** 1000; k -= 1000; }
  while (k < -1000) { r *= 2 ** -1000; k += 1000; }
  r *= 2 ** k;
  return neg ? -r : r;
}

export function makeMathModule(vm: VM): PyModule {
  void vm;
  const m = newModule('math', newStr('This module provides access to the mathematical functions\ndefined by the C standard.'));
  const d = m.dict as PyDict;
  const F: Record<string, NativeFn> = {
    sqrt: sqrtFull, exp: f1('exp', libm.exp, true), exp2: f1('exp2', (x) => Math.pow(2, x), true),
    expm1: f1('expm1', Math.expm1, true), log2: f1('log2', (x) => (x <= 0 ? NaN : libm.log2(x))),
    log10: f1('log10', (x) => (x <= 0 ? NaN : Math.log10(x))), log1p: f1('log1p', (x) => (x <= -1 ? NaN : Math.log1p(x))),
    sin: f1('sin', libm.sin), cos: f1('cos', libm.cos), tan: f1('tan', libm.tan), asin: f1('asin', Math.asin),
    acos: f1('acos', Math.acos), atan: f1('atan', libm.atan), sinh: f1('sinh', Math.sinh, true), cosh: f1('cosh', Math.cosh, true),
    tanh: f1('tanh', Math.tanh), asinh: f1('asinh', Math.asinh), acosh: f1('acosh', Math.acosh), atanh: f1('atanh', (x) => (Math.abs(x) >= 1 ? NaN : Math.atanh(x))),
    fabs: f1('fabs', Math.abs), cbrt: f1('cbrt', Math.cbrt),
    erf: f1('erf', erf), erfc: f1('erfc', erfc),
    degrees: f1('degrees', (x) => x * (180 / Math.PI)), radians: f1('radians', (x) => x * (Math.PI / 180)),
    floor: roundingFn('floor', Math.floor), ceil: roundingFn('ceil', Math.ceil),
    trunc: (_s, args) => {
      nargs('math.trunc', args, 1, 1, true);
      const o = args[0]!;
      const t = lookup(o.type, '__trunc__');
      if (!t) raise(PyExc.TypeError, `type ${o.type.name} doesn't define __trunc__ method`);
      return A.callDescr(t, o, []);
    },
    log: (_s, args) => {
      nargs('math.log', args, 1, 2);
      const ln = (o: PyObject): number => {
        if (o instanceof PyInt && typeof o.v === 'bigint' && !Number.isFinite(Number(o.v))) {
          if (o.v <= 0n) domain();
          // _PyLong_Frexp: v = m * 2**e with m in [0.5, 1); log(m) + e*log(2).
          const e = o.v.toString(2).length;
          const m = e > 53 ? Number(o.v >> BigInt(e - 53)) / 2 ** 53 : Number(o.v) / 2 ** e;
          return libm.log(m) + e * Math.LN2;
        }
        const x = num(o);
        if (Number.isNaN(x)) return x;
        if (x <= 0) domain();
        return libm.log(x);
      };
      const r = ln(args[0]!);
      if (args.length === 1) return newFloat(r);
      const b = ln(args[1]!);
      if (b === 0) raise(PyExc.ZeroDivisionError, 'float division by zero');
      return newFloat(r / b);
    },
    pow: (_s, args) => {
      nargs('math.pow', args, 2, 2, true);
      const x = num(args[0]!), y = num(args[1]!);
      if (x === 0 && y < 0 && Number.isFinite(y)) domain();
      if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && !Number.isInteger(y)) domain();
      if (x === 1 || y === 0) return newFloat(1);
      const r = libm.pow(x, y);
      if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) range();
      return newFloat(r);
    },
    atan2: (_s, args) => { nargs('math.atan2', args, 2, 2, true); return newFloat(libm.atan2(num(args[0]!), num(args[1]!))); },
    fmod: (_s, args) => {
      nargs('math.fmod', args, 2, 2, true);
      const x = num(args[0]!), y = num(args[1]!);
      if (y === 0 && !Number.isNaN(x) || (!Number.isFinite(x) && !Number.isNaN(x))) domain();
      return newFloat(x % y);
    },
    copysign: (_s, args) => {
      nargs('math.copysign', args, 2, 2, true);
      const x = Math.abs(num(args[0]!)), y = num(args[1]!);
      return newFloat(y < 0 || Object.is(y, -0) ? -x : x);
    },
    hypot: (_s, args) => newFloat(hypotOf(args.map(num))),
    dist: (_s, args) => {
      nargs('math.dist', args, 2, 2, true);
      const p = A.toArray(args[0]!), q = A.toArray(args[1]!);
      try {
        if (p.length !== q.length) raise(PyExc.ValueError, 'both points must have the same number of dimensions');
        return newFloat(hypotOf(p.map((x, i) => num(x) - num(q[i]!))));
      } finally { for (const x of p) decref(x); for (const x of q) decref(x); }
    },
    isfinite: (_s, args) => { nargs('math.isfinite', args, 1, 1, true); return boolObj(Number.isFinite(num(args[0]!))); },
    isinf: (_s, args) => { nargs('math.isinf', args, 1, 1, true); const x = num(args[0]!); return boolObj(x === Infinity || x === -Infinity); },
    isnan: (_s, args) => { nargs('math.isnan', args, 1, 1, true); return boolObj(Number.isNaN(num(args[0]!))); },
    isclose: (_s, args, kw) => {
      const [ao, bo, rt, at] = bindArgs('isclose', args, kw, ['a', 'b', 'rel_tol', 'abs_tol'], 2, 2);
      const a = num(ao!), b = num(bo!);
      const rel = rt ? num(rt) : 1e-9, abs = at ? num(at) : 0;
      if (rel < 0 || abs < 0) raise(PyExc.ValueError, 'tolerances must be non-negative');
      if (a === b) return boolObj(true);
      if (!Number.isFinite(a) || !Number.isFinite(b)) return boolObj(false);
      const diff = Math.abs(b - a);
      return boolObj(diff <= Math.abs(rel * b) || diff <= Math.abs(rel * a) || diff <= abs);
    },
    modf: (_s, args) => {
      nargs('math.modf', args, 1, 1, true);
      const x = num(args[0]!);
      if (!Number.isFinite(x)) return tupleSteal([newFloat(Number.isNaN(x) ? x : Math.sign(x) * 0), newFloat(x)]);
      const ip = Math.trunc(x);
      return tupleSteal([newFloat(x - ip === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : x - ip), newFloat(ip)]);
    },
    frexp: (_s, args) => { nargs('math.frexp', args, 1, 1, true); const [mm, e] = frexp(num(args[0]!)); return tupleSteal([newFloat(mm), intFrom(e)]); },
    ldexp: (_s, args) => {
      nargs('math.ldexp', args, 2, 2, true);
      const x = num(args[0]!);
      const e = Number(bigOf(args[1]!));
      let r = x;
      let k = e;
      while (k > 1000) { r *= Math.pow(2, 1000); k -= 1000; }
      while (k < -1000) { r *= Math.pow(2, -1000); k += 1000; }
      r *= Math.pow(2, k);
      if (!Number.isFinite(r) && Number.isFinite(x)) range();
      return newFloat(r);
    },
    remainder: (_s, args) => {
      nargs('math.remainder', args, 2, 2);
      return newFloat(ieeeRemainder(num(args[0]!), num(args[1]!)));
    },
    sumprod: (_s, args) => {
      nargs('math.sumprod', args, 2, 2);
      return sumprod(args[0]!, args[1]!);
    },
    fsum: (_s, args) => {
      nargs('math.fsum', args, 1, 1, true);
      const xs = A.toArray(args[0]!);
      try { return newFloat(fsum(xs.map(num))); } finally { for (const x of xs) decref(x); }
    },
    prod: (_s, args, kw) => {
      const [it, start] = bindArgs('prod', args, kw, ['iterable', 'start'], 1, 1);
      const xs = A.toArray(it!);
      let acc: PyObject = start ?? intFrom(1);
      if (start) start.ob_refcnt++;
      try {
        for (const x of xs) { const r = A.binaryOp(acc, x, 5); decref(acc); acc = r; }
      } finally { for (const x of xs) decref(x); }
      return acc;
    },
    factorial: (_s, args) => {
      nargs('math.factorial', args, 1, 1, true);
      const o = args[0]!;
      if (o instanceof PyFloat) raise(PyExc.TypeError, "'float' object cannot be interpreted as an integer");
      const n = bigOf(o);
      if (n < 0n) raise(PyExc.ValueError, 'factorial() not defined for negative values');
      let r = 1n;
      for (let i = 2n; i <= n; i++) r *= i;
      return intFrom(r);
    },
    gcd: (_s, args) => {
      let g = 0n;
      for (const a of args) { let x = bigOf(a); if (x < 0n) x = -x; let y = g; while (x) { [y, x] = [x, y % x]; } g = y; }
      return intFrom(g);
    },
    lcm: (_s, args) => {
      let l = 1n;
      for (const a of args) {
        let x = bigOf(a); if (x < 0n) x = -x;
        if (x === 0n) { l = 0n; continue; }
        if (l === 0n) continue;
        let p = l, q = x; while (q) { [p, q] = [q, p % q]; }
        l = (l / p) * x;
      }
      return intFrom(l);
    },
    isqrt: (_s, args) => {
      nargs('math.isqrt', args, 1, 1, true);
      const n = bigOf(args[0]!);
      if (n < 0n) raise(PyExc.ValueError, 'isqrt() argument must be nonnegative');
      return intFrom(bigIsqrt(n));
    },
    comb: (_s, args) => {
      nargs('math.comb', args, 2, 2, true);
      const n = bigOf(args[0]!), k = bigOf(args[1]!);
      if (n < 0n) raise(PyExc.ValueError, 'n must be a non-negative integer');
      if (k < 0n) raise(PyExc.ValueError, 'k must be a non-negative integer');
      if (k > n) return intFrom(0);
      const kk = k > n - k ? n - k : k;
      let r = 1n;
      for (let i = 1n; i <= kk; i++) r = (r * (n - kk + i)) / i;
      return intFrom(r);
    },
    perm: (_s, args) => {
      nargs('math.perm', args, 1, 2, true);
      const n = bigOf(args[0]!);
      const k = args.length > 1 && args[1]!.type.name !== 'NoneType' ? bigOf(args[1]!) : n;
      if (n < 0n) raise(PyExc.ValueError, 'n must be a non-negative integer');
      if (k < 0n) raise(PyExc.ValueError, 'k must be a non-negative integer');
      if (k > n) return intFrom(0);
      let r = 1n;
      for (let i = 0n; i < k; i++) r *= n - i;
      return intFrom(r);
    },
    gamma: (_s, args) => {
      nargs('math.gamma', args, 1, 1, true);
      const x = num(args[0]!);
      if (Number.isNaN(x)) return newFloat(x);
      if (x === Infinity) return newFloat(x);
      if (x === -Infinity || (Number.isInteger(x) && x <= 0)) domain();
      const r = gammaFn(x);
      if (!Number.isFinite(r)) range();
      return newFloat(r);
    },
    lgamma: (_s, args) => {
      nargs('math.lgamma', args, 1, 1, true);
      const x = num(args[0]!);
      if (Number.isNaN(x)) return newFloat(x);
      if (!Number.isFinite(x)) return newFloat(Infinity);
      if (Number.isInteger(x) && x <= 0) domain();
      if (x === 1 || x === 2) return newFloat(0);
      const r = lgammaFn(x);
      if (!Number.isFinite(r)) range();
      return newFloat(r);
    },
    nextafter: (_s, args) => {
      nargs('math.nextafter', args, 2, 2, true);
      const x = num(args[0]!), y = num(args[1]!);
      if (Number.isNaN(x) || Number.isNaN(y)) return newFloat(NaN);
      if (x === y) return newFloat(y);
      if (x === 0) return newFloat(y > 0 ? 5e-324 : -5e-324);
      const b = new Float64Array([x]);
      const u = new BigInt64Array(b.buffer);
      u[0] = u[0]! + ((y > x) === (x > 0) ? 1n : -1n);
      return newFloat(b[0]!);
    },
    ulp: (_s, args) => {
      nargs('math.ulp', args, 1, 1, true);
      const x = Math.abs(num(args[0]!));
      if (!Number.isFinite(x)) return newFloat(x);
      const b = new Float64Array([x]);
      const u = new BigInt64Array(b.buffer);
      if (x === Number.MAX_VALUE) { u[0] = u[0]! - 1n; return newFloat(x - b[0]!); }
      u[0] = u[0]! + 1n;
      return newFloat(b[0]! - x);
    },
  };
  for (const name in F) {
    const fn = newBuiltin(name, F[name]!, m);
    const one = F[name] === sqrtFull ? sqrtFast : FAST1.get(F[name]!);
    if (one !== undefined) setFast(fn, null, one, null);
    d.setStr(name, fn);
    decref(fn);
  }
  const consts: [string, number][] = [['pi', Math.PI], ['e', Math.E], ['tau', 2 * Math.PI], ['inf', Infinity], ['nan', NaN]];
  for (const [n, v] of consts) { const f = newFloat(v); d.setStr(n, f); decref(f); }
  return m;
}

/** Lanczos approximation (g = 6.024680040776729583740234375, 13 terms) as mathmodule.c's lanczos_sum. */
const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_NUM = [23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408];
const LANCZOS_DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];

function lanczosSum(x: number): number {
  let num = 0, den = 0;
  if (x < 5.0) {
    for (let i = 12; i >= 0; i--) { num = num * x + LANCZOS_NUM[i]!; den = den * x + LANCZOS_DEN[i]!; }
  } else {
    for (let i = 0; i < 13; i++) { num = num / x + LANCZOS_NUM[i]!; den = den / x + LANCZOS_DEN[i]!; }
  }
  return num / den;
}

function gammaFn(x: number): number {
  if (Number.isInteger(x) && x > 0 && x <= 23) { let r = 1; for (let i = 2; i < x; i++) r *= i; return r; }
  const absx = Math.abs(x);
  if (absx < 1e-20) return 1 / x;
  if (absx > 200) return x < 0 ? 0 / Math.sin(Math.PI * x) : Infinity;
  const gmh = LANCZOS_G - 0.5;
  const y = absx + gmh;
  // The rounding error of y, folded back in (m_tgamma).
  let z: number;
  if (absx > gmh) z = (y - absx) - gmh; else z = (y - gmh) - absx;
  z = z * LANCZOS_G / y;
  let r: number;
  if (x < 0) {
    r = -Math.PI / sinpi(absx) / absx * Math.exp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140) r /= Math.pow(y, absx - 0.5);
    else { const sq = Math.pow(y, absx / 2 - 0.25); r /= sq; r /= sq; }
  } else {
    r = lanczosSum(absx) / Math.exp(y);
    r += z * r;
    if (absx < 140) r *= Math.pow(y, absx - 0.5);
    else { const sq = Math.pow(y, absx / 2 - 0.25); r *= sq; r *= sq; }
  }
  return r;
}

function lgammaFn(x: number): number {
  const absx = Math.abs(x);
  if (absx < 1e-20) return -Math.log(absx);
  let r = Math.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0) r = Math.log(Math.PI) - Math.log(Math.abs(sinpi(absx))) - Math.log(absx) - r;
  return r;
}

/** sin(pi*x) with exact zeros at integers (m_sinpi's argument reduction). */
function sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y);
  let r: number;
  switch (n) {
    case 0: r = Math.sin(Math.PI * y); break;
    case 1: r = Math.cos(Math.PI * (y - 0.5)); break;
    case 2: r = Math.sin(Math.PI * (1.0 - y)); break;
    case 3: r = -Math.cos(Math.PI * (y - 1.5)); break;
    default: r = Math.sin(Math.PI * (y - 2.0)); break;
  }
  return Math.sign(x) * r === 0 ? 0 * Math.sign(x) : (x < 0 ? -r : r);
}
