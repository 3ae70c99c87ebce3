/**
 * bytes: an immutable byte string (Objects/bytesobject.c semantics for the common operations).
 *
 * Invariants: `bytes` is never mutated after construction; `h` caches the hash (-1 = not yet).
 * The hash agrees with str's for the same latin-1 text, as in CPython (both hash the raw 1-byte
 * buffer). Size model: 33 + len (PyBytesObject header + trailing NUL).
 */
import { PyObject, makeImmortal } from './object';
import { makeStaticType, objectType, PyType, type TypeSlots } from './type';
import { PyStr, newStr } from './str';
import { PyInt, newInt, boolObj, smallInt } from './int';
import { newIter, bytesIterType, bytearrayIterType } from './iterators';
import { PySlice, sliceIndices } from './slice';
import { tupleSteal } from './tuple';
import { listSteal } from './list';
import { NotImplemented, None } from './singletons';
import { defMethods, defMethod } from './builtin_function';
import { raise, PyExc, MAX_BYTES_LENGTH, noMemory } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import * as A from '../runtime/abstract';
import { strEncode, bytesDecode, encodingArg } from '../runtime/codecs';
import { vmHooks } from '../runtime/hooks';
import { bindArgs, noKw, nargs } from '../runtime/args';
import { defGetSet } from './descriptors';
import { PyMemoryView, mvData } from './memoryview';

export class PyBytes extends PyObject {
  h = -1;
  constructor(type: PyType, public bytes: Uint8Array) { super(type); }
}

/** bytearray: a PyBytes whose buffer is replaced on mutation (never shared with a bytes). */
export class PyByteArray extends PyBytes {
  /** CPython's ob_alloc (buffer bytes incl. the trailing NUL); -1 = as PyByteArray_FromStringAndSize
   * sized it (0 for empty, else length + 1). Only sys.getsizeof reads it. */
  alloc = -1;
  /** Live memoryviews of this buffer (it cannot change size while any exist). */
  exports = 0;
  /** Spare capacity for appends (baAppend): when `bytes` is a view at offset 0 of this buffer, the
   * buffer's bytes past `bytes.length` were never exposed and may be written in place. Every
   * other resize installs a fresh array and drops it. */
  cap: ArrayBuffer | null = null;
}

function baAlloc(o: PyByteArray): number {
  return o.alloc >= 0 ? o.alloc : (o.bytes.length ? o.bytes.length + 1 : 0);
}

/** Installs `out` as the new contents, updating ob_alloc like PyByteArray_Resize: a shrink below
 * half the buffer or a growth beyond 1/8 more reallocates to the exact size; a smaller growth
 * over-allocates like list_resize; other shrinks keep the buffer. */
export function baResize(o: PyByteArray, out: Uint8Array): void {
  baSetAlloc(o, out.length);
  o.cap = null;
  o.bytes = out;
}

function baSetAlloc(o: PyByteArray, size: number): void {
  if (o.exports > 0 && size !== o.bytes.length) raise(PyExc.BufferError, 'Existing exports of data: object cannot be re-sized');
  let alloc = baAlloc(o);
  if (size !== o.bytes.length) {
    if (size + 1 <= alloc) {
      if (size < Math.floor(alloc / 2)) alloc = size + 1;
    } else if (size <= alloc * 1.125) alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
    else alloc = size + 1;
  }
  o.alloc = alloc;
}

/** Appends `add` (or the one byte `add`) to a bytearray in amortized O(len(add)): the JS buffer
 * grows geometrically (its spare room is invisible: `bytes` stays a view of exactly the length);
 * ob_alloc follows PyByteArray_Resize as for any other resize. */
export function baAppend(o: PyByteArray, add: Uint8Array | number): void {
  const cur = o.bytes;
  const n = cur.length;
  const size = n + (typeof add === 'number' ? 1 : add.length);
  baSetAlloc(o, size);
  let buf = o.cap;
  if (buf === null || cur.buffer !== buf || cur.byteOffset !== 0 || size > buf.byteLength) {
    buf = new ArrayBuffer(Math.max(size, n * 2, 16));
    new Uint8Array(buf).set(cur);
    o.cap = buf;
  }
  const out = new Uint8Array(buf, 0, size);
  if (typeof add === 'number') out[n] = add;
  else out.set(add, n);
  o.bytes = out;
}

