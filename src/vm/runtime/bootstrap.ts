/**
 * One-time creation of the builtin types (CPython's _PyTypes_InitTypes): every objects/X.ts
 * exposes an init function; this file calls them in dependency order, gives every static type its
 * dict, inherits slots along the MRO, registers methods/getsets/slot wrappers and wires the late
 * hooks (runtime/hooks.ts). Builtin types are shared by all VMs of the process (they're immortal).
 */
import type { PyObject } from '../objects/object';
import { initRootTypes, staticTypes, inheritSlots, typeType, objectType, typeHooks, PyType } from '../objects/type';
import { initStrType } from '../objects/str';
import { strSlots, initStrMethods } from '../objects/str_methods';
import { initIntType, intType, newIntBig } from '../objects/int';
import { initFloatType, floatType } from '../objects/float';
import { initSingletons } from '../objects/singletons';
import { initTupleType, tupleType, tupleSteal, tupleFrom, PyTuple } from '../objects/tuple';
import { tupleSlots, initTupleMethods } from '../objects/tuple_methods';
import { initListType, initListMethods, PyList, listType, newList } from '../objects/list';
import { initDictType, newDict, PyDict, dictType } from '../objects/dict';
import { dictSlots, initDictMethods, initBoolType } from '../objects/dict_methods';
import { initSetTypes, initSetMethods, frozensetSteal, frozensetConst } from '../objects/set';
import { initSliceType } from '../objects/slice';
import { initRangeType } from '../objects/range';
import { initCellType } from '../objects/cell';
import { initMethodType } from '../objects/method';
import { initBuiltinFunctionTypes } from '../objects/builtin_function';
import { initFunctionType, PyFunction } from '../objects/function';
import { initCodeType } from '../objects/code';
import { initModuleType } from '../objects/module';
import { initExceptionTypes, makeException } from '../objects/exceptions';
import { initExceptionGroupTypes, initExceptionGroupMethods } from '../objects/exception_group';
import { initTracebackType } from '../objects/traceback';
import { initFrameType } from '../objects/frame';
import { initIteratorTypes, newIter, seqIterType, tupleIterType } from '../objects/iterators';
import { initDescriptorTypes } from '../objects/descriptors';
import { initSuperType } from '../objects/super';
import { initObjectType } from '../objects/instance';
import { initTypeObject, initTypeGetSets, typeNew } from '../objects/typeobject';
import { initAttributes, initSlotWrappers } from '../objects/attrs';
import { initNumberMethods } from '../objects/number_methods';
import { initExceptionFieldSlots, initExceptionFieldAttrs } from '../objects/exception_types';
import { initViews, newGenericAlias } from '../objects/views';
import { initGeneratorType, initGeneratorMethods } from '../objects/generator';
import { initAsyncGenTypes, initAsyncGenMethods } from '../objects/asyncgen';
import { initComplexType, initComplexAttrs, complexType } from '../objects/complex';
import { initBytesType, initBytesMethods, initMemoryviewType, initMemoryviewMethods } from '../objects/bytes';
import { initBytesExtraMethods } from '../objects/bytes_methods';
import { intNew, floatNew, strNew } from '../modules/numparse';
import { vmHooks } from './hooks';
import { PyExc } from './errors';
import { TF_HAVE_GC, TF_BASE_EXC_SUBCLASS } from '../objects/type';
import { makeImmortal } from '../objects/object';
import * as A from './abstract';
import { formatObject } from './format';
import { percentFormat } from './printf';
import { strFormat } from './strformat';
import { initFormatting } from './format_init';
import { dirNames } from '../modules/dir';
import { newStr } from '../objects/str';
import { None } from '../objects/singletons';
import { lookup, invalidateCache } from '../objects/type';
import { decref } from './refcount';

let done = false;

const GC_TYPES = [
  'tuple', 'list', 'dict', 'set', 'frozenset', 'function', 'cell', 'method', 'module', 'frame', 'traceback',
  'type', 'builtin_function_or_method', 'method-wrapper', 'property', 'classmethod', 'staticmethod', 'super', 'slice',
  'list_iterator', 'list_reverseiterator', 'tuple_iterator', 'dict_keyiterator', 'dict_valueiterator', 'dict_itemiterator',
  'iterator', 'callable_iterator', 'enumerate', 'zip', 'map', 'filter', 'reversed', 'member_descriptor', 'BaseException',
  'dict_keys', 'dict_values', 'dict_items', 'mappingproxy', 'SimpleNamespace', 'generator', 'getset_descriptor',
];

