/**
 * sys.settrace / sys.gettrace and frame.f_trace / f_trace_lines / f_trace_opcodes, as CPython 3.12's
 * legacy tracing (sys_trace_* over sys.monitoring), on the VM's debug-hook interface.
 *
 * While a global trace function is set, a SysTraceHook is the VM's hook (wrapping any debugger
 * hook, which keeps getting every callback): per instruction it decides CPython's events —
 * 'call' when a frame starts (the global function's result becomes the frame's local trace
 * function), 'line' at an instruction that starts a line (a co_lines line start or a jump target)
 * reached from an instruction of another line or from RESUME, 'return' with the returned value,
 * 'exception' with (type, value, traceback), 'opcode' per instruction when f_trace_opcodes is set.
 * A local function's result replaces it (None ends the frame's tracing). Trace functions run with
 * tracing suspended; one that raises is removed (sys.settrace(None)) and the exception
 * propagates, as in CPython. No events fire for frames while sys.gettrace() is None.
 */
import type { PyObject } from '../objects/object';
import type { VM } from './vm';
import type { Frame } from '../interp/frame';
import type { PyBaseException } from '../objects/exceptions';
import type { DebugHook } from '../debug/hook';
import type { CodeObject } from '../bytecode/code';
import { None } from '../objects/singletons';
import { True, False } from '../objects/int';
import { newStr } from '../objects/str';
import { tupleSteal } from '../objects/tuple';
import { frameObjectOf } from '../objects/frame';
import { decref } from './refcount';
import * as A from './abstract';
import { getInstructions } from '../bytecode/dis';

interface FrameTrace { fn: PyObject | null; lines: boolean; opcodes: boolean; prev: number }

/** Per code object: the line of each instruction offset and which offsets may start a 'line' event. */
interface LineInfo { line: Map<number, number>; starts: Set<number>; resume: Set<number>; firstResume: number }
const lineInfos = new WeakMap<CodeObject, LineInfo>();

function lineInfo(co: CodeObject): LineInfo {
  let li = lineInfos.get(co);
  if (!li) {
    li = { line: new Map(), starts: new Set(), resume: new Set(), firstResume: -1 };
    // Instructions up to the first RESUME (cell set-up, RETURN_GENERATOR) are never traced.
    // From there, an instruction starts a line when its line differs from the last line seen
    // (so the first traced instruction always does); jump and handler targets do too.
    let traceable = false;
    let cur = -1;
    for (const ins of getInstructions(co)) {
      const line = ins.positions[0];
      li.line.set(ins.offset, line);
      if (traceable) {
        if (line >= 0 && line !== cur) { li.starts.add(ins.offset); cur = line; }
        if (ins.isJumpTarget) li.starts.add(ins.offset);
      }
      if (ins.opname === 'RESUME') { li.resume.add(ins.offset); if (!traceable) li.firstResume = ins.offset; traceable = true; }
    }
    lineInfos.set(co, li);
  }
  return li;
}

const YIELD_VALUE = 150, RESUME = 151, JUMP_BACKWARD = 140, JUMP_BACKWARD_NO_INTERRUPT = 134;
/** CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR */
const CO_GENERATOR_LIKE = 0x20 | 0x80 | 0x200;

const EVENTS = ['call', 'line', 'return', 'exception', 'opcode'] as const;
type Event = typeof EVENTS[number];

export class SysTraceHook implements DebugHook {
  global: PyObject | null = null;
  /** 'opcode' events: CPython 3.12 enables them when sys.settrace is called after some frame's
   * f_trace_opcodes was set (setting it later takes effect at the next settrace). */
  opcodeEvents = false;
  readonly frames = new WeakMap<Frame, FrameTrace>();
  private busy = false;
  private readonly names = new Map<Event, PyObject>();

  constructor(readonly vm: VM, readonly inner: DebugHook | null) {}

  wantsInstructions(): boolean { return true; }

  private name(e: Event): PyObject {
    let s = this.names.get(e);
    if (!s) { s = newStr(e); this.names.set(e, s); }
    return s;
  }

  /** Calls `fn(frame, event, arg)`; returns its result (owned). A raise disables tracing. */
  private invoke(fn: PyObject, f: Frame, event: Event, arg: PyObject): PyObject {
    const fo = frameObjectOf(f);
    this.busy = true;
    try {
      return A.call(fn, [fo, this.name(event), arg]);
    } catch (e) {
      setTrace(this.vm, null);
      throw e;
    } finally {
      this.busy = false;
    }
  }

