/**
 * list: a growable array of owned references. `allocated` follows CPython's over-allocation
 * (list_resize, list_preallocate_exact) so sys.getsizeof reports CPython's figures.
 */
import { knownBuiltins } from '../interp/known_builtins';
import { PyObject, noteResize, nextSerial, memObserver } from './object';
import { makeStaticType, objectType, PyType, TF_LIST_SUBCLASS, TF_HAVE_GC, RefKindCode } from './type';
import { newStr } from './str';
import { PyInt, newInt, boolObj } from './int';
import { None, NotImplemented } from './singletons';
import { PySlice, sliceIndices, clampIndex } from './slice';
import { raise, raiseWith, PyExc, MAX_SEQUENCE_ITEMS, noMemory } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import { gcTrack } from '../runtime/gc';
import { reprJS, richEq, richCompareBool, richCompare, asSize, toArray, call, isTrue, index } from '../runtime/abstract';
import { defMethods, type NativeFn, type MethodFn } from './builtin_function';
import { vmHooks } from '../runtime/hooks';
import { instanceClear, type PyInstance } from './instance';
import { noKw, nargs } from '../runtime/args';
import { newIter, listIterType } from './iterators';
import { tupleType } from './tuple';
import { sortedOrder } from './list_sort';
import { nullArray } from '../util/arrays';

export class PyList extends PyObject {
  declare items: PyObject[];
  declare allocated: number;
  constructor(type: PyType, items: PyObject[]) {
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
    this.items = items;
    this.allocated = items.length;
  }
}

export let listType: PyType;

/** New list owning the references in `items`. */
/** PySequence_Fast: the items of an iterable; a TypeError from getting its iterator becomes `msg`. */
function seqFast(v: PyObject, msg: string): PyObject[] {
  if (!v.type.slots.iter && !v.type.slots.getitem) raise(PyExc.TypeError, msg);
  return toArray(v);
}

export function listSteal(items: PyObject[]): PyList {
  const l = new PyList(listType, items);
  gcTrack(l);
  return l;
}

export function newList(items: readonly PyObject[] = []): PyList {
  for (const x of items) x.ob_refcnt++;
  return listSteal(items.slice());
}

/** list_resize's over-allocation for a new size. */
export function resizeTo(l: PyList, newsize: number): void {
  if (l.allocated >= newsize && newsize >= (l.allocated >> 1)) return;
  if (newsize === 0) { l.allocated = 0; noteResize(l); return; }
  let na = (newsize + (newsize >> 3) + 6) & ~3;
  if (newsize - l.items.length > na - newsize) na = (newsize + 3) & ~3;
  l.allocated = na;
  noteResize(l);
}

export function listAppend(l: PyList, x: PyObject): void {
  x.ob_refcnt++;
  const n = l.items.length;
  if (n === l.allocated) resizeTo(l, n + 1);
  l.items.push(x);
}

/** Appends taking ownership of x. */
export function listAppendSteal(l: PyList, x: PyObject): void {
  const n = l.items.length;
  if (n === l.allocated) resizeTo(l, n + 1);
  l.items.push(x);
}

export function listExtend(l: PyList, iterable: PyObject): void {
  const fast = vmHooks.fastItems(iterable);
  const add = fast ? fast.slice() : null;
  if (add) for (const x of add) x.ob_refcnt++;
  const items = add ?? toArray(iterable);
  if (!items.length) return;
  const n = l.items.length;
  if (n === 0 && (add || iterable.type.slots.len)) l.allocated = Math.max(l.allocated, (items.length + 1) & ~1);
  else if (add) resizeTo(l, n + items.length);
  else for (let i = 0; i < items.length; i++) if (l.items.length + i >= l.allocated) resizeTo(l, l.items.length + i + 1);
  for (const x of items) l.items.push(x);
}

function normIndex(l: PyList, k: PyObject, what: string): number {
  let i = asSize(k);
  if (i < 0) i += l.items.length;
  if (i < 0 || i >= l.items.length) raise(PyExc.IndexError, `list ${what} out of range`);
  return i;
}

