/**
 * Type objects: name, bases, MRO, the type's dict, and the slot table through which the runtime
 * dispatches every operation (CPython's tp_* / nb_* / sq_* / mp_* slots).
 *
 * Invariants:
 * - Builtin ("static") types are immortal and created by the objects/X.ts init functions called
 *   from src/vm/runtime/bootstrap.ts. Heap types (Python classes) are mortal, GC-tracked, and own
 *   references to their bases, MRO tuple entries and dict.
 * - Slots are inherited along the MRO when a type is finished (`inheritSlots`); a heap type whose
 *   dict defines a dunder gets the matching slot_* dispatcher (src/vm/objects/slots.ts), re-derived
 *   whenever a dunder is assigned on the class or a base (`updateSlots`).
 * - `lookup(type, name)` is CPython's _PyType_Lookup: first hit along the MRO, borrowed reference,
 *   memoised per type in `cache`, invalidated for the type and its subclasses on any change.
 *
 * Slot functions return NEW references and borrow their arguments (CPython's convention), except
 * where a comment says otherwise. Missing slots are undefined.
 */
import { PyObject, makeImmortal, nextSerial, type Slot } from './object';
import type { PyDict } from './dict';
import type { PyTuple } from './tuple';

export type Visit = (child: PyObject, kind: RefKindCode, label: string | number) => void;
/** Reference kinds for traversal (mirrors RefKind of src/shared/views.ts). */
export const enum RefKindCode { Attr, Item, Key, Value, Cell, FrameSlot, Stack, Type, Closure, Internal }

export type BinaryFn = (a: PyObject, b: PyObject) => PyObject; // may return NotImplemented
export type UnaryFn = (a: PyObject) => PyObject;

export interface TypeSlots {
  repr?: UnaryFn;
  str?: UnaryFn;
  hash?: (o: PyObject) => number;
  /** op: 0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >= (Py_LT..Py_GE). May return NotImplemented. */
  richcompare?: (a: PyObject, b: PyObject, op: number) => PyObject;
  /** Returns null for a plain missing attribute when `suppress` is true; otherwise raises. */
  getattro?: (o: PyObject, name: string, suppress: boolean) => PyObject | null;
  /** value null = delete. */
  setattro?: (o: PyObject, name: string, value: PyObject | null) => void;
  /** args: positional then keyword values (vectorcall layout), borrowed. */
  call?: (callable: PyObject, args: PyObject[], kwnames: readonly string[] | null) => PyObject;
  iter?: UnaryFn;
  /** null = exhausted (no exception raised). */
  iternext?: (o: PyObject) => PyObject | null;
  len?: (o: PyObject) => number;
  getitem?: BinaryFn;
  setitem?: (o: PyObject, key: PyObject, value: PyObject | null) => void;
  contains?: (o: PyObject, x: PyObject) => boolean;
  bool?: (o: PyObject) => boolean;
  /** Binary numeric ops indexed by NB_* (0..12); in-place ones by 13..25; divmod() at NB_DIVMOD (26). */
  nb?: (BinaryFn | undefined)[];
  neg?: UnaryFn;
  pos?: UnaryFn;
  invert?: UnaryFn;
  abs?: UnaryFn;
  index?: UnaryFn;
  int?: UnaryFn;
  float?: UnaryFn;
  descrGet?: (descr: PyObject, obj: PyObject | null, type: PyObject) => PyObject;
  descrSet?: (descr: PyObject, obj: PyObject, value: PyObject | null) => void;
  init?: (self: PyObject, args: PyObject[], kwnames: readonly string[] | null) => void;
  new?: (type: PyType, args: PyObject[], kwnames: readonly string[] | null) => PyObject;
  /** __del__ (tp_finalize). */
  finalize?: (o: PyObject) => void;
  /** Visit every strong reference the object holds (tp_traverse, also used by audit/inspect). */
  traverse?: (o: PyObject, visit: Visit) => void;
  /** Drop references to break cycles (tp_clear). */
  clear?: (o: PyObject) => void;
  /** Release everything the object owns; called once when the count reaches zero. */
  dealloc?: (o: PyObject) => void;
  /** Sequence concatenation / repetition fallbacks of `+` and `*` (sq_concat, sq_repeat). */
  concat?: BinaryFn;
  repeat?: BinaryFn;
  /** __sizeof__ without the GC pre-header. */
  sizeof?: (o: PyObject) => number;
}

