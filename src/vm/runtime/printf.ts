/**
 * printf-style `%` formatting of str and bytes (Objects/unicodeobject.c PyUnicode_Format,
 * Objects/bytesobject.c _PyBytes_FormatEx).
 *
 * Contracts:
 * - Arguments: a tuple supplies positional arguments; any other object that is a mapping (has a
 *   getitem slot and is not a tuple/str/bytes/bytearray) enables `%(key)` lookups and is itself
 *   the argument of unkeyed conversions; anything else is the single argument.
 * - One conversion is parsed (`%[(key)][flags][width|*][.prec|*][hlL]type`), converted to text,
 *   then padded by `pad` (unicode_format_arg_output): numbers carry their sign apart so that '0'
 *   fill goes between sign/`0x` prefix and digits.
 * - Bytes formatting works on latin-1 JS strings (one char per byte) and converts at the end.
 * - Error positions are code point indices of the format string.
 */
import type { PyObject } from '../objects/object';
import { PyStr, newStr, strType } from '../objects/str';
import { PyInt, intType } from '../objects/int';
import { PyFloat } from '../objects/float';
import { PyComplex } from '../objects/complex';
import { PyTuple } from '../objects/tuple';
import { PyBytes, PyByteArray, bytesType, bytearrayType } from '../objects/bytes';
import { lookup } from '../objects/type';
import { doubleToString, DTSF_ALT } from '../util/dtoa';
import { raise, PyExc } from './errors';
import { decref } from './refcount';
import * as A from './abstract';

const F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16;

/** ascii(o): repr with non-ASCII code points escaped (PyObject_ASCII). */
export function asciiRepr(o: PyObject): string {
  const s = A.reprJS(o);
  if (!/[^\x00-\x7f]/.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (c <= 0xff) out += '\\x' + (c < 16 ? '0' : '') + c.toString(16);
    else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

/** PyFloat_AsDouble. */
export function asDouble(v: PyObject): number {
  if (v instanceof PyFloat) return v.v;
  const f = v.type.slots.float;
  if (f) {
    const r = f(v);
    if (!(r instanceof PyFloat)) {
      const n = r.type.name;
      decref(r);
      raise(PyExc.TypeError, `${v.type.name}.__float__ returned non-float (type ${n})`);
    }
    const x = r.v;
    decref(r);
    return x;
  }
  if (v instanceof PyInt || v.type.slots.index) {
    const i = A.index(v);
    const x = i.v;
    decref(i);
    if (typeof x === 'number') return x;
    const d = Number(x);
    if (!Number.isFinite(d)) raise(PyExc.OverflowError, 'int too large to convert to float');
    return d;
  }
  raise(PyExc.TypeError, `must be real number, not ${v.type.name}`);
}

/** PyNumber_Check. */
function isNumber(v: PyObject): boolean {
  const s = v.type.slots;
  return v instanceof PyInt || v instanceof PyFloat || v instanceof PyComplex || !!(s.index || s.int || s.float);
}

/** PyNumber_Long for the %d family; a TypeError means "wrong type" to the caller. */
function numberLong(v: PyObject): number | bigint {
  if (v instanceof PyFloat) {
    const x = v.v;
    if (x !== x) raise(PyExc.ValueError, 'cannot convert float NaN to integer');
    if (!Number.isFinite(x)) raise(PyExc.OverflowError, 'cannot convert float infinity to integer');
    const t = Math.trunc(x);
    return Number.isSafeInteger(t) ? (t === 0 ? 0 : t) : BigInt(t);
  }
  const r = A.call(intType, [v]);
  const x = (r as PyInt).v;
  decref(r);
  return x;
}

/** _PyUnicode_FormatLong: sign, optional 0x/0o prefix, digits zero-filled to prec. */
function formatLong(v: number | bigint, alt: boolean, prec: number, type: string): string {
  if (prec > 2147483644) raise(PyExc.OverflowError, 'precision too large');
  const base = type === 'o' ? 8 : type === 'x' || type === 'X' ? 16 : 10;
  const neg = v < 0;
  let digits = typeof v === 'number' ? Math.abs(v).toString(base) : (neg ? -v : v).toString(base);
  if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
  const prefix = alt && base !== 10 ? (type === 'o' ? '0o' : '0x') : '';
  const r = (neg ? '-' : '') + prefix + digits;
  return type === 'X' ? r.toUpperCase() : r;
}

/** The %d/%i/%u/%o/%x/%X argument as text (mainformatlong / bytes formatlong). */
function formatIntArg(v: PyObject, t: string, flags: number, prec: number, forBytes: boolean): string {
  const wrong = (): never => raise(PyExc.TypeError, `%${t} format: ${t === 'o' || t === 'x' || t === 'X' ? 'an integer' : 'a real number'} is required, not ${v.type.name}`);
  let iv: number | bigint;
  if (v instanceof PyInt) iv = v.v;
  else {
    if (!isNumber(v)) wrong();
    try {
      if (t === 'o' || t === 'x' || t === 'X') { const i = A.index(v); iv = i.v; decref(i); }
      else iv = numberLong(v);
    } catch (e) {
      if (A.isExcOf(e, PyExc.TypeError!)) { decref(e as PyObject); wrong(); }
      throw e;
    }
  }
  void forBytes;
  return formatLong(iv, (flags & F_ALT) !== 0, prec, t === 'i' || t === 'u' ? 'd' : t);
}

function cpLen(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { n--; i++; }
    }
  }
  return n;
}

