/**
 * Late-bound services used by the object layer, filled by bootstrap.ts and vm.ts, so objects/ and
 * runtime/abstract.ts never import the interpreter (no import cycles at module evaluation).
 */
import type { PyObject } from '../objects/object';
import type { PyType } from '../objects/type';
import type { PyBaseException } from '../objects/exceptions';
import type { PyFunction } from '../objects/function';
import type { PyStr } from '../objects/str';
import type { PyDict } from '../objects/dict';
import type { Frame } from '../interp/frame';

type Fn<A extends unknown[], R> = (...a: A) => R;
function missing(name: string): never {
  throw new Error(`vmHooks.${name} used before bootstrap`);
}

export const vmHooks = {
  /** Recursion guard for builtins that call back into Python (Py_EnterRecursiveCall). */
  enterRecursive: (_where: string): void => {},
  leaveRecursive: (): void => {},
  attributeError: ((_o, _n) => missing('attributeError')) as Fn<[PyObject, string], PyBaseException>,
  isFunction: (_o: PyObject): boolean => false,
  callPython: ((_f, _a, _k) => missing('callPython')) as Fn<[PyFunction, PyObject[], readonly string[] | null], PyObject>,
  callFunctionWithSelf: ((_f, _s, _a, _k) => missing('callFunctionWithSelf')) as Fn<[PyObject, PyObject, PyObject[], readonly string[] | null], PyObject>,
  seqIter: ((_o) => missing('seqIter')) as Fn<[PyObject], PyObject>,
  fastItems: (_o: PyObject): PyObject[] | null => null,
  typeType: (() => missing('typeType')) as Fn<[], PyType>,
  genericAlias: ((_t, _k) => missing('genericAlias')) as Fn<[PyObject, PyObject], PyObject>,
  intFromBig: ((_v) => missing('intFromBig')) as Fn<[bigint], PyObject>,
  reprEnter: (o: PyObject): boolean => { if (reprActive.has(o)) return false; reprActive.add(o); return true; },
  reprLeave: (o: PyObject): void => { reprActive.delete(o); },
  truthy: ((_o) => missing('truthy')) as Fn<[PyObject], boolean>,
  percentFormat: ((_f, _a) => missing('percentFormat')) as Fn<[PyStr, PyObject], PyObject>,
  strFormat: ((_f, _a, _k) => missing('strFormat')) as Fn<[PyStr, PyObject[], readonly string[] | null], PyObject>,
  formatValue: ((_o, _s) => missing('formatValue')) as Fn<[PyObject, PyObject], PyObject>,
  strNew: ((_t, _a, _k) => missing('strNew')) as Fn<[PyType, PyObject[], readonly string[] | null], PyObject>,
  tupleOfStrs: ((_p) => missing('tupleOfStrs')) as Fn<[string[]], PyObject>,
  dirNames: ((_o) => missing('dirNames')) as Fn<[PyObject], string[]>,
  frozensetFrom: ((_i) => missing('frozensetFrom')) as Fn<[PyObject[]], PyObject>,
  newBytes: ((_b) => missing('newBytes')) as Fn<[Uint8Array], PyObject>,
  newComplex: ((_r, _i) => missing('newComplex')) as Fn<[number, number], PyObject>,
  listIterOver: ((_i, _o) => missing('listIterOver')) as Fn<[PyObject[], PyObject], PyObject>,
  superInitSubclass: ((_t, _a, _k) => missing('superInitSubclass')) as Fn<[PyType, PyObject[], readonly string[]], void>,
  abstractMethods: ((_t) => missing('abstractMethods')) as Fn<[PyType], string[]>,
  slotNames: ((_t) => missing('slotNames')) as Fn<[PyType], string[]>,
  mappingProxy: ((_d) => missing('mappingProxy')) as Fn<[PyObject], PyObject>,
  unionType: ((_a, _b) => missing('unionType')) as Fn<[PyObject, PyObject], PyObject>,
  typeModule: ((_t) => missing('typeModule')) as Fn<[PyType], string>,
  typeQualname: ((_t) => missing('typeQualname')) as Fn<[PyType], string>,
  currentGlobals: ((): PyDict | null => null) as Fn<[], PyDict | null>,
  zeroArgSuper: (() => missing('zeroArgSuper')) as Fn<[], [PyObject, PyObject]>,
  dictView: ((_k, _d) => missing('dictView')) as Fn<[string, PyObject], PyObject>,
  encodeUtf8: ((_s) => missing('encodeUtf8')) as Fn<[string], PyObject>,
  frameLocals: ((_f) => missing('frameLocals')) as Fn<[Frame], PyObject>,
  /** frame.f_trace / f_trace_lines / f_trace_opcodes: read (v undefined, new reference) or set (returns None). */
  frameTrace: ((_f, _a, _v) => missing('frameTrace')) as Fn<[Frame, string, PyObject | null | undefined], PyObject>,
  frameLocalNames: ((_f) => missing('frameLocalNames')) as Fn<[Frame], string[]>,
  round: ((_x, _n) => missing('round')) as Fn<[PyObject, PyObject | null], PyObject>,
  sliceIndices: ((_s, _n) => missing('sliceIndices')) as Fn<[PyObject, number], [number, number, number, number]>,
  resumeFrame: ((_f, _e) => missing('resumeFrame')) as Fn<[Frame, PyBaseException | null], PyObject>,
  hasAttr: ((_o, _n) => missing('hasAttr')) as Fn<[PyObject, string], boolean>,
  moduleByName: ((_n) => missing('moduleByName')) as Fn<[string], PyObject | null>,
  reversedList: ((_l) => missing('reversedList')) as Fn<[PyObject], PyObject>,
  /** Makes `v` (owned) the VM's handled exception and returns the previous one (owned). */
  swapHandled: ((_v) => missing('swapHandled')) as Fn<[PyObject | null], PyObject | null>,
  /** sys.get_asyncgen_hooks() of the running thread: [firstiter, finalizer] (borrowed, null = unset). */
  asyncGenHooks: (() => missing('asyncGenHooks')) as Fn<[], [PyObject | null, PyObject | null]>,
  /** PyErr_WarnEx(category, text, stacklevel) through the warnings engine (may raise). */
  warn: ((_c, _t, _l) => missing('warn')) as Fn<[PyType, string, number], void>,
  /** _PyErr_WarnUnawaitedCoroutine (never raises). */
  unawaitedCoroutine: ((_c, _q) => missing('unawaitedCoroutine')) as Fn<[PyObject, string], void>,
};
const reprActive = new Set<PyObject>();
