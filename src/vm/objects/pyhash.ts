/**
 * CPython 3.12's 64-bit hashes as this VM stores them.
 *
 * Contract (every `hash` slot): a slot returns a JS number, the **internal hash**: the low 53 bits
 * of the real signed 64-bit Py_hash_t, read as a signed 53-bit integer (`internalHash`). For every
 * real hash in [-2**52, 2**52) the internal hash IS the real hash. Table probing (set, frozenset)
 * uses those 53 bits, so slot indices and the first perturbation steps match CPython; only probe
 * chains long enough to shift bits 53..63 into the index can differ. `hashExact(o)` rebuilds the
 * full 64-bit value for `hash()`, `__hash__` and hashes built from other hashes (tuple, frozenset).
 *
 * str and bytes use SipHash-1-3 with the all-zero key: CPython with PYTHONHASHSEED=0 (how the
 * goldens are made) zeroes its hash secret; Py_HASH_CUTOFF is 0, so no short-string special case.
 * A str is hashed over its PEP 393 canonical bytes (1, 2 or 4 bytes per code point, little endian).
 */

const TWO32 = 4294967296;
const TWO52 = 4503599627370496;
const TWO53 = 9007199254740992;

/** Signed 53-bit internal hash from the real hash's two 32-bit halves. */
export function internalFromHalves(hi: number, lo: number): number {
  const v = (hi & 0x1fffff) * TWO32 + (lo >>> 0);
  return v >= TWO52 ? v - TWO53 : v;
}

/** Internal hash of a real (signed 64-bit) hash value. */
export function internalHash(h: bigint): number {
  if (h >= -4503599627370496n && h < 4503599627370496n) return Number(h);
  return Number(BigInt.asIntN(53, h));
}

/** The last siphash13 result's halves (uint32), read right after strHashHalves. */
export let outHi = 0, outLo = 0;

/**
 * SipHash-1-3, key 0, of bytes[0..n); result left in outHi/outLo. The state v0..v3 lives in
 * eight int32 locals (hi, lo halves); one loop turn is one SipRound: turns 0..nb (nb = n >> 3)
 * first xor message word `k` into v3 and after the round into v0 (turn nb's word is the tail,
 * with the length's low byte on top), and the three turns after them are the finalization rounds.
 */
function siphash13(bytes: Uint8Array, n: number): void {
  let v0h = 0x736f6d65, v0l = 0x70736575 | 0;
  let v1h = 0x646f7261, v1l = 0x6e646f6d;
  let v2h = 0x6c796765, v2l = 0x6e657261;
  let v3h = 0x74656462, v3l = 0x79746573;
  const nb = n >>> 3;
  let mh = 0, ml = 0, t = 0, lo = 0;
  for (let r = 0; r <= nb + 3; r++) {
    if (r < nb) {
      const i = r << 3;
      ml = bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24);
      mh = bytes[i + 4]! | (bytes[i + 5]! << 8) | (bytes[i + 6]! << 16) | (bytes[i + 7]! << 24);
    } else if (r === nb) {
      ml = 0; mh = (n & 0xff) << 24;
      for (let i = nb << 3, j = 0; i < n; i++, j++) {
        if (j < 4) ml |= bytes[i]! << (8 * j);
        else mh |= bytes[i]! << (8 * (j - 4));
      }
    }
    if (r <= nb) { v3h ^= mh; v3l ^= ml; }
    // v0 += v1; v1 = rotl(v1, 13) ^ v0; v0 = rotl(v0, 32)
    lo = (v0l >>> 0) + (v1l >>> 0); v0h = (v0h + v1h + (lo > 0xffffffff ? 1 : 0)) | 0; v0l = lo | 0;
    t = (v1h << 13) | (v1l >>> 19); v1l = ((v1l << 13) | (v1h >>> 19)) ^ v0l; v1h = t ^ v0h;
    t = v0h; v0h = v0l; v0l = t;
    // v2 += v3; v3 = rotl(v3, 16) ^ v2
    lo = (v2l >>> 0) + (v3l >>> 0); v2h = (v2h + v3h + (lo > 0xffffffff ? 1 : 0)) | 0; v2l = lo | 0;
    t = (v3h << 16) | (v3l >>> 16); v3l = ((v3l << 16) | (v3h >>> 16)) ^ v2l; v3h = t ^ v2h;
    // v0 += v3; v3 = rotl(v3, 21) ^ v0
    lo = (v0l >>> 0) + (v3l >>> 0); v0h = (v0h + v3h + (lo > 0xffffffff ? 1 : 0)) | 0; v0l = lo | 0;
    t = (v3h << 21) | (v3l >>> 11); v3l = ((v3l << 21) | (v3h >>> 11)) ^ v0l; v3h = t ^ v0h;
    // v2 += v1; v1 = rotl(v1, 17) ^ v2; v2 = rotl(v2, 32)
    lo = (v2l >>> 0) + (v1l >>> 0); v2h = (v2h + v1h + (lo > 0xffffffff ? 1 : 0)) | 0; v2l = lo | 0;
    t = (v1h << 17) | (v1l >>> 15); v1l = ((v1l << 17) | (v1h >>> 15)) ^ v2l; v1h = t ^ v2h;
    t = v2h; v2h = v2l; v2l = t;
    if (r <= nb) { v0h ^= mh; v0l ^= ml; }
    if (r === nb) v2l ^= 0xff;
  }
  outHi = (v0h ^ v1h ^ v2h ^ v3h) >>> 0;
  outLo = (v0l ^ v1l ^ v2l ^ v3l) >>> 0;
  // Py_hash_t -1 is reserved for errors.
  if (outHi === 0xffffffff && outLo === 0xffffffff) { outHi = 0xffffffff; outLo = 0xfffffffe; }
}

