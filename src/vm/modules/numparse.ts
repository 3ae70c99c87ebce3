/** Constructors of int, float and str: int(x, base), float(x), str(obj[, encoding]). */
import type { PyObject } from '../objects/object';
import { PyStr, newStr, strType, PyStr as S } from '../objects/str';
import { PyInt, newInt, newIntBig, intFrom, intType, intMaxStrDigits } from '../objects/int';
import { PyFloat, newFloat, floatType } from '../objects/float';
import { PyType, lookup, TF_HAVE_GC } from '../objects/type';
import { gcTrack } from '../runtime/gc';
import { raise, PyExc } from '../runtime/errors';
import { strRepr } from '../objects/str';
import * as A from '../runtime/abstract';
import { decref } from '../runtime/refcount';
import { PyBytes } from '../objects/bytes';

/**
 * _PyUnicode_TransformDecimalAndSpaceToASCII: every Unicode decimal digit becomes its ASCII digit
 * (decimal digits come in contiguous runs 0..9, so the value is the position in the run mod 10).
 */
function asciiDecimals(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  return s.replace(/\p{Nd}/gu, (c) => {
    let cp = c.codePointAt(0)!, n = 0;
    while (/\p{Nd}/u.test(String.fromCodePoint(cp - 1))) { cp--; n++; }
    return String(n % 10);
  });
}

/** Py_ISSPACE: the whitespace PyLong_FromString skips (ASCII characters reach it untransformed,
 * so U+001C..U+001F, which str.strip removes, are not whitespace here). */
function asciiSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/** Sign of the last plainDecimal result. */
let plainNeg = false;
/**
 * int(s, 10) in the common case — ASCII whitespace around an optional sign and 1..15 ASCII
 * digits: the magnitude (sign in plainNeg), else -1 (the general parser decides).
 */
