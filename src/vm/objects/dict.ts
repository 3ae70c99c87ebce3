/**
 * dict: insertion-ordered hash map (Objects/dictobject.c semantics, JS storage).
 *
 * Storage: parallel entry arrays `ks`/`vs`/`hs` in insertion order (null key = deleted entry).
 * Dicts of more than SMALL entries have indexes: a Map from the JS string to the entry for str
 * keys (exact match, no collisions), and for every other key an open-addressing table of entry
 * numbers probed by the Python hash (`hix`, -1 = empty; a slot whose entry was deleted stays as
 * a tombstone until the next reindex), built once a non-str key is present.
 *
 * Size model (for sys.getsizeof only): CPython's keys table log2 size, usable slots and the
 * unicode/general entry kind evolve exactly as in dictobject.c (insertion_resize, GROWTH_RATE).
 *
 * A dict owns a reference to each key and value. `version` changes on every insert/delete (not on
 * replacing a value in place) and is drawn from one process-wide counter, so a (dict, version)
 * pair never repeats: equal version means same dict with the same entry layout (LOAD_GLOBAL's
 * cache relies on this; entry indexes stay valid while the version is unchanged).
 */
import { PyObject, noteResize, nextSerial, memObserver } from './object';
import { makeStaticType, objectType, PyType, TF_DICT_SUBCLASS, RefKindCode, TF_HAVE_GC } from './type';
import { PyStr, intern, strType } from './str';
import { PyInt, intType } from './int';
import { decref } from '../runtime/refcount';
import { gcTrack, gcRetrack, gcAllocCount } from '../runtime/gc';
import { hashOf, richEq } from '../runtime/abstract';

/** Last version handed out; every new dict and every key insert/delete takes the next one. */
let versionSeq = 0;

export class PyDict extends PyObject {
  declare ks: (PyObject | null)[];
  declare vs: (PyObject | null)[];
  /** Str-key index, built only for dicts of more than SMALL entries (small ones scan `ks`). */
  declare index: Map<string, number> | null;
  /** Non-str-key index (open addressing over `hs`), present when `index` is and a non-str key is. */
  declare hix: Int32Array | null;
  /** Hash of each non-str key (0 for str keys), so lookups never re-run __hash__; null while
   * every key is a str (instance and keyword dicts never allocate it). */
  declare hs: number[] | null;
  declare used: number;
  declare version: number;
  // Size model: log2 0 = shared empty keys.
  declare log2: number;
  declare usable: number;
  declare unicode: boolean;
  /** Instance attributes stored "inline" (3.12 inline values): not a separate GC object. */
  declare inline: boolean;
  /** Materialized from inline values (split table): the class whose shared keys it uses, else
   * null — affects only sys.getsizeof. */
  declare split: PyType | null;
  constructor(type: PyType) {
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
    this.ks = [];
    this.vs = [];
    this.index = null;
    this.hix = null;
    this.hs = null;
    this.used = 0;
    this.version = ++versionSeq;
    this.log2 = 0;
    this.usable = 0;
    this.unicode = true;
    this.inline = false;
    this.split = null;
  }
  /** Borrowed value for a str key, or null. */
  getStr(s: string): PyObject | null {
    const i = findStr(this, s);
    return i < 0 ? null : this.vs[i]!;
  }
  /** self[s] = v (v borrowed). */
  setStr(s: string, v: PyObject): void {
    dictSetStr(this, s, v);
  }
  delStr(s: string): boolean {
    return dictDelStr(this, s);
  }
  /** self[k] = v (both borrowed). */
  set(k: PyObject, v: PyObject): void {
    dictSet(this, k, v);
  }
}

export let dictType: PyType;

export function newDict(): PyDict {
  const d = new PyDict(dictType);
  gcAllocCount();
  return d;
}

/** Dict presized like _PyDict_FromItems / dict_new_presized. */
export function newDictPresized(n: number): PyDict {
  const d = new PyDict(dictType);
  gcAllocCount();
  if (n > 5) {
    let log2 = 3;
    const min = Math.floor((n * 3 + 1) / 2);
    while ((1 << log2) < min) log2++;
    d.log2 = log2;
    d.usable = usableOf(log2);
  }
  return d;
}

