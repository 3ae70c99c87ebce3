/**
 * `_json`: the accelerator Lib/json imports (scanstring, make_scanner, make_encoder,
 * encode_basestring, encode_basestring_ascii), with Modules/_json.c's observable behaviour:
 * - decoding: the same grammar walk, errors raised as json.decoder.JSONDecodeError(msg, s, pos)
 *   with the same messages and positions, StopIteration(idx) where no value starts; object keys
 *   go through the scanner's memo (equal keys of one document share one str object); numbers go
 *   to int/float directly unless parse_int/parse_float are other callables; NaN/Infinity/-Infinity
 *   call parse_constant; hooks are called exactly when the C scanner calls them;
 * - encoding (json.encoder uses it only when indent is None): one str in a 1-tuple, circular
 *   references detected through the `markers` dict keyed by id(), int/float through int.__repr__ /
 *   float.__repr__ (subclass reprs are not used), dict keys str/int/float/bool/None or skipped or
 *   TypeError, sort_keys through list.sort of the items.
 *
 * Positions are code point indices. The scanners work on JS code units; for strings with
 * characters beyond the BMP, positions are converted at the boundary (cpToCu / cuToCp).
 */
import { PyObject } from '../objects/object';
import type { VM } from '../runtime/vm';
import { PyModule, newModule } from '../objects/module';
import { PyDict, newDict, dictGet, dictSet, dictDel, dictClear, dictType } from '../objects/dict';
import { PyStr, newStr, intern } from '../objects/str';
import { PyInt, newInt, True, False, intType, intRepr } from '../objects/int';
import { PyFloat, newFloat, floatType } from '../objects/float';
import { floatRepr } from '../objects/float_repr';
import { PyList, listSteal, listType, listAppendSteal } from '../objects/list';
import { PyTuple, tupleSteal, tupleType } from '../objects/tuple';
import { None } from '../objects/singletons';
import { PyBuiltinFunction, newBuiltin } from '../objects/builtin_function';
import { makeStaticType, objectType, inheritSlots, PyType, RefKindCode, TF_HAVE_GC, type TypeSlots } from '../objects/type';
import { makeImmortal } from '../objects/object';
import { defGetSet } from '../objects/descriptors';
import { raise, PyExc, newException } from '../runtime/errors';
import { decref, xdecref } from '../runtime/refcount';
import { gcTrack, gcUntrack } from '../runtime/gc';
import { bindArgs, noKw, nargs } from '../runtime/args';
import { vmHooks } from '../runtime/hooks';
import { intFromString } from './numparse';
import { ssizeArg } from './_bisect';
import * as A from '../runtime/abstract';

// ---- positions ------------------------------------------------------------------------------

