/**
 * Correctly rounded binary → decimal conversion of doubles, as CPython 3.12 does it
 * (Python/dtoa.c `_Py_dg_dtoa` modes 0, 2 and 3; Python/pystrtod.c `format_float_short`).
 *
 * Contract of `dtoa(x, mode, nd)`: `digits` has no trailing zeros, |x| ≈ 0.DIGITS × 10^decpt, ties
 * are rounded half-even on the EXACT binary value.
 *  - mode 0: the shortest digit string that reads back as x (repr).
 *  - mode 2: at most nd (≥ 1) significant digits.
 *  - mode 3: digits up to 10^-nd (nd may be negative); a value that rounds to zero yields digits ''
 *    with decpt = -nd, like dtoa.
 * x = 0 yields digits '0', decpt 1. The sign is reported apart (`neg`, true for -0.0).
 *
 * Speed: JS's toExponential/toFixed are exact except that they break ties upward; a tie can only
 * occur when x's binary expansion ends exactly one decimal place past the last kept digit, which
 * `mayTie` tests from x's exponent, so the exact BigInt expansion runs only for those rare values
 * (and for precisions JS does not accept).
 */

export interface Digits { digits: string; decpt: number; neg: boolean }

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** |x| = m × 2^e with m odd (x finite, non-zero). m < 2^53 is exact in a double. */
function decompose(x: number): { m: number; e: number } {
  f64[0] = x;
  const hi = u32[LITTLE ? 1 : 0]!, lo = u32[LITTLE ? 0 : 1]!;
  const bexp = (hi >>> 20) & 0x7ff;
  let m = (hi & 0xfffff) * 4294967296 + lo;
  let e: number;
  if (bexp === 0) e = -1074;
  else { m += 4503599627370496; e = bexp - 1075; }
  if (lo !== 0) {
    const tz = 31 - Math.clz32(lo & -lo);
    m /= 2 ** tz; e += tz;
  } else {
    m /= 4294967296; e += 32;
    while (m % 2 === 0) { m /= 2; e++; }
  }
  return { m, e };
}

/** Exact decimal expansion of |x| (finite, non-zero): 0.D × 10^decpt, D without trailing zeros. */
function exact(x: number): { d: string; decpt: number } {
  const { m, e } = decompose(x);
  let d: string;
  let decpt: number;
  if (e >= 0) {
    d = (BigInt(m) << BigInt(e)).toString();
    decpt = d.length;
  } else {
    d = (BigInt(m) * 5n ** BigInt(-e)).toString();
    decpt = d.length + e;
  }
  let end = d.length;
  while (end > 1 && d.charCodeAt(end - 1) === 48) end--;
  return { d: end === d.length ? d : d.slice(0, end), decpt };
}

/** Rounds 0.D × 10^decpt half-even to `keep` leading digits (keep may be ≤ 0). */
function roundAt(d: string, decpt: number, keep: number): { digits: string; decpt: number } {
  if (keep >= d.length) return { digits: d, decpt };
  if (keep < 0) return { digits: '', decpt };
  const first = d.charCodeAt(keep) - 48;
  let up: boolean;
  if (first !== 5) up = first > 5;
  else if (keep + 1 < d.length) up = true; // D has no trailing zeros: something non-zero follows
  else up = keep > 0 && (d.charCodeAt(keep - 1) - 48) % 2 === 1;
  if (!up) {
    let end = keep;
    while (end > 0 && d.charCodeAt(end - 1) === 48) end--;
    return { digits: d.slice(0, end), decpt };
  }
  // Increment the kept prefix: trailing 9s become zeros (and are dropped).
  let i = keep - 1;
  while (i >= 0 && d.charCodeAt(i) === 57) i--;
  if (i < 0) return { digits: '1', decpt: decpt + 1 };
  return { digits: d.slice(0, i) + String.fromCharCode(d.charCodeAt(i) + 1), decpt };
}

/**
 * True when rounding x at the decimal position 10^q may be an exact tie: x = m·2^e (m odd) is
 * an odd multiple of 10^q / 2 only if e = q - 1 and, for q > 0, 5^q divides m.
 */
function mayTie(x: number, q: number): boolean {
  const { m, e } = decompose(x);
  if (e !== q - 1) return false;
  return q <= 0 || (q <= 22 && m % 5 ** q === 0);
}

