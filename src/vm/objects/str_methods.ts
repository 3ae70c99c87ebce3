/**
 * str's slots (comparison, concatenation, indexing, %-formatting entry) and its methods.
 * The second runtime helper extends the method table here (see src/vm/runtime/README.md).
 */
import type { PyObject } from './object';
import { PyStr, newStr, newStrFresh, strType, strRepr, strHash, strSizeof, strConcat } from './str';
import { PyInt, newInt, boolObj } from './int';
import { PySlice, sliceIndices } from './slice';
import { None, NotImplemented } from './singletons';
import { listSteal, listType } from './list';
import { tupleSteal, PyTuple, tupleType } from './tuple';
import { type TypeSlots } from './type';
import { raise, PyExc } from '../runtime/errors';
import { asSize, strJS, toArray } from '../runtime/abstract';
import { decref } from '../runtime/refcount';
import { defMethods, setFast, type NativeFn, type MethodFn, type Fast0, type Fast1, type Fast2 } from './builtin_function';
import { nargs, noKw, bindArgs } from '../runtime/args';
import { strEncode, encodingArg } from '../runtime/codecs';
import { newIter, strAsciiIterType, strIterType } from './iterators';
import { vmHooks } from '../runtime/hooks';
import * as SC from '../util/strcase';
import { isXidStart, isXidContinue } from '../util/strrepr';
import { strTranslate } from './str_translate';

function S(o: PyObject): PyStr {
  return o as PyStr;
}

/** str.isalpha: non-empty and every code point a letter (an ASCII str without the RegExp). */
function isAlpha(o: PyStr): boolean {
  const s = o.s;
  if (o.kind !== 0) return /^\p{L}+$/u.test(s);
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return false;
  }
  return true;
}

