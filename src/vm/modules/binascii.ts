/**
 * `binascii` (CPython's Modules/binascii.c): hex, base64, CRC-32 and CRC-CCITT with CPython 3.12's
 * argument conversions and messages. binascii.Error (a ValueError) and binascii.Incomplete are
 * Python classes; everything else is native. The uu and quoted-printable codecs are not provided
 * (quopri falls back to its pure-Python code when they are missing).
 */
import type { VM } from '../runtime/vm';
import type { PyObject } from '../objects/object';
import type { PyModule } from '../objects/module';
import type { PyType } from '../objects/type';
import { PyDict } from '../objects/dict';
import { PyStr } from '../objects/str';
import { intFrom, isInt, intValue } from '../objects/int';
import { newBytes, bytesOf, hexWithSep } from '../objects/bytes';
import { newBuiltin, type NativeFn } from '../objects/builtin_function';
import { raise, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import { bindArgs } from '../runtime/args';
import * as A from '../runtime/abstract';
import { pySourceModule } from './pysource';

const ERRORS_SRC = `
class Error(ValueError):
    __module__ = 'binascii'

class Incomplete(Exception):
    __module__ = 'binascii'
`;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_DEC = new Uint8Array(256).fill(255);
for (let i = 0; i < 64; i++) B64_DEC[B64.charCodeAt(i)] = i;

const CRC32_TABLE = new Int32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  CRC32_TABLE[n] = c;
}

/** A bytes-like argument (Py_buffer): bytes, bytearray, memoryview. */
function buffer(o: PyObject): Uint8Array {
  const b = bytesOf(o);
  if (b === null) raise(PyExc.TypeError, `a bytes-like object is required, not '${o.type.name}'`);
  return b;
}

/** An "ascii_buffer" argument of the a2b_* functions: bytes-like, or a str of ASCII characters. */
function asciiBuffer(o: PyObject): Uint8Array {
  if (o instanceof PyStr) {
    const s = o.s;
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c > 127) raise(PyExc.ValueError, 'string argument should contain only ASCII characters');
      out[i] = c;
    }
    return out;
  }
  const b = bytesOf(o);
  if (b === null) raise(PyExc.TypeError, `argument should be bytes, buffer or ASCII string, not '${o.type.name}'`);
  return b;
}

/** An unsigned int argument of the crc functions, wrapped to 32 bits as C's `unsigned int` converter does. */
function uint(o: PyObject): number {
  if (!isInt(o)) raise(PyExc.TypeError, `'${o.type.name}' object cannot be interpreted as an integer`);
  return Number(BigInt.asUintN(32, BigInt(intValue(o))));
}

function b2aBase64(b: Uint8Array, newline: boolean): Uint8Array {
  const out = new Uint8Array(Math.ceil(b.length / 3) * 4 + (newline ? 1 : 0));
  let o = 0;
  let i = 0;
  for (; i + 2 < b.length; i += 3) {
    const v = (b[i]! << 16) | (b[i + 1]! << 8) | b[i + 2]!;
    out[o++] = B64.charCodeAt(v >> 18);
    out[o++] = B64.charCodeAt((v >> 12) & 63);
    out[o++] = B64.charCodeAt((v >> 6) & 63);
    out[o++] = B64.charCodeAt(v & 63);
  }
  if (i < b.length) {
    const v = (b[i]! << 16) | ((i + 1 < b.length ? b[i + 1]! : 0) << 8);
    out[o++] = B64.charCodeAt(v >> 18);
    out[o++] = B64.charCodeAt((v >> 12) & 63);
    out[o++] = i + 1 < b.length ? B64.charCodeAt((v >> 6) & 63) : 61;
    out[o++] = 61;
  }
  if (newline) out[o++] = 10;
  return out;
}

/** a2b_base64: invalid characters are skipped (strict_mode: refused); padding ends the data. */
function a2bBase64(err: PyType, a: Uint8Array, strict: boolean): Uint8Array {
  const out = new Uint8Array(Math.floor((a.length + 3) / 4) * 3);
  let o = 0;
  if (strict && a.length > 0 && a[0] === 61) raise(err, 'Leading padding not allowed');
  let quad = 0;
  let left = 0;
  let pads = 0;
  let padding = false;
  for (let i = 0; i < a.length; i++) {
    let c = a[i]!;
    if (c === 61) {
      padding = true;
      if (quad >= 2 && quad + ++pads >= 4) {
        if (strict && i + 1 < a.length) raise(err, 'Excess data after padding');
        return out.slice(0, o);
      }
      continue;
    }
    c = B64_DEC[c]!;
    if (c >= 64) {
      if (strict) raise(err, 'Only base64 data is allowed');
      continue;
    }
    if (strict && padding) raise(err, 'Discontinuous padding not allowed');
    pads = 0;
    switch (quad) {
      case 0: quad = 1; left = c; break;
      case 1: quad = 2; out[o++] = (left << 2) | (c >> 4); left = c & 15; break;
      case 2: quad = 3; out[o++] = ((left << 4) | (c >> 2)) & 255; left = c & 3; break;
      default: quad = 0; out[o++] = ((left << 6) | c) & 255; left = 0;
    }
  }
  if (quad === 1) {
    raise(err, `Invalid base64-encoded string: number of data characters (${Math.floor(o / 3) * 4 + 1}) cannot be 1 more than a multiple of 4`);
  }
  if (quad !== 0) raise(err, 'Incorrect padding');
  return out.slice(0, o);
}

