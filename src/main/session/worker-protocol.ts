/**
 * The private contract between a session (host side, src/main/session/session.ts) and its worker
 * (src/main/session/worker-core.ts). Not exposed to the renderer.
 *
 * Control block: an Int32Array over a SharedArrayBuffer.
 * - ctl[ATTN] is a bit set the interpreter hook polls with one Atomics.load per instruction:
 *   ATTN_PAUSE asks the worker to stop at the next instruction boundary, ATTN_COMMANDS says commands
 *   wait on the command port (read synchronously with receiveMessageOnPort, because a running or
 *   blocked worker never returns to its event loop).
 * - ctl[WAKE] is a counter the host bumps (Atomics.add + Atomics.notify) after posting a command;
 *   a paused worker, or one blocked in input(), sleeps in Atomics.wait on it.
 * Order that makes wake-ups race-free: host posts the command, then bumps WAKE; the worker reads
 * WAKE, then drains the port, then waits only while WAKE still holds the value it read.
 */
import type { BreakpointSet, EventName, Events, Method } from '../../shared/protocol';

export const CTL_ATTN = 0;
export const CTL_WAKE = 1;
export const CTL_SLOTS = 4;
export const ATTN_PAUSE = 1;
export const ATTN_COMMANDS = 2;

/** workerData: given when the worker is spawned, possibly before the program is known. */
export interface WorkerInit {
  ctl: SharedArrayBuffer;
  commands: MessagePort; // worker end of the command channel
  /** The program's heap budget (memory-budget.ts): past it, the VM raises MemoryError. */
  memoryBudgetMb: number;
}

/** The first (and only) message on parentPort: which program to run. */
export interface WorkerLaunch {
  filename: string;
  source: string;
  stopOnEntry: boolean;
  breakpoints: BreakpointSet;
}

/** host → worker, on the command port. */
export interface WorkerCommand {
  id: number; // 0 = no reply expected
  method: Method;
  args: unknown;
}

/** worker → host, on parentPort. */
export type WorkerMessage =
  | { t: 'res'; id: number; ok: true; result: unknown }
  | { t: 'res'; id: number; ok: false; error: string }
  | { t: 'evt'; event: EventName; body: Events[EventName] }
  | { t: 'done'; code: number };
