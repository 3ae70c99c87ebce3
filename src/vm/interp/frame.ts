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
  lp: (PyObject | null)[];
  sp: number;
  pc = 0;
  lasti = 0;
  back: Frame | null = null;
  entry = false;
  frameObj: PyFrameObject | null = null;
  /** Set when the frame finished while a frame object still referenced it (it owns lp now). */
  finished = false;
  /** Owned names tuple set by KW_NAMES for the next CALL. */
  kwnames: readonly string[] | null = null;
  depth = 0;
  /** The generator owning this frame, if any; `yielded` is set by YIELD_VALUE for genResume. */
  gen: PyObject | null = null;
  yielded = false;
  constructor(
    public code: PyCode,
    public funcObj: PyObject | null,
    public globals: PyDict,
    public builtins: PyDict,
    /** Namespace for LOAD_NAME/STORE_NAME (module and class bodies); owned. */
    public locals: PyObject | null,
  ) {
    const n = code.nlocalsplus;
    this.lp = new Array(n + code.co.co_stacksize).fill(null);
    this.sp = n;
  }
  line(): number {
    return this.code.lineAt(this.lasti >> 1);
  }
}
