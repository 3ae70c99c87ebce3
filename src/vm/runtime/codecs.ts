/**
 * Text codecs as CPython 3.12 runs them (Objects/unicodeobject.c, Python/codecs.c): str.encode,
 * bytes/bytearray.decode, str(b, enc, errors) and bytes(s, enc, errors).
 *
 * Contracts:
 * - Fast paths by normalized name (`_Py_normalize_encoding`): utf-8, utf-16, utf-32 (native
 *   little-endian with BOM), ascii/us-ascii, latin-1/iso-8859-1. Every other name goes through the
 *   codec registry of `_codecs` (search functions, the `encodings` package), whose result must be
 *   bytes (encode) / str (decode) — "is not a text encoding" otherwise.
 * - Error handlers: strict, ignore, replace, backslashreplace, xmlcharrefreplace, surrogateescape
 *   and surrogatepass run natively; any other name is looked up with `_codecs.lookup_error` and
 *   called with a UnicodeEncodeError/UnicodeDecodeError (objects/unicode_errors.ts), whose
 *   (replacement, newpos) result is checked like unicode_encode_call_errorhandler does.
 * - Positions are code point indices (encode) and byte indices (decode). The codec engines are
 *   also exported for `_codecs` (modules/codecs_native.ts).
 * - The plain UTF-8 cases (well-formed str, valid bytes) never enter the error machinery.
 */
import type { PyObject } from '../objects/object';
import { PyStr, newStr, strType } from '../objects/str';
import { PyBytes, PyByteArray, PyMemoryView, bytesType } from '../objects/bytes';
import type { PyType } from '../objects/type';
import { bindArgs } from './args';
import { PyInt, newInt } from '../objects/int';
import { PyTuple } from '../objects/tuple';
import { makeUnicodeError } from '../objects/unicode_errors';
import { vmHooks } from './hooks';
import { raise, PyExc } from './errors';
import { decref } from './refcount';
import * as A from './abstract';

/** _Py_normalize_encoding: lower-case alnum/'.' runs joined by single '_'. */
export function normalizeEncoding(enc: string): string {
  let out = '';
  let punct = false;
  for (let i = 0; i < enc.length; i++) {
    const c = enc[i]!;
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '.') {
      if (punct && out) out += '_';
      punct = false;
      out += c.toLowerCase();
    } else punct = true;
  }
  return out;
}

type Fast = 'utf-8' | 'utf-16' | 'utf-32' | 'ascii' | 'latin-1' | null;

function fastCodec(enc: string): Fast {
  const l = normalizeEncoding(enc);
  switch (l) {
    case 'utf8': case 'utf_8': return 'utf-8';
    case 'utf16': case 'utf_16': return 'utf-16';
    case 'utf32': case 'utf_32': return 'utf-32';
    case 'ascii': case 'us_ascii': return 'ascii';
    case 'latin1': case 'latin_1': case 'iso_8859_1': case 'iso8859_1': return 'latin-1';
    default: return null;
  }
}

// ---- byte output ---------------------------------------------------------------------------

class Out {
  buf = new Uint8Array(64);
  n = 0;
  need(k: number): void {
    if (this.n + k <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.n + k) cap *= 2;
    const b = new Uint8Array(cap);
    b.set(this.buf.subarray(0, this.n));
    this.buf = b;
  }
  byte(b: number): void { this.need(1); this.buf[this.n++] = b; }
  bytes(b: Uint8Array): void { this.need(b.length); this.buf.set(b, this.n); this.n += b.length; }
  result(): Uint8Array { return this.buf.slice(0, this.n); }
}

// ---- error handlers ------------------------------------------------------------------------

function codecsModule(): PyObject {
  const m = vmHooks.moduleByName('_codecs');
  if (m) return m;
  const b = vmHooks.moduleByName('builtins')!;
  const imp = A.getAttr(b, '__import__');
  const name = newStr('_codecs');
  try {
    decref(A.call(imp, [name]));
  } finally { decref(name); decref(imp); }
  return vmHooks.moduleByName('_codecs')!;
}

