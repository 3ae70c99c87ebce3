/**
 * Python's `str.__repr__` and `str.isprintable()` for one code point, exactly as CPython 3.12
 * (Objects/unicodeobject.c unicode_repr), using CPython's own Unicode 15.0 tables
 * (unicode15.ts) rather than the host's, so output does not drift with Node's ICU.
 */
import { PRINTABLE_RANGES, XID_CONTINUE_RANGES, XID_START_RANGES } from './unicode15';

/** Decodes 'gap,length' base-36 pairs into a flat [start0, end0, start1, end1, ...] array. */
export function decodeRanges(enc: string): Uint32Array {
  const parts = enc.split(';');
  const out = new Uint32Array(parts.length * 2);
  let prev = 0;
  for (let i = 0; i < parts.length; i++) {
    const comma = parts[i].indexOf(',');
    const a = prev + parseInt(parts[i].slice(0, comma), 36);
    const b = a + parseInt(parts[i].slice(comma + 1), 36);
    out[2 * i] = a;
    out[2 * i + 1] = b;
    prev = b;
  }
  return out;
}

export function inRanges(r: Uint32Array, cp: number): boolean {
  let lo = 0;
  let hi = (r.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < r[2 * mid]) hi = mid - 1;
    else if (cp > r[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

let printable: Uint32Array | null = null;
let xidStart: Uint32Array | null = null;
let xidContinue: Uint32Array | null = null;

/** `chr(cp).isprintable()`. */
export function isPrintableCodePoint(cp: number): boolean {
  if (cp < 0x7f) return cp >= 0x20;
  if (cp < 0xa0) return false;
  if (printable === null) printable = decodeRanges(PRINTABLE_RANGES);
  return inRanges(printable, cp);
}

/** XID_Start or '_' (what may begin an identifier). */
export function isXidStart(cp: number): boolean {
  if (cp < 128) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || cp === 0x5f;
  if (xidStart === null) xidStart = decodeRanges(XID_START_RANGES);
  return inRanges(xidStart, cp);
}

/** XID_Continue (what may follow in an identifier). */
export function isXidContinue(cp: number): boolean {
  if (cp < 128) {
    return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39) ||
      cp === 0x5f;
  }
  if (xidContinue === null) xidContinue = decodeRanges(XID_CONTINUE_RANGES);
  return inRanges(xidContinue, cp);
}

const HEX = '0123456789abcdef';

/** `repr(s)` for a Python str held as a JS string (lone surrogates stay code points). */
export function pyStrRepr(s: string): string {
  let plain = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c >= 0x7f || c === 0x27 || c === 0x5c) {
      plain = false;
      break;
    }
  }
  if (plain) return "'" + s + "'";
  let quote = 0x27;
  if (s.indexOf("'") >= 0 && s.indexOf('"') < 0) quote = 0x22;
  let out = quote === 0x27 ? "'" : '"';
  let run = 0; // start of the pending run of characters copied verbatim
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f && c !== quote && c !== 0x5c) continue;
    let cp = c;
    let w = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        w = 2;
      }
    }
    if (cp >= 0x7f && isPrintableCodePoint(cp)) {
      i += w - 1;
      continue;
    }
    out += s.slice(run, i);
    if (cp === quote || cp === 0x5c) out += '\\' + String.fromCharCode(cp);
    else if (cp === 0x09) out += '\\t';
    else if (cp === 0x0a) out += '\\n';
    else if (cp === 0x0d) out += '\\r';
    else if (cp < 0x100) out += '\\x' + HEX[cp >> 4] + HEX[cp & 15];
    else if (cp < 0x10000) out += '\\u' + hex(cp, 4);
    else out += '\\U' + hex(cp, 8);
    i += w - 1;
    run = i + 1;
  }
  out += s.slice(run);
  return out + (quote === 0x27 ? "'" : '"');
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}