export function listGetItem(o: PyObject, k: PyObject): PyObject {
  const l = o as PyList;
  if (k instanceof PyInt) {
    const v = k.v;
    if (typeof v === 'number') {
      const i = v < 0 ? v + l.items.length : v;
      if (i >= 0 && i < l.items.length) { const r = l.items[i]!; r.ob_refcnt++; return r; }
    } else asSize(k);
    raise(PyExc.IndexError, 'list index out of range');
  }
  if (k instanceof PySlice) {
    const [start, , step, n] = sliceIndices(k, l.items.length);
    const items = l.items;
    let out: PyObject[];
    if (step === 1) {
      out = n > 0 ? items.slice(start, start + n) : [];
      for (let i = 0; i < n; i++) out[i]!.ob_refcnt++;
    } else {
      out = new Array<PyObject>(n);
      for (let i = 0, j = start; i < n; i++, j += step) { const x = items[j]!; x.ob_refcnt++; out[i] = x; }
    }
    return listSteal(out);
  }
  if (k.type.slots.index) return listGetItem(o, index(k));
  raise(PyExc.TypeError, `list indices must be integers or slices, not ${k.type.name}`);
}

/**
 * list_ass_slice: items [ilow, ihigh) (clamped) replaced by seq[0..n) (null: deleted). `owned`:
 * seq's references belong to the caller and move into the list; otherwise each is taken. The
 * replaced items are released last, the highest index first, once the list is whole again; a
 * list left empty drops its buffer (_list_clear).
 */
function assSlice(l: PyList, ilow: number, ihigh: number, seq: PyObject[] | null, n: number, owned: boolean): void {
  const items = l.items, size = items.length;
  if (ilow < 0) ilow = 0; else if (ilow > size) ilow = size;
  if (ihigh < ilow) ihigh = ilow; else if (ihigh > size) ihigh = size;
  const norig = ihigh - ilow, d = n - norig;
  if (size + d === 0) { listClear(l); return; }
  const recycle = norig > 0 ? items.slice(ilow, ihigh) : null;
  if (d < 0) {
    for (let r = ihigh; r < size; r++) items[r + d] = items[r]!;
    items.length = size + d;
    resizeTo(l, size + d);
  } else if (d > 0) {
    resizeTo(l, size + d);
    items.length = size + d;
    for (let r = size - 1; r >= ihigh; r--) items[r + d] = items[r]!;
  }
  for (let i = 0; i < n; i++) {
    const x = seq![i]!;
    if (!owned) x.ob_refcnt++;
    items[ilow + i] = x;
  }
  if (recycle !== null) for (let i = norig - 1; i >= 0; i--) decref(recycle[i]!);
}

function listSetItem(o: PyObject, k: PyObject, v: PyObject | null): void {
  const l = o as PyList;
  if (k instanceof PySlice) {
    const [start, stop, step, n] = sliceIndices(k, l.items.length);
    if (v === null) {
      if (step === 1) { assSlice(l, start, stop, null, 0, false); return; }
      if (n <= 0) return;
      // list_ass_subscript's deletion: the removed items are released in ascending index order.
      const lo = step > 0 ? start : start + step * (n - 1), st = step > 0 ? step : -step;
      const items = l.items, garbage = new Array<PyObject>(n);
      let w = lo;
      for (let r = lo, g = 0; r < items.length; r++) {
        if (g < n && r === lo + g * st) garbage[g++] = items[r]!;
        else items[w++] = items[r]!;
      }
      items.length = w;
      resizeTo(l, w);
      for (let i = 0; i < n; i++) decref(garbage[i]!);
      return;
    }
    // PySequence_Fast: an exact list or tuple lends its items (each taken when stored); anything
    // else is converted into new references ("a[::-1] = a" copies first, as CPython does).
    let seq: PyObject[], owned: boolean;
    const vt = v.type;
    if ((vt === listType || vt === tupleType) && v !== o) { seq = (v as PyList).items; owned = false; }
    else if (v === o) { seq = l.items.slice(); for (let i = 0; i < seq.length; i++) seq[i]!.ob_refcnt++; owned = true; }
    else { seq = seqFast(v, step === 1 ? 'can only assign an iterable' : 'must assign iterable to extended slice'); owned = true; }
    if (step === 1) { assSlice(l, start, stop, seq, seq.length, owned); return; }
    if (seq.length !== n) {
      if (owned) for (const x of seq) decref(x);
      raise(PyExc.ValueError, `attempt to assign sequence of size ${seq.length} to extended slice of size ${n}`);
    }
    const items = l.items, old = new Array<PyObject>(n);
    for (let i = 0, j = start; i < n; i++, j += step) {
      const x = seq[i]!;
      if (!owned) x.ob_refcnt++;
      old[i] = items[j]!;
      items[j] = x;
    }
    for (let i = 0; i < n; i++) decref(old[i]!);
    return;
  }
  if (!(k instanceof PyInt) && !k.type.slots.index) raise(PyExc.TypeError, `list indices must be integers or slices, not ${k.type.name}`);
  const i = normIndex(l, k, v === null ? 'assignment index' : 'assignment index');
  const old = l.items[i]!;
  if (v === null) {
    l.items.splice(i, 1);
    resizeTo(l, l.items.length);
  } else {
    v.ob_refcnt++;
    l.items[i] = v;
  }
  decref(old);
}