/** Calls the registered handler `errors` with `exc` (consumed); returns [replacement, newpos]. */
function callHandler(errors: string, exc: PyObject, isEncode: boolean, length: number): [PyObject, number] {
  let r: PyObject;
  try {
    const lookupFn = A.getAttr(codecsModule(), 'lookup_error');
    const name = newStr(errors);
    let h: PyObject;
    try { h = A.call(lookupFn, [name]); } finally { decref(name); decref(lookupFn); }
    try { r = A.call(h, [exc]); } finally { decref(h); }
  } finally { decref(exc); }
  const bad: () => never = () => raise(PyExc.TypeError, isEncode ? 'encoding error handler must return (str/bytes, int) tuple' : 'decoding error handler must return (str, int) tuple');
  if (!(r instanceof PyTuple) || r.items.length !== 2) { decref(r); bad(); }
  const items = (r as PyTuple).items;
  const rep = items[0]!, pos = items[1]!;
  if (!(rep instanceof PyStr) && !(isEncode && rep instanceof PyBytes && !(rep instanceof PyByteArray))) { decref(r); bad(); }
  if (!(pos instanceof PyInt)) { decref(r); bad(); }
  let np = Number(pos.v);
  if (np < 0) np += length;
  if (np < 0 || np > length) { decref(r); raise(PyExc.IndexError, `position ${Number(pos.v)} from error handler out of bounds`); }
  rep.ob_refcnt++;
  decref(r);
  return [rep, np];
}

function throwExc(e: PyObject): never {
  throw e;
}

// ---- encoders ------------------------------------------------------------------------------

/** Code point access to a str: BMP-only strings index their JS string directly. */
function cpAccess(s: PyStr): { n: number; at: (i: number) => number } {
  if (s.simple) { const js = s.s; return { n: js.length, at: (i) => js.charCodeAt(i) }; }
  const cps = s.cps();
  return { n: cps.length, at: (i) => cps[i]! };
}

interface EncSpec {
  name: string;
  reason: string;
  ok: (c: number) => boolean;
  put: (out: Out, c: number) => void;
  /** surrogatepass support (utf-8/16/32): writes a surrogate's code unit. */
  pass?: (out: Out, c: number) => void;
  /** Error ranges span a run of bad characters (utf-8, ascii, latin-1) or one character (utf-16/32). */
  runs: boolean;
}

function escapeOf(c: number): string {
  if (c < 0x100) return '\\x' + (c < 16 ? '0' : '') + c.toString(16);
  if (c < 0x10000) return '\\u' + c.toString(16).padStart(4, '0');
  return '\\U' + c.toString(16).padStart(8, '0');
}

function encodeGeneric(s: PyStr, spec: EncSpec, errors: string, out: Out): void {
  const { n, at } = cpAccess(s);
  let i = 0;
  while (i < n) {
    const c = at(i);
    if (spec.ok(c)) { spec.put(out, c); i++; continue; }
    let j = i + 1;
    if (spec.runs) while (j < n && !spec.ok(at(j))) j++;
    const putAscii = (t: string) => { for (let k = 0; k < t.length; k++) spec.put(out, t.charCodeAt(k)); };
    let handled = true;
    switch (errors) {
      case 'strict': throwExc(makeUnicodeError(PyExc.UnicodeEncodeError!, spec.name, s, i, j, spec.reason));
      // falls through (unreachable)
      case 'ignore': break;
      case 'replace': for (let k = i; k < j; k++) spec.put(out, 0x3f); break;
      case 'backslashreplace': for (let k = i; k < j; k++) putAscii(escapeOf(at(k))); break;
      case 'xmlcharrefreplace': for (let k = i; k < j; k++) putAscii(`&#${at(k)};`); break;
      case 'surrogateescape': {
        // UTF-16/32 accept handler bytes only in whole code units: one escaped byte never is.
        if (!spec.runs) throwExc(makeUnicodeError(PyExc.UnicodeEncodeError!, spec.name, s, i, j, spec.reason));
        let k = i;
        for (; k < j; k++) {
          const d = at(k);
          if (d < 0xdc80 || d > 0xdcff) break;
          out.byte(d - 0xdc00);
        }
        if (k < j) throwExc(makeUnicodeError(PyExc.UnicodeEncodeError!, spec.name, s, k, j, spec.reason));
        break;
      }
      case 'surrogatepass': {
        let k = i;
        if (spec.pass) for (; k < j; k++) {
          const d = at(k);
          if (d < 0xd800 || d > 0xdfff) break;
          spec.pass(out, d);
        }
        if (k < j) throwExc(makeUnicodeError(PyExc.UnicodeEncodeError!, spec.name, s, k, j, spec.reason));
        break;
      }
      default: handled = false;
    }
    if (handled) { i = j; continue; }
    const [rep, np] = callHandler(errors, makeUnicodeError(PyExc.UnicodeEncodeError!, spec.name, s, i, j, spec.reason), true, n);
    try {
      if (rep instanceof PyBytes) {
        if (!spec.runs && rep.bytes.length % (spec.name.startsWith('utf-16') ? 2 : 4) !== 0) {
          throwExc(makeUnicodeError(PyExc.UnicodeEncodeError!, spec.name, s, i, j, spec.reason));
        }
        out.bytes(rep.bytes);
      }
      else {
        const r = rep as PyStr;
        // A str replacement must be ASCII (latin-1: below 256), else the original error stands.
        const lim = spec === LATIN1 ? 256 : 128;
        for (const ch of r.s) {
          const d = ch.codePointAt(0)!;
          if (d >= lim) throwExc(makeUnicodeError(PyExc.UnicodeEncodeError!, spec.name, s, i, j, spec.reason));
          spec.put(out, d);
        }
      }
    } finally { decref(rep); }
    i = np;
  }
}

