/**
 * The VM: one Python interpreter state (thread state + interpreter state in CPython terms):
 * the frame stack, the exception being handled, recursion accounting, builtins and modules,
 * the eval breaker, the debug hook, and the host.
 *
 * Invariants:
 * - `top` is the innermost executing frame; frames link outward through `back`. `depth` counts
 *   Python frames (the recursion limit applies to it); `cdepth` counts nested interpreter loops
 *   started from JS (builtins calling back into Python).
 * - `handled` (sys.exception()) owns one reference or is null.
 * - `breaker` is non-zero whenever something must run at the next eval-breaker point: a pending
 *   GC, a pause request, an interrupt check, or debugger tracing changes.
 */
import type { PyObject } from '../objects/object';
import type { Host } from './host';
import { Frame } from '../interp/frame';
import { evalFrame } from '../interp/eval';
import { bindArgs } from '../interp/calls';
import { PyFunction, newFunction } from '../objects/function';
import { PyCode, newCode } from '../objects/code';
import type { CodeObject } from '../bytecode/code';
import { PyDict, newDict, dictItems } from '../objects/dict';
import { PyModule, newModule } from '../objects/module';
import { newStr, PyStr } from '../objects/str';
import { None } from '../objects/singletons';
import { PyInt, setIntMaxStrDigits } from '../objects/int';
import { resetAddresses } from './address';
import { PyBaseException, isException, setTraceback } from '../objects/exceptions';
import { frameObjectOf, releaseFrameSlots } from '../objects/frame';
import { newTraceback, PyTraceback } from '../objects/traceback';
import { PyType, lookup } from '../objects/type';
import { raise, raiseWith, PyExc } from './errors';
import { dealloc, decref, xdecref } from './refcount';
import { setRuntime } from './state';
import { gcState, collectGenerations, resetGcState, collect } from './gc';
import { bootstrap } from './bootstrap';
import * as A from './abstract';
import { formatException } from '../interp/traceback';
import { makeBuiltinsModule } from '../modules/builtins';
import { makeSysModule } from '../modules/sys';
import { makeGcModule } from '../modules/gc';
import { builtinModuleFactories } from '../modules/registry';
import type { DebugHook } from '../debug/hook';
import { PyCell } from '../objects/cell';
import { PyTuple, tupleFrom } from '../objects/tuple';
import { typeType as typeTypeRef } from '../objects/type';
import { vmHooks } from './hooks';
import { frameTraceAttr } from './systrace';
import { mappingProxy } from '../objects/views';
import { sliceIndices, PySlice } from '../objects/slice';
import { roundImpl } from '../modules/builtins';
import { newIter, listRevIterType } from '../objects/iterators';
import { PyList } from '../objects/list';
import { Importer } from './importer/index';
import { type PyGen, setGenVM } from '../objects/generator';
import { clearWarningsState, compileWarning, warnText, warnUnawaitedCoroutine, type WarningsState } from './warnings';
import { compileHooks } from './importer/execeval';

function typeType(): PyType {
  return typeTypeRef;
}

/**
 * Nesting limit for interpreter loops started from JS (builtins calling back into Python), kept
 * well inside the JS stack of a default Node/worker thread so that RecursionError, never a JS
 * stack overflow, ends runaway recursion through builtins.
 */
export const vm_C_LIMIT = 200;

export const BREAK_GC = 1;
export const BREAK_PAUSE = 2;
export const BREAK_INTERRUPT = 4;
/** Engines (runtime/threads.ts): a thread switch is due, or a blocking call wants the scheduler. */
export const BREAK_ENGINES = 8;

export class VM {
  host: Host;
  top: Frame | null = null;
  depth = 0;
  cdepth = 0;
  recursionLimit = 1000;
  handled: PyObject | null = null;
  reraising = false;
  breaker = 0;
  tracing = false;
  /** tracemalloc is on: keep frames' lasti exact (instruction tracing without a hook). */
  keepLasti = false;
  /** Python threads (runtime/threads.ts); null until a second thread starts. */
  engineBreak: ((f: Frame) => void) | null = null;
  hook: DebugHook | null = null;
  pauseRequested = false;
  builtins!: PyModule;
  builtinsDict!: PyDict;
  sys!: PyModule;
  modules!: PyDict;
  mainModule: PyModule | null = null;
  /** Extra references the runtime holds outside any Python object (CPython's AST arena etc.). */
  arena: PyObject[] = [];
  gcGarbage!: PyObject;
  gcCallbacksList!: PyObject;
  /** The warnings engine's state (runtime/warnings.ts), created on the first warning. */
  warnings: WarningsState | null = null;
  /** sys.set_asyncgen_hooks(firstiter, finalizer) (owned; null = None). */
  asyncGenFirstiter: PyObject | null = null;
  asyncGenFinalizer: PyObject | null = null;
  /** Set when shutdown starts: sys.modules is no longer consulted (warnings fall back to C printing). */
  finalizing = false;
  sources = new Map<string, string[]>();
  /** Source text of files the host does not hold (the stdlib zip's; set by the importer). */
  sourceText: ((filename: string) => string | null) | null = null;
  private interruptCounter = 0;

