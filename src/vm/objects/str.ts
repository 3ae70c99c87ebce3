/**
 * str: immutable sequences of code points.
 *
 * Invariants:
 * - `s` is the JS (UTF-16) form; `n` the length in code points (astral characters are one code
 *   point and two JS units). `kind` is CPython's storage width: 0 ASCII, 1 latin-1, 2 UCS-2, 4 UCS-4.
 * - '' and the 256 one-character latin-1 strings are immortal singletons, as are interned strings
 *   (identifier-like constants of code objects, names); `intern()` returns the canonical object.
 * - Indexing by code point uses `cps()` (array of code points) only when the string is not BMP-only.
 */
import { PyObject, makeImmortal, F_INTERNED, nextSerial, memObserver } from './object';
import { makeStaticType, objectType, PyType, TF_UNICODE_SUBCLASS } from './type';
import { strHashInternal } from './pyhash';

export class PyStr extends PyObject {
  declare s: string;
  /** Code point count and PEP 393 kind (0 ascii, 1 latin-1, 2 BMP, 4 astral); -1 until first asked
   * (scanning every new str made `s += x` loops quadratic in the string's length). */
  declare private n_: number;
  declare private kind_: number;
  declare h: number;
  declare private cpArr: number[] | null;
  constructor(type: PyType, s: string, n = -1, kind = -1) {
    super(null);
    this.ob_refcnt = 1;
    this.flags = 0;
    (this as { serial: number }).serial = nextSerial();
    this.type = type;
    this.gcGen = -1;
    // Not a GC type: no gcRefs/gcPrev/gcNext (smaller objects, cheaper V8 scavenges); an
    // instance of a heap subclass that gets tracked gains them when linked.
    this.dict = null;
    if (memObserver !== null) memObserver.alloc(this);
    this.s = s;
    // Tagged (not Smi) from the first store: a Smi field that later receives a hash (a double)
    // changes representation, which deprecates the hidden class of every str already alive;
    // each of them then migrates on its next property access (an IC miss that also resets the
    // interpreter loop's tiering) and optimized code expecting the old map deoptimizes.
    (this as { h: unknown }).h = null;
    this.h = -1;
    this.cpArr = null;
    this.n_ = n;
    this.kind_ = kind;
  }
  get n(): number {
    if (this.n_ < 0) this.scan();
    return this.n_;
  }
  get kind(): number {
    if (this.kind_ < 0) this.scan();
    return this.kind_;
  }
  /** n and kind known without a scan (concatenation propagates them). */
  get measured(): boolean {
    return this.n_ >= 0;
  }
  private scan(): void {
    const s = this.s;
    let max = 0;
    let surrogates = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c > max) max = c;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) { surrogates++; i++; max = 0x10000; }
      }
    }
    this.n_ = s.length - surrogates;
    this.kind_ = max < 0x80 ? 0 : max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
  }
  /** True when JS indices equal code point indices. */
  get simple(): boolean {
    return this.n === this.s.length;
  }
  cps(): number[] {
    if (!this.cpArr) {
      const a: number[] = [];
      for (const ch of this.s) a.push(ch.codePointAt(0)!);
      this.cpArr = a;
    }
    return this.cpArr;
  }
  /** The code point at index i (0 <= i < n) as a JS string. */
  charAt(i: number): string {
    if (this.simple) return this.s[i]!;
    return String.fromCodePoint(this.cps()[i]!);
  }
  /** Substring by code point indices [a, b). */
  slice(a: number, b: number): string {
    if (this.simple) return this.s.slice(a, b);
    return String.fromCodePoint(...this.cps().slice(a, b));
  }
}

export let strType: PyType;
let empty: PyStr;
const chars: PyStr[] = [];
const interned = new Map<string, PyStr>();

/** New reference to a str holding `s`. */
export function newStr(s: string): PyStr {
  if (s.length <= 1) {
    if (s.length === 0) { empty.ob_refcnt++; return empty; }
    const c = s.charCodeAt(0);
    if (c < 256) { const r = chars[c]!; r.ob_refcnt++; return r; }
  }
  return new PyStr(strType, s);
}

/**
 * A new str object even for one latin-1 char: CPython's int-to-decimal and case mappings build
 * their result in a fresh buffer, so `str(5) is str(5)` and `'Q'.lower() is 'q'` are False.
 */
export function newStrFresh(s: string): PyStr {
  if (s.length === 0) { empty.ob_refcnt++; return empty; }
  return new PyStr(strType, s);
}