function usableOf(log2: number): number {
  return ((1 << log2) * 2 / 3) | 0;
}

function isStrKey(k: PyObject): k is PyStr {
  return k instanceof PyStr;
}

const SMALL = 8;

/** Entry index of str key `s`, or -1. */
function findStr(d: PyDict, s: string): number {
  const ix = d.index;
  if (ix !== null) {
    const i = ix.get(s);
    return i === undefined ? -1 : i;
  }
  const ks = d.ks;
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i];
    if (k instanceof PyStr && k.s === s) return i;
  }
  return -1;
}

/** Entry index of a non-str key with hash h, or -1 (compares hashes first, then __eq__). */
function findHashed(d: PyDict, key: PyObject, h: number): number {
  const t = d.hix;
  if (t !== null) {
    const mask = t.length - 1;
    let i = h & mask;
    let perturb = h >>> 0;
    for (;;) {
      const e = t[i]!;
      if (e === -1) return -1;
      if (d.hs![e] === h) {
        const k = d.ks[e];
        if (k !== null && k !== undefined && (k === key || richEq(k, key))) return e;
      }
      perturb >>>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
  }
  if (d.index !== null) return -1; // indexed, and no non-str key yet
  const ks = d.ks, hs = d.hs;
  if (hs === null) return -1;
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i];
    if (k !== null && hs[i] === h && !(k instanceof PyStr) && (k === key || richEq(k!, key))) return i;
  }
  return -1;
}

function lookupIndex(d: PyDict, key: PyObject): number {
  if (isStrKey(key)) return findStr(d, key.s);
  let h = fastIntHash(key);
  if (h !== h) h = hashOf(key);
  return findHashed(d, key, h);
}

/**
 * Hash of an exact int key whose value is a JS number (int_hash for |v| < 2**52: the value
 * itself, -1 → -2), or NaN for any other key: callers then take the generic path.
 */
function fastIntHash(k: PyObject): number {
  if (k.type !== intType) return NaN;
  const v = (k as PyInt).v;
  if (typeof v !== 'number' || v >= 4503599627370496 || v <= -4503599627370496) return NaN;
  return v === -1 ? -2 : v;
}

/** Borrowed value for `key`, or null. May run __hash__/__eq__. */
export function dictGet(d: PyDict, key: PyObject): PyObject | null {
  const i = lookupIndex(d, key);
  return i < 0 ? null : d.vs[i]!;
}

/** Entry index of str key `s` (valid until `d.version` changes), or -1. */
/** dictGet with hash(key) already computed (_PyDict_GetItem_KnownHash). May run __eq__. */
export function dictGetKnownHash(d: PyDict, key: PyObject, h: number): PyObject | null {
  const i = isStrKey(key) ? findStr(d, key.s) : findHashed(d, key, h);
  return i < 0 ? null : d.vs[i]!;
}

/** dictPop with hash(key) already computed (_PyDict_Pop_KnownHash): new reference or null. */
export function dictPopKnownHash(d: PyDict, key: PyObject, h: number): PyObject | null {
  const i = isStrKey(key) ? findStr(d, key.s) : findHashed(d, key, h);
  if (i < 0) return null;
  const v = d.vs[i]!;
  v.ob_refcnt++;
  delAt(d, i);
  return v;
}

export function dictIndexStr(d: PyDict, s: string): number {
  return findStr(d, s);
}

/** Borrowed value for a str key given as a JS string. */
export function dictGetStr(d: PyDict, s: string): PyObject | null {
  const i = findStr(d, s);
  return i < 0 ? null : d.vs[i]!;
}