  /** The local trace function's result replaces it (None: no more events for this frame). */
  private local(f: Frame, st: FrameTrace, event: Event, arg: PyObject): void {
    const fn = st.fn!;
    const r = this.invoke(fn, f, event, arg);
    if (st.fn === fn) {
      st.fn = r === None ? null : r;
      decref(fn);
      if (r === None) decref(r);
    } else decref(r);
  }

  onCall(vm: VM, f: Frame): void {
    this.inner?.onCall(vm, f);
    if (this.busy || this.global === null) return;
    // A generator's frame starts at its RESUME 0 on the first next()/send() (onInstruction),
    // not when the generator function is called.
    if (f.code.co.co_flags & CO_GENERATOR_LIKE) return;
    const prev = this.frames.get(f);
    if (prev?.fn) decref(prev.fn);
    const st: FrameTrace = { fn: null, lines: true, opcodes: false, prev: -1 };
    this.frames.set(f, st);
    this.callEvent(f, st);
  }

  /** 'call' (a frame starts or a generator resumes): the global function's result becomes the local one. */
  private callEvent(f: Frame, st: FrameTrace): void {
    const r = this.invoke(this.global!, f, 'call', None);
    if (r === None) decref(r);
    else if (this.frames.get(f) === st && st.fn === null) st.fn = r;
    else decref(r);
  }

  onInstruction(vm: VM, f: Frame, offset: number): void {
    this.inner?.onInstruction(vm, f, offset);
    if (this.busy || this.global === null) return;
    const code = f.code.co.co_code;
    const op = code[offset]!;
    let st = this.frames.get(f);
    if (op === RESUME && (code[offset + 1]! !== 0 || (f.code.co.co_flags & CO_GENERATOR_LIKE))) {
      // A generator/coroutine resumes: 'call' again, through the global function.
      if (!st) { st = { fn: null, lines: true, opcodes: false, prev: -1 }; this.frames.set(f, st); }
      if (st.fn) { decref(st.fn); st.fn = null; }
      st.prev = offset;
      const saved = f.lasti;
      f.lasti = offset;
      try { this.callEvent(f, st); } finally { f.lasti = saved; }
      return;
    }
    if (!st) return;
    const prev = st.prev;
    st.prev = offset;
    if (!st.fn) return;
    const li = lineInfo(f.code.co);
    const saved = f.lasti;
    f.lasti = offset;
    try {
      const line = li.line.get(offset) ?? -1;
      const prevLine = prev < 0 ? -1 : li.line.get(prev) ?? -1;
      if (st.lines && line >= 0) {
        if (li.starts.has(offset) && (line !== prevLine || prev < 0 || li.resume.has(prev))) this.local(f, st, 'line', None);
        // A backward jump within one line (a loop on a single line) is a new 'line' too.
        else if (prev > offset && line === prevLine && (code[prev] === JUMP_BACKWARD || code[prev] === JUMP_BACKWARD_NO_INTERRUPT)) this.local(f, st, 'line', None);
      }
      if (st.fn && st.opcodes && this.opcodeEvents && op !== RESUME && offset > li.firstResume) this.local(f, st, 'opcode', None);
      if (st.fn && op === YIELD_VALUE) {
        // A yield is a 'return' of the yielded value for the tracer.
        const v = f.lp[f.sp - 1] ?? None;
        this.local(f, st, 'return', v);
      }
    } finally {
      f.lasti = saved;
    }
  }

  onReturn(vm: VM, f: Frame, value: PyObject): void {
    this.inner?.onReturn(vm, f, value);
    if (this.busy || this.global === null) return;
    const st = this.frames.get(f);
    if (!st) return;
    this.frames.delete(f);
    if (!st.fn) return;
    const saved = f.lasti;
    if (st.prev >= 0) f.lasti = st.prev;
    try {
      this.local(f, st, 'return', value);
    } finally {
      f.lasti = saved;
      if (st.fn) decref(st.fn);
    }
  }

  onException(vm: VM, f: Frame, exc: PyBaseException, innerDone = false): void {
    if (!innerDone) this.inner?.onException(vm, f, exc);
    if (this.busy || this.global === null) return;
    const st = this.frames.get(f);
    if (!st || !st.fn) return;
    exc.type.ob_refcnt++;
    exc.ob_refcnt++;
    const tb = exc.traceback ?? None;
    tb.ob_refcnt++;
    const arg = tupleSteal([exc.type, exc, tb]);
    try {
      this.local(f, st, 'exception', arg);
    } finally {
      decref(arg);
    }
  }