/** Code unit index of code point index `cp` in `p` (p.simple: the same). */
function cpToCu(p: PyStr, cp: number): number {
  if (p.simple) return cp;
  const s = p.s;
  let cu = 0;
  for (let i = 0; i < cp && cu < s.length; i++) {
    const c = s.charCodeAt(cu);
    cu += c >= 0xd800 && c <= 0xdbff && cu + 1 < s.length && (s.charCodeAt(cu + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return cu + Math.max(0, cp - p.n);
}

function cuToCp(p: PyStr, cu: number): number {
  if (p.simple) return cu;
  const s = p.s;
  let cp = 0;
  for (let i = 0; i < cu && i < s.length; i++, cp++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  return cp + Math.max(0, cu - s.length);
}

// ---- errors ---------------------------------------------------------------------------------

let theVM: VM | null = null;

/** Raises json.decoder.JSONDecodeError(msg, s, pos) (importing json.decoder like the C code). */
function raiseErr(msg: string, p: PyStr, cu: number): never {
  const mod = theVM!.importModule('json.decoder');
  let cls: PyObject;
  try { cls = A.getAttr(mod, 'JSONDecodeError'); } finally { decref(mod); }
  const m = newStr(msg);
  const pos = newInt(cuToCp(p, cu));
  let exc: PyObject;
  try {
    exc = A.call(cls, [m, p, pos]);
  } finally {
    decref(m); decref(pos); decref(cls);
  }
  throw exc;
}

function stopIteration(p: PyStr, cu: number): never {
  const v = newInt(cuToCp(p, cu));
  const e = newException(PyExc.StopIteration, v);
  decref(v);
  throw e;
}

// ---- scanstring -----------------------------------------------------------------------------

function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** The end of the last scanstring call (code units, just past the closing quote). */
let scanEnd = 0;

/** scanstring_unicode: `end` is just past the opening quote (code units). New reference. */
function scanString(p: PyStr, end: number, strict: boolean): PyStr {
  const s = p.s;
  const len = s.length;
  const begin = end - 1;
  if (end < 0 || len < end) raise(PyExc.ValueError, 'end is out of bounds');
  let out: string | null = null;
  for (;;) {
    let next = end;
    let c = 0;
    for (; next < len; next++) {
      c = s.charCodeAt(next);
      if (c === 34 || c === 92) break;
      if (c <= 0x1f && strict) raiseErr('Invalid control character at', p, next);
    }
    if (c === 34 && next < len) {
      if (out === null) {
        scanEnd = next + 1;
        return newStr(s.slice(end, next));
      }
    } else if (c !== 92 || next >= len) {
      raiseErr('Unterminated string starting at', p, begin);
    }
    if (next !== end) out = (out ?? '') + s.slice(end, next);
    else if (out === null) out = '';
    next++;
    if (c === 34) { end = next; break; }
    if (next === len) raiseErr('Unterminated string starting at', p, begin);
    c = s.charCodeAt(next);
    let ch: string;
    if (c !== 117) {
      end = next + 1;
      switch (c) {
        case 34: ch = '"'; break;
        case 92: ch = '\\'; break;
        case 47: ch = '/'; break;
        case 98: ch = '\b'; break;
        case 102: ch = '\f'; break;
        case 110: ch = '\n'; break;
        case 114: ch = '\r'; break;
        case 116: ch = '\t'; break;
        default: raiseErr('Invalid \\escape', p, end - 2);
      }
    } else {
      next++;
      end = next + 4;
      if (end >= len) raiseErr('Invalid \\uXXXX escape', p, next - 1);
      let u = 0;
      for (; next < end; next++) {
        const d = hexVal(s.charCodeAt(next));
        if (d < 0) raiseErr('Invalid \\uXXXX escape', p, end - 5);
        u = (u << 4) | d;
      }
      if (u >= 0xd800 && u <= 0xdbff && end + 6 < len && s.charCodeAt(next++) === 92 && s.charCodeAt(next++) === 117) {
        let u2 = 0;
        end += 6;
        for (; next < end; next++) {
          const d = hexVal(s.charCodeAt(next));
          if (d < 0) raiseErr('Invalid \\uXXXX escape', p, end - 5);
          u2 = (u2 << 4) | d;
        }
        if (u2 >= 0xdc00 && u2 <= 0xdfff) u = 0x10000 + (((u - 0xd800) << 10) | (u2 - 0xdc00));
        else end -= 6;
      }
      ch = String.fromCodePoint(u);
    }
    out = out! + ch;
  }
  scanEnd = end;
  return newStr(out!);
}

// ---- the scanner ----------------------------------------------------------------------------

class PyScanner extends PyObject {
  declare strict: boolean;
  declare objectHook: PyObject | null;
  declare pairsHook: PyObject | null;
  declare parseFloat: PyObject | null;
  declare parseInt: PyObject | null;
  declare parseConstant: PyObject | null;
  declare memo: PyDict | null;
}

/** The index after the last value scanned (code units). */
let nextIdx = 0;

function isWs(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function parseObject(sc: PyScanner, p: PyStr, idx: number): PyObject {
  const s = p.s;
  const endIdx = s.length - 1;
  const pairs = sc.pairsHook !== None;
  const rval: PyObject = pairs ? listSteal([]) : newDict();
  try {
    while (idx <= endIdx && isWs(s.charCodeAt(idx))) idx++;
    if (idx > endIdx || s.charCodeAt(idx) !== 125) {
      for (;;) {
        if (idx > endIdx || s.charCodeAt(idx) !== 34) raiseErr('Expecting property name enclosed in double quotes', p, idx);
        let key: PyObject = scanString(p, idx + 1, sc.strict);
        const memo = sc.memo!;
        const known = dictGet(memo, key);
        if (known !== null) { known.ob_refcnt++; decref(key); key = known; }
        else {
          try { dictSet(memo, key, key); } catch (e) { decref(key); throw e; }
        }
        idx = scanEnd;
        let val: PyObject;
        try {
          while (idx <= endIdx && isWs(s.charCodeAt(idx))) idx++;
          if (idx > endIdx || s.charCodeAt(idx) !== 58) raiseErr("Expecting ':' delimiter", p, idx);
          idx++;
          while (idx <= endIdx && isWs(s.charCodeAt(idx))) idx++;
          val = scanOnce(sc, p, idx);
        } catch (e) {
          decref(key);
          throw e;
        }
        if (pairs) {
          listAppendSteal(rval as PyList, tupleSteal([key, val]));
        } else {
          try { dictSet(rval as PyDict, key, val); } finally { decref(key); decref(val); }
        }
        idx = nextIdx;
        while (idx <= endIdx && isWs(s.charCodeAt(idx))) idx++;
        if (idx <= endIdx && s.charCodeAt(idx) === 125) break;
        if (idx > endIdx || s.charCodeAt(idx) !== 44) raiseErr("Expecting ',' delimiter", p, idx);
        idx++;
        while (idx <= endIdx && isWs(s.charCodeAt(idx))) idx++;
      }
    }
  } catch (e) {
    decref(rval);
    throw e;
  }
  const after = idx + 1;
  const hook = pairs ? sc.pairsHook! : sc.objectHook !== None ? sc.objectHook! : null;
  if (hook !== null) {
    try {
      const r = A.call(hook, [rval]);
      nextIdx = after;
      return r;
    } finally {
      decref(rval);
    }
  }
  nextIdx = after;
  return rval;
}

function parseArray(sc: PyScanner, p: PyStr, idx: number): PyObject {
  const s = p.s;
  const endIdx = s.length - 1;
  const rval = listSteal([]);
  try {
    while (idx <= endIdx && isWs(s.charCodeAt(idx))) idx++;
    if (idx > endIdx || s.charCodeAt(idx) !== 93) {
      for (;;) {
        const val = scanOnce(sc, p, idx);
        listAppendSteal(rval, val);
        idx = nextIdx;
        while (idx <= endIdx && isWs(s.charCodeAt(idx))) idx++;
        if (idx <= endIdx && s.charCodeAt(idx) === 93) break;
        if (idx > endIdx || s.charCodeAt(idx) !== 44) raiseErr("Expecting ',' delimiter", p, idx);
        idx++;
        while (idx <= endIdx && isWs(s.charCodeAt(idx))) idx++;
      }
    }
    if (idx > endIdx || s.charCodeAt(idx) !== 93) raiseErr('Expecting value', p, endIdx);
  } catch (e) {
    decref(rval);
    throw e;
  }
  nextIdx = idx + 1;
  return rval;
}

function parseConstant(sc: PyScanner, name: string, idx: number): PyObject {
  const c = intern(name);
  c.ob_refcnt++;
  try {
    const r = A.call(sc.parseConstant!, [c]);
    nextIdx = idx + name.length;
    return r;
  } finally {
    decref(c);
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function matchNumber(sc: PyScanner, p: PyStr, start: number): PyObject {
  const s = p.s;
  const endIdx = s.length - 1;
  let idx = start;
  let isFloat = false;
  if (s.charCodeAt(idx) === 45) {
    idx++;
    if (idx > endIdx) stopIteration(p, start);
  }
  const c0 = s.charCodeAt(idx);
  if (c0 >= 49 && c0 <= 57) {
    idx++;
    while (idx <= endIdx && isDigit(s.charCodeAt(idx))) idx++;
  } else if (c0 === 48) {
    idx++;
  } else {
    stopIteration(p, start);
  }
  if (idx < endIdx && s.charCodeAt(idx) === 46 && isDigit(s.charCodeAt(idx + 1))) {
    isFloat = true;
    idx += 2;
    while (idx <= endIdx && isDigit(s.charCodeAt(idx))) idx++;
  }
  if (idx < endIdx && (s.charCodeAt(idx) === 101 || s.charCodeAt(idx) === 69)) {
    const eStart = idx;
    idx++;
    if (idx < endIdx && (s.charCodeAt(idx) === 45 || s.charCodeAt(idx) === 43)) idx++;
    while (idx <= endIdx && isDigit(s.charCodeAt(idx))) idx++;
    if (isDigit(s.charCodeAt(idx - 1))) isFloat = true;
    else idx = eStart;
  }
  const custom = isFloat ? (sc.parseFloat !== floatType ? sc.parseFloat! : null) : (sc.parseInt !== intType ? sc.parseInt! : null);
  const text = s.slice(start, idx);
  let r: PyObject;
  if (custom !== null) {
    const numstr = newStr(text);
    try { r = A.call(custom, [numstr]); } finally { decref(numstr); }
  } else if (isFloat) {
    r = newFloat(Number(text));
  } else if (text.length <= 15) {
    r = newInt(Number(text));
  } else {
    r = intFromString(text, 10);
  }
  nextIdx = idx;
  return r;
}

/** scan_once_unicode at code unit `idx`: a new reference; nextIdx is set past the value. */
function scanOnce(sc: PyScanner, p: PyStr, idx: number): PyObject {
  const s = p.s;
  const length = s.length;
  if (idx < 0) raise(PyExc.ValueError, 'idx cannot be negative');
  if (idx >= length) stopIteration(p, idx);
  switch (s.charCodeAt(idx)) {
    case 34: {
      const r = scanString(p, idx + 1, sc.strict);
      nextIdx = scanEnd;
      return r;
    }
    case 123: {
      vmHooks.enterRecursive(' while decoding a JSON object from a unicode string');
      try { return parseObject(sc, p, idx + 1); } finally { vmHooks.leaveRecursive(); }
    }
    case 91: {
      vmHooks.enterRecursive(' while decoding a JSON array from a unicode string');
      try { return parseArray(sc, p, idx + 1); } finally { vmHooks.leaveRecursive(); }
    }
    case 110:
      if (idx + 3 < length && s.startsWith('ull', idx + 1)) { nextIdx = idx + 4; None.ob_refcnt++; return None; }
      break;
    case 116:
      if (idx + 3 < length && s.startsWith('rue', idx + 1)) { nextIdx = idx + 4; True.ob_refcnt++; return True; }
      break;
    case 102:
      if (idx + 4 < length && s.startsWith('alse', idx + 1)) { nextIdx = idx + 5; False.ob_refcnt++; return False; }
      break;
    case 78:
      if (idx + 2 < length && s.startsWith('aN', idx + 1)) return parseConstant(sc, 'NaN', idx);
      break;
    case 73:
      if (idx + 7 < length && s.startsWith('nfinity', idx + 1)) return parseConstant(sc, 'Infinity', idx);
      break;
    case 45:
      if (idx + 8 < length && s.startsWith('Infinity', idx + 1)) return parseConstant(sc, '-Infinity', idx);
      break;
  }
  return matchNumber(sc, p, idx);
}

function strArg(o: PyObject): PyStr {
  if (!(o instanceof PyStr)) raise(PyExc.TypeError, `first argument must be a string, not ${o.type.name}`);
  return o;
}

let scannerType: PyType | null = null;

const SCANNER_FIELDS = ['objectHook', 'pairsHook', 'parseFloat', 'parseInt', 'parseConstant', 'memo'] as const;

function initScannerType(): PyType {
  if (scannerType) return scannerType;
  const t = makeStaticType('Scanner', objectType, {
    new: (tp, args, kw) => {
      const v = bindArgs('make_scanner', args, kw, ['context'], 1);
      const ctx = v[0]!;
      const sc = new PyScanner(tp);
      sc.objectHook = sc.pairsHook = sc.parseFloat = sc.parseInt = sc.parseConstant = null;
      sc.memo = newDict();
      sc.strict = false;
      gcTrack(sc);
      try {
        const st = A.getAttr(ctx, 'strict');
        try { sc.strict = A.isTrue(st); } finally { decref(st); }
        sc.objectHook = A.getAttr(ctx, 'object_hook');
        sc.pairsHook = A.getAttr(ctx, 'object_pairs_hook');
        sc.parseFloat = A.getAttr(ctx, 'parse_float');
        sc.parseInt = A.getAttr(ctx, 'parse_int');
        sc.parseConstant = A.getAttr(ctx, 'parse_constant');
      } catch (e) {
        decref(sc);
        throw e;
      }
      return sc;
    },
    init: () => {},
    call: (o, args, kw) => {
      const sc = o as PyScanner;
      const v = bindArgs('scan_once', args, kw, ['string', 'idx'], 2);
      const idxCp = ssizeArg(v[1]!);
      const p = strArg(v[0]!);
      let r: PyObject;
      try {
        r = scanOnce(sc, p, idxCp < 0 ? idxCp : cpToCu(p, idxCp));
      } finally {
        dictClear(sc.memo!);
      }
      return tupleSteal([r, newInt(cuToCp(p, nextIdx))]);
    },
    ...fieldSlots(SCANNER_FIELDS),
    sizeof: () => 64,
  }, { module: '_json', basicsize: 64, flags: TF_HAVE_GC, noSubclass: true });
  finishType(t, 'JSON scanner object');
  const member = (name: string, f: (sc: PyScanner) => PyObject | null): void => defMember(t, name, f);
  defGetSet(t, 'strict', (o) => { const b = (o as PyScanner).strict ? True : False; b.ob_refcnt++; return b; });
  member('object_hook', (sc) => sc.objectHook);
  member('object_pairs_hook', (sc) => sc.pairsHook);
  member('parse_float', (sc) => sc.parseFloat);
  member('parse_int', (sc) => sc.parseInt);
  member('parse_constant', (sc) => sc.parseConstant);
  scannerType = t;
  return t;
}

/** tp_traverse/tp_clear/tp_dealloc of a GC object whose strong references are exactly `fields`. */
function fieldSlots(fields: readonly string[]): Pick<TypeSlots, 'traverse' | 'clear' | 'dealloc'> {
  return {
    traverse: (o, visit) => {
      const r = o as unknown as Record<string, PyObject | null>;
      for (const f of fields) { const x = r[f]; if (x) visit(x, RefKindCode.Attr, f); }
    },
    clear: (o) => clearFields(o, fields),
    dealloc: (o) => { gcUntrack(o); clearFields(o, fields); },
  };
}

/** Gives a static type of this module its dict, inherited slots and __doc__. */
function finishType(t: PyType, docText: string): void {
  t.tdict = makeImmortal(newDict());
  inheritSlots(t);
  const doc = newStr(docText);
  t.tdict.setStr('__doc__', doc);
  decref(doc);
}

/** A read-only attribute returning the field `get` reads (null reads as None). */
function defMember<T extends PyObject>(t: PyType, name: string, get: (o: T) => PyObject | null): void {
  defGetSet(t, name, (o) => { const x = get(o as T) ?? None; x.ob_refcnt++; return x; });
}

function clearFields<T extends PyObject>(o: T, fields: readonly string[]): void {
  const r = o as unknown as Record<string, PyObject | null>;
  for (const f of fields) {
    const x = r[f] ?? null;
    r[f] = null;
    xdecref(x);
  }
}

// ---- encoding -------------------------------------------------------------------------------

const HEX = '0123456789abcdef';

function hex4(c: number): string {
  return '\\u' + HEX[(c >> 12) & 15] + HEX[(c >> 8) & 15] + HEX[(c >> 4) & 15] + HEX[c & 15];
}

/** ascii_escape_unicode: every non-printable-ASCII code point as an escape (\uXXXX pairs above the BMP). */
function escapeAscii(s: string): string {
  let i = 0;
  const n = s.length;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || c > 126 || c === 34 || c === 92) break;
  }
  if (i === n) return '"' + s + '"';
  let out = '"' + s.slice(0, i);
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 32 && c <= 126 && c !== 34 && c !== 92) { out += s[i]; continue; }
    switch (c) {
      case 92: out += '\\\\'; break;
      case 34: out += '\\"'; break;
      case 8: out += '\\b'; break;
      case 12: out += '\\f'; break;
      case 10: out += '\\n'; break;
      case 13: out += '\\r'; break;
      case 9: out += '\\t'; break;
      // Code units: a code point above the BMP is already its surrogate pair here.
      default: out += hex4(c);
    }
  }
  return out + '"';
}

/** escape_unicode: only quotes, backslashes and control characters escaped. */
function escapePlain(s: string): string {
  let i = 0;
  const n = s.length;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || c === 34 || c === 92) break;
  }
  if (i === n) return '"' + s + '"';
  let out = '"' + s.slice(0, i);
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 32 && c !== 34 && c !== 92) { out += s[i]; continue; }
    switch (c) {
      case 92: out += '\\\\'; break;
      case 34: out += '\\"'; break;
      case 8: out += '\\b'; break;
      case 12: out += '\\f'; break;
      case 10: out += '\\n'; break;
      case 13: out += '\\r'; break;
      case 9: out += '\\t'; break;
      default: out += '\\u00' + HEX[(c >> 4) & 15] + HEX[c & 15];
    }
  }
  return out + '"';
}

