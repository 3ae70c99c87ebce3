/**
 * The `sys` module: thin bindings over the VM (refcounts, sizes, recursion limit, frames, exit).
 */
import type { PyObject } from '../objects/object';
import { isImmortal, IMMORTAL_REPORTED, makeImmortal } from '../objects/object';
import type { VM } from '../runtime/vm';
import { PyModule, newModule } from '../objects/module';
import { PyDict } from '../objects/dict';
import { PyStr, newStr, internExisting } from '../objects/str';
import { newInt, intFrom, boolObj, intMaxStrDigits, setIntMaxStrDigits } from '../objects/int';
import { tupleSteal, tupleFrom } from '../objects/tuple';
import { newFloat, PyFloat } from '../objects/float';
import { listSteal } from '../objects/list';
import { None } from '../objects/singletons';
import { newBuiltin, defMethods, type NativeFn } from '../objects/builtin_function';
import { makeStaticType, objectType, lookup, TF_HAVE_GC, PyType, managedPreHeader, slotTable } from '../objects/type';
import { PyInstance } from '../objects/instance';
import { frameObjectOf } from '../objects/frame';
import { installSysEngines } from './sys_engines';
import { raise, raiseWith, PyExc } from '../runtime/errors';
import { decref, xdecref } from '../runtime/refcount';
import * as A from '../runtime/abstract';
import { setTrace, sysTraceOf } from '../runtime/systrace';
import { nargs, bindArgs } from '../runtime/args';
import { structSeq, namespace } from '../objects/views';
import { newDict } from '../objects/dict';
import { PyBaseException } from '../objects/exceptions';
import { newBytes } from '../objects/bytes';
import { defGetSet } from '../objects/descriptors';

let textIOType: PyType | null = null;
const auditHooks = new WeakMap<VM, PyObject[]>();
let switchInterval = 0.005;

class PyTextIO extends PyInstance {
  constructor(t: PyType, readonly which: 'stdout' | 'stderr', readonly vm: VM) { super(t); }
}

function textIO(vm: VM, which: 'stdout' | 'stderr'): PyObject {
  if (!textIOType) {
    textIOType = makeStaticType('TextIOWrapper', objectType, {}, { module: '_io' });
    textIOType.tdict = makeImmortal(newDict());
    textIOType.slots = slotTable({ ...objectType.slots, repr: (o) => newStr(`<_io.TextIOWrapper name='<${(o as PyTextIO).which}>' mode='w' encoding='utf-8'>`) });
    defMethods(textIOType, {
      write: (self, args) => {
        nargs('write', args, 1, 1);
        const s = args[0]!;
        if (!(s instanceof PyStr)) raise(PyExc.TypeError, `write() argument must be str, not ${s.type.name}`);
        const io = self as PyTextIO;
        if (io.which === 'stdout') io.vm.writeStdout(s.s); else io.vm.host.stderr(s.s);
        return newInt(s.n);
      },
      flush: () => { None.ob_refcnt++; return None; },
      isatty: () => boolObj(false),
      fileno: (self) => newInt((self as PyTextIO).which === 'stdout' ? 1 : 2),
      writelines: (self, args) => {
        nargs('writelines', args, 1, 1);
        const io = self as PyTextIO;
        for (const line of A.toArray(args[0]!)) {
          try {
            if (!(line instanceof PyStr)) raise(PyExc.TypeError, `write() argument must be str, not ${line.type.name}`);
            if (io.which === 'stdout') io.vm.writeStdout(line.s); else io.vm.host.stderr(line.s);
          } finally { decref(line); }
        }
        None.ob_refcnt++;
        return None;
      },
      writable: () => boolObj(true),
      readable: () => boolObj(false),
      seekable: () => boolObj(false),
    });
    const attr = (name: string, v: (o: PyTextIO) => PyObject) => defGetSet(textIOType!, name, (o) => v(o as PyTextIO));
    attr('name', (o) => newStr(`<${o.which}>`));
    attr('mode', () => newStr('w'));
    attr('encoding', () => newStr('utf-8'));
    attr('errors', (o) => newStr(o.which === 'stderr' ? 'backslashreplace' : stdioErrors(o.vm)));
    attr('closed', () => boolObj(false));
    attr('line_buffering', () => boolObj(false));
    attr('newlines', () => { None.ob_refcnt++; return None; });
  }
  return new PyTextIO(textIOType, which, vm);
}