const isSur = (c: number) => c >= 0xd800 && c <= 0xdfff;

function putUtf8(out: Out, c: number): void {
  if (c < 0x80) out.byte(c);
  else if (c < 0x800) { out.need(2); out.buf[out.n++] = 0xc0 | (c >> 6); out.buf[out.n++] = 0x80 | (c & 0x3f); }
  else if (c < 0x10000) { out.need(3); out.buf[out.n++] = 0xe0 | (c >> 12); out.buf[out.n++] = 0x80 | ((c >> 6) & 0x3f); out.buf[out.n++] = 0x80 | (c & 0x3f); }
  else { out.need(4); out.buf[out.n++] = 0xf0 | (c >> 18); out.buf[out.n++] = 0x80 | ((c >> 12) & 0x3f); out.buf[out.n++] = 0x80 | ((c >> 6) & 0x3f); out.buf[out.n++] = 0x80 | (c & 0x3f); }
}

const UTF8: EncSpec = { name: 'utf-8', reason: 'surrogates not allowed', ok: (c) => !isSur(c), put: putUtf8, pass: putUtf8, runs: true };
const ASCII: EncSpec = { name: 'ascii', reason: 'ordinal not in range(128)', ok: (c) => c < 0x80, put: (o, c) => o.byte(c), runs: true };
const LATIN1: EncSpec = { name: 'latin-1', reason: 'ordinal not in range(256)', ok: (c) => c < 0x100, put: (o, c) => o.byte(c), runs: true };

function put16(le: boolean) {
  return (out: Out, u: number) => { out.need(2); if (le) { out.buf[out.n++] = u & 0xff; out.buf[out.n++] = u >> 8; } else { out.buf[out.n++] = u >> 8; out.buf[out.n++] = u & 0xff; } };
}
function utf16Spec(name: string, le: boolean): EncSpec {
  const unit = put16(le);
  return {
    name, reason: 'surrogates not allowed', ok: (c) => !isSur(c), runs: false, pass: unit,
    put: (out, c) => { if (c < 0x10000) unit(out, c); else { const v = c - 0x10000; unit(out, 0xd800 | (v >> 10)); unit(out, 0xdc00 | (v & 0x3ff)); } },
  };
}
function put32(le: boolean) {
  return (out: Out, c: number) => {
    out.need(4);
    const b = [c & 0xff, (c >> 8) & 0xff, (c >> 16) & 0xff, (c >>> 24) & 0xff];
    if (!le) b.reverse();
    for (const x of b) out.buf[out.n++] = x;
  };
}
function utf32Spec(name: string, le: boolean): EncSpec {
  const unit = put32(le);
  return { name, reason: 'surrogates not allowed', ok: (c) => !isSur(c), runs: false, pass: unit, put: unit };
}

const enc8 = new TextEncoder();

/** UTF-8 encode of a str (fast when well formed). */
/** Below this many UTF-16 units a JS loop beats TextEncoder/TextDecoder, whose calls cost a
 * fixed ~1 µs each (the encoders are C++ behind a binding). */
const SHORT = 256;

