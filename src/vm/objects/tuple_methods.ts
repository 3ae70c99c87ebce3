/** tuple's slots (indexing, comparison, hash, repr, concatenation) and methods. */
import type { PyObject } from './object';
import { PyTuple, tupleSteal, tupleType } from './tuple';
import { PyStr, newStr, strType } from './str';
import { PyInt, newInt, intType } from './int';
import { PySlice, sliceIndices, clampIndex } from './slice';
import { noKw } from '../runtime/args';
import { NotImplemented } from './singletons';
import { type TypeSlots } from './type';
import { raise, PyExc, MAX_SEQUENCE_ITEMS, noMemory } from '../runtime/errors';
import { asSize, reprJS, richEq, toArray } from '../runtime/abstract';
import { internalFromHalves, internalHash, outHi, outLo, strHashHalves, tupleHashExact } from './pyhash';
import { hashExact } from './hash_exact';
import { seqCompare } from './list';
import { defMethods } from './builtin_function';
import { newIter, tupleIterType } from './iterators';
import { vmHooks } from '../runtime/hooks';

const T = (o: PyObject) => (o as PyTuple).items;

/** CPython 3.12's xxHash-based tuple hash (internal form, cached). */
function tupleHash(o: PyObject): number {
  const t = o as PyTuple;
  if (t.h !== -1) return t.h;
  const r = tupleHashInternal(t.items);
  t.h = r;
  return r;
}

// tupleHashExact's arithmetic on (hi, lo) uint32 halves: no BigInt per item and per round.
let RH = 0, RL = 0;
/** (ah:al) * (bh:bl) mod 2**64 into RH:RL, in 16-bit limbs (every partial product is exact). */
function mul64(ah: number, al: number, bh: number, bl: number): void {
  const a48 = ah >>> 16, a32 = ah & 0xffff, a16 = al >>> 16, a00 = al & 0xffff;
  const b48 = bh >>> 16, b32 = bh & 0xffff, b16 = bl >>> 16, b00 = bl & 0xffff;
  let c00 = a00 * b00;
  let c16 = c00 >>> 16; c00 &= 0xffff;
  c16 += a16 * b00;
  let c32 = c16 >>> 16; c16 &= 0xffff;
  c16 += a00 * b16;
  c32 += c16 >>> 16; c16 &= 0xffff;
  c32 += a32 * b00;
  let c48 = c32 >>> 16; c32 &= 0xffff;
  c32 += a16 * b16;
  c48 += c32 >>> 16; c32 &= 0xffff;
  c32 += a00 * b32;
  c48 += c32 >>> 16; c32 &= 0xffff;
  c48 += a48 * b00 + a32 * b16 + a16 * b32 + a00 * b48;
  c48 &= 0xffff;
  RH = ((c48 << 16) | c32) >>> 0;
  RL = ((c16 << 16) | c00) >>> 0;
}
const P1H = 0x9e3779b1, P1L = 0x85ebca87, P2H = 0xc2b2ae3d, P2L = 0x27d4eb4f, P5H = 0x27d4eb2f, P5L = 0x165667c5;
const TWO32 = 4294967296;

let AH = 0, AL = 0;
/**
 * CPython 3.12's tuple hash (xxHash-based, tuplehash) of `items`, as the real signed 64-bit
 * value's uint32 halves left in AH:AL. Item lanes come without BigInt for exact ints held as
 * numbers and exact strs (their siphash halves); other items through hashExact.
 */
function tupleHashHalves(items: readonly PyObject[]): void {
  let ah = P5H, al = P5L;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    let lh: number, ll: number;
    const t = it.type;
    const v = t === intType ? (it as PyInt).v : null;
    if (typeof v === 'number') {
      // |v| < 2**53 < 2**61 - 1: the real hash is v itself (-1 -> -2).
      const h = v === -1 ? -2 : v;
      const hi = Math.floor(h / TWO32);
      lh = hi >>> 0;
      ll = (h - hi * TWO32) >>> 0;
    } else if (t === strType) {
      const str = it as PyStr;
      strHashHalves(str.s, str.kind, str.n);
      lh = outHi; ll = outLo;
    } else {
      const b = BigInt.asUintN(64, hashExact(it));
      lh = Number(b >> 32n);
      ll = Number(b & 0xffffffffn);
    }
    // acc += lane * P2
    mul64(lh, ll, P2H, P2L);
    let lo = al + RL;
    ah = (ah + RH + (lo >= TWO32 ? 1 : 0)) >>> 0;
    al = lo >>> 0;
    // acc = rotl(acc, 31)
    const nh = ((ah << 31) | (al >>> 1)) >>> 0;
    al = ((al << 31) | (ah >>> 1)) >>> 0;
    ah = nh;
    // acc *= P1
    mul64(ah, al, P1H, P1L);
    ah = RH; al = RL;
  }
  // acc += len ^ (P5 ^ 3527539)
  const kl = ((P5L ^ 3527539) ^ items.length) >>> 0;
  const lo = al + kl;
  ah = (ah + P5H + (lo >= TWO32 ? 1 : 0)) >>> 0;
  al = lo >>> 0;
  // -1 is reserved for errors.
  if (ah === 0xffffffff && al === 0xffffffff) { ah = 0; al = 1546275796; }
  AH = ah; AL = al;
}

