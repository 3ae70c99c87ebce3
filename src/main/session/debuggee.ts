/**
 * What the session worker needs from a VM. `vm-bridge.ts` implements it over src/vm; unit tests of
 * the session state machine implement it with a stand-in program. Everything returned is a view
 * from src/shared/views.ts, built from the VM's real state at the moment of the call.
 */
import type {
  CodeObjectView, CodeView, FrameDetail, FrameObjectView, FrameView, GcCollectResult, GcView, HeapGraphView, MemoryView, ObjectId, ObjectView,
  PipelineView, Reference, ThreadsView,
} from '../../shared/views';
import type { Page, StopReason } from '../../shared/protocol';

/** What the Debuggee calls while the program runs. Any of these may block (pause). */
export interface InstructionSink {
  /**
   * Before an instruction, while `wantsInstructions()` is true. `frame` is an opaque token, the
   * same object for the whole life of one frame; `depth` the number of Python frames on the stack;
   * `codeKey` is `${co_qualname}@${co_firstlineno}`; `offset` the byte offset of the instruction
   * about to run; `line` its line number (null for artificial instructions); `filename` its co_filename.
   */
  onInstruction(frame: object, depth: number, codeKey: string, filename: string, offset: number, line: number | null): void;
  /** At the VM's eval-breaker points (calls, backward jumps): polls for pause and commands. */
  poll(): void;
  /** At the same points: true when the program has spent its heap budget (the VM raises MemoryError). */
  memoryExhausted(): boolean;
  /** True when stepping, breakpoints or a pending pause need every instruction reported. */
  wantsInstructions(): boolean;
  /** Stops right here (e.g. on an uncaught exception, before the traceback is printed). */
  stopAt(reason: StopReason, description: string): void;
}

export interface DebuggeeIO {
  write(stream: 'stdout' | 'stderr', text: string): void;
  /** Blocks until a line is available; null at end of input. */
  readLine(prompt: string): string | null;
}

export interface Debuggee {
  /** Compile and run the program to completion; returns the exit status (uncaught exception → 1). */
  run(sink: InstructionSink, filename: string, source: string): number;
  frames(): FrameView[];
  frameDetail(index: number): FrameDetail;
  code(index: number): CodeView;
  object(id: ObjectId): ObjectView;
  references(id: ObjectId, start: number, count: number): Page<Reference>;
  referrers(id: ObjectId, start: number, count: number): Page<Reference>;
  heapGraph(maxNodes: number): HeapGraphView;
  gc(): GcView;
  /** The heap in docs/snapshot-format.md's format. */
  snapshot(): string;
  /** Mechanism panels (optional: a stand-in program for unit tests need not provide them). */
  pipeline?(): PipelineView;
  codeObject?(frame: number, path: number[]): CodeObjectView;
  frameObject?(frame: number): FrameObjectView;
  memory?(start: number, count: number): MemoryView;
  trackAllocations?(on: boolean): MemoryView['tracemalloc'];
  /** Runs the VM's real collector on `generation` (gc.collect(generation)) and reports what it freed. */
  gcCollect?(generation: number): GcCollectResult;
  threads?(): ThreadsView;
  /** Evaluates a breakpoint condition in frame `index`; throws with a Python message on error. */
  evaluateCondition(expr: string, index: number): boolean;
}

/** Builds the VM before the program is known (a spare worker does this ahead of time). */
export type DebuggeeFactory = (io: DebuggeeIO) => Debuggee;

export class NotAvailableError extends Error {}