/** UTF-8 of a well-formed JS string, or null when it holds a lone surrogate. */
function utf8EncodeShort(js: string): Uint8Array | null {
  let size = 0;
  const n = js.length;
  for (let i = 0; i < n; i++) {
    const c = js.charCodeAt(i);
    if (c < 0x80) size += 1;
    else if (c < 0x800) size += 2;
    else if (c >= 0xd800 && c <= 0xdfff) {
      const d = i + 1 < n ? js.charCodeAt(i + 1) : 0;
      if (c > 0xdbff || d < 0xdc00 || d > 0xdfff) return null;
      size += 4;
      i++;
    } else size += 3;
  }
  const b = new Uint8Array(size);
  let o = 0;
  for (let i = 0; i < n; i++) {
    let c = js.charCodeAt(i);
    if (c < 0x80) b[o++] = c;
    else if (c < 0x800) { b[o++] = 0xc0 | (c >> 6); b[o++] = 0x80 | (c & 0x3f); }
    else if (c >= 0xd800 && c <= 0xdbff) {
      c = 0x10000 + ((c - 0xd800) << 10) + (js.charCodeAt(++i) - 0xdc00);
      b[o++] = 0xf0 | (c >> 18); b[o++] = 0x80 | ((c >> 12) & 0x3f); b[o++] = 0x80 | ((c >> 6) & 0x3f); b[o++] = 0x80 | (c & 0x3f);
    } else { b[o++] = 0xe0 | (c >> 12); b[o++] = 0x80 | ((c >> 6) & 0x3f); b[o++] = 0x80 | (c & 0x3f); }
  }
  return b;
}

/** Strict UTF-8 decode of a short buffer (the rules of utf8Decode below), or null at the first
 * invalid or truncated sequence (the caller's exact decoder then reports it). */
function utf8DecodeShort(b: Uint8Array): string | null {
  const n = b.length;
  const units: number[] = [];
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) { units.push(c); i++; continue; }
    let need: number, lo = 0x80, hi = 0xbf, cp: number;
    if (c >= 0xc2 && c <= 0xdf) { need = 1; cp = c & 0x1f; }
    else if (c >= 0xe0 && c <= 0xef) { need = 2; cp = c & 0x0f; if (c === 0xe0) lo = 0xa0; else if (c === 0xed) hi = 0x9f; }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; cp = c & 0x07; if (c === 0xf0) lo = 0x90; else if (c === 0xf4) hi = 0x8f; }
    else return null;
    if (i + need > n - 1) return null;
    for (let k = 1; k <= need; k++) {
      const x = b[i + k]!;
      if (k === 1 ? x < lo || x > hi : x < 0x80 || x > 0xbf) return null;
      cp = (cp << 6) | (x & 0x3f);
    }
    i += need + 1;
    if (cp < 0x10000) units.push(cp);
    else { cp -= 0x10000; units.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff)); }
  }
  return String.fromCharCode.apply(null, units);
}

export function utf8Encode(s: PyStr, errors: string): Uint8Array {
  const js = s.s;
  if (s.kind === 0) {
    const b = new Uint8Array(js.length);
    for (let i = 0; i < js.length; i++) b[i] = js.charCodeAt(i);
    return b;
  }
  if (js.length <= SHORT) {
    const b = utf8EncodeShort(js);
    if (b !== null) return b;
  } else if ((js as unknown as { isWellFormed(): boolean }).isWellFormed()) return enc8.encode(js);
  const out = new Out();
  encodeGeneric(s, UTF8, errors, out);
  return out.result();
}

export function charsetEncode(s: PyStr, limit: 128 | 256, errors: string): Uint8Array {
  if (s.kind === 0 || (limit === 256 && s.kind === 1)) {
    const js = s.s;
    const b = new Uint8Array(js.length);
    for (let i = 0; i < js.length; i++) b[i] = js.charCodeAt(i);
    return b;
  }
  const out = new Out();
  encodeGeneric(s, limit === 128 ? ASCII : LATIN1, errors, out);
  return out.result();
}

/** UTF-16 encode; byteorder 0 writes a BOM and uses little-endian (the native order here). */
export function utf16Encode(s: PyStr, errors: string, byteorder: number): Uint8Array {
  const out = new Out();
  const le = byteorder <= 0;
  if (byteorder === 0) put16(true)(out, 0xfeff);
  encodeGeneric(s, utf16Spec(byteorder === 0 ? 'utf-16' : le ? 'utf-16-le' : 'utf-16-be', le), errors, out);
  return out.result();
}

