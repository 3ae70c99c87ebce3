/**
 * Python threads inside one JS worker (design-notes "Python threads inside one worker"): every
 * Python thread has its own frame chain; the GIL is the scheduler's choice of which chain the
 * interpreter loop runs. Switches happen only at eval-breaker points of the loop (RESUME,
 * JUMP_BACKWARD, right after a builtin call / BEFORE_WITH returns), so no builtin is ever
 * mid-call on a thread that is switched out — like a C function holding the GIL.
 *
 * When: a thread blocks (time.sleep, lock acquire, join — all lock waits in threading.py) or its
 * switch interval (sys.getswitchinterval(), 5 ms) has elapsed while another thread is runnable.
 * When every thread is blocked and some wait has a deadline, the worker sleeps (Atomics.wait)
 * until the earliest one.
 *
 * Invariants:
 * - `current` is the running thread; the VM's per-thread fields (top, depth, handled) belong to it.
 *   A switched-out thread keeps them in its PyThreadState.
 * - A thread's frames below its top are ordinary frames; a non-main thread's bottom frame runs
 *   the bootstrap function (back = null): it catches everything and ends by calling the exit
 *   builtin, so the loop never returns through it.
 * - Pinning: a thread suspended while it has JS activations of its own (the main thread always:
 *   runMain is below its frames; another thread when a builtin of it called back into Python)
 *   can only be resumed by the loop activation it was suspended in (`cdepth` equal to
 *   `suspendDepth`). An unpinned thread can be resumed by any loop activation.
 * - A blocking builtin returns a placeholder and sets `current.resume`; when the thread is
 *   resumed the placeholder on its stack top is replaced by resume()'s value.
 * - `switches` is a bounded ring of the last hand-offs (debugger "threads" view).
 */
import type { PyObject } from '../objects/object';
import type { Frame } from '../interp/frame';
import type { VM } from './vm';
import { BREAK_ENGINES } from './vm';
import { PyFunction } from '../objects/function';
import { decref } from './refcount';
import { raise, PyExc } from './errors';

export type ThreadStatus = 'runnable' | 'blocked' | 'finished';

export class PyThreadState {
  top: Frame | null = null;
  depth = 0;
  handled: PyObject | null = null;
  status: ThreadStatus = 'runnable';
  /** Loop depth the thread's outermost frames run in (set when resumed). */
  baseDepth = 0;
  suspendDepth = 0;
  pinned = false;
  /** Blocked: what it waits for. */
  waitLock: VLock | null = null;
  deadline = Infinity;
  /** Value for the placeholder left by a blocking builtin, computed at wake-up. */
  resume: ((timedOut: boolean) => PyObject) | null = null;
  timedOut = false;
  /** Not yet started: the bootstrap call. */
  start: { fn: PyFunction; args: PyObject[] } | null = null;
  ranMs = 0;
  /** `_thread._set_sentinel()` locks: released when the thread ends (threading's join waits on them). */
  sentinels: VLock[] = [];
  constructor(readonly ident: number, readonly name: string, readonly isMain: boolean) {}
}

/** A _thread lock: held or not; waiters are the threads blocked on it. */
export class VLock {
  locked = false;
  owner: PyThreadState | null = null;
}

export interface SwitchRecord {
  at: number;
  from: number;
  to: number;
  reason: 'interval' | 'block' | 'exit' | 'wake';
}

const RING = 256;
const MAIN_IDENT = 140245871421248;

export class Scheduler {
  interval = 0.005;
  threads: PyThreadState[] = [];
  current: PyThreadState;
  switches: SwitchRecord[] = [];
  switchCount = 0;
  private sliceStart = 0;
  private nextIdent = MAIN_IDENT + 0x800000;
  private readonly sleepCell = new Int32Array(new SharedArrayBuffer(4));

  constructor(readonly vm: VM) {
    this.current = new PyThreadState(MAIN_IDENT, 'MainThread', true);
    this.threads.push(this.current);
    vm.engineBreak = (f) => this.onBreaker(f);
  }

  now(): number {
    return this.vm.host.now ? this.vm.host.now() * 1000 : performance.now();
  }

  alive(): PyThreadState[] {
    return this.threads.filter((t) => t.status !== 'finished');
  }