export let bytesType: PyType;
export let bytearrayType: PyType;

/** b'' is one immortal object, as CPython's bytes_empty singleton (every empty result shares it). */
let emptyBytes: PyBytes | null = null;

export function newBytes(b: Uint8Array): PyBytes {
  if (b.length === 0) {
    if (emptyBytes === null || emptyBytes.type !== bytesType) emptyBytes = makeImmortal(new PyBytes(bytesType, b));
    emptyBytes.ob_refcnt++;
    return emptyBytes;
  }
  return new PyBytes(bytesType, b);
}

const B = (o: PyObject) => (o as PyBytes).bytes;

/** The bytes of a bytes-like object (bytes, bytearray, memoryview), or null. */
export function bytesOf(o: PyObject): Uint8Array | null {
  return o instanceof PyBytes ? o.bytes : o instanceof PyMemoryView ? mvData(o) : null;
}

const HEXDIGITS = '0123456789abcdef';

/**
 * bytes.hex(sep, bytes_per_sep) (_Py_strhex_impl): `sep` (str or bytes, one ASCII character)
 * goes between groups of |bytes_per_sep| bytes counted from the right end (positive) or the
 * left end (negative).
 */
export function hexWithSep(b: Uint8Array, sepObj: PyObject | null, perObj: PyObject | null): string {
  let sep = '';
  if (sepObj) {
    const n = A.len(sepObj);
    if (n !== 1) raise(PyExc.ValueError, 'sep must be length 1.');
    const c = sepObj instanceof PyStr ? sepObj.s : bytesOf(sepObj) ? String.fromCharCode(bytesOf(sepObj)![0]!) : null;
    if (c === null) raise(PyExc.TypeError, `a bytes-like object is required, not '${sepObj.type.name}'`);
    if (c.charCodeAt(0) > 127) raise(PyExc.ValueError, 'sep must be ASCII.');
    sep = c;
  }
  const per = perObj ? A.asSize(perObj) : 1;
  const hex = (c: number) => HEXDIGITS[c >> 4]! + HEXDIGITS[c & 15]!;
  if (!sep || per === 0 || b.length === 0) return Array.from(b, hex).join('');
  const k = Math.abs(per);
  const groups: string[] = [];
  if (per > 0) {
    let end = b.length;
    while (end > 0) { const st = Math.max(0, end - k); groups.unshift(Array.from(b.subarray(st, end), hex).join('')); end = st; }
  } else {
    for (let st = 0; st < b.length; st += k) groups.push(Array.from(b.subarray(st, st + k), hex).join(''));
  }
  return groups.join(sep);
}

