/**
 * Per-instruction caches of LOAD_ATTR, STORE_ATTR and LOAD_SUPER_ATTR (the role of CPython 3.12's
 * specialized LOAD_ATTR_INSTANCE_VALUE / LOAD_ATTR_METHOD_WITH_VALUES / LOAD_ATTR_PROPERTY /
 * STORE_ATTR_INSTANCE_VALUE / LOAD_SUPER_ATTR_METHOD family, kept in hidden side arrays of the
 * code object: co_code is never rewritten).
 *
 * Layout: `code.acache` holds 8 int slots per code unit; an instruction's entry starts at
 * ci = (byte offset of its first inline cache unit) * 4 and has two ways (polymorphic sites),
 * each [type version tag, kind, dict entry hint, 0]: way 0 at ci, way 1 at ci + 4. The cached
 * object of a way (a descriptor, borrowed; for the instance-dict kinds the interned name, which
 * is the key object attribute assignment stores, so a hit compares keys by identity) is
 * `code.aobj[u]` with u = offset / 2 for way 0 and u - 1 (the instruction's own code unit) for
 * way 1.
 *
 * Validity contract: a way applies to an object whose type's `tver` equals its tag. Tags change
 * whenever the type's dict, a base's dict or the MRO changes (type.ts invalidateCache) and are
 * never reused, so the type-level facts recorded at fill time (which descriptor `name` resolves
 * to, whether it is a data descriptor, the getattro/setattro slot) still hold, and the cached
 * descriptor is still alive (the type's dict owns it). Facts about the instance dict are never
 * assumed: a hint is used only after checking that the entry at that index still has the
 * attribute's name, and "the instance dict lacks the name" is checked at every use. The hits
 * are inlined in execMid (eval_mid.ts, its own V8 compile unit: the dispatch loop's recompiles
 * cost more than the call); only the property getter frame is set up from the loop (eval.ts).
 */
import type { PyObject } from '../objects/object';
import type { PyCode } from '../objects/code';
import type { Frame } from './frame';
import type { VM } from '../runtime/vm';
import { PyDict, dictIndexStr, dictSet } from '../objects/dict';
import { PyStr, intern } from '../objects/str';
import { PyFunction } from '../objects/function';
import { methodDescrType } from '../objects/builtin_function';
import { moduleType } from '../objects/module';
import { PyMemberDescr, PyProperty, memberDescrType } from '../objects/descriptors';
import { lookup, PyType } from '../objects/type';
import { genericGetAttr, genericSetAttr, instanceDict, PyInstance } from '../objects/instance';
import { superLookup } from '../objects/super';
import { setAttr } from '../runtime/abstract';
import { nullArray } from '../util/arrays';

/** LOAD_ATTR kinds. */
export const enum AK {
  /** No data descriptor on the type: the value is the instance dict's entry at the hint. */
  Inst = 1,
  /** Method form, generic getattro: the type's attribute is a function / method descriptor and
   * the instance dict must not have the name; pushes [descr, self]. */
  Method = 2,
  /** Data descriptor on the type (__slots__ member, getset, property): its __get__ decides. */
  Data = 3,
  /** Type attribute that is not a data descriptor; applies when the instance dict lacks the name. */
  Class = 4,
  /** A property whose getter is a Python function taking exactly one positional argument: the
   * eval loop runs the getter's frame in place (plain form only; else as Data). */
  Prop = 5,
  /** A __slots__ member (exact member_descriptor): the hint is its index in the instance's slot
   * values (CPython's LOAD_ATTR_SLOT); an unset slot goes through the descriptor (AttributeError). */
  Slot = 7,
}
/** STORE_ATTR kinds. */
export const enum SK {
  /** Generic setattro, no data descriptor: the value goes to the instance dict. */
  Inst = 1,
  /** Data descriptor on the type: its __set__ runs. */
  Data = 2,
  /** A __slots__ member (exact member_descriptor): the hint is its slot index (STORE_ATTR_SLOT). */
  Slot = 3,
}
/** LOAD_SUPER_ATTR kind; the way's hint slot holds the version tag of the class argument it was
 * filled for (tags identify types: never reused). */
export const SUPER_METHOD = 6;

/** Set by loadAttrSlow for the method form: true when the result is an unbound method to be
 * called with the owner as self (push [result, owner]), false for [NULL, result]. */
export let slowIsMethod = false;

function ensure(code: PyCode): Int32Array {
  let ac = code.acache;
  if (ac === null) {
    const n = code.co.co_code.length;
    ac = code.acache = new Int32Array(n * 4 + 8);
    code.aobj = nullArray<PyObject>((n >> 1) + 1);
  }
  return ac;
}