const encodeAsciiFn = (_s: PyObject | null, args: PyObject[], kw: readonly string[] | null): PyObject => {
  noKw('encode_basestring_ascii', kw);
  nargs('encode_basestring_ascii', args, 1, 1, true);
  return newStr(escapeAscii(strArg(args[0]!).s));
};
const encodePlainFn = (_s: PyObject | null, args: PyObject[], kw: readonly string[] | null): PyObject => {
  noKw('encode_basestring', kw);
  nargs('encode_basestring', args, 1, 1, true);
  return newStr(escapePlain(strArg(args[0]!).s));
};

class PyEncoder extends PyObject {
  declare markers: PyObject | null;
  declare defaultfn: PyObject | null;
  declare encoder: PyObject | null;
  declare indent: PyObject | null;
  declare keySep: PyStr | null;
  declare itemSep: PyStr | null;
  declare sortKeys: boolean;
  declare skipkeys: boolean;
  declare allowNan: boolean;
  /** 1: encoder is _json.encode_basestring_ascii, 2: encode_basestring, 0: call it. */
  declare fast: number;
}

const ENCODER_FIELDS = ['markers', 'defaultfn', 'encoder', 'indent', 'keySep', 'itemSep'] as const;

/** The output being built (one per encoder call: default() may encode re-entrantly). */
interface Writer { s: string }

