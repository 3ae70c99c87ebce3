/**
 * The format-spec mini-language (Python/formatter_unicode.c): `format()`, f-string `{x:spec}`,
 * `str.format` fields and the builtin `__format__` methods of int, bool, float, complex and str.
 *
 * Contracts:
 * - `parseSpec` accepts exactly CPython 3.12's grammar
 *   `[[fill]align][sign][z][#][0][width][,|_][.precision][type]` and raises its errors.
 * - Numbers are laid out as | lpad | sign | prefix | spad | grouped digits | remainder | rpad |
 *   (calc_number_widths); zero padding ('0' fill with '=' alignment) happens inside the digit
 *   grouping so that separators also appear among the padding zeros.
 * - Float text comes from util/dtoa.ts (correctly rounded, ties half-even on the exact value).
 * - `formatObject` is PyObject_Format: exact str/int/float/complex skip the `__format__` lookup.
 * str.format lives in strformat.ts, printf-style `%` in printf.ts.
 */
import type { PyObject } from '../objects/object';
import { PyStr, newStr, newStrFresh, strType } from '../objects/str';
import { PyInt, intType, intRepr, toBig } from '../objects/int';
import { PyFloat, floatType } from '../objects/float';
import { PyComplex, complexType } from '../objects/complex';
import { lookup } from '../objects/type';
import { defMethods } from '../objects/builtin_function';
import { doubleToString, DTSF_ADD_DOT_0, DTSF_ALT, DTSF_NO_NEG_0 } from '../util/dtoa';
import { raise, PyExc } from './errors';
import { decref } from './refcount';
import * as A from './abstract';

export interface Spec {
  fill: string;
  align: string;
  sign: string;
  noNeg0: boolean;
  alt: boolean;
  width: number;
  /** '' | ',' | '_' */
  sep: string;
  /** digits per group: 3, or 4 for '_' with b/o/x/X */
  every: number;
  precision: number;
  type: string;
}

function isAlign(c: string | undefined): boolean {
  return c === '<' || c === '>' || c === '=' || c === '^';
}

const MAX_SSIZE = 9223372036854775807n;

/** Reads ASCII decimal digits from cps[pos]; returns [value or -1 when none, new pos]. */
function readInt(cps: string[], pos: number): [number, number] {
  const start = pos;
  let acc = 0;
  let big = -1n;
  while (pos < cps.length) {
    const c = cps[pos]!;
    if (c < '0' || c > '9') break;
    const d = c.charCodeAt(0) - 48;
    if (big < 0n && acc < 1e14) acc = acc * 10 + d;
    else {
      // Past 2**53 the count continues exactly in a bigint, up to Py_ssize_t's maximum.
      big = (big < 0n ? BigInt(acc) : big) * 10n + BigInt(d);
      if (big > MAX_SSIZE) raise(PyExc.ValueError, 'Too many decimal digits in format string');
    }
    pos++;
  }
  return [pos === start ? -1 : big >= 0n ? Number(big) : acc, pos];
}

function typeChar(t: string): string {
  const c = t.codePointAt(0)!;
  return c > 32 && c < 128 ? `'${t}'` : `'\\x${c.toString(16)}'`;
}

/**
 * Successfully parsed specs by defType + defAlign + spec (the type name only words errors, which
 * are never cached). Specs are shared and must not be mutated. Bounded: cleared when full.
 */
const specCache = new Map<string, Spec>();

/** parse_internal_render_format_spec. `typeName` is the object's type name for error messages. */
export function parseSpec(spec: string, typeName: string, defType: string, defAlign: string): Spec {
  const key = defType + defAlign + spec;
  const hit = specCache.get(key);
  if (hit !== undefined) return hit;
  const s = parseSpecUncached(spec, typeName, defType, defAlign);
  if (specCache.size >= 512) specCache.clear();
  specCache.set(key, s);
  return s;
}

