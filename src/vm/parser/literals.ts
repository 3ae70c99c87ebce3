/**
 * Literal values: NUMBER tokens (Parser/pegen.c parsenumber) and the escape decoding of STRING
 * tokens and f-string middles (Parser/string_parser.c, Objects/unicodeobject.c
 * _PyUnicode_DecodeUnicodeEscapeInternal, Objects/bytesobject.c _PyBytes_DecodeEscape).
 *
 * Decoding errors are CPython's "(unicode error) 'unicodeescape' codec can't decode bytes in
 * position a-b: ..." messages, whose positions count bytes of the escaped buffer in which every
 * non-ASCII character was first rewritten as a 10-byte \UXXXXXXXX escape.
 */
import type * as A from '../ast/nodes';
import type { ConstValue } from '../ast/constants';
import type { Parser, PToken } from './core';
import { unicodeNameLookup } from './unicode-names';

export function numberToken(p: Parser, i: number): A.Constant {
  const t = p.toks[i];
  return { _type: 'Constant', value: parseNumber(t.string), kind: null, lineno: t.lineno, col_offset: t.bcol, end_lineno: t.end_lineno, end_col_offset: t.end_bcol };
}

/** The value of a NUMBER token's text (already validated by the tokenizer). */
export function parseNumber(raw: string): ConstValue {
  const s = raw.indexOf('_') >= 0 ? raw.replace(/_/g, '') : raw;
  const last = s.charCodeAt(s.length - 1);
  if (last === 0x6a || last === 0x4a) {
    // 'j' / 'J'
    return { k: 'complex', re: 0, im: Number(s.slice(0, -1)) };
  }
  const c1 = s.charCodeAt(1) | 0x20;
  if (s.charCodeAt(0) === 0x30 && (c1 === 0x78 || c1 === 0x6f || c1 === 0x62)) {
    // 0x / 0o / 0b
    return { k: 'int', v: BigInt(s) };
  }
  if (/^[0-9]+$/.test(s)) {
    if (s.length <= 15) return { k: 'int', v: BigInt(Number(s)) };
    return { k: 'int', v: BigInt(s) };
  }
  return { k: 'float', v: Number(s) };
}

/** The SyntaxWarning message for the first invalid escape of the last decode call, or null. */
export let invalidEscape: string | null = null;

/** Report the last decode's invalid escape as CPython does (first pass only, at the token's line). */
export function warnInvalidEscape(p: Parser, t: PToken, fstringPart: boolean): void {
  const w = invalidEscape;
  if (w === null || p.callInvalid || p.warnings === null) return;
  // the tokenizer already warned about '\{' and '\}' in f-strings
  if (fstringPart && (w.endsWith("\\{'") || w.endsWith("\\}'"))) return;
  p.warnings.push({ category: 'SyntaxWarning', msg: w, lineno: t.lineno });
}

export class DecodeError {
  constructor(readonly msg: string) {}
}

const SIMPLE: Record<string, number> = { '\n': -1, '\\': 0x5c, "'": 0x27, '"': 0x22, b: 8, f: 12, t: 9, n: 10, r: 13, v: 11, a: 7 };

/** Byte length of the escaped buffer up to (not including) index i of `s`. */
function bufPos(s: string, i: number): number {
  let n = 0;
  for (let k = 0; k < i; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x80) n++;
    else {
      n += 10;
      if (c >= 0xd800 && c < 0xdc00) k++;
    }
  }
  return n;
}

