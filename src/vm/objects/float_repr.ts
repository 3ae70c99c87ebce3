/**
 * repr(float) as CPython prints it: the shortest string that round-trips (JS's shortest digits),
 * laid out with CPython's rules: scientific notation when the decimal exponent is < -4 or >= 16,
 * at least two exponent digits, '.0' appended to integral values, 'inf'/'nan'.
 */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const neg = x < 0;
  const e = Math.abs(x).toExponential();
  const [mant, expS] = e.split('e') as [string, string];
  const digits = mant.replace('.', '');
  const decpt = Number(expS) + 1;
  let out: string;
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) out = '0.' + '0'.repeat(-decpt) + digits;
    else if (decpt >= digits.length) out = digits + '0'.repeat(decpt - digits.length) + '.0';
    else out = digits.slice(0, decpt) + '.' + digits.slice(decpt);
  } else {
    const ex = decpt - 1;
    const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const ae = Math.abs(ex);
    out = m + 'e' + (ex < 0 ? '-' : '+') + (ae < 10 ? '0' + ae : String(ae));
  }
  return neg ? '-' + out : out;
}
