/**
 * co_linetable writer (CPython 3.12 Objects/locations.md, Python/assemble.c).
 *
 * Each entry covers 1–8 code units: first byte `0x80 | code << 3 | (units - 1)`, then the
 * code's payload. Codes 0–9: short form (same line, column < 80, width < 16); 10–12: one-line
 * form (line delta 0–2, columns < 128); 13: line only (signed varint delta); 14: long form
 * (signed line delta, end-line delta, col+1, end col+1 as varints); 15: no location.
 * Varints are little-endian 6-bit groups with bit 6 as "more"; signed values are zig-zagged as
 * `v << 1` or `(-v << 1) | 1`. The line delta is relative to the previous entry that set a line
 * (starting from co_firstlineno); short-form entries do not change it.
 */
import type { Location } from './instr';

/** Growable byte buffer shared by the table writers (tables are copied out by finish()). */
export class ByteBuf {
  bytes = new Uint8Array(256);
  length = 0;
  push(b: number): void {
    if (this.length === this.bytes.length) {
      const nb = new Uint8Array(this.bytes.length * 2);
      nb.set(this.bytes);
      this.bytes = nb;
    }
    this.bytes[this.length++] = b;
  }
  take(): Uint8Array {
    const out = this.bytes.slice(0, this.length);
    this.length = 0;
    return out;
  }
}

const scratch = new ByteBuf();

export class LinetableWriter {
  private buf = scratch;
  private lineno: number;

  constructor(firstlineno: number) {
    this.lineno = firstlineno;
    this.buf.length = 0;
  }

  private first(code: number, length: number): void {
    this.buf.push(0x80 | (code << 3) | (length - 1));
  }
  private varint(v: number): void {
    while (v >= 64) {
      this.buf.push(0x40 | (v & 63));
      v >>>= 6;
    }
    this.buf.push(v);
  }
  private svarint(v: number): void {
    this.varint(v < 0 ? ((-v) << 1) | 1 : v << 1);
  }

  private entry(loc: Location, isize: number): void {
    if (loc.lineno < 0) {
      this.first(15, isize);
      return;
    }
    const lineDelta = loc.lineno - this.lineno;
    const col = loc.col_offset, endCol = loc.end_col_offset;
    if (col < 0 || endCol < 0) {
      if (loc.end_lineno === loc.lineno || loc.end_lineno === -1) {
        this.first(13, isize);
        this.svarint(lineDelta);
        this.lineno = loc.lineno;
        return;
      }
    } else if (loc.end_lineno === loc.lineno) {
      if (lineDelta === 0 && col < 80 && endCol - col < 16 && endCol >= col) {
        this.first(col >> 3, isize);
        this.buf.push(((col & 7) << 4) | (endCol - col));
        return;
      }
      if (lineDelta >= 0 && lineDelta < 3 && col < 128 && endCol < 128) {
        this.first(10 + lineDelta, isize);
        this.buf.push(col);
        this.buf.push(endCol);
        this.lineno = loc.lineno;
        return;
      }
    }
    this.first(14, isize);
    this.svarint(lineDelta);
    this.varint(loc.end_lineno - loc.lineno);
    this.varint(col + 1);
    this.varint(endCol + 1);
    this.lineno = loc.lineno;
  }

  /** Records that `isize` code units carry location `loc` (split into entries of at most 8). */
  emit(loc: Location, isize: number): void {
    if (isize === 0) return;
    while (isize > 8) {
      this.entry(loc, 8);
      isize -= 8;
    }
    this.entry(loc, isize);
  }

  finish(): Uint8Array {
    return this.buf.take();
  }
}

export function sameLocation(a: Location, b: Location): boolean {
  return a.lineno === b.lineno && a.end_lineno === b.end_lineno && a.col_offset === b.col_offset && a.end_col_offset === b.end_col_offset;
}