function listRepr(o: PyObject): PyObject {
  const l = o as PyList;
  if (l.items.length === 0) return newStr('[]');
  if (!vmHooks.reprEnter(o)) return newStr('[...]');
  try {
    const parts: string[] = [];
    for (let i = 0; i < l.items.length; i++) parts.push(reprJS(l.items[i]!));
    return newStr('[' + parts.join(', ') + ']');
  } finally {
    vmHooks.reprLeave(o);
  }
}

function listCompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!(b instanceof PyList)) { NotImplemented.ob_refcnt++; return NotImplemented; }
  return seqCompare((a as PyList).items, b.items, op);
}

/** Lexicographic comparison of two item arrays (list_richcompare / tuplerichcompare). */
export function seqCompare(x: PyObject[], y: PyObject[], op: number): PyObject {
  if (x.length !== y.length && (op === 2 || op === 3)) return boolObj(op === 3);
  let i = 0;
  for (; i < x.length && i < y.length; i++) {
    if (!richEq(x[i]!, y[i]!)) break;
  }
  if (i >= x.length || i >= y.length) {
    const c = x.length - y.length;
    return boolObj([c < 0, c <= 0, c === 0, c !== 0, c > 0, c >= 0][op]!);
  }
  if (op === 2) return boolObj(false);
  if (op === 3) return boolObj(true);
  return richCompare(x[i]!, y[i]!, op);
}

/** list_dealloc: items released last to first (no new empty array for a dead list), then
 * the __slots__ values of a subclass instance. */
function listDealloc(o: PyObject): void {
  // The slots test comes before the loop: V8 enters a long release loop through on-stack-replaced
  // code that it keeps and re-enters at every call, and a property load first reached after the
  // loop had no type feedback when that code was made, so every large list's release ended in a
  // deoptimization (list_build: 20 per run).
  const slots = (o as unknown as PyInstance).slotvals !== undefined;
  const it = (o as PyList).items;
  for (let i = it.length - 1; i >= 0; i--) decref(it[i]!);
  if (slots) instanceClear(o);
}

export function listClear(l: PyList): void {
  const it = l.items;
  l.items = [];
  l.allocated = 0;
  for (let i = it.length - 1; i >= 0; i--) decref(it[i]!);
}

function sortList(l: PyList, key: PyObject | null, reverse: boolean): void {
  const items = l.items;
  l.items = [];
  const saveAlloc = l.allocated;
  let keys: PyObject[] | null = null;
  try {
    if (key !== null) {
      keys = [];
      for (const x of items) keys.push(call(key, [x]));
    }
    const idx = sortedOrder(keys ?? items, reverse);
    // Built by push: a packed array, like every other list's items (a holey one would make the
    // eval loop's list accesses polymorphic).
    const sorted: PyObject[] = [];
    for (let i = 0; i < idx.length; i++) sorted.push(items[idx[i]!]!);
    if (l.items.length) {
      const extra = l.items; l.items = sorted;
      for (const x of extra) decref(x);
      raise(PyExc.ValueError, 'list modified during sort');
    }
    l.items = sorted;
  } catch (e) {
    if (l.items.length === 0) l.items = items;
    throw e;
  } finally {
    l.allocated = saveAlloc;
    if (keys) for (const k of keys) decref(k);
  }
}

