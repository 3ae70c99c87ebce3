/**
 * The debugger's single hook into the interpreter. When no hook is attached nothing here runs:
 * the interpreter only tests `vm.breaker` at RESUME / JUMP_BACKWARD (the eval breaker) and the
 * `trace` local, which is true only while a hook wants per-instruction callbacks.
 *
 * A hook may block inside any callback (the app's worker waits on Atomics there) and then return
 * to continue. `onBreaker` runs at eval-breaker points while a hook is attached; it is where a
 * pause request is noticed even inside `while True: pass` or Python code called by a builtin.
 */
import type { PyObject } from '../objects/object';
import type { VM } from '../runtime/vm';
import type { Frame } from '../interp/frame';
import type { PyBaseException } from '../objects/exceptions';

export interface DebugHook {
  /** True while the hook needs onInstruction before every instruction (stepping, breakpoints). */
  wantsInstructions(): boolean;
  onInstruction(vm: VM, frame: Frame, offset: number): void;
  onCall(vm: VM, frame: Frame): void;
  onReturn(vm: VM, frame: Frame, value: PyObject): void;
  onException(vm: VM, frame: Frame, exc: PyBaseException): void;
  /** Optional (sys.settrace): the exception reached `frame` from a callee, or was re-raised
   * there (RERAISE) — events onException does not report. */
  onExceptionMore?(vm: VM, frame: Frame, exc: PyBaseException, reraised: boolean): void;
  /** Optional (sys.settrace): `frame` exits because of an exception. */
  onUnwind?(vm: VM, frame: Frame): void;
  /** Called at eval-breaker points (loop back-edges, function entry) while attached. */
  onBreaker(vm: VM, frame: Frame): void;
}

/** A hook that does nothing; subclass and override what you need. */
export class BaseHook implements DebugHook {
  wantsInstructions(): boolean { return false; }
  onInstruction(_vm: VM, _frame: Frame, _offset: number): void {}
  onCall(_vm: VM, _frame: Frame): void {}
  onReturn(_vm: VM, _frame: Frame, _value: PyObject): void {}
  onException(_vm: VM, _frame: Frame, _exc: PyBaseException): void {}
  onBreaker(_vm: VM, _frame: Frame): void {}
}