/**
 * A type's effective slot table with every TypeSlots key present, always in this order: all
 * tables then share one V8 hidden class, so the `t.slots.x` loads of every dispatch site stay
 * monomorphic across types (a spread or a table grown key by key gets a map per key set, and the
 * sites reading slots went megamorphic). Absent slots are undefined, as before. Every assignment
 * of `PyType.slots` goes through here; assigning a key of an existing table keeps its class.
 */
export function slotTable(s: TypeSlots): TypeSlots {
  // `satisfies`: the build fails when TypeSlots gains a key this table does not write.
  return {
    repr: s.repr,
    str: s.str,
    hash: s.hash,
    richcompare: s.richcompare,
    getattro: s.getattro,
    setattro: s.setattro,
    call: s.call,
    iter: s.iter,
    iternext: s.iternext,
    len: s.len,
    getitem: s.getitem,
    setitem: s.setitem,
    contains: s.contains,
    bool: s.bool,
    nb: s.nb,
    neg: s.neg,
    pos: s.pos,
    invert: s.invert,
    abs: s.abs,
    index: s.index,
    int: s.int,
    float: s.float,
    descrGet: s.descrGet,
    descrSet: s.descrSet,
    init: s.init,
    new: s.new,
    finalize: s.finalize,
    traverse: s.traverse,
    clear: s.clear,
    dealloc: s.dealloc,
    concat: s.concat,
    repeat: s.repeat,
    sizeof: s.sizeof,
  } satisfies { [K in keyof TypeSlots]-?: unknown };
}

/** nb slot index of divmod() (nb_divmod; not a BINARY_OP oparg). */
export const NB_DIVMOD = 26;

export const TF_HEAPTYPE = 1 << 9;
export const TF_BASETYPE = 1 << 10;
export const TF_HAVE_GC = 1 << 14;
export const TF_MANAGED_DICT = 1 << 4;
export const TF_LONG_SUBCLASS = 1 << 24;
export const TF_LIST_SUBCLASS = 1 << 25;
export const TF_TUPLE_SUBCLASS = 1 << 26;
export const TF_BYTES_SUBCLASS = 1 << 27;
export const TF_UNICODE_SUBCLASS = 1 << 28;
export const TF_DICT_SUBCLASS = 1 << 29;
export const TF_BASE_EXC_SUBCLASS = 1 << 30;
export const TF_TYPE_SUBCLASS = 1 << 31;
export const TF_IS_ABSTRACT = 1 << 20;