function cpSlice(s: string, a: number, b: number): string {
  if (cpLen(s) === s.length) return s.slice(a, b);
  return Array.from(s).slice(a, b).join('');
}

/** unicode_format_arg_output: pads `str` (the converted argument) to width. */
function pad(str: string, t: string, flags: number, width: number, prec: number, numeric: boolean): string {
  if (width === -1 && prec === -1 && (flags & (F_SIGN | F_BLANK)) === 0) return str;
  let len = cpLen(str);
  if ((width === -1 || width <= len) && (prec === -1 || prec >= len) && !(flags & (F_SIGN | F_BLANK))) return str;
  let body = str;
  if ((t === 's' || t === 'r' || t === 'a' || t === 'b') && prec >= 0 && len > prec) { body = cpSlice(str, 0, prec); len = prec; }
  const fill = numeric && flags & F_ZERO ? '0' : ' ';
  let signch = '';
  let sign = numeric;
  if (sign) {
    const c = body[0];
    if (c === '-' || c === '+') { signch = c; body = body.slice(1); len--; }
    else if (flags & F_SIGN) signch = '+';
    else if (flags & F_BLANK) signch = ' ';
    else sign = false;
  }
  if (width < len) width = len;
  let out = '';
  if (sign) {
    if (fill !== ' ') out += signch;
    if (width > len) width--;
  }
  const alt = (flags & F_ALT) !== 0 && (t === 'x' || t === 'X' || t === 'o');
  let prefix = '';
  if (alt) {
    prefix = body.slice(0, 2);
    body = body.slice(2);
    if (fill !== ' ') { out += prefix; prefix = ''; }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !(flags & F_LJUST)) { out += fill.repeat(width - len); width = len; }
  if (fill === ' ') {
    if (sign) out += signch;
    out += prefix;
  }
  out += body;
  if (width > len) out += ' '.repeat(width - len);
  return out;
}

interface Parsed { key: string | null; flags: number; width: number; prec: number; t: string; end: number }

/**
 * The shared `%` loop. `fmt` is the format as a JS string (latin-1 for bytes); `convert` turns
 * one argument into padded text. Returns the formatted JS string.
 */
