/**
 * The abstract object protocol (Objects/abstract.c, object.c): every operation the interpreter and
 * the builtins perform on arbitrary objects, dispatched through type slots.
 * Results are new references; arguments are borrowed. Errors are thrown Python exceptions.
 */
import { PyObject } from '../objects/object';
import { PyType, lookup, type TypeSlots } from '../objects/type';
import { PyStr, newStr, strType } from '../objects/str';
import { PyInt, boolObj, True, False, newInt, intType } from '../objects/int';
import { PyFloat } from '../objects/float';
import { None, NotImplemented } from '../objects/singletons';
import { raise, PyExc } from './errors';
import { decref } from './refcount';
import type { PyDict } from '../objects/dict';
import { vmHooks } from './hooks';
import { PyMethodDescr } from '../objects/builtin_function';

export function typeName(o: PyObject): string {
  return o.type.name;
}

// ---- repr / str -------------------------------------------------------------------------

export function repr(o: PyObject): PyStr {
  const f = o.type.slots.repr;
  if (!f) return newStr(`<${o.type.name} object at 0x${pyIdHex(o)}>`);
  vmHooks.enterRecursive(' while getting the repr of an object');
  try {
    const r = f(o);
    if (!(r instanceof PyStr)) { decref(r); raise(PyExc.TypeError, `__repr__ returned non-string (type ${r.type.name})`); }
    return r;
  } finally {
    vmHooks.leaveRecursive();
  }
}

export function str(o: PyObject): PyStr {
  if (o.type === strType) { o.ob_refcnt++; return o as PyStr; }
  const f = o.type.slots.str ?? o.type.slots.repr;
  if (!f) return repr(o);
  const r = f(o);
  if (!(r instanceof PyStr)) { decref(r); raise(PyExc.TypeError, `__str__ returned non-string (type ${r.type.name})`); }
  return r;
}

export function reprJS(o: PyObject): string {
  const r = repr(o);
  const s = r.s;
  decref(r);
  return s;
}

export function strJS(o: PyObject): string {
  const r = str(o);
  const s = r.s;
  decref(r);
  return s;
}

// ---- hashing / comparison ----------------------------------------------------------------

export function hashOf(o: PyObject): number {
  if (o instanceof PyStr) {
    if (o.h !== -1) return o.h;
  }
  const f = o.type.slots.hash;
  if (!f) raise(PyExc.TypeError, `unhashable type: '${o.type.name}'`);
  return f(o);
}

const OPSTR = ['<', '<=', '==', '!=', '>', '>='];
const SWAPPED = [4, 5, 2, 3, 0, 1];

/** PyObject_RichCompare: new reference. */
export function richCompare(a: PyObject, b: PyObject, op: number): PyObject {
  const ta = a.type, tb = b.type;
  let checkedReverse = false;
  if (ta !== tb && tb.isSubtype(ta) && tb.slots.richcompare) {
    checkedReverse = true;
    const r = tb.slots.richcompare(b, a, SWAPPED[op]!);
    if (r !== NotImplemented) return r;
    decref(r);
  }
  if (ta.slots.richcompare) {
    const r = ta.slots.richcompare(a, b, op);
    if (r !== NotImplemented) return r;
    decref(r);
  }
  if (!checkedReverse && tb.slots.richcompare) {
    const r = tb.slots.richcompare(b, a, SWAPPED[op]!);
    if (r !== NotImplemented) return r;
    decref(r);
  }
  if (op === 2) return boolObj(a === b);
  if (op === 3) return boolObj(a !== b);
  raise(PyExc.TypeError, `'${OPSTR[op]}' not supported between instances of '${ta.name}' and '${tb.name}'`);
}

export function richCompareBool(a: PyObject, b: PyObject, op: number): boolean {
  if (a === b) { if (op === 2) return true; if (op === 3) return false; }
  const r = richCompare(a, b, op);
  if (r === True) { r.ob_refcnt--; return true; }
  if (r === False) { r.ob_refcnt--; return false; }
  const t = isTrue(r);
  decref(r);
  return t;
}

/** a == b with identity shortcut (PyObject_RichCompareBool(.., Py_EQ)). */
export function richEq(a: PyObject, b: PyObject): boolean {
  if (a === b) return true;
  // Exact int/str pairs (dict and set probes): int.__eq__/str.__eq__ would give the same answer.
  const ta = a.type;
  if (ta === b.type) {
    if (ta === intType) return (a as PyInt).v == (b as PyInt).v; // number/bigint compare by value
    if (ta === strType) return (a as PyStr).s === (b as PyStr).s;
  }
  return richCompareBool(a, b, 2);
}

