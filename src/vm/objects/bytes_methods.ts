/**
 * The bytes/bytearray methods beyond the core set in bytes.ts: padding (ljust, rjust, center,
 * zfill, expandtabs), searching from the right (rfind, rindex, rpartition, rsplit), partition,
 * splitlines, removeprefix/removesuffix, ASCII case methods and predicates, maketrans, and
 * bytearray's insert/remove/reverse and in-place += / *=.
 *
 * Result types follow CPython 3.12 (Objects/bytes_methods.c, bytesobject.c, bytearrayobject.c):
 * bytearray methods return new bytearrays; bytes methods return exact bytes, and the receiver
 * itself (one more reference) where CPython returns `self` unchanged — an exact bytes for the
 * padding and prefix methods, any bytes for a partition that finds nothing.
 */
import type { PyObject } from './object';
import { PyBytes, PyByteArray, bytesType, bytearrayType, newBytes, bytesOf, baResize as baResizeTo, baAppend, needBytes, subArg, indexOf, range } from './bytes';
import { newInt, boolObj } from './int';
import { tupleSteal } from './tuple';
import { listSteal } from './list';
import { None } from './singletons';
import { defMethods, newBuiltin } from './builtin_function';
import { PyClassMethod, staticmethodType } from './descriptors';
import { makeImmortal } from './object';
import { inheritSlots } from './type';
import { raise, PyExc } from '../runtime/errors';
import * as A from '../runtime/abstract';
import { bindArgs, nargs } from '../runtime/args';

const B = (o: PyObject): Uint8Array => (o as PyBytes).bytes;
const isBA = (o: PyObject): boolean => o instanceof PyByteArray;

/** A new object of the receiver's family (bytearray for bytearray, exact bytes otherwise). */
function make(self: PyObject, b: Uint8Array): PyObject {
  return isBA(self) ? new PyByteArray(bytearrayType, b) : newBytes(b);
}

/** The receiver unchanged: itself for an exact bytes, else a copy (bytearray or exact bytes). */
function same(self: PyObject): PyObject {
  if (self.type === bytesType) { self.ob_refcnt++; return self; }
  return make(self, B(self).slice());
}