export class PyType extends PyObject {
  name: string;
  qualname: string;
  /** `__module__` for builtins ('builtins' unless dotted name); heap types keep it in the dict. */
  moduleName: string;
  tpFlags: number;
  base: PyType | null;
  bases: PyType[];
  mro: PyType[];
  /** tp_dict. Created at bootstrap for static types. */
  tdict!: PyDict;
  /** __mro__ / __bases__ as tuples (materialized lazily for static types). */
  mroTuple: PyTuple | null = null;
  basesTuple: PyTuple | null = null;
  slots: TypeSlots = slotTable({});
  /** Slots this type defines itself (before inheritance); used to build wrapper descriptors. */
  ownSlots: TypeSlots = {};
  /** Instance layout facts for sys.getsizeof: basicsize (without GC header) and itemsize. */
  basicsize: number;
  itemsize: number;
  /** Names of __slots__ member descriptors added by this type (heap types). */
  slotNames: string[] = [];
  /** Number of slot values in instances (including inherited ones). */
  nslots = 0;
  /** Instances have a __dict__. */
  hasDict = false;
  /** dk_nentries + dk_usable of a heap class's shared instance keys (SHARED_KEYS_MAX_SIZE 30 at
   * creation, one less per instance created while room is left): sizes materialized __dict__s. */
  sharedKeysSpan = 30;
  /** Instances support weak references (only affects sizes and descriptors). */
  hasWeakref = false;
  cache: Map<string, Slot> = new Map();
  /** Version tag (CPython's tp_version_tag): drawn from one process-wide counter, replaced by
   * invalidateCache whenever this type's or a base's dict or MRO changes, never reused. Attribute
   * caches (interp/attr_cache.ts) keyed by it stay valid while it is unchanged. */
  tver: number = nextTypeVersion();
  subclasses: PyType[] = [];
  /** Builtin solid base that defines the instance layout (e.g. list for class L(list)). */
  solid: PyType;
  /** Heap type: __doc__ etc live in tdict. */
  constructor(metatype: PyType | null, name: string, base: PyType | null, opts: { basicsize?: number; itemsize?: number; flags?: number; module?: string } = {}) {
    super(metatype ?? (null as unknown as PyType));
    if (metatype === null) {
      // `type` itself: PyObject's constructor skips the header when given no type (subclasses
      // that store it themselves), so store it here; initRootTypes sets .type afterwards.
      const h = this as unknown as { ob_refcnt: number; flags: number; serial: number; gcGen: number; gcRefs: number; gcPrev: null; gcNext: null; dict: null };
      h.ob_refcnt = 1; h.flags = 0; h.serial = nextSerial(); h.gcGen = -1; h.gcRefs = 0; h.gcPrev = null; h.gcNext = null; h.dict = null;
    }
    this.name = name;
    this.qualname = name;
    this.moduleName = opts.module ?? 'builtins';
    this.tpFlags = opts.flags ?? 0;
    this.base = base;
    this.bases = base ? [base] : [];
    this.mro = [this];
    if (base) this.mro.push(...base.mro);
    this.basicsize = opts.basicsize ?? (base ? base.basicsize : 16);
    this.itemsize = opts.itemsize ?? 0;
    this.solid = this;
  }
  isHeap(): boolean {
    return (this.tpFlags & TF_HEAPTYPE) !== 0;
  }
  /** True when `this` is `t` or a subclass of it (PyType_IsSubtype). */
  isSubtype(t: PyType): boolean {
    if (this === t) return true;
    const m = this.mro;
    for (let i = 1; i < m.length; i++) if (m[i] === t) return true;
    return false;
  }
}

/** tp_name: a static type defined by a module other than builtins is named "module.Name" there
 * (descriptor reprs and their errors show it); a class statement's type uses its bare name. */
export function tpName(t: PyType): string {
  return t.isHeap() || t.moduleName === 'builtins' ? t.name : `${t.moduleName}.${t.name}`;
}

// The two roots; created at module evaluation because every other type needs them.
export let typeType: PyType;
export let objectType: PyType;

/** Creation hook: set by bootstrap so builtin types get their dicts without import cycles. */
export const typeHooks = {
  newDict: null as unknown as () => PyDict,
  newTuple: null as unknown as (items: PyObject[]) => PyTuple,
};

export const staticTypes: PyType[] = [];

/** Builtin types whose instances carry their own weakref list (tp_weaklistoffset != 0). */
const NATIVE_WEAKREF = new Set(['type', 'function', 'module', 'set', 'frozenset', 'method', 'code', 'generator',
  'coroutine', 'async_generator', 'builtin_function_or_method', 'property', 'ReferenceType', 'frame']);

/** Bytes CPython 3.12 keeps in front of an instance (after the GC head) for a managed __dict__
 * and/or managed __weakref__: two pointers when a heap class itself added either of them. */
