/**
 * str.format / str.format_map (Objects/stringlib/unicode_format.h): the markup iterator over
 * literal text and `{field!conv:spec}` replacement fields, field names with `.attr` / `[key]`
 * lookups, automatic vs manual numbering, and nested specs (`{:{w}.{p}f}`, two levels at most).
 *
 * Contract: fields are evaluated left to right and the output is built as the string is scanned,
 * so a malformed tail raises only after the earlier fields ran (their side effects happened),
 * exactly as CPython. Indices are code point positions; `cps` holds the code points.
 */
import type { PyObject } from '../objects/object';
import { PyStr, newStr } from '../objects/str';
import { newInt } from '../objects/int';
import { newDict, dictSetStr } from '../objects/dict';
import { raise, PyExc } from './errors';
import { decref } from './refcount';
import { formatObject } from './format';
import { asciiRepr } from './printf';
import * as A from './abstract';

interface Auto { state: 0 | 1 | 2; next: number } // 0 init, 1 automatic, 2 manual

const MAX_SSIZE = 9223372036854775807n;

/** Decimal value of cps[a:b], -1 when empty or not all digits. */
function getInteger(cps: string[], a: number, b: number): number {
  if (a >= b) return -1;
  let acc = 0n;
  for (let i = a; i < b; i++) {
    const c = cps[i]!;
    if (c < '0' || c > '9') return -1;
    acc = acc * 10n + BigInt(c.charCodeAt(0) - 48);
    if (acc > MAX_SSIZE) raise(PyExc.ValueError, 'Too many decimal digits in format string');
  }
  return Number(acc);
}

class Formatter {
  constructor(
    readonly cps: string[],
    readonly args: PyObject[] | null,
    readonly kwargs: PyObject | null,
    readonly auto: Auto,
  ) {}

