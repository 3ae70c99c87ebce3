/**
 * The program's heap budget in a session worker. A program that allocates without bound must end
 * with Python's MemoryError, never with V8 reaching the worker's heap limit: Node turns that into
 * ERR_WORKER_OUT_OF_MEMORY only most of the time, and otherwise aborts the whole host process
 * (nodejs/node#47224), which would take the app's main process down with the program.
 *
 * Contract:
 * - the worker's V8 old-generation limit is `v8LimitMb(budget)`, well above the budget, so the
 *   check below always gets to run first: it runs at the interpreter's eval-breaker points, and a
 *   program only allocates so much between two of them (one builtin call; list/tuple repeats of
 *   more than MAX_SEQUENCE_ITEMS raise MemoryError before allocating);
 * - `exhausted()` is true only when the heap is over budget after a full V8 collection, so garbage
 *   V8 has not collected yet never raises MemoryError; the full collection runs only when the
 *   cheap reading (V8's used heap, ~1 us) is over budget.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** The budget when a session does not set one. */
export const DEFAULT_MEMORY_BUDGET_MB = 1024;

/** The V8 old-generation limit that leaves the budget check room to act. */
export function v8LimitMb(budgetMb: number): number {
  return budgetMb * 2 + 64;
}

/** Breaker points between two readings of the heap. */
const CHECK_EVERY = 64;

let fullGc: (() => void) | null = null;

/** V8's own full collection (the `gc` function `--expose-gc` gives a new context). */
function collectFully(): void {
  if (!fullGc) {
    setFlagsFromString('--expose-gc');
    fullGc = runInNewContext('gc') as () => void;
  }
  fullGc();
}

export class MemoryBudget {
  private ticks = 0;
  private readonly bytes: number;

  constructor(budgetMb: number) {
    this.bytes = budgetMb * 1024 * 1024;
  }

  /** Called at every eval-breaker point; true when the program has spent its budget. */
  exhausted(): boolean {
    if (++this.ticks < CHECK_EVERY) return false;
    this.ticks = 0;
    if (getHeapStatistics().used_heap_size <= this.bytes) return false;
    collectFully();
    return getHeapStatistics().used_heap_size > this.bytes;
  }
}
