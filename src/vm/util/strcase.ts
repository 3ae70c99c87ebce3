/**
 * Case mapping and character classes of str methods as CPython 3.12 defines them
 * (Objects/unicodeobject.c do_title/do_capitalize/do_swapcase, unicode_istitle/isupper/islower,
 * Objects/unicodectype.c): per code point, over full (multi-char) mappings.
 * Case properties come from the host's regex engine (\p{Lowercase}, \p{Uppercase}, \p{Lt},
 * \p{Cased}, \p{Case_Ignorable}); the sets JS cannot give or gives differently — decimal/digit/
 * numeric, whitespace, titlecase and casefold mappings — come from CPython's own Unicode 15.0
 * tables (unicode_str15.ts).
 */
import { decodeRanges, inRanges } from './strrepr';
import { CASEFOLD_MAP, DECIMAL_RANGES, DIGIT_RANGES, NUMERIC_RANGES, SPACE_RANGES, TITLE_MAP } from './unicode_str15';

let decimal: Uint32Array | null = null;
let digit: Uint32Array | null = null;
let numeric: Uint32Array | null = null;
let space: Uint32Array | null = null;
let titleMap: Map<number, string> | null = null;
let foldMap: Map<number, string> | null = null;

function decodeMap(enc: string): Map<number, string> {
  const m = new Map<number, string>();
  for (const e of enc.split(';')) {
    const colon = e.indexOf(':');
    m.set(parseInt(e.slice(0, colon), 16), String.fromCodePoint(...e.slice(colon + 1).split(' ').map((h) => parseInt(h, 16))));
  }
  return m;
}

export function isDecimalCp(cp: number): boolean {
  if (cp < 128) return cp >= 0x30 && cp <= 0x39;
  return inRanges(decimal ??= decodeRanges(DECIMAL_RANGES), cp);
}
export function isDigitCp(cp: number): boolean {
  if (cp < 128) return cp >= 0x30 && cp <= 0x39;
  return inRanges(digit ??= decodeRanges(DIGIT_RANGES), cp);
}
export function isNumericCp(cp: number): boolean {
  if (cp < 128) return cp >= 0x30 && cp <= 0x39;
  return inRanges(numeric ??= decodeRanges(NUMERIC_RANGES), cp);
}
export function isSpaceCp(cp: number): boolean {
  if (cp < 128) return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x1f);
  return inRanges(space ??= decodeRanges(SPACE_RANGES), cp);
}

/**
 * A Unicode property test compiled on first use: V8 builds a property class's code point ranges
 * when a regexp literal is evaluated, which module initialisation would pay at every start.
 */
function lazyRe(source: string): { test(s: string): boolean } {
  let re: RegExp | null = null;
  return { test: (s) => (re ??= new RegExp(source, 'u')).test(s) };
}
const RE_LOWER = lazyRe('^\\p{Lowercase}$');
const RE_UPPER = lazyRe('^\\p{Uppercase}$');
const RE_TITLE = lazyRe('^\\p{Lt}$');
const RE_CASED = lazyRe('^\\p{Cased}$');
const RE_IGNORABLE = lazyRe('^\\p{Case_Ignorable}$');
const RE_ALPHA = lazyRe('^\\p{L}$');

export const isLowerCh = (c: string): boolean => RE_LOWER.test(c);
export const isUpperCh = (c: string): boolean => RE_UPPER.test(c);
export const isTitleCh = (c: string): boolean => RE_TITLE.test(c);
export const isCasedCh = (c: string): boolean => RE_CASED.test(c);
export const isAlphaCh = (c: string): boolean => RE_ALPHA.test(c);

/** Full titlecase mapping of one character. */
export function titleCh(c: string): string {
  const t = (titleMap ??= decodeMap(TITLE_MAP)).get(c.codePointAt(0)!);
  return t ?? c.toUpperCase();
}