function encodeFloat(enc: PyEncoder, o: PyObject): string {
  const v = (o as PyFloat).v;
  if (!Number.isFinite(v)) {
    if (!enc.allowNan) raise(PyExc.ValueError, `Out of range float values are not JSON compliant: ${A.reprJS(o)}`);
    return v > 0 ? 'Infinity' : v < 0 ? '-Infinity' : 'NaN';
  }
  return floatRepr(v);
}

function encodeString(enc: PyEncoder, o: PyStr): string {
  if (enc.fast === 1) return escapeAscii(o.s);
  if (enc.fast === 2) return escapePlain(o.s);
  const r = A.call(enc.encoder!, [o]);
  if (!(r instanceof PyStr)) {
    const n = r.type.name;
    decref(r);
    raise(PyExc.TypeError, `encoder() must return a string, not ${n}`);
  }
  const s = r.s;
  decref(r);
  return s;
}

/** Marks `o` as being encoded (markers[id(o)] = o); returns the id key to remove, or null. */
function markEnter(enc: PyEncoder, o: PyObject): PyObject | null {
  const markers = enc.markers!;
  if (markers === None) return null;
  const ident = newInt(o.id);
  try {
    if (dictGet(markers as PyDict, ident) !== null) raise(PyExc.ValueError, 'Circular reference detected');
    dictSet(markers as PyDict, ident, o);
  } catch (e) {
    decref(ident);
    throw e;
  }
  return ident;
}

