/**
 * int and float methods that convert between numbers and other representations:
 * int.to_bytes / int.from_bytes (Objects/longobject.c), int.as_integer_ratio, float.hex /
 * float.fromhex (Objects/floatobject.c). Installed over the type dicts by `initNumberMethods`.
 */
import type { PyObject } from './object';
import { PyType } from './type';
import { PyStr, newStr } from './str';
import { PyInt, intType, newInt, newIntBig, intFrom, toBig } from './int';
import { PyFloat, newFloat, floatType } from './float';
import { PyBytes, newBytes, bytesOf } from './bytes';
import { tupleSteal } from './tuple';
import { defMethods, defMethod } from './builtin_function';
import { raise, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import * as A from '../runtime/abstract';
import { bindArgs, nargs, noKw } from '../runtime/args';

function byteorderArg(fname: string, o: PyObject | null): boolean {
  if (o === null) return false;
  if (!(o instanceof PyStr)) raise(PyExc.TypeError, `${fname}() argument 'byteorder' must be str, not ${o.type.name}`);
  if (o.s === 'little') return true;
  if (o.s === 'big') return false;
  raise(PyExc.ValueError, "byteorder must be either 'little' or 'big'");
}

/** PyObject_Bytes for int.from_bytes: bytes as is, __bytes__, buffers, iterables of ints. */
function bytesFromObject(o: PyObject): Uint8Array {
  const direct = bytesOf(o);
  if (direct) return direct;
  const conv = A.callSpecial(o, '__bytes__', []);
  if (conv) {
    try {
      if (!(conv instanceof PyBytes)) raise(PyExc.TypeError, `__bytes__ returned non-bytes (type ${conv.type.name})`);
      return conv.bytes;
    } finally { decref(conv); }
  }
  if (o instanceof PyStr || (!o.type.slots.iter && !o.type.slots.getitem)) raise(PyExc.TypeError, `cannot convert '${o.type.name}' object to bytes`);
  const items = A.toArray(o);
  try {
    const out = new Uint8Array(items.length);
    items.forEach((x, i) => {
      const v = A.index(x);
      const n = v.v;
      decref(v);
      if (typeof n !== 'number' || n < 0 || n > 255) raise(PyExc.ValueError, 'bytes must be in range(0, 256)');
      out[i] = n;
    });
    return out;
  } finally { for (const x of items) decref(x); }
}

function toBytes(v: bigint, length: number, little: boolean, signed: boolean): Uint8Array {
  if (!signed && v < 0n) raise(PyExc.OverflowError, "can't convert negative int to unsigned");
  const bits = BigInt(length * 8);
  const fits = signed ? (length > 0 && v >= -(1n << (bits - 1n)) && v < (1n << (bits - 1n))) || (length === 0 && v === 0n) : v < (1n << bits);
  if (!fits) raise(PyExc.OverflowError, 'int too big to convert');
  let u = v < 0n ? (1n << bits) + v : v;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    out[little ? i : length - 1 - i] = Number(u & 0xffn);
    u >>= 8n;
  }
  return out;
}

function fromBytes(b: Uint8Array, little: boolean, signed: boolean): bigint {
  let v = 0n;
  for (let i = 0; i < b.length; i++) v = (v << 8n) | BigInt(b[little ? b.length - 1 - i : i]!);
  if (signed && b.length && (b[little ? b.length - 1 : 0]! & 0x80)) v -= 1n << BigInt(b.length * 8);
  return v;
}

/** Exact frexp: x = m * 2**e with 0.5 <= |m| < 1 (x finite, non-zero). */
function frexp(x: number): [number, number] {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, x);
  const hi = dv.getUint32(0);
  let be = (hi >>> 20) & 0x7ff;
  if (be === 0) {
    // Subnormal: scale into the normal range first (exact).
    const [m, e] = frexp(x * 2 ** 64);
    return [m, e - 64];
  }
  dv.setUint32(0, (hi & 0x800fffff) | (1022 << 20));
  return [dv.getFloat64(0), be - 1022];
}

function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0x0.0p+0' : '0x0.0p+0';
  const sign = x < 0 ? '-' : '';
  let [m, e] = frexp(Math.abs(x));
  // Normalised so the leading hex digit is 1 (0 for subnormals), 13 fraction digits follow.
  const shift = 1 - Math.max(-1021 - e, 0);
  m *= 2 ** shift;
  e -= shift;
  const lead = Math.floor(m);
  m -= lead;
  let s = `${sign}0x${lead.toString(16)}.`;
  for (let i = 0; i < 13; i++) {
    m *= 16;
    const d = Math.floor(m);
    s += d.toString(16);
    m -= d;
  }
  return `${s}p${e < 0 ? '-' : '+'}${Math.abs(e)}`;
}

