/**
 * Decoders for a code object's location and exception tables, exactly as CPython 3.12
 * (Objects/codeobject.c: co_lines, co_positions, PyCode_Addr2Line; Lib/dis.py
 * _parse_exception_table). Byte offsets are used where Python exposes byte offsets (co_lines,
 * dis); exception entries are in code units as stored.
 *
 * Format reminder (see src/vm/compiler/linetable.ts): entries of 1–8 code units; codes 0–9
 * short form, 10–12 one-line (delta 0–2), 13 line only, 14 long, 15 no location. A "line"
 * is -1 (Python None) for no-location entries; the running line is not changed by them.
 */
import type { CodeObject } from './code';

/** One linetable entry: code-unit range [start, end) and its location (-1 = None). */
export interface LocEntry {
  start: number;
  end: number;
  line: number;
  endLine: number;
  col: number;
  endCol: number;
}

/** All entries of co_linetable in order (advance_with_locations). Offsets in code units. */
export function decodeLinetable(linetable: Uint8Array, firstlineno: number): LocEntry[] {
  const out: LocEntry[] = [];
  let p = 0;
  let line = firstlineno;
  let unit = 0;
  const varint = (): number => {
    let b = linetable[p++]!;
    let v = b & 63;
    let shift = 0;
    while (b & 64) {
      b = linetable[p++]!;
      shift += 6;
      v |= (b & 63) << shift;
    }
    return v >>> 0;
  };
  const svarint = (): number => {
    const u = varint();
    return u & 1 ? -(u >>> 1) : u >>> 1;
  };
  while (p < linetable.length) {
    const first = linetable[p++]!;
    const code = (first >> 3) & 15;
    const len = (first & 7) + 1;
    const e: LocEntry = { start: unit, end: unit + len, line: -1, endLine: -1, col: -1, endCol: -1 };
    unit += len;
    switch (code) {
      case 15:
        break;
      case 14: {
        line += svarint();
        e.line = line;
        e.endLine = line + varint();
        e.col = varint() - 1;
        e.endCol = varint() - 1;
        break;
      }
      case 13:
        line += svarint();
        e.line = e.endLine = line;
        break;
      case 10: case 11: case 12:
        line += code - 10;
        e.line = e.endLine = line;
        e.col = linetable[p++]!;
        e.endCol = linetable[p++]!;
        break;
      default: {
        const second = linetable[p++]!;
        e.line = e.endLine = line;
        e.col = (code << 3) | (second >> 4);
        e.endCol = e.col + (second & 15);
      }
    }
    out.push(e);
  }
  return out;
}

/** `co.co_lines()`: [startByte, endByte, line|-1] with consecutive equal lines merged. */
export function coLines(co: CodeObject): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (const e of decodeLinetable(co.co_linetable, co.co_firstlineno)) {
    const last = out[out.length - 1];
    if (last && last[2] === e.line) last[1] = e.end * 2;
    else out.push([e.start * 2, e.end * 2, e.line]);
  }
  return out;
}

/**
 * `co.co_positions()` flattened: 4 ints per code unit (line, endLine, col, endCol), -1 = None.
 * Units past the table's end (never produced by the compiler) stay -1.
 */
export function coPositions(co: CodeObject): Int32Array {
  const n = co.co_code.length >> 1;
  const out = new Int32Array(4 * n).fill(-1);
  for (const e of decodeLinetable(co.co_linetable, co.co_firstlineno)) {
    for (let u = e.start; u < e.end && u < n; u++) {
      out[4 * u] = e.line;
      out[4 * u + 1] = e.endLine;
      out[4 * u + 2] = e.col;
      out[4 * u + 3] = e.endCol;
    }
  }
  return out;
}

/** `dis.findlinestarts`: [byteOffset, line] where a new (non-None) line starts. */
export function findLinestarts(co: CodeObject): [number, number][] {
  const out: [number, number][] = [];
  let lastline: number | null = null;
  for (const [start, , line] of coLines(co)) {
    if (line !== -1 && line !== lastline) {
      lastline = line;
      out.push([start, line]);
    }
  }
  return out;
}

/** PyCode_Addr2Line: line of the instruction at `byteOffset` (-1 if none); negative offset → firstlineno. */
export function addr2line(co: CodeObject, byteOffset: number): number {
  if (byteOffset < 0) return co.co_firstlineno;
  const unit = byteOffset >> 1;
  for (const e of decodeLinetable(co.co_linetable, co.co_firstlineno)) {
    if (unit >= e.start && unit < e.end) return e.line;
  }
  return -1;
}

export interface ExceptionEntry {
  /** Code units: handled range [start, end), handler target. */
  start: number;
  end: number;
  target: number;
  depth: number;
  lasti: boolean;
}

/** All entries of co_exceptiontable, in table order (sorted by start). */
export function parseExceptionTable(table: Uint8Array): ExceptionEntry[] {
  const out: ExceptionEntry[] = [];
  let p = 0;
  const varint = (): number => {
    let b = table[p++]!;
    let v = b & 63;
    while (b & 64) {
      b = table[p++]!;
      v = (v << 6) | (b & 63);
    }
    return v;
  };
  while (p < table.length) {
    const start = varint();
    const size = varint();
    const target = varint();
    const dl = varint();
    out.push({ start, end: start + size, target, depth: dl >> 1, lasti: (dl & 1) === 1 });
  }
  return out;
}

/** The handler covering code unit `unit` (get_exception_handler in ceval), or null. */
export function findExceptionHandler(entries: readonly ExceptionEntry[], unit: number): ExceptionEntry | null {
  for (const e of entries) {
    if (unit < e.start) return null;
    if (unit < e.end) return e;
  }
  return null;
}