/** Index of the way of entry `ci` tagged `tv`, or -1. */
function wayOf(ac: Int32Array | null, ci: number, tv: number): number {
  if (ac === null) return -1;
  if (ac[ci] === tv) return ci;
  if (ac[ci + 4] === tv) return ci + 4;
  return -1;
}

/** The way to (re)fill for a type tagged `tv`: its own way if it has one, else way 0 after the
 * old way 0 moved to way 1. */
function claimWay(code: PyCode, ac: Int32Array, pc: number, tv: number): number {
  const ci = pc << 2;
  if (ac[ci] === tv) return ci;
  if (ac[ci + 4] === tv) return ci + 4;
  const u = pc >> 1, aobj = code.aobj!;
  ac[ci + 4] = ac[ci]!; ac[ci + 5] = ac[ci + 1]!; ac[ci + 6] = ac[ci + 2]!;
  aobj[u - 1] = aobj[u]!;
  return ci;
}

/** The cached object of way `w` of the entry for `pc`. */
export function wayObj(code: PyCode, pc: number, w: number): PyObject {
  return code.aobj![(pc >> 1) - ((w >> 2) & 1)]!;
}

/** True when the borrowed dict `d` (or no dict) lacks `name`. */
function dictLacks(d: PyObject | null, name: string): boolean {
  return d === null || dictIndexStr(d as PyDict, name) < 0;
}

/**
 * LOAD_ATTR when execMid's inline hits did not apply: uses the cached Data / Class kinds,
 * else runs the generic lookup and (re)fills the entry for `pc` (offset of the first cache
 * unit). Returns a new reference; for the method form see `slowIsMethod`. Borrows `owner`.
 */
export function loadAttrSlow(code: PyCode, pc: number, owner: PyObject, name: string, method: boolean): PyObject {
  const t = owner.type;
  const w = wayOf(code.acache, pc << 2, t.tver);
  slowIsMethod = false;
  if (w >= 0) {
    const kind = code.acache![w + 1];
    if (kind === AK.Data || kind === AK.Prop || kind === AK.Slot) {
      const descr = wayObj(code, pc, w);
      return descr.type.slots.descrGet!(descr, owner, t);
    }
    if (kind === AK.Class && dictLacks(owner.dict, name)) {
      const descr = wayObj(code, pc, w);
      const get = descr.type.slots.descrGet;
      if (get !== undefined) return get(descr, owner, t);
      descr.ob_refcnt++;
      return descr;
    }
  }
  const getattro = t.slots.getattro!;
  if (getattro === genericGetAttr || t === moduleType) fillLoad(code, pc, owner, t, name, method && getattro === genericGetAttr);
  if (method && getattro === genericGetAttr) {
    // _PyObject_GetMethod: a plain method found on the type and not shadowed by the instance
    // dict is returned unbound.
    const d = lookup(t, name);
    if (d !== null && (d instanceof PyFunction || d.type === methodDescrType) && dictLacks(owner.dict, name)) {
      d.ob_refcnt++;
      slowIsMethod = true;
      return d;
    }
  }
  return getattro(owner, name, false)!;
}

/** Records what the generic lookup of `name` on `owner` resolves to (before any Python code
 * runs, so the version tag read here describes the facts recorded). */
function fillLoad(code: PyCode, pc: number, owner: PyObject, t: PyType, name: string, methodOk: boolean): void {
  const descr = lookup(t, name);
  let kind = 0, hint = 0;
  if (descr !== null && descr.type.slots.descrGet !== undefined && descr.type.slots.descrSet !== undefined) {
    kind = AK.Data;
    if (descr instanceof PyProperty && descr.fget instanceof PyFunction) kind = AK.Prop;
    else if (descr.type === memberDescrType && owner instanceof PyInstance) { kind = AK.Slot; hint = (descr as PyMemberDescr).index; }
  } else {
    const d = owner.dict as PyDict | null;
    const i = d === null ? -1 : dictIndexStr(d, name);
    if (i >= 0) { kind = AK.Inst; hint = i; }
    else if (descr !== null) {
      kind = methodOk && (descr instanceof PyFunction || descr.type === methodDescrType) ? AK.Method : AK.Class;
      // Method: whether the instance dict must be checked (objects of this type can have one).
      if (kind === AK.Method) hint = t.hasDict || owner.dict !== null ? 1 : 0;
    }
  }
  if (kind === 0) return;
  const ac = ensure(code);
  const w = claimWay(code, ac, pc, t.tver);
  ac[w] = t.tver; ac[w + 1] = kind; ac[w + 2] = hint;
  code.aobj![(pc >> 1) - ((w >> 2) & 1)] = kind === AK.Inst ? intern(name) : descr;
}

/**
 * STORE_ATTR when execMid's inline hit (replacing an existing inline-dict entry) did not
 * apply. Borrows `owner` and `v` (the caller releases both, also when this throws).
 */