  constructor(host: Host) {
    this.host = host;
    // V8 treats a field never reassigned since construction as a constant and folds it into
    // optimized code; the first change of such a field then deoptimizes every compiled version of
    // the eval loop (measured: the first GC request did so mid-run). Reassigning it here, before
    // any code is optimized, makes `breaker` an ordinary mutable field from the start.
    this.breaker = BREAK_GC;
    this.breaker = 0;
    if (host.interrupted) this.breaker |= BREAK_INTERRUPT;
    bootstrap();
    setIntMaxStrDigits(4300);
    resetAddresses();
    resetGcState();
    this.install();
    this.modules = newDict();
    this.builtins = makeBuiltinsModule(this);
    this.builtinsDict = this.builtins.dict as PyDict;
    this.importFunc = this.builtinsDict.getStr('__import__');
    this.modules.setStr('builtins', this.builtins);
    this.sys = makeSysModule(this);
    this.modules.setStr('sys', this.sys);
    const gc = makeGcModule(this);
    this.modules.setStr('gc', gc);
    decref(gc);
  }

  /** Makes this VM the current runtime of the object layer. */
  install(): void {
    const vm = this;
    setRuntime({
      requestBreak() { vm.breaker |= BREAK_GC; },
      callFinalizer(o, fin) { vm.callFinalizer(o, fin); },
      onFree() {},
      gcCallbacks(phase, generation, collected, uncollectable) { vm.gcCallbacks(phase, generation, collected, uncollectable); },
      gcDebugLine(line) { vm.host.stderr(line + '\n'); },
      gcSaveGarbage(o) { A.callMethod(vm.gcGarbage, 'append', [o]); decref(None); },
      decref,
      tupleType: A.tupleTypeRef(),
    });
    vmHooks.callPython = (fn, args, kw) => vm.callPython(fn, args, kw);
    vmHooks.callFunctionWithSelf = (fn, self, args, kw) => vm.callFunctionWithSelf(fn, self, args, kw);
    vmHooks.currentGlobals = () => vm.top?.globals ?? null;
    vmHooks.zeroArgSuper = () => vm.zeroArgSuper();
    vmHooks.frameLocals = (f) => vm.frameLocals(f);
    vmHooks.frameTrace = (f, attr, v) => frameTraceAttr(vm, f, attr, v);
    vmHooks.frameLocalNames = (f) => vm.frameLocalNames(f);
    vmHooks.enterRecursive = (where) => {
      if (++vm.cdepth > vm_C_LIMIT) { vm.cdepth--; raise(PyExc.RecursionError, 'maximum recursion depth exceeded' + where); }
    };
    vmHooks.leaveRecursive = () => { vm.cdepth--; };
    vmHooks.mappingProxy = mappingProxy;
    vmHooks.round = roundImpl;
    vmHooks.sliceIndices = (s, n) => sliceIndices(s as PySlice, n);
    vmHooks.resumeFrame = (f, e) => vm.resumeFrame(f, e);
    setGenVM(vm);
    vmHooks.hasAttr = (o, n) => { const r = A.getAttrOpt(o, n); if (r) { decref(r); return true; } return false; };
    vmHooks.moduleByName = (n) => vm.modules.getStr(n);
    vmHooks.reversedList = (l) => newIter(listRevIterType, l, (l as PyList).items.length - 1);
    compileHooks.onWarning = (c, m, f, l) => vm.compileWarning(c, m, f, l);
    vmHooks.warn = (c, t, l) => warnText(vm, c, t, l);
    vmHooks.asyncGenHooks = () => [vm.asyncGenFirstiter, vm.asyncGenFinalizer];
    vmHooks.swapHandled = (v) => { const old = vm.handled; vm.handled = v; return old; };
    vmHooks.unawaitedCoroutine = (c, q) => warnUnawaitedCoroutine(vm, c, q);
  }

