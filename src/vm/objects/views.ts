/**
 * Small wrapper types: dict views (dict_keys/dict_values/dict_items), mappingproxy (a class's
 * __dict__), types.SimpleNamespace and struct sequences (sys.version_info).
 */
import { newDictRevIter, dictRevKeyIterType, dictRevValueIterType, dictRevItemIterType } from './iterators';
import { PyObject, makeImmortal } from './object';
import { makeStaticType, objectType, PyType, RefKindCode, lookup, slotTable, type BinaryFn } from './type';
import { newStr } from './str';
import { PyDict, dictItems, dictGet, dictType } from './dict';
import { PyTuple, tupleSteal, tupleType } from './tuple';
import { newInt, boolObj } from './int';
import { NotImplemented } from './singletons';
import { newDictIter, dictKeyIterType, dictValueIterType, dictItemIterType } from './iterators';
import { raise, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import { gcTrack } from '../runtime/gc';
import { reprJS, richEq, getItem, toArray } from '../runtime/abstract';
import * as A from '../runtime/abstract';
import { PySet, viewSetOp } from './set';
import { defMethods } from './builtin_function';
import { defGetSet } from './descriptors';
import { noKw, nargs } from '../runtime/args';
import { instanceDict } from './instance';
import { vmHooks } from '../runtime/hooks';

export class PyWrap extends PyObject {
  constructor(type: PyType, public target: PyObject, public names: string[] = []) {
    super(type);
  }
}

export let dictKeysType: PyType;
export let dictValuesType: PyType;
export let dictItemsType: PyType;
export let mappingProxyType: PyType;
export let namespaceType: PyType;
const structTypes = new Map<string, PyType>();

function wrapSlots(extra: Parameters<typeof makeStaticType>[2]): Parameters<typeof makeStaticType>[2] {
  return {
    traverse: (o, visit) => visit((o as PyWrap).target, RefKindCode.Internal, 'mapping'),
    dealloc: (o) => decref((o as PyWrap).target),
    sizeof: () => 24,
    ...extra,
  };
}

export function newView(type: PyType, target: PyObject): PyWrap {
  target.ob_refcnt++;
  const v = new PyWrap(type, target);
  gcTrack(v);
  return v;
}

export function mappingProxy(d: PyObject): PyObject {
  return newView(mappingProxyType, d);
}

export function structSeq(name: string, fields: string[], values: PyObject[]): PyObject {
  let t = structTypes.get(name);
  if (!t) {
    const short = name.slice(name.lastIndexOf('.') + 1);
    t = makeStaticType(short, tupleType, {}, { module: name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : 'builtins', noSubclass: true });
    t.tdict = makeImmortal(new PyDict(dictType));
    t.slots = slotTable(tupleType.slots);
    const fieldsCopy = fields.slice();
    t.slots.repr = (o) => newStr(`${name}(${(o as PyTuple).items.map((x, i) => `${fieldsCopy[i]}=${reprJS(x)}`).join(', ')})`);
    t.slots.getattro = (o, n, suppress) => {
      const i = fieldsCopy.indexOf(n);
      if (i >= 0) { const v = (o as PyTuple).items[i]!; v.ob_refcnt++; return v; }
      return tupleType.slots.getattro!(o, n, suppress);
    };
    structTypes.set(name, t);
  }
  const r = new PyTuple(t, values);
  gcTrack(r);
  return r;
}

export function namespace(attrs: Record<string, PyObject>): PyObject {
  const o = new PyWrap(namespaceType, new PyDict(dictType));
  const d = o.target as PyDict;
  for (const k in attrs) { d.setStr(k, attrs[k]!); decref(attrs[k]!); }
  o.dict = d;
  d.ob_refcnt++;
  gcTrack(o);
  return o;
}

const isSetView = (o: PyObject) => o.type === dictKeysType || o.type === dictItemsType;

/** all_contained_in: every item of `a` is in `b`. */
function allContainedIn(a: PyObject, b: PyObject): boolean {
  const items = toArray(a);
  try {
    for (const x of items) if (!A.contains(b, x)) return false;
    return true;
  } finally { for (const x of items) decref(x); }
}

/** dictview_richcompare: set-like comparison with sets and other keys/items views. */
function viewCompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!(b instanceof PySet) && !isSetView(b)) { NotImplemented.ob_refcnt++; return NotImplemented; }
  const la = A.len(a), lb = A.len(b);
  let ok = false;
  switch (op) {
    case 2: case 3: ok = la === lb && allContainedIn(a, b); if (op === 3) ok = !ok; break;
    case 0: ok = la < lb && allContainedIn(a, b); break;
    case 1: ok = la <= lb && allContainedIn(a, b); break;
    case 4: ok = la > lb && allContainedIn(b, a); break;
    default: ok = la >= lb && allContainedIn(b, a); break;
  }
  return boolObj(ok);
}

