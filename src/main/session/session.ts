/**
 * A debug session, host side: the state machine and the worker that runs the program.
 * Pure Node (no electron import) so Electron main, the web host and unit tests share it.
 *
 *   idle ──launch──► running ◄──continue/step── paused
 *                      │  ──stopped event──────►  │
 *                      └────── stop / exit ───────┴──► terminated ──launch/restart──► running
 *
 * Invariants:
 * - the state changes only here, and every change is announced with a `state` event;
 * - a pause request sets a flag the worker polls at every instruction (and wakes it when blocked
 *   in input()), so it needs no cooperation from the worker's event loop;
 * - stop and restart never wait on the worker: they terminate it, so they work even when the VM is
 *   stuck in a long builtin;
 * - inspection requests are answered only while paused; a worker that does not answer within
 *   `inspectTimeoutMs` fails the request, not the session.
 */
import { MessageChannel, Worker } from 'node:worker_threads';
import type { ArgsOf, BreakpointSet, EventMessage, EventName, Events, Method, ProgramFile, ResultOf, SessionState } from '../../shared/protocol';
import { INSPECTION_METHODS } from '../../shared/protocol';
import { ATTN_COMMANDS, ATTN_PAUSE, CTL_ATTN, CTL_SLOTS, CTL_WAKE } from './worker-protocol';
import type { WorkerCommand, WorkerInit, WorkerLaunch, WorkerMessage } from './worker-protocol';
import { DEFAULT_MEMORY_BUDGET_MB, v8LimitMb } from './memory-budget';

interface Spawned {
  worker: Worker;
  ctl: Int32Array;
  port: import('node:worker_threads').MessagePort;
}

export interface SessionOptions {
  workerUrl: URL;
  emit: (msg: EventMessage) => void;
  inspectTimeoutMs?: number;
  /** The program's heap budget (default DEFAULT_MEMORY_BUDGET_MB); the worker's V8 limit follows from it. */
  memoryBudgetMb?: number;
  resourceLimits?: { stackSizeMb?: number };
}

type SessionMethod = Exclude<Method, `app.${string}`>;

interface Pending {
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

export class Session {
  private _state: SessionState = 'idle';
  private worker: Worker | null = null;
  private ctl: Int32Array | null = null;
  private commandPort: import('node:worker_threads').MessagePort | null = null;
  private pending = new Map<number, Pending>();
  private nextId = 1;
  private lastLaunch: { file: ProgramFile; stopOnEntry: boolean } | null = null;
  private breakpoints: BreakpointSet = { lines: [], instructions: [] };
  private generation = 0; // bumps per worker; messages from older workers are ignored
  /** A worker that has already built its VM, waiting for the next launch (hides start-up time). */
  private spare: Spawned | null = null;
  private disposed = false;

  constructor(private readonly opts: SessionOptions) {
    this.spare = this.spawn();
  }

  get state(): SessionState {
    return this._state;
  }

  async request<M extends SessionMethod>(method: M, args: ArgsOf<M>): Promise<ResultOf<M>> {
    return (await this.dispatch(method, args as never)) as ResultOf<M>;
  }

  private async dispatch(method: SessionMethod, args: Record<string, unknown>): Promise<unknown> {
    switch (method) {
      case 'launch': {
        const a = args as ArgsOf<'launch'>;
        this.breakpoints = a.breakpoints;
        this.lastLaunch = { file: a.file, stopOnEntry: a.stopOnEntry };
        await this.startWorker();
        return { state: this._state };
      }
      case 'restart': {
        if (!this.lastLaunch) throw new Error('nothing to restart: no program was launched');
        await this.startWorker();
        return { state: this._state };
      }
      case 'stop':
        if (this.worker) await this.kill('stopped by the user');
        return { state: this._state };
      case 'pause':
        if (this._state === 'running' && this.ctl) {
          Atomics.or(this.ctl, CTL_ATTN, ATTN_PAUSE);
          this.wake();
        }
        return { state: this._state };
      case 'continue': case 'next': case 'stepIn': case 'stepOut': case 'stepInstruction':
        if (this._state !== 'paused') throw new Error(`cannot ${method}: the program is ${this._state}`);
        this.send(method, {}, false);
        this.setState('running');
        return { state: this._state };
      case 'setBreakpoints':
        this.breakpoints = args as unknown as BreakpointSet;
        if (this.worker) this.send('setBreakpoints', args, false);
        return { accepted: this.breakpoints.lines.length + this.breakpoints.instructions.length };
      case 'input':
        if (!this.worker) return { accepted: false };
        this.send('input', args, false);
        return { accepted: true };
      default:
        if (!INSPECTION_METHODS.has(method)) throw new Error(`unknown session method ${method}`);
        if (this._state !== 'paused') throw new Error(`cannot inspect: the program is ${this._state}`);
        return this.send(method, args, true);
    }
  }

  /** Tears the session down for good (window closed / connection lost). */
  async dispose(): Promise<void> {
    this.disposed = true;
    const spare = this.spare;
    this.spare = null;
    if (spare) {
      spare.port.close();
      await spare.worker.terminate();
    }
    if (this.worker) await this.kill('session closed');
  }

