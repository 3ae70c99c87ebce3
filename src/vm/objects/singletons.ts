/**
 * The immortal singletons None, NotImplemented and Ellipsis with their types.
 * `None` is a live binding assigned by initSingletons() during bootstrap.
 */
import { PyObject, makeImmortal } from './object';
import { makeStaticType, objectType, PyType } from './type';
import { newStr } from './str';
import { raise, PyExc } from '../runtime/errors';

class PySingleton extends PyObject {
  constructor(type: PyType, readonly text: string) {
    super(type);
  }
}

export let noneType: PyType;
export let notImplementedType: PyType;
export let ellipsisType: PyType;
export let None: PyObject;
export let NotImplemented: PyObject;
export let Ellipsis: PyObject;

/** New reference to None. */
export function newNone(): PyObject {
  None.ob_refcnt++;
  return None;
}

export function initSingletons(): void {
  const repr = (o: PyObject) => newStr((o as PySingleton).text);
  noneType = makeStaticType('NoneType', objectType, {
    repr, bool: () => false,
    new: (_t, args) => { if (args.length) raise(PyExc.TypeError, 'NoneType takes no arguments'); None.ob_refcnt++; return None; },
  }, { noSubclass: true });
  notImplementedType = makeStaticType('NotImplementedType', objectType, { repr }, { noSubclass: true });
  ellipsisType = makeStaticType('ellipsis', objectType, { repr }, { noSubclass: true });
  None = makeImmortal(new PySingleton(noneType, 'None'));
  NotImplemented = makeImmortal(new PySingleton(notImplementedType, 'NotImplemented'));
  Ellipsis = makeImmortal(new PySingleton(ellipsisType, 'Ellipsis'));
}
