/** Bound methods (PyMethodObject): a function together with the instance it was looked up on. */
import { PyObject, nextSerial, memObserver } from './object';
import { makeStaticType, objectType, PyType, RefKindCode, TF_HAVE_GC } from './type';
import { newStr } from './str';
import { decref } from '../runtime/refcount';
import { gcTrack } from '../runtime/gc';
import { reprJS, call, getAttrOpt, strJS, hashOf, richEq } from '../runtime/abstract';
import { boolObj } from './int';
import { NotImplemented, None } from './singletons';
import { raise, PyExc } from '../runtime/errors';

export class PyMethod extends PyObject {
  declare func: PyObject;
  declare self: PyObject;
  constructor(type: PyType, func: PyObject, self: PyObject) {
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
    this.func = func;
    this.self = self;
  }
}
export let methodType: PyType;

/** New bound method with new references to func and self. */
export function newMethod(func: PyObject, self: PyObject): PyMethod {
  func.ob_refcnt++;
  self.ob_refcnt++;
  const m = new PyMethod(methodType, func, self);
  gcTrack(m);
  return m;
}

export function initMethodType(): void {
  methodType = makeStaticType('method', objectType, {
    repr: (o) => {
      const m = o as PyMethod;
      const qn = getAttrOpt(m.func, '__qualname__');
      let name = '?';
      if (qn) { name = strJS(qn); decref(qn); }
      return newStr(`<bound method ${name} of ${reprJS(m.self)}>`);
    },
    // types.MethodType(function, instance)
    new: (_t, args, kw) => {
      if (kw && kw.length) raise(PyExc.TypeError, 'method() takes no keyword arguments');
      if (args.length !== 2) raise(PyExc.TypeError, `method expected 2 arguments, got ${args.length}`);
      const [f, self] = args as [PyObject, PyObject];
      if (!f.type.slots.call) raise(PyExc.TypeError, 'first argument must be callable');
      if (self === None) raise(PyExc.TypeError, 'instance must not be None');
      return newMethod(f, self);
    },
    call: (o, args, kw) => { const m = o as PyMethod; return call(m.func, [m.self, ...args], kw); },
    hash: (o) => { const m = o as PyMethod; return (hashOf(m.self) ^ hashOf(m.func)) | 0; },
    richcompare: (a, b, op) => {
      if (!(b instanceof PyMethod) || (op !== 2 && op !== 3)) { NotImplemented.ob_refcnt++; return NotImplemented; }
      const eq = (a as PyMethod).self === b.self && richEq((a as PyMethod).func, b.func);
      return boolObj(op === 2 ? eq : !eq);
    },
    getattro: undefined,
    traverse: (o, visit) => { const m = o as PyMethod; visit(m.func, RefKindCode.Attr, '__func__'); visit(m.self, RefKindCode.Attr, '__self__'); },
    dealloc: (o) => { const m = o as PyMethod; decref(m.func); decref(m.self); },
    sizeof: () => 48,
  }, { noSubclass: true, flags: TF_HAVE_GC });
}