export function utf32Encode(s: PyStr, errors: string, byteorder: number): Uint8Array {
  const out = new Out();
  const le = byteorder <= 0;
  if (byteorder === 0) put32(true)(out, 0xfeff);
  encodeGeneric(s, utf32Spec(byteorder === 0 ? 'utf-32' : le ? 'utf-32-le' : 'utf-32-be', le), errors, out);
  return out.result();
}

// ---- decoders ------------------------------------------------------------------------------

/**
 * Handles one decode error over data[start:end): appends the replacement to `parts` and returns
 * the position to resume at. `objOf` makes the bytes object the exception carries.
 */
function decodeError(errors: string, name: string, data: Uint8Array, objOf: () => PyObject, start: number, end: number, reason: string, parts: string[]): number {
  switch (errors) {
    case 'strict': break;
    case 'ignore': return end;
    case 'replace': parts.push('\ufffd'); return end;
    case 'backslashreplace': {
      let t = '';
      for (let k = start; k < end; k++) t += '\\x' + (data[k]! < 16 ? '0' : '') + data[k]!.toString(16);
      parts.push(t);
      return end;
    }
    case 'surrogateescape': {
      // PyCodec_SurrogateEscapeErrors: escapes at most 4 leading bytes >= 128 and resumes after them.
      let t = '';
      let k = start;
      for (; k < end && k - start < 4; k++) { if (data[k]! < 128) break; t += String.fromCharCode(0xdc00 + data[k]!); }
      if (k > start) { parts.push(t); return k; }
      break;
    }
    case 'surrogatepass': {
      const cp = surrogatePassDecode(name, data, start);
      if (cp) { parts.push(String.fromCharCode(cp[0])); return start + cp[1]; }
      break;
    }
    case 'xmlcharrefreplace': {
      const e = makeUnicodeError(PyExc.UnicodeDecodeError!, name, objOf(), start, end, reason);
      decref(e);
      raise(PyExc.TypeError, "don't know how to handle UnicodeDecodeError in error callback");
    }
    default: {
      const [rep, np] = callHandler(errors, makeUnicodeError(PyExc.UnicodeDecodeError!, name, objOf(), start, end, reason), false, data.length);
      parts.push((rep as PyStr).s);
      decref(rep);
      return np;
    }
  }
  throwExc(makeUnicodeError(PyExc.UnicodeDecodeError!, name, objOf(), start, end, reason));
}

/** The surrogate encoded at data[p] for the codec `name` (PyCodec_SurrogatePassErrors), with its byte length. */
function surrogatePassDecode(name: string, d: Uint8Array, p: number): [number, number] | null {
  const n = normalizeEncoding(name);
  let c = -1, len = 0;
  if (n === 'utf_8' || n === 'utf8') {
    if (p + 3 <= d.length && (d[p]! & 0xf0) === 0xe0 && (d[p + 1]! & 0xc0) === 0x80 && (d[p + 2]! & 0xc0) === 0x80) {
      c = ((d[p]! & 0x0f) << 12) | ((d[p + 1]! & 0x3f) << 6) | (d[p + 2]! & 0x3f); len = 3;
    }
  } else if (n === 'utf_16_le' || n === 'utf_16_be') {
    if (p + 2 <= d.length) { c = n.endsWith('le') ? d[p]! | (d[p + 1]! << 8) : (d[p]! << 8) | d[p + 1]!; len = 2; }
  } else if (n === 'utf_32_le' || n === 'utf_32_be') {
    if (p + 4 <= d.length) {
      c = n.endsWith('le') ? (d[p]! | (d[p + 1]! << 8) | (d[p + 2]! << 16) | (d[p + 3]! << 24)) >>> 0 : ((d[p]! << 24) | (d[p + 1]! << 16) | (d[p + 2]! << 8) | d[p + 3]!) >>> 0;
      len = 4;
    }
  }
  return c >= 0xd800 && c <= 0xdfff ? [c, len] : null;
}

const dec8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Text of b[a:e], all bytes < 0x80 (short runs by hand, long ones by the native decoder). */
function asciiChunk(b: Uint8Array, a: number, e: number): string {
  if (e - a > 64) return dec8.decode(b.subarray(a, e));
  let s = '';
  for (let k = a; k < e; k++) s += String.fromCharCode(b[k]!);
  return s;
}