function codecError(s: string, start: number, end: number, reason: string): never {
  const a = bufPos(s, start);
  const b = bufPos(s, end) - 1;
  throw new DecodeError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${a}-${b}: ${reason}`);
}

/**
 * Decode the body of a non-raw str literal. Returns the decoded string and the first invalid
 * escape (for the SyntaxWarning CPython emits), or throws DecodeError.
 */
export function decodeUnicodeEscapes(s: string): string {
  invalidEscape = null;
  if (s.indexOf('\\') < 0) return s;
  let out = '';
  let i = 0;
  const n = s.length;
  while (i < n) {
    const j = s.indexOf('\\', i);
    if (j < 0) {
      out += s.slice(i);
      break;
    }
    out += s.slice(i, j);
    i = j + 1;
    if (i >= n) {
      // a trailing backslash (f-string part before '{') is rewritten as \u005c by CPython
      out += '\\';
      break;
    }
    const c = s[i];
    const simple = SIMPLE[c];
    if (simple !== undefined) {
      if (simple >= 0) out += String.fromCharCode(simple);
      i++;
      continue;
    }
    if (c >= '0' && c <= '7') {
      let k = i;
      let v = 0;
      while (k < n && k < i + 3 && s[k] >= '0' && s[k] <= '7') {
        v = v * 8 + (s.charCodeAt(k) - 48);
        k++;
      }
      if (v > 0o377) invalidEscape ??= `invalid octal escape sequence '\\${s.slice(i, i + 3)}'`;
      out += String.fromCodePoint(v);
      i = k;
      continue;
    }
    if (c === 'x' || c === 'u' || c === 'U') {
      const digits = c === 'x' ? 2 : c === 'u' ? 4 : 8;
      let k = i + 1;
      let v = 0;
      while (k < n && k < i + 1 + digits && /[0-9a-fA-F]/.test(s[k])) {
        v = v * 16 + parseInt(s[k], 16);
        k++;
      }
      if (k - (i + 1) < digits) {
        const what = c === 'x' ? 'truncated \\xXX escape' : c === 'u' ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
        codecError(s, j, k, what);
      }
      if (v > 0x10ffff) codecError(s, j, k, 'illegal Unicode character');
      out += String.fromCodePoint(v);
      i = k;
      continue;
    }
    if (c === 'N') {
      const close = s[i + 1] === '{' ? s.indexOf('}', i + 2) : -1;
      if (close > i + 2) {
        const name = s.slice(i + 2, close);
        const cp = unicodeNameLookup(name);
        if (cp !== null) {
          out += String.fromCodePoint(cp);
          i = close + 1;
          continue;
        }
        codecError(s, j, close + 1, 'unknown Unicode character name');
      }
      codecError(s, j, close > 0 ? close + 1 : Math.min(n, i + 1), 'malformed \\N character escape');
    }
    // invalid escape: kept verbatim (CPython warns)
    if (c.charCodeAt(0) < 0x80) invalidEscape ??= `invalid escape sequence '\\${c}'`;
    out += '\\';
  }
  return out;
}

/** Decode the body of a non-raw bytes literal (ASCII only, checked by the caller). */
export function decodeBytesEscapes(s: string): Uint8Array {
  invalidEscape = null;
  const out: number[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const ch = s.charCodeAt(i);
    if (ch !== 0x5c) {
      out.push(ch);
      i++;
      continue;
    }
    i++;
    if (i >= n) throw new DecodeError('(value error) Trailing \\ in string');
    const c = s[i];
    const simple = SIMPLE[c];
    if (simple !== undefined) {
      if (simple >= 0) out.push(simple);
      i++;
      continue;
    }
    if (c >= '0' && c <= '7') {
      let k = i;
      let v = 0;
      while (k < n && k < i + 3 && s[k] >= '0' && s[k] <= '7') {
        v = v * 8 + (s.charCodeAt(k) - 48);
        k++;
      }
      if (v > 0o377) invalidEscape ??= `invalid octal escape sequence '\\${s.slice(i, i + 3)}'`;
      out.push(v & 0xff);
      i = k;
      continue;
    }
    if (c === 'x') {
      if (i + 2 < n + 1 && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) {
        out.push(parseInt(s.slice(i + 1, i + 3), 16));
        i += 3;
        continue;
      }
      throw new DecodeError(`(value error) invalid \\x escape at position ${i - 1}`);
    }
    invalidEscape ??= `invalid escape sequence '\\${c}'`;
    out.push(0x5c);
  }
  return Uint8Array.from(out);
}

/** Value of a STRING token: str or bytes; `kind` 'u' when the literal starts with 'u'. */
export function parseStringToken(p: Parser, i: number): A.Constant {
  const t = p.toks[i];
  const raw = t.string;
  let k = 0;
  let bytes = false;
  let rawMode = false;
  for (;;) {
    const c = raw[k];
    if (c === 'b' || c === 'B') bytes = true;
    else if (c === 'r' || c === 'R') rawMode = true;
    else if (c !== 'u' && c !== 'U') break;
    k++;
  }
  const q = raw[k];
  let body: string;
  if (raw.length - k >= 6 && raw[k + 1] === q && raw[k + 2] === q) body = raw.slice(k + 3, raw.length - 3);
  else body = raw.slice(k + 1, raw.length - 1);
  let value: ConstValue;
  try {
    if (bytes) {
      // eslint-disable-next-line no-control-regex
      if (/[^\x00-\x7f]/.test(body)) p.errNode(t, 'bytes can only contain ASCII literal characters');
      if (rawMode || body.indexOf('\\') < 0) {
        const b = new Uint8Array(body.length);
        for (let j = 0; j < body.length; j++) b[j] = body.charCodeAt(j);
        value = { k: 'bytes', v: b };
      } else {
        value = { k: 'bytes', v: decodeBytesEscapes(body) };
        warnInvalidEscape(p, t, false);
      }
    } else {
      value = { k: 'str', v: rawMode ? body : decodeUnicodeEscapes(body) };
      if (!rawMode) warnInvalidEscape(p, t, false);
    }
  } catch (e) {
    if (e instanceof DecodeError) p.syntaxError(e.msg);
    throw e;
  }
  return { _type: 'Constant', value, kind: raw[0] === 'u' ? 'u' : null, lineno: t.lineno, col_offset: t.bcol, end_lineno: t.end_lineno, end_col_offset: t.end_bcol };
}