let buf = new Uint8Array(256);

/** Canonical PEP 393 bytes of a JS string with the given kind (0/1: one byte, 2, 4). */
function strBytes(s: string, kind: number, ncp: number): number {
  const width = kind <= 1 ? 1 : kind;
  const n = ncp * width;
  if (buf.length < n) buf = new Uint8Array(n * 2);
  const b = buf;
  if (width === 1) {
    for (let i = 0; i < n; i++) b[i] = s.charCodeAt(i);
  } else if (width === 2) {
    for (let i = 0; i < ncp; i++) { const c = s.charCodeAt(i); b[2 * i] = c & 0xff; b[2 * i + 1] = c >>> 8; }
  } else {
    let k = 0;
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) { c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); i++; }
      }
      b[k] = c & 0xff; b[k + 1] = (c >>> 8) & 0xff; b[k + 2] = c >>> 16; b[k + 3] = 0;
      k += 4;
    }
  }
  return n;
}

function halvesToBig(): bigint {
  return BigInt.asIntN(64, (BigInt(outHi) << 32n) | BigInt(outLo));
}

/** Internal hash of a str (s, kind, code point count). '' hashes to 0 like CPython. */
export function strHashInternal(s: string, kind: number, ncp: number): number {
  if (ncp === 0) return 0;
  siphash13(buf, strBytes(s, kind, ncp));
  return internalFromHalves(outHi, outLo);
}

/** A str's real hash left in outHi/outLo (uint32 halves). */
export function strHashHalves(s: string, kind: number, ncp: number): void {
  if (ncp === 0) { outHi = 0; outLo = 0; return; }
  siphash13(buf, strBytes(s, kind, ncp));
}

export function strHashExact(s: string, kind: number, ncp: number): bigint {
  if (ncp === 0) return 0n;
  siphash13(buf, strBytes(s, kind, ncp));
  return halvesToBig();
}

export function bytesHashInternal(b: Uint8Array): number {
  if (b.length === 0) return 0;
  siphash13(b, b.length);
  return internalFromHalves(outHi, outLo);
}

export function bytesHashExact(b: Uint8Array): bigint {
  if (b.length === 0) return 0n;
  siphash13(b, b.length);
  return halvesToBig();
}

// ---- numeric hashes (Python/pyhash.c, Objects/longobject.c, floatobject.c) ----

const MOD61 = (1n << 61n) - 1n;

/** Real hash of an int value. */
export function intHashExact(v: number | bigint): bigint {
  const b = typeof v === 'bigint' ? v : BigInt(v);
  const a = b < 0n ? -b : b;
  let h = a % MOD61;
  if (b < 0n) h = -h;
  return h === -1n ? -2n : h;
}

/** Real hash of a finite-or-not float; NaN uses the object's pointer hash (pass it). */
export function floatHashExact(v: number, nanHash: bigint): bigint {
  if (!Number.isFinite(v)) {
    if (Number.isNaN(v)) return nanHash;
    return v > 0 ? 314159n : -314159n;
  }
  if (v === 0) return 0n;
  // v = m * 2**e exactly with an integer mantissa m; hash = m * 2**e mod (2**61 - 1).
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, Math.abs(v));
  const hi = dv.getUint32(0), lo = dv.getUint32(4);
  const expBits = (hi >>> 20) & 0x7ff;
  const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  const m = expBits === 0 ? frac : frac | (1n << 52n);
  let e = expBits === 0 ? -1074 : expBits - 1075;
  let x = m % MOD61;
  // 2**61 ≡ 1 (mod 2**61 - 1): multiplying by 2**e is a rotation by e mod 61 in 61 bits.
  e = ((e % 61) + 61) % 61;
  x = ((x << BigInt(e)) & MOD61) | (x >> BigInt(61 - e));
  if (x === MOD61) x = 0n;
  let r = v < 0 ? -x : x;
  if (r === -1n) r = -2n;
  return r;
}

const P1 = 11400714785074694791n, P2 = 14029467366897019727n, P5 = 2870177450012600261n;
const M64 = (1n << 64n) - 1n;

/** CPython 3.12's xxHash-based tuple hash of the items' real hashes. */
export function tupleHashExact(hashes: bigint[]): bigint {
  let acc = P5;
  for (const h of hashes) {
    acc = (acc + BigInt.asUintN(64, h) * P2) & M64;
    acc = ((acc << 31n) | (acc >> 33n)) & M64;
    acc = (acc * P1) & M64;
  }
  acc = (acc + (BigInt(hashes.length) ^ (P5 ^ 3527539n))) & M64;
  if (acc === M64) return 1546275796n;
  return BigInt.asIntN(64, acc);
}

/** frozenset hash (Objects/setobject.c frozenset_hash) of its items' real hashes. */
export function frozensetHashExact(hashes: bigint[]): bigint {
  let hash = 0n;
  for (const h of hashes) {
    const u = BigInt.asUintN(64, h);
    hash ^= ((u ^ 89869747n) ^ ((u << 16n) & M64)) * 3644798167n & M64;
  }
  // The table's unused slots contribute nothing; the count is mixed in.
  hash ^= (BigInt(hashes.length) + 1n) * 1927868237n & M64;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & M64;
  let r = BigInt.asIntN(64, hash);
  if (r === -1n) r = 590923713n;
  return r;
}

/** _Py_HashPointer of an address: rotated right by 4 bits. */
export function pointerHashExact(addr: number): bigint {
  const y = BigInt(addr);
  return BigInt.asIntN(64, ((y >> 4n) | (y << 60n)) & M64);
}
