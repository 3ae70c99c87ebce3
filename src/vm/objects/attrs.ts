/**
 * Computed attributes (getset descriptors) of builtin types — `f.__name__`, `code.co_consts`,
 * `frame.f_lineno`, `e.__traceback__`, `obj.__class__`, ... — and the slot wrapper descriptors
 * (`object.__init__`, `int.__add__`, `list.__len__`) that expose type slots as methods.
 */
import { type PyObject, makeImmortal } from './object';
import { PyType, typeType, objectType, lookup, RefKindCode } from './type';
import { PyStr, newStr, strType } from './str';
import { PyInt, newInt, intFrom, intType, boolObj, intNDigits, toBig, newIntBig, intRepr } from './int';
import { PyFloat, newFloat, floatType } from './float';
import { PyTuple, tupleSteal, tupleFrom, emptyTuple, tupleType } from './tuple';
import { PyList, listSteal, listType } from './list';
import { PyDict, newDict, dictType, dictItems } from './dict';
import { nargs } from '../runtime/args';
import { None, NotImplemented } from './singletons';
import { PyFunction, functionType } from './function';
import { PyCode, codeType } from './code';
import { PyFrameObject, frameType, frameObjectOf } from './frame';
import { PyTraceback, tracebackType } from './traceback';
import { PyBaseException, baseExceptionType, setTraceback, setContext, setCause } from './exceptions';
import { PyMethod, methodType } from './method';
import { PyCell, cellType } from './cell';
import { PyProperty, propertyType, PyClassMethod, classmethodType, staticmethodType, defGetSet, getsetDescrType, memberDescrType } from './descriptors';
import { PyModule, moduleType } from './module';
import { PyRange, rangeType } from './range';
import { PySlice, sliceType } from './slice';
import { PyBuiltinFunction, builtinFunctionType, defMethods, defWrapper, type NativeFn, type MethodFn, methodDescrType, classMethodDescrType, wrapperDescrType, methodWrapperType, newBuiltin } from './builtin_function';
import { materializeDict, genericGetAttr, genericSetAttr, defaultRepr, pointerHash, PyInstance } from './instance';
import { typeGetAttr } from './typeobject';
import { objectReduceMethods, initObjectReduce } from './reduce';
import { raise, PyExc } from '../runtime/errors';
import { decref, xdecref } from '../runtime/refcount';
import * as A from '../runtime/abstract';
import { formatObject } from '../runtime/format';
import { dirNames } from '../modules/dir';
import { vmHooks } from '../runtime/hooks';
import { coLines } from '../bytecode/positions';
import { initViewMethods } from './views';
import { CMP_NAMES } from './slots';
import { releaseFrameSlots } from './frame';
import { hashExactVia } from './hash_exact';

function ref(o: PyObject | null | undefined): PyObject {
  const r = o ?? None;
  r.ob_refcnt++;
  return r;
}
function str(s: string): PyObject { return newStr(s); }