export function managedPreHeader(t: PyType): number {
  if (!t.isHeap()) return 0;
  const s = t.solid;
  if (t.hasDict && !s.hasDict && s !== typeType) return 16;
  if (t.hasWeakref && !s.hasWeakref && !NATIVE_WEAKREF.has(s.name)) return 16;
  return 0;
}

/** Creates an immortal builtin type. Its dict is created when bootstrap finishes the types. */
export function makeStaticType(name: string, base: PyType | null, slots: TypeSlots, opts: { basicsize?: number; itemsize?: number; flags?: number; module?: string; noSubclass?: boolean } = {}): PyType {
  const t = new PyType(typeType, name, base, opts);
  if (!opts.noSubclass) t.tpFlags |= TF_BASETYPE;
  if (base) {
    t.tpFlags |= base.tpFlags & (TF_LONG_SUBCLASS | TF_LIST_SUBCLASS | TF_TUPLE_SUBCLASS | TF_BYTES_SUBCLASS | TF_UNICODE_SUBCLASS | TF_DICT_SUBCLASS | TF_BASE_EXC_SUBCLASS | TF_TYPE_SUBCLASS);
    if (base.hasDict) t.hasDict = true;
  }
  t.ownSlots = slots;
  makeImmortal(t);
  staticTypes.push(t);
  return t;
}

export function initRootTypes(): void {
  typeType = new PyType(null, 'type', null, { basicsize: 904 });
  typeType.type = typeType;
  objectType = new PyType(typeType, 'object', null, { basicsize: 16 });
  typeType.base = objectType;
  typeType.bases = [objectType];
  typeType.mro = [typeType, objectType];
  typeType.tpFlags |= TF_BASETYPE | TF_TYPE_SUBCLASS | TF_HAVE_GC;
  objectType.tpFlags |= TF_BASETYPE;
  makeImmortal(typeType);
  makeImmortal(objectType);
  staticTypes.push(objectType, typeType);
}

/**
 * Fills every slot of `s` that is still undefined (nb excepted) from base slot table `b`; hash and
 * richcompare only when `pairOwn` is false. Written out with static names, not a loop over the
 * keys: a dynamic-key copy is a megamorphic keyed access per slot, and this runs ~30 times per base
 * for every class created (~300 types at start-up, every class of every imported module) mostly
 * while V8 still interprets it. tests/unit/type-inherit-slots.test.ts checks that it covers
 * slotTable's keys.
 */
export function inheritSlotsFrom(s: TypeSlots, b: TypeSlots, pairOwn: boolean): void {
  if (s.repr === undefined) s.repr = b.repr;
  if (s.str === undefined) s.str = b.str;
  if (s.getattro === undefined) s.getattro = b.getattro;
  if (s.setattro === undefined) s.setattro = b.setattro;
  if (s.call === undefined) s.call = b.call;
  if (s.iter === undefined) s.iter = b.iter;
  if (s.iternext === undefined) s.iternext = b.iternext;
  if (s.len === undefined) s.len = b.len;
  if (s.getitem === undefined) s.getitem = b.getitem;
  if (s.setitem === undefined) s.setitem = b.setitem;
  if (s.contains === undefined) s.contains = b.contains;
  if (s.bool === undefined) s.bool = b.bool;
  if (s.neg === undefined) s.neg = b.neg;
  if (s.pos === undefined) s.pos = b.pos;
  if (s.invert === undefined) s.invert = b.invert;
  if (s.abs === undefined) s.abs = b.abs;
  if (s.index === undefined) s.index = b.index;
  if (s.int === undefined) s.int = b.int;
  if (s.float === undefined) s.float = b.float;
  if (s.descrGet === undefined) s.descrGet = b.descrGet;
  if (s.descrSet === undefined) s.descrSet = b.descrSet;
  if (s.init === undefined) s.init = b.init;
  if (s.new === undefined) s.new = b.new;
  if (s.finalize === undefined) s.finalize = b.finalize;
  if (s.traverse === undefined) s.traverse = b.traverse;
  if (s.clear === undefined) s.clear = b.clear;
  if (s.dealloc === undefined) s.dealloc = b.dealloc;
  if (s.concat === undefined) s.concat = b.concat;
  if (s.repeat === undefined) s.repeat = b.repeat;
  if (s.sizeof === undefined) s.sizeof = b.sizeof;
  if (!pairOwn) {
    if (s.hash === undefined) s.hash = b.hash;
    if (s.richcompare === undefined) s.richcompare = b.richcompare;
  }
}