  /** _thread.start_new_thread: `fn(*args)` runs as the bottom frame of a new thread. */
  startThread(fn: PyFunction, args: PyObject[]): PyThreadState {
    const t = new PyThreadState(this.nextIdent, `Thread-${this.threads.length}`, false);
    this.nextIdent += 0x800000;
    fn.ob_refcnt++;
    for (const a of args) a.ob_refcnt++;
    t.start = { fn, args };
    this.threads.push(t);
    this.requestCheck();
    return t;
  }

  requestCheck(): void {
    this.vm.breaker |= BREAK_ENGINES;
  }

  /** Whether the current thread may give up the GIL at this point (no builtin of it mid-call). */
  canSwitch(): boolean {
    if (this.threads.length < 2) return false;
    return true;
  }

  /**
   * The current thread blocks on `lock` (null: a pure timer wait) until `deadline` (ms, Infinity
   * for none). The caller (a builtin) returns a placeholder; `resume` computes the real result.
   */
  block(lock: VLock | null, deadline: number, resume: (timedOut: boolean) => PyObject): void {
    const t = this.current;
    t.status = 'blocked';
    t.waitLock = lock;
    t.deadline = deadline;
    t.resume = resume;
    t.timedOut = false;
    this.requestCheck();
  }

  /** Whether a blocked thread can proceed now (and takes the lock it waited for). */
  private tryWake(t: PyThreadState, now: number): boolean {
    if (t.status !== 'blocked') return t.status === 'runnable';
    if (t.waitLock !== null && !t.waitLock.locked) {
      t.waitLock.locked = true;
      t.waitLock.owner = t;
      t.waitLock = null;
      t.status = 'runnable';
      return true;
    }
    if (now >= t.deadline) {
      t.timedOut = true;
      t.waitLock = null;
      t.status = 'runnable';
      return true;
    }
    return false;
  }

  private resumable(t: PyThreadState, depth: number): boolean {
    return !t.pinned || t.suspendDepth === depth;
  }

  /** Eval-breaker point of the loop running `f` (its sp/pc are saved). */
  onBreaker(f: Frame): void {
    void f;
    const vm = this.vm;
    const cur = this.current;
    const others = this.threads.length > 1;
    if (!others) return;
    const now = this.now();
    const depth = vm.cdepth;
    // Switching out is possible only where the current thread has no builtin mid-call.
    const curFree = cur.isMain || depth === cur.baseDepth;
    let mustLeave = cur.status !== 'runnable';
    if (!curFree) {
      if (mustLeave) this.waitInPlace(cur);
      this.requestCheck();
      return;
    }
    const sliceOver = now - this.sliceStart >= this.interval * 1000;
    if (!mustLeave && !sliceOver) { this.requestCheck(); return; }
    for (;;) {
      const next = this.pick(cur, this.now(), depth, mustLeave);
      if (next !== null) {
        if (next !== cur) this.switchTo(next, mustLeave ? (cur.status === 'finished' ? 'exit' : 'block') : 'interval');
        else if (cur.status === 'runnable' && cur.resume) this.applyResume(cur);
        break;
      }
      // Nobody can run: sleep until the earliest deadline, then look again.
      let earliest = Infinity;
      for (const t of this.threads) {
        if (t.status === 'blocked' && t.deadline < earliest && (t === cur || this.resumable(t, depth))) earliest = t.deadline;
      }
      if (earliest === Infinity) {
        if (cur.status === 'finished') return;
        cur.status = 'runnable';
        cur.resume = null;
        raise(PyExc.RuntimeError, 'deadlock: every Python thread is blocked and none can wake up');
      }
      this.hostSleep(earliest - this.now());
      mustLeave = cur.status !== 'runnable';
    }
    this.sliceStart = this.now();
    if (this.alive().length > 1) this.requestCheck();
  }

  /** Round-robin after `cur`: the first thread that can run in this loop activation. */
  private pick(cur: PyThreadState, now: number, depth: number, mustLeave: boolean): PyThreadState | null {
    const n = this.threads.length;
    const start = this.threads.indexOf(cur);
    for (let k = 1; k <= n; k++) {
      const t = this.threads[(start + k) % n]!;
      if (t === cur) {
        if (!mustLeave || this.tryWake(t, now)) return t;
        continue;
      }
      if (t.status === 'finished' || !this.resumable(t, depth)) continue;
      if (this.tryWake(t, now)) return t;
    }
    return null;
  }