export function isTrue(o: PyObject): boolean {
  if (o === True) return true;
  if (o === False || o === None) return false;
  const t = o.type.slots;
  if (t.bool) return t.bool(o);
  if (t.len) return t.len(o) !== 0;
  return true;
}

// ---- attributes --------------------------------------------------------------------------

export function attrError(o: PyObject, name: string): never {
  const e = vmHooks.attributeError(o, name);
  throw e;
}

/** getattr(o, name): new reference; raises AttributeError. */
export function getAttr(o: PyObject, name: string): PyObject {
  const f = o.type.slots.getattro!;
  return f(o, name, false)!;
}

/** getattr(o, name, None)-style lookup: null when missing (AttributeError suppressed). */
export function getAttrOpt(o: PyObject, name: string): PyObject | null {
  const f = o.type.slots.getattro!;
  try {
    return f(o, name, true);
  } catch (e) {
    if (isExcOf(e, PyExc.AttributeError!)) { decref(e as PyObject); return null; }
    throw e;
  }
}

export function setAttr(o: PyObject, name: string, v: PyObject | null): void {
  const f = o.type.slots.setattro;
  if (!f) {
    if (v === null) raise(PyExc.AttributeError, `'${o.type.name}' object has no attribute '${name}'`);
    raise(PyExc.AttributeError, `'${o.type.name}' object has no attribute '${name}'`);
  }
  f(o, name, v);
}

export function isExcOf(e: unknown, t: PyType): boolean {
  return e instanceof PyObject && e.type.isSubtype(t);
}

// ---- calls -------------------------------------------------------------------------------

export function call(callable: PyObject, args: PyObject[], kwnames: readonly string[] | null = null): PyObject {
  const f = callable.type.slots.call;
  if (!f) raise(PyExc.TypeError, `'${callable.type.name}' object is not callable`);
  return f(callable, args, kwnames);
}

/** Looks up a special method on the type (never the instance) and calls it bound: null if absent. */
export function callSpecial(o: PyObject, name: string, args: PyObject[]): PyObject | null {
  const d = lookup(o.type, name);
  if (d === null) return null;
  return callDescr(d, o, args);
}

/** Calls descriptor `d` (found on o's type) as a method of o. */
export function callDescr(d: PyObject, o: PyObject, args: PyObject[], kwnames: readonly string[] | null = null): PyObject {
  if (vmHooks.isFunction(d)) return vmHooks.callFunctionWithSelf(d, o, args, kwnames);
  // A builtin method or slot wrapper (dict.__setitem__ reached from a subclass's slot) is called
  // unbound with o as self, as CPython's lookup_maybe_method/call_unbound do: no bound
  // builtin_function_or_method is made (nor counted by gc/tracemalloc) per call.
  if (d instanceof PyMethodDescr && d.kind === 'method') {
    if (!o.type.isSubtype(d.objtype)) return callBound(d, o, args, kwnames);
    return d.fn(o, args, kwnames);
  }
  return callBound(d, o, args, kwnames);
}

function callBound(d: PyObject, o: PyObject, args: PyObject[], kwnames: readonly string[] | null): PyObject {
  const g = d.type.slots.descrGet;
  if (g) {
    const bound = g(d, o, o.type);
    try { return call(bound, args, kwnames); } finally { decref(bound); }
  }
  return call(d, args, kwnames);
}

export function callMethod(o: PyObject, name: string, args: PyObject[], kwnames: readonly string[] | null = null): PyObject {
  const m = getAttr(o, name);
  try { return call(m, args, kwnames); } finally { decref(m); }
}

// ---- iteration ---------------------------------------------------------------------------

export function getIter(o: PyObject): PyObject {
  const f = o.type.slots.iter;
  if (f) {
    const it = f(o);
    if (!it.type.slots.iternext) { decref(it); raise(PyExc.TypeError, `iter() returned non-iterator of type '${it.type.name}'`); }
    return it;
  }
  if (o.type.slots.getitem && !(o.type.slots as TypeSlots).iter) return vmHooks.seqIter(o);
  raise(PyExc.TypeError, `'${o.type.name}' object is not iterable`);
}

/** next(it): new reference or null when exhausted. */
export function iterNext(it: PyObject): PyObject | null {
  const f = it.type.slots.iternext;
  if (!f) raise(PyExc.TypeError, `'${it.type.name}' object is not an iterator`);
  return f(it);
}

let drainType: PyType | null = null;
let drainFn: ((it: PyObject, sink: (v: PyObject) => boolean) => PyObject | null) | null = null;
/**
 * objects/generator.ts registers the generator type and genDrain (no import cycle): consumers
 * below hand an exact generator's items to a sink inside its own frame (see genDrain).
 */
