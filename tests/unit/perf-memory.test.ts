// Deterministic checks behind the memory-side performance work (docs/performance-memory.md):
// the hot types that store the object header in their own constructor (objects/object.ts) must
// build exactly the header PyObject's constructor builds; they never assert timings.
import { describe, it, expect } from 'vitest';
import { createVM, CaptureHost } from '../../src/vm/index';
import { PyObject } from '../../src/vm/objects/object';
import { PySlice } from '../../src/vm/objects/slice';
import { PyInt, intType } from '../../src/vm/objects/int';
import { PyFloat, floatType } from '../../src/vm/objects/float';
import { PyStr, strType } from '../../src/vm/objects/str';
import { PyList, listType } from '../../src/vm/objects/list';
import { PyTuple, tupleType } from '../../src/vm/objects/tuple';
import { PyDict, dictType } from '../../src/vm/objects/dict';
import { PyInstance } from '../../src/vm/objects/instance';
import { PyCell, cellType } from '../../src/vm/objects/cell';
import { PyRangeIter } from '../../src/vm/objects/range';
import { PyIter } from '../../src/vm/objects/iterators';
import { objectType } from '../../src/vm/objects/type';

const GC_FIELDS = ['gcRefs', 'gcPrev', 'gcNext'];

function header(o: PyObject, n: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o).slice(0, n)) out[k] = (o as unknown as Record<string, unknown>)[k];
  delete out.serial;
  delete out.type;
  return out;
}

describe('object header stored by the hot types themselves', () => {
  it('container types build the same fields, in the same order, with the same values as PyObject', () => {
    createVM(new CaptureHost());
    const ref = new PySlice(objectType, null as never, null as never, null as never);
    const refKeys = Object.keys(ref).slice(0, 9);
    expect(refKeys).toEqual(['ob_refcnt', 'flags', 'serial', 'type', 'gcGen', 'gcRefs', 'gcPrev', 'gcNext', 'dict']);
    const made: PyObject[] = [
      new PyList(listType, []), new PyTuple(tupleType, []), new PyDict(dictType),
      new PyInstance(objectType), new PyCell(cellType, null), new PyIter(objectType, null, 0),
    ];
    for (const o of made) {
      expect(Object.keys(o).slice(0, 9)).toEqual(refKeys);
      expect(header(o, 9)).toEqual(header(ref, 9));
      expect(o.type).not.toBeNull();
    }
  });

  it('non-container types build the header without the collector fields', () => {
    createVM(new CaptureHost());
    const ref = new PySlice(objectType, null as never, null as never, null as never);
    const want = Object.keys(ref).slice(0, 9).filter((k) => !GC_FIELDS.includes(k));
    const made: PyObject[] = [new PyInt(intType, 123456), new PyFloat(floatType, 1.5), new PyStr(strType, 'x'), new PyRangeIter(objectType, 0, 1, 3)];
    for (const o of made) {
      expect(Object.keys(o).slice(0, 6)).toEqual(want);
      const h = header(o, 6);
      const r = header(ref, 9);
      for (const k of GC_FIELDS) delete r[k];
      expect(h).toEqual(r);
    }
  });

  it('serials (ids) stay unique and increasing across both kinds of constructor', () => {
    createVM(new CaptureHost());
    const a = new PyInt(intType, 1000);
    const b = new PySlice(objectType, null as never, null as never, null as never);
    const c = new PyList(listType, []);
    expect(b.serial).toBe(a.serial + 1);
    expect(c.serial).toBe(b.serial + 1);
    expect(new Set([a.id, b.id, c.id]).size).toBe(3);
  });
});

import { tupleHashInternal, tupleHashViaBigInt } from '../../src/vm/objects/tuple_methods';
import { newInt, newIntBig } from '../../src/vm/objects/int';
import { newFloat } from '../../src/vm/objects/float';
import { newStr } from '../../src/vm/objects/str';
import { tupleFrom } from '../../src/vm/objects/tuple';
import { None } from '../../src/vm/objects/singletons';

describe('tuple hash in 32-bit halves', () => {
  it('equals the BigInt xxHash of the items for ints of every size, strs, floats, None, nested tuples', () => {
    createVM(new CaptureHost());
    let seed = 12345;
    const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
    const atom = (): PyObject => {
      const k = Math.floor(rnd() * 7);
      if (k === 0) return newInt(Math.floor((rnd() - 0.5) * 2 ** (1 + Math.floor(rnd() * 52))));
      if (k === 1) return newInt([-1, -2, 0, 1, 2 ** 53 - 1, -(2 ** 53 - 1), 2 ** 32, -(2 ** 32)][Math.floor(rnd() * 8)]!);
      if (k === 2) return newIntBig(BigInt(Math.floor(rnd() * 2 ** 40)) ** 3n * (rnd() < 0.5 ? -1n : 1n));
      if (k === 3) return newStr('s' + Math.floor(rnd() * 1000));
      if (k === 4) return newFloat((rnd() - 0.5) * 1e6);
      if (k === 5) return None;
      return tupleFrom([newInt(Math.floor(rnd() * 1e9)), newStr('x')]);
    };
    for (let n = 0; n < 400; n++) {
      const items: PyObject[] = [];
      const len = Math.floor(rnd() * 6);
      for (let i = 0; i < len; i++) items.push(atom());
      expect(tupleHashInternal(items)).toBe(tupleHashViaBigInt(items));
    }
  });
});