/**
 * The error handler of sys.stdout/stdin (config_get_stdio_errors): surrogateescape in UTF-8 mode
 * and in the C/POSIX locale or the locales CPython coerces it to (C.UTF-8), else strict.
 */
function stdioErrors(vm: VM): string {
  const env = vm.host.env?.() ?? {};
  if (env.PYTHONUTF8 === '1') return 'surrogateescape';
  const loc = env.LC_ALL || env.LC_CTYPE || env.LANG || 'C';
  return loc === 'C' || loc === 'POSIX' || /^C\.(UTF-?8|utf-?8)$/.test(loc) ? 'surrogateescape' : 'strict';
}

/** What sys.stdin (and its .buffer) took from the host but has not handed out yet: read(n) may
 * stop inside a line. One per VM, shared with input() (stdinReadLine). */
class StdinState {
  pending = '';
  eof = false;
  constructor(readonly vm: VM) {}
  /** The next piece from the host ('' at end of input). */
  private pull(): string {
    if (this.eof) return '';
    const got = this.vm.host.readLine('');
    if (got === null || got === '') { this.eof = true; return ''; }
    return got;
  }
  /** One line with its newline; the unterminated rest at end of input; '' at end of input. */
  line(): string {
    const nl = this.pending.indexOf('\n');
    if (nl >= 0) { const l = this.pending.slice(0, nl + 1); this.pending = this.pending.slice(nl + 1); return l; }
    const l = this.pending + this.pull();
    this.pending = '';
    return l;
  }
  /** Up to n characters (all that is left when n < 0). */
  read(n: number): string {
    if (n < 0) {
      let t = this.pending;
      this.pending = '';
      for (let g = this.pull(); g !== ''; g = this.pull()) t += g;
      return t;
    }
    while (this.pending.length < n) {
      const g = this.pull();
      if (g === '') break;
      this.pending += g;
    }
    const r = this.pending.slice(0, n);
    this.pending = this.pending.slice(n);
    return r;
  }
}

const stdinStates = new WeakMap<VM, StdinState>();
function stdinState(vm: VM): StdinState {
  let st = stdinStates.get(vm);
  if (!st) { st = new StdinState(vm); stdinStates.set(vm, st); }
  return st;
}

/** input()'s line (newline kept; null at end of input) after writing the prompt: from the host,
 * from what sys.stdin read ahead, or from the object a program bound to sys.stdin (its readline(),
 * the prompt then going to sys.stdout), as bltinmodule.c's input does for non-console streams. */
export function inputLine(vm: VM, prompt: string): string | null {
  const sys = vm.modules.getStr('sys');
  const fin = sys ? (sys.dict as PyDict | null)?.getStr('stdin') ?? null : null;
  if (fin === None) raise(PyExc.RuntimeError, 'input(): lost sys.stdin');
  if (fin === null || fin instanceof PyStdin && !fin.binary) {
    const st = stdinStates.get(vm);
    if (!st || (!st.pending && !st.eof)) return vm.host.readLine(prompt);
    if (prompt) vm.writeStdout(prompt);
    const l = st.line();
    return l === '' ? null : l;
  }
  if (prompt) {
    const out = printTarget(vm);
    if (out === null) vm.writeStdout(prompt);
    else if (out !== None) { const p = newStr(prompt); try { decref(A.callMethod(out, 'write', [p])); } finally { decref(p); } }
  }
  const r = A.callMethod(fin, 'readline', []);
  try {
    if (!(r instanceof PyStr)) raise(PyExc.TypeError, 'object.readline() returned non-string');
    return r.s === '' ? null : r.s;
  } finally { decref(r); }
}

let stdinTextType: PyType | null = null;
let stdinBufferType: PyType | null = null;

class PyStdin extends PyInstance {
  constructor(t: PyType, readonly st: StdinState, readonly binary: boolean) { super(t); }
}

function stdinResult(o: PyStdin, text: string): PyObject {
  return o.binary ? newBytes(new TextEncoder().encode(text)) : newStr(text);
}

function sizeArg(name: string, args: PyObject[]): number {
  nargs(name, args, 0, 1);
  const a = args[0];
  return a === undefined || a === None ? -1 : Number(A.asSize(a));
}