/** Copies every slot the type does not define from the first base along the MRO that has it. */

export function inheritSlots(t: PyType): void {
  const s: TypeSlots = slotTable(t.ownSlots);
  // CPython's inherit_slots: hash and richcompare come from a base only as a pair, and only when
  // the type defines neither; a builtin type comparing by value without a hash stays unhashable.
  const pairOwn = !t.isHeap() && (t.ownSlots.richcompare !== undefined || t.ownSlots.hash !== undefined);
  for (let i = 1; i < t.mro.length; i++) inheritSlotsFrom(s, t.mro[i]!.slots, pairOwn);
  // Binary ops inherit entry by entry.
  const nb: (BinaryFn | undefined)[] = t.ownSlots.nb ? t.ownSlots.nb.slice() : [];
  for (let i = 1; i < t.mro.length; i++) {
    const bnb = t.mro[i]!.slots.nb;
    if (!bnb) continue;
    for (let j = 0; j < bnb.length; j++) if (nb[j] === undefined && bnb[j] !== undefined) nb[j] = bnb[j];
  }
  if (nb.length) s.nb = nb;
  // hash is inherited together with richcompare (CPython's inherit_slots rule): a type that
  // overrides equality without defining hash is unhashable; handled in slots.ts for heap types.
  t.slots = s;
}

/** _PyType_Lookup: borrowed reference or null. */
export function lookup(t: PyType, name: string): Slot {
  const c = t.cache.get(name);
  if (c !== undefined) return c;
  let r: Slot = null;
  const m = t.mro;
  for (let i = 0; i < m.length; i++) {
    const v = m[i]!.tdict.getStr(name);
    if (v !== null) { r = v; break; }
  }
  t.cache.set(name, r);
  return r;
}

let typeVersionSeq = 0;
/** The next never-used type version tag. */
export function nextTypeVersion(): number {
  return ++typeVersionSeq;
}

/** Forgets cached lookups of `t` and of every subclass (type attribute changed) and gives them
 * new version tags. */
export function invalidateCache(t: PyType): void {
  const stack = [t];
  while (stack.length) {
    const x = stack.pop()!;
    x.cache.clear();
    x.tver = ++typeVersionSeq;
    for (const s of x.subclasses) stack.push(s);
  }
}

/** C3 linearization (mro_internal / mro_implementation). Returns null on inconsistency. */
/** After computeMro fails: the heads left unmerged, in the order CPython's set_mro_error names them. */
export let mroConflictHeads: PyType[] = [];

export function computeMro(t: PyType, bases: PyType[]): PyType[] | null {
  if (bases.length === 1) {
    // One base: C3's merge of [base.mro, [base]] is base.mro itself (it is consistent already).
    const m = bases[0]!.mro, out: PyType[] = new Array(m.length + 1);
    out[0] = t;
    for (let i = 0; i < m.length; i++) out[i + 1] = m[i]!;
    return out;
  }
  const seqs: PyType[][] = bases.map((b) => b.mro.slice());
  seqs.push(bases.slice());
  const out: PyType[] = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length);
    if (!nonEmpty.length) return out;
    let cand: PyType | null = null;
    for (const s of nonEmpty) {
      const h = s[0]!;
      if (!nonEmpty.some((o) => o.indexOf(h) > 0)) { cand = h; break; }
    }
    if (!cand) {
      mroConflictHeads = [];
      for (const s of nonEmpty) if (!mroConflictHeads.includes(s[0]!)) mroConflictHeads.push(s[0]!);
      return null;
    }
    out.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}