  /** The object named by cps[a:b] (get_field_object): new reference. */
  fieldObject(a: number, b: number): PyObject {
    const cps = this.cps;
    let i = a;
    while (i < b && cps[i] !== '.' && cps[i] !== '[') i++;
    let idx = getInteger(cps, a, i);
    const empty = a >= i;
    const numeric = empty || idx !== -1;
    const auto = this.auto;
    if (auto.state === 0 && numeric) auto.state = empty ? 1 : 2;
    if (numeric) {
      if (auto.state === 2 && empty) raise(PyExc.ValueError, 'cannot switch from manual field specification to automatic field numbering');
      if (auto.state !== 2 && !empty) raise(PyExc.ValueError, 'cannot switch from automatic field numbering to manual field specification');
    }
    if (empty) idx = auto.next++;
    let obj: PyObject;
    if (idx === -1) {
      const key = newStr(cps.slice(a, i).join(''));
      try {
        if (this.kwargs === null) throw A.newExc(PyExc.KeyError!, key);
        obj = A.getItem(this.kwargs, key);
      } finally { decref(key); }
    } else {
      if (this.args === null) raise(PyExc.ValueError, 'Format string contains positional fields');
      if (idx >= this.args.length) raise(PyExc.IndexError, `Replacement index ${idx} out of range for positional args tuple`);
      obj = this.args[idx]!;
      obj.ob_refcnt++;
    }
    try {
      while (i < b) {
        const c = cps[i++]!;
        let s: number, e: number, isAttr: boolean;
        if (c === '.') {
          isAttr = true;
          s = i;
          while (i < b && cps[i] !== '.' && cps[i] !== '[') i++;
          e = i;
        } else if (c === '[') {
          isAttr = false;
          s = i;
          while (i < b && cps[i] !== ']') i++;
          if (i >= b) raise(PyExc.ValueError, "Missing ']' in format string");
          e = i++;
        } else raise(PyExc.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        const n = isAttr ? -1 : getInteger(cps, s, e);
        if (s === e) raise(PyExc.ValueError, 'Empty attribute in format string');
        const name = cps.slice(s, e).join('');
        let next: PyObject;
        if (isAttr) next = A.getAttr(obj, name);
        else {
          const key = n === -1 ? newStr(name) : newInt(n);
          try { next = A.getItem(obj, key); } finally { decref(key); }
        }
        decref(obj);
        obj = next;
      }
    } catch (e) {
      decref(obj);
      throw e;
    }
    return obj;
  }

  /** build_string over cps[a:b]. */
  build(a: number, b: number, depth: number): string {
    if (depth <= 0) raise(PyExc.ValueError, 'Max string recursion exceeded');
    const cps = this.cps;
    let out = '';
    let pos = a;
    while (pos < b) {
      // Literal text up to an unescaped brace.
      const start = pos;
      let c = '';
      let markup = false;
      while (pos < b) {
        c = cps[pos++]!;
        if (c === '{' || c === '}') { markup = true; break; }
      }
      const atEnd = pos >= b;
      let litEnd = pos;
      if (c === '}' && markup && (atEnd || cps[pos] !== '}')) raise(PyExc.ValueError, "Single '}' encountered in format string");
      if (atEnd && c === '{' && markup) raise(PyExc.ValueError, "Single '{' encountered in format string");
      if (markup && !atEnd) {
        if (cps[pos] === c) { pos++; markup = false; } // escaped: the literal keeps one brace
        else litEnd--;
      }
      if (litEnd > start) out += cps.slice(start, litEnd).join('');
      if (!markup) continue;
      pos = this.field(pos, b, depth, (s) => { out += s; });
    }
    return out;
  }

  /** parse_field + output_markup for the field starting at cps[pos] (after '{'); returns the position after its '}'. */
  field(pos: number, b: number, depth: number, emit: (s: string) => void): number {
    const cps = this.cps;
    const nameStart = pos;
    let c = '';
    while (pos < b) {
      c = cps[pos++]!;
      if (c === '{') raise(PyExc.ValueError, "unexpected '{' in field name");
      if (c === '[') { while (pos < b && cps[pos] !== ']') pos++; continue; }
      if (c === '}' || c === ':' || c === '!') break;
    }
    const nameEnd = pos - 1;
    let conv = '';
    let specStart = -1, specEnd = -1, expand = false;
    if (c === '!' || c === ':') {
      let done = false;
      if (c === '!') {
        if (pos >= b) raise(PyExc.ValueError, 'end of string while looking for conversion specifier');
        conv = cps[pos++]!;
        if (pos < b) {
          const d = cps[pos++]!;
          if (d === '}') done = true;
          else if (d !== ':') raise(PyExc.ValueError, "expected ':' after conversion specifier");
        }
      }
      if (!done) {
        specStart = pos;
        let count = 1;
        while (pos < b) {
          const d = cps[pos++]!;
          if (d === '{') { expand = true; count++; }
          else if (d === '}' && --count === 0) { specEnd = pos - 1; break; }
        }
        if (specEnd < 0) raise(PyExc.ValueError, "unmatched '{' in format spec");
      }
    } else if (c !== '}') raise(PyExc.ValueError, "expected '}' before end of string");

    let obj = this.fieldObject(nameStart, nameEnd);
    try {
      if (conv) {
        let r: PyObject;
        if (conv === 'r') r = A.repr(obj);
        else if (conv === 's') r = A.str(obj);
        else if (conv === 'a') r = newStr(asciiRepr(obj));
        else {
          const cp = conv.codePointAt(0)!;
          raise(PyExc.ValueError, cp > 32 && cp < 127 ? `Unknown conversion specifier ${conv}` : `Unknown conversion specifier \\x${cp.toString(16)}`);
        }
        decref(obj);
        obj = r;
      }
      let spec = '';
      if (specStart >= 0) spec = expand ? this.build(specStart, specEnd, depth - 1) : cps.slice(specStart, specEnd).join('');
      const r = formatObject(obj, spec);
      emit((r as PyStr).s);
      decref(r);
    } finally {
      decref(obj);
    }
    return pos;
  }
}

function codePoints(s: string): string[] {
  return /[\ud800-\udfff]/.test(s) ? Array.from(s) : s.split('');
}

/** str.format(*args, **kwargs) in vectorcall layout (kwnames name the trailing args). */
export function strFormat(fmt: PyStr, args: PyObject[], kwnames: readonly string[] | null): PyObject {
  const s = fmt.s;
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  if (s.indexOf('{') < 0 && s.indexOf('}') < 0) { fmt.ob_refcnt++; return fmt; }
  let kw: PyObject | null = null;
  if (nkw) {
    const d = newDict();
    for (let i = 0; i < nkw; i++) dictSetStr(d, kwnames![i]!, args[npos + i]!);
    kw = d;
  }
  try {
    const f = new Formatter(codePoints(s), args.slice(0, npos), kw, { state: 0, next: 0 });
    return newStr(f.build(0, f.cps.length, 2));
  } finally {
    if (kw) decref(kw);
  }
}

/** str.format_map(mapping). */
export function strFormatMap(fmt: PyStr, mapping: PyObject): PyObject {
  const f = new Formatter(codePoints(fmt.s), null, mapping, { state: 0, next: 0 });
  return newStr(f.build(0, f.cps.length, 2));
}