  private spawn(): Spawned {
    const sab = new SharedArrayBuffer(CTL_SLOTS * 4);
    const channel = new MessageChannel();
    const memoryBudgetMb = this.opts.memoryBudgetMb ?? DEFAULT_MEMORY_BUDGET_MB;
    const init: WorkerInit = { ctl: sab, commands: channel.port2 as never, memoryBudgetMb };
    const worker = new Worker(this.opts.workerUrl, {
      workerData: init,
      transferList: [channel.port2 as never],
      resourceLimits: { maxOldGenerationSizeMb: v8LimitMb(memoryBudgetMb), stackSizeMb: 16, ...this.opts.resourceLimits },
      stdout: false,
      stderr: false,
    });
    const spawned: Spawned = { worker, ctl: new Int32Array(sab), port: channel.port1 as never };
    // a spare that dies before use is simply replaced at the next launch
    const drop = () => {
      if (this.spare === spawned) this.spare = null;
    };
    worker.once('error', drop);
    worker.once('exit', drop);
    return spawned;
  }

  private async startWorker(): Promise<void> {
    if (this.worker) await this.kill('restarting', false);
    const launch = this.lastLaunch!;
    const gen = ++this.generation;
    const spawned = this.spare ?? this.spawn();
    this.spare = null;
    const { worker } = spawned;
    const data: WorkerLaunch = {
      filename: launch.file.path ?? launch.file.name,
      source: launch.file.source,
      stopOnEntry: launch.stopOnEntry,
      breakpoints: this.breakpoints,
    };
    worker.postMessage(data);
    this.worker = worker;
    this.ctl = spawned.ctl;
    this.commandPort = spawned.port;
    setImmediate(() => {
      if (!this.disposed && !this.spare) this.spare = this.spawn();
    });
    worker.on('message', (m: WorkerMessage) => {
      if (gen === this.generation) this.onWorkerMessage(m);
    });
    worker.on('error', (e) => {
      if (gen !== this.generation) return;
      this.emit('output', { category: 'stderr', text: `\r\nbytescope: the session worker failed: ${e.message}\r\n` });
      void this.kill(`worker error: ${e.message}`);
    });
    worker.on('exit', (code) => {
      if (gen !== this.generation || this.worker !== worker) return;
      this.detach();
      this.emit('exited', { code });
      this.emit('terminated', { reason: `worker exited with code ${code}` });
      this.setState('terminated');
    });
    this.setState('running');
  }

  private onWorkerMessage(m: WorkerMessage): void {
    switch (m.t) {
      case 'res': {
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        clearTimeout(p.timer);
        if (m.ok) p.resolve(m.result);
        else p.reject(new Error(m.error));
        return;
      }
      case 'evt':
        if (m.event === 'stopped') {
          this.setState('paused');
        } else if (m.event === 'continued') {
          if (this._state !== 'running') this.setState('running');
          return;
        }
        this.opts.emit({ kind: 'evt', event: m.event, body: m.body });
        return;
      case 'done': {
        const worker = this.worker;
        this.detach();
        this.emit('exited', { code: m.code });
        this.emit('terminated', { reason: `the program exited with status ${m.code}` });
        this.setState('terminated');
        void worker?.terminate();
        return;
      }
    }
  }

  private send(method: Method, args: unknown, expectReply: boolean): Promise<unknown> {
    const id = expectReply ? this.nextId++ : 0;
    const cmd: WorkerCommand = { id, method, args };
    const reply = expectReply
      ? new Promise<unknown>((resolve, reject) => {
          const timer = setTimeout(() => {
            this.pending.delete(id);
            reject(new Error(`the VM did not answer ${method} in time`));
          }, this.opts.inspectTimeoutMs ?? 15_000);
          this.pending.set(id, { resolve, reject, timer });
        })
      : Promise.resolve(undefined);
    this.commandPort!.postMessage(cmd);
    Atomics.or(this.ctl!, CTL_ATTN, ATTN_COMMANDS);
    this.wake();
    return reply;
  }

  private wake(): void {
    Atomics.add(this.ctl!, CTL_WAKE, 1);
    Atomics.notify(this.ctl!, CTL_WAKE);
  }

  private async kill(reason: string, announce = true): Promise<void> {
    const worker = this.worker;
    this.generation++;
    this.detach();
    if (worker) await worker.terminate();
    if (announce) {
      this.emit('terminated', { reason });
      this.setState('terminated');
    }
  }

  private detach(): void {
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(new Error('the session ended'));
    }
    this.pending.clear();
    this.commandPort?.close();
    this.commandPort = null;
    this.worker = null;
    this.ctl = null;
  }

  private setState(state: SessionState): void {
    if (state === this._state) return;
    this._state = state;
    this.emit('state', { state });
  }

  private emit<E extends EventName>(event: E, body: Events[E]): void {
    this.opts.emit({ kind: 'evt', event, body } as EventMessage);
  }
}