  /**
   * Reports a compile-time warning through the warnings filters; true when they turned it into an
   * exception (the compiler then raises SyntaxError instead).
   */
  compileWarning(category: 'SyntaxWarning' | 'DeprecationWarning', msg: string, filename: string, lineno: number): boolean {
    return compileWarning(this, category, msg, filename, lineno);
  }

  // ---- frames ------------------------------------------------------------------------------

  newPyFrame(fn: PyFunction, back: Frame | null): Frame {
    const code = fn.code;
    let f = code.freeFrame;
    if (f !== null) {
      code.freeFrame = f.nextFree;
      f.nextFree = null;
      f.reset(fn.globals, fn.builtins);
    } else f = new Frame(code, null, fn.globals, fn.builtins, null);
    code.ob_refcnt++;
    f.back = back;
    return f;
  }

  pushFrame(f: Frame): void {
    f.back = this.top;
    this.top = f;
    this.depth++;
  }

  /** The frame finished (return or exception): release what it owns. */
  popFrame(f: Frame): void {
    this.top = f.back;
    this.depth--;
    if (f.initObj !== null) { const o = f.initObj; f.initObj = null; decref(o); }
    const fo = f.frameObj;
    if (fo !== null && fo.ob_refcnt > 1) {
      // A frame object outlives the frame: it takes over the locals.
      const bottom = f.code.nlocalsplus;
      for (let i = bottom; i < f.sp; i++) { const v = f.lp[i]; f.lp[i] = null; if (v) decref(v); }
      f.sp = bottom;
      f.finished = true;
      if (f.back) { const bo = frameObjectOf(f.back); bo.ob_refcnt++; fo.back = bo; }
      f.frameObj = null;
      // The frame's reference to its code passes to the frame object (frame dealloc drops it):
      // f_code of a traceback's frame stays valid after the code's last other owner let go
      // (an exec()/eval() string's code).
      decref(fo);
      return;
    }
    releaseFrameSlots(f);
    // A frame object only this frame referenced (a traceback that was already dropped) dies here.
    if (fo !== null) { f.frameObj = null; if (--fo.ob_refcnt === 0) dealloc(fo); }
    // Nothing else can reach a plain finished frame (no frame object, no generator; a JS entry
    // frame's evalFrame returns right after popping it); its `back` stays readable until a later
    // call of the same code reuses it. Parked frames form a stack per code, so recursion and
    // callbacks from builtins (sorted(key=...), map) reuse their frames too.
    if (f.gen === null) { f.nextFree = f.code.freeFrame; f.code.freeFrame = f; }
    // (Written out: this site sees only code objects; decref's own feedback is megamorphic.)
    const code = f.code;
    if (--code.ob_refcnt === 0) dealloc(code);
  }

  /** Leaves a suspended generator frame (or one handed to a new generator) without clearing it. */
  popFrameKeep(f: Frame): void {
    this.top = f.back;
    this.depth--;
  }

  /** Resumes a generator's frame in a nested loop (exc: thrown in at the yield). */
  resumeFrame(f: Frame, exc: PyBaseException | null): PyObject {
    if (this.depth >= this.recursionLimit) raise(PyExc.RecursionError, 'maximum recursion depth exceeded');
    this.cdepth++;
    try {
      return evalFrame(this, f, exc);
    } finally {
      this.cdepth--;
    }
  }

  /** A frame that was created but never pushed (argument binding failed). */
  discardFrame(f: Frame): void {
    releaseFrameSlots(f);
    decref(f.code);
  }

  popFramesTo(entry: Frame): void {
    while (this.top && this.top !== entry.back) this.popFrame(this.top);
  }

  // ---- calling into Python from JS ----------------------------------------------------------

  /** Calls a Python function with borrowed args; returns a new reference. */
  callPython(fn: PyFunction, args: PyObject[], kwnames: readonly string[] | null): PyObject {
    const f = this.newPyFrame(fn, this.top);
    const n = args.length;
    if (fn.simple && kwnames === null && n === fn.argcount) {
      // Positional call of a plain function: the arguments go straight into its locals.
      const lp = f.lp;
      for (let i = 0; i < n; i++) { const a = args[i]!; a.ob_refcnt++; lp[i] = a; }
    } else {
      const owned = args.slice();
      for (const a of owned) a.ob_refcnt++;
      try {
        bindArgs(fn, f.lp, owned, 0, owned.length, kwnames);
      } catch (e) {
        this.discardFrame(f);
        throw e;
      }
    }
    fn.ob_refcnt++;
    f.funcObj = fn;
    return this.runFrame(f);
  }

