/**
 * erf and erfc rounded from a high-precision evaluation (BigInt fixed point), standing in for
 * glibc's erf/erfc (which CPython 3.12's math module calls). glibc's results are within an ulp
 * and almost always the correctly rounded value, which is what these return.
 *
 * Method: for x > 0, erf(x) = 2/sqrt(pi) * exp(-x^2) * S(x) with
 *   S(x) = sum_{n>=0} 2^n x^(2n+1) / (1*3*...*(2n+1))
 * (all terms positive: no cancellation inside the sum). erfc(x) = 1 - erf(x) is formed in the same
 * fixed point with enough fractional bits that the difference keeps 53+ significant bits down to
 * the subnormal range. x is a double, so x^2 is an exact rational and every step is exact
 * fixed-point arithmetic with truncation errors far below the guard bits.
 */

const GUARD = 72;

/** x = m * 2^e with m an odd-or-zero integer (exact decomposition of a finite double). */
function decompose(x: number): [bigint, number] {
  if (x === 0) return [0n, 0];
  let e = 0;
  let m = Math.abs(x);
  // Scale into the integers exactly (multiplying by powers of two is exact for doubles).
  while (!Number.isInteger(m)) { m *= 2 ** 32; e -= 32; }
  let mb = BigInt(m);
  while ((mb & 1n) === 0n) { mb >>= 1n; e++; }
  return [mb, e];
}

/** round(v * 2^P) of the double v (exact shift; v's bits all fit). */
function toFixed(m: bigint, e: number, P: number): bigint {
  const s = e + P;
  return s >= 0 ? m << BigInt(s) : m >> BigInt(-s);
}

/** atan(1/k) * 2^P by its alternating Taylor series. */
function atanInv(k: bigint, P: number): bigint {
  const one = 1n << BigInt(P);
  let term = one / k;
  const k2 = k * k;
  let sum = term;
  for (let n = 1n; term !== 0n; n++) {
    term /= k2;
    const t = term / (2n * n + 1n);
    sum += n % 2n === 1n ? -t : t;
  }
  return sum;
}

/** Precision of the cached 2/sqrt(pi); erfc's largest argument needs ~2300 bits. */
const MAXP = 2600;
let twoOverSqrtPiMax = 0n;

