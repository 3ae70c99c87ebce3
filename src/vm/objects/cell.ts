/** cell objects: one variable shared between a function and the closures it creates. */
import { PyObject, nextSerial, memObserver } from './object';
import { makeStaticType, objectType, PyType, RefKindCode, TF_HAVE_GC } from './type';
import { newStr } from './str';
import { decref, xdecref } from '../runtime/refcount';
import { gcTrack } from '../runtime/gc';
import { NotImplemented } from './singletons';
import { boolObj } from './int';
import { richCompare } from '../runtime/abstract';
import { pyIdHex } from '../runtime/address';

export class PyCell extends PyObject {
  declare ref: PyObject | null;
  constructor(type: PyType, ref: PyObject | null) {
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
    this.ref = ref;
  }
}
export let cellType: PyType;

/** New cell taking ownership of `v`. */
export function newCell(v: PyObject | null): PyCell {
  const c = new PyCell(cellType, v);
  gcTrack(c);
  return c;
}

export function cellSet(c: PyCell, v: PyObject | null): void {
  const old = c.ref;
  c.ref = v;
  xdecref(old);
}

export function initCellType(): void {
  cellType = makeStaticType('cell', objectType, {
    repr: (o) => {
      const c = o as PyCell;
      if (c.ref === null) return newStr(`<cell at 0x${pyIdHex(o)}: empty>`);
      return newStr(`<cell at 0x${pyIdHex(o)}: ${c.ref.type.name} object at 0x${pyIdHex(c.ref)}>`);
    },
    traverse: (o, visit) => { const r = (o as PyCell).ref; if (r) visit(r, RefKindCode.Cell, 'cell_contents'); },
    clear: (o) => { const c = o as PyCell; const r = c.ref; c.ref = null; if (r) decref(r); },
    dealloc: (o) => { const c = o as PyCell; const r = c.ref; c.ref = null; if (r) decref(r); },
    sizeof: () => 24,
    // cell_richcompare: contents compared; an empty cell sorts before a full one.
    richcompare: (a, b, op) => {
      if (!(a instanceof PyCell) || !(b instanceof PyCell)) { NotImplemented.ob_refcnt++; return NotImplemented; }
      if (a.ref !== null && b.ref !== null) return richCompare(a.ref, b.ref, op);
      const x = b.ref === null ? 1 : 0, y = a.ref === null ? 1 : 0;
      const r = [x < y, x <= y, x === y, x !== y, x > y, x >= y][op]!;
      return boolObj(r);
    },
  }, { noSubclass: true, flags: TF_HAVE_GC });
}