function markLeave(enc: PyEncoder, ident: PyObject | null): void {
  if (ident === null) return;
  try {
    if (!dictDel(enc.markers as PyDict, ident)) {
      const e = newException(PyExc.KeyError, ident);
      throw e;
    }
  } finally {
    decref(ident);
  }
}

function encodeObj(enc: PyEncoder, w: Writer, o: PyObject, level: number): void {
  if (o === None) { w.s += 'null'; return; }
  if (o === True) { w.s += 'true'; return; }
  if (o === False) { w.s += 'false'; return; }
  const t = o.type;
  if (o instanceof PyStr) { w.s += encodeString(enc, o); return; }
  if (o instanceof PyInt) { w.s += intRepr(o.v); return; }
  if (o instanceof PyFloat) { w.s += encodeFloat(enc, o); return; }
  if (t === listType || t === tupleType || t.isSubtype(listType) || t.isSubtype(tupleType)) {
    vmHooks.enterRecursive(' while encoding a JSON object');
    try { encodeList(enc, w, o, level); } finally { vmHooks.leaveRecursive(); }
    return;
  }
  if (t === dictType || t.isSubtype(dictType)) {
    vmHooks.enterRecursive(' while encoding a JSON object');
    try { encodeDict(enc, w, o as PyDict, level); } finally { vmHooks.leaveRecursive(); }
    return;
  }
  const ident = markEnter(enc, o);
  let newobj: PyObject;
  try {
    newobj = A.call(enc.defaultfn!, [o]);
  } catch (e) {
    xdecref(ident);
    throw e;
  }
  try {
    vmHooks.enterRecursive(' while encoding a JSON object');
    try { encodeObj(enc, w, newobj, level); } finally { vmHooks.leaveRecursive(); }
  } catch (e) {
    decref(newobj);
    xdecref(ident);
    throw e;
  }
  decref(newobj);
  markLeave(enc, ident);
}