/** 2/sqrt(pi) * 2^W (W <= MAXP), from one evaluation at MAXP bits (Machin's formula for pi). */
function twoOverSqrtPi(W: number): bigint {
  if (twoOverSqrtPiMax === 0n) {
    const Q = MAXP + 32;
    const pi = 16n * atanInv(5n, Q) - 4n * atanInv(239n, Q);
    const sqrtPi = isqrt(pi << BigInt(Q));
    twoOverSqrtPiMax = (1n << BigInt(2 * Q + 1)) / sqrtPi >> 32n;
  }
  return twoOverSqrtPiMax >> BigInt(MAXP - W);
}

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  // Newton from a power of two above the root: the iterates decrease to floor(sqrt(n)).
  let x = 1n << BigInt((n.toString(2).length >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** exp(-t) * 2^P for t = tm * 2^te >= 0 (exact rational), by halving then squaring. */
function expNeg(tm: bigint, te: number, P: number): bigint {
  // t / 2^s < 1/2: pick s from t's magnitude.
  const tBits = tm.toString(2).length + te;
  const s = Math.max(0, tBits + 1);
  const W = P + s + 16;
  const one = 1n << BigInt(W);
  const r = toFixed(tm, te - s, W);
  // exp(-r) by its Taylor series (alternating, |r| < 1/2).
  let term = one;
  let sum = one;
  for (let n = 1n; term !== 0n; n++) {
    term = (term * r >> BigInt(W)) / n;
    sum += n % 2n === 1n ? -term : term;
  }
  let v = sum;
  for (let i = 0; i < s; i++) v = v * v >> BigInt(W);
  return v >> BigInt(W - P);
}

/** The double nearest to n * 2^-P (n >= 0), ties to even, subnormals and underflow included. */
function fixedToDouble(n: bigint, P: number): number {
  if (n === 0n) return 0;
  const bl = n.toString(2).length;
  const lead = bl - 1 - P;
  if (lead > 1023) return Infinity;
  // Lowest kept bit: 53 bits below the leading one, or 2^-1074 for subnormals.
  const lowExp = Math.max(lead - 52, -1074);
  const shift = lowExp + P;
  let q: bigint;
  if (shift <= 0) q = n << BigInt(-shift);
  else {
    q = n >> BigInt(shift);
    const rem = n - (q << BigInt(shift));
    const half = 1n << BigInt(shift - 1);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  }
  // q * 2^lowExp in two exact steps (2^lowExp alone may underflow).
  const a = Math.max(lowExp, -1000);
  return Number(q) * 2 ** a * 2 ** (lowExp - a);
}

/** erf(|x|) * 2^P and the precision used, for finite x != 0. */
function erfAbsFixed(x: number, extra: number): bigint {
  const [m, e] = decompose(x);
  const P = extra;
  const W = P + GUARD;
  // x^2 = m^2 * 2^(2e)
  const x2m = m * m, x2e = 2 * e;
  const ex = expNeg(x2m, x2e, W);
  const xf = toFixed(m, e, W);
  const twoX2 = toFixed(x2m, x2e + 1, W);
  let term = xf;
  let sum = xf;
  for (let k = 3n; term !== 0n; k += 2n) {
    term = (term * twoX2 >> BigInt(W)) / k;
    sum += term;
  }
  const v = (sum * ex >> BigInt(W)) * twoOverSqrtPi(W) >> BigInt(W);
  return v >> BigInt(GUARD);
}

function magnitudeBits(x: number): number {
  return Math.max(0, -Math.floor(Math.log2(Math.abs(x))));
}

export function erf(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === 0) return x;
  if (!Number.isFinite(x)) return x > 0 ? 1 : -1;
  const ax = Math.abs(x);
  if (ax >= 6) return x > 0 ? 1 : -1;
  // glibc: x + (erf(x) - x) in double arithmetic below 0.84375 (see erfc).
  if (ax < 0.84375 && ax >= 2 ** -28) return x + erfMinusX(x);
  const P = 64 + magnitudeBits(x) + Math.ceil(ax * ax * 1.4427);
  const r = fixedToDouble(erfAbsFixed(ax, P), P);
  return x > 0 ? r : -r;
}

/** erf(x) - x rounded once, for 0 < |x| < 1. */
function erfMinusX(x: number): number {
  const ax = Math.abs(x);
  const [m, e] = decompose(ax);
  const P = 64 + 3 * magnitudeBits(x) + 8;
  const d = fixedToDouble(toFixed(m, e, P) - erfAbsFixed(ax, P), P);
  return x > 0 ? -d : d;
}

/** The correctly rounded erfc(x) for x > 0. */
function erfcPos(x: number): number {
  if (x >= 27.3) return 0;
  const x2bits = Math.ceil(x * x * 1.4427);
  // Cancellation in 1 - erf(x): erfc(x) ~ 2^-(x^2 log2 e), so the fixed point needs that many
  // more fractional bits on top of the 53+guard significant ones.
  const P = 64 + magnitudeBits(x) + 2 * x2bits + 8;
  return fixedToDouble((1n << BigInt(P)) - erfAbsFixed(x, P), P);
}

/**
 * erfc. glibc forms erfc from pieces in double arithmetic in some ranges, and CPython prints
 * those roundings; the same final operations are done here on correctly rounded pieces:
 * |x| < 0.84375: 1 - (x + d) for x < 1/4, else 1/2 - (d + (x - 1/2)), with d = erf(x) - x;
 * -1.25 < x <= -0.84375: 1 + erf(-x); x <= -1.25: 2 - erfc(-x). Elsewhere the correctly
 * rounded value.
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === Infinity) return 0;
  if (x === -Infinity) return 2;
  const ax = Math.abs(x);
  if (ax < 2 ** -56) return 1 - x;
  if (ax < 0.84375) {
    const d = erfMinusX(x);
    return x < 0.25 ? 1 - (x + d) : 0.5 - (d + (x - 0.5));
  }
  if (x > 0) return erfcPos(x);
  if (ax < 1.25) return 1 + erf(ax);
  if (ax >= 6) return 2;
  return 2 - erfcPos(ax);
}