function parseSpecUncached(spec: string, typeName: string, defType: string, defAlign: string): Spec {
  const cps = spec.length < 64 && !/[\ud800-\udfff]/.test(spec) ? spec.split('') : Array.from(spec);
  const end = cps.length;
  let pos = 0;
  const s: Spec = { fill: ' ', align: defAlign, sign: '', noNeg0: false, alt: false, width: -1, sep: '', every: 3, precision: -1, type: defType };
  let alignGiven = false, fillGiven = false;
  if (end >= 2 && isAlign(cps[1])) {
    s.align = cps[1]!; s.fill = cps[0]!; fillGiven = alignGiven = true; pos = 2;
  } else if (end >= 1 && isAlign(cps[0])) {
    s.align = cps[0]!; alignGiven = true; pos = 1;
  }
  if (pos < end && (cps[pos] === ' ' || cps[pos] === '+' || cps[pos] === '-')) s.sign = cps[pos++]!;
  if (pos < end && cps[pos] === 'z') { s.noNeg0 = true; pos++; }
  if (pos < end && cps[pos] === '#') { s.alt = true; pos++; }
  if (!fillGiven && pos < end && cps[pos] === '0') {
    s.fill = '0';
    if (!alignGiven && defAlign === '>') s.align = '=';
    pos++;
  }
  [s.width, pos] = readInt(cps, pos);
  if (pos < end && cps[pos] === ',') { s.sep = ','; pos++; }
  if (pos < end && cps[pos] === '_') {
    if (s.sep) raise(PyExc.ValueError, "Cannot specify both ',' and '_'.");
    s.sep = '_'; pos++;
  }
  if (pos < end && cps[pos] === ',' && s.sep === '_') raise(PyExc.ValueError, "Cannot specify both ',' and '_'.");
  if (pos < end && cps[pos] === '.') {
    pos++;
    [s.precision, pos] = readInt(cps, pos);
    if (s.precision < 0) raise(PyExc.ValueError, 'Format specifier missing precision');
  }
  if (end - pos > 1) raise(PyExc.ValueError, `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  if (end - pos === 1) s.type = cps[pos]!;
  if (s.sep) {
    switch (s.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '':
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (s.sep === '_') { s.every = 4; break; }
        raise(PyExc.ValueError, `Cannot specify '${s.sep}' with ${typeChar(s.type)}.`);
      default:
        raise(PyExc.ValueError, `Cannot specify '${s.sep}' with ${typeChar(s.type)}.`);
    }
  }
  return s;
}

function unknownType(t: string, typeName: string): never {
  raise(PyExc.ValueError, `Unknown format code ${typeChar(t)} for object of type '${typeName}'`);
}

/** Code point length (astral characters count once). */
function cpLen(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { n--; i++; }
    }
  }
  return n;
}

/** _PyUnicode_InsertThousandsGrouping: digits grouped right to left, zero-padded to minWidth. */
function group(digits: string, sep: string, every: number, minWidth: number): string {
  let remaining = digits.length;
  let mw = minWidth > 0 ? minWidth : 0;
  let pos = digits.length;
  if (!sep) {
    const len = Math.max(remaining, mw, 1);
    return len > remaining ? '0'.repeat(len - remaining) + digits : digits;
  }
  const parts: string[] = [];
  for (;;) {
    const len = Math.min(every, Math.max(remaining, mw, 1));
    const zeros = Math.max(0, len - remaining);
    const chars = Math.max(0, Math.min(remaining, len));
    parts.push((zeros ? '0'.repeat(zeros) : '') + digits.slice(pos - chars, pos));
    pos -= chars;
    remaining -= chars;
    mw -= len;
    if (remaining <= 0 && mw <= 0) break;
    mw -= sep.length;
  }
  return parts.reverse().join(sep);
}

/**
 * calc_number_widths + fill_number. `negative` is the number's sign; `digits` the integer digits
 * to group; `remainder` everything after them (decimal point, fraction, exponent, '%', or the
 * character of 'c'). `spec.width`/`align`/`fill` may be overridden by the caller (complex).
 */
function layoutNumber(s: Spec, negative: boolean, prefix: string, digits: string, remainder: string): string {
  let sign = '';
  if (s.sign === '+') sign = negative ? '-' : '+';
  else if (s.sign === ' ') sign = negative ? '-' : ' ';
  else if (negative) sign = '-';
  const nonDigit = sign.length + prefix.length + cpLen(remainder);
  const minWidth = s.fill === '0' && s.align === '=' ? s.width - nonDigit : 0;
  const grouped = digits.length ? group(digits, s.sep, s.every, minWidth) : '';
  const pad = s.width - (nonDigit + grouped.length);
  const body = grouped + remainder;
  if (pad <= 0) return sign + prefix + body;
  const f = s.fill;
  switch (s.align) {
    case '<': return sign + prefix + body + f.repeat(pad);
    case '^': { const l = pad >> 1; return f.repeat(l) + sign + prefix + body + f.repeat(pad - l); }
    case '=': return sign + prefix + f.repeat(pad) + body;
    default: return f.repeat(pad) + sign + prefix + body;
  }
}

// ---- str ---------------------------------------------------------------------------------

/** format_string_internal. */
export function formatStrSpec(v: PyStr, spec: string, typeName = 'str'): string {
  const s = parseSpec(spec, typeName, 's', '<');
  if (s.type !== 's') unknownType(s.type, typeName);
  if (s.sign) raise(PyExc.ValueError, s.sign === ' ' ? 'Space not allowed in string format specifier' : 'Sign not allowed in string format specifier');
  if (s.noNeg0) raise(PyExc.ValueError, 'Negative zero coercion (z) not allowed in string format specifier');
  if (s.alt) raise(PyExc.ValueError, 'Alternate form (#) not allowed in string format specifier');
  if (s.align === '=') raise(PyExc.ValueError, "'=' alignment not allowed in string format specifier");
  let len = v.n;
  if ((s.width < 0 || s.width <= len) && (s.precision < 0 || s.precision >= len)) return v.s;
  let body = v.s;
  if (s.precision >= 0 && len >= s.precision) { len = s.precision; body = v.slice(0, len); }
  const total = s.width > len ? s.width : len;
  const padn = total - len;
  if (!padn) return body;
  if (s.align === '>') return s.fill.repeat(padn) + body;
  if (s.align === '^') { const l = padn >> 1; return s.fill.repeat(l) + body + s.fill.repeat(padn - l); }
  return body + s.fill.repeat(padn);
}

// ---- int ---------------------------------------------------------------------------------

/** format_long_internal for a parsed spec whose type is one of b c d o x X n. */
function formatLongSpec(v: number | bigint, s: Spec): string {
  if (s.precision !== -1) raise(PyExc.ValueError, 'Precision not allowed in integer format specifier');
  if (s.noNeg0) raise(PyExc.ValueError, 'Negative zero coercion (z) not allowed in integer format specifier');
  if (s.type === 'c') {
    if (s.sign) raise(PyExc.ValueError, "Sign not allowed with integer format specifier 'c'");
    if (s.alt) raise(PyExc.ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
    const x = typeof v === 'bigint' ? v : BigInt(v);
    if (x > 9223372036854775807n || x < -9223372036854775808n) raise(PyExc.OverflowError, 'Python int too large to convert to C long');
    if (x < 0n || x > 0x10ffffn) raise(PyExc.OverflowError, '%c arg not in range(0x110000)');
    return layoutNumber(s, false, '', '', String.fromCodePoint(Number(x)));
  }
  let base = 10, prefix = '';
  switch (s.type) {
    case 'b': base = 2; prefix = '0b'; break;
    case 'o': base = 8; prefix = '0o'; break;
    case 'x': base = 16; prefix = '0x'; break;
    case 'X': base = 16; prefix = '0X'; break;
  }
  const negative = v < 0;
  let digits = typeof v === 'number' ? Math.abs(v).toString(base) : (negative ? -v : v).toString(base);
  if (s.type === 'X') digits = digits.toUpperCase();
  // 'n' formats with the current locale: the C locale has no thousands grouping.
  return layoutNumber(s, negative, s.alt ? prefix : '', digits, '');
}

/** float(x) for the float presentation types of int.__format__ (PyNumber_Float). */
function intAsDouble(v: number | bigint): number {
  if (typeof v === 'number') return v;
  const f = Number(v);
  if (!Number.isFinite(f)) raise(PyExc.OverflowError, 'int too large to convert to float');
  return f;
}

/** _PyLong_FormatAdvancedWriter (non-empty spec). */
export function formatIntSpec(v: number | bigint, spec: string, typeName = 'int'): string {
  const s = parseSpec(spec, typeName, 'd', '>');
  switch (s.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      return formatLongSpec(v, s);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return formatFloatParsed(intAsDouble(v), s);
    default:
      unknownType(s.type, typeName);
  }
}

// ---- float -------------------------------------------------------------------------------

/** format_float_internal for a parsed spec. */
function formatFloatParsed(val: number, s: Spec): string {
  let type = s.type;
  let precision = s.precision;
  if (precision > 2147483647) raise(PyExc.ValueError, 'precision too big');
  let flags = 0;
  if (s.alt) flags |= DTSF_ALT;
  if (s.noNeg0) flags |= DTSF_NO_NEG_0;
  let defPrec = 6;
  if (type === '') { flags |= DTSF_ADD_DOT_0; type = 'r'; defPrec = 0; }
  if (type === 'n') type = 'g';
  let pct = false;
  if (type === '%') { type = 'f'; val *= 100; pct = true; }
  if (precision < 0) precision = defPrec;
  else if (type === 'r') type = 'g';
  let buf = doubleToString(val, type, precision, flags);
  if (pct) buf += '%';
  if (s.sign !== '+' && s.sign !== ' ' && s.width === -1 && s.type !== 'n' && !s.sep) return buf;
  const negative = buf.charCodeAt(0) === 45;
  if (negative) buf = buf.slice(1);
  let i = 0;
  while (i < buf.length && buf.charCodeAt(i) >= 48 && buf.charCodeAt(i) <= 57) i++;
  return layoutNumber(s, negative, '', buf.slice(0, i), buf.slice(i));
}

/** _PyFloat_FormatAdvancedWriter (non-empty spec). */
export function formatFloatSpec(val: number, spec: string, typeName = 'float'): string {
  const s = parseSpec(spec, typeName, '', '>');
  switch (s.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return formatFloatParsed(val, s);
    default:
      unknownType(s.type, typeName);
  }
}

// ---- complex -----------------------------------------------------------------------------

/** _PyComplex_FormatAdvancedWriter (non-empty spec). */
export function formatComplexSpec(re: number, im: number, spec: string, typeName = 'complex'): string {
  const s = parseSpec(spec, typeName, '', '>');
  switch (s.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': break;
    default: unknownType(s.type, typeName);
  }
  if (s.precision > 2147483647) raise(PyExc.ValueError, 'precision too big');
  if (s.fill === '0') raise(PyExc.ValueError, 'Zero padding is not allowed in complex format specifier');
  if (s.align === '=') raise(PyExc.ValueError, "'=' alignment flag is not allowed in complex format specifier");
  let flags = 0;
  if (s.alt) flags |= DTSF_ALT;
  if (s.noNeg0) flags |= DTSF_NO_NEG_0;
  let type: string = s.type;
  let precision = s.precision;
  let defPrec = 6;
  let skipRe = false, parens = false;
  if (type === '') {
    type = 'r'; defPrec = 0;
    if (re === 0 && 1 / re > 0) skipRe = true; else parens = true;
  }
  if (type === 'n') type = 'g';
  if (precision < 0) precision = defPrec;
  else if (type === 'r') type = 'g';
  const part = (x: number, sign: string): string => {
    let buf = doubleToString(x, type, precision, flags);
    const negative = buf.charCodeAt(0) === 45;
    if (negative) buf = buf.slice(1);
    let i = 0;
    while (i < buf.length && buf.charCodeAt(i) >= 48 && buf.charCodeAt(i) <= 57) i++;
    const sub: Spec = { ...s, fill: '', align: '<', width: -1, sign };
    return layoutNumber(sub, negative, '', buf.slice(0, i), buf.slice(i));
  };
  const rePart = skipRe ? '' : part(re, s.sign);
  const imPart = part(im, skipRe ? s.sign : '+');
  const body = (parens ? '(' : '') + rePart + imPart + 'j' + (parens ? ')' : '');
  const len = body.length;
  const total = s.width > len ? s.width : len;
  const padn = total - len;
  if (!padn) return body;
  if (s.align === '<') return body + s.fill.repeat(padn);
  if (s.align === '^') { const l = padn >> 1; return s.fill.repeat(l) + body + s.fill.repeat(padn - l); }
  return s.fill.repeat(padn) + body;
}

// ---- PyObject_Format ---------------------------------------------------------------------

/** The builtin `__format__` of int/float/complex/str applied to `o` (an instance of that kind). */
function builtinFormat(o: PyObject, spec: string): PyObject {
  const tn = o.type.name;
  if (o instanceof PyStr) return spec === '' ? A.str(o) : newStr(formatStrSpec(o, spec, tn));
  if (o instanceof PyInt) return spec === '' ? A.str(o) : newStr(formatIntSpec(o.v, spec, tn));
  if (o instanceof PyFloat) return spec === '' ? A.str(o) : newStr(formatFloatSpec(o.v, spec, tn));
  const c = o as PyComplex;
  return spec === '' ? A.str(o) : newStr(formatComplexSpec(c.re, c.im, spec, tn));
}

/** format(obj, spec) (PyObject_Format): new str reference. */
export function formatObject(o: PyObject, spec: string): PyObject {
  const t = o.type;
  if (t === strType) {
    if (spec === '') { o.ob_refcnt++; return o; }
    return newStr(formatStrSpec(o as PyStr, spec));
  }
  if (t === intType) return newStrFresh(spec === '' ? intRepr((o as PyInt).v) : formatIntSpec((o as PyInt).v, spec));
  if (t === floatType) return spec === '' ? A.str(o) : newStr(formatFloatSpec((o as PyFloat).v, spec));
  if (t === complexType) return spec === '' ? A.str(o) : newStr(formatComplexSpec((o as PyComplex).re, (o as PyComplex).im, spec));
  const f = lookup(t, '__format__');
  if (!f) raise(PyExc.TypeError, `Type ${t.name} doesn't define __format__`);
  const sp = newStr(spec);
  let r: PyObject;
  try {
    r = A.callDescr(f, o, [sp]);
  } finally { decref(sp); }
  if (!(r instanceof PyStr)) {
    const n = r.type.name;
    decref(r);
    raise(PyExc.TypeError, `__format__ must return a str, not ${n}`);
  }
  return r;
}

/** Installs `__format__` on int (and so bool), float, complex and str. Run after the type dicts exist. */
export function initFormatMethods(): void {
  const method = (self: PyObject | null, args: PyObject[]): PyObject => {
    if (args.length !== 1) raise(PyExc.TypeError, `__format__() takes exactly one argument (${args.length} given)`);
    const spec = args[0]!;
    if (!(spec instanceof PyStr)) raise(PyExc.TypeError, `__format__() argument must be str, not ${spec.type.name}`);
    return builtinFormat(self!, spec.s);
  };
  for (const t of [intType, floatType, complexType, strType]) defMethods(t, { __format__: method });
}

/** bin()/oct()/hex() text of an int value (PyNumber_ToBase). */
export function intToBase(v: number | bigint, base: 2 | 8 | 16): string {
  const neg = v < 0;
  const a = typeof v === 'number' ? Math.abs(v) : neg ? -v : v;
  const p = base === 2 ? '0b' : base === 8 ? '0o' : '0x';
  return (neg ? '-' : '') + p + a.toString(base);
}

export { toBig };