/** bytes.fromhex(string) (_PyBytes_FromHex): whitespace only between byte pairs. */
function fromHex(arg: PyObject): Uint8Array {
  if (!(arg instanceof PyStr)) raise(PyExc.TypeError, `fromhex() argument must be str, not ${arg.type.name}`);
  const s = arg.s;
  const out: number[] = [];
  const digit = (i: number) => { const c = s.charCodeAt(i); return c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : 99; };
  const space = (i: number) => { const c = s.charCodeAt(i); return c === 32 || (c >= 9 && c <= 13); };
  let i = 0;
  const bad = (pos: number): never => raise(PyExc.ValueError, `non-hexadecimal number found in fromhex() arg at position ${pos}`);
  while (i < s.length) {
    if (space(i)) { while (i < s.length && space(i)) i++; if (i >= s.length) break; }
    const hi = digit(i);
    if (hi > 15) bad(i);
    const lo = i + 1 < s.length ? digit(i + 1) : 99;
    if (lo > 15) bad(i + 1);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return Uint8Array.from(out);
}

export function bytesRepr(b: Uint8Array, prefix = 'b'): string {
  let quote = "'";
  if (b.includes(0x27) && !b.includes(0x22)) quote = '"';
  let out = prefix + quote;
  for (const c of b) {
    if (c === quote.charCodeAt(0) || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + quote;
}

function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}

function fromLatin1(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

function bytesHash(o: PyObject): number {
  const x = o as PyBytes;
  if (x.h !== -1) return x.h;
  const s = newStr(latin1(x.bytes));
  x.h = A.hashOf(s);
  decref(s);
  return x.h;
}

function cmp(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** An argument that must be bytes-like (a `bytes`), with CPython's buffer-protocol message. */
export function needBytes(o: PyObject): Uint8Array {
  const b = bytesOf(o);
  if (b === null) raise(PyExc.TypeError, `a bytes-like object is required, not '${o.type.name}'`);
  return b;
}

export function indexOf(hay: Uint8Array, needle: Uint8Array, start: number, end: number): number {
  outer: for (let i = start; i + needle.length <= end; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

export function subArg(o: PyObject): Uint8Array {
  if (o instanceof PyInt) {
    const v = Number(o.v);
    if (v < 0 || v > 255) raise(PyExc.ValueError, 'byte must be in range(0, 256)');
    return Uint8Array.of(v);
  }
  return needBytes(o);
}

/** The optional [start, end] arguments at args[from], clamped like slice indices. */
export function range(self: PyObject, args: PyObject[], from: number): [number, number] {
  const n = B(self).length;
  const norm = (o: PyObject | undefined, dflt: number) => {
    if (o === undefined || o === None) return dflt;
    let v = A.asSize(o);
    if (v < 0) v = Math.max(0, v + n);
    return Math.min(v, n);
  };
  return [norm(args[from], 0), norm(args[from + 1], n)];
}

function bytesNew(t: PyType, args: PyObject[], kwnames: readonly string[] | null): PyObject {
  const [src, enc, err] = bindArgs('bytes', args, kwnames, ['source', 'encoding', 'errors'], 0);
  let b: Uint8Array;
  if (!src) b = new Uint8Array(0);
  else if (src instanceof PyStr) {
    if (!enc) raise(PyExc.TypeError, 'string argument without an encoding');
    const r = strEncode(src, encodingArg('bytes', 'encoding', enc), encodingArg('bytes', 'errors', err)) as PyBytes;
    b = r.bytes;
    decref(r);
  } else if (enc) raise(PyExc.TypeError, 'encoding without a string argument');
  else if (src instanceof PyBytes) b = src instanceof PyByteArray ? src.bytes.slice() : src.bytes;
  else if (src instanceof PyInt) {
    const n = A.asSize(src);
    if (n < 0) raise(PyExc.ValueError, 'negative count');
    b = new Uint8Array(n);
  } else {
    const items = A.toArray(src);
    try {
      b = Uint8Array.from(items.map((x) => {
        if (!(x instanceof PyInt)) raise(PyExc.TypeError, `'${x.type.name}' object cannot be interpreted as an integer`);
        const v = Number(x.v);
        if (v < 0 || v > 255) raise(PyExc.ValueError, 'bytes must be in range(0, 256)');
        return v;
      }));
    } finally { for (const x of items) decref(x); }
  }
  if (t !== bytesType) return new PyBytes(t, b);
  // bytes(b) of an exact bytes object is that object; empty results are the b'' singleton.
  if (src && src.type === bytesType) { src.ob_refcnt++; return src; }
  return newBytes(b);
}

export const bytesSlots: TypeSlots = {
  repr: (o) => newStr(bytesRepr(B(o))),
  str: (o) => newStr(bytesRepr(B(o))),
  hash: bytesHash,
  richcompare: (a, b, op) => {
    if (!(b instanceof PyBytes)) { NotImplemented.ob_refcnt++; return NotImplemented; }
    const c = cmp(B(a), B(b));
    return boolObj([c < 0, c <= 0, c === 0, c !== 0, c > 0, c >= 0][op]!);
  },
  len: (o) => B(o).length,
  getitem: (o, k) => {
    const b = B(o);
    if (k instanceof PySlice) {
      const [start, , step, n] = sliceIndices(k, b.length);
      const out = new Uint8Array(n);
      for (let i = 0, j = start; i < n; i++, j += step) out[i] = b[j]!;
      return sameKind(o, out);
    }
    const ba = o instanceof PyByteArray;
    if (!(k instanceof PyInt) && !k.type.slots.index) raise(PyExc.TypeError, `${ba ? 'bytearray' : 'byte'} indices must be integers or slices, not ${k.type.name}`);
    let i = A.asSize(k);
    if (i < 0) i += b.length;
    if (i < 0 || i >= b.length) raise(PyExc.IndexError, ba ? 'bytearray index out of range' : 'index out of range');
    return smallInt(b[i]!);
  },
  iter: (o) => newIter(o instanceof PyByteArray ? bytearrayIterType : bytesIterType, o),
  contains: (o, x) => indexOf(B(o), subArg(x), 0, B(o).length) >= 0,
  concat: (a, b) => {
    const y = bytesOf(b);
    if (y === null) raise(PyExc.TypeError, `can't concat ${b.type.name} to ${a.type.name}`);
    const x = B(a);
    const out = new Uint8Array(x.length + y.length);
    out.set(x);
    out.set(y, x.length);
    return newBytes(out);
  },
  repeat: (a, n) => sameKind(a, repeatBytes(B(a), n)),
  new: bytesNew,
  sizeof: (o) => 33 + B(o).length,
};

/** bytearray_ass_subscript: index or slice assignment and deletion (v === null). */
function baSetItem(o: PyByteArray, k: PyObject, v: PyObject | null): void {
  const b = o.bytes;
  if (k instanceof PySlice) {
    const [start, stop, step, n] = sliceIndices(k, b.length);
    let src: Uint8Array;
    if (v === null) src = new Uint8Array(0);
    else {
      const y = bytesOf(v) ?? (v instanceof PyByteArray ? v.bytes : null);
      if (y !== null) src = y.slice();
      else {
        if (v instanceof PyInt || v instanceof PyStr || v.type.name === 'float') raise(PyExc.TypeError, 'can assign only bytes, buffers, or iterables of ints in range(0, 256)');
        const tmp = bytesNew(bytesType, [v], null) as PyBytes;
        src = tmp.bytes.slice();
        decref(tmp);
      }
    }
    if (step === 1) {
      const hi = Math.max(start, stop);
      const out = new Uint8Array(b.length - (hi - start) + src.length);
      out.set(b.subarray(0, start));
      out.set(src, start);
      out.set(b.subarray(hi), start + src.length);
      baResize(o, out);
      return;
    }
    if (v === null) {
      const drop = new Set<number>();
      for (let i = 0, j = start; i < n; i++, j += step) drop.add(j);
      baResize(o, b.filter((_x, idx) => !drop.has(idx)));
      return;
    }
    if (src.length !== n) raise(PyExc.ValueError, `attempt to assign bytes of size ${src.length} to extended slice of size ${n}`);
    for (let i = 0, j = start; i < n; i++, j += step) b[j] = src[i]!;
    return;
  }
  if (!(k instanceof PyInt) && !k.type.slots.index) raise(PyExc.TypeError, `bytearray indices must be integers or slices, not ${k.type.name}`);
  let i = A.asSize(k);
  if (i < 0) i += b.length;
  if (i < 0 || i >= b.length) raise(PyExc.IndexError, 'bytearray index out of range');
  if (v === null) {
    const out = new Uint8Array(b.length - 1);
    out.set(b.subarray(0, i));
    out.set(b.subarray(i + 1), i);
    baResize(o, out);
    return;
  }
  const x = A.asSize(v);
  if (x < 0 || x > 255) raise(PyExc.ValueError, 'byte must be in range(0, 256)');
  b[i] = x;
}

/** The bytes of `x` repeated `n` (an index) times; a count below 1 gives no bytes. */
function repeatBytes(x: Uint8Array, n: PyObject): Uint8Array {
  if (!(n instanceof PyInt) && !n.type.slots.index) raise(PyExc.TypeError, `can't multiply sequence by non-int of type '${n.type.name}'`);
  const k = Math.max(0, A.asSize(n));
  if (k > 0 && x.length > MAX_BYTES_LENGTH / k) noMemory();
  const out = new Uint8Array(x.length * k);
  for (let i = 0; i < k; i++) out.set(x, i * x.length);
  return out;
}

export function initBytesType(): void {
  bytesType = makeStaticType('bytes', objectType, bytesSlots, { basicsize: 33, itemsize: 1 });
  bytearrayType = makeStaticType('bytearray', objectType, {
    ...bytesSlots,
    repr: (o) => newStr(`bytearray(${bytesRepr(B(o))})`),
    str: (o) => newStr(`bytearray(${bytesRepr(B(o))})`),
    hash: undefined,
    new: (t) => new PyByteArray(t, new Uint8Array(0)),
    init: (self, args, kw) => {
      const src = bytesNew(bytesType, args, kw) as PyBytes;
      baResize(self as PyByteArray, src.bytes.slice());
      decref(src);
    },
    setitem: (o, k, v) => baSetItem(o as PyByteArray, k, v),
    concat: (a, b) => {
      const y = bytesOf(b);
      if (y === null) raise(PyExc.TypeError, `can't concat ${b.type.name} to ${a.type.name}`);
      const x = B(a);
      const out = new Uint8Array(x.length + y.length);
      out.set(x);
      out.set(y, x.length);
      return new PyByteArray(bytearrayType, out);
    },
    repeat: (a, n) => new PyByteArray(bytearrayType, repeatBytes(B(a), n)),
    sizeof: (o) => 56 + baAlloc(o as PyByteArray),
  }, { basicsize: 56 });
  vmHooks.newBytes = newBytes;
  vmHooks.encodeUtf8 = (s) => newBytes(new TextEncoder().encode(s));
}

export function initBytesMethods(): void {
  const str = (o: PyObject | null | undefined, d: string) => (o ? A.strJS(o) : d);
  const table: Parameters<typeof defMethods>[1] = {
    decode: (self, args, kw) => {
      const [enc, err] = bindArgs('decode', args, kw, ['encoding', 'errors'], 0);
      return bytesDecode(self!, B(self), encodingArg('decode', 'encoding', enc), encodingArg('decode', 'errors', err));
    },
    hex: (self, args, kw) => {
      const [sep, per] = bindArgs('hex', args, kw, ['sep', 'bytes_per_sep'], 0);
      return newStr(hexWithSep(B(self), sep, per));
    },
    startswith: (self, args) => affix(self, args, 'startswith'),
    endswith: (self, args) => affix(self, args, 'endswith'),
    find: (self, args) => { const [s, e] = range(self, args, 1); return newInt(indexOf(B(self), subArg(args[0]!), s, e)); },
    index: (self, args) => {
      const [s, e] = range(self, args, 1);
      const i = indexOf(B(self), subArg(args[0]!), s, e);
      if (i < 0) raise(PyExc.ValueError, 'subsection not found');
      return newInt(i);
    },
    count: (self, args) => {
      const [s, e] = range(self, args, 1);
      const sub = subArg(args[0]!);
      let n = 0;
      for (let i = indexOf(B(self), sub, s, e); i >= 0; i = indexOf(B(self), sub, i + Math.max(1, sub.length), e)) n++;
      return newInt(n);
    },
    join: (self, args) => {
      const items = A.toArray(args[0]!);
      try {
        const parts = items.map((x, i) => {
          const b = bytesOf(x);
          if (b === null) raise(PyExc.TypeError, `sequence item ${i}: expected a bytes-like object, ${x.type.name} found`);
          return b;
        });
        const sep = B(self);
        const total = parts.reduce((n, p) => n + p.length, 0) + Math.max(0, parts.length - 1) * sep.length;
        const out = new Uint8Array(total);
        let o = 0;
        parts.forEach((p, i) => { if (i) { out.set(sep, o); o += sep.length; } out.set(p, o); o += p.length; });
        return sameKind(self!, out);
      } finally { for (const x of items) decref(x); }
    },
    replace: (self, args) => {
      const s = latin1(B(self)), a = latin1(needBytes(args[0]!)), b = latin1(needBytes(args[1]!));
      const cnt = args[2] ? A.asSize(args[2]) : -1;
      let out = '', i = 0, n = 0;
      for (;;) {
        if (cnt >= 0 && n >= cnt) break;
        const j = a.length ? s.indexOf(a, i) : (i <= s.length ? i : -1);
        if (j < 0) break;
        out += s.slice(i, j) + b;
        if (!a.length) { if (j < s.length) out += s[j]; i = j + 1; } else i = j + a.length;
        n++;
        if (!a.length && i > s.length) break;
      }
      out += s.slice(Math.min(i, s.length));
      return sameKind(self!, fromLatin1(out));
    },
    split: (self, args, kw) => {
      const [sepO, maxO] = bindArgs('split', args, kw, ['sep', 'maxsplit'], 0);
      const s = latin1(B(self));
      const max = maxO ? A.asSize(maxO) : -1;
      let parts: string[];
      if (!sepO || sepO === None) {
        parts = [];
        const re = /[ \t\n\r\x0b\x0c]+/;
        let rest = s.replace(/^[ \t\n\r\x0b\x0c]+/, '');
        while (rest.length && (max < 0 || parts.length < max)) {
          const m = re.exec(rest);
          if (!m) break;
          parts.push(rest.slice(0, m.index));
          rest = rest.slice(m.index + m[0].length);
        }
        if (rest.length) parts.push(max >= 0 && parts.length >= max ? rest.replace(/[ \t\n\r\x0b\x0c]+$/, '') : rest);
      } else {
        const sep = latin1(needBytes(sepO));
        if (!sep.length) raise(PyExc.ValueError, 'empty separator');
        parts = [];
        let i = 0;
        while (max < 0 || parts.length < max) {
          const j = s.indexOf(sep, i);
          if (j < 0) break;
          parts.push(s.slice(i, j));
          i = j + sep.length;
        }
        parts.push(s.slice(i));
      }
      return listSteal(parts.map((p) => sameKind(self!, fromLatin1(p))));
    },
    strip: (self, args) => stripper(self, args, true, true),
    lstrip: (self, args) => stripper(self, args, true, false),
    rstrip: (self, args) => stripper(self, args, false, true),
    lower: (self) => sameKind(self!, caseMap(B(self), 65)),
    upper: (self) => sameKind(self!, caseMap(B(self), 97)),
    isdigit: (self) => boolObj(allBytes(B(self), 1)),
    isalpha: (self) => boolObj(allBytes(B(self), 2)),
    isspace: (self) => boolObj(allBytes(B(self), 3)),
    __getnewargs__: (self) => tupleSteal([newBytes(B(self))]),
    translate: (self, args, kw) => {
      const [tbl, del] = bindArgs('translate', args, kw, ['table', 'delete'], 1, 2, 1);
      const t = tbl === None ? null : needBytes(tbl!);
      if (t && t.length !== 256) raise(PyExc.ValueError, 'translation table must be 256 characters long');
      const d = del ? needBytes(del) : new Uint8Array(0);
      const out: number[] = [];
      for (const c of B(self)) if (!d.includes(c)) out.push(t ? t[c]! : c);
      const r = Uint8Array.from(out);
      return self instanceof PyByteArray ? new PyByteArray(bytearrayType, r) : newBytes(r);
    },
  };
  defMethods(bytesType, table);
  const { __getnewargs__: _skip, ...shared } = table;
  void _skip;
  defMethods(bytearrayType, {
    ...shared,
    append: (self, args) => {
      if (args.length !== 1) raise(PyExc.TypeError, `bytearray.append() takes exactly one argument (${args.length} given)`);
      const x = args[0]!;
      const v = x instanceof PyInt && typeof x.v === 'number' ? x.v : A.asSize(x);
      if (v < 0 || v > 255) raise(PyExc.ValueError, 'byte must be in range(0, 256)');
      baAppend(self as PyByteArray, v);
      None.ob_refcnt++;
      return None;
    },
    extend: (self, args) => {
      const add = bytesNew(bytesType, [args[0]!], null) as PyBytes;
      try { baAppend(self as PyByteArray, add.bytes); } finally { decref(add); }
      None.ob_refcnt++;
      return None;
    },
    pop: (self, args) => {
      const b = B(self);
      if (!b.length) raise(PyExc.IndexError, 'pop from empty bytearray');
      let i = args.length ? A.asSize(args[0]!) : -1;
      if (i < 0) i += b.length;
      if (i < 0 || i >= b.length) raise(PyExc.IndexError, 'pop index out of range');
      const v = b[i]!;
      const out = new Uint8Array(b.length - 1);
      out.set(b.subarray(0, i));
      out.set(b.subarray(i + 1), i);
      baResize(self as PyByteArray, out);
      return smallInt(v);
    },
    clear: (self) => { baResize(self as PyByteArray, new Uint8Array(0)); None.ob_refcnt++; return None; },
    copy: (self) => new PyByteArray(bytearrayType, B(self).slice()),
  });
  for (const t of [bytesType, bytearrayType]) {
    defMethod(t, 'fromhex', (cls, args, kw) => {
      noKw('fromhex', kw);
      nargs('fromhex', args, 1, 1, true);
      const b = fromHex(args[0]!);
      const made = t === bytesType ? newBytes(b) : new PyByteArray(bytearrayType, b);
      if (cls === t) return made;
      try { return A.call(cls, [made]); } finally { decref(made); }
    }, 'class');
  }
}

/** A copy of b with the 26 ASCII letters from `from` (65 'A' or 97 'a') switched to the other case. */
function caseMap(b: Uint8Array, from: number): Uint8Array {
  const out = new Uint8Array(b.length);
  const d = from === 65 ? 32 : -32;
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    out[i] = c >= from && c < from + 26 ? c + d : c;
  }
  return out;
}

/** Non-empty and every byte in the class: 1 ASCII digits, 2 ASCII letters, 3 ASCII whitespace. */
function allBytes(b: Uint8Array, cls: number): boolean {
  if (b.length === 0) return false;
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    const ok = cls === 1 ? c >= 48 && c <= 57 : cls === 2 ? (c | 32) >= 97 && (c | 32) <= 122 : c === 32 || (c >= 9 && c <= 13);
    if (!ok) return false;
  }
  return true;
}

function affix(self: PyObject, args: PyObject[], which: 'startswith' | 'endswith'): PyObject {
  const [s, e] = range(self, args, 1);
  const b = B(self).subarray(s, e);
  const cands = args[0] instanceof PyObject && args[0].type.name === 'tuple' ? (args[0] as unknown as { items: PyObject[] }).items : [args[0]!];
  for (const c of cands) {
    const p = bytesOf(c);
    if (p === null) raise(PyExc.TypeError, `${which} first arg must be bytes or a tuple of bytes, not ${c.type.name}`);
    if (p.length > b.length) continue;
    const off = which === 'startswith' ? 0 : b.length - p.length;
    let i = 0;
    while (i < p.length && b[off + i] === p[i]) i++;
    if (i === p.length) return boolObj(true);
  }
  return boolObj(false);
}

function stripper(self: PyObject, args: PyObject[], left: boolean, right: boolean): PyObject {
  const b = B(self);
  const chars = args[0] && args[0] !== None ? needBytes(args[0]) : Uint8Array.of(32, 9, 10, 11, 12, 13);
  let i = 0, j = b.length;
  if (left) while (i < j && chars.includes(b[i]!)) i++;
  if (right) while (j > i && chars.includes(b[j - 1]!)) j--;
  return sameKind(self, b.slice(i, j));
}

/** A result of a bytes/bytearray operation: an exact bytearray when the receiver is a bytearray
 * (of any subclass), else an exact bytes (Objects/bytearrayobject.c builds PyByteArray_Type). */
function sameKind(self: PyObject, b: Uint8Array): PyObject {
  return self instanceof PyByteArray ? new PyByteArray(bytearrayType, b) : newBytes(b);
}

export { PyMemoryView, memoryviewType, initMemoryviewType, initMemoryviewMethods, mvData, bufferData } from './memoryview';