function lastIndexOf(hay: Uint8Array, needle: Uint8Array, start: number, end: number): number {
  outer: for (let i = end - needle.length; i >= start; i--) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function fillByte(name: string, o: PyObject | null): number {
  if (o === null) return 32;
  const b = o instanceof PyBytes ? o.bytes : null;
  if (b === null || b.length !== 1) {
    raise(PyExc.TypeError, `${name}() argument 2 must be a byte string of length 1, not ${o.type.name}`);
  }
  return b[0]!;
}

function pad(self: PyObject, left: number, right: number, fill: number): PyObject {
  const b = B(self);
  if (left <= 0 && right <= 0) return same(self);
  const l = Math.max(0, left), r = Math.max(0, right);
  const out = new Uint8Array(b.length + l + r).fill(fill);
  out.set(b, l);
  return make(self, out);
}

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isAlpha = (c: number): boolean => isUpper(c) || isLower(c);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

function mapBytes(self: PyObject, f: (c: number, i: number, b: Uint8Array) => number): PyObject {
  const b = B(self);
  const out = new Uint8Array(b.length);
  for (let i = 0; i < b.length; i++) out[i] = f(b[i]!, i, b);
  return make(self, out);
}

function partition(self: PyObject, sepO: PyObject, right: boolean): PyObject {
  const b = B(self);
  const sep = needBytes(sepO);
  if (sep.length === 0) raise(PyExc.ValueError, 'empty separator');
  const i = right ? lastIndexOf(b, sep, 0, b.length) : indexOf(b, sep, 0, b.length);
  const empty = (): PyObject => make(self, new Uint8Array(0));
  if (i < 0) {
    let whole: PyObject;
    if (isBA(self)) whole = make(self, b.slice());
    else { self.ob_refcnt++; whole = self; }
    return tupleSteal(right ? [empty(), empty(), whole] : [whole, empty(), empty()]);
  }
  return tupleSteal([make(self, b.slice(0, i)), make(self, sep.slice()), make(self, b.slice(i + sep.length))]);
}

function rsplit(self: PyObject, args: PyObject[], kw: readonly string[] | null): PyObject {
  const [sepO, maxO] = bindArgs('rsplit', args, kw, ['sep', 'maxsplit'], 0);
  const b = B(self);
  let max = maxO ? A.asSize(maxO) : -1;
  if (max < 0) max = Number.MAX_SAFE_INTEGER;
  const parts: Uint8Array[] = [];
  if (!sepO || sepO === None) {
    let j = b.length;
    for (;;) {
      while (j > 0 && isSpace(b[j - 1]!)) j--;
      if (j === 0) break;
      if (parts.length === max) {
        parts.push(b.slice(0, j));
        break;
      }
      let i = j;
      while (i > 0 && !isSpace(b[i - 1]!)) i--;
      parts.push(b.slice(i, j));
      j = i;
    }
  } else {
    const sep = needBytes(sepO);
    if (sep.length === 0) raise(PyExc.ValueError, 'empty separator');
    let end = b.length;
    while (parts.length < max) {
      const i = lastIndexOf(b, sep, 0, end);
      if (i < 0) break;
      parts.push(b.slice(i + sep.length, end));
      end = i;
    }
    parts.push(b.slice(0, end));
  }
  parts.reverse();
  return listSteal(parts.map((p) => make(self, p)));
}

function splitlines(self: PyObject, args: PyObject[], kw: readonly string[] | null): PyObject {
  const [keepO] = bindArgs('splitlines', args, kw, ['keepends'], 0);
  const keep = keepO ? A.isTrue(keepO) : false;
  const b = B(self);
  const out: PyObject[] = [];
  let i = 0;
  while (i < b.length) {
    let j = i;
    while (j < b.length && b[j] !== 10 && b[j] !== 13) j++;
    let eol = j;
    if (j < b.length) eol = b[j] === 13 && b[j + 1] === 10 ? j + 2 : j + 1;
    out.push(make(self, b.slice(i, keep ? eol : j)));
    i = eol;
  }
  return listSteal(out);
}

function find(self: PyObject, args: PyObject[], name: string): number {
  nargs(name, args, 1, 3);
  const b = B(self);
  const sub = subArg(args[0]!);
  const [s, e] = range(self, args, 1);
  if (e - s < sub.length) return -1;
  return lastIndexOf(b, sub, s, e);
}

function expandtabs(self: PyObject, args: PyObject[], kw: readonly string[] | null): PyObject {
  const [tabO] = bindArgs('expandtabs', args, kw, ['tabsize'], 0);
  const tab = tabO ? A.asSize(tabO) : 8;
  const b = B(self);
  const out: number[] = [];
  let col = 0;
  for (const c of b) {
    if (c === 9) {
      if (tab > 0) {
        const n = tab - (col % tab);
        for (let k = 0; k < n; k++) out.push(32);
        col += n;
      }
    } else {
      out.push(c);
      col = c === 10 || c === 13 ? 0 : col + 1;
    }
  }
  return make(self, Uint8Array.from(out));
}

function zfill(self: PyObject, args: PyObject[]): PyObject {
  nargs('zfill', args, 1, 1);
  const width = A.asSize(args[0]!);
  const b = B(self);
  if (width <= b.length) return same(self);
  const fill = width - b.length;
  const out = new Uint8Array(width).fill(48);
  out.set(b, fill);
  if (b.length > 0 && (b[0] === 43 || b[0] === 45)) {
    out[0] = b[0]!;
    out[fill] = 48;
  }
  return make(self, out);
}

function titleOf(self: PyObject): PyObject {
  let prevCased = false;
  return mapBytes(self, (c) => {
    let r = c;
    if (isUpper(c)) { if (prevCased) r = c + 32; prevCased = true; }
    else if (isLower(c)) { if (!prevCased) r = c - 32; prevCased = true; }
    else prevCased = false;
    return r;
  });
}

function isTitle(b: Uint8Array): boolean {
  let cased = false, prevCased = false;
  for (const c of b) {
    if (isUpper(c)) { if (prevCased) return false; prevCased = true; cased = true; }
    else if (isLower(c)) { if (!prevCased) return false; prevCased = true; cased = true; }
    else prevCased = false;
  }
  return cased;
}

function affixRemoved(self: PyObject, args: PyObject[], name: string, prefix: boolean): PyObject {
  nargs(name, args, 1, 1);
  const b = B(self);
  const a = needBytes(args[0]!);
  let match = a.length > 0 && a.length <= b.length;
  const off = prefix ? 0 : b.length - a.length;
  for (let i = 0; match && i < a.length; i++) if (b[off + i] !== a[i]) match = false;
  if (!match) return same(self);
  return make(self, prefix ? b.slice(a.length) : b.slice(0, b.length - a.length));
}

function widthArgs(name: string, args: PyObject[]): [number, number] {
  nargs(name, args, 1, 2);
  return [A.asSize(args[0]!), fillByte(name, args[1] ?? null)];
}

/** Installs the methods on bytes and bytearray (after bytes.ts's own). */
export function initBytesExtraMethods(): void {
  const shared: Record<string, (self: PyObject, args: PyObject[], kw: readonly string[] | null) => PyObject> = {
    ljust: (self, args) => { const [w, f] = widthArgs('ljust', args); return pad(self, 0, w - B(self).length, f); },
    rjust: (self, args) => { const [w, f] = widthArgs('rjust', args); return pad(self, w - B(self).length, 0, f); },
    center: (self, args) => {
      const [w, f] = widthArgs('center', args);
      const marg = w - B(self).length;
      if (marg <= 0) return same(self);
      const left = Math.floor(marg / 2) + (marg & w & 1);
      return pad(self, left, marg - left, f);
    },
    zfill: (self, args) => zfill(self, args),
    expandtabs: expandtabs,
    rfind: (self, args) => newInt(find(self, args, 'rfind')),
    rindex: (self, args) => {
      const i = find(self, args, 'rindex');
      if (i < 0) raise(PyExc.ValueError, 'subsection not found');
      return newInt(i);
    },
    partition: (self, args) => { nargs('partition', args, 1, 1); return partition(self, args[0]!, false); },
    rpartition: (self, args) => { nargs('rpartition', args, 1, 1); return partition(self, args[0]!, true); },
    rsplit: rsplit,
    splitlines: splitlines,
    removeprefix: (self, args) => affixRemoved(self, args, 'removeprefix', true),
    removesuffix: (self, args) => affixRemoved(self, args, 'removesuffix', false),
    capitalize: (self) => mapBytes(self, (c, i) => (i === 0 ? (isLower(c) ? c - 32 : c) : isUpper(c) ? c + 32 : c)),
    swapcase: (self) => mapBytes(self, (c) => (isUpper(c) ? c + 32 : isLower(c) ? c - 32 : c)),
    title: (self) => titleOf(self),
    isalnum: (self) => boolObj(B(self).length > 0 && B(self).every((c) => isAlpha(c) || isDigit(c))),
    isascii: (self) => boolObj(B(self).every((c) => c < 128)),
    islower: (self) => { const b = B(self); return boolObj(b.some(isLower) && !b.some(isUpper)); },
    isupper: (self) => { const b = B(self); return boolObj(b.some(isUpper) && !b.some(isLower)); },
    istitle: (self) => boolObj(isTitle(B(self))),
  };
  defMethods(bytesType, shared);
  defMethods(bytearrayType, {
    ...shared,
    insert: (self, args) => {
      nargs('insert', args, 2, 2);
      const b = B(self);
      let i = A.asSize(args[0]!);
      const v = A.asSize(args[1]!);
      if (v < 0 || v > 255) raise(PyExc.ValueError, 'byte must be in range(0, 256)');
      if (i < 0) i = Math.max(0, i + b.length);
      if (i > b.length) i = b.length;
      const out = new Uint8Array(b.length + 1);
      out.set(b.subarray(0, i));
      out[i] = v;
      out.set(b.subarray(i), i + 1);
      baResizeTo(self as PyByteArray, out);
      None.ob_refcnt++;
      return None;
    },
    remove: (self, args) => {
      nargs('remove', args, 1, 1);
      const v = A.asSize(args[0]!);
      if (v < 0 || v > 255) raise(PyExc.ValueError, 'byte must be in range(0, 256)');
      const b = B(self);
      const i = b.indexOf(v);
      if (i < 0) raise(PyExc.ValueError, 'value not found in bytearray');
      const out = new Uint8Array(b.length - 1);
      out.set(b.subarray(0, i));
      out.set(b.subarray(i + 1), i);
      baResizeTo(self as PyByteArray, out);
      None.ob_refcnt++;
      return None;
    },
    reverse: (self) => {
      (self as PyByteArray).bytes.reverse();
      None.ob_refcnt++;
      return None;
    },
  });
  // In-place concatenation and repetition are number slots (the slot wrappers installed later
  // in bootstrap expose them as __iadd__/__imul__): they grow the buffer and return the receiver.
  const own = bytearrayType.ownSlots;
  const nb = own.nb ? own.nb.slice() : [];
  nb[13] = (a, b) => {
    const add = bytesOf(b);
    if (add === null) raise(PyExc.TypeError, `can't concat ${b.type.name} to bytearray`);
    // CPython holds a buffer export of the operand while resizing: `ba += ba` is a BufferError.
    if (add === B(a) && add.length > 0) raise(PyExc.BufferError, 'Existing exports of data: object cannot be re-sized');
    baAppend(a as PyByteArray, add);
    a.ob_refcnt++;
    return a;
  };
  nb[18] = (a, b) => {
    const n = Math.max(0, A.asSize(b));
    const cur = B(a);
    const out = new Uint8Array(cur.length * n);
    for (let k = 0; k < n; k++) out.set(cur, k * cur.length);
    baResizeTo(a as PyByteArray, out);
    a.ob_refcnt++;
    return a;
  };
  own.nb = nb;
  inheritSlots(bytearrayType);
  const maketrans = (_self: PyObject | null, args: PyObject[]): PyObject => {
    nargs('maketrans', args, 2, 2);
    const from = needBytes(args[0]!), to = needBytes(args[1]!);
    if (from.length !== to.length) raise(PyExc.ValueError, 'maketrans arguments must have same length');
    const table = new Uint8Array(256);
    for (let i = 0; i < 256; i++) table[i] = i;
    for (let i = 0; i < from.length; i++) table[from[i]!] = to[i]!;
    return newBytes(table);
  };
  // A staticmethod around a builtin, as CPython's bytes.__dict__['maketrans'].
  for (const t of [bytesType, bytearrayType]) {
    const fn = newBuiltin('maketrans', maketrans, null, t.name);
    t.tdict.setStr('maketrans', makeImmortal(new PyClassMethod(staticmethodType, fn)));
  }
}