function run(fmt: string, argsO: PyObject, forBytes: boolean): string {
  let args: PyObject[] | null;
  let single: PyObject | null = null;
  if (argsO instanceof PyTuple) args = argsO.items;
  else { args = null; single = argsO; }
  let dict: PyObject | null = null;
  if (!(argsO instanceof PyTuple) && argsO.type.slots.getitem && !(argsO instanceof PyStr) && !(argsO instanceof PyBytes)) dict = argsO;
  let argidx = args ? 0 : -2;
  const arglen = args ? args.length : -1;
  let cur: PyObject | null = single; // the object unkeyed conversions take when not a tuple
  let owned: PyObject | null = null;
  const next = (): PyObject => {
    if (argidx < arglen) {
      argidx++;
      return arglen < 0 ? cur! : args![argidx - 1]!;
    }
    raise(PyExc.TypeError, 'not enough arguments for format string');
  };
  const what = forBytes ? 'bytes' : 'string';
  let out = '';
  const n = fmt.length;
  let i = 0;
  try {
    while (i < n) {
      const pc = fmt.indexOf('%', i);
      if (pc < 0) { out += i === 0 ? fmt : fmt.slice(i); break; }
      if (pc > i) out += fmt.slice(i, pc);
      i = pc + 1;
      if (i < n && fmt.charCodeAt(i) === 37) { out += '%'; i++; continue; }
      // %(key)
      if (i < n && fmt[i] === '(') {
        if (dict === null) raise(PyExc.TypeError, 'format requires a mapping');
        let depth = 1;
        const ks = ++i;
        while (i < n && depth > 0) {
          const c = fmt[i++];
          if (c === ')') depth--;
          else if (c === '(') depth++;
        }
        if (depth > 0) raise(PyExc.ValueError, 'incomplete format key');
        const keyText = fmt.slice(ks, i - 1);
        const key: PyObject = forBytes ? new PyBytes(bytesType, latin1Bytes(keyText)) : newStr(keyText);
        let v: PyObject;
        try { v = A.getItem(dict, key); } finally { decref(key); }
        if (owned) decref(owned);
        owned = v;
        cur = v;
        args = null;
        argidx = -2;
        (void 0);
        // arglen stays as computed: -1 for mappings (a tuple never enables keys)
      }
      let flags = 0;
      let c = '';
      let atEnd = true;
      while (i < n) {
        c = fmt[i++]!;
        atEnd = false;
        if (c === '-') flags |= F_LJUST;
        else if (c === '+') flags |= F_SIGN;
        else if (c === ' ') flags |= F_BLANK;
        else if (c === '#') flags |= F_ALT;
        else if (c === '0') flags |= F_ZERO;
        else break;
        atEnd = true;
      }
      let width = -1, prec = -1;
      if (!atEnd && c === '*') {
        const v = next();
        if (!(v instanceof PyInt)) raise(PyExc.TypeError, '* wants int');
        width = A.asSize(v);
        if (width < 0) { flags |= F_LJUST; width = -width; }
        if (i < n) c = fmt[i++]!; else atEnd = true;
      } else if (!atEnd && c >= '0' && c <= '9') {
        width = c.charCodeAt(0) - 48;
        atEnd = true;
        while (i < n) {
          c = fmt[i++]!;
          if (c < '0' || c > '9') { atEnd = false; break; }
          width = width * 10 + c.charCodeAt(0) - 48;
          if (width > 9223372036854775807) raise(PyExc.ValueError, 'width too big');
        }
      }
      if (!atEnd && c === '.') {
        prec = 0;
        if (i < n) c = fmt[i++]!; else atEnd = true;
        if (!atEnd && c === '*') {
          const v = next();
          if (!(v instanceof PyInt)) raise(PyExc.TypeError, '* wants int');
          const pv = v.v;
          if (pv > 2147483647 || pv < -2147483648) raise(PyExc.OverflowError, 'Python int too large to convert to C int');
          prec = Number(pv);
          if (prec < 0) prec = 0;
          if (i < n) c = fmt[i++]!; else atEnd = true;
        } else if (!atEnd && c >= '0' && c <= '9') {
          prec = c.charCodeAt(0) - 48;
          atEnd = true;
          while (i < n) {
            c = fmt[i++]!;
            if (c < '0' || c > '9') { atEnd = false; break; }
            prec = prec * 10 + c.charCodeAt(0) - 48;
            if (prec > 2147483647) raise(PyExc.ValueError, forBytes ? 'prec too big' : 'precision too big');
          }
        }
      }
      if (!atEnd && (c === 'h' || c === 'l' || c === 'L')) {
        if (i < n) c = fmt[i++]!; else atEnd = true;
      }
      if (atEnd) raise(PyExc.ValueError, 'incomplete format');
      // High surrogate of an astral conversion character: take the whole code point.
      const cc = c.charCodeAt(0);
      if (!forBytes && cc >= 0xd800 && cc <= 0xdbff && i < n) {
        const d = fmt.charCodeAt(i);
        if (d >= 0xdc00 && d <= 0xdfff) { c += fmt[i]; i++; }
      }
      const v = next();
      out += forBytes ? convertBytes(v, c, flags, width, prec, fmt, i) : convertStr(v, c, flags, width, prec, fmt, i);
      if (dict && argidx < arglen) raise(PyExc.TypeError, `not all arguments converted during ${what} formatting`);
    }
    if (argidx < arglen && !dict) raise(PyExc.TypeError, `not all arguments converted during ${what} formatting`);
  } finally {
    if (owned) decref(owned);
  }
  return out;
}

function badChar(c: string, fmt: string, i: number, forBytes: boolean): never {
  const cp = c.codePointAt(0)!;
  const shown = forBytes ? c : cp >= 31 && cp <= 126 ? c : '?';
  const index = forBytes ? i - 1 : cpLen(fmt.slice(0, i)) - 1;
  raise(PyExc.ValueError, `unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${index}`);
}