export function initAttributes(): void {
  // object
  defGetSet(objectType, '__class__', (o) => ref(o.type), (o, v) => {
    if (!(v instanceof PyType)) raise(PyExc.TypeError, `__class__ must be set to a class, not '${v ? v.type.name : 'NoneType'}' object`);
    if (!v.isHeap() || !o.type.isHeap()) raise(PyExc.TypeError, `__class__ assignment only supported for mutable types or ModuleType subclasses`);
    v.ob_refcnt++;
    const old = o.type;
    o.type = v;
    decref(old);
  });
  defMethods(objectType, {
    ...objectReduceMethods,
    __dir__: (self) => listSteal(dirNames(self!).map((n) => newStr(n))),
    __format__: (self, args) => {
      const spec = args[0]!;
      if (!(spec instanceof PyStr)) raise(PyExc.TypeError, `__format__() argument must be str, not ${spec.type.name}`);
      if (spec.s !== '') raise(PyExc.TypeError, `unsupported format string passed to ${self!.type.name}.__format__`);
      return A.str(self!);
    },
    __sizeof__: (self) => newInt(self!.type.slots.sizeof ? self!.type.slots.sizeof(self!) : self!.type.basicsize),
  });
  initObjectReduce(objectType);
  const isc = newBuiltin('__init_subclass__', (cls, args, kw) => {
    if (kw && kw.length) raise(PyExc.TypeError, `${(cls as PyType).name}.__init_subclass__() takes no keyword arguments`);
    void args;
    return ref(None);
  });
  // __init_subclass__ is a classmethod on object: store as a classmethod-like descriptor.
  const cm = new PyClassMethod(classmethodType, isc);
  objectType.tdict.setStr('__init_subclass__', makeImmortal(cm));
  objectType.tdict.setStr('__doc__', makeImmortal(newStr('The base class of the class hierarchy.')));

  // function
  const F = (o: PyObject) => o as PyFunction;
  defGetSet(functionType, '__name__', (o) => ref(F(o).name), (o, v) => { if (!(v instanceof PyStr)) raise(PyExc.TypeError, '__name__ must be set to a string object'); v.ob_refcnt++; const old = F(o).name; F(o).name = v; decref(old); });
  defGetSet(functionType, '__qualname__', (o) => ref(F(o).qualname), (o, v) => { if (!(v instanceof PyStr)) raise(PyExc.TypeError, '__qualname__ must be set to a string object'); v.ob_refcnt++; const old = F(o).qualname; F(o).qualname = v; decref(old); });
  defGetSet(functionType, '__doc__', (o) => ref(F(o).doc), (o, v) => { const n = v ?? None; n.ob_refcnt++; const old = F(o).doc; F(o).doc = n; decref(old); });
  defGetSet(functionType, '__code__', (o) => ref(F(o).code), (o, v) => {
    if (!(v instanceof PyCode)) raise(PyExc.TypeError, '__code__ must be set to a code object');
    const f = F(o);
    const nfree = v.co.co_localspluskinds.filter((k) => k & 0x80).length;
    const nclosure = f.closure ? f.closure.items.length : 0;
    if (nfree !== nclosure) raise(PyExc.ValueError, `${f.name.s}() requires a code object with ${nclosure} free vars, not ${nfree}`);
    v.ob_refcnt++;
    const old = f.code;
    f.code = v;
    f.argcount = v.co.co_argcount;
    f.simple = v.co.co_kwonlyargcount === 0 && (v.co.co_flags & 0x2c) === 0;
    decref(old);
  });
  defGetSet(functionType, '__globals__', (o) => ref(F(o).globals));
  defGetSet(functionType, '__builtins__', (o) => ref(F(o).builtins));
  defGetSet(functionType, '__closure__', (o) => ref(F(o).closure));
  defGetSet(functionType, '__defaults__', (o) => ref(F(o).defaults), (o, v) => { const n = v === None ? null : v; if (n) n.ob_refcnt++; const old = F(o).defaults; F(o).defaults = n as PyTuple | null; xdecref(old); });
  defGetSet(functionType, '__kwdefaults__', (o) => ref(F(o).kwdefaults), (o, v) => { const n = v === None ? null : v; if (n) n.ob_refcnt++; const old = F(o).kwdefaults; F(o).kwdefaults = n as PyDict | null; xdecref(old); });
  defGetSet(functionType, '__module__', (o) => ref(F(o).module), (o, v) => { if (v) v.ob_refcnt++; const old = F(o).module; F(o).module = v; xdecref(old); });
  defGetSet(functionType, '__annotations__', (o) => {
    const f = F(o);
    if (!f.annotations || f.annotations === None) { f.annotations = newDict(); }
    else if (f.annotations instanceof PyTuple) {
      const d = newDict();
      const it = f.annotations.items;
      for (let i = 0; i + 1 < it.length; i += 2) d.set(it[i]!, it[i + 1]!);
      decref(f.annotations);
      f.annotations = d;
    }
    return ref(f.annotations);
  }, (o, v) => {
    // func_set_annotations: a dict, or None/deletion to reset.
    if (v === None) v = null;
    if (v !== null && !(v instanceof PyDict)) raise(PyExc.TypeError, '__annotations__ must be set to a dict object');
    if (v) v.ob_refcnt++;
    const f = F(o);
    const old = f.annotations;
    f.annotations = v;
    xdecref(old);
  });
  defGetSet(functionType, '__dict__', (o) => { const d = materializeDict(o); return ref(d); });
  defGetSet(functionType, '__type_params__', (o) => ref(F(o).typeParams ?? emptyTuple), (o, v) => {
    if (!(v instanceof PyTuple)) raise(PyExc.TypeError, `__type_params__ must be set to a tuple, not ${v ? v.type.name : 'NoneType'}`);
    v.ob_refcnt++;
    const f = F(o);
    const old = f.typeParams;
    f.typeParams = v;
    xdecref(old);
  });

  // code
  const C = (o: PyObject) => (o as PyCode).co;
  const strs = (a: readonly string[]) => tupleSteal(a.map((s) => newStr(s)));
  const codeAttrs: Record<string, (o: PyObject) => PyObject> = {
    co_name: (o) => str(C(o).co_name),
    co_qualname: (o) => str(C(o).co_qualname),
    co_filename: (o) => str(C(o).co_filename),
    co_firstlineno: (o) => newInt(C(o).co_firstlineno),
    co_argcount: (o) => newInt(C(o).co_argcount),
    co_posonlyargcount: (o) => newInt(C(o).co_posonlyargcount),
    co_kwonlyargcount: (o) => newInt(C(o).co_kwonlyargcount),
    co_stacksize: (o) => newInt(C(o).co_stacksize),
    co_flags: (o) => newInt(C(o).co_flags),
    co_nlocals: (o) => newInt(C(o).co_localsplusnames.filter((_, i) => C(o).co_localspluskinds[i]! & 0x20).length),
    co_consts: (o) => tupleFrom((o as PyCode).consts),
    co_names: (o) => strs(C(o).co_names),
    co_varnames: (o) => strs(C(o).co_localsplusnames.filter((_, i) => C(o).co_localspluskinds[i]! & 0x20)),
    co_cellvars: (o) => strs(C(o).co_localsplusnames.filter((_, i) => C(o).co_localspluskinds[i]! & 0x40)),
    co_freevars: (o) => strs(C(o).co_localsplusnames.filter((_, i) => C(o).co_localspluskinds[i]! & 0x80)),
    co_code: (o) => vmHooks.newBytes(C(o).co_code),
    co_linetable: (o) => vmHooks.newBytes(C(o).co_linetable),
    co_exceptiontable: (o) => vmHooks.newBytes(C(o).co_exceptiontable),
  };
  for (const k in codeAttrs) defGetSet(codeType, k, codeAttrs[k]!);
  defMethods(codeType, {
    // code.replace(**changes): the scalar fields (what types.coroutine and friends change); the
    // new code object shares this one's constants.
    replace: (self, args, kw) => {
      if (args.length - (kw ? kw.length : 0) > 0) raise(PyExc.TypeError, 'replace() takes no positional arguments');
      const c = self as PyCode;
      const co = { ...c.co };
      const kws = kw ?? [];
      kws.forEach((k, i) => {
        const v = args[i]!;
        const int = () => A.asSize(v);
        const str = () => { if (!(v instanceof PyStr)) raise(PyExc.TypeError, `replace() argument '${k}' must be str, not ${v.type.name}`); return v.s; };
        switch (k) {
          case 'co_flags': co.co_flags = int(); break;
          case 'co_firstlineno': co.co_firstlineno = int(); break;
          case 'co_argcount': co.co_argcount = int(); break;
          case 'co_posonlyargcount': co.co_posonlyargcount = int(); break;
          case 'co_kwonlyargcount': co.co_kwonlyargcount = int(); break;
          case 'co_stacksize': co.co_stacksize = int(); break;
          case 'co_name': co.co_name = str(); break;
          case 'co_qualname': co.co_qualname = str(); break;
          case 'co_filename': co.co_filename = str(); break;
          default: raise(PyExc.NotImplementedError, `code.replace(${k}=...) is not supported`);
        }
      });
      const n = new PyCode(codeType, co);
      n.consts = c.consts.map((x) => { x.ob_refcnt++; return x; });
      return n;
    },
    co_lines: (self) => {
      // (start, end, line) byte ranges with equal lines merged; line None where the table has none.
      const out = coLines((self as PyCode).co).map(([s, e, l]) => tupleSteal([newInt(s), newInt(e), l < 0 ? ref(None) : newInt(l)]));
      const l = listSteal(out);
      const it = A.getIter(l);
      decref(l);
      return it;
    },
    co_positions: (self) => {
      const p = (self as PyCode).positions();
      const out: PyObject[] = [];
      const v = (x: number) => (x < 0 ? ref(None) : newInt(x));
      for (let i = 0; i < p.length; i += 4) out.push(tupleSteal([v(p[i]!), v(p[i + 1]!), v(p[i + 2]!), v(p[i + 3]!)]));
      const l = listSteal(out);
      const it = A.getIter(l);
      decref(l);
      return it;
    },
  });

  // frame
  const FR = (o: PyObject) => (o as PyFrameObject).f;
  defGetSet(frameType, 'f_lineno', (o) => newInt(FR(o).line()));
  defGetSet(frameType, 'f_lasti', (o) => newInt(FR(o).lasti));
  defGetSet(frameType, 'f_code', (o) => ref(FR(o).code));
  defGetSet(frameType, 'f_globals', (o) => ref(FR(o).globals));
  defGetSet(frameType, 'f_builtins', (o) => ref(FR(o).builtins));
  defGetSet(frameType, 'f_locals', (o) => vmHooks.frameLocals(FR(o)));
  defGetSet(frameType, 'f_back', (o) => {
    const fo = o as PyFrameObject;
    if (fo.back) return ref(fo.back);
    const b = FR(o).finished ? null : FR(o).back;
    return b ? ref(frameObjectOf(b)) : ref(None);
  });
  defGetSet(frameType, 'f_trace', (o) => vmHooks.frameTrace(FR(o), 'f_trace', undefined), (o, v) => { decref(vmHooks.frameTrace(FR(o), 'f_trace', v)); });
  defGetSet(frameType, 'f_trace_lines', (o) => vmHooks.frameTrace(FR(o), 'f_trace_lines', undefined), (o, v) => { decref(vmHooks.frameTrace(FR(o), 'f_trace_lines', v)); });
  defGetSet(frameType, 'f_trace_opcodes', (o) => vmHooks.frameTrace(FR(o), 'f_trace_opcodes', undefined), (o, v) => { decref(vmHooks.frameTrace(FR(o), 'f_trace_opcodes', v)); });
  defMethods(frameType, { clear: (self) => { const f = FR(self!); if (f.finished) releaseFrameSlots(f); return ref(None); } });

  // traceback
  const TB = (o: PyObject) => o as PyTraceback;
  defGetSet(tracebackType, 'tb_next', (o) => ref(TB(o).next), (o, v) => { const n = v === None ? null : v; if (n) n.ob_refcnt++; const old = TB(o).next; TB(o).next = n as PyTraceback | null; xdecref(old); });
  defGetSet(tracebackType, 'tb_frame', (o) => ref(TB(o).frame));
  defGetSet(tracebackType, 'tb_lineno', (o) => newInt(TB(o).lineno));
  defGetSet(tracebackType, 'tb_lasti', (o) => newInt(TB(o).lasti));

  // exceptions
  const E = (o: PyObject) => o as PyBaseException;
  defGetSet(baseExceptionType, 'args', (o) => ref(E(o).args), (o, v) => { const t = tupleSteal(A.toArray(v!)); const old = E(o).args; E(o).args = t; decref(old); });
  const tbCheck = (v: PyObject | null): PyObject | null => {
    if (v === null) raise(PyExc.TypeError, '__traceback__ may not be deleted');
    if (v !== None && v.type !== tracebackType) raise(PyExc.TypeError, '__traceback__ must be a traceback or None');
    return v === None ? null : v;
  };
  const excCheck = (what: string, v: PyObject | null): PyObject | null => {
    if (v === null) raise(PyExc.TypeError, `${what} may not be deleted`);
    if (v !== None && !(v instanceof PyBaseException)) raise(PyExc.TypeError, `exception ${what === '__cause__' ? 'cause' : 'context'} must be None or derive from BaseException`);
    return v === None ? null : v;
  };
  defGetSet(baseExceptionType, '__traceback__', (o) => ref(E(o).traceback), (o, v) => { const n = tbCheck(v); if (n) n.ob_refcnt++; setTraceback(E(o), n); });
  defGetSet(baseExceptionType, '__context__', (o) => ref(E(o).context), (o, v) => { const n = excCheck('__context__', v); if (n) n.ob_refcnt++; setContext(E(o), n); });
  defGetSet(baseExceptionType, '__cause__', (o) => ref(E(o).cause), (o, v) => { const n = excCheck('__cause__', v); if (n) n.ob_refcnt++; setCause(E(o), n); });
  defGetSet(baseExceptionType, '__suppress_context__', (o) => boolObj(E(o).suppressContext), (o, v) => { E(o).suppressContext = A.isTrue(v!); });
  // CPython keeps __notes__ in the instance dict; here it is the notes field (add_note, tracebacks).
  defGetSet(baseExceptionType, '__notes__', (o) => {
    const n = E(o).notes;
    if (!n) raise(PyExc.AttributeError, `'${o.type.name}' object has no attribute '__notes__'`);
    return ref(n);
  }, (o, v) => { const e = E(o); const old = e.notes; if (v) v.ob_refcnt++; e.notes = v ?? null; xdecref(old); });
  defGetSet(baseExceptionType, '__dict__', (o) => { if (!o.dict) o.dict = newDict(); return ref(o.dict); });
  defMethods(baseExceptionType, {
    with_traceback: (self, args) => { nargs('BaseException.with_traceback', args, 1, 1, true); const n = tbCheck(args[0]!); if (n) n.ob_refcnt++; setTraceback(E(self!), n); return ref(self); },
    add_note: (self, args) => {
      nargs('BaseException.add_note', args, 1, 1, true);
      const note = args[0]!;
      if (!(note instanceof PyStr)) raise(PyExc.TypeError, `note must be a str, not '${note.type.name}'`);
      const e = E(self!);
      if (!e.notes) e.notes = listSteal([]);
      else if (!(e.notes instanceof PyList)) raise(PyExc.TypeError, 'Cannot add note: __notes__ is not a list');
      A.callMethod(e.notes, 'append', [note]);
      decref(None);
      return ref(None);
    },
    // BaseException_reduce: (type, args) plus the instance dict when it has entries.
    __reduce__: (self) => {
      const d = self.dict;
      self.type.ob_refcnt++;
      return tupleSteal(d && A.len(d) ? [self.type, ref(E(self).args), ref(d)] : [self.type, ref(E(self).args)]);
    },
    __setstate__: (self, args) => {
      const st = args[0]!;
      if (st !== None) {
        if (!(st instanceof PyDict)) raise(PyExc.TypeError, 'state is not a dictionary');
        for (const [k, v] of dictItems(st)) A.setAttr(self, A.strJS(k), v);
      }
      return ref(None);
    },
  });
  const argAttr = (t: PyType, name: string, idx: number | null) => defGetSet(t, name, (o) => {
    const ex = o as PyBaseException & { nameAttr?: string; objAttr?: PyObject | null };
    if (name === 'name' && ex.nameAttr !== undefined) return newStr(ex.nameAttr);
    if (name === 'obj' && ex.objAttr) return ref(ex.objAttr);
    const a = E(o).args.items;
    if (idx === null) return ref(None);
    return ref(a.length === 0 ? None : idx === -1 ? (a.length === 1 ? a[0] : E(o).args) : a[idx]);
  });
  // Field-carrying exceptions (OSError, ImportError, SyntaxError, ...): objects/exception_types.ts.
  void argAttr;

  // method, property, classmethod, cell, module
  defGetSet(methodType, '__func__', (o) => ref((o as PyMethod).func));
  defGetSet(methodType, '__self__', (o) => ref((o as PyMethod).self));
  methodType.ownSlots.getattro = (o, name, suppress) => {
    const r = genericGetAttr(o, name, true);
    if (r) return r;
    return A.getAttrOpt((o as PyMethod).func, name) ?? (suppress ? null : A.attrError(o, name));
  };
  methodType.slots.getattro = methodType.ownSlots.getattro;
  const P = (o: PyObject) => o as PyProperty;
  defGetSet(propertyType, 'fget', (o) => ref(P(o).fget));
  defGetSet(propertyType, 'fset', (o) => ref(P(o).fset));
  defGetSet(propertyType, 'fdel', (o) => ref(P(o).fdel));
  defGetSet(propertyType, '__doc__', (o) => ref(P(o).doc), (o, v) => { const n = v ?? None; n.ob_refcnt++; const old = P(o).doc; P(o).doc = n; decref(old); });
  defGetSet(propertyType, '__isabstractmethod__', (o) => {
    const f = P(o).fget;
    const a = f !== None ? A.getAttrOpt(f, '__isabstractmethod__') : null;
    if (a) return a;
    return boolObj(false);
  });
  const propCopy = (which: 'fget' | 'fset' | 'fdel'): MethodFn => (self, args) => {
    const p = P(self!);
    const vals = [p.fget, p.fset, p.fdel, p.doc];
    const idx = which === 'fget' ? 0 : which === 'fset' ? 1 : 2;
    vals[idx] = args[0]!;
    if (which === 'fget' && p.doc === None) vals[3] = None;
    const np = A.call(self!.type, vals);
    const nm = P(np);
    if (p.name !== None) { p.name.ob_refcnt++; decref(nm.name); nm.name = p.name; }
    return np;
  };
  defMethods(propertyType, {
    getter: propCopy('fget'), setter: propCopy('fset'), deleter: propCopy('fdel'),
    __set_name__: (self, args) => { const p = P(self!); args[1]!.ob_refcnt++; decref(p.name); p.name = args[1]!; return ref(None); },
  });
  defGetSet(classmethodType, '__func__', (o) => ref((o as PyClassMethod).func));
  defGetSet(staticmethodType, '__func__', (o) => ref((o as PyClassMethod).func));
  const cmAttr = (t: PyType) => defGetSet(t, '__isabstractmethod__', (o) => {
    const a = A.getAttrOpt((o as PyClassMethod).func, '__isabstractmethod__');
    return a ?? boolObj(false);
  });
  cmAttr(classmethodType); cmAttr(staticmethodType);
  defGetSet(cellType, 'cell_contents', (o) => {
    const v = (o as PyCell).ref;
    if (!v) raise(PyExc.ValueError, 'Cell is empty');
    return ref(v);
  }, (o, v) => { if (v) v.ob_refcnt++; const old = (o as PyCell).ref; (o as PyCell).ref = v; xdecref(old); });
  defGetSet(moduleType, '__dict__', (o) => ref((o as PyModule).dict));

  // builtin function
  const BF = (o: PyObject) => o as PyBuiltinFunction;
  for (const t of [builtinFunctionType, methodWrapperType]) {
    defGetSet(t, '__name__', (o) => str(BF(o).name));
    defGetSet(t, '__qualname__', (o) => str(BF(o).qualPrefix ? `${BF(o).qualPrefix}.${BF(o).name}` : BF(o).name));
    defGetSet(t, '__self__', (o) => ref(BF(o).self ?? None));
  }
  // A module's function reports that module's name (m_module); other builtins keep 'builtins'.
  defGetSet(builtinFunctionType, '__module__', (o) => {
    const s = BF(o).self;
    const n = s instanceof PyModule ? (s.dict as PyDict | null)?.getStr('__name__') : null;
    return n ? ref(n) : str('builtins');
  });
  defGetSet(builtinFunctionType, '__doc__', () => ref(None));
  // Descriptors of builtin and __slots__ attributes: __name__, __qualname__ (the owner's
  // __qualname__ + name), __objclass__ (inspect reads them to find a class's real __dict__).
  type Described = { name: string; objtype: PyType };
  const DS = (o: PyObject) => o as unknown as Described;
  for (const t of [methodDescrType, classMethodDescrType, wrapperDescrType, getsetDescrType, memberDescrType]) {
    defGetSet(t, '__name__', (o) => str(DS(o).name));
    defGetSet(t, '__qualname__', (o) => str(`${DS(o).objtype.qualname}.${DS(o).name}`));
    defGetSet(t, '__objclass__', (o) => ref(DS(o).objtype));
  }
  for (const t of [getsetDescrType, memberDescrType]) defGetSet(t, '__doc__', () => ref(None));

  // numbers
  defGetSet(intType, 'real', (o) => intFrom((o as PyInt).v));
  defGetSet(intType, 'imag', () => newInt(0));
  defGetSet(intType, 'numerator', (o) => intFrom((o as PyInt).v));
  defGetSet(intType, 'denominator', () => newInt(1));
  defMethods(intType, {
    bit_length: (self) => { let v = toBig((self as PyInt).v); if (v < 0n) v = -v; return newInt(v === 0n ? 0 : v.toString(2).length); },
    conjugate: (self) => intFrom((self as PyInt).v),
    is_integer: () => boolObj(true),
    __index__: (self) => intFrom((self as PyInt).v),
    __int__: (self) => intFrom((self as PyInt).v),
    __float__: (self) => newFloat(Number((self as PyInt).v)),
    __format__: (self, args) => formatObject(self!, (args[0] as PyStr).s),
    __round__: (self, args) => vmHooks.round(self!, args[0] ?? null),
    __trunc__: (self) => intFrom((self as PyInt).v),
    __sizeof__: (self) => newInt(24 + 4 * Math.max(1, intNDigits((self as PyInt).v))),
    __getnewargs__: (self) => tupleSteal([intFrom((self as PyInt).v)]),
  });
  void newIntBig; void intRepr;
  defGetSet(floatType, 'real', (o) => newFloat((o as PyFloat).v));
  defGetSet(floatType, 'imag', () => newFloat(0));
  defMethods(floatType, {
    is_integer: (self) => boolObj(Number.isInteger((self as PyFloat).v)),
    __format__: (self, args) => formatObject(self!, (args[0] as PyStr).s),
    __round__: (self, args) => vmHooks.round(self!, args[0] ?? null),
    __trunc__: (self) => floatType.slots.int!(self!),
    __int__: (self) => floatType.slots.int!(self!),
    __float__: (self) => newFloat((self as PyFloat).v),
    conjugate: (self) => newFloat((self as PyFloat).v),
    as_integer_ratio: (self) => {
      const v = (self as PyFloat).v;
      if (!Number.isFinite(v)) raise(Number.isNaN(v) ? PyExc.ValueError : PyExc.OverflowError, Number.isNaN(v) ? 'cannot convert NaN to integer ratio' : 'cannot convert Infinity to integer ratio');
      let e = 0, m = v;
      while (!Number.isInteger(m)) { m *= 2; e++; }
      let n = BigInt(m), d = 1n << BigInt(e);
      const g = (a: bigint, b: bigint): bigint => (b === 0n ? a : g(b, a % b));
      const k = g(n < 0n ? -n : n, d);
      n /= k; d /= k;
      return tupleSteal([newIntBig(n), newIntBig(d)]);
    },
  });
  defGetSet(rangeType, 'start', (o) => newInt((o as PyRange).start));
  defGetSet(rangeType, 'stop', (o) => newInt((o as PyRange).stop));
  defGetSet(rangeType, 'step', (o) => newInt((o as PyRange).step));
  defMethods(rangeType, {
    index: (self, args) => {
      const r = self as PyRange;
      const x = args[0]!;
      if (x instanceof PyInt && r.type.slots.contains!(r, x)) return newInt(((x.v as number) - r.start) / r.step);
      raise(PyExc.ValueError, `${A.reprJS(x)} is not in range`);
    },
    count: (self, args) => newInt(self!.type.slots.contains!(self!, args[0]!) ? 1 : 0),
  });
  defGetSet(sliceType, 'start', (o) => ref((o as PySlice).start));
  defGetSet(sliceType, 'stop', (o) => ref((o as PySlice).stop));
  defGetSet(sliceType, 'step', (o) => ref((o as PySlice).step));
  defMethods(sliceType, {
    indices: (self, args) => {
      const n = A.asSize(args[0]!);
      const [a, b, c] = vmHooks.sliceIndices(self!, n);
      return tupleSteal([newInt(a), newInt(b), newInt(c)]);
    },
  });
  defMethods(listType, { __reversed__: (self) => vmHooks.reversedList(self!), __sizeof__: (self) => newInt(40 + 8 * (self as PyList).allocated) });
  defMethods(dictType, { __sizeof__: (self) => newInt(self!.type.slots.sizeof!(self!)) });
  initViewMethods();
  void typeType; void typeGetAttr; void lookup; void genericSetAttr; void PyInstance; void strType; void tupleType; void defaultRepr; void pointerHash;
}

