/**
 * Per-instruction caches of LOAD_ATTR and STORE_ATTR (the role of CPython 3.12's specialized
 * LOAD_ATTR_INSTANCE_VALUE / LOAD_ATTR_METHOD_WITH_VALUES / STORE_ATTR_INSTANCE_VALUE family,
 * kept in hidden side arrays of the code object: co_code is never rewritten).
 *
 * Layout: `code.acache` holds 4 int slots per code unit; an instruction's entry starts at
 * (byte offset of its first inline cache unit) * 2: [type version tag, kind, dict entry hint, 0].
 * `code.aobj[offset / 2]` is the cached descriptor (borrowed) or, for STORE_ATTR, the interned
 * attribute name.
 *
 * Validity contract: an entry applies to an object whose type's `tver` equals the cached tag.
 * Tags change whenever the type's dict, a base's dict or the MRO changes (type.ts
 * invalidateCache) and are never reused, so the type-level facts recorded at fill time
 * (which descriptor `name` resolves to, whether it is a data descriptor, the getattro/setattro
 * slot) still hold, and the cached descriptor is still alive (the type's dict owns it). Facts
 * about the instance dict are never assumed: a hint is used only after checking that the entry
 * at that index still has the attribute's name, and "the instance dict lacks the name" is
 * checked at every use. The eval loop (eval.ts) inlines the two most common hits (instance
 * value, method); every other case goes through the functions here.
 */
import type { PyObject } from '../objects/object';
import type { PyCode } from '../objects/code';
import { PyDict, dictIndexStr, dictSet } from '../objects/dict';
import { PyStr, intern } from '../objects/str';
import { PyFunction } from '../objects/function';
import { methodDescrType } from '../objects/builtin_function';
import { moduleType } from '../objects/module';
import { lookup, type PyType } from '../objects/type';
import { genericGetAttr, genericSetAttr, instanceDict, PyInstance } from '../objects/instance';
import { setAttr } from '../runtime/abstract';

/** LOAD_ATTR kinds. */
export const enum AK {
  /** No data descriptor on the type: the value is the instance dict's entry at the hint. */
  Inst = 1,
  /** Method form, generic getattro: the type's attribute is a function / method descriptor and
   * the instance dict must not have the name; pushes [descr, self]. */
  Method = 2,
  /** Data descriptor on the type (property, __slots__ member, getset): its __get__ decides. */
  Data = 3,
  /** Type attribute that is not a data descriptor; applies when the instance dict lacks the name. */
  Class = 4,
}
/** STORE_ATTR kinds. */
export const enum SK {
  /** Generic setattro, no data descriptor: the value goes to the instance dict. */
  Inst = 1,
  /** Data descriptor on the type: its __set__ runs. */
  Data = 2,
}

/** Set by loadAttrSlow for the method form: true when the result is an unbound method to be
 * called with the owner as self (push [result, owner]), false for [NULL, result]. */
export let slowIsMethod = false;

function ensure(code: PyCode): Int32Array {
  let ac = code.acache;
  if (ac === null) {
    const n = code.co.co_code.length;
    ac = code.acache = new Int32Array(n * 2);
    code.aobj = new Array<PyObject | null>(n >> 1).fill(null);
  }
  return ac;
}

/** True when the borrowed dict `d` (or no dict) lacks `name`. */
function dictLacks(d: PyObject | null, name: string): boolean {
  return d === null || dictIndexStr(d as PyDict, name) < 0;
}

/**
 * LOAD_ATTR when the eval loop's inline hits did not apply: uses the cached Data / Class kinds,
 * else runs the generic lookup and (re)fills the entry for `pc` (offset of the first cache
 * unit). Returns a new reference; for the method form see `slowIsMethod`. Borrows `owner`.
 */
export function loadAttrSlow(code: PyCode, pc: number, owner: PyObject, name: string, method: boolean): PyObject {
  const t = owner.type;
  const ac = code.acache, ci = pc << 1;
  slowIsMethod = false;
  if (ac !== null && ac[ci] === t.tver) {
    const kind = ac[ci + 1];
    if (kind === AK.Data) {
      const descr = code.aobj![pc >> 1]!;
      return descr.type.slots.descrGet!(descr, owner, t);
    }
    if (kind === AK.Class && dictLacks(owner.dict, name)) {
      const descr = code.aobj![pc >> 1]!;
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
  const ac = ensure(code), ci = pc << 1, oi = pc >> 1;
  const descr = lookup(t, name);
  let kind = 0, hint = 0;
  if (descr !== null && descr.type.slots.descrGet !== undefined && descr.type.slots.descrSet !== undefined) kind = AK.Data;
  else {
    const d = owner.dict as PyDict | null;
    const i = d === null ? -1 : dictIndexStr(d, name);
    if (i >= 0) { kind = AK.Inst; hint = i; }
    else if (descr !== null) kind = methodOk && (descr instanceof PyFunction || descr.type === methodDescrType) ? AK.Method : AK.Class;
  }
  if (kind === 0) { ac[ci] = 0; return; }
  ac[ci] = t.tver; ac[ci + 1] = kind; ac[ci + 2] = hint;
  code.aobj![oi] = kind === AK.Inst ? null : descr;
}

/**
 * STORE_ATTR when the eval loop's inline hit (replacing an existing inline-dict entry) did not
 * apply. Borrows `owner` and `v` (the caller releases both, also when this throws).
 */
export function storeAttrSlow(code: PyCode, pc: number, owner: PyObject, name: string, v: PyObject): void {
  const t = owner.type;
  const ac = code.acache, ci = pc << 1;
  if (ac !== null && ac[ci] === t.tver) {
    const kind = ac[ci + 1];
    if (kind === SK.Data) {
      const descr = code.aobj![pc >> 1]!;
      descr.type.slots.descrSet!(descr, owner, v);
      return;
    }
    if (kind === SK.Inst) {
      const d = instanceDict(owner, true);
      if (d !== null) {
        const h = ac[ci + 2]!;
        dictSet(d, code.aobj![pc >> 1] as PyStr, v);
        // Instances of a class usually gain attributes in the same order: remember where this
        // one landed so the next store to an existing entry hits inline.
        if (d.ks[h] === undefined || d.ks[h] === null || (d.ks[h] as PyStr).s !== name) ac[ci + 2] = dictIndexStr(d, name);
        return;
      }
    }
  }
  if (t.slots.setattro === genericSetAttr) fillStore(code, pc, owner, t, name);
  setAttr(owner, name, v);
}

function fillStore(code: PyCode, pc: number, owner: PyObject, t: PyType, name: string): void {
  const ac = ensure(code), ci = pc << 1, oi = pc >> 1;
  const descr = lookup(t, name);
  if (descr !== null && descr.type.slots.descrSet !== undefined) {
    ac[ci] = t.tver; ac[ci + 1] = SK.Data; ac[ci + 2] = 0;
    code.aobj![oi] = descr;
    return;
  }
  if (!t.hasDict || !(owner instanceof PyInstance)) { ac[ci] = 0; return; }
  const d = owner.dict as PyDict | null;
  const i = d === null ? -1 : dictIndexStr(d, name);
  ac[ci] = t.tver; ac[ci + 1] = SK.Inst;
  ac[ci + 2] = i >= 0 ? i : d === null ? 0 : d.ks.length;
  code.aobj![oi] = intern(name);
}
