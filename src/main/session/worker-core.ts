/**
 * The body of a session worker: runs one program in a Debuggee, stops where the Stepper says, and
 * while stopped answers inspection commands synchronously (see worker-protocol.ts for the control
 * block). Everything here runs on the worker thread; the UI thread is never blocked by it.
 *
 * Invariants:
 * - the VM's JS stack stays where it is while paused, so a stop inside Python called from a builtin
 *   (sorted's key=, list.index's __eq__) needs nothing special;
 * - input() blocks on the same wake counter, so it stays pausable and stoppable;
 * - output is batched (by size and age) and always flushed before a stop, an input request and exit.
 */
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import type { EventName, Events, Method, StopReason } from '../../shared/protocol';
import { INSPECTION_METHODS } from '../../shared/protocol';
import type { Debuggee, DebuggeeFactory, DebuggeeIO, InstructionSink } from './debuggee';
import { Stepper } from './stepper';
import type { StopDecision } from './stepper';
import { ATTN_COMMANDS, ATTN_PAUSE, CTL_ATTN, CTL_WAKE } from './worker-protocol';
import type { WorkerCommand, WorkerInit, WorkerLaunch, WorkerMessage } from './worker-protocol';
import { MemoryBudget } from './memory-budget';

const FLUSH_BYTES = 16 * 1024;
const FLUSH_AGE_MS = 40;

const RESUME: Partial<Record<Method, 'run' | 'instruction' | 'over' | 'into' | 'out'>> = {
  continue: 'run', stepInstruction: 'instruction', next: 'over', stepIn: 'into', stepOut: 'out',
};

function need<F>(fn: F | undefined, method: string): F {
  if (!fn) throw new Error(`this program's VM does not provide ${method}`);
  return fn;
}

/**
 * Builds the VM at once (a spare worker is ready before the user presses Run), then waits on the
 * event loop for the launch message and runs the program synchronously.
 */
export function runWorker(factory: DebuggeeFactory): void {
  const host = new WorkerHost(workerData as WorkerInit, factory);
  parentPort!.once('message', (launch: WorkerLaunch) => {
    const code = host.run(launch);
    host.finish(code);
  });
}

class WorkerHost implements InstructionSink {
  private readonly ctl: Int32Array;
  private readonly port: MessagePort;
  private stepper: Stepper = new Stepper('', false, { lines: [], instructions: [] });
  private debuggee: Debuggee | null = null;
  private buildError: unknown = null;
  private pendingText = '';
  private pendingStream: 'stdout' | 'stderr' = 'stdout';
  private lastFlush = Date.now();
  private ticks = 0;
  private pauseRequested = false;
  private waitingForInput = false;
  private readonly inputQueue: (string | null)[] = [];
  private readonly budget: MemoryBudget;

  constructor(init: WorkerInit, factory: DebuggeeFactory) {
    this.ctl = new Int32Array(init.ctl);
    this.port = init.commands as unknown as MessagePort;
    this.budget = new MemoryBudget(init.memoryBudgetMb);
    const io: DebuggeeIO = {
      write: (stream, text) => this.write(stream, text),
      readLine: (prompt) => this.readLine(prompt),
    };
    try {
      this.debuggee = factory(io);
    } catch (e) {
      this.buildError = e;
    }
  }

