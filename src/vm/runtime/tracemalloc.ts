/**
 * The tracemalloc engine (CPython's Python/tracemalloc.c): a trace per memory block allocated while
 * tracing — its size and the Python traceback of the allocation — plus the traced total and peak.
 * Blocks come from the memory model (memmodel.ts), which reports CPython's requests.
 *
 * Invariants:
 * - `traces` holds exactly the blocks malloc'ed (or realloc'ed) while tracing and not yet freed;
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

export class Tracer {
  traces = new Map<number, Trace>();
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
    const old = this.traces.get(addr);
    if (old !== undefined) this.traced -= old.size;
    this.traces.set(addr, { size, tb });
    this.traced += size;
    if (this.traced > this.peak) this.peak = this.traced;
  }

  onFree(addr: number): void {
    const t = this.traces.get(addr);
    if (t === undefined) return;
    this.traces.delete(addr);
    this.traced -= t.size;
  }

  onRealloc(oldAddr: number, newAddr: number, size: number, tb: TraceTb): void {
    this.onFree(oldAddr);
    this.onMalloc(newAddr, size, tb);
  }

  tracebackOf(addr: number): TraceTb | null {
    return this.traces.get(addr)?.tb ?? null;
  }

  clear(): void {
    this.traces.clear();
    this.traced = 0;
    this.peak = 0;
  }

  /** Bytes tracemalloc itself would use (its hash tables and interned tracebacks). */
  overhead(): number {
    let n = 0;
    for (const tb of this.tbs.values()) n += 16 + 16 * tb.frames.length;
    return n + this.traces.size * 32 + 4096;
  }
}