function kwArg(args: PyObject[], kwnames: readonly string[] | null, name: string): PyObject | null {
  if (!kwnames) return null;
  const i = kwnames.indexOf(name);
  return i < 0 ? null : args[args.length - kwnames.length + i]!;
}

const methods: Record<string, MethodFn> = {
  append: (self, args, kw) => { noKw('list.append', kw); nargs('list.append', args, 1, 1, true); listAppend(self as PyList, args[0]!); return newNoneRef(); },
  extend: (self, args, kw) => { noKw('list.extend', kw); nargs('list.extend', args, 1, 1, true); listExtend(self as PyList, args[0]!); return newNoneRef(); },
  pop: (self, args, kw) => {
    noKw('list.pop', kw);
    if (args.length > 1) raise(PyExc.TypeError, `pop expected at most 1 argument, got ${args.length}`);
    const l = self as PyList;
    if (!l.items.length) raise(PyExc.IndexError, 'pop from empty list');
    let i = args.length ? asSize(args[0]!) : l.items.length - 1;
    if (i < 0) i += l.items.length;
    if (i < 0 || i >= l.items.length) raise(PyExc.IndexError, 'pop index out of range');
    const x = l.items.splice(i, 1)[0]!;
    resizeTo(l, l.items.length);
    return x;
  },
  insert: (self, args, kw) => {
    noKw('list.insert', kw);
    if (args.length !== 2) raise(PyExc.TypeError, `insert expected 2 arguments, got ${args.length}`);
    const l = self as PyList;
    let i = asSize(args[0]!);
    const n = l.items.length;
    if (i < 0) { i += n; if (i < 0) i = 0; } else if (i > n) i = n;
    if (n === l.allocated) resizeTo(l, n + 1);
    args[1]!.ob_refcnt++;
    l.items.splice(i, 0, args[1]!);
    return newNoneRef();
  },
  remove: (self, args, kw) => {
    noKw('list.remove', kw); nargs('list.remove', args, 1, 1, true);
    const l = self as PyList;
    for (let i = 0; i < l.items.length; i++) {
      const x = l.items[i]!;
      if (richEq(x, args[0]!)) {
        if (l.items[i] === x) { l.items.splice(i, 1); resizeTo(l, l.items.length); decref(x); }
        return newNoneRef();
      }
    }
    raise(PyExc.ValueError, 'list.remove(x): x not in list');
  },
  index: (self, args, kw) => {
    noKw('list.index', kw);
    if (args.length < 1 || args.length > 3) raise(PyExc.TypeError, `index expected at least 1 argument, got ${args.length}`);
    const l = self as PyList;
    let start = args.length > 1 ? clampIndex(args[1]!, false) : 0;
    let stop = args.length > 2 ? clampIndex(args[2]!, false) : l.items.length;
    if (start < 0) start = Math.max(0, start + l.items.length);
    if (stop < 0) stop = Math.max(0, stop + l.items.length);
    for (let i = start; i < stop && i < l.items.length; i++) if (richEq(l.items[i]!, args[0]!)) return newInt(i);
    raise(PyExc.ValueError, `${reprJS(args[0]!)} is not in list`);
  },
  count: (self, args, kw) => {
    noKw('list.count', kw); nargs('list.count', args, 1, 1, true);
    let c = 0;
    for (const x of (self as PyList).items.slice()) if (richEq(x, args[0]!)) c++;
    return newInt(c);
  },
  reverse: (self, args, kw) => { noKw('list.reverse', kw); nargs('list.reverse', args, 0, 0, true); (self as PyList).items.reverse(); return newNoneRef(); },
  clear: (self, args, kw) => { noKw('list.clear', kw); nargs('list.clear', args, 0, 0, true); listClear(self as PyList); return newNoneRef(); },
  copy: (self, args, kw) => { noKw('list.copy', kw); nargs('list.copy', args, 0, 0, true); return newList((self as PyList).items); },
  sort: (self, args, kw) => {
    const npos = args.length - (kw ? kw.length : 0);
    if (npos) raise(PyExc.TypeError, 'sort() takes no positional arguments');
    const key = kwArg(args, kw, 'key');
    const rev = kwArg(args, kw, 'reverse');
    for (const k of kw ?? []) if (k !== 'key' && k !== 'reverse') raise(PyExc.TypeError, `sort() got an unexpected keyword argument '${k}'`);
    sortList(self as PyList, key === None ? null : key, rev ? isTrue(rev) : false);
    return newNoneRef();
  },
};