/** UTF-8 decode: [text, bytes consumed]. Not final: a truncated sequence at the end is left. */
export function utf8Decode(b: Uint8Array, errors: string, final: boolean, objOf: () => PyObject): [string, number] {
  const n = b.length;
  let i = 0;
  while (i < n && b[i]! < 0x80) i++;
  if (i === n) return [asciiChunk(b, 0, n), n];
  if (n <= SHORT) {
    const r = utf8DecodeShort(b);
    if (r !== null) return [r, n];
  }
  try {
    return [dec8.decode(b), n];
  } catch { /* fall through to the exact decoder */ }
  const parts: string[] = [asciiChunk(b, 0, i)];
  let run = i;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) { i++; continue; }
    let need: number, lo = 0x80, hi = 0xbf, cp: number;
    if (c >= 0xc2 && c <= 0xdf) { need = 1; cp = c & 0x1f; }
    else if (c >= 0xe0 && c <= 0xef) { need = 2; cp = c & 0x0f; if (c === 0xe0) lo = 0xa0; else if (c === 0xed) hi = 0x9f; }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; cp = c & 0x07; if (c === 0xf0) lo = 0x90; else if (c === 0xf4) hi = 0x8f; }
    else { need = -1; cp = 0; }
    let j = i + 1;
    let reason: string | null = null;
    if (need < 0) reason = 'invalid start byte';
    else {
      for (let k = 0; k < need; k++) {
        if (j >= n) { reason = 'partial'; break; }
        const x = b[j]!;
        if (k === 0 ? x < lo || x > hi : x < 0x80 || x > 0xbf) { reason = 'invalid continuation byte'; break; }
        cp = (cp << 6) | (x & 0x3f);
        j++;
      }
    }
    if (reason === null) { i = j; continue; }
    if (i > run) parts.push(dec8.decode(b.subarray(run, i)));
    if (reason === 'partial') {
      if (!final) return [parts.join(''), i];
      reason = 'unexpected end of data';
    }
    i = decodeError(errors, 'utf-8', b, objOf, i, j, reason, parts);
    run = i;
  }
  if (run < n) parts.push(dec8.decode(b.subarray(run, n)));
  return [parts.join(''), n];
}

export function asciiDecode(b: Uint8Array, errors: string, objOf: () => PyObject): string {
  const n = b.length;
  let i = 0;
  while (i < n && b[i]! < 0x80) i++;
  if (i === n) return asciiChunk(b, 0, n);
  const parts: string[] = [asciiChunk(b, 0, i)];
  while (i < n) {
    if (b[i]! < 0x80) { let j = i; while (j < n && b[j]! < 0x80) j++; parts.push(asciiChunk(b, i, j)); i = j; continue; }
    i = decodeError(errors, 'ascii', b, objOf, i, i + 1, 'ordinal not in range(128)', parts);
  }
  return parts.join('');
}

export function latin1Decode(b: Uint8Array): string {
  const n = b.length;
  let i = 0;
  while (i < n && b[i]! < 0x80) i++;
  if (i === n) return asciiChunk(b, 0, n);
  const parts: string[] = [asciiChunk(b, 0, i)];
  for (let k = i; k < n; k += 4096) parts.push(String.fromCharCode.apply(null, Array.from(b.subarray(k, Math.min(n, k + 4096)))));
  return parts.join('');
}

/**
 * UTF-16 decode (PyUnicode_DecodeUTF16Stateful): byteorder 0 reads a BOM (default little-endian),
 * -1 little, 1 big. Returns [text, consumed, final byteorder].
 */
export function utf16Decode(b: Uint8Array, errors: string, byteorder: number, final: boolean, objOf: () => PyObject): [string, number, number] {
  const n = b.length;
  let i = 0;
  let bo = byteorder;
  if (bo === 0 && n >= 2) {
    const bom = b[0]! | (b[1]! << 8);
    if (bom === 0xfeff) { i = 2; bo = -1; }
    else if (bom === 0xfffe) { i = 2; bo = 1; }
  }
  const le = bo <= 0;
  const name = le ? 'utf-16-le' : 'utf-16-be';
  const unit = (p: number) => (le ? b[p]! | (b[p + 1]! << 8) : (b[p]! << 8) | b[p + 1]!);
  const parts: string[] = [];
  let chunk: number[] = [];
  const flush = () => { if (chunk.length) { parts.push(String.fromCharCode.apply(null, chunk)); chunk = []; } };
  while (i < n) {
    if (n - i < 2) {
      if (!final) break;
      flush();
      i = decodeError(errors, name, b, objOf, i, n, 'truncated data', parts);
      continue;
    }
    const u = unit(i);
    if (u < 0xd800 || u > 0xdfff) { chunk.push(u); i += 2; if (chunk.length > 4096) flush(); continue; }
    if (u >= 0xdc00) { flush(); i = decodeError(errors, name, b, objOf, i, i + 2, 'illegal encoding', parts); continue; }
    if (n - i < 4) {
      if (!final) break;
      flush();
      i = decodeError(errors, name, b, objOf, i, n, 'unexpected end of data', parts);
      continue;
    }
    const v = unit(i + 2);
    if (v >= 0xdc00 && v <= 0xdfff) { chunk.push(u, v); i += 4; continue; }
    flush();
    i = decodeError(errors, name, b, objOf, i, i + 2, 'illegal UTF-16 surrogate', parts);
  }
  flush();
  return [parts.join(''), i, bo];
}