export function setGenDrain(type: PyType, fn: (it: PyObject, sink: (v: PyObject) => boolean) => PyObject | null): void {
  drainType = type;
  drainFn = fn;
}

/** Collects an iterable into a JS array of new references. */
export function toArray(o: PyObject): PyObject[] {
  const fast = vmHooks.fastItems(o);
  if (fast) { for (const x of fast) x.ob_refcnt++; return fast.slice(); }
  const it = getIter(o);
  const out: PyObject[] = [];
  try {
    let x = it.type === drainType ? drainFn!(it, (v) => { out.push(v); return true; }) : iterNext(it);
    for (; x !== null; x = iterNext(it)) out.push(x);
  } catch (e) {
    for (const x of out) decref(x);
    throw e;
  } finally {
    decref(it);
  }
  return out;
}

// ---- containers --------------------------------------------------------------------------

export function getItem(o: PyObject, k: PyObject): PyObject {
  const f = o.type.slots.getitem;
  if (f) return f(o, k);
  if (o instanceof PyType) {
    // PyObject_GetItem on a type: getattr(o, '__class_getitem__')(k) (binds classmethods to o).
    const cg = getAttrOpt(o, '__class_getitem__');
    if (cg) { try { return call(cg, [k]); } finally { decref(cg); } }
    if (!o.isHeap() && ['type', 'list', 'dict', 'tuple', 'set', 'frozenset', 'enumerate', 'reversed'].includes(o.name)) return vmHooks.genericAlias(o, k);
    raise(PyExc.TypeError, `type '${o.name}' is not subscriptable`);
  }
  raise(PyExc.TypeError, `'${o.type.name}' object is not subscriptable`);
}

export function setItem(o: PyObject, k: PyObject, v: PyObject | null): void {
  const f = o.type.slots.setitem;
  if (!f) {
    if (v === null) raise(PyExc.TypeError, `'${o.type.name}' object doesn't support item deletion`);
    raise(PyExc.TypeError, `'${o.type.name}' object does not support item assignment`);
  }
  f(o, k, v);
}

export function len(o: PyObject): number {
  const f = o.type.slots.len;
  if (!f) raise(PyExc.TypeError, `object of type '${o.type.name}' has no len()`);
  return f(o);
}

export function contains(o: PyObject, x: PyObject): boolean {
  const f = o.type.slots.contains;
  if (f) return f(o, x);
  if (!o.type.slots.iter && !o.type.slots.getitem) raise(PyExc.TypeError, `argument of type '${o.type.name}' is not iterable`);
  const it = getIter(o);
  try {
    let first: PyObject | null;
    const xt = x.type;
    if (it.type === drainType && (xt === strType || (xt === intType && typeof (x as PyInt).v === 'number'))) {
      // `x in gen` for an exact str or small int: a generator's items of the same exact type
      // that differ are compared and dropped inside its frame (genDrain); the rest come here.
      first = drainFn!(it, xt === strType
        ? (y) => { if (y.type === strType && (y as PyStr).s !== (x as PyStr).s) { decref(y); return true; } return false; }
        : (y) => { if (y.type === intType && typeof (y as PyInt).v === 'number' && (y as PyInt).v !== (x as PyInt).v) { decref(y); return true; } return false; });
    } else first = iterNext(it);
    for (let y = first; y !== null; y = iterNext(it)) {
      const eq = richEq(y, x);
      decref(y);
      if (eq) return true;
    }
    return false;
  } finally {
    decref(it);
  }
}

// ---- numbers -----------------------------------------------------------------------------

export const NB_SYMBOLS = ['+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^'];

function binary1(a: PyObject, b: PyObject, op: number): PyObject {
  const ta = a.type, tb = b.type;
  const fa = ta.slots.nb?.[op];
  let fb = tb !== ta ? tb.slots.nb?.[op] : undefined;
  if (fb === fa) fb = undefined;
  if (fa) {
    if (fb && tb.isSubtype(ta)) {
      const r = fb(a, b);
      if (r !== NotImplemented) return r;
      decref(r);
      fb = undefined;
    }
    const r = fa(a, b);
    if (r !== NotImplemented) return r;
    decref(r);
  }
  if (fb) {
    const r = fb(a, b);
    if (r !== NotImplemented) return r;
    decref(r);
  }
  NotImplemented.ob_refcnt++;
  return NotImplemented;
}

/** divmod(a, b): nb_divmod of either operand, as a binary operator. */
export function divmod(a: PyObject, b: PyObject): PyObject {
  const r = binary1(a, b, 26);
  if (r !== NotImplemented) return r;
  decref(r);
  raise(PyExc.TypeError, `unsupported operand type(s) for divmod(): '${a.type.name}' and '${b.type.name}'`);
}

