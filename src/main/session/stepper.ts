/**
 * Decides, for each instruction the VM is about to execute, whether the debugger stops there.
 * Pure logic over the instruction stream (no VM, no worker APIs), so it is unit-testable.
 *
 * Line events follow sys.settrace's rule as the debugger needs it: an instruction starts a line
 * event when its line differs from the previous instruction executed in the same frame, or when
 * control jumped backwards (a loop iteration re-enters the line), or when the frame is new to the
 * stepper. Frame depth comes from the VM (Python frames on the stack), so it stays right even when
 * instruction tracing was off while frames came and went.
 */
import type { BreakpointSet, InstructionBreakpoint, LineBreakpoint, StopReason } from '../../shared/protocol';

export type StepMode =
  | { kind: 'run' }
  | { kind: 'instruction' }
  | { kind: 'over'; depth: number } // F10: next line event at depth <= start depth
  | { kind: 'into' } // F11: next line event anywhere
  | { kind: 'out'; depth: number }; // Shift+F11: first instruction after the frame returns

export interface StopDecision {
  reason: StopReason;
  description: string;
  condition?: string; // condition to evaluate before stopping (the caller evaluates it)
  breakpoint?: LineBreakpoint | InstructionBreakpoint;
}

interface FrameTrack {
  lastLine: number | null;
  lastOffset: number;
}

export class Stepper {
  mode: StepMode;
  private tracks = new WeakMap<object, FrameTrack>();
  private lastToken: object | null = null;
  private lastTrack: FrameTrack | null = null;
  private _depth = 0;
  private lineBps = new Map<number, LineBreakpoint>();
  private instrBps = new Map<string, InstructionBreakpoint>(); // `${codeKey}#${offset}`
  private hits = new Map<LineBreakpoint | InstructionBreakpoint, number>();
  /** Only lines of this file carry line breakpoints (imported modules have other filenames). */
  constructor(readonly filename: string, stopOnEntry: boolean, bps: BreakpointSet) {
    this.mode = stopOnEntry ? { kind: 'instruction' } : { kind: 'run' };
    this.setBreakpoints(bps);
  }

  get depth(): number {
    return this._depth;
  }

  setBreakpoints(bps: BreakpointSet): void {
    this.lineBps.clear();
    this.instrBps.clear();
    for (const b of bps.lines) this.lineBps.set(b.line, b);
    for (const b of bps.instructions) this.instrBps.set(`${b.codeKey}#${b.offset}`, b);
    this.hits.clear();
  }

  get hasBreakpoints(): boolean {
    return this.lineBps.size > 0 || this.instrBps.size > 0;
  }

  /** Whether the VM must report every instruction (else only its eval-breaker points suffice). */
  get wantsInstructions(): boolean {
    return this.mode.kind !== 'run' || this.hasBreakpoints;
  }

  /** Feeds one instruction; returns a decision when the debugger should stop before it. */
  onInstruction(frame: object, depth: number, codeKey: string, filename: string, offset: number, line: number | null): StopDecision | null {
    let top = this.lastToken === frame ? this.lastTrack : this.tracks.get(frame);
    let isNewFrame = false;
    if (!top) {
      top = { lastLine: null, lastOffset: -1 };
      this.tracks.set(frame, top);
      isNewFrame = true;
    }
    this.lastToken = frame;
    this.lastTrack = top;
    this._depth = depth;
    const lineEvent = line !== null && (isNewFrame || line !== top.lastLine || offset <= top.lastOffset);
    if (line !== null) top.lastLine = line;
    top.lastOffset = offset;

    const mode = this.mode;
    switch (mode.kind) {
      case 'instruction':
        return { reason: 'step', description: `Stepped one instruction (offset ${offset})` };
      case 'into':
        if (lineEvent) return { reason: 'step', description: `Stepped into line ${line}` };
        break;
      case 'over':
        if (lineEvent && depth <= mode.depth) return { reason: 'step', description: `Stepped to line ${line}` };
        break;
      case 'out':
        if (depth < mode.depth) return { reason: 'step', description: `Stepped out to ${codeKey.split('@')[0]}` };
        break;
      case 'run':
        break;
    }
    const ib = this.instrBps.size ? this.instrBps.get(`${codeKey}#${offset}`) : undefined;
    if (ib && this.hit(ib)) {
      return { reason: 'instruction-breakpoint', description: `Instruction breakpoint at offset ${offset} in ${codeKey.split('@')[0]}`, condition: ib.condition, breakpoint: ib };
    }
    if (lineEvent && filename === this.filename) {
      const lb = this.lineBps.get(line!);
      if (lb && this.hit(lb)) return { reason: 'breakpoint', description: `Breakpoint at line ${line}`, condition: lb.condition, breakpoint: lb };
    }
    return null;
  }

  private hit(bp: LineBreakpoint | InstructionBreakpoint): boolean {
    const n = (this.hits.get(bp) ?? 0) + 1;
    this.hits.set(bp, n);
    return bp.hitCount === undefined || n >= bp.hitCount;
  }

  /** Sets the mode for resuming from a pause at the current instruction. */
  resume(kind: 'run' | 'instruction' | 'over' | 'into' | 'out'): void {
    const depth = this._depth;
    switch (kind) {
      case 'run': this.mode = { kind: 'run' }; break;
      case 'instruction': this.mode = { kind: 'instruction' }; break;
      case 'into': this.mode = { kind: 'into' }; break;
      case 'over': this.mode = { kind: 'over', depth }; break;
      case 'out': this.mode = { kind: 'out', depth }; break;
    }
  }
}