  /** A thread blocked where it cannot be switched out (a builtin of it is mid-call): wait here. */
  private waitInPlace(t: PyThreadState): void {
    for (;;) {
      const now = this.now();
      if (this.tryWake(t, now)) { this.applyResume(t); return; }
      if (t.deadline === Infinity) {
        t.status = 'runnable';
        t.resume = null;
        raise(PyExc.RuntimeError, 'deadlock: a thread blocked inside a callback cannot give the GIL to the thread holding the lock');
      }
      this.hostSleep(t.deadline - now);
    }
  }

  private applyResume(t: PyThreadState): void {
    const r = t.resume;
    t.resume = null;
    if (r === null || t.top === null && t !== this.current) return;
    const f = this.vm.top!;
    const v = r(t.timedOut);
    const old = f.lp[f.sp - 1];
    f.lp[f.sp - 1] = v;
    if (old) decref(old);
  }

  private switchTo(next: PyThreadState, reason: SwitchRecord['reason']): void {
    const vm = this.vm;
    const cur = this.current;
    if (cur.status === 'finished') {
      // The finished thread's frames are not parked for reuse (PyCode.freeFrame): the loop that
      // switches detects the switch by frame identity, and a thread started next with the same
      // bootstrap code would otherwise get this very frame object back.
      while (vm.top !== null) {
        const t = vm.top;
        vm.popFrame(t);
        if (t.code.freeFrame === t) t.code.freeFrame = null;
      }
      cur.top = null;
      cur.depth = 0;
      if (vm.handled) { const h = vm.handled; vm.handled = null; decref(h); }
    } else {
      cur.top = vm.top;
      cur.depth = vm.depth;
      cur.handled = vm.handled;
      cur.suspendDepth = vm.cdepth;
      cur.pinned = cur.isMain || vm.cdepth !== cur.baseDepth;
    }
    this.record(cur.ident, next.ident, reason);
    this.current = next;
    vm.handled = next.handled;
    next.handled = null;
    if (next.start !== null) {
      const { fn, args } = next.start;
      next.start = null;
      const f = vm.newPyFrame(fn, null);
      for (let i = 0; i < args.length; i++) f.lp[i] = args[i]!;
      f.funcObj = fn;
      vm.top = null;
      vm.depth = 0;
      vm.pushFrame(f);
      next.baseDepth = vm.cdepth;
      return;
    }
    vm.top = next.top;
    vm.depth = next.depth;
    next.top = null;
    if (!next.pinned) next.baseDepth = vm.cdepth;
    if (next.resume) this.applyResume(next);
  }

  /** The current thread's bootstrap function is done: it leaves at the next breaker point. */
  exitCurrent(): void {
    this.current.status = 'finished';
    for (const l of this.current.sentinels) { l.locked = false; l.owner = null; }
    this.current.sentinels.length = 0;
    this.requestCheck();
  }

  private record(from: number, to: number, reason: SwitchRecord['reason']): void {
    const r: SwitchRecord = { at: this.now(), from, to, reason };
    if (this.switches.length < RING) this.switches.push(r);
    else this.switches[this.switchCount % RING] = r;
    this.switchCount++;
  }

  /** Sleeps the worker (never busy-waits). */
  hostSleep(ms: number): void {
    if (ms > 0) Atomics.wait(this.sleepCell, 0, 0, Math.min(ms, 2 ** 31 - 1));
  }

  /** The last switches, oldest first. */
  recentSwitches(): SwitchRecord[] {
    if (this.switches.length < RING) return this.switches.slice();
    const k = this.switchCount % RING;
    return [...this.switches.slice(k), ...this.switches.slice(0, k)];
  }
}

const schedulers = new WeakMap<VM, Scheduler>();

/** The VM's scheduler (created on first use; a single-thread program never needs it). */
export function scheduler(vm: VM): Scheduler {
  let s = schedulers.get(vm);
  if (!s) { s = new Scheduler(vm); schedulers.set(vm, s); }
  return s;
}

export function existingScheduler(vm: VM): Scheduler | null {
  return schedulers.get(vm) ?? null;
}

/**
 * time.sleep: with other threads, block the current one (switching happens at the breaker check
 * after the call); alone, sleep the worker.
 */
export function threadSleep(vm: VM, seconds: number, result: () => PyObject): PyObject {
  const s = existingScheduler(vm);
  if (s && s.threads.length > 1 && s.alive().length > 1) {
    s.block(null, s.now() + seconds * 1000, () => result());
    return result();
  }
  const sl = s ?? scheduler(vm);
  sl.hostSleep(seconds * 1000);
  return result();
}