export function storeAttrSlow(code: PyCode, pc: number, owner: PyObject, name: string, v: PyObject): void {
  const t = owner.type;
  let w = wayOf(code.acache, pc << 2, t.tver);
  if (w < 0 && t.slots.setattro === genericSetAttr) w = fillStore(code, pc, owner, t, name);
  if (w >= 0) {
    const ac = code.acache!;
    const kind = ac[w + 1];
    if (kind === SK.Data || kind === SK.Slot) {
      const descr = wayObj(code, pc, w);
      descr.type.slots.descrSet!(descr, owner, v);
      return;
    }
    if (kind === SK.Inst) {
      // genericSetAttr's dict branch, with the type-level lookup already done.
      const d = instanceDict(owner, true)!;
      dictSet(d, wayObj(code, pc, w) as PyStr, v);
      // Instances of a class usually gain attributes in the same order: remember where this
      // one landed so the next store to an existing entry hits inline.
      const h = ac[w + 2]!, k = d.ks[h];
      if (k === undefined || k === null || (k as PyStr).s !== name) ac[w + 2] = dictIndexStr(d, name);
      return;
    }
  }
  setAttr(owner, name, v);
}

/** Fills a way for a type whose setattro is the generic one; returns it, or -1 (no caching). */
function fillStore(code: PyCode, pc: number, owner: PyObject, t: PyType, name: string): number {
  const descr = lookup(t, name);
  const data = descr !== null && descr.type.slots.descrSet !== undefined;
  if (!data && !(t.hasDict && owner instanceof PyInstance)) return -1;
  const ac = ensure(code);
  const w = claimWay(code, ac, pc, t.tver);
  const u = (pc >> 1) - ((w >> 2) & 1);
  ac[w] = t.tver;
  if (data) {
    const slot = descr.type === memberDescrType && owner instanceof PyInstance;
    ac[w + 1] = slot ? SK.Slot : SK.Data; ac[w + 2] = slot ? (descr as PyMemberDescr).index : 0;
    code.aobj![u] = descr;
  } else {
    ac[w + 1] = SK.Inst;
    const d = owner.dict as PyDict | null;
    const i = d === null ? -1 : dictIndexStr(d, name);
    ac[w + 2] = i >= 0 ? i : d === null ? 0 : d.ks.length;
    code.aobj![u] = intern(name);
  }
  return w;
}

/**
 * LOAD_SUPER_ATTR (zero-argument form, builtin super) miss: superLookup, and for the method form
 * with a plain method found on an ordinary instance, fills the entry so the next execution with
 * the same class argument and an instance of the same type (same version tag: it covers every
 * dict along that type's MRO) is a hit. Returns superLookup's pair.
 */
export function superAttrFill(code: PyCode, pc: number, cls: PyType, self: PyObject, name: string, method: boolean): [PyObject | null, PyObject] {
  const st = self.type;
  const tv = st.tver, cv = cls.tver;
  const r = superLookup(cls, self, name, method);
  if (method && r[0] !== null && !(self instanceof PyType) && st.isSubtype(cls)) {
    const ac = ensure(code);
    const w = claimWay(code, ac, pc, tv);
    ac[w] = tv; ac[w + 1] = SUPER_METHOD; ac[w + 2] = cv;
    code.aobj![(pc >> 1) - ((w >> 2) & 1)] = r[0];
  }
  return r;
}

/**
 * LOAD_ATTR_PROPERTY (plain form): when the entry for `pc` has a Prop way for the owner's type
 * (the top of f's stack), the getter is still a Python function taking exactly one positional
 * argument and the recursion limit allows a frame, the owner is popped (its reference moves into
 * the new frame) and the getter's frame is returned, pushed; the caller switches to it (its
 * return value lands on f's stack, execution resumes at f.pc). Otherwise null and nothing
 * changed. The caller set f.sp / f.pc (after the inline caches) / f.lasti.
 */
export function propertyFrame(vm: VM, f: Frame, code: PyCode, pc: number, owner: PyObject): Frame | null {
  const ac = code.acache!, tv = owner.type.tver;
  let w = pc << 2;
  if (ac[w] !== tv && ac[(w += 4)] !== tv) return null;
  if (ac[w + 1] !== AK.Prop) return null;
  const fn = (wayObj(code, pc, w) as PyProperty).fget;
  if (!(fn instanceof PyFunction) || !fn.simple || fn.argcount !== 1 || vm.depth >= vm.recursionLimit) return null;
  f.lp[--f.sp] = null;
  const nf = vm.newPyFrame(fn, f);
  nf.lp[0] = owner;
  fn.ob_refcnt++;
  nf.funcObj = fn;
  vm.pushFrame(nf);
  return nf;
}
