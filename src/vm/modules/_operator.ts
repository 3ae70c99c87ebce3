/**
 * `_operator`: the accelerator Lib/operator.py imports with `from _operator import *` (names not
 * defined here keep operator.py's Python definitions). Modules/_operator.c's behaviour:
 * - the operator functions are positional-only builtins over the abstract object protocol
 *   (binary/in-place number ops, rich comparisons, truth, identity, item access, concat,
 *   contains/countOf/indexOf, call);
 * - itemgetter / attrgetter / methodcaller are `operator.*` types (not subclassable) with the C
 *   reprs (`operator.itemgetter(1)`, `operator.attrgetter('a.b', 'c')`,
 *   `operator.methodcaller('m', 1, k=2)`), __reduce__ and argument errors; attrgetter splits dotted
 *   names once, at construction.
 */
import { PyObject, makeImmortal } from '../objects/object';
import type { VM } from '../runtime/vm';
import { PyModule, newModule } from '../objects/module';
import { PyDict, newDict, dictSet } from '../objects/dict';
import { PyStr, newStr, intern } from '../objects/str';
import { newInt, boolObj, True, False } from '../objects/int';
import { PyTuple, tupleSteal, tupleFrom, tupleType } from '../objects/tuple';
import { None } from '../objects/singletons';
import { newBuiltin, defMethods, type NativeFn } from '../objects/builtin_function';
import { makeStaticType, objectType, inheritSlots, PyType, RefKindCode, TF_HAVE_GC, tpName } from '../objects/type';
import { dictType } from '../objects/dict';
import { raise, PyExc } from '../runtime/errors';
import { decref, xdecref } from '../runtime/refcount';
import { gcTrack } from '../runtime/gc';
import { noKw, nargs } from '../runtime/args';
import { vmHooks } from '../runtime/hooks';
import * as A from '../runtime/abstract';

function ref<T extends PyObject>(o: T): T {
  o.ob_refcnt++;
  return o;
}

// ---- functions ------------------------------------------------------------------------------

const NB: [string, number][] = [
  ['add', 0], ['and_', 1], ['floordiv', 2], ['lshift', 3], ['matmul', 4], ['mul', 5], ['mod', 6],
  ['or_', 7], ['pow', 8], ['rshift', 9], ['sub', 10], ['truediv', 11], ['xor', 12],
  ['iadd', 13], ['iand', 14], ['ifloordiv', 15], ['ilshift', 16], ['imatmul', 17], ['imul', 18], ['imod', 19],
  ['ior', 20], ['ipow', 21], ['irshift', 22], ['isub', 23], ['itruediv', 24], ['ixor', 25],
];

const CMP: [string, number][] = [['lt', 0], ['le', 1], ['eq', 2], ['ne', 3], ['gt', 4], ['ge', 5]];

/** A positional-only builtin of `n` arguments (METH_O style checks when n is 1). */
function fixed(name: string, n: number, body: (args: PyObject[]) => PyObject): NativeFn {
  const q = '_operator.' + name;
  if (n === 1) {
    return (_s, args, kw) => {
      if (kw && kw.length) noKw(q, kw);
      if (args.length !== 1) nargs(q, args, 1, 1, true);
      return body(args);
    };
  }
  return (_s, args, kw) => {
    if (kw && kw.length) noKw(q, kw);
    if (args.length !== n) nargs(q, args, n, n);
    return body(args);
  };
}

function isSequence(o: PyObject): boolean {
  return o.type.slots.getitem !== undefined && !o.type.isSubtype(dictType);
}

function concat(a: PyObject, b: PyObject, inplace: boolean): PyObject {
  if (!isSequence(a)) raise(PyExc.TypeError, `'${a.type.name}' object can't be concatenated`);
  return A.binaryOp(a, b, inplace ? 13 : 0);
}

/** countOf / indexOf: _PySequence_IterSearch. */
function iterSearch(seq: PyObject, x: PyObject, count: boolean): PyObject {
  const it = A.getIter(seq);
  let n = 0;
  try {
    for (let v = A.iterNext(it); v !== null; v = A.iterNext(it)) {
      let eq: boolean;
      try { eq = A.richEq(v, x); } finally { decref(v); }
      if (eq) {
        if (!count) return newInt(n);
        n++;
      } else if (!count) n++;
    }
  } finally {
    decref(it);
  }
  if (!count) raise(PyExc.ValueError, 'sequence.index(x): x not in sequence');
  return newInt(n);
}