function growIfNeeded(d: PyDict, newKeyIsStr: boolean): void {
  if (d.log2 === 0) {
    d.log2 = 3;
    d.usable = usableOf(3);
    d.unicode = newKeyIsStr;
    noteResize(d);
    return;
  }
  if (d.usable <= 0 || (d.unicode && !newKeyIsStr)) {
    // insertion_resize: GROWTH_RATE = used * 3
    let log2 = 3;
    const min = d.used * 3;
    while ((1 << log2) < min) log2++;
    d.log2 = log2;
    d.usable = usableOf(log2) - d.used;
    if (!newKeyIsStr) d.unicode = false;
    compact(d);
    noteResize(d);
  }
}

function compact(d: PyDict): void {
  if (d.used === d.ks.length) return;
  const ks: (PyObject | null)[] = [], vs: (PyObject | null)[] = [];
  const oldHs = d.hs, hs: number[] | null = oldHs === null ? null : [];
  for (let i = 0; i < d.ks.length; i++) {
    if (d.ks[i] === null) continue;
    ks.push(d.ks[i]!); vs.push(d.vs[i]!);
    if (hs !== null) hs.push(oldHs![i]!);
  }
  d.ks = ks;
  d.vs = vs;
  d.hs = hs;
  reindex(d);
}

function reindex(d: PyDict): void {
  if (d.ks.length <= SMALL) { d.index = null; d.hix = null; return; }
  const ix = new Map<string, number>();
  d.index = ix;
  d.hix = null;
  const ks = d.ks;
  let hashed = false;
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i];
    if (k === null) continue;
    if (isStrKey(k!)) ix.set((k as PyStr).s, i);
    else hashed = true;
  }
  if (!hashed) return;
  // Room for the entries plus as many again before the next rebuild (fill stays under 2/3).
  let size = 16;
  while (size < ks.length * 3) size *= 2;
  const t = new Int32Array(size).fill(-1);
  d.hix = t;
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i];
    if (k !== null && !isStrKey(k!)) hixInsert(t, d.hs![i]!, i);
  }
}