function newNoneRef(): PyObject {
  None.ob_refcnt++;
  return None;
}

export function listRepeat(a: PyObject, n: PyObject): PyObject {
  if (!(n instanceof PyInt) && !n.type.slots.index) raise(PyExc.TypeError, `can't multiply sequence by non-int of type '${n.type.name}'`);
  const k = Math.max(0, asSize(n));
  const src = (a as PyList).items;
  if (k > 0 && src.length > MAX_SEQUENCE_ITEMS / k) noMemory();
  const out: PyObject[] = [];
  for (let i = 0; i < k; i++) for (const x of src) { x.ob_refcnt++; out.push(x); }
  return listSteal(out);
}

export function initListType(): void {
  const nb = [];
  nb[13] = (a: PyObject, b: PyObject) => { listExtend(a as PyList, b); a.ob_refcnt++; return a; };
  nb[18] = (a: PyObject, b: PyObject) => {
    const l = a as PyList;
    if (!(b instanceof PyInt) && !b.type.slots.index) raise(PyExc.TypeError, `can't multiply sequence by non-int of type '${b.type.name}'`);
    const k = asSize(b);
    if (k > 0 && l.items.length > MAX_SEQUENCE_ITEMS / k) noMemory();
    if (k <= 0) listClear(l);
    else { const src = l.items.slice(); for (let i = 1; i < k; i++) for (const x of src) { x.ob_refcnt++; l.items.push(x); } resizeTo(l, l.items.length); }
    a.ob_refcnt++;
    return a;
  };
  listType = makeStaticType('list', objectType, {
    nb,
    repr: listRepr,
    len: (o) => (o as PyList).items.length,
    getitem: listGetItem,
    setitem: listSetItem,
    iter: (o) => newIter(listIterType, o),
    contains: (o, x) => { for (const y of (o as PyList).items) if (richEq(y, x)) return true; return false; },
    richcompare: listCompare,
    traverse: (o, visit) => {
      const it = (o as PyList).items;
      for (let i = 0; i < it.length; i++) visit(it[i]!, RefKindCode.Item, i);
      const sv = (o as unknown as PyInstance).slotvals;
      if (sv) sv.forEach((v, i) => { if (v) visit(v, RefKindCode.Attr, i); });
    },
    clear: (o) => listClear(o as PyList),
    dealloc: listDealloc,
    sizeof: (o) => 40 + 8 * (o as PyList).allocated,
    concat: (a: PyObject, b: PyObject) => {
      if (!(b instanceof PyList)) raise(PyExc.TypeError, `can only concatenate list (not "${b.type.name}") to list`);
      return newList([...(a as PyList).items, ...b.items]);
    },
    repeat: listRepeat,
    init: (self, args, kw) => {
      if (kw && kw.length) raise(PyExc.TypeError, 'list() takes no keyword arguments');
      if (args.length > 1) raise(PyExc.TypeError, `list expected at most 1 argument, got ${args.length}`);
      listClear(self as PyList);
      if (args.length) listExtend(self as PyList, args[0]!);
    },
    new: (t) => {
      const l = new PyList(t, []);
      if (t.isHeap()) t.ob_refcnt++;
      // __slots__ of a list subclass (functools._HashedSeq): member descriptors use slotvals.
      if (t.nslots) (l as unknown as PyInstance).slotvals = nullArray<PyObject>(t.nslots);
      gcTrack(l);
      return l;
    },
  } as Parameters<typeof makeStaticType>[2], { basicsize: 40, flags: TF_LIST_SUBCLASS | TF_HAVE_GC });
  void raiseWith;
}

export function initListMethods(): void {
  defMethods(listType, methods);
  knownBuiltins.listAppend = listType.tdict.getStr('append');
}
