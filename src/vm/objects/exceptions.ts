/**
 * BaseException and the builtin exception hierarchy of CPython 3.12 (Objects/exceptions.c).
 * An exception owns its args tuple, traceback, __context__, __cause__ and __notes__.
 */
import { PyObject, nextSerial, memObserver } from './object';
import { makeStaticType, objectType, PyType, RefKindCode, TF_BASE_EXC_SUBCLASS, TF_HAVE_GC } from './type';
import { PyStr, newStr } from './str';
import { PyTuple, tupleSteal, tupleFrom, emptyTuple } from './tuple';
import { None } from './singletons';
import { PyExc, excHooks, raise } from '../runtime/errors';
import { decref, xdecref } from '../runtime/refcount';
import { gcTrack } from '../runtime/gc';
import { reprJS, strJS, str as pystr } from '../runtime/abstract';

export class PyBaseException extends PyObject {
  declare args: PyTuple;
  declare traceback: PyObject | null;
  declare context: PyObject | null;
  declare cause: PyObject | null;
  declare suppressContext: boolean;
  declare notes: PyObject | null;
  /** AttributeError.name/.obj and NameError.name (set by the runtime when it raises them). */
  declare nameAttr: string | undefined;
  declare objAttr: PyObject | null;
  constructor(type: PyType, args: PyTuple) {
    // Header stored here, as PyObject's constructor would (see there): raising is a hot path.
    super(null);
    this.ob_refcnt = 1;
    this.flags = 0;
    (this as { serial: number }).serial = nextSerial();
    this.type = type;
    this.gcGen = -1;
    this.gcRefs = 0;
    this.gcPrev = null;
    this.gcNext = null;
    this.dict = null;
    if (memObserver !== null) memObserver.alloc(this);
    this.args = args;
    this.traceback = null;
    this.context = null;
    this.cause = null;
    this.suppressContext = false;
    this.notes = null;
    this.nameAttr = undefined;
    this.objAttr = null;
  }
}

export let baseExceptionType: PyType;

/** The argument array and exception of the last BaseException.__new__ (see excInit); not owned. */
let newArgs: PyObject[] | null = null;
let newExc: PyBaseException | null = null;

function excNew(t: PyType, args: PyObject[], kw: readonly string[] | null): PyObject {
  const npos = args.length - (kw ? kw.length : 0);
  const e = new PyBaseException(t, tupleFrom(npos === args.length ? args : args.slice(0, npos)));
  if (t.isHeap()) t.ob_refcnt++;
  gcTrack(e);
  if (npos === args.length) { newArgs = args; newExc = e; }
  return e;
}

function excInit(self: PyObject, args: PyObject[], kw: readonly string[] | null): void {
  if (kw && kw.length && self.type.slots.init === baseExceptionType.slots.init) raise(PyExc.TypeError, `${self.type.name}() takes no keyword arguments`);
  const e = self as PyBaseException;
  const npos = args.length - (kw ? kw.length : 0);
  const old = e.args;
  // CPython's type_call hands __new__ and __init__ one args tuple, which both store: when this
  // is the __init__ of the very call (same argument array) whose __new__ stored e.args, keep it.
  if (args === newArgs && newExc === e) { newArgs = null; newExc = null; return; }
  e.args = tupleFrom(npos === args.length ? args : args.slice(0, npos));
  decref(old);
}

function excStr(o: PyObject): PyObject {
  const a = (o as PyBaseException).args.items;
  if (a.length === 0) return newStr('');
  if (a.length === 1) return pystr(a[0]!);
  return pystr((o as PyBaseException).args);
}

function excRepr(o: PyObject): PyObject {
  const a = (o as PyBaseException).args.items;
  const name = o.type.name;
  if (a.length === 1) return newStr(`${name}(${reprJS(a[0]!)})`);
  return newStr(`${name}${reprJS((o as PyBaseException).args)}`);
}

function excClear(o: PyObject): void {
  const e = o as PyBaseException;
  // Every field is cleared before any reference is released (a release can run arbitrary code).
  const tb = e.traceback, ctx = e.context, cause = e.cause, notes = e.notes, obj = e.objAttr;
  e.traceback = null; e.context = null; e.cause = null; e.notes = null; e.objAttr = null;
  const args = e.args;
  e.args = emptyTuple;
  emptyTuple.ob_refcnt++;
  if (tb !== null) decref(tb);
  if (ctx !== null) decref(ctx);
  if (cause !== null) decref(cause);
  if (notes !== null) decref(notes);
  if (obj !== null) decref(obj);
  decref(args);
}

/** New exception `t(msg)` (or `t(obj)`, or `t()` for null) as the runtime raises it. */
export function makeException(t: PyType, arg: PyObject | string | null): PyBaseException {
  let args: PyTuple;
  if (arg === null) { emptyTuple.ob_refcnt++; args = emptyTuple; }
  else if (typeof arg === 'string') args = tupleSteal([newStr(arg)]);
  else { arg.ob_refcnt++; args = tupleSteal([arg]); }
  const e = new PyBaseException(t, args);
  if (t.isHeap()) t.ob_refcnt++;
  gcTrack(e);
  return e;
}

export function isException(o: unknown): o is PyBaseException {
  return o instanceof PyBaseException;
}

/** Sets e.__context__ (steals ctx). */
export function setContext(e: PyBaseException, ctx: PyObject | null): void {
  const old = e.context;
  e.context = ctx;
  xdecref(old);
}
export function setCause(e: PyBaseException, c: PyObject | null): void {
  const old = e.cause;
  e.cause = c;
  xdecref(old);
  e.suppressContext = true;
}
export function setTraceback(e: PyBaseException, tb: PyObject | null): void {
  const old = e.traceback;
  e.traceback = tb;
  xdecref(old);
}