function cmp(a: string, b: string): number {
  // Code point order: compare by code points, not UTF-16 units.
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!, y = b.codePointAt(i)!;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

export const strSlots: TypeSlots = {
  repr: (o) => newStr(strRepr(S(o).s)),
  str: (o) => { if (o.type === strType) { o.ob_refcnt++; return o; } return newStr(S(o).s); },
  hash: (o) => strHash(S(o)),
  richcompare: (a, b, op) => {
    if (!(b instanceof PyStr)) { NotImplemented.ob_refcnt++; return NotImplemented; }
    const c = cmp(S(a).s, b.s);
    return boolObj([c < 0, c <= 0, c === 0, c !== 0, c > 0, c >= 0][op]!);
  },
  len: (o) => S(o).n,
  contains: (o, x) => {
    if (!(x instanceof PyStr)) raise(PyExc.TypeError, `'in <string>' requires string as left operand, not ${x.type.name}`);
    return S(o).s.includes(x.s);
  },
  getitem: (o, k) => {
    const s = S(o);
    if (k instanceof PyInt) {
      let i = asSize(k);
      if (i < 0) i += s.n;
      if (i < 0 || i >= s.n) raise(PyExc.IndexError, 'string index out of range');
      return newStr(s.charAt(i));
    }
    if (k instanceof PySlice) {
      const [start, , step, n] = sliceIndices(k, s.n);
      if (step === 1) return start === 0 && n === s.n && n > 0 ? unchanged(o) : newStr(s.slice(start, start + n));
      let out = '';
      for (let i = 0, j = start; i < n; i++, j += step) out += s.charAt(j);
      return newStr(out);
    }
    raise(PyExc.TypeError, `string indices must be integers, not '${k.type.name}'`);
  },
  iter: (o) => newIter(S(o).kind === 0 ? strAsciiIterType : strIterType, o),
  concat: (a, b) => {
    if (!(b instanceof PyStr)) raise(PyExc.TypeError, `can only concatenate str (not "${b.type.name}") to str`);
    return strConcat(S(a), b);
  },
  repeat: (a, n) => {
    if (!(n instanceof PyInt) && !n.type.slots.index) raise(PyExc.TypeError, `can't multiply sequence by non-int of type '${n.type.name}'`);
    const k = asSize(n);
    return newStr(k > 0 ? S(a).s.repeat(k) : '');
  },
  nb: [undefined, undefined, undefined, undefined, undefined, undefined, (a, b) => {
    if (!(a instanceof PyStr)) { NotImplemented.ob_refcnt++; return NotImplemented; }
    return vmHooks.percentFormat(a, b);
  }],
  new: (_t, args, kw) => vmHooks.strNew(_t, args, kw),
  sizeof: (o) => strSizeof(S(o)),
};

/** A str argument's text; otherwise TypeError `${what}must be str, not T` (CPython's wording:
 * what = '' for count/partition, 'replace() argument 2 ' etc.). */
function strArg(a: PyObject | undefined, what: string): string {
  if (!(a instanceof PyStr)) raise(PyExc.TypeError, `${what}must be str, not ${a === undefined ? 'NoneType' : a.type.name}`);
  return a.s;
}

/** Py_UNICODE_ISSPACE for one UTF-16 unit (no whitespace lies outside the BMP). */
export function isPyWs(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
  if (c < 0x85) return false;
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000;
}

/** True when `chars` has no surrogate unit: then stripping may compare UTF-16 units one by one. */
function bmpOnly(chars: string): boolean {
  for (let i = 0; i < chars.length; i++) { const c = chars.charCodeAt(i); if (c >= 0xd800 && c <= 0xdfff) return false; }
  return true;
}

/**
 * str.strip/lstrip/rstrip: the str itself when nothing is stripped and it is an exact str
 * (unicode_result_unchanged), else the substring (one-char and empty results are singletons).
 */
function stripImpl(self: PyObject, chars: string | null, left: boolean, right: boolean): PyObject {
  const s = S(self).s;
  let i = 0, j = s.length;
  if (chars === null) {
    if (left) while (i < j && isPyWs(s.charCodeAt(i))) i++;
    if (right) while (j > i && isPyWs(s.charCodeAt(j - 1))) j--;
  } else if (bmpOnly(chars)) {
    if (chars.length === 1) {
      const c = chars.charCodeAt(0);
      if (left) while (i < j && s.charCodeAt(i) === c) i++;
      if (right) while (j > i && s.charCodeAt(j - 1) === c) j--;
    } else {
      if (left) while (i < j && chars.indexOf(s[i]!) >= 0) i++;
      if (right) while (j > i && chars.indexOf(s[j - 1]!) >= 0) j--;
    }
  } else {
    const set = new Set(Array.from(chars));
    const a = Array.from(s);
    let p = 0, q = a.length;
    if (left) while (p < q && set.has(a[p]!)) p++;
    if (right) while (q > p && set.has(a[q - 1]!)) q--;
    if (p === 0 && q === a.length) return unchanged(self);
    return newStr(a.slice(p, q).join(''));
  }
  if (i === 0 && j === s.length) return unchanged(self);
  return newStr(s.slice(i, j));
}

/** unicode_result_unchanged: the object itself for an exact str, else an exact copy. */
function unchanged(self: PyObject): PyObject {
  if (self.type === strType) { self.ob_refcnt++; return self; }
  return newStr(S(self).s);
}

/** Left-to-right split on a non-empty separator, at most `maxsplit` cuts (all when negative). */
function splitSep(s: string, sep: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  let j = s.indexOf(sep);
  while (j >= 0 && out.length !== maxsplit) {
    out.push(s.slice(i, j));
    i = j + sep.length;
    j = s.indexOf(sep, i);
  }
  out.push(i === 0 ? s : s.slice(i));
  return out;
}

function splitWs(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && isPyWs(s.charCodeAt(i))) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length === maxsplit) { out.push(s.slice(i)); return out; }
    let j = i;
    while (j < n && !isPyWs(s.charCodeAt(j))) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

/**
 * The list of a split: an exact str that was not split at all is the list's only item itself
 * (CPython's split/rsplit), other parts are new strs (singletons for empty/one-char parts).
 */
function splitList(self: PyObject, parts: string[]): PyObject {
  if (parts.length === 1 && self.type === strType && parts[0]!.length === S(self).s.length) {
    self.ob_refcnt++;
    return listSteal([self]);
  }
  return strList(parts);
}

function strList(parts: string[]): PyObject {
  const items: PyObject[] = new Array(parts.length);
  for (let i = 0; i < parts.length; i++) items[i] = newStr(parts[i]!);
  return listSteal(items);
}

/** strip's chars argument: None/absent is null; anything but a str raises as do_argstrip does. */
function optStr(args: PyObject[], i: number, name: string): string | null {
  const a = args[i];
  if (a === undefined || a === None) return null;
  if (!(a instanceof PyStr)) raise(PyExc.TypeError, `${name} arg must be None or str`);
  return a.s;
}