  /** Runs a prepared frame in a nested interpreter loop. */
  runFrame(f: Frame): PyObject {
    if (this.depth >= this.recursionLimit) {
      this.discardFrame(f);
      if (f.funcObj) { const fo = f.funcObj; f.funcObj = null; decref(fo); }
      raise(PyExc.RecursionError, 'maximum recursion depth exceeded');
    }
    if (this.cdepth > vm_C_LIMIT) {
      this.discardFrame(f);
      raise(PyExc.RecursionError, 'maximum recursion depth exceeded while calling a Python object');
    }
    this.cdepth++;
    try {
      if (this.tracing) this.traceCall(f);
      return evalFrame(this, f);
    } finally {
      this.cdepth--;
    }
  }

  callFunctionWithSelf(fn: PyObject, self: PyObject, args: PyObject[], kwnames: readonly string[] | null): PyObject {
    const pf = fn as PyFunction;
    const n = args.length;
    if (pf.simple && kwnames === null && n + 1 === pf.argcount) {
      // A special method (__eq__, __getitem__, ...) of a plain function: self and the arguments
      // go straight into its locals, without the [self, ...args] array.
      const f = this.newPyFrame(pf, this.top);
      const lp = f.lp;
      self.ob_refcnt++;
      lp[0] = self;
      for (let i = 0; i < n; i++) { const a = args[i]!; a.ob_refcnt++; lp[i + 1] = a; }
      pf.ob_refcnt++;
      f.funcObj = pf;
      return this.runFrame(f);
    }
    return this.callPython(pf, [self, ...args], kwnames);
  }

  /** Executes a code object with the given namespace (module body, exec, class body). */
  execCode(code: PyCode, globals: PyDict, locals: PyObject, closure: PyObject | null = null): PyObject {
    // As CPython's PyEval_EvalCode, the code runs as a function made for the call: the frame owns
    // it (f_funcobj), so a frame kept by a traceback keeps the code alive through it too.
    const builtins = this.builtinsFor(globals);
    code.ob_refcnt++;
    const fn = newFunction(code, globals, builtins);
    const f = new Frame(code, fn, globals, builtins, locals);
    code.ob_refcnt++;
    locals.ob_refcnt++;
    if (closure) {
      const items = (closure as unknown as { items: PyObject[] }).items;
      const off = code.nlocalsplus - items.length;
      void off;
    }
    return this.runFrame(f);
  }

  builtinsFor(globals: PyDict): PyDict {
    const b = globals.getStr('__builtins__');
    if (b instanceof PyDict) return b;
    if (b instanceof PyModule) return b.dict as PyDict;
    return this.builtinsDict;
  }

  // ---- exceptions ----------------------------------------------------------------------------

  /**
   * _PyErr_GetTopmostException: the exception being handled (borrowed), looking through the
   * callers' states saved by running generators when this frame's own slot is empty.
   */
  topmostHandled(): PyObject | null {
    if (this.handled !== null && this.handled !== None) return this.handled;
    for (let f = this.top; f !== null; f = f.back) {
      const g = f.gen as PyGen | null;
      if (g !== null && g.excPrev !== null && g.excPrev !== None && g.state === 2) return g.excPrev;
    }
    return null;
  }

  addTraceback(e: PyBaseException, f: Frame): void {
    if (isNativeStandIn(f.code.co)) return;
    const fo = frameObjectOf(f);
    const tb = newTraceback(e.traceback as PyTraceback | null, fo, f.lasti, f.line());
    e.traceback = tb;
  }

  /** Prints an exception the way sys.excepthook does. */
  printException(e: PyBaseException): void {
    const text = formatException(e, (fn, l) => this.sourceLine(fn, l));
    this.host.stderr(text);
  }

  sourceLine(filename: string, lineno: number): string | null {
    let lines = this.sources.get(filename);
    if (!lines) {
      const src = this.sourceText?.(filename) ?? this.host.readFile(filename);
      if (src === null) return null;
      lines = src.split(/\r?\n/);
      this.sources.set(filename, lines);
    }
    return lines[lineno - 1] ?? null;
  }

  callFinalizer(o: PyObject, fin: (o: PyObject) => void): void {
    const saved = this.handled;
    try {
      fin(o);
    } catch (e) {
      if (!isException(e)) throw e;
      const del = lookup(o.type, '__del__');
      const what = del ? A.reprJS(del) : A.reprJS(o);
      this.host.stderr(`Exception ignored in: ${what}\n`);
      this.printException(e);
      decref(e);
    }
    void saved;
  }