function buildFunctions(): Record<string, NativeFn> {
  const F: Record<string, NativeFn> = {};
  for (const [name, op] of NB) F[name] = fixed(name, 2, (a) => A.binaryOp(a[0]!, a[1]!, op));
  for (const [name, op] of CMP) F[name] = fixed(name, 2, (a) => A.richCompare(a[0]!, a[1]!, op));
  F.truth = fixed('truth', 1, (a) => ref(boolObj(A.isTrue(a[0]!))));
  F.not_ = fixed('not_', 1, (a) => ref(boolObj(!A.isTrue(a[0]!))));
  F.is_ = fixed('is_', 2, (a) => ref(boolObj(a[0] === a[1])));
  F.is_not = fixed('is_not', 2, (a) => ref(boolObj(a[0] !== a[1])));
  F.abs = fixed('abs', 1, (a) => A.unaryOp(a[0]!, 'abs'));
  F.neg = fixed('neg', 1, (a) => A.unaryOp(a[0]!, 'neg'));
  F.pos = fixed('pos', 1, (a) => A.unaryOp(a[0]!, 'pos'));
  F.inv = fixed('inv', 1, (a) => A.unaryOp(a[0]!, 'invert'));
  F.invert = fixed('invert', 1, (a) => A.unaryOp(a[0]!, 'invert'));
  F.index = fixed('index', 1, (a) => A.index(a[0]!));
  F.getitem = fixed('getitem', 2, (a) => A.getItem(a[0]!, a[1]!));
  F.setitem = fixed('setitem', 3, (a) => { A.setItem(a[0]!, a[1]!, a[2]!); return ref(None); });
  F.delitem = fixed('delitem', 2, (a) => { A.setItem(a[0]!, a[1]!, null); return ref(None); });
  F.contains = fixed('contains', 2, (a) => ref(boolObj(A.contains(a[0]!, a[1]!))));
  F.concat = fixed('concat', 2, (a) => concat(a[0]!, a[1]!, false));
  F.iconcat = fixed('iconcat', 2, (a) => concat(a[0]!, a[1]!, true));
  F.countOf = fixed('countOf', 2, (a) => iterSearch(a[0]!, a[1]!, true));
  F.indexOf = fixed('indexOf', 2, (a) => iterSearch(a[0]!, a[1]!, false));
  F.call = (_s, args, kw) => {
    const nk = kw ? kw.length : 0;
    if (args.length - nk < 1) raise(PyExc.TypeError, 'call expected at least 1 argument, got 0');
    return A.call(args[0]!, args.slice(1), kw);
  };
  return F;
}

// ---- itemgetter -----------------------------------------------------------------------------

class PyItemGetter extends PyObject {
  declare item: PyObject | null;
  declare nitems: number;
}

class PyAttrGetter extends PyObject {
  /** One entry per attribute: the names of its dotted chain. */
  declare chains: string[][];
  declare nattrs: number;
}

class PyMethodCaller extends PyObject {
  declare name: PyStr | null;
  declare args: PyTuple | null;
  declare kwds: PyDict | null;
}

function callArg(name: string, args: PyObject[], kw: readonly string[] | null): PyObject {
  if (kw && kw.length) raise(PyExc.TypeError, `${name}() takes no keyword arguments`);
  if (args.length !== 1) nargs(name, args, 1, 1);
  return args[0]!;
}

function reprGuard(o: PyObject, body: () => string): PyObject {
  if (!vmHooks.reprEnter(o)) return newStr(`${tpName(o.type)}(...)`);
  try { return newStr(body()); } finally { vmHooks.reprLeave(o); }
}

function chainGet(obj: PyObject, chain: string[]): PyObject {
  let cur = ref(obj);
  for (const n of chain) {
    try {
      const next = A.getAttr(cur, n);
      decref(cur);
      cur = next;
    } catch (e) {
      decref(cur);
      throw e;
    }
  }
  return cur;
}

let itemgetterType: PyType | null = null;
let attrgetterType: PyType | null = null;
let methodcallerType: PyType | null = null;

function makeType(name: string, slots: Parameters<typeof makeStaticType>[2], basicsize: number): PyType {
  const t = makeStaticType(name, objectType, { init: () => {}, ...slots }, { module: 'operator', basicsize, flags: TF_HAVE_GC, noSubclass: true });
  t.tdict = makeImmortal(newDict());
  inheritSlots(t);
  return t;
}

