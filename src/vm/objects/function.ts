/**
 * Python function objects (PyFunctionObject). Calling one runs its code in a new frame; the
 * interpreter does that inline for CALL, and `vmHooks.callPython` re-enters it from builtins.
 * A function owns references to its code, globals, builtins, name, qualname, defaults, kwdefaults,
 * closure, doc, annotations, module and __dict__.
 */
import { PyObject, nextSerial, memObserver } from './object';
import { makeStaticType, objectType, PyType, RefKindCode, TF_HAVE_GC } from './type';
import { PyStr, newStr, intern } from './str';
import type { PyCode } from './code';
import type { PyDict } from './dict';
import type { PyTuple } from './tuple';
import { None } from './singletons';
import { decref, xdecref } from '../runtime/refcount';
import { gcTrack } from '../runtime/gc';
import { vmHooks } from '../runtime/hooks';
import { newMethod } from './method';
import { pyIdHex } from '../runtime/address';

export class PyFunction extends PyObject {
  declare defaults: PyTuple | null;
  declare kwdefaults: PyDict | null;
  declare closure: PyTuple | null;
  declare annotations: PyObject | null;
  /** __type_params__ (PEP 695); null = the empty tuple. */
  declare typeParams: PyObject | null;
  declare doc: PyObject;
  declare module: PyObject | null;
  declare code: PyCode;
  declare globals: PyDict;
  declare builtins: PyDict;
  declare name: PyStr;
  declare qualname: PyStr;
  /** Cached facts for fast calls. */
  declare argcount: number;
  declare simple: boolean;
  constructor(type: PyType, code: PyCode, globals: PyDict, builtins: PyDict, name: PyStr, qualname: PyStr) {
    // Header stored here (see PyObject's constructor): closures allocate a function per call.
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
    this.defaults = null;
    this.kwdefaults = null;
    this.closure = null;
    this.annotations = null;
    this.typeParams = null;
    this.code = code;
    this.globals = globals;
    this.builtins = builtins;
    this.name = name;
    this.qualname = qualname;
    const co = code.co;
    this.argcount = co.co_argcount;
    this.simple = co.co_kwonlyargcount === 0 && (co.co_flags & 0x2c) === 0; // no *args/**kw, not generator
    const c0 = code.consts[0];
    this.doc = c0 && c0 instanceof PyStr ? c0 : None;
    this.doc.ob_refcnt++;
    this.module = globals.getStr('__name__');
    if (this.module) this.module.ob_refcnt++;
  }
}

export let functionType: PyType;

/** MAKE_FUNCTION: new function owning `code` (stolen) and new references to globals/builtins. */
export function newFunction(code: PyCode, globals: PyDict, builtins: PyDict): PyFunction {
  globals.ob_refcnt++;
  builtins.ob_refcnt++;
  // co_name is an interned (immortal) identifier in CPython; co_qualname is the same object when
  // equal (top-level code), else one str per code object.
  const co = code.co;
  const name = code.nameStr ??= intern(co.co_name);
  name.ob_refcnt++;
  const qualname = co.co_qualname === co.co_name ? name : (code.qualnameStr ??= newStr(co.co_qualname));
  qualname.ob_refcnt++;
  const f = new PyFunction(functionType, code, globals, builtins, name, qualname);
  gcTrack(f);
  return f;
}

function clearFunction(o: PyObject): void {
  const f = o as PyFunction;
  // Every field is cleared before any reference is released (a release can run arbitrary code).
  const d = f.defaults, k = f.kwdefaults, c = f.closure, a = f.annotations, m = f.module, t = f.typeParams;
  f.defaults = null; f.kwdefaults = null; f.closure = null; f.annotations = null; f.module = null; f.typeParams = null;
  if (d !== null) decref(d);
  if (k !== null) decref(k);
  if (c !== null) decref(c);
  if (a !== null) decref(a);
  if (m !== null) decref(m);
  if (t !== null) decref(t);
}

export function initFunctionType(): void {
  functionType = makeStaticType('function', objectType, {
    repr: (o) => newStr(`<function ${(o as PyFunction).qualname.s} at 0x${pyIdHex(o)}>`),
    call: (o, args, kw) => vmHooks.callPython(o as PyFunction, args, kw),
    descrGet: (f, obj) => {
      if (obj === null) { f.ob_refcnt++; return f; }
      return newMethod(f, obj);
    },
    traverse: (o, visit) => {
      const f = o as PyFunction;
      visit(f.code, RefKindCode.Attr, '__code__');
      visit(f.globals, RefKindCode.Attr, '__globals__');
      visit(f.builtins, RefKindCode.Attr, '__builtins__');
      visit(f.name, RefKindCode.Attr, '__name__');
      visit(f.qualname, RefKindCode.Attr, '__qualname__');
      visit(f.doc, RefKindCode.Attr, '__doc__');
      if (f.module) visit(f.module, RefKindCode.Attr, '__module__');
      if (f.defaults) visit(f.defaults, RefKindCode.Attr, '__defaults__');
      if (f.kwdefaults) visit(f.kwdefaults, RefKindCode.Attr, '__kwdefaults__');
      if (f.closure) visit(f.closure, RefKindCode.Closure, '__closure__');
      if (f.annotations) visit(f.annotations, RefKindCode.Attr, '__annotations__');
      if (f.typeParams) visit(f.typeParams, RefKindCode.Attr, '__type_params__');
    },
    clear: clearFunction,
    dealloc: (o) => {
      clearFunction(o);
      const f = o as PyFunction;
      decref(f.code); decref(f.globals); decref(f.builtins); decref(f.name); decref(f.qualname); decref(f.doc);
    },
    sizeof: () => 144,
  }, { noSubclass: true, flags: TF_HAVE_GC });
  functionType.hasDict = true;
}