function encodeList(enc: PyEncoder, w: Writer, seq: PyObject, level: number): void {
  const items = (seq as PyList | PyTuple).items;
  if (items.length === 0) { w.s += '[]'; return; }
  seq.ob_refcnt++;
  let ident: PyObject | null = null;
  try {
    ident = markEnter(enc, seq);
    w.s += '[';
    const sep = enc.itemSep!.s;
    for (let i = 0; i < (seq as PyList).items.length; i++) {
      if (i) w.s += sep;
      encodeObj(enc, w, (seq as PyList).items[i]!, level);
    }
    const id = ident;
    ident = null;
    markLeave(enc, id);
    w.s += ']';
  } finally {
    xdecref(ident);
    decref(seq);
  }
}

/** encoder_encode_key_value: false when the key was skipped. */
function encodeKeyValue(enc: PyEncoder, w: Writer, first: boolean, key: PyObject, value: PyObject, level: number): boolean {
  let keystr: string;
  if (key instanceof PyStr) {
    keystr = '';
  } else if (key instanceof PyFloat) {
    keystr = encodeFloat(enc, key);
  } else if (key === True || key === False || key === None) {
    keystr = key === True ? 'true' : key === False ? 'false' : 'null';
  } else if (key instanceof PyInt) {
    keystr = intRepr(key.v);
  } else if (enc.skipkeys) {
    return false;
  } else {
    raise(PyExc.TypeError, `keys must be str, int, float, bool or None, not ${key.type.name}`);
  }
  if (!first) w.s += enc.itemSep!.s;
  if (key instanceof PyStr) {
    w.s += encodeString(enc, key);
  } else if (enc.fast !== 0) {
    w.s += enc.fast === 1 ? escapeAscii(keystr) : escapePlain(keystr);
  } else {
    const k = newStr(keystr);
    try { w.s += encodeString(enc, k); } finally { decref(k); }
  }
  w.s += enc.keySep!.s;
  encodeObj(enc, w, value, level);
  return true;
}