// ---- slot wrappers ------------------------------------------------------------------------

const NB: [string, string, number][] = [
  ['__add__', '__radd__', 0], ['__and__', '__rand__', 1], ['__floordiv__', '__rfloordiv__', 2], ['__lshift__', '__rlshift__', 3],
  ['__mul__', '__rmul__', 5], ['__mod__', '__rmod__', 6], ['__or__', '__ror__', 7], ['__pow__', '__rpow__', 8],
  ['__rshift__', '__rrshift__', 9], ['__sub__', '__rsub__', 10], ['__truediv__', '__rtruediv__', 11], ['__xor__', '__rxor__', 12],
  ['__divmod__', '__rdivmod__', 26],
];

function one(name: string, args: PyObject[]): PyObject {
  if (args.length !== 1) raise(PyExc.TypeError, `expected 1 argument, got ${args.length}`);
  void name;
  return args[0]!;
}

/** Adds `__repr__`, `__eq__`, `__add__`, `__init__`, ... descriptors for every slot a static type defines. */
export function initSlotWrappers(): void {
  for (const t of staticTypesList()) addSlotWrappers(t);
}

/** The slot wrapper descriptors of one static type (also for types created after bootstrap). */
export function addSlotWrappers(t: PyType): void {
  {
    const s = t.ownSlots;
    const w = (name: string, fn: NativeFn) => { if (t.tdict.getStr(name) === null) defWrapper(t, name, fn); };
    if (s.repr) w('__repr__', (self) => s.repr!(self!));
    if (s.str) w('__str__', (self) => s.str!(self!));
    if (s.hash) w('__hash__', (self) => intFrom(hashExactVia(s.hash!, self!)));
    if (s.richcompare) CMP_NAMES.forEach((n, op) => w(n, (self, args) => s.richcompare!(self!, one(n, args), op)));
    if (s.getattro) w('__getattribute__', (self, args) => {
      const n = one('__getattribute__', args);
      if (!(n instanceof PyStr)) raise(PyExc.TypeError, `attribute name must be string, not '${n.type.name}'`);
      return s.getattro!(self!, n.s, false)!;
    });
    if (s.setattro) {
      w('__setattr__', (self, args) => { s.setattro!(self!, (args[0] as PyStr).s, args[1]!); return ref(None); });
      w('__delattr__', (self, args) => { s.setattro!(self!, (args[0] as PyStr).s, null); return ref(None); });
    }
    if (s.call) w('__call__', (self, args, kw) => s.call!(self!, args, kw));
    if (s.iter) w('__iter__', (self) => s.iter!(self!));
    if (s.iternext) w('__next__', (self) => { const r = s.iternext!(self!); if (r === null) { A.isExcOf(null, PyExc.StopIteration!); throw A.newExc(PyExc.StopIteration!, null); } return r; });
    if (s.len) w('__len__', (self) => newInt(s.len!(self!)));
    if (s.getitem) w('__getitem__', (self, args) => s.getitem!(self!, one('__getitem__', args)));
    if (s.setitem) {
      w('__setitem__', (self, args) => { s.setitem!(self!, args[0]!, args[1]!); return ref(None); });
      w('__delitem__', (self, args) => { s.setitem!(self!, args[0]!, null); return ref(None); });
    }
    if (s.contains) w('__contains__', (self, args) => boolObj(s.contains!(self!, one('__contains__', args))));
    if (s.bool) w('__bool__', (self) => boolObj(s.bool!(self!)));
    if (s.neg) w('__neg__', (self) => s.neg!(self!));
    if (s.pos) w('__pos__', (self) => s.pos!(self!));
    if (s.abs) w('__abs__', (self) => s.abs!(self!));
    if (s.invert) w('__invert__', (self) => s.invert!(self!));
    if (s.descrGet) w('__get__', (self, args) => s.descrGet!(self!, args[0] === None ? null : args[0]!, args[1] ?? args[0]!.type));
    if (s.descrSet) {
      w('__set__', (self, args) => { s.descrSet!(self!, args[0]!, args[1]!); return ref(None); });
      w('__delete__', (self, args) => { s.descrSet!(self!, args[0]!, null); return ref(None); });
    }
    if (s.init) w('__init__', (self, args, kw) => { s.init!(self!, args, kw); return ref(None); });
    if (s.nb) for (const [op, rop, k] of NB) {
      const f = s.nb[k];
      if (!f) continue;
      w(op, (self, args) => f(self!, one(op, args)));
      w(rop, (self, args) => f(one(rop, args), self!));
    }
    if (s.concat && !(s.nb && s.nb[0])) w('__add__', (self, args) => s.concat!(self!, one('__add__', args)));
    if (s.repeat && !(s.nb && s.nb[5])) { w('__mul__', (self, args) => s.repeat!(self!, one('__mul__', args))); w('__rmul__', (self, args) => s.repeat!(self!, one('__rmul__', args))); }
    if (s.new) {
      const nf = s.new;
      const owner = t;
      const fn = newBuiltin('__new__', (_self, args, kw) => {
        if (!args.length) raise(PyExc.TypeError, `${owner.name}.__new__(): not enough arguments`);
        const sub = args[0]!;
        if (!(sub instanceof PyType)) raise(PyExc.TypeError, `${owner.name}.__new__(X): X is not a type object (${sub.type.name})`);
        if (!sub.isSubtype(owner)) raise(PyExc.TypeError, `${owner.name}.__new__(${sub.name}): ${sub.name} is not a subtype of ${owner.name}`);
        return nf(sub, args.slice(1), kw);
      }, null, owner.name);
      fn.ob_refcnt = 0x3fffffff;
      fn.flags |= 1;
      t.tdict.setStr('__new__', fn);
    }
  }
  void NotImplemented; void listSteal;
}

import { staticTypes } from './type';
function staticTypesList(): PyType[] {
  return staticTypes.slice();
}