/** Full lowercase of chars[i], with capital sigma's final form decided by its neighbours. */
function lowerAt(chars: string[], i: number): string {
  const c = chars[i]!;
  if (c !== '\u03a3') return c.toLowerCase();
  let j = i - 1;
  while (j >= 0 && RE_IGNORABLE.test(chars[j]!)) j--;
  const after = j >= 0 && RE_CASED.test(chars[j]!);
  if (!after) return '\u03c3';
  j = i + 1;
  while (j < chars.length && RE_IGNORABLE.test(chars[j]!)) j++;
  return j < chars.length && RE_CASED.test(chars[j]!) ? '\u03c3' : '\u03c2';
}

/** Scratch for building ASCII results as one flat string (`+=` per char makes a deep rope that
 * the next charCodeAt flattens again). */
let codeBuf = new Uint16Array(256);
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}
function fromCodeBuf(n: number): string {
  if (n <= 8192) return String.fromCharCode.apply(null, codeBuf.subarray(0, n) as unknown as number[]);
  let out = '';
  for (let i = 0; i < n; i += 8192) out += String.fromCharCode.apply(null, codeBuf.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  return out;
}

/** title() of an ASCII string: the cased characters are the letters, mapped one to one. */
function asciiTitle(s: string): string {
  const n = s.length;
  if (codeBuf.length < n) codeBuf = new Uint16Array(n * 2);
  const b = codeBuf;
  let prevCased = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const up = c >= 0x41 && c <= 0x5a, low = c >= 0x61 && c <= 0x7a;
    b[i] = prevCased ? (up ? c + 32 : c) : (low ? c - 32 : c);
    prevCased = up || low;
  }
  return fromCodeBuf(n);
}

export function pyTitle(s: string): string {
  if (isAscii(s)) return asciiTitle(s);
  const chars = Array.from(s);
  let out = '';
  let prevCased = false;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    out += prevCased ? lowerAt(chars, i) : titleCh(c);
    prevCased = RE_CASED.test(c);
  }
  return out;
}

export function pyCapitalize(s: string): string {
  const chars = Array.from(s);
  let out = '';
  for (let i = 0; i < chars.length; i++) out += i === 0 ? titleCh(chars[0]!) : lowerAt(chars, i);
  return out;
}

export function pySwapcase(s: string): string {
  const chars = Array.from(s);
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (RE_UPPER.test(c)) out += lowerAt(chars, i);
    else if (RE_LOWER.test(c)) out += c.toUpperCase();
    else out += c;
  }
  return out;
}

export function pyCasefold(s: string): string {
  const m = (foldMap ??= decodeMap(CASEFOLD_MAP));
  let out = '';
  for (const c of s) out += m.get(c.codePointAt(0)!) ?? c.toLowerCase();
  return out;
}

export function pyIsTitle(s: string): boolean {
  let cased = false;
  let prevCased = false;
  for (const c of s) {
    if (RE_UPPER.test(c) || RE_TITLE.test(c)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (RE_LOWER.test(c)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}

export function pyIsUpper(s: string): boolean {
  let cased = false;
  for (const c of s) {
    if (RE_LOWER.test(c) || RE_TITLE.test(c)) return false;
    if (!cased && RE_UPPER.test(c)) cased = true;
  }
  return cased;
}

export function pyIsLower(s: string): boolean {
  let cased = false;
  for (const c of s) {
    if (RE_UPPER.test(c) || RE_TITLE.test(c)) return false;
    if (!cased && RE_LOWER.test(c)) cased = true;
  }
  return cased;
}

/** Every code point satisfies `pred` and the string is not empty. */
export function allCp(s: string, pred: (cp: number) => boolean): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (!pred(cp)) return false;
  }
  return true;
}

/** str.isalnum of one code point: alpha, decimal, digit or numeric. */
export function isAlnumCp(cp: number): boolean {
  return isNumericCp(cp) || isDigitCp(cp) || isDecimalCp(cp) || RE_ALPHA.test(String.fromCodePoint(cp));
}
