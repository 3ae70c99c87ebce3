/**
 * The debugger's threads view (src/shared/views.ts ThreadsView): every Python thread the VM's
 * scheduler knows, which one holds the GIL, where each one is, what it waits for, and the last
 * GIL hand-offs (bounded ring kept by runtime/threads.ts). A program that never started a thread
 * shows the main thread alone.
 */
import type { VM } from '../runtime/vm';
import type { Frame } from '../interp/frame';
import type { ThreadsView } from '../../shared/views';
import { existingScheduler } from '../runtime/threads';

function where(f: Frame | null): { fn: string | null; line: number | null } {
  return f ? { fn: f.code.co.co_qualname, line: f.line() } : { fn: null, line: null };
}

export function threadsView(vm: VM): ThreadsView {
  const s = existingScheduler(vm);
  if (!s) {
    const w = where(vm.top);
    return {
      threads: [{ ident: 0, name: 'MainThread', status: 'runnable', main: true, holdsGil: true, function: w.fn, line: w.line, waitingOn: null, ranMs: 0 }],
      switchInterval: 0.005,
      switchCount: 0,
      switches: [],
    };
  }
  return {
    threads: s.threads.map((t) => {
      const cur = t === s.current;
      const w = where(cur ? vm.top : t.top ?? (t.start ? null : null));
      const waitingOn = t.status !== 'blocked' ? null : t.waitLock ? 'lock' : t.deadline < Infinity ? 'sleep' : null;
      return {
        ident: t.ident, name: t.name, status: t.status, main: t.isMain, holdsGil: cur,
        function: t.start ? t.start.fn.code.co.co_qualname : w.fn, line: w.line, waitingOn, ranMs: t.ranMs,
      };
    }),
    switchInterval: s.interval,
    switchCount: s.switchCount,
    switches: s.recentSwitches().map((r) => ({ at: r.at, from: r.from, to: r.to, reason: r.reason })),
  };
}