function convertStr(v: PyObject, t: string, flags: number, width: number, prec: number, fmt: string, i: number): string {
  switch (t) {
    case 's': case 'r': case 'a': {
      if (v.type === intType && width === -1 && prec === -1) return A.strJS(v);
      const s = t === 's' ? (v.type === strType ? (v as PyStr).s : A.strJS(v)) : t === 'r' ? A.reprJS(v) : asciiRepr(v);
      return pad(s, t, flags, width, prec, false);
    }
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
      const s = formatIntArg(v, t, flags, prec, false);
      return pad(s, t, flags, width, prec, true);
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
      const x = asDouble(v);
      const s = doubleToString(x, t, prec < 0 ? 6 : prec, flags & F_ALT ? DTSF_ALT : 0);
      return pad(s, t, flags, width, prec, true);
    }
    case 'c': {
      let ch: string;
      if (v instanceof PyStr) {
        if (v.n !== 1) raise(PyExc.TypeError, '%c requires int or char');
        ch = v.s;
      } else {
        let x: number | bigint;
        try {
          const iv = A.index(v);
          x = iv.v;
          decref(iv);
        } catch (e) {
          if (A.isExcOf(e, PyExc.TypeError!)) { decref(e as PyObject); raise(PyExc.TypeError, '%c requires int or char'); }
          throw e;
        }
        if (x < 0 || x > 0x10ffff) raise(PyExc.OverflowError, '%c arg not in range(0x110000)');
        ch = String.fromCodePoint(Number(x));
      }
      return pad(ch, t, flags, width, prec, false);
    }
    default:
      badChar(t, fmt, i, false);
  }
}

function latin1Bytes(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let k = 0; k < s.length; k++) b[k] = s.charCodeAt(k);
  return b;
}

function latin1Of(b: Uint8Array): string {
  let s = '';
  for (let k = 0; k < b.length; k += 8192) s += String.fromCharCode.apply(null, Array.from(b.subarray(k, k + 8192)));
  return s;
}

/** format_obj of bytes %b/%s: bytes, bytearray, __bytes__, or the buffer protocol. */
function bytesArg(v: PyObject): string {
  if (v instanceof PyBytes) return latin1Of(v.bytes);
  const f = lookup(v.type, '__bytes__');
  if (f) {
    const r = A.callDescr(f, v, []);
    if (!(r instanceof PyBytes) || r instanceof PyByteArray) {
      const n = r.type.name;
      decref(r);
      raise(PyExc.TypeError, `__bytes__ returned non-bytes (type ${n})`);
    }
    const s = latin1Of(r.bytes);
    decref(r);
    return s;
  }
  const mv = (v as { obj?: PyObject }).obj;
  if (v.type.name === 'memoryview' && mv instanceof PyBytes) return latin1Of(mv.bytes);
  raise(PyExc.TypeError, `%b requires a bytes-like object, or an object that implements __bytes__, not '${v.type.name}'`);
}

function convertBytes(v: PyObject, t: string, flags: number, width: number, prec: number, fmt: string, i: number): string {
  switch (t) {
    case 'r': case 'a': return pad(asciiRepr(v), t, flags, width, prec, false);
    case 's': case 'b': return pad(bytesArg(v), 'b', flags, width, prec, false);
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
      return pad(formatIntArg(v, t, flags, prec, true), t, flags, width, prec, true);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
      let x: number;
      try { x = asDouble(v); } catch (e) {
        if (A.isExcOf(e, PyExc.TypeError!)) { decref(e as PyObject); raise(PyExc.TypeError, `float argument required, not ${v.type.name}`); }
        throw e;
      }
      return pad(doubleToString(x, t, prec < 0 ? 6 : prec, flags & F_ALT ? DTSF_ALT : 0), t, flags, width, prec, true);
    }
    case 'c': {
      let b: number;
      if (v instanceof PyBytes && v.bytes.length === 1) b = v.bytes[0]!;
      else {
        let x: number | bigint;
        try {
          const iv = A.index(v);
          x = iv.v;
          decref(iv);
        } catch (e) {
          if (A.isExcOf(e, PyExc.TypeError!)) { decref(e as PyObject); raise(PyExc.TypeError, '%c requires an integer in range(256) or a single byte'); }
          throw e;
        }
        if (x < 0 || x > 255) raise(PyExc.OverflowError, '%c arg not in range(256)');
        b = Number(x);
      }
      return pad(String.fromCharCode(b), t, flags, width, -1, false);
    }
    default:
      badChar(t, fmt, i, true);
  }
}

/** str % args: new reference. */
export function percentFormat(fmt: PyStr, args: PyObject): PyObject {
  return newStr(run(fmt.s, args, false));
}

/** bytes % args (bytearray % args gives a bytearray): new reference. */
export function bytesPercentFormat(fmt: PyBytes, args: PyObject): PyObject {
  const r = latin1Bytes(run(latin1Of(fmt.bytes), args, true));
  return fmt instanceof PyByteArray ? new PyByteArray(bytearrayType, r) : new PyBytes(bytesType, r);
}

export type { Parsed };