function a2bHex(err: PyType, a: Uint8Array): Uint8Array {
  if (a.length % 2) raise(err, 'Odd-length string');
  const out = new Uint8Array(a.length / 2);
  const digit = (c: number): number => (c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : 16);
  for (let i = 0; i < out.length; i++) {
    const hi = digit(a[2 * i]!);
    const lo = digit(a[2 * i + 1]!);
    if (hi > 15 || lo > 15) raise(err, 'Non-hexadecimal digit found');
    out[i] = (hi << 4) | lo;
  }
  return out;
}

function crc32(b: Uint8Array, crc: number): number {
  let c = ~crc;
  for (let i = 0; i < b.length; i++) c = CRC32_TABLE[(c ^ b[i]!) & 255]! ^ (c >>> 8);
  return ~c >>> 0;
}

function crcHqx(b: Uint8Array, crc: number): number {
  let c = crc & 0xffff;
  for (let i = 0; i < b.length; i++) {
    c ^= b[i]! << 8;
    for (let k = 0; k < 8; k++) c = c & 0x8000 ? ((c << 1) ^ 0x1021) & 0xffff : (c << 1) & 0xffff;
  }
  return c;
}

/** Positional-only arguments checked as CPython's _PyArg_CheckPositional does. */
function positional(name: string, args: readonly PyObject[], kw: readonly string[] | null, min: number, max: number): void {
  if (kw && kw.length) raise(PyExc.TypeError, `${name}() takes no keyword arguments`);
  const n = args.length;
  if (n >= min && n <= max) return;
  const [bound, what] = n < min ? [min, min === max ? '' : 'at least '] : [max, min === max ? '' : 'at most '];
  raise(PyExc.TypeError, `${name} expected ${what}${bound} argument${bound === 1 ? '' : 's'}, got ${n}`);
}

function asciiBytes(s: string): PyObject {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return newBytes(out);
}

export function makeBinasciiModule(vm: VM): PyObject {
  const m = pySourceModule('binascii', ERRORS_SRC, 'Conversion between binary data and ASCII')(vm) as PyModule;
  const d = m.dict as PyDict;
  const err = d.getStr('Error') as PyType;
  const hexlify = (name: string): NativeFn => (_s, args, kw) => {
    const [data, sep, per] = bindArgs(name, args, kw, ['data', 'sep', 'bytes_per_sep'], 1);
    return asciiBytes(hexWithSep(buffer(data!), sep, per));
  };
  const unhexlify = (name: string): NativeFn => (_s, args, kw) => {
    const [s] = bindArgs(name, args, kw, ['hexstr'], 1, 1, 1);
    return newBytes(a2bHex(err, asciiBuffer(s!)));
  };
  const F: Record<string, NativeFn> = {
    hexlify: hexlify('hexlify'),
    b2a_hex: hexlify('b2a_hex'),
    unhexlify: unhexlify('unhexlify'),
    a2b_hex: unhexlify('a2b_hex'),
    b2a_base64: (_s, args, kw) => {
      const [data, nl] = bindArgs('b2a_base64', args, kw, ['data', 'newline'], 1, 1, 1);
      return newBytes(b2aBase64(buffer(data!), nl ? A.isTrue(nl) : true));
    },
    a2b_base64: (_s, args, kw) => {
      const [data, strict] = bindArgs('a2b_base64', args, kw, ['data', 'strict_mode'], 1, 1, 1);
      return newBytes(a2bBase64(err, asciiBuffer(data!), strict ? A.isTrue(strict) : false));
    },
    crc32: (_s, args, kw) => {
      positional('crc32', args, kw, 1, 2);
      return intFrom(crc32(buffer(args[0]!), args.length > 1 ? uint(args[1]!) : 0));
    },
    crc_hqx: (_s, args, kw) => {
      positional('crc_hqx', args, kw, 2, 2);
      return intFrom(crcHqx(buffer(args[0]!), uint(args[1]!)));
    },
  };
  for (const name in F) { const fn = newBuiltin(name, F[name]!, m); d.setStr(name, fn); decref(fn); }
  return m;
}