const HIERARCHY: [string, string][] = [
  ['BaseExceptionGroup', 'BaseException'], ['GeneratorExit', 'BaseException'], ['KeyboardInterrupt', 'BaseException'],
  ['SystemExit', 'BaseException'], ['Exception', 'BaseException'],
  ['ArithmeticError', 'Exception'], ['FloatingPointError', 'ArithmeticError'], ['OverflowError', 'ArithmeticError'],
  ['ZeroDivisionError', 'ArithmeticError'], ['AssertionError', 'Exception'], ['AttributeError', 'Exception'],
  ['BufferError', 'Exception'], ['EOFError', 'Exception'], ['ExceptionGroup', 'Exception'], ['ImportError', 'Exception'],
  ['ModuleNotFoundError', 'ImportError'], ['LookupError', 'Exception'], ['IndexError', 'LookupError'],
  ['KeyError', 'LookupError'], ['MemoryError', 'Exception'], ['NameError', 'Exception'],
  ['UnboundLocalError', 'NameError'], ['OSError', 'Exception'], ['BlockingIOError', 'OSError'],
  ['ChildProcessError', 'OSError'], ['ConnectionError', 'OSError'], ['BrokenPipeError', 'ConnectionError'],
  ['ConnectionAbortedError', 'ConnectionError'], ['ConnectionRefusedError', 'ConnectionError'],
  ['ConnectionResetError', 'ConnectionError'], ['FileExistsError', 'OSError'], ['FileNotFoundError', 'OSError'],
  ['InterruptedError', 'OSError'], ['IsADirectoryError', 'OSError'], ['NotADirectoryError', 'OSError'],
  ['PermissionError', 'OSError'], ['ProcessLookupError', 'OSError'], ['TimeoutError', 'OSError'],
  ['ReferenceError', 'Exception'], ['RuntimeError', 'Exception'], ['NotImplementedError', 'RuntimeError'],
  ['RecursionError', 'RuntimeError'], ['StopAsyncIteration', 'Exception'], ['StopIteration', 'Exception'],
  ['SyntaxError', 'Exception'], ['IndentationError', 'SyntaxError'], ['TabError', 'IndentationError'],
  ['SystemError', 'Exception'], ['TypeError', 'Exception'], ['ValueError', 'Exception'],
  ['UnicodeError', 'ValueError'], ['UnicodeDecodeError', 'UnicodeError'], ['UnicodeEncodeError', 'UnicodeError'],
  ['UnicodeTranslateError', 'UnicodeError'], ['Warning', 'Exception'], ['BytesWarning', 'Warning'],
  ['DeprecationWarning', 'Warning'], ['EncodingWarning', 'Warning'], ['FutureWarning', 'Warning'],
  ['ImportWarning', 'Warning'], ['PendingDeprecationWarning', 'Warning'], ['ResourceWarning', 'Warning'],
  ['RuntimeWarning', 'Warning'], ['SyntaxWarning', 'Warning'], ['UnicodeWarning', 'Warning'], ['UserWarning', 'Warning'],
];

/** tp_basicsize of the builtin exceptions whose C struct extends PyBaseExceptionObject (72): the
 * extra fields of NameError (name), AttributeError (obj, name), ImportError (msg, name, path,
 * name_from), OSError (errno, strerror, filename, filename2, written), SyntaxError (msg,
 * filename, lineno, offset, text, end_lineno, end_offset, print_file_and_line), StopIteration
 * (value), SystemExit (code) and UnicodeError's concrete subclasses (encoding, object, start,
 * end, reason). Subclasses inherit their base's size. */
const EXC_BASICSIZE: Record<string, number> = {
  NameError: 80, AttributeError: 88, ImportError: 104, OSError: 112, SyntaxError: 136, StopIteration: 80,
  SystemExit: 80, UnicodeDecodeError: 112, UnicodeEncodeError: 112, UnicodeTranslateError: 112,
};

export function initExceptionTypes(): void {
  baseExceptionType = makeStaticType('BaseException', objectType, {
    new: excNew,
    init: excInit,
    str: excStr,
    repr: excRepr,
    traverse: (o, visit) => {
      const e = o as PyBaseException;
      visit(e.args, RefKindCode.Attr, 'args');
      if (e.traceback) visit(e.traceback, RefKindCode.Attr, '__traceback__');
      if (e.context) visit(e.context, RefKindCode.Attr, '__context__');
      if (e.cause) visit(e.cause, RefKindCode.Attr, '__cause__');
      if (e.notes) visit(e.notes, RefKindCode.Attr, '__notes__');
      if (e.objAttr) visit(e.objAttr, RefKindCode.Attr, 'obj');
    },
    clear: excClear,
    dealloc: excClear,
    sizeof: (o) => o.type.basicsize,
  }, { basicsize: 72, flags: TF_BASE_EXC_SUBCLASS | TF_HAVE_GC });
  baseExceptionType.hasDict = true;
  PyExc.BaseException = baseExceptionType;
  for (const [name, base] of HIERARCHY) {
    const slots: Parameters<typeof makeStaticType>[2] = {};
    if (name === 'KeyError') {
      slots.str = (o) => {
        const a = (o as PyBaseException).args.items;
        if (a.length === 1) return newStr(reprJS(a[0]!));
        return excStr(o);
      };
    }
    PyExc[name] = makeStaticType(name, PyExc[base]!, slots, { basicsize: EXC_BASICSIZE[name] ?? PyExc[base]!.basicsize });
  }
  PyExc.EnvironmentError = PyExc.OSError!;
  PyExc.IOError = PyExc.OSError!;
  excHooks.make = makeException;
  void None; void PyStr; void strJS;
}