  onExceptionMore(vm: VM, f: Frame, exc: PyBaseException, reraised: boolean): void {
    this.inner?.onExceptionMore?.(vm, f, exc, reraised);
    // RERAISE reports nothing; an exception arriving from a callee is a new 'exception' here.
    if (!reraised) this.onException(vm, f, exc, true);
  }

  onUnwind(vm: VM, f: Frame): void {
    this.inner?.onUnwind?.(vm, f);
    if (this.busy || this.global === null) return;
    const st = this.frames.get(f);
    if (!st) return;
    this.frames.delete(f);
    if (!st.fn) return;
    try {
      this.local(f, st, 'return', None);
    } finally {
      if (st.fn) decref(st.fn);
    }
  }

  onBreaker(vm: VM, f: Frame): void {
    this.inner?.onBreaker(vm, f);
  }
}

/** The VM's SysTraceHook, if tracing is on. */
export function sysTraceOf(vm: VM): SysTraceHook | null {
  return vm.hook instanceof SysTraceHook ? vm.hook : null;
}

/** sys.settrace(fn) (fn owned by the caller; null or None turns tracing off). */
export function setTrace(vm: VM, fn: PyObject | null): void {
  const cur = sysTraceOf(vm);
  if (fn === null || fn === None) {
    if (cur) {
      const g = cur.global;
      cur.global = null;
      vm.setHook(cur.inner);
      if (g) decref(g);
    }
    return;
  }
  fn.ob_refcnt++;
  if (cur) {
    const g = cur.global;
    cur.global = fn;
    cur.opcodeEvents = opcodeTraceSet.has(vm);
    if (g) decref(g);
    return;
  }
  const h = new SysTraceHook(vm, vm.hook);
  h.global = fn;
  h.opcodeEvents = opcodeTraceSet.has(vm);
  vm.setHook(h);
}

/** VMs in which some frame's f_trace_opcodes has been set true (CPython's f_opcode_trace_set). */
const opcodeTraceSet = new WeakSet<VM>();

/** frame.f_trace of a frame (new reference). */
export function frameTrace(vm: VM, f: Frame): PyObject {
  const st = sysTraceOf(vm)?.frames.get(f);
  const r = st?.fn ?? None;
  r.ob_refcnt++;
  return r;
}

/** frame.f_trace = fn: the frame's local trace function (effective while sys.gettrace() is set). */
export function setFrameTrace(vm: VM, f: Frame, fn: PyObject | null): void {
  const h = sysTraceOf(vm);
  if (!h) return;
  let st = h.frames.get(f);
  if (!st) { st = { fn: null, lines: true, opcodes: false, prev: -1 }; h.frames.set(f, st); }
  const old = st.fn;
  st.fn = fn === null || fn === None ? null : (fn.ob_refcnt++, fn);
  if (old) decref(old);
}

export function setFrameTraceFlag(vm: VM, f: Frame, which: 'lines' | 'opcodes', on: boolean): void {
  if (which === 'opcodes' && on) opcodeTraceSet.add(vm);
  const h = sysTraceOf(vm);
  if (!h) return;
  let st = h.frames.get(f);
  if (!st) { st = { fn: null, lines: true, opcodes: false, prev: -1 }; h.frames.set(f, st); }
  st[which] = on;
}

export function frameTraceFlag(vm: VM, f: Frame, which: 'lines' | 'opcodes'): boolean {
  const st = sysTraceOf(vm)?.frames.get(f);
  return st ? st[which] : which === 'lines';
}

/** The frame attribute hook (vmHooks.frameTrace): get when v is undefined, else set. */
export function frameTraceAttr(vm: VM, f: Frame, attr: string, v: PyObject | null | undefined): PyObject {
  const which = attr === 'f_trace_lines' ? 'lines' : attr === 'f_trace_opcodes' ? 'opcodes' : null;
  if (v === undefined) {
    if (which === null) return frameTrace(vm, f);
    const r = frameTraceFlag(vm, f, which) ? True : False;
    r.ob_refcnt++;
    return r;
  }
  if (which === null) setFrameTrace(vm, f, v);
  else setFrameTraceFlag(vm, f, which, v !== null && A.isTrue(v));
  None.ob_refcnt++;
  return None;
}