function encodeDict(enc: PyEncoder, w: Writer, d: PyDict, level: number): void {
  if (d.used === 0) { w.s += '{}'; return; }
  let ident: PyObject | null = markEnter(enc, d);
  let items: PyObject | null = null;
  try {
    w.s += '{';
    let first = true;
    if (enc.sortKeys || d.type !== dictType) {
      items = mappingItems(d);
      if (enc.sortKeys) decref(A.callMethod(items, 'sort', []));
      const l = items as PyList;
      for (let i = 0; i < l.items.length; i++) {
        const it = l.items[i]!;
        if (!(it instanceof PyTuple) || it.items.length !== 2) raise(PyExc.ValueError, 'items must return 2-tuples');
        if (encodeKeyValue(enc, w, first, it.items[0]!, it.items[1]!, level)) first = false;
      }
      decref(items);
      items = null;
    } else {
      const ks = d.ks, vs = d.vs;
      for (let i = 0; i < d.ks.length; i++) {
        const k = ks[i];
        if (k === null || k === undefined) continue;
        if (encodeKeyValue(enc, w, first, k, vs[i]!, level)) first = false;
      }
    }
    const id = ident;
    ident = null;
    markLeave(enc, id);
    w.s += '}';
  } finally {
    xdecref(items);
    xdecref(ident);
  }
}

/** PyMapping_Items: a list of the (key, value) pairs. */
function mappingItems(d: PyDict): PyObject {
  if (d.type === dictType) {
    const out: PyObject[] = [];
    for (let i = 0; i < d.ks.length; i++) {
      const k = d.ks[i];
      if (k === null || k === undefined) continue;
      const v = d.vs[i]!;
      k.ob_refcnt++;
      v.ob_refcnt++;
      out.push(tupleSteal([k, v]));
    }
    return listSteal(out);
  }
  const meth = A.callMethod(d, 'items', []);
  try {
    if (!meth.type.slots.iter && !meth.type.slots.getitem) raise(PyExc.TypeError, `${d.type.name}.items() returned a non-iterable (type ${meth.type.name})`);
    const arr = A.toArray(meth);
    return listSteal(arr);
  } finally {
    decref(meth);
  }
}

let encoderType: PyType | null = null;