function kwOr(args: PyObject[], kw: readonly string[] | null, name: string, pos: number): PyObject | undefined {
  const npos = args.length - (kw ? kw.length : 0);
  if (kw) { const i = kw.indexOf(name); if (i >= 0) return args[npos + i]; }
  return pos < npos ? args[pos] : undefined;
}

function prefixTest(name: string, fn: (s: string, p: string) => boolean): MethodFn {
  return (self, args) => {
    nargs(`str.${name}`, args, 1, 3);
    const s = S(self);
    // Without start/end the whole JS string is tested (no code point measuring).
    let sub = s.s;
    if (args.length > 1) {
      const start = args[1] !== None ? asSize(args[1]!) : 0;
      const end = args.length > 2 && args[2] !== None ? asSize(args[2]!) : s.n;
      sub = s.slice(start < 0 ? Math.max(0, s.n + start) : start, end < 0 ? Math.max(0, s.n + end) : end);
    }
    const p = args[0]!;
    if (p instanceof PyTuple) {
      for (const x of (p as unknown as { items: PyObject[] }).items) {
        if (!(x instanceof PyStr)) raise(PyExc.TypeError, `tuple for ${name} must only contain str, not ${x.type.name}`);
        if (fn(sub, x.s)) return boolObj(true);
      }
      return boolObj(false);
    }
    if (!(p instanceof PyStr)) raise(PyExc.TypeError, `${name} first arg must be str or a tuple of str, not ${p.type.name}`);
    return boolObj(fn(sub, p.s));
  };
}

/** Code point index of JS index r in s (surrogate pairs before r count once). */
function cpIndex(s: string, r: number): number {
  let k = r;
  for (let i = 0; i < r; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { k--; i++; }
  }
  return k;
}

function findImpl(self: PyObject, args: PyObject[], name: string, rev: boolean): number {
  nargs(`str.${name}`, args, 1, 3);
  const s = S(self);
  const sub = args[0]!;
  if (!(sub instanceof PyStr)) raise(PyExc.TypeError, `must be str, not ${sub.type.name}`);
  if (args.length === 1) {
    const r = rev ? s.s.lastIndexOf(sub.s) : s.s.indexOf(sub.s);
    return r <= 0 ? r : cpIndex(s.s, r);
  }
  let start = args.length > 1 && args[1] !== None ? asSize(args[1]!) : 0;
  let end = args.length > 2 && args[2] !== None ? asSize(args[2]!) : s.n;
  if (start < 0) start = Math.max(0, start + s.n);
  if (end < 0) end = Math.max(0, end + s.n);
  if (end > s.n) end = s.n;
  if (start > end) return -1;
  const hay = s.slice(start, end);
  const r = rev ? hay.lastIndexOf(sub.s) : hay.indexOf(sub.s);
  if (r < 0) return -1;
  return start + (s.simple ? r : Array.from(hay.slice(0, r)).length);
}

/** PyUnicode_Join: an exact list or tuple lends its items (PySequence_Fast; no Python code runs
 * while they are read), any other iterable is converted first. */
function joinImpl(self: PyObject, src: PyObject): PyObject {
  const st = src.type;
  if (st === listType || st === tupleType) return joinItems(self, (src as unknown as { items: PyObject[] }).items);
  if (!st.slots.iter && !st.slots.getitem) raise(PyExc.TypeError, 'can only join an iterable');
  const items = toArray(src);
  try { return joinItems(self, items); } finally { for (const x of items) decref(x); }
}

function joinItems(self: PyObject, items: PyObject[]): PyObject {
  const n = items.length;
  // A single exact str item is the result itself.
  if (n === 1 && items[0]!.type === strType) { items[0]!.ob_refcnt++; return items[0]!; }
  const parts = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const x = items[i]!;
    if (!(x instanceof PyStr)) raise(PyExc.TypeError, `sequence item ${i}: expected str instance, ${x.type.name} found`);
    parts[i] = x.s;
  }
  return newStr(parts.join(S(self).s));
}

/** str.replace(old, new[, count]) once the arguments are strs (`same`: old is new). */
function replaceImpl(self: PyObject, a: string, b: string, count: number, same: boolean): PyObject {
  const s = S(self).s;
  // CPython's replace(): the str itself (unicode_result_unchanged) when the count is 0, old is
  // new (the same object), both are empty or old does not occur; any other result is built in
  // a fresh object (no one-char singleton), '' excepted.
  if (count === 0 || same || (a === '' && b === '')) return unchanged(self);
  let out = '';
  if (a === '') {
    // Insert b before each code point (and at the end), at most `count` times.
    let n = 0, i = 0;
    while (i < s.length && n !== count) {
      const c = s.charCodeAt(i);
      const w = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      out += b + s.slice(i, i + w);
      i += w; n++;
    }
    out += n !== count ? b + s.slice(i) : s.slice(i);
  } else {
    let j = s.indexOf(a);
    if (j < 0) return unchanged(self);
    let i = 0, n = 0;
    while (j >= 0 && n !== count) { out += s.slice(i, j) + b; i = j + a.length; n++; j = s.indexOf(a, i); }
    out += s.slice(i);
  }
  return newStrFresh(out);
}

