/**
 * co_exceptiontable writer (CPython 3.12 Objects/exception_handling_notes.txt).
 *
 * One entry per maximal run of instructions sharing a handler: start, size, target (code
 * units) and `depth << 1 | lasti`, each a big-endian varint of 6-bit groups with bit 6 meaning
 * "more"; bit 7 marks the first byte of an entry. `depth` is the handler block's start depth
 * minus 1 (minus 1 more when it preserves lasti).
 */
export interface HandlerInfo {
  /** Handler offset in code units, or -1 for "no handler". */
  offset: number;
  startdepth: number;
  preserveLasti: boolean;
}

import { ByteBuf } from './linetable';

const scratch = new ByteBuf();

export class ExceptionTableWriter {
  private buf = scratch;
  constructor() {
    this.buf.length = 0;
  }

  private item(value: number, msb: number): void {
    if (value >= 1 << 24) { this.buf.push((value >> 24) | 64 | msb); msb = 0; }
    if (value >= 1 << 18) { this.buf.push(((value >> 18) & 63) | 64 | msb); msb = 0; }
    if (value >= 1 << 12) { this.buf.push(((value >> 12) & 63) | 64 | msb); msb = 0; }
    if (value >= 1 << 6) { this.buf.push(((value >> 6) & 63) | 64 | msb); msb = 0; }
    this.buf.push((value & 63) | msb);
  }

  entry(start: number, end: number, h: HandlerInfo): void {
    let depth = h.startdepth - 1;
    if (h.preserveLasti) depth -= 1;
    if (depth < 0) throw new Error('exception handler with negative depth');
    this.item(start, 0x80);
    this.item(end - start, 0);
    this.item(h.offset, 0);
    this.item((depth << 1) | (h.preserveLasti ? 1 : 0), 0);
  }

  finish(): Uint8Array {
    return this.buf.take();
  }
}