function plainDecimal(s: string): number {
  let i = 0, n = s.length;
  while (i < n && asciiSpace(s.charCodeAt(i))) i++;
  while (n > i && asciiSpace(s.charCodeAt(n - 1))) n--;
  plainNeg = false;
  if (i < n) { const c = s.charCodeAt(i); if (c === 0x2d || c === 0x2b) { plainNeg = c === 0x2d; i++; } }
  if (n - i < 1 || n - i > 15) return -1;
  let v = 0;
  for (; i < n; i++) {
    const d = s.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

export function intFromString(s: string, base: number): PyObject {
  if (base === 10) {
    const v = plainDecimal(s);
    if (v >= 0) return newInt(plainNeg ? -v : v);
  }
  const orig = s;
  s = asciiDecimals(s);
  let t = s.trim().replace(/_(?=[0-9a-zA-Z])/g, (m, off: number, str: string) => (off > 0 && /[0-9a-zA-Z]/.test(str[off - 1]!) ? '' : m));
  let neg = false;
  if (t.startsWith('-')) { neg = true; t = t.slice(1); } else if (t.startsWith('+')) t = t.slice(1);
  let b = base;
  const pfx = t.slice(0, 2).toLowerCase();
  if ((b === 16 || b === 0) && pfx === '0x') { b = 16; t = t.slice(2).replace(/^_/, ''); }
  else if ((b === 8 || b === 0) && pfx === '0o') { b = 8; t = t.slice(2).replace(/^_/, ''); }
  else if ((b === 2 || b === 0) && pfx === '0b') { b = 2; t = t.slice(2).replace(/^_/, ''); }
  else if (b === 0) { b = 10; if (/^0+[1-9]/.test(t)) t = '!'; }
  const digits = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, b);
  const low = t.toLowerCase();
  if (!low.length || [...low].some((c) => !digits.includes(c)) || /__/.test(s)) {
    raise(PyExc.ValueError, `invalid literal for int() with base ${base}: ${strRepr(orig)}`);
  }
  if (intMaxStrDigits > 0 && low.length > intMaxStrDigits && (b & (b - 1)) !== 0) {
    raise(PyExc.ValueError, `Exceeds the limit (${intMaxStrDigits} digits) for integer string conversion: value has ${low.length} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  let v = 0n;
  const bb = BigInt(b);
  for (const c of low) v = v * bb + BigInt(digits.indexOf(c));
  return newIntBig(neg ? -v : v);
}

export function floatFromString(s: string): number {
  const t = asciiDecimals(s).trim().replace(/(?<=\d)_(?=\d)/g, '').toLowerCase();
  if (/^[+-]?(inf|infinity)$/.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
  if (/^[+-]?nan$/.test(t)) return NaN;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(t)) raise(PyExc.ValueError, `could not convert string to float: ${strRepr(s)}`);
  return Number(t);
}

function subclassWrap(t: PyType, o: PyObject): PyObject {
  if (t === intType || t === floatType || t === strType) return o;
  // Instance of a subclass: same value, subclass type.
  let r: PyObject;
  if (o instanceof PyInt) r = new PyInt(t, o.v);
  else if (o instanceof PyFloat) r = new PyFloat(t, o.v);
  else r = new S(t, (o as PyStr).s);
  decref(o);
  t.ob_refcnt++;
  // A heap type's instances are GC objects (subtype_traverse visits the type and the __dict__):
  // tracked and counted like any container allocation.
  if (t.tpFlags & TF_HAVE_GC) gcTrack(r);
  return r;
}

export function intNew(t: PyType, args: PyObject[], kw: readonly string[] | null): PyObject {
  const npos = args.length - (kw ? kw.length : 0);
  const x: PyObject | null = npos > 0 ? args[0]! : null;
  let baseO: PyObject | null = npos > 1 ? args[1]! : null;
  (kw ?? []).forEach((k, i) => { if (k === 'base') baseO = args[npos + i]!; else raise(PyExc.TypeError, `'${k}' is an invalid keyword argument for int()`); });
  if (npos > 2) raise(PyExc.TypeError, `int() takes at most 2 arguments (${npos} given)`);
  if (x === null) { if (baseO) raise(PyExc.TypeError, "int() missing string argument"); return subclassWrap(t, intFrom(0)); }
  if (baseO !== null) {
    const base = A.asSize(baseO);
    // int(bytes, base): the bytes' ASCII text (error messages show it as str, not bytes).
    const text = x instanceof PyStr ? x.s : x instanceof PyBytes ? String.fromCharCode(...x.bytes) : null;
    if (text === null) raise(PyExc.TypeError, "int() can't convert non-string with explicit base");
    if (base !== 0 && (base < 2 || base > 36)) raise(PyExc.ValueError, 'int() base must be >= 2 and <= 36, or 0');
    return subclassWrap(t, intFromString(text, base));
  }
  const o: PyObject = x;
  if (o instanceof PyInt) return subclassWrap(t, intFrom(o.v));
  if (o instanceof PyStr) return subclassWrap(t, intFromString(o.s, 10));
  if (o instanceof PyBytes) return subclassWrap(t, intFromString(String.fromCharCode(...o.bytes), 10));
  const fi = o.type.slots.int;
  if (fi) return subclassWrap(t, fi(o));
  const idx = o.type.slots.index;
  if (idx) return subclassWrap(t, idx(o));
  const tr = lookup(o.type, '__trunc__');
  if (tr) return subclassWrap(t, A.callDescr(tr, o, []));
  raise(PyExc.TypeError, `int() argument must be a string, a bytes-like object or a real number, not '${o.type.name}'`);
}

export function floatNew(t: PyType, args: PyObject[], kw: readonly string[] | null): PyObject {
  if (kw && kw.length) raise(PyExc.TypeError, 'float() takes no keyword arguments');
  if (args.length > 1) raise(PyExc.TypeError, `float expected at most 1 argument, got ${args.length}`);
  if (!args.length) return subclassWrap(t, newFloat(0));
  const o = args[0]!;
  if (o instanceof PyFloat) return subclassWrap(t, newFloat(o.v));
  if (o instanceof PyStr) return subclassWrap(t, newFloat(floatFromString(o.s)));
  const ff = o.type.slots.float;
  if (ff) return subclassWrap(t, ff(o));
  const idx = o.type.slots.index;
  if (idx) { const i = idx(o) as PyInt; const v = Number(i.v); decref(i); return subclassWrap(t, newFloat(v)); }
  raise(PyExc.TypeError, `float() argument must be a string or a real number, not '${o.type.name}'`);
}

export function strNew(t: PyType, args: PyObject[], kw: readonly string[] | null): PyObject {
  const npos = args.length - (kw ? kw.length : 0);
  if (npos > 3) raise(PyExc.TypeError, `str() takes at most 3 arguments (${npos} given)`);
  let o: PyObject | null = npos ? args[0]! : null;
  (kw ?? []).forEach((k, i) => { if (k === 'object') o = args[npos + i]!; });
  if (o === null) return subclassWrap(t, newStr(''));
  return subclassWrap(t, A.str(o));
}
