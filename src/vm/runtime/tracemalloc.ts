/**
 * The tracemalloc engine (CPython's Python/tracemalloc.c): a trace per memory block allocated while
 * tracing — its size and the Python traceback of the allocation — plus the traced total and peak.
 * Blocks come from the memory model (memmodel.ts), which reports CPython's requests.
 *
 * Invariants:
 * - the traces hold exactly the blocks malloc'ed (or realloc'ed) while tracing and not yet freed;
 *   `traced` is the sum of their sizes and `peak` the maximum `traced` reached since start or the
 *   last reset_peak.
 * - Tracebacks are interned: equal frame lists share one TraceTb. Frames are most recent first
 *   (what _tracemalloc._get_traces returns); `total` is the stack depth before truncation to
 *   `nframe`.
 * - A frame's line is that of the instruction executing (frames' lasti is kept exact while
 *   tracing: see VM.keepLasti).
 */
import type { Frame } from '../interp/frame';

export interface TraceTb {
  frames: [string, number][];
  total: number;
  key: string;
}

export interface Trace {
  size: number;
  tb: TraceTb;
}

export const MAX_NFRAME = 65535;

/** Block handles at or above this are raw blocks (see allocator.ts). */
const RAW_HANDLE = 0x40000000;

export class Tracer {
  /**
   * Traces by block handle: small-block handles index dense arrays (a Map churned by free/malloc
   * of the same key degrades badly in V8); raw blocks live in a Map.
   */
  private sizeOf: number[] = [];
  private tbOf: (TraceTb | null)[] = [];
  private rawTraces = new Map<number, Trace>();
  count = 0;
  traced = 0;
  peak = 0;
  private tbs = new Map<string, TraceTb>();
  private readonly unknown: TraceTb = { frames: [['<unknown>', 0]], total: 1, key: '<unknown>\u00000' };

  constructor(public nframe: number, private readonly getTop: () => Frame | null) {}

  capture(): TraceTb {
    let f = this.getTop();
    if (f === null) return this.unknown;
    if (this.nframe === 1) {
      const fn = f.code.co.co_filename;
      const line = f.line();
      const key = fn + '\u0000' + line;
      let tb = this.tbs.get(key);
      if (tb === undefined) {
        let total = 0;
        for (let g: Frame | null = f; g !== null && total < MAX_NFRAME; g = g.back) total++;
        tb = { frames: [[fn, line]], total, key };
        this.tbs.set(key, tb);
      } else if (tb.total !== 1) {
        // `total` depends on the depth, not on the frame: recount only if needed.
        let total = 0;
        for (let g: Frame | null = f; g !== null && total < MAX_NFRAME; g = g.back) total++;
        if (total !== tb.total) {
          const k2 = key + '\u0000' + total;
          tb = this.tbs.get(k2) ?? { frames: [[fn, line]], total, key: k2 };
          this.tbs.set(k2, tb);
        }
      }
      return tb;
    }
    const frames: [string, number][] = [];
    let total = 0;
    let key = '';
    for (; f !== null; f = f.back) {
      if (total < this.nframe) {
        const fn = f.code.co.co_filename;
        const line = f.line();
        frames.push([fn, line]);
        key += fn + '\u0000' + line + '\u0000';
      }
      if (++total >= MAX_NFRAME) break;
    }
    key += '#' + total;
    let tb = this.tbs.get(key);
    if (tb === undefined) { tb = { frames, total, key }; this.tbs.set(key, tb); }
    return tb;
  }

  onMalloc(addr: number, size: number, tb: TraceTb): void {
    this.onFree(addr);
    if (addr >= RAW_HANDLE) this.rawTraces.set(addr, { size, tb });
    else {
      while (this.sizeOf.length <= addr) { this.sizeOf.push(-1); this.tbOf.push(null); }
      this.sizeOf[addr] = size;
      this.tbOf[addr] = tb;
    }
    this.count++;
    this.traced += size;
    if (this.traced > this.peak) this.peak = this.traced;
  }

  onFree(addr: number): void {
    let size: number;
    if (addr >= RAW_HANDLE) {
      const t = this.rawTraces.get(addr);
      if (t === undefined) return;
      this.rawTraces.delete(addr);
      size = t.size;
    } else {
      if (addr >= this.sizeOf.length) return;
      size = this.sizeOf[addr]!;
      if (size < 0) return;
      this.sizeOf[addr] = -1;
      this.tbOf[addr] = null;
    }
    this.count--;
    this.traced -= size;
  }

  onRealloc(oldAddr: number, newAddr: number, size: number, tb: TraceTb): void {
    this.onFree(oldAddr);
    this.onMalloc(newAddr, size, tb);
  }

  tracebackOf(addr: number): TraceTb | null {
    if (addr >= RAW_HANDLE) return this.rawTraces.get(addr)?.tb ?? null;
    return this.tbOf[addr] ?? null;
  }

  /** Every trace (a copy: callers may allocate while using it). */
  all(): Trace[] {
    const out: Trace[] = [];
    const sz = this.sizeOf, tbs = this.tbOf;
    for (let i = 0; i < sz.length; i++) if (sz[i]! >= 0) out.push({ size: sz[i]!, tb: tbs[i]! });
    for (const t of this.rawTraces.values()) out.push(t);
    return out;
  }

  clear(): void {
    this.sizeOf.length = 0;
    this.tbOf.length = 0;
    this.rawTraces.clear();
    this.count = 0;
    this.traced = 0;
    this.peak = 0;
  }

  /** Bytes tracemalloc itself would use (its hash tables and interned tracebacks). */
  overhead(): number {
    let n = 0;
    for (const tb of this.tbs.values()) n += 16 + 16 * tb.frames.length;
    return n + this.count * 32 + 4096;
  }
}