/** sys.stdin (an `_io.TextIOWrapper` reading the host's input) or its `.buffer` (`_io.BufferedReader`). */
function stdinIO(vm: VM, binary: boolean): PyObject {
  if (!stdinTextType) {
    const mk = (name: string, repr: string) => {
      const t = makeStaticType(name, objectType, {}, { module: '_io' });
      t.tdict = makeImmortal(newDict());
      t.slots = slotTable({
        ...objectType.slots,
        repr: () => newStr(repr),
        iter: (o) => { o.ob_refcnt++; return o; },
        iternext: (o) => { const l = (o as PyStdin).st.line(); return l === '' ? null : stdinResult(o as PyStdin, l); },
      });
      defMethods(t, {
        read: (self, args) => stdinResult(self as PyStdin, (self as PyStdin).st.read(sizeArg('read', args))),
        readline: (self, args) => {
          const n = sizeArg('readline', args);
          const st = (self as PyStdin).st;
          let l = st.line();
          if (n >= 0 && l.length > n) { st.pending = l.slice(n) + st.pending; l = l.slice(0, n); }
          return stdinResult(self as PyStdin, l);
        },
        readlines: (self) => {
          const out: PyObject[] = [];
          for (let l = (self as PyStdin).st.line(); l !== ''; l = (self as PyStdin).st.line()) out.push(stdinResult(self as PyStdin, l));
          return listSteal(out);
        },
        __iter__: (self) => { self!.ob_refcnt++; return self!; },
        __next__: (self) => {
          const l = (self as PyStdin).st.line();
          if (l === '') raiseWith(PyExc.StopIteration!, null);
          return stdinResult(self as PyStdin, l);
        },
        __enter__: (self) => { self!.ob_refcnt++; return self!; },
        __exit__: () => { None.ob_refcnt++; return None; },
        fileno: () => newInt(0),
        isatty: () => boolObj(false),
        readable: () => boolObj(true),
        writable: () => boolObj(false),
        seekable: () => boolObj(false),
        flush: () => { None.ob_refcnt++; return None; },
        close: () => { None.ob_refcnt++; return None; },
      });
      return t;
    };
    stdinTextType = mk('TextIOWrapper', "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>");
    stdinBufferType = mk('BufferedReader', "<_io.BufferedReader name='<stdin>'>");
    const attr = (t: PyType, name: string, v: (o: PyStdin) => PyObject) => defGetSet(t, name, (o) => v(o as PyStdin));
    attr(stdinTextType, 'name', () => newStr('<stdin>'));
    attr(stdinTextType, 'mode', () => newStr('r'));
    attr(stdinTextType, 'encoding', () => newStr('utf-8'));
    attr(stdinTextType, 'errors', (o) => newStr(stdioErrors(o.st.vm)));
    attr(stdinTextType, 'closed', () => boolObj(false));
    attr(stdinTextType, 'buffer', (o) => new PyStdin(stdinBufferType!, o.st, true));
    attr(stdinBufferType, 'name', () => newStr('<stdin>'));
    attr(stdinBufferType, 'mode', () => newStr('rb'));
    attr(stdinBufferType, 'closed', () => boolObj(false));
  }
  return new PyStdin(binary ? stdinBufferType! : stdinTextType, stdinState(vm), binary);
}

/**
 * Where print() without file= writes: null = the VM's own stdout (sys.stdout untouched, the
 * fast path), else the object now bound to sys.stdout (None: print writes nothing).
 */
export function printTarget(vm: VM): PyObject | null {
  const sys = vm.modules.getStr('sys');
  const out = sys ? (sys.dict as PyDict | null)?.getStr('stdout') ?? null : null;
  if (out === null || (out instanceof PyTextIO && out.which === 'stdout')) return null;
  return out;
}

/** sys.getsizeof without the default argument handling. */
export function sizeOf(o: PyObject): number {
  const t = o.type;
  let size: number;
  const custom = lookup(t, '__sizeof__');
  if (custom && t.isHeap() && custom.type.name === 'function') {
    const r = A.callDescr(custom, o, []);
    size = Number(A.asSize(r));
    decref(r);
  } else {
    const f = t.slots.sizeof;
    size = f ? f(o) : t.basicsize;
  }
  if (t.tpFlags & TF_HAVE_GC) size += 16;
  return size + managedPreHeader(t);
}