/** Internal hash (pyhash.ts contract: the real hash's low 53 bits, signed) of a tuple of `items`. */
export function tupleHashInternal(items: readonly PyObject[]): number {
  tupleHashHalves(items);
  return internalFromHalves(AH, AL);
}

/** The real hash of a tuple of `items` (hash(), __hash__, hashes built from it). */
export function tupleHashExactOf(items: readonly PyObject[]): bigint {
  tupleHashHalves(items);
  if (AH === 0 && AL < 0x80000000) return BigInt(AL);
  return BigInt.asIntN(64, (BigInt(AH) << 32n) | BigInt(AL));
}
/** The exact form, for tests: tupleHashExact over the items' real hashes, reduced like tupleHashInternal. */
export function tupleHashViaBigInt(items: readonly PyObject[]): number {
  return internalHash(tupleHashExact(items.map(hashExact)));
}

export const tupleSlots: TypeSlots = {
  repr: (o) => {
    const it = T(o);
    if (it.length === 0) return newStr('()');
    if (!vmHooks.reprEnter(o)) return newStr('(...)');
    try {
      const parts = it.map(reprJS);
      return newStr('(' + parts.join(', ') + (it.length === 1 ? ',)' : ')'));
    } finally { vmHooks.reprLeave(o); }
  },
  hash: tupleHash,
  getitem: (o, k) => {
    const it = T(o);
    if (k instanceof PyInt) {
      let i = asSize(k);
      if (i < 0) i += it.length;
      if (i < 0 || i >= it.length) raise(PyExc.IndexError, 'tuple index out of range');
      const x = it[i]!;
      x.ob_refcnt++;
      return x;
    }
    if (k instanceof PySlice) {
      const [start, , step, n] = sliceIndices(k, it.length);
      if (step === 1 && n === it.length && o.type === tupleType) { o.ob_refcnt++; return o; }
      const out: PyObject[] = [];
      for (let i = 0, j = start; i < n; i++, j += step) { const x = it[j]!; x.ob_refcnt++; out.push(x); }
      return tupleSteal(out);
    }
    raise(PyExc.TypeError, `tuple indices must be integers or slices, not ${k.type.name}`);
  },
  contains: (o, x) => T(o).some((y) => richEq(y, x)),
  richcompare: (a, b, op) => {
    if (!(b instanceof PyTuple)) { NotImplemented.ob_refcnt++; return NotImplemented; }
    return seqCompare(T(a), b.items, op);
  },
  iter: (o) => newIter(tupleIterType, o),
  concat: (a, b) => {
    if (!(b instanceof PyTuple)) raise(PyExc.TypeError, `can only concatenate tuple (not "${b.type.name}") to tuple`);
    const out = [...T(a), ...b.items];
    for (const x of out) x.ob_refcnt++;
    return tupleSteal(out);
  },
  repeat: (a, n) => {
    if (!(n instanceof PyInt) && !n.type.slots.index) raise(PyExc.TypeError, `can't multiply sequence by non-int of type '${n.type.name}'`);
    const k = asSize(n);
    if (k > 0 && T(a).length > MAX_SEQUENCE_ITEMS / k) noMemory();
    const out: PyObject[] = [];
    for (let i = 0; i < k; i++) for (const x of T(a)) { x.ob_refcnt++; out.push(x); }
    return tupleSteal(out);
  },
  new: (t, args, kw) => {
    if (kw && kw.length) raise(PyExc.TypeError, 'tuple() takes no keyword arguments');
    if (args.length > 1) raise(PyExc.TypeError, `tuple expected at most 1 argument, got ${args.length}`);
    if (args.length === 0) return tupleSteal([]);
    const items = toArray(args[0]!);
    if (t === tupleType) return tupleSteal(items);
    const r = new PyTuple(t, items);
    t.ob_refcnt++;
    return r;
  },
};

export function initTupleMethods(): void {
  defMethods(tupleType, {
    index: (self, args, kw) => {
      noKw('tuple.index', kw);
      if (args.length < 1 || args.length > 3) raise(PyExc.TypeError, `index expected at least 1 argument, got ${args.length}`);
      const it = T(self);
      let start = args.length > 1 ? clampIndex(args[1]!, false) : 0;
      let stop = args.length > 2 ? clampIndex(args[2]!, false) : it.length;
      if (start < 0) start = Math.max(0, start + it.length);
      if (stop < 0) stop = Math.max(0, stop + it.length);
      for (let i = start; i < stop && i < it.length; i++) if (richEq(it[i]!, args[0]!)) return newInt(i);
      raise(PyExc.ValueError, 'tuple.index(x): x not in tuple');
    },
    count: (self, args) => newInt(T(self).filter((y) => richEq(y, args[0]!)).length),
  });
}