const methods: Record<string, MethodFn> = {
  join: (self, args, kw) => {
    noKw('str.join', kw); nargs('str.join', args, 1, 1, true);
    return joinImpl(self, args[0]!);
  },
  split: (self, args, kw) => {
    const sepO = kwOr(args, kw, 'sep', 0);
    const maxO = kwOr(args, kw, 'maxsplit', 1);
    const max = maxO ? asSize(maxO) : -1;
    const s = S(self).s;
    if (!sepO || sepO === None) return max === 0 ? strList(splitWs(s, 0)) : splitList(self, splitWs(s, max));
    if (!(sepO instanceof PyStr)) raise(PyExc.TypeError, `must be str or None, not ${sepO.type.name}`);
    const sep = sepO.s;
    if (sep === '') raise(PyExc.ValueError, 'empty separator');
    return splitList(self, splitSep(s, sep, max));
  },
  rsplit: (self, args, kw) => {
    const sepO = kwOr(args, kw, 'sep', 0);
    const maxO = kwOr(args, kw, 'maxsplit', 1);
    const max = maxO ? asSize(maxO) : -1;
    const s = S(self).s;
    if (!sepO || sepO === None) {
      if (max < 0) return splitList(self, splitWs(s, -1));
      const r = splitWs(Array.from(s).reverse().join(''), max).map((x) => Array.from(x).reverse().join('')).reverse();
      return max === 0 ? strList(r) : splitList(self, r);
    }
    if (!(sepO instanceof PyStr)) raise(PyExc.TypeError, `must be str or None, not ${sepO.type.name}`);
    const sep = sepO.s;
    if (sep === '') raise(PyExc.ValueError, 'empty separator');
    if (max === 0) return splitList(self, [s]);
    const parts = s.split(sep);
    if (max >= 0 && parts.length > max + 1) return strList([parts.slice(0, parts.length - max).join(sep), ...parts.slice(parts.length - max)]);
    return splitList(self, parts);
  },
  splitlines: (self, args, kw) => {
    const keepO = kwOr(args, kw, 'keepends', 0);
    const keep = keepO ? vmHooks.truthy(keepO) : false;
    const s = S(self).s;
    const out: string[] = [];
    const re = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
    let last = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) { out.push(s.slice(last, keep ? m.index + m[0].length : m.index)); last = m.index + m[0].length; }
    if (last < s.length) out.push(s.slice(last));
    return strList(out);
  },
  strip: (self, args) => { nargs('strip', args, 0, 1); return stripImpl(self, optStr(args, 0, 'strip'), true, true); },
  lstrip: (self, args) => { nargs('lstrip', args, 0, 1); return stripImpl(self, optStr(args, 0, 'lstrip'), true, false); },
  rstrip: (self, args) => { nargs('rstrip', args, 0, 1); return stripImpl(self, optStr(args, 0, 'rstrip'), false, true); },
  upper: (self) => newStrFresh(S(self).s.toUpperCase()),
  lower: (self) => newStrFresh(S(self).s.toLowerCase()),
  casefold: (self) => newStrFresh(SC.pyCasefold(S(self).s)),
  swapcase: (self) => newStrFresh(SC.pySwapcase(S(self).s)),
  capitalize: (self) => newStrFresh(SC.pyCapitalize(S(self).s)),
  title: (self) => newStrFresh(SC.pyTitle(S(self).s)),
  replace: (self, args) => {
    nargs('replace', args, 2, 3);
    const a = strArg(args[0], 'replace() argument 1 '), b = strArg(args[1], 'replace() argument 2 ');
    const count = args.length > 2 ? asSize(args[2]!) : -1;
    return replaceImpl(self, a, b, count, args[0] === args[1]);
  },
  startswith: prefixTest('startswith', (s, p) => s.startsWith(p)),
  endswith: prefixTest('endswith', (s, p) => s.endsWith(p)),
  find: (self, args) => newInt(findImpl(self, args, 'find', false)),
  rfind: (self, args) => newInt(findImpl(self, args, 'rfind', true)),
  index: (self, args) => { const r = findImpl(self, args, 'index', false); if (r < 0) raise(PyExc.ValueError, 'substring not found'); return newInt(r); },
  rindex: (self, args) => { const r = findImpl(self, args, 'rindex', true); if (r < 0) raise(PyExc.ValueError, 'substring not found'); return newInt(r); },
  count: (self, args) => {
    nargs('count', args, 1, 3);
    const sub = strArg(args[0], '');
    const s = S(self).s;
    if (sub === '') return newInt(S(self).n + 1);
    return newInt(s.split(sub).length - 1);
  },
  isdigit: (self) => boolObj(SC.allCp(S(self).s, SC.isDigitCp)),
  isdecimal: (self) => boolObj(SC.allCp(S(self).s, SC.isDecimalCp)),
  isnumeric: (self) => boolObj(SC.allCp(S(self).s, SC.isNumericCp)),
  isalpha: (self) => boolObj(isAlpha(S(self))),
  isalnum: (self) => boolObj(SC.allCp(S(self).s, SC.isAlnumCp)),
  isspace: (self) => boolObj(SC.allCp(S(self).s, SC.isSpaceCp)),
  isupper: (self) => boolObj(SC.pyIsUpper(S(self).s)),
  islower: (self) => boolObj(SC.pyIsLower(S(self).s)),
  istitle: (self) => boolObj(SC.pyIsTitle(S(self).s)),
  isidentifier: (self) => {
    const s = S(self).s;
    if (s.length === 0) return boolObj(false);
    const first = s.codePointAt(0)!;
    return boolObj(isXidStart(first) && (s.length === (first > 0xffff ? 2 : 1) || SC.allCp(s.slice(first > 0xffff ? 2 : 1), isXidContinue)));
  },
  isascii: (self) => boolObj(S(self).kind === 0),
  center: (self, args) => padded(self, args, 'center'),
  ljust: (self, args) => padded(self, args, 'ljust'),
  rjust: (self, args) => padded(self, args, 'rjust'),
  zfill: (self, args) => {
    nargs('zfill', args, 1, 1);
    const w = asSize(args[0]!);
    const s = S(self).s;
    if (S(self).n >= w) return unchanged(self);
    const sign = s[0] === '+' || s[0] === '-' ? s[0] : '';
    return newStr(sign + '0'.repeat(w - s.length) + s.slice(sign.length));
  },
  partition: (self, args) => {
    nargs('partition', args, 1, 1, true);
    const sep = strArg(args[0], '');
    const s = S(self).s;
    const i = s.indexOf(sep);
    if (i < 0 && self.type === strType) return tupleSteal([(self.ob_refcnt++, self), newStr(''), newStr('')]);
    const parts = i < 0 ? [s, '', ''] : [s.slice(0, i), sep, s.slice(i + sep.length)];
    return vmHooks.tupleOfStrs(parts);
  },
  rpartition: (self, args) => {
    const sep = strArg(args[0], '');
    const s = S(self).s;
    const i = s.lastIndexOf(sep);
    if (i < 0 && self.type === strType) return tupleSteal([newStr(''), newStr(''), (self.ob_refcnt++, self)]);
    const parts = i < 0 ? ['', '', s] : [s.slice(0, i), sep, s.slice(i + sep.length)];
    return vmHooks.tupleOfStrs(parts);
  },
  format: (self, args, kw) => vmHooks.strFormat(S(self), args, kw),
  encode: (self, args, kw) => {
    const [enc, err] = bindArgs('encode', args, kw, ['encoding', 'errors'], 0);
    return strEncode(S(self), encodingArg('encode', 'encoding', enc), encodingArg('encode', 'errors', err));
  },
  expandtabs: (self, args) => {
    const ts = args.length ? asSize(args[0]!) : 8;
    if (S(self).s.indexOf('\t') < 0) return unchanged(self);
    let col = 0, out = '';
    for (const c of S(self).s) {
      if (c === '\t') { const n = ts > 0 ? ts - (col % ts) : 0; out += ' '.repeat(n); col += n; }
      else if (c === '\n' || c === '\r') { out += c; col = 0; } else { out += c; col++; }
    }
    return newStr(out);
  },
  removeprefix: (self, args) => { const p = strArg(args[0], 'removeprefix() argument '); const s = S(self).s; return p && s.startsWith(p) ? newStr(s.slice(p.length)) : unchanged(self); },
  removesuffix: (self, args) => { const p = strArg(args[0], 'removesuffix() argument '); const s = S(self).s; return p && s.endsWith(p) ? newStr(s.slice(0, s.length - p.length)) : unchanged(self); },
  __format__: (self, args) => vmHooks.formatValue(self, args[0]!),
  translate: (self, args) => {
    if (args.length !== 1) raise(PyExc.TypeError, `str.translate() takes exactly one argument (${args.length} given)`);
    return strTranslate(S(self), args[0]!);
  },
};

