/**
 * The PEP 695 intrinsics (CALL_INTRINSIC_1: TYPEVAR 7, PARAMSPEC 8, TYPEVARTUPLE 9,
 * SUBSCRIPT_GENERIC 10, TYPEALIAS 11; CALL_INTRINSIC_2: TYPEVAR_WITH_BOUND 2,
 * TYPEVAR_WITH_CONSTRAINTS 3, SET_FUNCTION_TYPE_PARAMS 4) over the `_typing` module
 * (modules/py/typing_py.ts), imported through builtins.__import__ on first use.
 */
import type { PyObject } from '../objects/object';
import { PyTuple } from '../objects/tuple';
import { None } from '../objects/singletons';
import { raise, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import { vmHooks } from '../runtime/hooks';
import * as A from '../runtime/abstract';
import { newStr } from '../objects/str';

function typingCall(fn: string, args: PyObject[]): PyObject {
  const builtins = vmHooks.moduleByName('builtins');
  if (!builtins) raise(PyExc.SystemError, 'builtins not available');
  const imp = A.getAttr(builtins, '__import__');
  const name = newStr('_typing');
  let mod: PyObject;
  try { mod = A.call(imp, [name]); } finally { decref(name); decref(imp); }
  try {
    const f = A.getAttr(mod, fn);
    try { return A.call(f, args); } finally { decref(f); }
  } finally { decref(mod); }
}

/** CALL_INTRINSIC_1 operands 7..11; null for other operands. */
export function typingIntrinsic1(n: number, v: PyObject): PyObject | null {
  switch (n) {
    case 7: return typingCall('_make_typevar', [v, None, None]);
    case 8: return typingCall('_make_paramspec', [v]);
    case 9: return typingCall('_make_typevartuple', [v]);
    case 10: return typingCall('_subscript_generic', [v]);
    case 11: {
      const items = (v as PyTuple).items;
      return typingCall('_make_typealias', [items[0]!, items[1]!, items[2]!]);
    }
    default: return null;
  }
}

/** CALL_INTRINSIC_2 operands 2..4; null for other operands. */
export function typingIntrinsic2(n: number, a: PyObject, b: PyObject): PyObject | null {
  switch (n) {
    case 2: return typingCall('_make_typevar', [a, b, None]);
    case 3: return typingCall('_make_typevar', [a, None, b]);
    case 4: A.setAttr(a, '__type_params__', b); a.ob_refcnt++; return a;
    default: return null;
  }
}