  gcCallbacks(phase: 'start' | 'stop', generation: number, collected: number, uncollectable: number): void {
    const cbs = this.gcCallbacksList as unknown as { items: PyObject[] } | undefined;
    if (!cbs || !cbs.items.length) return;
    const info = newDict();
    const g = A.intObj(generation), c = A.intObj(collected), u = A.intObj(uncollectable);
    info.setStr('generation', g); info.setStr('collected', c); info.setStr('uncollectable', u);
    decref(g); decref(c); decref(u);
    const p = newStr(phase);
    try {
      for (const cb of cbs.items.slice()) decref(A.call(cb, [p, info]));
    } finally { decref(p); decref(info); }
  }

  // ---- eval breaker and debugging --------------------------------------------------------------

  handleBreaker(f: Frame): void {
    if (this.breaker & BREAK_GC) {
      this.breaker &= ~BREAK_GC;
      if (gcState.pending && gcState.enabled) collectGenerations();
    }
    // The host's interrupt check is polled every 1024 eval-breaker passes (cheap, and still
    // well under a millisecond apart in a tight loop).
    if ((this.breaker & BREAK_INTERRUPT) && (++this.interruptCounter & 1023) === 0 && this.host.interrupted!()) {
      raiseWith(PyExc.KeyboardInterrupt!, null);
    }
    if (this.hook) this.hook.onBreaker(this, f);
    if (this.breaker & BREAK_ENGINES) {
      this.breaker &= ~BREAK_ENGINES;
      if (this.engineBreak) this.engineBreak(f);
    }
  }

  /** tracemalloc start/stop: exact lasti in every frame while on (takes effect at the next breaker point). */
  setKeepLasti(on: boolean): void {
    this.keepLasti = on;
    this.tracing = on || (this.hook !== null && this.hook.wantsInstructions());
    this.breaker |= BREAK_ENGINES;
  }

  traceInstruction(f: Frame, offset: number): void {
    if (this.hook) this.hook.onInstruction(this, f, offset);
  }
  traceCall(f: Frame): void {
    if (this.hook) this.hook.onCall(this, f);
  }
  traceReturn(f: Frame, value: PyObject): void {
    if (this.hook) this.hook.onReturn(this, f, value);
  }
  traceException(f: Frame, e: PyBaseException): void {
    if (this.hook) this.hook.onException(this, f, e);
  }
  traceExceptionMore(f: Frame, e: PyBaseException, reraised: boolean): void {
    if (this.hook?.onExceptionMore) this.hook.onExceptionMore(this, f, e, reraised);
  }
  traceUnwind(f: Frame): void {
    if (this.hook?.onUnwind) this.hook.onUnwind(this, f);
  }

  /** Attaches or detaches the debug hook; stepping turns `tracing` on (checked at breaker points). */
  setHook(h: DebugHook | null): void {
    this.hook = h;
    this.tracing = (h !== null && h.wantsInstructions()) || this.keepLasti;
    this.breaker |= BREAK_PAUSE;
  }

  // ---- modules and imports -------------------------------------------------------------------

  /** The import system (src/vm/runtime/importer), created on first use. */
  get importer(): Importer {
    return (this._importer ??= new Importer(this));
  }
  private _importer: Importer | null = null;

  /** The original `builtins.__import__`; IMPORT_NAME takes the direct path while it is in place. */
  private importFunc: PyObject | null = null;

  /**
   * IMPORT_NAME: the frame's `__import__` builtin. While it is the original, the importer is called
   * directly; a replacement (`builtins.__import__ = hook`) is called as CPython calls it:
   * `(name, globals, locals or None, fromlist, level)`. A new reference.
   */
  importName(name: string, f: Frame, fromlist: PyObject, level: PyObject): PyObject {
    const imp = f.builtins.getStr('__import__');
    if (imp === null) raise(PyExc.ImportError, '__import__ not found');
    if (imp === this.importFunc) {
      return this.importer.importName(name, f.globals, fromlist, level instanceof PyInt ? Number(level.v) : 0);
    }
    const args = [newStr(name), f.globals, f.locals ?? None, fromlist, level];
    try {
      return A.call(imp, args);
    } finally {
      decref(args[0]!);
    }
  }

  /** The module named `name` (absolute), imported if needed; a new reference. */
  importModule(name: string): PyObject {
    return this.importer.gcdImport(name);
  }

  importFrom(m: PyObject, name: string): PyObject {
    return this.importer.importFrom(m, name);
  }

  importStar(f: Frame, m: PyObject): void {
    this.importer.importStar(f.locals, m);
  }

  displayHook(v: PyObject): void {
    this.host.stdout(A.reprJS(v) + '\n');
    this.builtinsDict.setStr('_', v);
  }