export function bootstrap(): void {
  if (done) return;
  done = true;
  initRootTypes();
  typeHooks.newDict = newDict;
  typeHooks.newTuple = tupleSteal;
  initObjectType();
  initTypeObject();
  initStrType({ ...strSlots, new: strNew });
  initIntType();
  intType.ownSlots.new = intNew;
  initBoolType();
  initFloatType();
  floatType.ownSlots.new = floatNew;
  initSingletons();
  initTupleType(tupleSlots);
  initListType();
  initDictType(dictSlots);
  initSetTypes();
  initSliceType();
  initRangeType();
  initCellType();
  initMethodType();
  initBuiltinFunctionTypes();
  initFunctionType();
  initCodeType();
  initModuleType();
  initExceptionTypes();
  initExceptionFieldSlots();
  initExceptionGroupTypes();
  initTracebackType();
  initFrameType();
  initIteratorTypes();
  initDescriptorTypes();
  initSuperType();
  initViews();
  initGeneratorType();
  initAsyncGenTypes();
  initComplexType();
  initBytesType();
  initMemoryviewType();
  for (const t of staticTypes) {
    if (GC_TYPES.includes(t.name)) t.tpFlags |= TF_HAVE_GC;
    if (t.base && (t.base.tpFlags & TF_HAVE_GC)) t.tpFlags |= TF_HAVE_GC;
    const d = newDict();
    makeImmortal(d);
    t.tdict = d;
  }
  for (const t of staticTypes) {
    inheritSlots(t);
    // type_ready_set_hash: a type left without tp_hash gets `__hash__ = None` (unhashable).
    if (!t.slots.hash) t.tdict.setStr('__hash__', None);
  }
  wireHooks();
  initListMethods();
  initStrMethods();
  initTupleMethods();
  initDictMethods();
  initSetMethods();
  initTypeGetSets();
  initGeneratorMethods();
  initAsyncGenMethods();
  initComplexAttrs();
  initBytesMethods();
  initBytesExtraMethods();
  initMemoryviewMethods();
  initAttributes();
  initNumberMethods();
  initFormatting();
  initExceptionFieldAttrs();
  initExceptionGroupMethods();
  initSlotWrappers();
  registerStaticSubclasses();
  for (const t of staticTypes) invalidateCache(t);
  void typeType; void objectType; void PyType;
}

/**
 * type.__subclasses__() of builtin types: every static type joins its bases' lists (heap types do
 * so when created). CPython readies its builtin exceptions in an order that is alphabetical among
 * the children of each base, ExceptionGroup (created as a heap type) after them; other static
 * types keep this VM's start-up order.
 */
function registerStaticSubclasses(): void {
  for (const t of staticTypes) for (const b of t.bases) if (!b.subclasses.includes(t)) b.subclasses.push(t);
  const eg = PyExc.ExceptionGroup;
  for (const t of staticTypes) {
    if (!(t.tpFlags & TF_BASE_EXC_SUBCLASS) || t.subclasses.length < 2) continue;
    t.subclasses.sort((a, b) => (a === eg ? 1 : b === eg ? -1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
}

function wireHooks(): void {
  vmHooks.seqIter = (o) => newIter(seqIterType, o);
  vmHooks.fastItems = (o) => (o.type === listType ? (o as PyList).items : o.type === tupleType ? (o as PyTuple).items : null);
  vmHooks.typeType = () => typeType;
  vmHooks.intFromBig = (v) => newIntBig(v);
  vmHooks.attributeError = (o, name) => {
    const msg = o instanceof PyType ? `type object '${o.name}' has no attribute '${name}'` : `'${o.type.name}' object has no attribute '${name}'`;
    const e = makeException(PyExc.AttributeError!, msg);
    const ex = e as unknown as { nameAttr: string; objAttr: PyObject | null };
    ex.nameAttr = name;
    ex.objAttr = o;
    o.ob_refcnt++;
    return e;
  };
  vmHooks.isFunction = (o) => o instanceof PyFunction;
  vmHooks.truthy = (o) => A.isTrue(o);
  vmHooks.percentFormat = percentFormat;
  vmHooks.strFormat = strFormat;
  vmHooks.formatValue = (o, spec) => formatObject(o, (spec as { s?: string }).s ?? '');
  vmHooks.strNew = strNew;
  vmHooks.tupleOfStrs = (parts) => tupleSteal(parts.map((p) => newStr(p)));
  vmHooks.dirNames = dirNames;
  vmHooks.frozensetFrom = frozensetConst;
  vmHooks.listIterOver = (items) => {
    const t = tupleFrom(items);
    const it = newIter(tupleIterType, t);
    decref(t);
    return it;
  };
  vmHooks.superInitSubclass = (t, args, kw) => {
    // super(t, t).__init_subclass__(**kw)
    const mro = t.mro;
    for (let i = 1; i < mro.length; i++) {
      const f = mro[i]!.tdict.getStr('__init_subclass__');
      if (!f) continue;
      const get = f.type.slots.descrGet;
      const bound = get ? get(f, null, t) : (f.ob_refcnt++, f);
      try { decref(A.call(bound, args, kw.length ? kw : null)); } finally { decref(bound); }
      return;
    }
  };
  vmHooks.abstractMethods = (t) => {
    const a = t.tdict.getStr('__abstractmethods__');
    if (!a) return [];
    const items = A.toArray(a);
    const names = items.map((x) => A.strJS(x)).sort();
    for (const x of items) decref(x);
    return names;
  };
  vmHooks.slotNames = (t) => {
    const out: string[] = [];
    for (let i = t.mro.length - 1; i >= 0; i--) out.push(...t.mro[i]!.slotNames);
    return out;
  };
  vmHooks.unionType = (a, b) => { void a; void b; None.ob_refcnt++; return None; };
  vmHooks.genericAlias = newGenericAlias;
  void lookup; void dictType; void PyDict; void newList; void makeException; void typeNew;
}
