/**
 * Functions implemented in TypeScript: builtin_function_or_method (module functions and bound
 * builtin methods), method_descriptor (a type's method before binding) and wrapper_descriptor /
 * method-wrapper for dunder slots of builtin types (`object.__init__`, `int.__add__`).
 *
 * Calling convention (vectorcall): fn(self, args, kwnames) where `args` holds positional values
 * followed by keyword values named by `kwnames`; all borrowed; the result is a new reference.
 * `self` is the bound object (module functions get their module or null).
 */
import { PyObject } from './object';
import { makeStaticType, objectType, PyType, RefKindCode, TF_HAVE_GC, tpName, type TypeSlots } from './type';
import { newStr } from './str';
import { raise, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import { gcTrack } from '../runtime/gc';
import { None } from './singletons';
import { pyIdHex } from '../runtime/address';

export type NativeFn = (self: PyObject | null, args: PyObject[], kwnames: readonly string[] | null) => PyObject;
/** A method of a builtin type: `self` is always the instance (or the class for classmethods). */
export type MethodFn = (self: PyObject, args: PyObject[], kwnames: readonly string[] | null) => PyObject;

/**
 * Fixed-arity entry points (CPython's METH_NOARGS / METH_O / two-argument fastcall): what `fn`
 * computes for exactly that many positional arguments and no keywords, taken straight from the
 * caller's stack (interp/eval_rare.ts callNative) without building an argument array. `self` as
 * for `fn`. Optional: null means "use fn"; when set they must behave exactly as fn does.
 */
export type Fast0 = (self: PyObject | null) => PyObject;
export type Fast1 = (self: PyObject | null, a: PyObject) => PyObject;
export type Fast2 = (self: PyObject | null, a: PyObject, b: PyObject) => PyObject;

export class PyBuiltinFunction extends PyObject {
  fast0: Fast0 | null = null;
  fast1: Fast1 | null = null;
  fast2: Fast2 | null = null;
  constructor(type: PyType, readonly name: string, readonly fn: NativeFn, public self: PyObject | null, readonly qualPrefix: string | null, readonly doc: string | null = null) {
    super(type);
  }
}

export class PyMethodDescr extends PyObject {
  /** Fixed-arity entry points of a 'method' descriptor (self = the instance); see Fast0. */
  fast0: Fast0 | null = null;
  fast1: Fast1 | null = null;
  fast2: Fast2 | null = null;
  constructor(type: PyType, readonly name: string, readonly fn: NativeFn, readonly objtype: PyType, readonly kind: 'method' | 'class' | 'static' = 'method') {
    super(type);
  }
}

/** Installs fixed-arity entry points on a builtin function or a 'method' descriptor. */
export function setFast(o: PyObject | null, f0: Fast0 | null, f1: Fast1 | null, f2: Fast2 | null): void {
  if (o instanceof PyBuiltinFunction || (o instanceof PyMethodDescr && o.kind === 'method')) {
    o.fast0 = f0; o.fast1 = f1; o.fast2 = f2;
  }
}

export let builtinFunctionType: PyType;
export let methodDescrType: PyType;
export let classMethodDescrType: PyType;
export let wrapperDescrType: PyType;
export let methodWrapperType: PyType;

/** A module-level builtin function (immortal when it belongs to a static module). */
export function newBuiltin(name: string, fn: NativeFn, self: PyObject | null = null, qualPrefix: string | null = null): PyBuiltinFunction {
  const f = new PyBuiltinFunction(builtinFunctionType, name, fn, self, qualPrefix);
  if (self) { self.ob_refcnt++; gcTrack(f); }
  return f;
}

/** Adds a method descriptor `name` to a builtin type's dict. */
export function defMethod(t: PyType, name: string, fn: MethodFn, kind: 'method' | 'class' | 'static' = 'method'): void {
  const d = new PyMethodDescr(kind === 'class' ? classMethodDescrType : methodDescrType, name, fn as NativeFn, t, kind);
  d.flags |= 1; // immortal with its type
  d.ob_refcnt = 0x3fffffff;
  t.tdict.setStr(name, d);
  d.ob_refcnt = 0x3fffffff;
}

export function defMethods(t: PyType, methods: Record<string, MethodFn>): void {
  for (const k in methods) defMethod(t, k, methods[k]!);
}

/** Wrapper descriptor for a slot (`int.__add__`): fn(self, args). */
export function defWrapper(t: PyType, name: string, fn: NativeFn): void {
  const d = new PyMethodDescr(wrapperDescrType, name, fn, t);
  d.flags |= 1;
  d.ob_refcnt = 0x3fffffff;
  t.tdict.setStr(name, d);
}

function descrRepr(o: PyObject): PyObject {
  const d = o as PyMethodDescr;
  if (d.type === wrapperDescrType) return newStr(`<slot wrapper '${d.name}' of '${tpName(d.objtype)}' objects>`);
  return newStr(`<method '${d.name}' of '${tpName(d.objtype)}' objects>`);
}

function builtinRepr(o: PyObject): PyObject {
  const f = o as PyBuiltinFunction;
  if (f.self === null || (f.self.type.name === 'module')) return newStr(`<built-in function ${f.name}>`);
  if (f.type === methodWrapperType) return newStr(`<method-wrapper '${f.name}' of ${f.self.type.name} object at 0x${pyIdHex(f.self)}>`);
  return newStr(`<built-in method ${f.name} of ${f.self.type.name} object at 0x${pyIdHex(f.self)}>`);
}

/** Calls a method descriptor unbound: `list.append(l, x)`. */
function descrCall(o: PyObject, args: PyObject[], kwnames: readonly string[] | null): PyObject {
  const d = o as PyMethodDescr;
  if (d.kind === 'class') return d.fn(d.objtype, args, kwnames);
  const npos = args.length - (kwnames ? kwnames.length : 0);
  if (npos < 1) raise(PyExc.TypeError, `unbound method ${d.objtype.name}.${d.name}() needs an argument`);
  const self = args[0]!;
  if (!self.type.isSubtype(d.objtype)) {
    raise(PyExc.TypeError, `descriptor '${d.name}' for '${tpName(d.objtype)}' objects doesn't apply to a '${self.type.name}' object`);
  }
  return d.fn(self, args.slice(1), kwnames);
}

export function initBuiltinFunctionTypes(): void {
  const bfSlots: TypeSlots = {
    repr: builtinRepr,
    call: (o, args, kw) => { const f = o as PyBuiltinFunction; return f.fn(f.self, args, kw); },
    traverse: (o, visit) => { const s = (o as PyBuiltinFunction).self; if (s) visit(s, RefKindCode.Internal, '__self__'); },
    dealloc: (o) => { const f = o as PyBuiltinFunction; const s = f.self; f.self = null; if (s) decref(s); },
    sizeof: () => 56,
  };
  builtinFunctionType = makeStaticType('builtin_function_or_method', objectType, bfSlots, { noSubclass: true, flags: TF_HAVE_GC });
  methodWrapperType = makeStaticType('method-wrapper', objectType, { ...bfSlots, sizeof: () => 32 }, { noSubclass: true, flags: TF_HAVE_GC });
  const bind = (d: PyObject, obj: PyObject | null, type: PyObject): PyObject => {
    const m = d as PyMethodDescr;
    if (m.kind === 'class') return newBuiltin(m.name, m.fn, obj === null ? type : obj.type, m.objtype.name);
    if (obj === null || obj === None && false) { d.ob_refcnt++; return d; }
    if (!obj.type.isSubtype(m.objtype)) raise(PyExc.TypeError, `descriptor '${m.name}' for '${tpName(m.objtype)}' objects doesn't apply to a '${obj.type.name}' object`);
    const f = new PyBuiltinFunction(m.type === wrapperDescrType ? methodWrapperType : builtinFunctionType, m.name, m.fn, obj, m.objtype.name);
    f.fast0 = m.fast0; f.fast1 = m.fast1; f.fast2 = m.fast2;
    obj.ob_refcnt++;
    gcTrack(f);
    return f;
  };
  // CPython's method/classmethod/wrapper descriptors are GC types: PyDescr_COMMON (40) + the
  // PyMethodDef (or wrapperbase + wrapped pointer) = 56, plus the GC head.
  methodDescrType = makeStaticType('method_descriptor', objectType, { repr: descrRepr, call: descrCall, descrGet: bind, sizeof: () => 56 }, { noSubclass: true, flags: TF_HAVE_GC });
  classMethodDescrType = makeStaticType('classmethod_descriptor', objectType, { repr: descrRepr, call: descrCall, descrGet: bind, sizeof: () => 56 }, { noSubclass: true, flags: TF_HAVE_GC });
  wrapperDescrType = makeStaticType('wrapper_descriptor', objectType, { repr: descrRepr, call: descrCall, descrGet: bind, sizeof: () => 56 }, { noSubclass: true, flags: TF_HAVE_GC });
}