/** m * 2**e correctly rounded (half to even) to a double; Infinity when too large. */
function scaleToDouble(m: bigint, e: number): number {
  if (m === 0n) return 0;
  const nbits = m.toString(2).length;
  const top = nbits - 1 + e;
  if (top > 1023) return Infinity;
  const prec = top >= -1022 ? 53 : Math.max(0, top + 1075);
  let shift = nbits - prec;
  let r = m;
  if (shift > 0) {
    const s = BigInt(shift);
    r = m >> s;
    const rem = m - (r << s);
    const half = 1n << (s - 1n);
    if (rem > half || (rem === half && (r & 1n))) r += 1n;
  } else shift = 0;
  const exp = e + shift;
  // Two steps so an intermediate power of two cannot overflow or underflow on its own.
  const a = Math.trunc(exp / 2);
  return Number(r) * 2 ** a * 2 ** (exp - a);
}

function floatFromHex(src: string): number {
  const bad = (): never => raise(PyExc.ValueError, 'invalid hexadecimal floating-point string');
  const s = src.trim();
  const m = /^([+-]?)(?:(inf(?:inity)?)|(nan)|(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?[0-9]+))?)$/i.exec(s);
  if (!m) bad();
  const neg = m![1] === '-';
  if (m![2]) return neg ? -Infinity : Infinity;
  if (m![3]) return NaN;
  const ip = m![4] ?? '', fp = m![5] ?? '';
  if (!ip && !fp) bad();
  const digits = (ip + fp).replace(/^0+/, '') || '0';
  const exp = (m![6] ? parseInt(m![6], 10) : 0) - 4 * fp.length;
  const v = scaleToDouble(BigInt('0x' + digits), exp);
  if (v === Infinity) raise(PyExc.OverflowError, 'hexadecimal value too large to represent as a float');
  return neg ? -v : v;
}

export function initNumberMethods(): void {
  defMethods(intType, {
    to_bytes: (self, args, kw) => {
      const [len, order, signed] = bindArgs('to_bytes', args, kw, ['length', 'byteorder', 'signed'], 0, 2);
      const n = len ? A.asSize(len) : 1;
      if (n < 0) raise(PyExc.ValueError, 'length argument must be non-negative');
      const little = byteorderArg('to_bytes', order);
      return newBytes(toBytes(toBig((self as PyInt).v), n, little, signed ? A.isTrue(signed) : false));
    },
    as_integer_ratio: (self, args, kw) => {
      noKw('as_integer_ratio', kw);
      nargs('int.as_integer_ratio', args, 0, 0, true);
      return tupleSteal([intFrom((self as PyInt).v), newInt(1)]);
    },
    bit_count: (self) => {
      let v = toBig((self as PyInt).v);
      if (v < 0n) v = -v;
      let c = 0;
      for (const ch of v.toString(2)) if (ch === '1') c++;
      return newInt(c);
    },
  });
  defMethod(intType, 'from_bytes', (cls, args, kw) => {
    const [b, order, signed] = bindArgs('from_bytes', args, kw, ['bytes', 'byteorder', 'signed'], 1, 2);
    const little = byteorderArg('from_bytes', order);
    const data = bytesFromObject(b!);
    const v = newIntBig(fromBytes(data, little, signed ? A.isTrue(signed) : false));
    if (cls === intType) return v;
    try { return A.call(cls as PyType, [v]); } finally { decref(v); }
  }, 'class');
  defMethods(floatType, {
    hex: (self, args, kw) => {
      noKw('hex', kw);
      nargs('float.hex', args, 0, 0, true);
      return newStr(floatHex((self as PyFloat).v));
    },
  });
  defMethod(floatType, 'fromhex', (cls, args, kw) => {
    noKw('fromhex', kw);
    nargs('float.fromhex', args, 1, 1, true);
    const s = args[0]!;
    if (!(s instanceof PyStr)) raise(PyExc.TypeError, `bad argument type for built-in operation`);
    const f = newFloat(floatFromHex(s.s));
    if (cls === floatType) return f;
    try { return A.call(cls as PyType, [f]); } finally { decref(f); }
  }, 'class');
}
