/**
 * `_random`: the Mersenne Twister MT19937 generator behind Lib/random.py, as CPython's
 * Modules/_randommodule.c defines it (state of 624 32-bit words plus an index; seeding through
 * init_by_array over the seed's 32-bit words, least significant first; random() from two draws as
 * 53 bits; getrandbits(k) filling 32-bit words from the least significant end). For the same seed
 * every output equals CPython's.
 *
 * `_random.Random` is subclassable (random.Random derives from it): its `new` slot returns a
 * zeroed generator (PyType_GenericNew: index 0, all words 0), and `init` seeds it.
 */
import { makeImmortal, type PyObject } from '../objects/object';
import type { VM } from '../runtime/vm';
import type { Host } from '../runtime/host';
import { fillEntropy } from '../runtime/entropy';
import { PyModule, newModule } from '../objects/module';
import type { PyDict } from '../objects/dict';
import { newDict } from '../objects/dict';
import { newStr } from '../objects/str';
import { PyInt, newInt, newIntBig } from '../objects/int';
import { newFloat } from '../objects/float';
import { None } from '../objects/singletons';
import { PyTuple, tupleSteal } from '../objects/tuple';
import { defMethods } from '../objects/builtin_function';
import { makeStaticType, objectType, inheritSlots, PyType, TF_HAVE_GC } from '../objects/type';
import { PyInstance, instanceTraverse, instanceClear } from '../objects/instance';
import { hashExact } from '../objects/hash_exact';
import { raise, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import { gcTrack } from '../runtime/gc';
import { nargs, noKw } from '../runtime/args';
import * as A from '../runtime/abstract';

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER = 0x80000000;
const LOWER = 0x7fffffff;

/** A generator: `mt` are the 624 state words, `index` the next word to temper (624 = twist first). */
export class PyRandom extends PyInstance {
  declare mt: Uint32Array;
  declare index: number;
  constructor(t: PyType) {
    super(t);
    this.mt = new Uint32Array(N);
    this.index = 0;
  }
}

/** Next tempered 32-bit output (genrand_uint32), regenerating the 624 words when used up. */
function genrand(r: PyRandom): number {
  const mt = r.mt;
  if (r.index >= N) {
    let kk = 0;
    let y: number;
    for (; kk < N - M; kk++) {
      y = (mt[kk]! & UPPER) | (mt[kk + 1]! & LOWER);
      mt[kk] = mt[kk + M]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    for (; kk < N - 1; kk++) {
      y = (mt[kk]! & UPPER) | (mt[kk + 1]! & LOWER);
      mt[kk] = mt[kk + (M - N)]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    y = (mt[N - 1]! & UPPER) | (mt[0]! & LOWER);
    mt[N - 1] = mt[M - 1]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    r.index = 0;
  }
  let y = mt[r.index++]!;
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  y ^= y >>> 18;
  return y >>> 0;
}

function initGenrand(r: PyRandom, s: number): void {
  const mt = r.mt;
  mt[0] = s;
  for (let i = 1; i < N; i++) {
    const p = mt[i - 1]!;
    mt[i] = Math.imul(1812433253, p ^ (p >>> 30)) + i;
  }
  r.index = N;
}

/** init_by_array: mixes `key` (32-bit words) into the state; the result's first word is 2**31. */
function initByArray(r: PyRandom, key: Uint32Array): void {
  initGenrand(r, 19650218);
  const mt = r.mt;
  const klen = key.length;
  let i = 1;
  let j = 0;
  for (let k = N > klen ? N : klen; k > 0; k--) {
    const p = mt[i - 1]!;
    mt[i] = (mt[i]! ^ Math.imul(p ^ (p >>> 30), 1664525)) + key[j]! + j;
    i++; j++;
    if (i >= N) { mt[0] = mt[N - 1]!; i = 1; }
    if (j >= klen) j = 0;
  }
  for (let k = N - 1; k > 0; k--) {
    const p = mt[i - 1]!;
    mt[i] = (mt[i]! ^ Math.imul(p ^ (p >>> 30), 1566083941)) - i;
    i++;
    if (i >= N) { mt[0] = mt[N - 1]!; i = 1; }
  }
  mt[0] = 0x80000000;
}

/** The 32-bit words of a non-negative integer, least significant first (at least one word). */
function words32(n: bigint): Uint32Array {
  const out: number[] = [];
  while (n > 0n) {
    out.push(Number(n & 0xffffffffn));
    n >>= 32n;
  }
  if (out.length === 0) out.push(0);
  return Uint32Array.from(out);
}

/** random_seed: None → 624 words of OS entropy; int → |n|; anything else → hash(arg) as size_t. */
function seed(r: PyRandom, arg: PyObject | null, host: Host): void {
  if (arg === null || arg === None) {
    const key = new Uint32Array(N);
    fillEntropy(host, new Uint8Array(key.buffer));
    initByArray(r, key);
    return;
  }
  let n: bigint;
  if (arg instanceof PyInt) {
    // An int subclass's own __abs__ is not consulted (CPython calls int.__abs__).
    const v = arg.v;
    n = typeof v === 'number' ? BigInt(Math.abs(v)) : v < 0n ? -v : v;
  } else {
    n = BigInt.asUintN(64, hashExact(arg));
  }
  initByArray(r, words32(n));
}

function self(o: PyObject): PyRandom {
  return o as PyRandom;
}

function none(): PyObject {
  None.ob_refcnt++;
  return None;
}

/** getrandbits's C int argument (`k: int` in Argument Clinic). */
function cInt(o: PyObject): number {
  const i = A.index(o);
  const v = i.v;
  decref(i);
  if (typeof v === 'bigint' || v > 2147483647 || v < -2147483648) raise(PyExc.OverflowError, 'Python int too large to convert to C int');
  return v;
}

function getrandbits(r: PyRandom, k: number): PyObject {
  if (k < 0) raise(PyExc.ValueError, 'number of bits must be non-negative');
  if (k === 0) return newInt(0);
  if (k <= 32) return newInt(genrand(r) >>> (32 - k));
  if (k <= 53) {
    // Two words, the second cut to the bits left: an exact double.
    const lo = genrand(r);
    const hi = genrand(r) >>> (64 - k);
    return newInt(hi * 4294967296 + lo);
  }
  const words = ((k - 1) >>> 5) + 1;
  const parts: string[] = new Array(words);
  for (let i = 0; i < words; i++, k -= 32) {
    let w = genrand(r);
    if (k < 32) w >>>= 32 - k;
    parts[words - 1 - i] = w.toString(16).padStart(8, '0');
  }
  return newIntBig(BigInt('0x' + parts.join('')));
}

/** PyLong_AsUnsignedLong of one state word (then truncated to 32 bits, as CPython stores it). */
function stateWord(o: PyObject): number {
  if (!(o instanceof PyInt)) raise(PyExc.TypeError, 'an integer is required');
  const v = o.v;
  if (typeof v === 'number') {
    if (v < 0) raise(PyExc.OverflowError, "can't convert negative value to unsigned int");
    return v % 4294967296;
  }
  if (v < 0n) raise(PyExc.OverflowError, "can't convert negative value to unsigned int");
  if (v > 0xffffffffffffffffn) raise(PyExc.OverflowError, 'Python int too large to convert to C unsigned long');
  return Number(v & 0xffffffffn);
}

function setstate(r: PyRandom, state: PyObject): void {
  if (!(state instanceof PyTuple)) raise(PyExc.TypeError, 'state vector must be a tuple');
  const items = state.items;
  if (items.length !== N + 1) raise(PyExc.ValueError, 'state vector is the wrong size');
  const fresh = new Uint32Array(N);
  for (let i = 0; i < N; i++) fresh[i] = stateWord(items[i]!);
  const io = items[N]!;
  if (!(io instanceof PyInt)) raise(PyExc.TypeError, `'${io.type.name}' object cannot be interpreted as an integer`);
  const iv = io.v;
  if (typeof iv === 'bigint') raise(PyExc.OverflowError, 'Python int too large to convert to C long');
  if (iv < 0 || iv > N) raise(PyExc.ValueError, 'invalid state');
  r.index = iv;
  r.mt.set(fresh);
}

let randomType: PyType | null = null;

function initRandomType(host: Host): PyType {
  if (randomType) return randomType;
  const t = makeStaticType('Random', objectType, {
    new: (tp) => {
      const r = new PyRandom(tp);
      if (tp.nslots) r.slotvals = new Array(tp.nslots).fill(null);
      if (tp.isHeap()) tp.ob_refcnt++;
      if (tp.tpFlags & TF_HAVE_GC) gcTrack(r);
      return r;
    },
    init: (o, args, kw) => {
      const nk = kw ? kw.length : 0;
      if ((o.type === randomType || o.type.slots.init === randomType!.slots.init) && nk) {
        raise(PyExc.TypeError, 'Random() takes no keyword arguments');
      }
      const np = args.length - nk;
      if (np > 1) raise(PyExc.TypeError, 'Random() requires 0 or 1 argument');
      seed(self(o), np === 1 ? args[0]! : null, host);
    },
    traverse: instanceTraverse,
    dealloc: instanceClear,
    sizeof: (o) => o.type.basicsize,
  }, { module: '_random', basicsize: 2520 });
  t.tdict = makeImmortal(newDict());
  inheritSlots(t);
  randomType = t;
  const doc = newStr('Random() -> create a random number generator with its own internal state.');
  t.tdict.setStr('__doc__', doc);
  decref(doc);
  defMethods(t, {
    random: (o, args, kw) => {
      noKw('Random.random', kw);
      nargs('Random.random', args, 0, 0, true);
      const r = self(o);
      const a = genrand(r) >>> 5;
      const b = genrand(r) >>> 6;
      return newFloat((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
    },
    seed: (o, args, kw) => {
      noKw('Random.seed', kw);
      nargs('Random.seed', args, 0, 1);
      seed(self(o), args.length ? args[0]! : null, host);
      return none();
    },
    getstate: (o, args, kw) => {
      noKw('Random.getstate', kw);
      nargs('Random.getstate', args, 0, 0, true);
      const r = self(o);
      const items: PyObject[] = new Array(N + 1);
      for (let i = 0; i < N; i++) items[i] = newInt(r.mt[i]!);
      items[N] = newInt(r.index);
      return tupleSteal(items);
    },
    setstate: (o, args, kw) => {
      noKw('Random.setstate', kw);
      nargs('Random.setstate', args, 1, 1, true);
      setstate(self(o), args[0]!);
      return none();
    },
    getrandbits: (o, args, kw) => {
      noKw('Random.getrandbits', kw);
      nargs('Random.getrandbits', args, 1, 1, true);
      return getrandbits(self(o), cInt(args[0]!));
    },
  });
  return t;
}

export function makeRandomModule(vm: VM): PyModule {
  const t = initRandomType(vm.host);
  const m = newModule('_random', newStr('Module implements the Mersenne Twister random number generator.'));
  (m.dict as PyDict).setStr('Random', t);
  return m;
}