/** s[i] (new reference) for an in-range index (negative counts from the end), else null. */
export function strItem(o: PyStr, i: number): PyStr | null {
  const n = o.n;
  if (i < 0) i += n;
  if (i < 0 || i >= n) return null;
  return newStr(o.charAt(i));
}

/** New reference to a + b; code point count and kind come from the operands when they know theirs. */
export function strConcat(a: PyStr, b: PyStr): PyStr {
  const s = a.s + b.s;
  if (s.length <= 1 || !a.measured || !b.measured) return newStr(s);
  const as = a.s, bs = b.s;
  // A lone high surrogate meeting a lone low one reads as one code point in the joined JS string.
  if (as.length && bs.length) {
    const hi = as.charCodeAt(as.length - 1), lo = bs.charCodeAt(0);
    if (hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff) return newStr(s);
  }
  return new PyStr(strType, s, a.n + b.n, a.kind > b.kind ? a.kind : b.kind);
}

/** The canonical immortal interned str for `s` (new reference semantics are moot: immortal). */
/**
 * One-char names CPython 3.12 has already interned at start-up from its frozen modules' code
 * (unmarshalled, so distinct objects from the latin-1 singletons): for these, `chr(97) is 'a'` is
 * False while `chr(105) is 'i'` is True. Measured: python3.12 -S, chr(c) is not sys.intern(chr(c)).
 */
const STARTUP_INTERNED_CHARS = 'abcdenprsx_';

export function intern(s: string): PyStr {
  let r = interned.get(s);
  if (r) return r;
  if (s.length === 1 && STARTUP_INTERNED_CHARS.includes(s)) {
    r = makeImmortal(new PyStr(strType, s));
  } else if (s.length <= 1) {
    r = newStr(s);
  } else {
    r = makeImmortal(new PyStr(strType, s));
  }
  r.flags |= F_INTERNED;
  interned.set(s, r);
  return r;
}

export function isInterned(s: string): PyStr | undefined {
  return interned.get(s);
}

/**
 * sys.intern / PyUnicode_InternInPlace: CPython 3.12 (before 3.13's mortal interned strings)
 * makes every string it interns immortal — sys.getrefcount(sys.intern(s)) is 4294967295.
 */
export function internExisting(o: PyStr): PyStr {
  const r = interned.get(o.s) ?? (o.s.length === 1 && STARTUP_INTERNED_CHARS.includes(o.s) ? intern(o.s) : undefined);
  if (r) return r;
  // 3.12: interning makes a string immortal (the table is shared by every VM of the process).
  makeImmortal(o);
  o.flags |= F_INTERNED;
  interned.set(o.s, o);
  return o;
}

/** All-name-characters test used by code objects to decide which string constants to intern. */
export function allNameChars(s: string): boolean {
  return /^[A-Za-z0-9_]*$/.test(s);
}

/** Internal hash (see pyhash.ts): SipHash-1-3 of the canonical bytes, cached on the object. */
export function strHash(o: PyStr): number {
  if (o.h !== -1) return o.h;
  const r = strHashInternal(o.s, o.kind, o.n);
  o.h = r;
  return r;
}

export function strSizeof(o: PyStr): number {
  const n = o.n;
  switch (o.kind) {
    case 0: return 40 + n + 1;
    // A one-character latin-1 string is CPython's static singleton (same object for every 'é'),
    // built with its UTF-8 form already cached: 2 bytes + NUL on top of the compact object.
    case 1: return n === 1 ? 56 + 2 + 3 : 56 + n + 1;
    case 2: return 56 + 2 * (n + 1);
    default: return 56 + 4 * (n + 1);
  }
}

const ESC: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** repr(str): CPython's quote choice and escapes (unicode_repr). */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ESC[ch]) out += ESC[ch];
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x7f) out += ch;
    else if (isPrintable(c)) out += ch;
    else if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out + quote;
}

/** Approximation of Py_UNICODE_ISPRINTABLE via Unicode general categories. */
export function isPrintable(c: number): boolean {
  if (c === 0x20) return true;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  const ch = String.fromCodePoint(c);
  return !/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u.test(ch);
}

export function initStrType(slots: Parameters<typeof makeStaticType>[2]): void {
  strType = makeStaticType('str', objectType, slots, { basicsize: 40, itemsize: 1, flags: TF_UNICODE_SUBCLASS });
  empty = makeImmortal(new PyStr(strType, ''));
  for (let c = 0; c < 256; c++) chars.push(makeImmortal(new PyStr(strType, String.fromCharCode(c))));
  interned.set('', empty);
}