export function utf32Decode(b: Uint8Array, errors: string, byteorder: number, final: boolean, objOf: () => PyObject): [string, number, number] {
  const n = b.length;
  let i = 0;
  let bo = byteorder;
  if (bo === 0 && n >= 4) {
    const bom = (b[0]! | (b[1]! << 8) | (b[2]! << 16) | (b[3]! << 24)) >>> 0;
    if (bom === 0xfeff) { i = 4; bo = -1; }
    else if (bom === 0xfffe0000) { i = 4; bo = 1; }
  }
  const le = bo <= 0;
  const name = le ? 'utf-32-le' : 'utf-32-be';
  const parts: string[] = [];
  while (i < n) {
    if (n - i < 4) {
      if (!final) break;
      i = decodeError(errors, name, b, objOf, i, n, 'truncated data', parts);
      continue;
    }
    const c = le ? (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0 : ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
    if (c > 0x10ffff) { i = decodeError(errors, name, b, objOf, i, i + 4, 'code point not in range(0x110000)', parts); continue; }
    if (c >= 0xd800 && c <= 0xdfff) { i = decodeError(errors, name, b, objOf, i, i + 4, 'code point in surrogate code point range(0xd800, 0xe000)', parts); continue; }
    parts.push(String.fromCodePoint(c));
    i += 4;
  }
  return [parts.join(''), i, bo];
}

// ---- str.encode / bytes.decode -------------------------------------------------------------

function registryCall(fn: 'encode' | 'decode', obj: PyObject, encoding: string, errors: string): PyObject {
  const m = codecsModule();
  const lookupFn = A.getAttr(m, 'lookup');
  const encObj = newStr(encoding);
  let info: PyObject;
  try { info = A.call(lookupFn, [encObj]); } finally { decref(lookupFn); decref(encObj); }
  try {
    const isText = A.getAttrOpt(info, '_is_text_encoding');
    if (isText) {
      const t = A.isTrue(isText);
      decref(isText);
      if (!t) raise(PyExc.LookupError, `'${encoding}' is not a text encoding; use codecs.${fn}() to handle arbitrary codecs`);
    }
    const idx = newInt(fn === 'encode' ? 0 : 1);
    let f: PyObject;
    try { f = A.getItem(info, idx); } finally { decref(idx); }
    const err = newStr(errors);
    let r: PyObject;
    try { r = A.call(f, [obj, err]); } finally { decref(f); decref(err); }
    if (!(r instanceof PyTuple) || r.items.length !== 2) { decref(r); raise(PyExc.TypeError, `${fn === 'encode' ? 'encoder' : 'decoder'} must return a tuple (object, integer)`); }
    const v = r.items[0]!;
    v.ob_refcnt++;
    decref(r);
    return v;
  } finally { decref(info); }
}


/** str.encode(encoding, errors): new bytes reference. */
export function strEncode(s: PyStr, encoding: string | null, errors: string | null): PyObject {
  const err = errors ?? 'strict';
  const fast = encoding === null ? 'utf-8' : fastCodec(encoding);
  let b: Uint8Array;
  switch (fast) {
    case 'utf-8': b = utf8Encode(s, err); break;
    case 'ascii': b = charsetEncode(s, 128, err); break;
    case 'latin-1': b = charsetEncode(s, 256, err); break;
    case 'utf-16': b = utf16Encode(s, err, 0); break;
    case 'utf-32': b = utf32Encode(s, err, 0); break;
    default: {
      const v = registryCall('encode', s, encoding!, err);
      if (v instanceof PyBytes && !(v instanceof PyByteArray)) return v;
      if (v instanceof PyByteArray) { const r = new PyBytes(bytesType, v.bytes.slice()); decref(v); return r; }
      const tn = v.type.name;
      decref(v);
      raise(PyExc.TypeError, `'${encoding}' encoder returned '${tn}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types`);
    }
  }
  return new PyBytes(bytesType, b);
}

/** bytes.decode / bytearray.decode / str(b, encoding, errors): new str reference. `obj` is the
 * bytes-like object `data` came from (exceptions carry it as bytes). */
export function bytesDecode(obj: PyObject, data: Uint8Array, encoding: string | null, errors: string | null): PyObject {
  const err = errors ?? 'strict';
  const fast = encoding === null ? 'utf-8' : fastCodec(encoding);
  let copy: PyBytes | null = null;
  const objOf = (): PyObject => {
    let b: PyObject;
    if (obj instanceof PyBytes && obj.type === bytesType) b = obj;
    else b = copy ??= new PyBytes(bytesType, data.slice());
    b.ob_refcnt++;
    return b;
  };
  try {
    switch (fast) {
      case 'utf-8': return newStr(utf8Decode(data, err, true, objOf)[0]);
      case 'ascii': return newStr(asciiDecode(data, err, objOf));
      case 'latin-1': return newStr(latin1Decode(data));
      case 'utf-16': return newStr(utf16Decode(data, err, 0, true, objOf)[0]);
      case 'utf-32': return newStr(utf32Decode(data, err, 0, true, objOf)[0]);
    }
    const arg = obj instanceof PyBytes ? obj : objOf();
    let v: PyObject;
    try { v = registryCall('decode', arg, encoding!, err); } finally { if (arg !== obj) decref(arg); }
    if (v instanceof PyStr) {
      if (v.type === strType) return v;
      const r = newStr(v.s);
      decref(v);
      return r;
    }
    const tn = v.type.name;
    decref(v);
    return raise(PyExc.TypeError, `'${encoding}' decoder returned '${tn}' instead of 'str'; use codecs.decode() to decode to arbitrary types`);
  } finally {
    if (copy) decref(copy);
  }
}

/** An `encoding`/`errors` argument: str or absent (null); `fname() argument 'name' must be str` otherwise. */
export function encodingArg(fname: string, argname: string, o: PyObject | null | undefined): string | null {
  if (o === null || o === undefined) return null;
  if (!(o instanceof PyStr)) raise(PyExc.TypeError, `${fname}() argument '${argname}' must be str, not ${o.type.name}`);
  return o.s;
}

/**
 * str(object, encoding, errors) on top of the plain constructor `prev` (unicode_new_impl): with an
 * encoding or errors argument the object must be bytes-like and is decoded.
 */
export function strNewDecoding(prev: (t: PyType, args: PyObject[], kw: readonly string[] | null) => PyObject) {
  return (t: PyType, args: PyObject[], kw: readonly string[] | null): PyObject => {
    const npos = args.length - (kw ? kw.length : 0);
    if (kw) for (const k of kw) if (k !== 'object' && k !== 'encoding' && k !== 'errors') raise(PyExc.TypeError, `'${k}' is an invalid keyword argument for str()`);
    if (npos < 2 && !(kw && kw.some((k) => k === 'encoding' || k === 'errors'))) return prev(t, args, kw);
    const [x, enc, err] = bindArgs('str', args, kw, ['object', 'encoding', 'errors'], 0);
    const encoding = encodingArg('str', 'encoding', enc);
    const errors = encodingArg('str', 'errors', err);
    let r: PyObject;
    if (x === null) r = newStr('');
    else if (x instanceof PyStr) return raise(PyExc.TypeError, 'decoding str is not supported');
    else if (x instanceof PyBytes) r = bytesDecode(x, x.bytes, encoding ?? 'utf-8', errors);
    else if (x instanceof PyMemoryView && x.obj instanceof PyBytes) r = bytesDecode(x, x.obj.bytes, encoding ?? 'utf-8', errors);
    else return raise(PyExc.TypeError, `decoding to str: need a bytes-like object, ${x.type.name} found`);
    if (t === strType) return r;
    const wrapped = [r];
    try { return prev(t, wrapped, null); } finally { decref(r); }
  };
}