  run(launch: WorkerLaunch): number {
    this.stepper = new Stepper(launch.filename, launch.stopOnEntry, launch.breakpoints);
    try {
      if (!this.debuggee) throw this.buildError;
      return this.debuggee.run(this, launch.filename, launch.source);
    } catch (e) {
      this.write('stderr', `bytescope: ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
  }

  finish(code: number): void {
    this.flush();
    this.post({ t: 'done', code });
  }

  // ---- the interpreter hook ----

  onInstruction(frame: object, depth: number, codeKey: string, filename: string, offset: number, line: number | null): void {
    if (Atomics.load(this.ctl, CTL_ATTN) !== 0) this.attend();
    let d: StopDecision | null = this.stepper.onInstruction(frame, depth, codeKey, filename, offset, line);
    if (this.pauseRequested) {
      this.pauseRequested = false;
      d = { reason: 'pause', description: `Paused at offset ${offset}${line !== null ? `, line ${line}` : ''}` };
    }
    if (d) {
      if (d.condition !== undefined && !this.conditionHolds(d)) return;
      this.pauseLoop(d.reason, d.description);
    } else if ((++this.ticks & 0x3fff) === 0 && this.pendingText) {
      if (Date.now() - this.lastFlush > FLUSH_AGE_MS) this.flush();
    }
  }

  poll(): void {
    if (Atomics.load(this.ctl, CTL_ATTN) !== 0) this.attend();
    if ((++this.ticks & 0xff) === 0 && this.pendingText && Date.now() - this.lastFlush > FLUSH_AGE_MS) this.flush();
  }

  memoryExhausted(): boolean {
    return this.budget.exhausted();
  }

  wantsInstructions(): boolean {
    return this.pauseRequested || this.stepper.wantsInstructions;
  }

  stopAt(reason: StopReason, description: string): void {
    this.pauseRequested = false;
    this.pauseLoop(reason, description);
  }

  private conditionHolds(d: StopDecision): boolean {
    try {
      return this.debuggee!.evaluateCondition(d.condition!, 0);
    } catch (e) {
      d.description += ` (condition ${JSON.stringify(d.condition)} raised: ${e instanceof Error ? e.message : String(e)})`;
      return true;
    }
  }

  /** Handles the attention bits while running: a pause request and/or pending commands. */
  private attend(): void {
    const bits = Atomics.exchange(this.ctl, CTL_ATTN, 0);
    if (bits & ATTN_PAUSE) this.pauseRequested = true;
    if (bits & ATTN_COMMANDS) this.drain(false);
  }

  /** Runs every queued command; returns true when one of them resumes execution (paused only). */
  private drain(paused: boolean): boolean {
    for (;;) {
      const m = receiveMessageOnPort(this.port);
      if (!m) return false;
      if (this.command(m.message as WorkerCommand, paused)) return true;
    }
  }

  private command(cmd: WorkerCommand, paused: boolean): boolean {
    const resume = RESUME[cmd.method];
    try {
      if (resume) {
        if (!paused) throw new Error('the program is not paused');
        this.stepper.resume(resume);
        this.reply(cmd.id, { state: 'running' });
        return true;
      }
      if (cmd.method === 'setBreakpoints') {
        this.stepper.setBreakpoints(cmd.args as never);
        this.reply(cmd.id, { accepted: 0 });
        return false;
      }
      if (cmd.method === 'input') {
        this.inputQueue.push((cmd.args as { text: string | null }).text);
        this.reply(cmd.id, { accepted: true });
        return false;
      }
      if (INSPECTION_METHODS.has(cmd.method)) {
        if (!paused) throw new Error('the program is running; pause it to inspect');
        this.reply(cmd.id, this.inspect(cmd.method, cmd.args as Record<string, number>));
        return false;
      }
      throw new Error(`the worker does not handle ${cmd.method}`);
    } catch (e) {
      if (cmd.id) this.post({ t: 'res', id: cmd.id, ok: false, error: e instanceof Error ? e.message : String(e) });
      return false;
    }
  }

  private inspect(method: Method, a: Record<string, number>): unknown {
    const d = this.debuggee!;
    switch (method) {
      case 'stackTrace': return d.frames();
      case 'frameDetail': return d.frameDetail(a.frame!);
      case 'code': return d.code(a.frame!);
      case 'object': return d.object(a.id!);
      case 'references': return d.references(a.id!, a.start!, a.count!);
      case 'referrers': return d.referrers(a.id!, a.start!, a.count!);
      case 'heapGraph': return d.heapGraph(a.maxNodes!);
      case 'gc': return d.gc();
      case 'snapshot': return { json: d.snapshot() };
      case 'pipeline': return need(d.pipeline, method).call(d);
      case 'codeObject': return need(d.codeObject, method).call(d, a.frame!, (a as unknown as { path: number[] }).path);
      case 'frameObject': return need(d.frameObject, method).call(d, a.frame!);
      case 'memory': return need(d.memory, method).call(d, a.start!, a.count!);
      case 'trackAllocations': return need(d.trackAllocations, method).call(d, (a as unknown as { on: boolean }).on);
      case 'gcCollect': return need(d.gcCollect, method).call(d, a.generation!);
      case 'threads': return need(d.threads, method).call(d);
      default: throw new Error(`not an inspection request: ${method}`);
    }
  }

  /** Blocks the VM (its JS stack stays put) until a resume command arrives. */
  private pauseLoop(reason: StopReason, description: string): void {
    this.flush();
    Atomics.and(this.ctl, CTL_ATTN, ~ATTN_PAUSE);
    this.event('stopped', { reason, description, frames: this.debuggee!.frames(), waitingForInput: this.waitingForInput });
    for (;;) {
      const seen = Atomics.load(this.ctl, CTL_WAKE);
      Atomics.exchange(this.ctl, CTL_ATTN, 0);
      if (this.drain(true)) break;
      Atomics.wait(this.ctl, CTL_WAKE, seen);
    }
    this.event('continued', {});
  }

  // ---- program I/O ----

  private write(stream: 'stdout' | 'stderr', text: string): void {
    if (stream !== this.pendingStream && this.pendingText) this.flush();
    this.pendingStream = stream;
    this.pendingText += text;
    if (this.pendingText.length > FLUSH_BYTES || Date.now() - this.lastFlush > FLUSH_AGE_MS) this.flush();
  }

  private flush(): void {
    this.lastFlush = Date.now();
    if (!this.pendingText) return;
    const text = this.pendingText;
    this.pendingText = '';
    this.event('output', { category: this.pendingStream, text });
  }

  private readLine(prompt: string): string | null {
    if (this.inputQueue.length) return this.inputQueue.shift()!;
    this.flush();
    this.waitingForInput = true;
    this.event('inputRequested', { prompt });
    try {
      for (;;) {
        const seen = Atomics.load(this.ctl, CTL_WAKE);
        const bits = Atomics.exchange(this.ctl, CTL_ATTN, 0);
        this.drain(false);
        if (this.inputQueue.length) return this.inputQueue.shift()!;
        if (bits & ATTN_PAUSE) {
          this.pauseLoop('pause', 'Paused while the program waits for input()');
          if (this.inputQueue.length) return this.inputQueue.shift()!;
          continue;
        }
        Atomics.wait(this.ctl, CTL_WAKE, seen);
      }
    } finally {
      this.waitingForInput = false;
    }
  }

  // ---- messages to the host ----

  private reply(id: number, result: unknown): void {
    if (id) this.post({ t: 'res', id, ok: true, result });
  }

  private event<E extends EventName>(event: E, body: Events[E]): void {
    this.post({ t: 'evt', event, body });
  }

  private post(m: WorkerMessage): void {
    parentPort!.postMessage(m);
  }
}