  /** Set by src/vm/index.ts when the compiler is available. */
  compileSource: ((src: string, filename: string) => CodeObject) | null = null;

  // ---- running programs -----------------------------------------------------------------------

  /**
   * Runs a module-level code object as __main__; returns the exit status (0, 1 for an uncaught
   * exception, or SystemExit's code).
   */
  runMain(co: CodeObject, filename: string): number {
    this.install();
    const m = newModule('__main__');
    this.mainModule = m;
    this.importer.initSysPath(filename);
    this.modules.setStr('__main__', m);
    const d = m.dict as PyDict;
    // CPython's __main__ of a script: __annotations__ before __builtins__, __cached__ = None last.
    const ann = newDict();
    d.setStr('__annotations__', ann);
    decref(ann);
    d.setStr('__builtins__', this.builtins);
    const fn = newStr(filename);
    d.setStr('__file__', fn);
    decref(fn);
    d.setStr('__cached__', None);
    const fresh: PyObject[] = [];
    const code = newCode(co, new Map(), fresh);
    // CPython keeps the parser's AST arena (one reference to each literal object) alive while
    // the main module runs.
    for (const o of fresh) { o.ob_refcnt++; this.arena.push(o); }
    let status = 0;
    try {
      const r = this.execCode(code, d, d);
      decref(r);
    } catch (e) {
      if (!isException(e)) throw e;
      status = this.handleUncaught(e);
    } finally {
      decref(code);
    }
    const arena = this.arena;
    this.arena = [];
    for (const o of arena) decref(o);
    return status;
  }

  handleUncaught(e: PyBaseException): number {
    if (e.type.isSubtype(PyExc.SystemExit!)) {
      const args = e.args.items;
      let status = 0;
      if (args.length === 0 || args[0] === None) status = 0;
      else if (args[0] instanceof PyInt) status = Number(args[0].v) & 0xff;
      else { this.host.stderr(A.strJS(args.length === 1 ? args[0]! : e.args) + '\n'); status = 1; }
      decref(e);
      return status;
    }
    // An uncaught KeyboardInterrupt ends CPython by SIGINT (pymain's exit_sigint), not by exit(1):
    // the status stays 1 here and exitSignal tells a process host (the CLI) to end that way.
    if (e.type.isSubtype(PyExc.KeyboardInterrupt!)) this.exitSignal = 2;
    this.printException(e);
    decref(e);
    return 1;
  }

  /** The signal an uncaught exception asks the process to end by (2, SIGINT, for
   * KeyboardInterrupt), else 0. */
  exitSignal = 0;

  /**
   * atexit callbacks, last registered first, before any module is torn down (Py_FinalizeEx calls
   * _PyAtExit_Call first); a failing one is reported as unraisable and the rest still run.
   */
  runExitFuncs(): void {
    const mod = this.modules.getStr('atexit');
    const handlers = mod && mod.dict instanceof PyDict ? mod.dict.getStr('_exithandlers') : null;
    if (!(handlers instanceof PyList)) return;
    while (handlers.items.length) {
      const entry = A.callMethod(handlers, 'pop', []);
      try {
        const [func, args, kwargs] = (entry as PyTuple).items as [PyObject, PyTuple, PyDict];
        const kwnames: string[] = [];
        const callArgs = args.items.slice();
        for (const [k, v] of dictItems(kwargs)) { kwnames.push((k as PyStr).s); callArgs.push(v); }
        try {
          decref(A.call(func, callArgs, kwnames.length ? kwnames : null));
        } catch (e) {
          if (!isException(e)) throw e;
          this.host.stderr(`Exception ignored in atexit callback: ${A.reprJS(func)}\n`);
          this.printException(e);
          decref(e);
        }
      } finally {
        decref(entry);
      }
    }
  }

  /** Interpreter shutdown: clears __main__ (running __del__s) the way Py_Finalize does, roughly. */
  finalize(): void {
    this.runExitFuncs();
    const m = this.mainModule;
    if (!m) return;
    this.finalizing = true;
    this.mainModule = null;
    // Py_FinalizeEx (finalize_modules): __main__ leaves sys.modules; if nothing else keeps the
    // module, it is freed and a collection runs the finalizers of what only cycles kept alive
    // (with the globals still intact); a module still alive afterwards gets its dict cleared
    // (_PyModule_ClearDict: names with a single leading underscore first, then the rest).
    m.ob_refcnt++;
    this.modules.delStr('__main__');
    decref(m);
    const alive = m.ob_refcnt > 1;
    if (!alive) { decref(m); collect(2); clearWarningsState(this); return; }
    collect(2);
    const d = m.dict as PyDict;
    const clear = (pred: (name: string) => boolean) => {
      for (let i = 0; i < d.ks.length; i++) {
        const k = d.ks[i];
        if (k === null || !(k instanceof PyStr) || !pred(k.s) || d.vs[i] === None) continue;
        const v = d.vs[i]!;
        None.ob_refcnt++;
        d.vs[i] = None;
        decref(v);
      }
    };
    clear((n) => n[0] === '_' && n[1] !== '_');
    clear((n) => n !== '__builtins__');
    decref(m);
    clearWarningsState(this);
  }