function hixInsert(t: Int32Array, h: number, e: number): void {
  const mask = t.length - 1;
  let i = h & mask;
  let perturb = h >>> 0;
  while (t[i] !== -1) {
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  t[i] = e;
}

/** MAINTAIN_TRACKING: a dict starts untracked and is tracked once it holds a container. */
function maybeTrack(d: PyDict, o: PyObject): void {
  if (d.gcGen === -1 && !d.inline && (o.type.tpFlags & TF_HAVE_GC) !== 0 && (o.gcGen !== -1 || !(o.type === rtTupleType()))) gcRetrack(d);
}
import { rt } from '../runtime/state';
import { zeroArray } from '../util/arrays';
function rtTupleType(): PyType { return rt.tupleType; }

/** d[key] = value; value borrowed (the dict takes its own reference). `knownHash`: hash(key)
 * already computed by the caller (_PyDict_SetItem_KnownHash: __hash__ is not run again). */
export function dictSet(d: PyDict, key: PyObject, value: PyObject, knownHash?: number): void {
  const strKey = isStrKey(key);
  let h = 0;
  if (!strKey) {
    if (knownHash !== undefined) h = knownHash;
    else { h = fastIntHash(key); if (h !== h) h = hashOf(key); }
  }
  const i = strKey ? findStr(d, (key as PyStr).s) : findHashed(d, key, h);
  value.ob_refcnt++;
  if (i >= 0) {
    const old = d.vs[i]!;
    d.vs[i] = value;
    maybeTrack(d, value);
    decref(old);
    return;
  }
  insertNew(d, key, value, h, strKey);
}

/** Appends the entry key → value (key absent; value's reference already taken; h ignored for str keys). */
function insertNew(d: PyDict, key: PyObject, value: PyObject, h: number, strKey: boolean): void {
  growIfNeeded(d, strKey);
  key.ob_refcnt++;
  const n = d.ks.length;
  d.ks.push(key);
  d.vs.push(value);
  if (!strKey && d.hs === null) d.hs = zeroArray(n);
  if (d.hs !== null) d.hs.push(h);
  const ix = d.index;
  if (ix !== null) {
    if (strKey) ix.set((key as PyStr).s, n);
    else {
      const t = d.hix;
      // Entry numbers only grow until a reindex: n + 1 entries must stay under 2/3 of the table.
      if (t !== null && (n + 1) * 3 < t.length * 2) hixInsert(t, h, n);
      else reindex(d);
    }
  } else if (n + 1 > SMALL) reindex(d);
  d.used++;
  d.usable--;
  d.version = ++versionSeq;
  maybeTrack(d, key);
  maybeTrack(d, value);
}

/**
 * dict.setdefault (PyDict_SetDefault): one lookup of `key` (hash h, already computed; unused for
 * str keys); when absent, inserts `dflt`. Returns the value now under key (borrowed).
 */
export function dictSetDefault(d: PyDict, key: PyObject, dflt: PyObject, h: number): PyObject {
  const strKey = isStrKey(key);
  const i = strKey ? findStr(d, (key as PyStr).s) : findHashed(d, key, h);
  if (i >= 0) return d.vs[i]!;
  dflt.ob_refcnt++;
  insertNew(d, key, dflt, h, strKey);
  return dflt;
}

export function dictSetStr(d: PyDict, s: string, value: PyObject): void {
  const i = findStr(d, s);
  if (i >= 0) {
    value.ob_refcnt++;
    const old = d.vs[i]!;
    d.vs[i] = value;
    maybeTrack(d, value);
    decref(old);
    return;
  }
  dictSet(d, intern(s), value);
}

/** Removes key; returns false when absent. */
export function dictDel(d: PyDict, key: PyObject): boolean {
  const i = lookupIndex(d, key);
  if (i < 0) return false;
  delAt(d, i);
  return true;
}

function delAt(d: PyDict, i: number): void {
  const k = d.ks[i]!, v = d.vs[i]!;
  // A non-str key's slot in `hix` stays, as a tombstone (its entry's key is null).
  const ix = d.index;
  if (ix !== null && isStrKey(k)) ix.delete(k.s);
  d.ks[i] = null;
  d.vs[i] = null;
  if (d.hs !== null) d.hs[i] = 0;
  d.used--;
  d.version = ++versionSeq;
  if (d.used === 0) { d.ks = []; d.vs = []; d.hs = null; d.index = null; d.hix = null; }
  else if (d.ks.length > 16 && d.used * 2 < d.ks.length) compact(d);
  decref(k);
  decref(v);
}

export function dictDelStr(d: PyDict, s: string): boolean {
  const i = findStr(d, s);
  if (i < 0) return false;
  delAt(d, i);
  return true;
}

/** Removes and returns (new reference) the value for key, or null. */
export function dictPop(d: PyDict, key: PyObject): PyObject | null {
  const i = lookupIndex(d, key);
  if (i < 0) return null;
  const v = d.vs[i]!;
  v.ob_refcnt++;
  delAt(d, i);
  return v;
}

/**
 * OrderedDict.move_to_end on the entry order itself (an OrderedDict's iteration order is its
 * dict's entry order): moves key's entry to the end (`last`) or the front. The size model (log2,
 * usable, used) is untouched, as a move does not touch CPython's dict table; the version changes
 * only when the entry really moves. False when key is absent.
 */
export function dictMoveEntry(d: PyDict, key: PyObject, last: boolean): boolean {
  const i = lookupIndex(d, key);
  if (i < 0) return false;
  const ks = d.ks;
  let j = last ? ks.length - 1 : 0;
  if (last) { while (ks[j] === null) j--; } else { while (ks[j] === null) j++; }
  if (j === i) return true;
  const k = ks[i]!, v = d.vs[i]!, h = d.hs !== null ? d.hs[i]! : 0;
  d.version = ++versionSeq;
  if (!last) {
    const nks: (PyObject | null)[] = [k], nvs: (PyObject | null)[] = [v];
    const oldHs = d.hs, nhs: number[] | null = oldHs === null ? null : [h];
    for (let e = 0; e < ks.length; e++) {
      if (e === i || ks[e] === null) continue;
      nks.push(ks[e]!); nvs.push(d.vs[e]!);
      if (nhs !== null) nhs.push(oldHs![e]!);
    }
    d.ks = nks; d.vs = nvs; d.hs = nhs;
    reindex(d);
    return true;
  }
  ks[i] = null;
  d.vs[i] = null;
  if (d.hs !== null) d.hs[i] = 0;
  const n = ks.length;
  ks.push(k);
  d.vs.push(v);
  if (d.hs !== null) d.hs.push(h);
  const ix = d.index;
  if (ix !== null) {
    if (isStrKey(k)) ix.set(k.s, n);
    else {
      const t = d.hix;
      if (t !== null && (n + 1) * 3 < t.length * 2) hixInsert(t, h, n);
      else reindex(d);
    }
  } else if (n + 1 > SMALL) reindex(d);
  if (ks.length > 16 && d.used * 2 < ks.length) compact(d);
  return true;
}

/** Removes the last (or first) entry: [key, value] as new references, or null when empty. */
export function dictPopEntry(d: PyDict, last: boolean): [PyObject, PyObject] | null {
  if (d.used === 0) return null;
  const ks = d.ks;
  let j = last ? ks.length - 1 : 0;
  if (last) { while (ks[j] === null) j--; } else { while (ks[j] === null) j++; }
  const k = ks[j]!, v = d.vs[j]!;
  k.ob_refcnt++; v.ob_refcnt++;
  delAt(d, j);
  return [k, v];
}

export function dictClear(d: PyDict): void {
  const ks = d.ks, vs = d.vs;
  d.ks = []; d.vs = []; d.hs = null; d.index = null; d.hix = null;
  d.used = 0; d.version = ++versionSeq;
  d.log2 = 0; d.usable = 0; d.unicode = true;
  for (let i = 0; i < ks.length; i++) {
    if (ks[i] !== null) { decref(ks[i]!); decref(vs[i]!); }
  }
}

/** dict_dealloc: each live entry's key then value, in entry order; a dead dict keeps its arrays. */
function dictDealloc(o: PyObject): void {
  const ks = (o as PyDict).ks, vs = (o as PyDict).vs;
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i];
    if (k !== null) { decref(k!); decref(vs[i]!); }
  }
}