function initEncoderType(): PyType {
  if (encoderType) return encoderType;
  const NAMES = ['markers', 'default', 'encoder', 'indent', 'key_separator', 'item_separator', 'sort_keys', 'skipkeys', 'allow_nan'];
  const t = makeStaticType('Encoder', objectType, {
    new: (tp, args, kw) => {
      const v = bindArgs('make_encoder', args, kw, NAMES, 9);
      const markers = v[0]!;
      for (const i of [4, 5]) {
        if (!(v[i] instanceof PyStr)) raise(PyExc.TypeError, `make_encoder() argument ${i + 1} must be str, not ${v[i]!.type.name}`);
      }
      const sortKeys = A.isTrue(v[6]!);
      const skipkeys = A.isTrue(v[7]!);
      const allowNan = A.isTrue(v[8]!);
      if (markers !== None && !markers.type.isSubtype(dictType)) {
        raise(PyExc.TypeError, `make_encoder() argument 1 must be dict or None, not ${markers.type.name}`);
      }
      const enc = new PyEncoder(tp);
      const own = (o: PyObject): PyObject => { o.ob_refcnt++; return o; };
      enc.markers = own(markers);
      enc.defaultfn = own(v[1]!);
      enc.encoder = own(v[2]!);
      enc.indent = own(v[3]!);
      enc.keySep = own(v[4]!) as PyStr;
      enc.itemSep = own(v[5]!) as PyStr;
      enc.sortKeys = sortKeys;
      enc.skipkeys = skipkeys;
      enc.allowNan = allowNan;
      const e = v[2]!;
      enc.fast = e instanceof PyBuiltinFunction ? (e.fn === encodeAsciiFn ? 1 : e.fn === encodePlainFn ? 2 : 0) : 0;
      gcTrack(enc);
      return enc;
    },
    init: () => {},
    call: (o, args, kw) => {
      const enc = o as PyEncoder;
      const v = bindArgs('_iterencode', args, kw, ['obj', '_current_indent_level'], 2);
      const level = ssizeArg(v[1]!);
      const w: Writer = { s: '' };
      encodeObj(enc, w, v[0]!, level);
      return tupleSteal([newStr(w.s)]);
    },
    ...fieldSlots(ENCODER_FIELDS),
    sizeof: () => 72,
  }, { module: '_json', basicsize: 72, flags: TF_HAVE_GC, noSubclass: true });
  finishType(t, '_iterencode(obj, _current_indent_level) -> iterable');
  const member = (name: string, f: (e: PyEncoder) => PyObject | null): void => defMember(t, name, f);
  member('markers', (e) => e.markers);
  member('default', (e) => e.defaultfn);
  member('encoder', (e) => e.encoder);
  member('indent', (e) => e.indent);
  member('key_separator', (e) => e.keySep);
  member('item_separator', (e) => e.itemSep);
  member('sort_keys', (e) => (e.sortKeys ? True : False));
  member('skipkeys', (e) => (e.skipkeys ? True : False));
  encoderType = t;
  return t;
}

// ---- the module -----------------------------------------------------------------------------

export function makeJsonModule(vm: VM): PyModule {
  theVM = vm;
  const m = newModule('_json', newStr('json speedups\n'));
  const d = m.dict as PyDict;
  const add = (name: string, o: PyObject): void => { d.setStr(name, o); decref(o); };
  add('encode_basestring_ascii', newBuiltin('encode_basestring_ascii', encodeAsciiFn, m));
  add('encode_basestring', newBuiltin('encode_basestring', encodePlainFn, m));
  add('scanstring', newBuiltin('scanstring', (_s, args, kw) => {
    noKw('scanstring', kw);
    if (args.length < 2 || args.length > 3) {
      raise(PyExc.TypeError, `scanstring() takes ${args.length < 2 ? 'at least 2' : 'at most 3'} arguments (${args.length} given)`);
    }
    const endCp = ssizeArg(args[1]!);
    const strict = args.length > 2 ? A.isTrue(args[2]!) : true;
    const p = strArg(args[0]!);
    const end = endCp < 0 || endCp > p.n ? (endCp < 0 ? -1 : p.s.length + 1) : cpToCu(p, endCp);
    const r = scanString(p, end, strict);
    return tupleSteal([r, newInt(cuToCp(p, scanEnd))]);
  }, m));
  d.setStr('make_scanner', initScannerType());
  d.setStr('make_encoder', initEncoderType());
  return m;
}
