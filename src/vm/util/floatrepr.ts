/**
 * Python's float repr (`repr(x)` / `str(x)` in 3.12, Python/pystrtod.c format_float_short with
 * mode 'r'): the shortest digit string that round-trips, in fixed notation when the decimal
 * exponent is in [-4, 16) and scientific otherwise (`1e+16`, `1e-05`, `1.5e+300`); integral
 * values get `.0`; `inf`, `-inf`, `nan` (never `-nan`); `-0.0` keeps its sign.
 *
 * JS's `toExponential()` without argument yields exactly the shortest round-trip digits, so
 * only the layout is Python-specific.
 */

/** Shortest round-trip digits of |x| (finite, non-zero allowed) and decpt: |x| = 0.DIGITS × 10^decpt. */
function shortest(x: number): { digits: string; decpt: number } {
  if (x === 0) return { digits: '0', decpt: 1 };
  const s = Math.abs(x).toExponential();
  const e = s.indexOf('e');
  const digits = s.slice(0, e).replace('.', '');
  return { digits, decpt: parseInt(s.slice(e + 1), 10) + 1 };
}

/**
 * format_float_short for 'r' with precision 0: `addDot0` adds `.0` to integral fixed-notation
 * values (float repr does, complex parts do not); `alwaysSign` prefixes '+' to non-negatives.
 */
export function formatFloatR(x: number, addDot0: boolean, alwaysSign = false): string {
  if (Number.isNaN(x)) return alwaysSign ? '+nan' : 'nan';
  const neg = x < 0 || Object.is(x, -0);
  const sign = neg ? '-' : alwaysSign ? '+' : '';
  if (!Number.isFinite(x)) return sign + 'inf';
  const { digits, decpt } = shortest(x);
  const n = digits.length;
  if (decpt <= -4 || decpt > 16) {
    const exp = decpt - 1;
    const mant = n > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const a = Math.abs(exp);
    return sign + mant + 'e' + (exp < 0 ? '-' : '+') + (a < 10 ? '0' : '') + a;
  }
  if (decpt <= 0) return sign + '0.' + '0'.repeat(-decpt) + digits;
  if (decpt < n) return sign + digits.slice(0, decpt) + '.' + digits.slice(decpt);
  return sign + digits + '0'.repeat(decpt - n) + (addDot0 ? '.0' : '');
}

/** `repr(float)`. */
export function floatRepr(x: number): string {
  return formatFloatR(x, true);
}

/** `repr(complex)` (Objects/complexobject.c complex_repr). */
export function complexRepr(re: number, im: number): string {
  if (re === 0 && !Object.is(re, -0)) return formatFloatR(im, false) + 'j';
  return '(' + formatFloatR(re, false) + formatFloatR(im, false, true) + 'j)';
}