export function initViews(): void {
  const viewNb: (BinaryFn | undefined)[] = [];
  for (const k of [1, 7, 10, 12]) viewNb[k] = (a, b) => viewSetOp(a, b, k, isSetView);
  const keysOf = (o: PyObject) => dictItems((o as PyWrap).target as PyDict);
  dictKeysType = makeStaticType('dict_keys', objectType, wrapSlots({
    iter: (o) => newDictIter(dictKeyIterType, (o as PyWrap).target as PyDict),
    len: (o) => ((o as PyWrap).target as PyDict).used,
    contains: (o, x) => dictGet((o as PyWrap).target as PyDict, x) !== null,
    repr: (o) => newStr(`${o.type.name}([${keysOf(o).map(([k]) => reprJS(k)).join(', ')}])`),
    richcompare: viewCompare,
    nb: viewNb,
  }), { noSubclass: true });
  dictValuesType = makeStaticType('dict_values', objectType, wrapSlots({
    iter: (o) => newDictIter(dictValueIterType, (o as PyWrap).target as PyDict),
    len: (o) => ((o as PyWrap).target as PyDict).used,
    repr: (o) => newStr(`${o.type.name}([${keysOf(o).map(([, v]) => reprJS(v)).join(', ')}])`),
  }), { noSubclass: true });
  dictItemsType = makeStaticType('dict_items', objectType, wrapSlots({
    iter: (o) => newDictIter(dictItemIterType, (o as PyWrap).target as PyDict),
    len: (o) => ((o as PyWrap).target as PyDict).used,
    contains: (o, x) => {
      if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
      const v = dictGet((o as PyWrap).target as PyDict, x.items[0]!);
      return v !== null && richEq(v, x.items[1]!);
    },
    repr: (o) => newStr(`${o.type.name}([${keysOf(o).map(([k, v]) => `(${reprJS(k)}, ${reprJS(v)})`).join(', ')}])`),
    richcompare: viewCompare,
    nb: viewNb,
  }), { noSubclass: true });
  mappingProxyType = makeStaticType('mappingproxy', objectType, wrapSlots({
    getitem: (o, k) => getItem((o as PyWrap).target, k),
    iter: (o) => newDictIter(dictKeyIterType, (o as PyWrap).target as PyDict),
    len: (o) => ((o as PyWrap).target as PyDict).used,
    contains: (o, x) => dictGet((o as PyWrap).target as PyDict, x) !== null,
    repr: (o) => newStr(`mappingproxy(${reprJS((o as PyWrap).target)})`),
    // types.MappingProxyType(mapping): dicts only here (the other slots read the dict directly).
    new: (_t, args, kw) => {
      if (kw && kw.length) raise(PyExc.TypeError, 'mappingproxy() takes no keyword arguments');
      if (args.length !== 1) raise(PyExc.TypeError, `mappingproxy() takes exactly one argument (${args.length} given)`);
      const m = args[0]!;
      if (!(m instanceof PyDict)) raise(PyExc.TypeError, `mappingproxy() argument must be a mapping, not ${m.type.name}`);
      return newView(mappingProxyType, m);
    },
  }), { noSubclass: true });
  namespaceType = makeStaticType('SimpleNamespace', objectType, {
    repr: (o) => {
      const d = instanceDict(o, true)!;
      return newStr(`namespace(${dictItems(d).map(([k, v]) => `${(k as unknown as { s: string }).s}=${reprJS(v)}`).join(', ')})`);
    },
    traverse: (o, visit) => { const t = (o as PyWrap).target; if (t) visit(t, RefKindCode.Internal, '__dict__'); },
    dealloc: (o) => { const t = (o as PyWrap).target; if (t) decref(t); },
    // namespace_richcompare: two namespaces compare their __dict__s.
    richcompare: (a, b, op) => {
      if (!b.type.isSubtype(namespaceType)) { NotImplemented.ob_refcnt++; return NotImplemented; }
      return A.richCompare(instanceDict(a, true)!, instanceDict(b, true)!, op);
    },
    // SimpleNamespace(**kwargs) (3.12: no positional arguments).
    init: (o, args, kw) => {
      const npos = args.length - (kw?.length ?? 0);
      if (npos > 0) raise(PyExc.TypeError, 'no positional arguments expected');
      const d = instanceDict(o, true)!;
      kw?.forEach((k, i) => d.setStr(k, args[npos + i]!));
    },
  }, { module: 'types' });
  namespaceType.hasDict = true;
  vmHooks.dictView = (kind, d) => newView(kind === 'dict_keys' ? dictKeysType : kind === 'dict_values' ? dictValuesType : dictItemsType, d);
  void newInt; void tupleSteal; void lookup; void toArray; void raise; void PyExc; void defMethods;
}