function initTypes(): void {
  if (itemgetterType) return;
  itemgetterType = makeType('itemgetter', {
    new: (tp, args, kw) => {
      if (kw && kw.length) raise(PyExc.TypeError, 'itemgetter() takes no keyword arguments');
      if (args.length === 0) raise(PyExc.TypeError, 'itemgetter expected 1 argument, got 0');
      const ig = new PyItemGetter(tp);
      ig.nitems = args.length;
      ig.item = args.length === 1 ? ref(args[0]!) : tupleFrom(args);
      gcTrack(ig);
      return ig;
    },
    call: (o, args, kw) => {
      const obj = callArg('itemgetter', args, kw);
      const ig = o as PyItemGetter;
      if (ig.nitems === 1) return A.getItem(obj, ig.item!);
      const items = (ig.item as PyTuple).items;
      const out: PyObject[] = [];
      try {
        for (const it of items) out.push(A.getItem(obj, it));
      } catch (e) {
        for (const v of out) decref(v);
        throw e;
      }
      return tupleSteal(out);
    },
    repr: (o) => reprGuard(o, () => {
      const ig = o as PyItemGetter;
      return ig.nitems === 1 ? `${tpName(o.type)}(${A.reprJS(ig.item!)})` : `${tpName(o.type)}${A.reprJS(ig.item!)}`;
    }),
    traverse: (o, visit) => { const x = (o as PyItemGetter).item; if (x) visit(x, RefKindCode.Attr, 'item'); },
    clear: (o) => { const g = o as PyItemGetter; const x = g.item; g.item = null; xdecref(x); },
    dealloc: (o) => { const g = o as PyItemGetter; const x = g.item; g.item = null; xdecref(x); },
    sizeof: () => 48,
  }, 48);
  defMethods(itemgetterType, {
    __reduce__: (o) => {
      const ig = o as PyItemGetter;
      if (ig.nitems === 1) return tupleSteal([ref(o.type), tupleSteal([ref(ig.item!)])]);
      return tupleSteal([ref(o.type), ref(ig.item!)]);
    },
  });

  attrgetterType = makeType('attrgetter', {
    new: (tp, args, kw) => {
      if (kw && kw.length) raise(PyExc.TypeError, 'attrgetter() takes no keyword arguments');
      if (args.length === 0) raise(PyExc.TypeError, 'attrgetter expected 1 argument, got 0');
      const chains: string[][] = [];
      for (const a of args) {
        if (!(a instanceof PyStr)) raise(PyExc.TypeError, 'attribute name must be a string');
        chains.push(a.s.split('.'));
      }
      const ag = new PyAttrGetter(tp);
      ag.chains = chains;
      ag.nattrs = chains.length;
      // The names are interned, as the C constructor does.
      for (const c of chains) for (const n of c) intern(n);
      gcTrack(ag);
      return ag;
    },
    call: (o, args, kw) => {
      const obj = callArg('attrgetter', args, kw);
      const ag = o as PyAttrGetter;
      if (ag.nattrs === 1) return chainGet(obj, ag.chains[0]!);
      const out: PyObject[] = [];
      try {
        for (const c of ag.chains) out.push(chainGet(obj, c));
      } catch (e) {
        for (const v of out) decref(v);
        throw e;
      }
      return tupleSteal(out);
    },
    repr: (o) => reprGuard(o, () => {
      const ag = o as PyAttrGetter;
      const names = ag.chains.map((c) => c.join('.'));
      if (ag.nattrs === 1) return `${tpName(o.type)}(${reprStr(names[0]!)})`;
      return `${tpName(o.type)}(${names.map(reprStr).join(', ')})`;
    }),
    sizeof: () => 48,
  }, 48);
  defMethods(attrgetterType, {
    __reduce__: (o) => {
      const ag = o as PyAttrGetter;
      return tupleSteal([ref(o.type), tupleSteal(ag.chains.map((c) => (c.length === 1 ? ref(intern(c[0]!)) : newStr(c.join('.')))))]);
    },
  });

  methodcallerType = makeType('methodcaller', {
    new: (tp, args, kw) => {
      const nk = kw ? kw.length : 0;
      const np = args.length - nk;
      if (np < 1) raise(PyExc.TypeError, 'methodcaller needs at least one argument, the method name');
      const name = args[0]!;
      if (!(name instanceof PyStr)) raise(PyExc.TypeError, 'method name must be a string');
      const mc = new PyMethodCaller(tp);
      mc.name = name.type === intern(name.s).type ? ref(intern(name.s)) : ref(name);
      mc.args = tupleFrom(args.slice(1, np));
      mc.kwds = null;
      if (kw) {
        const d = newDict();
        for (let i = 0; i < nk; i++) dictSet(d, intern(kw[i]!), args[np + i]!);
        mc.kwds = d;
      }
      gcTrack(mc);
      return mc;
    },
    call: (o, args, kw) => {
      const obj = callArg('methodcaller', args, kw);
      const mc = o as PyMethodCaller;
      const method = A.getAttr(obj, mc.name!.s);
      try {
        const pos = mc.args!.items;
        const d = mc.kwds;
        if (d === null || d.used === 0) return A.call(method, pos);
        const names: string[] = [];
        const vals: PyObject[] = [];
        for (let i = 0; i < d.ks.length; i++) {
          const k = d.ks[i];
          if (k === null || k === undefined) continue;
          names.push((k as PyStr).s);
          vals.push(d.vs[i]!);
        }
        return A.call(method, pos.concat(vals), names);
      } finally {
        decref(method);
      }
    },
    repr: (o) => reprGuard(o, () => {
      const mc = o as PyMethodCaller;
      const parts: string[] = mc.args!.items.map((a) => A.reprJS(a));
      const d = mc.kwds;
      if (d) {
        for (let i = 0; i < d.ks.length; i++) {
          const k = d.ks[i];
          if (k === null || k === undefined) continue;
          parts.push(`${(k as PyStr).s}=${A.reprJS(d.vs[i]!)}`);
        }
      }
      const nm = A.reprJS(mc.name!);
      return parts.length ? `${tpName(o.type)}(${nm}, ${parts.join(', ')})` : `${tpName(o.type)}(${nm})`;
    }),
    traverse: (o, visit) => {
      const mc = o as PyMethodCaller;
      if (mc.name) visit(mc.name, RefKindCode.Attr, 'name');
      if (mc.args) visit(mc.args, RefKindCode.Attr, 'args');
      if (mc.kwds) visit(mc.kwds, RefKindCode.Attr, 'kwds');
    },
    clear: (o) => clearMc(o as PyMethodCaller),
    dealloc: (o) => clearMc(o as PyMethodCaller),
    sizeof: () => 56,
  }, 56);
  defMethods(methodcallerType, {
    __reduce__: (o) => {
      const mc = o as PyMethodCaller;
      const d = mc.kwds;
      if (d === null || d.used === 0) {
        return tupleSteal([ref(o.type), tupleSteal([ref(mc.name!), ...mc.args!.items.map((a) => ref(a))])]);
      }
      const ft = theVM!.importModule('functools');
      let partial: PyObject;
      try { partial = A.getAttr(ft, 'partial'); } finally { decref(ft); }
      const names: string[] = [];
      const vals: PyObject[] = [];
      for (let i = 0; i < d.ks.length; i++) {
        const k = d.ks[i];
        if (k === null || k === undefined) continue;
        names.push((k as PyStr).s);
        vals.push(d.vs[i]!);
      }
      let ctor: PyObject;
      try { ctor = A.call(partial, [o.type, mc.name!, ...vals], names); } finally { decref(partial); }
      return tupleSteal([ctor, ref(mc.args!)]);
    },
  });
}

function clearMc(mc: PyMethodCaller): void {
  const a = mc.name, b = mc.args, c = mc.kwds;
  mc.name = null; mc.args = null; mc.kwds = null;
  xdecref(a); xdecref(b); xdecref(c);
}

function reprStr(s: string): string {
  const o = newStr(s);
  try { return A.reprJS(o); } finally { decref(o); }
}

let theVM: VM | null = null;

export function makeOperatorModule(vm: VM): PyModule {
  theVM = vm;
  initTypes();
  const m = newModule('_operator', newStr('Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n\'__\' are also provided for convenience.'));
  const d = m.dict as PyDict;
  const F = buildFunctions();
  for (const name in F) {
    const f = newBuiltin(name, F[name]!, m);
    d.setStr(name, f);
    decref(f);
  }
  d.setStr('itemgetter', itemgetterType!);
  d.setStr('attrgetter', attrgetterType!);
  d.setStr('methodcaller', methodcallerType!);
  void True; void False; void tupleType;
  return m;
}