function stripZeros(s: string): string {
  let end = s.length;
  while (end > 1 && s.charCodeAt(end - 1) === 48) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** Splits JS exponential output "d.ddde±x" into digits/decpt. */
function fromExponential(s: string): { digits: string; decpt: number } {
  const ep = s.indexOf('e');
  const mant = s.charCodeAt(1) === 46 ? s[0]! + s.slice(2, ep) : s.slice(0, ep);
  return { digits: stripZeros(mant), decpt: parseInt(s.slice(ep + 1), 10) + 1 };
}

export function dtoa(x: number, mode: 0 | 2 | 3, nd: number): Digits {
  const neg = x < 0 || (x === 0 && 1 / x < 0);
  const a = neg ? -x : x;
  if (a === 0) return { digits: '0', decpt: 1, neg };
  if (mode === 0) {
    const r = fromExponential(a.toExponential());
    return { digits: r.digits, decpt: r.decpt, neg };
  }
  if (mode === 2) {
    if (nd < 1) nd = 1;
    if (nd <= 101) {
      const r = fromExponential(a.toExponential(nd - 1));
      // The last kept digit sits at 10^(decpt-nd); a carry may have raised decpt by one.
      const q = r.decpt - nd;
      if (!mayTie(a, q) && !mayTie(a, q - 1)) return { digits: r.digits, decpt: r.decpt, neg };
    }
    const ex = exact(a);
    const r = roundAt(ex.d, ex.decpt, nd);
    return { digits: r.digits, decpt: r.decpt, neg };
  }
  // mode 3
  if (nd >= 0 && nd <= 100 && a < 1e21 && !mayTie(a, -nd)) {
    const s = a.toFixed(nd);
    const dot = s.indexOf('.');
    const ip = dot < 0 ? s : s.slice(0, dot);
    const fp = dot < 0 ? '' : s.slice(dot + 1);
    if (ip !== '0') return { digits: stripZeros(ip + fp), decpt: ip.length, neg };
    let z = 0;
    while (z < fp.length && fp.charCodeAt(z) === 48) z++;
    if (z === fp.length) return { digits: '', decpt: -nd, neg };
    return { digits: stripZeros(fp.slice(z)), decpt: -z, neg };
  }
  const ex = exact(a);
  const r = roundAt(ex.d, ex.decpt, ex.decpt + nd);
  if (r.digits === '') return { digits: '', decpt: -nd, neg };
  return { digits: r.digits, decpt: r.decpt, neg };
}

export const DTSF_SIGN = 1;
export const DTSF_ADD_DOT_0 = 2;
export const DTSF_ALT = 4;
export const DTSF_NO_NEG_0 = 8;

/**
 * PyOS_double_to_string: `code` is one of e E f F g G r; `precision` is ignored for 'r'.
 * Output is ASCII: [sign]digits[.digits][e±XX], 'inf'/'nan' (upper case for E F G).
 */
export function doubleToString(x: number, code: string, precision: number, flags: number): string {
  const upper = code === 'E' || code === 'F' || code === 'G';
  const fc = upper ? code.toLowerCase() : code;
  let mode: 0 | 2 | 3;
  let prec = precision;
  if (fc === 'e') { mode = 2; prec++; }
  else if (fc === 'f') mode = 3;
  else if (fc === 'g') { mode = 2; if (prec === 0) prec = 1; }
  else { mode = 0; prec = 0; }
  const alt = (flags & DTSF_ALT) !== 0;
  const addDot0 = (flags & DTSF_ADD_DOT_0) !== 0;
  if (x !== x) return (flags & DTSF_SIGN ? '+' : '') + (upper ? 'NAN' : 'nan');
  let sign: string;
  if (x === Infinity || x === -Infinity) {
    sign = x < 0 ? '-' : flags & DTSF_SIGN ? '+' : '';
    return sign + (upper ? 'INF' : 'inf');
  }
  const r = dtoa(x, mode, prec);
  const digits = r.digits;
  const n = digits.length;
  let neg = r.neg;
  if (neg && flags & DTSF_NO_NEG_0 && (n === 0 || (n === 1 && digits === '0'))) neg = false;
  sign = neg ? '-' : flags & DTSF_SIGN ? '+' : '';

  let decpt = r.decpt;
  let vend = n;
  let useExp = false;
  if (fc === 'e') { useExp = true; vend = prec; }
  else if (fc === 'f') vend = decpt + prec;
  else if (fc === 'g') {
    if (decpt <= -4 || decpt > (addDot0 ? prec - 1 : prec)) useExp = true;
    if (alt) vend = prec;
  } else if (decpt <= -4 || decpt > 16) useExp = true;
  let exp = 0;
  if (useExp) { exp = decpt - 1; decpt = 1; }
  const vstart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vend = vend > decpt ? vend : decpt + 1;
  else vend = vend > decpt ? vend : decpt;

  // Output the slice [vstart, vend) of the digits padded with zeros on both sides, with the
  // decimal point after position decpt.
  let out = sign;
  if (decpt <= 0) out += '0'.repeat(decpt - vstart) + '.' + '0'.repeat(-decpt);
  else if (vstart < 0) out += '0'.repeat(-vstart);
  if (decpt > 0 && decpt <= n) out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  else out += digits;
  if (n < decpt) out += '0'.repeat(decpt - n) + '.' + '0'.repeat(vend - decpt);
  else if (vend > n) out += '0'.repeat(vend - n);
  if (!alt && out.charCodeAt(out.length - 1) === 46) out = out.slice(0, -1);
  if (useExp) {
    const ae = exp < 0 ? -exp : exp;
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' : '') + ae;
  }
  return out;
}

/** float.__round__(x, nd) for finite x (floatobject.c double_round): dtoa mode 3, read back. */
export function roundDouble(x: number, nd: number): number {
  if (nd > 323) return x;
  if (nd < -308) return 0 * x;
  const r = dtoa(x, 3, nd);
  const n = r.digits.length;
  const v = Number((r.neg ? '-' : '') + '0' + r.digits + 'e' + (r.decpt - n));
  return v;
}