/** types.GenericAlias (`list[int]`): origin and args, repr like CPython's. */
export class PyGenericAlias extends PyObject {
  constructor(type: PyType, public origin: PyObject, public args: PyObject) {
    super(type);
  }
}
export let genericAliasType: PyType;

function aliasArgRepr(o: PyObject): string {
  if (o instanceof PyType) {
    const m = o.isHeap() ? o.tdict.getStr('__module__') : null;
    const mod = m && 's' in m ? (m as unknown as { s: string }).s : o.moduleName;
    return mod === 'builtins' ? o.qualname : `${mod}.${o.qualname}`;
  }
  if (o.type.name === 'ellipsis') return '...';
  return reprJS(o);
}

export function newGenericAlias(origin: PyObject, args: PyObject): PyObject {
  if (!genericAliasType) {
    genericAliasType = makeStaticType('GenericAlias', objectType, {
      repr: (o) => {
        const g = o as PyGenericAlias;
        const items = g.args instanceof PyTuple ? g.args.items : [g.args];
        return newStr(`${aliasArgRepr(g.origin)}[${items.length ? items.map(aliasArgRepr).join(', ') : '()'}]`);
      },
      call: (o, a, k) => { const g = o as PyGenericAlias; return g.origin.type.slots.call!(g.origin, a, k); },
      getattro: (o, name, suppress) => {
        const g = o as PyGenericAlias;
        if (name === '__origin__') { g.origin.ob_refcnt++; return g.origin; }
        if (name === '__args__') { const t = g.args instanceof PyTuple ? g.args : tupleSteal([(g.args.ob_refcnt++, g.args)]); if (t === g.args) t.ob_refcnt++; return t; }
        const r = g.origin.type.slots.getattro!(g.origin, name, true);
        if (r || suppress) return r;
        raise(PyExc.AttributeError, `'types.GenericAlias' object has no attribute '${name}'`);
      },
      traverse: (o, visit) => { const g = o as PyGenericAlias; visit(g.origin, RefKindCode.Attr, '__origin__'); visit(g.args, RefKindCode.Attr, '__args__'); },
      dealloc: (o) => { const g = o as PyGenericAlias; decref(g.origin); decref(g.args); },
    }, { module: 'types', noSubclass: true, flags: 1 << 14 });
    genericAliasType.tdict = makeImmortal(new PyDict(dictType));
    genericAliasType.slots = slotTable({ ...objectType.slots, ...genericAliasType.ownSlots });
  }
  origin.ob_refcnt++;
  args.ob_refcnt++;
  const g = new PyGenericAlias(genericAliasType, origin, args);
  gcTrack(g);
  return g;
}

export function initViewMethods(): void {
  const delegate = (name: string) => (self: PyObject | null, args: PyObject[], kw: readonly string[] | null): PyObject => {
    const target = (self as PyWrap).target;
    const m = lookup(target.type, name)!;
    const get = m.type.slots.descrGet!;
    const b = get(m, target, target.type);
    try { return b.type.slots.call!(b, args, kw); } finally { decref(b); }
  };
  defMethods(mappingProxyType, { keys: delegate('keys'), values: delegate('values'), items: delegate('items'), get: delegate('get'), copy: delegate('copy') });
  // dictviews_isdisjoint: iterates the smaller of two set-likes, else the argument.
  const isdisjoint = (self: PyObject, args: PyObject[], kw: readonly string[] | null): PyObject => {
    noKw('isdisjoint', kw);
    nargs('isdisjoint', args, 1, 1, true);
    let a = self, b = args[0]!;
    if (a === b) return boolObj(A.len(a) === 0);
    if ((b instanceof PySet || isSetView(b)) && A.len(b) > A.len(a)) { const t = a; a = b; b = t; }
    const items = toArray(b);
    try {
      for (const x of items) if (A.contains(a, x)) return boolObj(false);
      return boolObj(true);
    } finally { for (const x of items) decref(x); }
  };
  defMethods(dictType, { __reversed__: (self) => newDictRevIter(dictRevKeyIterType, self as PyDict) });
  const revOf = (t: PyType) => (self: PyObject | null): PyObject => newDictRevIter(t, (self as PyWrap).target as PyDict);
  defMethods(dictKeysType, { __reversed__: revOf(dictRevKeyIterType) });
  defMethods(dictValuesType, { __reversed__: revOf(dictRevValueIterType) });
  defMethods(dictItemsType, { __reversed__: revOf(dictRevItemIterType) });
  const mapping = (o: PyObject) => mappingProxy((o as PyWrap).target);
  for (const t of [dictKeysType, dictItemsType, dictValuesType]) {
    if (t !== dictValuesType) defMethods(t, { isdisjoint });
    defGetSet(t, 'mapping', mapping);
  }
}
