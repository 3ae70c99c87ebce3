/**
 * The object layout and type factory shared by the itertools types (itertools.ts,
 * itertools_comb.ts). Every itertools object is a PyItt: its owned references live in `r`
 * (fixed slots, meaning per type) and `pool` (a variable list), plus `res`, the result tuple
 * it recycles while nobody else holds it (CPython's result reuse in product, combinations,
 * permutations, pairwise, zip_longest). Traversal and release are generic over those three,
 * so each type only states its slots' meaning.
 */
import type { PyObject } from '../objects/object';
import { PyInstance, instanceTraverse, instanceClear } from '../objects/instance';
import { PyTuple, tupleSteal, emptyTuple } from '../objects/tuple';
import { PyInt } from '../objects/int';
import { None } from '../objects/singletons';
import { makeStaticType, objectType, PyType, TF_HAVE_GC, RefKindCode, type TypeSlots } from '../objects/type';
import { defMethods, type MethodFn } from '../objects/builtin_function';
import { finishType } from '../objects/deque';
import { raise, PyExc } from '../runtime/errors';
import { decref, xdecref } from '../runtime/refcount';
import { gcTrack } from '../runtime/gc';
import { vmHooks } from '../runtime/hooks';
import * as A from '../runtime/abstract';

export class PyItt extends PyInstance {
  declare r: (PyObject | null)[];
  declare pool: PyObject[];
  declare res: PyTuple | null;
  declare idx: number[];
  declare cyc: number[];
  declare n: number;
  declare m: number;
  declare k: number;
  declare stopped: boolean;
  /** A borrowed reference (groupby's current _grouper). */
  declare aux: PyObject | null;
  constructor(t: PyType, nrefs: number) {
    super(t);
    this.r = nrefs ? new Array(nrefs).fill(null) : [];
    this.pool = [];
    this.res = null;
    this.idx = [];
    this.cyc = [];
    this.n = 0;
    this.m = 0;
    this.k = 0;
    this.stopped = false;
    this.aux = null;
  }
}

/** A new tracked PyItt of type t with `nrefs` reference slots (steals nothing). */
export function newItt(t: PyType, nrefs: number): PyItt {
  const o = new PyItt(t, nrefs);
  if (t.isHeap()) t.ob_refcnt++;
  if (t.nslots) o.slotvals = new Array(t.nslots).fill(null);
  gcTrack(o);
  return o;
}

/** Replaces slot i (steals v). */
export function setRef(o: PyItt, i: number, v: PyObject | null): void {
  const old = o.r[i]!;
  o.r[i] = v;
  if (old) decref(old);
}

export function releaseItt(o: PyObject): void {
  const it = o as PyItt;
  const r = it.r;
  for (let i = 0; i < r.length; i++) { const v = r[i]; if (v) { r[i] = null; decref(v); } }
  const p = it.pool;
  it.pool = [];
  for (let i = 0; i < p.length; i++) decref(p[i]!);
  const res = it.res;
  it.res = null;
  xdecref(res);
  instanceClear(o);
}

function traverseItt(o: PyObject, visit: (c: PyObject, k: RefKindCode, l: string | number) => void): void {
  const it = o as PyItt;
  for (let i = 0; i < it.r.length; i++) { const v = it.r[i]; if (v) visit(v, RefKindCode.Internal, i); }
  for (let i = 0; i < it.pool.length; i++) visit(it.pool[i]!, RefKindCode.Item, i);
  if (it.res) visit(it.res, RefKindCode.Internal, 'result');
  instanceTraverse(o, visit);
}

/**
 * The result tuple, reused in place when the iterator holds its only reference (the previous
 * items are released after the new ones are stored). Steals `items`.
 */
export function recycle(o: PyItt, items: PyObject[]): PyObject {
  const r = o.res;
  if (r !== null && r.ob_refcnt === 1) {
    const old = r.items;
    r.items = items;
    r.h = -1;
    r.ob_refcnt++;
    if (r.gcGen === -1) gcTrack(r);
    for (let i = 0; i < old.length; i++) decref(old[i]!);
    return r;
  }
  const t = tupleSteal(items);
  t.ob_refcnt++;
  o.res = t;
  xdecref(r);
  return t;
}

export function ref<T extends PyObject>(o: T): T {
  o.ob_refcnt++;
  return o;
}

export function none(): PyObject {
  None.ob_refcnt++;
  return None;
}

export function empty(): PyObject {
  emptyTuple.ob_refcnt++;
  return emptyTuple;
}

/** (type(o), args[, state]) steals args/state. */
export function reduceTuple(o: PyObject, args: PyObject, state: PyObject | null = null): PyObject {
  deprecation();
  o.type.ob_refcnt++;
  return tupleSteal(state === null ? [o.type, args] : [o.type, args, state]);
}

export function deprecation(): void {
  vmHooks.warn(PyExc.DeprecationWarning!, 'Pickle, copy, and deepcopy support will be removed from itertools in Python 3.14.', 1);
}

/** Py_ssize_t argument (Argument Clinic "n"): __index__, OverflowError beyond 64 bits. */
export function ssize(o: PyObject): number {
  if (!(o instanceof PyInt) && !o.type.slots.index) raise(PyExc.TypeError, `'${o.type.name}' object cannot be interpreted as an integer`);
  const i = A.index(o);
  const v = i.v;
  decref(i);
  if (typeof v === 'bigint') raise(PyExc.OverflowError, 'Python int too large to convert to C ssize_t');
  return v;
}

/** _PyArg_CheckPositional wording ("cycle expected 1 argument, got 0"). */
export function positional(name: string, args: readonly PyObject[], min: number, max: number): void {
  const n = args.length;
  if (n < min) raise(PyExc.TypeError, `${name} expected ${min === max ? '' : 'at least '}${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  if (n > max) raise(PyExc.TypeError, `${name} expected ${min === max ? '' : 'at most '}${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/** _PyArg_NoKeywords, which CPython applies only to the exact type (a subclass may take keywords). */
export function noKwExact(t: PyType, base: PyType | null, name: string, kw: readonly string[] | null): void {
  if (kw && kw.length && (base === null || t === base)) raise(PyExc.TypeError, `${name}() takes no keyword arguments`);
}

/** Positional part of a vectorcall argument array. */
export function posArgs(args: PyObject[], kw: readonly string[] | null): PyObject[] {
  return kw && kw.length ? args.slice(0, args.length - kw.length) : args;
}

export interface IttSpec {
  name: string;
  nrefs?: number;
  new: (t: PyType, args: PyObject[], kw: readonly string[] | null) => PyObject;
  next: (o: PyItt) => PyObject | null;
  methods?: Record<string, MethodFn>;
  slots?: TypeSlots;
  subclass?: boolean;
  basicsize?: number;
}

export function makeIttType(spec: IttSpec): PyType {
  const t = makeStaticType(spec.name, objectType, {
    new: spec.new,
    iter: (o) => { o.ob_refcnt++; return o; },
    iternext: spec.next as (o: PyObject) => PyObject | null,
    traverse: traverseItt,
    clear: releaseItt,
    dealloc: releaseItt,
    ...spec.slots,
  }, { module: 'itertools', basicsize: spec.basicsize ?? 32, noSubclass: spec.subclass === false, flags: TF_HAVE_GC });
  finishType(t);
  if (spec.methods) defMethods(t, spec.methods);
  return t;
}

export { tupleSteal, emptyTuple, PyTuple };