function padded(self: PyObject, args: PyObject[], how: string): PyObject {
  nargs(how, args, 1, 2);
  const w = asSize(args[0]!);
  const fill = args.length > 1 ? strJS(args[1]!) : ' ';
  if (Array.from(fill).length !== 1) raise(PyExc.TypeError, 'The fill character must be exactly one character long');
  const s = S(self);
  const pad = w - s.n;
  if (pad <= 0) return unchanged(self);
  if (how === 'ljust') return newStr(s.s + fill.repeat(pad));
  if (how === 'rjust') return newStr(fill.repeat(pad) + s.s);
  const left = Math.floor(pad / 2) + (pad & w & 1);
  return newStr(fill.repeat(left) + s.s + fill.repeat(pad - left));
}

/**
 * Fixed-arity entry points (builtin_function.ts Fast0) of the hottest methods, called by CALL on an
 * exact str without an argument array: each handles the plain case (no argument, or str
 * arguments) with the same core as the array entry, and hands anything else to that entry.
 */
function installStrFast(): void {
  const fast = (name: string, f0: Fast0 | null, f1: Fast1 | null, f2: Fast2 | null): void => setFast(strType.tdict.getStr(name), f0, f1, f2);
  const m = methods;
  const strip = (name: string, l: boolean, r: boolean): void => fast(name,
    (self) => stripImpl(self!, null, l, r),
    (self, a) => a === None ? stripImpl(self!, null, l, r) : a instanceof PyStr ? stripImpl(self!, a.s, l, r) : m[name]!(self!, [a], null), null);
  strip('strip', true, true); strip('lstrip', true, false); strip('rstrip', false, true);
  fast('split', (self) => splitList(self!, splitWs(S(self!).s, -1)),
    (self, a) => a instanceof PyStr && a.s !== '' ? splitList(self!, splitSep(S(self!).s, a.s, -1)) : m.split!(self!, [a], null), null);
  fast('join', null, (self, a) => joinImpl(self!, a), null);
  const prefix = (name: string, f: (s: string, p: string) => boolean): void => fast(name, null,
    (self, a) => a instanceof PyStr ? boolObj(f(S(self!).s, a.s)) : m[name]!(self!, [a], null), null);
  prefix('startswith', (s, p) => s.startsWith(p)); prefix('endswith', (s, p) => s.endsWith(p));
  fast('find', null, (self, a) => {
    if (!(a instanceof PyStr)) return m.find!(self!, [a], null);
    const s = S(self!).s, r = s.indexOf(a.s);
    return newInt(r <= 0 ? r : cpIndex(s, r));
  }, null);
  fast('replace', null, null, (self, a, b) => a instanceof PyStr && b instanceof PyStr ? replaceImpl(self!, a.s, b.s, -1, a === b) : m.replace!(self!, [a, b], null));
  for (const name of NOARGS) fast(name, m[name] as unknown as Fast0, null, null);
}

/** Methods without parameters (METH_NOARGS): the array entries check the call's arguments. */
const NOARGS = ['upper', 'lower', 'isdigit', 'isalpha', 'isalnum', 'isspace', 'isupper', 'islower', 'istitle',
  'isdecimal', 'isnumeric', 'isascii', 'title', 'capitalize', 'swapcase', 'casefold'];

function checkedNoArgs(name: string, f: MethodFn): MethodFn {
  return (self, args, kw) => {
    if (kw && kw.length) raise(PyExc.TypeError, `str.${name}() takes no keyword arguments`);
    if (args.length) raise(PyExc.TypeError, `str.${name}() takes no arguments (${args.length} given)`);
    return f(self, args, kw);
  };
}

export function initStrMethods(): void {
  const table = { ...methods };
  for (const name of NOARGS) table[name] = checkedNoArgs(name, methods[name]!);
  defMethods(strType, table);
  installStrFast();
}