  writeStdout(text: string): void {
    this.host.stdout(text);
  }

  /** locals(): the namespace of module/class frames, a snapshot dict for function frames. */
  frameLocals(f: Frame): PyObject {
    if (f.locals) { f.locals.ob_refcnt++; return f.locals; }
    const d = newDict();
    const names = f.code.co.co_localsplusnames;
    const kinds = f.code.kinds;
    for (let i = 0; i < names.length; i++) {
      let v = f.lp[i] ?? null;
      if (v && (kinds[i]! & 0xc0) && v instanceof PyCell) v = v.ref;
      if (v) d.setStr(names[i]!, v);
    }
    return d;
  }

  frameLocalNames(f: Frame): string[] {
    if (f.locals instanceof PyDict) return f.locals.ks.filter((k) => k instanceof PyStr).map((k) => (k as PyStr).s);
    const names = f.code.co.co_localsplusnames;
    return names.filter((_, i) => f.lp[i] !== null && f.lp[i] !== undefined);
  }

  /** builtins.__build_class__(func, name, *bases, metaclass=..., **kwds). */
  buildClass(args: PyObject[], kw: readonly string[] | null): PyObject {
    const npos = args.length - (kw ? kw.length : 0);
    if (npos < 2) raise(PyExc.TypeError, '__build_class__: not enough arguments');
    const func = args[0]!;
    if (!(func instanceof PyFunction)) raise(PyExc.TypeError, '__build_class__: func must be a function');
    const name = args[1]!;
    if (!(name instanceof PyStr)) raise(PyExc.TypeError, '__build_class__: name is not a string');
    const origBases = args.slice(2, npos);
    const bases = updateBases(origBases);
    const changed = bases !== origBases;
    const basesT = tupleFrom(bases);
    if (changed) for (const b of bases) decref(b);
    let meta = null as PyObject | null;
    const kwNames: string[] = [];
    const kwVals: PyObject[] = [];
    (kw ?? []).forEach((k, i) => {
      if (k === 'metaclass') meta = args[npos + i]!;
      else { kwNames.push(k); kwVals.push(args[npos + i]!); }
    });
    let isClass = false;
    if (meta === null) { meta = bases.length ? bases[0]!.type : typeType(); isClass = true; }
    else isClass = meta instanceof PyType;
    if (isClass) {
      let winner = meta as PyType;
      for (const b of bases) {
        const bt = b.type;
        if (winner.isSubtype(bt)) continue;
        if (bt.isSubtype(winner)) { winner = bt; continue; }
        decref(basesT);
        raise(PyExc.TypeError, 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
      }
      meta = winner;
    }
    let ns: PyObject;
    const prep = A.getAttrOpt(meta!, '__prepare__');
    try {
      if (prep) {
        try { ns = A.call(prep, [name, basesT, ...kwVals], kwNames.length ? kwNames : null); } finally { decref(prep); }
      } else ns = newDict();
    } catch (e) { decref(basesT); throw e; }
    try {
      const f = new Frame(func.code, null, func.globals, func.builtins, ns);
      func.code.ob_refcnt++;
      ns.ob_refcnt++;
      func.ob_refcnt++;
      f.funcObj = func;
      const cell = this.runFrame(f);
      try {
        if (changed) {
          const ob = tupleFrom(origBases);
          try { A.setItem(ns, newStr('__orig_bases__'), ob); } finally { decref(ob); }
        }
        const cls = A.call(meta!, [name, basesT, ns, ...kwVals], kwNames.length ? kwNames : null);
        if (cell instanceof PyCell && cell.ref !== cls && cls instanceof PyType) {
          if (cell.ref === null) { cls.ob_refcnt++; cell.ref = cls; }
        }
        return cls;
      } finally { decref(cell); }
    } finally {
      decref(ns);
      decref(basesT);
    }
  }

  execOrEval(args: PyObject[], mode: 'exec' | 'eval'): PyObject {
    const src = args[0];
    if (!(src instanceof PyStr)) raise(PyExc.TypeError, `${mode}() arg 1 must be a string, bytes or code object`);
    if (!this.compileEval) raise(PyExc.NotImplementedError, `${mode}() needs the Bytescope compiler`);
    const co = this.compileEval(src.s, '<string>', mode);
    const code = newCode(co);
    const g = (args[1] instanceof PyDict ? args[1] : this.top!.globals) as PyDict;
    const l = args[2] ?? (args[1] instanceof PyDict ? args[1] : (this.top!.locals ?? g));
    if (!g.getStr('__builtins__')) g.setStr('__builtins__', this.builtins);
    try {
      const r = this.execCode(code, g, l);
      if (mode === 'exec') { decref(r); None.ob_refcnt++; return None; }
      return r;
    } finally { decref(code); }
  }

  compileEval: ((src: string, filename: string, mode: 'exec' | 'eval') => CodeObject) | null = null;

  /** super() without arguments: (__class__ cell contents, first argument) of the calling frame. */
  zeroArgSuper(): [PyObject, PyObject] {
    const f = this.top;
    if (!f || f.code.co.co_argcount === 0) raise(PyExc.RuntimeError, 'super(): no arguments');
    let self = f.lp[0] ?? null;
    if (self instanceof PyCell && (f.code.kinds[0]! & 0x40)) self = self.ref;
    if (!self) raise(PyExc.RuntimeError, 'super(): arg[0] deleted');
    const names = f.code.co.co_localsplusnames;
    for (let i = 0; i < names.length; i++) {
      if (names[i] === '__class__' && (f.code.kinds[i]! & 0x80)) {
        const c = f.lp[i] as PyCell | null;
        if (!c || !c.ref) raise(PyExc.RuntimeError, 'super(): empty __class__ cell');
        if (!(c.ref instanceof PyType)) raise(PyExc.RuntimeError, 'super(): __class__ is not a type');
        return [c.ref, self];
      }
    }
    raise(PyExc.RuntimeError, 'super(): __class__ cell not found');
  }

  /** Adds a type's qualified name for messages. */
  typeName(t: PyType): string {
    return t.name;
  }

  setTracebackOf(e: PyBaseException, tb: PyObject | null): void {
    setTraceback(e, tb);
  }
}

/**
 * PEP 560 update_bases: every base that is not a type and has `__mro_entries__` is replaced by the
 * tuple that method returns for the original bases. Returns `bases` itself when nothing changed,
 * else a new array of new references.
 */
function updateBases(bases: PyObject[]): PyObject[] {
  let out: PyObject[] | null = null;
  let origT: PyObject | null = null;
  try {
    for (let i = 0; i < bases.length; i++) {
      const b = bases[i]!;
      const meth = b instanceof PyType ? null : A.getAttrOpt(b, '__mro_entries__');
      if (meth === null) {
        if (out) { b.ob_refcnt++; out.push(b); }
        continue;
      }
      if (!out) {
        out = bases.slice(0, i);
        for (const x of out) x.ob_refcnt++;
      }
      if (!origT) origT = tupleFrom(bases);
      let r: PyObject;
      try { r = A.call(meth, [origT]); } finally { decref(meth); }
      if (!(r instanceof PyTuple)) { decref(r); raise(PyExc.TypeError, '__mro_entries__ must return a tuple'); }
      for (const x of r.items) { x.ob_refcnt++; out.push(x); }
      decref(r);
    }
  } catch (e) {
    if (out) for (const x of out) decref(x);
    throw e;
  } finally {
    if (origT) decref(origT);
  }
  return out ?? bases;
}

/** Frames of code that stands in for CPython's C modules — the VM's own Python sources
 * (`<bytescope:NAME>`, modules/pysource.ts), Lib/_pydatetime.py behind `_datetime`, and the
 * pure-Python asyncio Future and Task classes (Lib/asyncio/futures.py, tasks.py) where CPython
 * uses `_asyncio`'s — get no traceback entries: CPython's tracebacks have none for C functions. */
function isNativeStandIn(co: { co_filename: string; co_qualname: string }): boolean {
  const filename = co.co_filename;
  if (filename.startsWith('<bytescope:') || filename.endsWith('/_pydatetime.py')) return true;
  if (filename.endsWith('/asyncio/futures.py')) return co.co_qualname.startsWith('Future.');
  if (filename.endsWith('/asyncio/tasks.py')) return co.co_qualname.startsWith('Task.');
  return false;
}
