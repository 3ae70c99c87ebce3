/**
 * Views of the memory engines for the debugger: the pymalloc model (arenas, pools, size classes,
 * free lists — the figures sys._debugmallocstats() prints) and the tracemalloc tracker (traced
 * memory, per-line statistics as Snapshot.statistics('lineno') computes them, and the allocation
 * site of one object as tracemalloc.get_object_traceback gives it).
 *
 * Invariants:
 * - figures come from the engines (src/vm/runtime/allocator.ts, memmodel.ts, tracemalloc.ts); this
 *   file only groups, sorts and formats them;
 * - the debugger can start tracing (a "Track allocations" toggle) exactly as tracemalloc.start(1)
 *   does; it never stops a trace the program started.
 */
import type { VM } from '../runtime/vm';
import type { PyObject } from '../objects/object';
import { acquireMemModel, currentMemModel, memModel, releaseMemModel } from '../runtime/memmodel';
import type { MemModel } from '../runtime/memmodel';
import { Tracer } from '../runtime/tracemalloc';
import { formatMallocStats } from '../runtime/allocator';
import type { MemoryView, TracemallocView } from '../../shared/views';

const FREELISTS: [string, string][] = [['dict', 'PyDictObject'], ['float', 'PyFloatObject'], ['list', 'PyListObject']];
for (let i = 1; i <= 20; i++) FREELISTS.push([`tuple:${i}`, `${i}-sized PyTupleObject`]);

/** Python's '%.Nf' (round half to even on the exact binary value). */
export function pyFixed(x: number, digits: number): string {
  const scale = 10 ** digits;
  const y = x * scale;
  const fl = Math.floor(y);
  if (y - fl === 0.5) {
    const even = fl % 2 === 0 ? fl : fl + 1;
    return (even / scale).toFixed(digits);
  }
  return x.toFixed(digits);
}

/** tracemalloc._format_size(size, sign=False). */
export function formatSize(size: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  for (const unit of units) {
    if (Math.abs(size) < 100 && unit !== 'B') return `${pyFixed(size, 1)} ${unit}`;
    if (Math.abs(size) < 10 * 1024 || unit === 'TiB') return `${pyFixed(size, 0)} ${unit}`;
    size /= 1024;
  }
  return String(size);
}

export class MemoryViews {
  private debuggerTracer: Tracer | null = null;
  private debuggerModel: MemModel | null = null;

  constructor(private readonly vm: VM) {}

  /** Starts tracing like tracemalloc.start(1), unless the program already traces. */
  startTracing(): void {
    const mm = acquireMemModel();
    if (mm.tracer) {
      releaseMemModel();
      return;
    }
    mm.flush();
    mm.tracer = this.debuggerTracer = new Tracer(1, () => this.vm.top);
    this.vm.setKeepLasti(true);
  }

  /** Stops a trace the debugger started (a program's own trace is left alone). */
  stopTracing(): void {
    const mm = currentMemModel();
    if (!mm || !this.debuggerTracer || mm.tracer !== this.debuggerTracer) return;
    mm.flush();
    mm.tracer = null;
    this.debuggerTracer = null;
    releaseMemModel();
    this.vm.setKeepLasti(false);
  }

  tracemalloc(start: number, count: number): TracemallocView {
    const mm = currentMemModel();
    const t = mm?.tracer ?? null;
    if (!mm || !t) return { tracing: false, startedBy: null, nframe: 0, traced: 0, peak: 0, traces: 0, top: [], totalSites: 0 };
    mm.reconcileAll();
    const sites = new Map<string, { filename: string; lineno: number; size: number; count: number }>();
    const all = t.all();
    for (const tr of all) {
      const [filename, lineno] = tr.tb.frames[0] ?? ['<unknown>', 0];
      const key = filename + '\u0000' + lineno;
      let s = sites.get(key);
      if (!s) sites.set(key, (s = { filename, lineno, size: 0, count: 0 }));
      s.size += tr.size;
      s.count++;
    }
    // Snapshot.statistics: sorted by (size, count, traceback), biggest first
    const stats = [...sites.values()].sort((a, b) => b.size - a.size || b.count - a.count || (a.filename < b.filename ? 1 : a.filename > b.filename ? -1 : b.lineno - a.lineno));
    return {
      tracing: true,
      startedBy: t === this.debuggerTracer ? 'debugger' : 'program',
      nframe: t.nframe,
      traced: t.traced,
      peak: t.peak,
      traces: all.length,
      top: stats.slice(start, start + count).map((s) => ({ ...s, line: `${s.filename}:${s.lineno}: size=${formatSize(s.size)}, count=${s.count}, average=${formatSize(s.size / s.count)}` })),
      totalSites: stats.length,
    };
  }

  memory(start: number, count: number): MemoryView {
    // started on first use, as sys._debugmallocstats() does
    if (!currentMemModel()) this.debuggerModel = memModel();
    const mm = currentMemModel()!;
    const tm = this.tracemalloc(start, count);
    mm.reconcileAll();
    const s = mm.pm.stats();
    return {
      modelSince: mm === this.debuggerModel ? 'debugger' : 'program',
      classes: s.classes,
      arenas: { allocatedTotal: s.arenasAllocatedTotal, current: s.arenasCurrent, highwater: s.arenasHighwater },
      freePools: s.freePools,
      allocatedBytes: s.allocatedBytes,
      availableBytes: s.availableBytes,
      rawBlocks: s.rawBlocks,
      rawBytes: s.rawBytes,
      allocatedBlocks: mm.pm.allocatedBlocks,
      freelists: FREELISTS.map(([k, name]) => ({ name, count: mm.freelists.get(k)?.length ?? 0 })),
      debugmallocstats: formatMallocStats(s),
      tracemalloc: tm,
    };
  }

  /** tracemalloc.get_object_traceback(o)[0] as (filename, lineno), when traced. */
  allocationSite(o: PyObject): { filename: string; lineno: number } | null {
    const mm = currentMemModel();
    const t = mm?.tracer;
    if (!mm || !t) return null;
    const addr = mm.objectBlock(o);
    const tb = addr ? t.tracebackOf(addr) : null;
    const f = tb?.frames[0];
    return f ? { filename: f[0], lineno: f[1] } : null;
  }
}