export function makeSysModule(vm: VM): PyModule {
  const m = newModule('sys', newStr('This module provides access to some objects used or maintained by the\ninterpreter and to functions that interact strongly with the interpreter.'));
  const d = m.dict as PyDict;
  const F: Record<string, NativeFn> = {
    getrefcount: (_s, args) => {
      nargs('getrefcount', args, 1, 1, true);
      const o = args[0]!;
      return intFrom(isImmortal(o) ? IMMORTAL_REPORTED : o.ob_refcnt);
    },
    getsizeof: (_s, args) => {
      nargs('getsizeof', args, 1, 2);
      return newInt(sizeOf(args[0]!));
    },
    getrecursionlimit: () => newInt(vm.recursionLimit),
    settrace: (_s, args) => {
      nargs('settrace', args, 1, 1, true);
      setTrace(vm, args[0]!);
      None.ob_refcnt++;
      return None;
    },
    gettrace: () => { const g = sysTraceOf(vm)?.global ?? None; g.ob_refcnt++; return g; },
    // Audit hooks: called for sys.audit() events raised by Python code (the VM's own operations
    // raise no events).
    addaudithook: (_s, args) => {
      nargs('addaudithook', args, 1, 1, true);
      const h = args[0]!;
      h.ob_refcnt++;
      (auditHooks.get(vm) ?? auditHooks.set(vm, []).get(vm)!).push(h);
      None.ob_refcnt++;
      return None;
    },
    audit: (_s, args) => {
      if (args.length < 1) raise(PyExc.TypeError, 'audit() missing 1 required positional argument: \'event\'');
      const ev = args[0]!;
      const hooks = auditHooks.get(vm);
      // With no hook installed CPython returns before looking at the event.
      if (hooks && hooks.length) {
        if (!(ev instanceof PyStr)) raise(PyExc.TypeError, `expected str for argument 'event', not ${ev.type.name}`);
        const rest = tupleFrom(args.slice(1));
        try {
          for (const h of hooks.slice()) decref(A.call(h, [ev, rest]));
        } finally { decref(rest); }
      }
      None.ob_refcnt++;
      return None;
    },
    // Always False: the VM does not report its shutdown phase (objects freed then see False).
    is_finalizing: () => boolObj(false),
    get_asyncgen_hooks: () => {
      const a = vm.asyncGenFirstiter ?? None, b = vm.asyncGenFinalizer ?? None;
      a.ob_refcnt++; b.ob_refcnt++;
      return structSeq('asyncgen_hooks', ['firstiter', 'finalizer'], [a, b]);
    },
    set_asyncgen_hooks: (_s, args, kw) => {
      const [fi, fin] = bindArgs('set_asyncgen_hooks', args, kw, ['firstiter', 'finalizer'], 0);
      if (fin !== null && fin !== None && !fin.type.slots.call) raise(PyExc.TypeError!, `callable finalizer expected, got ${fin.type.name}`);
      if (fi !== null && fi !== None && !fi.type.slots.call) raise(PyExc.TypeError!, `callable firstiter expected, got ${fi.type.name}`);
      const put = (v: PyObject | null, which: 'asyncGenFirstiter' | 'asyncGenFinalizer') => {
        if (v === null) return;
        const old = vm[which];
        if (v === None) vm[which] = null; else { v.ob_refcnt++; vm[which] = v; }
        xdecref(old);
      };
      put(fin, 'asyncGenFinalizer');
      put(fi, 'asyncGenFirstiter');
      None.ob_refcnt++;
      return None;
    },
    get_int_max_str_digits: (_s, args) => {
      nargs('get_int_max_str_digits', args, 0, 0, true);
      return newInt(intMaxStrDigits);
    },
    set_int_max_str_digits: (_s, args, kw) => {
      const [v] = bindArgs('set_int_max_str_digits', args, kw, ['maxdigits'], 1);
      const n = A.asSize(v!);
      if (n !== 0 && n < 640) raise(PyExc.ValueError, 'maxdigits must be 0 or larger than 640');
      setIntMaxStrDigits(n);
      None.ob_refcnt++;
      return None;
    },
    setrecursionlimit: (_s, args) => {
      nargs('setrecursionlimit', args, 1, 1, true);
      const n = A.asSize(args[0]!);
      if (n < 1) raise(PyExc.ValueError, 'recursion limit must be greater or equal than 1');
      if (n <= vm.depth) raise(PyExc.RecursionError, `cannot set the recursion limit to ${n} at the recursion depth ${vm.depth}: the limit is too low`);
      vm.recursionLimit = n;
      None.ob_refcnt++;
      return None;
    },
    intern: (_s, args) => {
      nargs('intern', args, 1, 1, true);
      const s = args[0]!;
      if (!(s instanceof PyStr) || s.type.name !== 'str') raise(PyExc.TypeError, `intern() argument must be str, not ${s.type.name}`);
      const r = internExisting(s);
      r.ob_refcnt++;
      return r;
    },
    _getframe: (_s, args) => {
      let depth = args.length ? A.asSize(args[0]!) : 0;
      let f = vm.top;
      while (depth-- > 0 && f) f = f.back;
      if (!f) raise(PyExc.ValueError, 'call stack is not deep enough');
      const fo = frameObjectOf(f);
      fo.ob_refcnt++;
      return fo;
    },
    exit: (_s, args) => raiseWith(PyExc.SystemExit!, args.length ? args[0]! : null),
    exc_info: () => {
      const e = vm.topmostHandled();
      if (!e) { None.ob_refcnt += 3; return tupleSteal([None, None, None]); }
      e.type.ob_refcnt++; e.ob_refcnt++;
      const tb = (e as { traceback?: PyObject | null }).traceback ?? None;
      tb.ob_refcnt++;
      return tupleSteal([e.type, e, tb]);
    },
    exception: () => { const e = vm.topmostHandled() ?? None; e.ob_refcnt++; return e; },
    getdefaultencoding: () => newStr('utf-8'),
    getfilesystemencoding: () => newStr('utf-8'),
    getfilesystemencodeerrors: () => newStr('surrogateescape'),
    getswitchinterval: () => newFloat(switchInterval),
    setswitchinterval: (_s, args) => {
      nargs('setswitchinterval', args, 1, 1, true);
      const v = args[0]!;
      const x = v.type.slots.float ? (v.type.slots.float(v) as PyFloat) : null;
      if (!x) raise(PyExc.TypeError, `must be real number, not ${v.type.name}`);
      const d = x.v;
      decref(x);
      if (d <= 0) raise(PyExc.ValueError, 'switch interval must be strictly positive');
      switchInterval = d;
      None.ob_refcnt++;
      return None;
    },
    getallocatedblocks: () => newInt(0),
    excepthook: (_s, args) => {
      nargs('excepthook', args, 3, 3, true);
      if (args[1] instanceof PyBaseException) vm.printException(args[1]);
      None.ob_refcnt++;
      return None;
    },
  };
  for (const name in F) {
    const f = newBuiltin(name, F[name]!, null);
    d.setStr(name, f);
    decref(f);
  }
  const set = (k: string, v: PyObject) => { d.setStr(k, v); decref(v); };
  const hook = d.getStr('excepthook');
  if (hook) d.setStr('__excepthook__', hook);
  set('argv', listSteal(vm.host.argv.map((a) => newStr(a))));
  // The interpreter's own command line: `python3.12 SCRIPT ARGS...` as the judge runs it.
  set('orig_argv', listSteal([newStr('python3.12'), ...vm.host.argv.map((a) => newStr(a))]));
  // sys.__stdin__/__stdout__/__stderr__ are the same objects as the initial streams.
  const streams: [string, PyObject][] = [['stdin', stdinIO(vm, false)], ['stdout', textIO(vm, 'stdout')], ['stderr', textIO(vm, 'stderr')]];
  for (const [k, v] of streams) { d.setStr(k, v); d.setStr(`__${k}__`, v); decref(v); }
  set('maxsize', intFrom(9223372036854775807n));
  set('version', newStr('3.12.1 (main, May  9 2026, 07:36:11) [GCC 12.2.0]'));
  set('version_info', structSeq('sys.version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial'], [newInt(3), newInt(12), newInt(1), newStr('final'), newInt(0)]));
  set('hexversion', newInt(0x030c01f0));
  set('platform', newStr('linux'));
  set('byteorder', newStr('little'));
  set('abiflags', newStr(''));
  set('executable', newStr('/usr/bin/python3.12'));
  set('path', listSteal([newStr('')]));
  set('implementation', namespace({ name: newStr('cpython'), cache_tag: newStr('cpython-312'), _multiarch: newStr('x86_64-linux-gnu'), version: structSeq('sys.version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial'], [newInt(3), newInt(12), newInt(1), newStr('final'), newInt(0)]) }));
  d.setStr('modules', vm.modules);
  set('builtin_module_names', tupleSteal(['_codecs', '_tokenize', 'builtins', 'gc', 'posix', 'sys'].map((s) => newStr(s))));
  installSysEngines(vm, d);
  return m;
}