/** BINARY_OP: op is the NB_* index (0..25). */
export function binaryOp(a: PyObject, b: PyObject, op: number): PyObject {
  if (op >= 13) {
    const f = a.type.slots.nb?.[op];
    if (f) {
      const r = f(a, b);
      if (r !== NotImplemented) return r;
      decref(r);
    }
    op -= 13;
    const r = binary1(a, b, op);
    if (r !== NotImplemented) return r;
    decref(r);
    return binaryFallback(a, b, op, true);
  }
  const r = binary1(a, b, op);
  if (r !== NotImplemented) return r;
  decref(r);
  return binaryFallback(a, b, op, false);
}

function binaryFallback(a: PyObject, b: PyObject, op: number, inplace: boolean): PyObject {
  const sa = a.type.slots as TypeSlots & { concat?: (a: PyObject, b: PyObject) => PyObject; repeat?: (a: PyObject, n: PyObject) => PyObject };
  if (op === 0 && sa.concat) return sa.concat(a, b);
  if (op === 5) {
    if (sa.repeat) return sa.repeat(a, b);
    const sb = b.type.slots as { repeat?: (a: PyObject, n: PyObject) => PyObject };
    if (sb.repeat) return sb.repeat(b, a);
  }
  const sym = NB_SYMBOLS[op]! + (inplace ? '=' : '');
  if (op === 8 && !inplace) raise(PyExc.TypeError, `unsupported operand type(s) for ** or pow(): '${a.type.name}' and '${b.type.name}'`);
  raise(PyExc.TypeError, `unsupported operand type(s) for ${sym}: '${a.type.name}' and '${b.type.name}'`);
}

export function unaryOp(o: PyObject, which: 'neg' | 'pos' | 'invert' | 'abs'): PyObject {
  const f = o.type.slots[which];
  if (!f) {
    if (which === 'abs') raise(PyExc.TypeError, `bad operand type for abs(): '${o.type.name}'`);
    const sym = which === 'neg' ? '-' : which === 'pos' ? '+' : '~';
    raise(PyExc.TypeError, `bad operand type for unary ${sym}: '${o.type.name}'`);
  }
  return f(o);
}

/** PyNumber_Index: an int object (new reference). */
export function index(o: PyObject): PyInt {
  if (o instanceof PyInt) { if (o.type === intType) { o.ob_refcnt++; return o; } return newIntFromAny(o.v); }
  const f = o.type.slots.index;
  if (!f) raise(PyExc.TypeError, `'${o.type.name}' object cannot be interpreted as an integer`);
  const r = f(o);
  if (!(r instanceof PyInt)) { decref(r); raise(PyExc.TypeError, `__index__ returned non-int (type ${r.type.name})`); }
  return r;
}

function newIntFromAny(v: number | bigint): PyInt {
  return (typeof v === 'number' ? newInt(v) : vmHooks.intFromBig(v)) as PyInt;
}

const SSIZE_MIN = -(2n ** 63n), SSIZE_MAX = 2n ** 63n - 1n;

/**
 * Index as a JS number, as PyNumber_AsSsize_t(o, IndexError): an int outside Py_ssize_t raises
 * IndexError; one inside it but beyond 2**53 comes back as the nearest double (larger than any
 * length, so callers' range checks report "out of range" as CPython's do).
 */
export function asSize(o: PyObject, what = 'integer'): number {
  if (o instanceof PyInt && typeof o.v === 'number') return o.v;
  const i = index(o);
  const v = i.v;
  decref(i);
  if (typeof v === 'bigint') {
    if (v < SSIZE_MIN || v > SSIZE_MAX) raise(PyExc.IndexError, `cannot fit 'int' into an index-sized ${what}`);
    return Number(v);
  }
  return v;
}

export function isNumber(o: PyObject): boolean {
  return o instanceof PyInt || o instanceof PyFloat;
}

export function dictOf(o: PyObject): PyDict | null {
  return o.dict as PyDict | null;
}

// ---- small constructors used across modules ------------------------------------------------

import { excHooks } from './errors';
import { tupleType } from '../objects/tuple';
import { superType as superTypeRef } from '../objects/super';
import { pyIdHex } from './address';

export function newExc(t: PyType, arg: PyObject | string | null): PyObject {
  return excHooks.make(t, arg);
}
export function tupleTypeRef(): PyType {
  return tupleType;
}
export function intObj(v: number): PyObject {
  return newInt(v);
}
export function superType(): PyType {
  return superTypeRef;
}
