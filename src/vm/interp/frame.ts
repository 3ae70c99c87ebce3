/**
 * Interpreter frames (_PyInterpreterFrame): the code being run, its fast locals, cells and free
 * variables, and the value stack, all in one array `lp` (localsplus, then the stack).
 *
 * Invariants:
 * - lp[0 .. nlocalsplus) are fast locals / cells / free vars; lp[nlocalsplus .. sp) the value stack.
 *   Every non-null slot owns one reference.
 * - `pc` is the byte offset of the next instruction to decode; `lasti` the byte offset of the
 *   instruction being executed (what f_lasti and tracebacks report).
 * - `entry` frames were started from JS (a builtin calling back into Python, or the top level):
 *   when they return, the interpreter loop returns to its JS caller.
 * - `funcObj`, `code` are owned; `globals`/`builtins` are borrowed from the function (or module).
 */
import type { PyObject } from '../objects/object';
import type { PyCode } from '../objects/code';
import type { PyDict } from '../objects/dict';
import type { PyFrameObject } from '../objects/frame';

export class Frame {
  declare lp: (PyObject | null)[];
  declare sp: number;
  declare pc: number;
  declare lasti: number;
  declare back: Frame | null;
  declare entry: boolean;
  declare frameObj: PyFrameObject | null;
  /** Set when the frame finished while a frame object still referenced it (it owns lp now). */
  declare finished: boolean;
  /** Owned names tuple set by KW_NAMES for the next CALL. */
  declare kwnames: readonly string[] | null;
  declare depth: number;
  /** The generator owning this frame, if any; `yielded` is set by YIELD_VALUE for genResume. */
  declare gen: PyObject | null;
  declare yielded: boolean;
  /** Set when this frame runs `__init__` for an instance created by CALL on a class: the
   * instance (owned) replaces the return value (None) on the caller's stack. */
  declare initObj: PyObject | null;
  /** Set when this frame resumes a generator in the same loop (FOR_ITER/SEND): how far past
   * its saved `pc` to continue when the generator returns instead of yielding (CPython's
   * return_offset). Read only on such a return. */
  declare retOff: number;
  /** Next parked frame of the same code (PyCode.freeFrame is a stack of finished frames). */
  declare nextFree: Frame | null;
  declare code: PyCode;
  declare funcObj: PyObject | null;
  declare globals: PyDict;
  declare builtins: PyDict;
  /** Namespace for LOAD_NAME/STORE_NAME (module and class bodies); owned. */
  declare locals: PyObject | null;
  constructor(code: PyCode, funcObj: PyObject | null, globals: PyDict, builtins: PyDict, locals: PyObject | null) {
    this.code = code;
    this.funcObj = funcObj;
    this.globals = globals;
    this.builtins = builtins;
    this.locals = locals;
    const n = code.nlocalsplus;
    const size = n + code.co.co_stacksize;
    const lp = new Array<PyObject | null>(size);
    for (let i = 0; i < size; i++) lp[i] = null;
    this.lp = lp;
    this.sp = n;
    this.pc = 0;
    this.lasti = 0;
    this.back = null;
    this.entry = false;
    this.frameObj = null;
    this.finished = false;
    this.kwnames = null;
    this.depth = 0;
    this.gen = null;
    this.yielded = false;
    this.initObj = null;
    this.retOff = 0;
    this.nextFree = null;
  }
  /** Makes a pooled frame ready for a new call of the same code: the constructor's state,
   * without allocating. A parked frame (VM.popFrame, frame object dealloc) already has every lp
   * slot, funcObj, locals, frameObj, gen and initObj null and finished/yielded false; `depth`,
   * `kwnames` and `retOff` are never read before being written. */
  reset(globals: PyDict, builtins: PyDict): void {
    this.globals = globals;
    this.builtins = builtins;
    this.sp = this.code.nlocalsplus;
    this.pc = 0;
    this.lasti = 0;
    this.entry = false;
  }
  line(): number {
    return this.code.lineAt(this.lasti >> 1);
  }
}
