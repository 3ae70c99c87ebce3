/**
 * Reading a Python source file the way `python3.12 FILE.py` does: BOM and PEP 263 coding
 * cookie, strict decoding. Every failure becomes a one-line message and an exit status that match
 * what CPython prints for the same file (never an exception escaping to the user).
 *
 * Contract: `readSource` never throws for I/O or decoding problems; it returns `{ok:false}` with
 * `message` (no trailing newline, no program-name prefix) and `status`.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export type SourceResult =
  | { ok: true; text: string; bytes: Uint8Array; absPath: string; encoding: string }
  | { ok: false; message: string; status: number };

const ERRNO: Record<string, [number, string]> = {
  ENOENT: [2, 'No such file or directory'],
  EACCES: [13, 'Permission denied'],
  EISDIR: [21, 'Is a directory'],
  ENOTDIR: [20, 'Not a directory'],
  ELOOP: [40, 'Too many levels of symbolic links'],
  ENAMETOOLONG: [36, 'File name too long'],
};

/** `[Errno 2] No such file or directory` for a Node fs error. */
export function errnoText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code ?? '';
  const known = ERRNO[code];
  if (known) return `[Errno ${known[0]}] ${known[1]}`;
  return code ? `[${code}] ${(e as Error).message}` : String((e as Error)?.message ?? e);
}

const COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
const BLANK_OR_COMMENT = /^[ \t\f]*(?:[#\r\n]|$)/;

/** Python's normalized name for a coding-cookie label, or null if we do not know it. */
export function normalizeEncoding(label: string): string | null {
  const l = label.toLowerCase().replace(/_/g, '-');
  if (l === 'utf-8' || l.startsWith('utf-8-') || l === 'utf8') return 'utf-8';
  if (/^(latin-1|iso-8859-1|iso8859-1|latin1|l1|iso-latin-1)(-|$)/.test(l)) return 'iso-8859-1';
  if (l === 'ascii' || l === 'us-ascii') return 'ascii';
  try {
    new TextDecoder(l);
    return l;
  } catch {
    return null;
  }
}

function lineOf(bytes: Uint8Array, start: number): [string, number] {
  let end = start;
  while (end < bytes.length && bytes[end] !== 0x0a) end++;
  const next = end < bytes.length ? end + 1 : end;
  return [Buffer.from(bytes.subarray(start, end)).toString('latin1'), next];
}

/** The declared encoding (PEP 263) of the first two lines, or null. */
export function findCookie(bytes: Uint8Array): string | null {
  const [first, next] = lineOf(bytes, 0);
  const m1 = COOKIE.exec(first);
  if (m1) return m1[1]!;
  if (!BLANK_OR_COMMENT.test(first)) return null;
  const [second] = lineOf(bytes, next);
  const m2 = COOKIE.exec(second);
  return m2 ? m2[1]! : null;
}

/** 1-based line of byte offset `pos`. */
function lineNumberAt(bytes: Uint8Array, pos: number): number {
  let n = 1;
  for (let i = 0; i < pos; i++) if (bytes[i] === 0x0a) n++;
  return n;
}

/** Index of the first byte that is not valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    let need: number, min: number;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Decodes source bytes as CPython does for a script; `displayPath` appears in messages. */
export function decodeSource(bytes: Uint8Array, displayPath: string): { ok: true; text: string; encoding: string } | { ok: false; message: string } {
  let body = bytes;
  let bom = false;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    body = bytes.subarray(3);
    bom = true;
  }
  const cookie = findCookie(body);
  let encoding = 'utf-8';
  if (cookie !== null) {
    const norm = normalizeEncoding(cookie);
    if (norm === null) return { ok: false, message: `SyntaxError: encoding problem: ${cookie}` };
    if (bom && norm !== 'utf-8') return { ok: false, message: `SyntaxError: encoding problem: ${cookie} with BOM` };
    encoding = norm;
  }
  if (encoding === 'utf-8') {
    const bad = firstInvalidUtf8(body);
    if (bad >= 0) {
      const hex = body[bad]!.toString(16).padStart(2, '0');
      const line = lineNumberAt(body, bad);
      if (cookie === null) {
        return { ok: false, message: `SyntaxError: Non-UTF-8 code starting with '\\x${hex}' in file ${displayPath} on line ${line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details` };
      }
      return { ok: false, message: `SyntaxError: 'utf-8' codec can't decode byte 0x${hex} in position ${bad}: invalid start byte` };
    }
    return { ok: true, text: new TextDecoder('utf-8').decode(body), encoding };
  }
  if (encoding === 'iso-8859-1') return { ok: true, text: Buffer.from(body).toString('latin1'), encoding };
  if (encoding === 'ascii') {
    const bad = body.findIndex((b) => b >= 0x80);
    if (bad >= 0) {
      return { ok: false, message: `SyntaxError: 'ascii' codec can't decode byte 0x${body[bad]!.toString(16)} in position ${bad}: ordinal not in range(128)` };
    }
    return { ok: true, text: Buffer.from(body).toString('latin1'), encoding };
  }
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(body), encoding };
  } catch {
    return { ok: false, message: `SyntaxError: '${encoding}' codec can't decode the source of ${displayPath}` };
  }
}

/**
 * Reads a script for `run` (messages as `python3.12 FILE.py` prints them, with the absolute path)
 * or for `dis`/`tokens`/`ast` (`forModule`: messages name the path as given, like `-m dis` does).
 * `decode = false` only reads the bytes (tokenize detects the encoding itself).
 */
export function readSource(file: string, forModule = false, decode = true): SourceResult {
  const absPath = path.resolve(file);
  const shown = forModule ? file : absPath;
  let st;
  try {
    st = statSync(absPath);
  } catch (e) {
    return forModule
      ? { ok: false, message: `can't open '${file}': ${errnoText(e)}: '${file}'`, status: 2 }
      : { ok: false, message: `can't open file '${absPath}': ${errnoText(e)}`, status: 2 };
  }
  if (st.isDirectory()) {
    return forModule
      ? { ok: false, message: `can't open '${file}': [Errno 21] Is a directory: '${file}'`, status: 2 }
      : { ok: false, message: `can't find '__main__' module in '${absPath}'`, status: 1 };
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(absPath);
  } catch (e) {
    return forModule
      ? { ok: false, message: `can't open '${file}': ${errnoText(e)}: '${file}'`, status: 2 }
      : { ok: false, message: `can't open file '${absPath}': ${errnoText(e)}`, status: 2 };
  }
  if (!decode) return { ok: true, text: '', bytes, absPath, encoding: '' };
  const dec = decodeSource(bytes, shown);
  if (!dec.ok) return { ok: false, message: dec.message, status: 1 };
  return { ok: true, text: dec.text, bytes, absPath, encoding: dec.encoding };
}