/** Live entries as [key, value] pairs of borrowed references (snapshot). */
export function dictItems(d: PyDict): [PyObject, PyObject][] {
  const out: [PyObject, PyObject][] = [];
  for (let i = 0; i < d.ks.length; i++) if (d.ks[i] !== null) out.push([d.ks[i]!, d.vs[i]!]);
  return out;
}

export function dictSizeof(d: PyDict): number {
  // A split table reports its values array at the class's current shared-keys span (which
  // shrinks as more instances are created), the keys themselves belong to the class.
  if (d.split) return 48 + 8 * d.split.sharedKeysSpan;
  if (d.log2 === 0) return 48;
  const size = 1 << d.log2;
  const idx = d.log2 < 8 ? 1 : d.log2 < 16 ? 2 : d.log2 < 32 ? 4 : 8;
  const usableTotal = usableOf(d.log2);
  return 48 + 32 + size * idx + usableTotal * (d.unicode ? 16 : 24);
}

export function dictTraverse(o: PyObject, visit: (c: PyObject, k: RefKindCode, l: string | number) => void): void {
  const d = o as PyDict;
  for (let i = 0; i < d.ks.length; i++) {
    const k = d.ks[i];
    if (k === null) continue;
    visit(k!, RefKindCode.Key, i);
    visit(d.vs[i]!, RefKindCode.Value, k instanceof PyStr ? k.s : i);
  }
}

export function initDictType(slots: Parameters<typeof makeStaticType>[2]): void {
  dictType = makeStaticType('dict', objectType, {
    traverse: dictTraverse,
    clear: (o) => dictClear(o as PyDict),
    dealloc: dictDealloc,
    sizeof: (o) => dictSizeof(o as PyDict),
    len: (o) => (o as PyDict).used,
    ...slots,
  }, { basicsize: 48, flags: TF_DICT_SUBCLASS | TF_HAVE_GC });
  void gcTrack;
}
