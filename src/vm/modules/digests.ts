/**
 * Message digests behind hashlib's builtin modules (_md5, _sha1, _sha2, _sha3, _blake2): MD5
 * (RFC 1321), SHA-1 and the SHA-2 family (FIPS 180-4), SHA-3 and SHAKE (FIPS 202) and BLAKE2b/s
 * (RFC 7693, with key, salt, personalization and digest size). Pure functions over bytes; 64-bit
 * words are kept as (high, low) pairs of 32-bit numbers.
 *
 * Contract: `update` may be called any number of times; `digest` does not change the state (it
 * finishes a copy), so a hash object can keep growing after a digest, as in CPython.
 */

export interface Digest {
  readonly name: string;
  readonly digestSize: number;
  readonly blockSize: number;
  update(data: Uint8Array): void;
  digest(length?: number): Uint8Array;
  copy(): Digest;
}

/** Merkle–Damgård hashes: a block buffer, the total length, and `compress` per full block. */
abstract class BlockHash implements Digest {
  abstract readonly name: string;
  abstract readonly digestSize: number;
  readonly blockSize: number;
  protected buf: Uint8Array;
  protected fill = 0;
  protected total = 0;
  constructor(blockSize: number) {
    this.blockSize = blockSize;
    this.buf = new Uint8Array(blockSize);
  }
  protected abstract compress(b: Uint8Array, off: number): void;
  protected abstract finish(): Uint8Array;
  abstract copy(): Digest;
  protected copyInto<T extends BlockHash>(c: T): T {
    c.buf.set(this.buf);
    c.fill = this.fill;
    c.total = this.total;
    return c;
  }
  update(data: Uint8Array): void {
    const bs = this.blockSize;
    this.total += data.length;
    let i = 0;
    if (this.fill > 0) {
      const take = Math.min(bs - this.fill, data.length);
      this.buf.set(data.subarray(0, take), this.fill);
      this.fill += take;
      i = take;
      if (this.fill < bs) return;
      this.compress(this.buf, 0);
      this.fill = 0;
    }
    for (; i + bs <= data.length; i += bs) this.compress(data, i);
    if (i < data.length) {
      this.buf.set(data.subarray(i), 0);
      this.fill = data.length - i;
    }
  }
  /** Appends 0x80, zeros and the bit length (`lenBytes` wide, big or little endian). */
  protected pad(lenBytes: number, littleEndian: boolean): void {
    const bs = this.blockSize;
    const bits = this.total * 8;
    const tail = new Uint8Array(((bs - lenBytes - 1 - this.fill) % bs + bs) % bs + 1 + lenBytes);
    tail[0] = 0x80;
    const hi = Math.floor(bits / 4294967296);
    const lo = bits >>> 0;
    const n = tail.length;
    if (littleEndian) {
      for (let k = 0; k < 4; k++) { tail[n - lenBytes + k] = (lo >>> (8 * k)) & 255; tail[n - lenBytes + 4 + k] = (hi >>> (8 * k)) & 255; }
    } else {
      for (let k = 0; k < 4; k++) { tail[n - 1 - k] = (lo >>> (8 * k)) & 255; tail[n - 5 - k] = (hi >>> (8 * k)) & 255; }
    }
    const total = this.total;
    this.update(tail);
    this.total = total;
  }
  digest(): Uint8Array {
    return (this.copy() as BlockHash).finish();
  }
}

function be32(b: Uint8Array, i: number): number {
  return ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
}

function putBE32(out: Uint8Array, i: number, v: number): void {
  out[i] = v >>> 24; out[i + 1] = (v >>> 16) & 255; out[i + 2] = (v >>> 8) & 255; out[i + 3] = v & 255;
}

function putLE32(out: Uint8Array, i: number, v: number): void {
  out[i] = v & 255; out[i + 1] = (v >>> 8) & 255; out[i + 2] = (v >>> 16) & 255; out[i + 3] = v >>> 24;
}

function le32(b: Uint8Array, i: number): number {
  return (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
}

const rotl = (x: number, n: number): number => (x << n) | (x >>> (32 - n));
const rotr = (x: number, n: number): number => (x >>> n) | (x << (32 - n));

// ---- MD5 ----

const MD5_S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const MD5_K = new Int32Array(64).map((_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 4294967296));

export class Md5 extends BlockHash {
  readonly name = 'md5';
  readonly digestSize = 16;
  private h = new Int32Array([0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476]);
  private w = new Int32Array(16);
  constructor() { super(64); }
  protected compress(b: Uint8Array, off: number): void {
    const w = this.w;
    for (let i = 0; i < 16; i++) w[i] = le32(b, off + 4 * i);
    let a = this.h[0]!, bb = this.h[1]!, c = this.h[2]!, d = this.h[3]!;
    for (let i = 0; i < 64; i++) {
      let f: number, g: number;
      const r = i >> 4;
      if (r === 0) { f = (bb & c) | (~bb & d); g = i; }
      else if (r === 1) { f = (d & bb) | (~d & c); g = (5 * i + 1) & 15; }
      else if (r === 2) { f = bb ^ c ^ d; g = (3 * i + 5) & 15; }
      else { f = c ^ (bb | ~d); g = (7 * i) & 15; }
      const t = d;
      d = c;
      c = bb;
      bb = (bb + rotl((a + f + MD5_K[i]! + w[g]!) | 0, MD5_S[(r << 2) | (i & 3)]!)) | 0;
      a = t;
    }
    this.h[0] = this.h[0]! + a; this.h[1] = this.h[1]! + bb; this.h[2] = this.h[2]! + c; this.h[3] = this.h[3]! + d;
  }
  protected finish(): Uint8Array {
    this.pad(8, true);
    const out = new Uint8Array(16);
    for (let i = 0; i < 4; i++) putLE32(out, 4 * i, this.h[i]!);
    return out;
  }
  copy(): Digest {
    const c = this.copyInto(new Md5());
    c.h.set(this.h);
    return c;
  }
}

// ---- SHA-1 ----

export class Sha1 extends BlockHash {
  readonly name = 'sha1';
  readonly digestSize = 20;
  private h = new Int32Array([0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0]);
  private w = new Int32Array(80);
  constructor() { super(64); }
  protected compress(b: Uint8Array, off: number): void {
    const w = this.w;
    for (let i = 0; i < 16; i++) w[i] = be32(b, off + 4 * i);
    for (let i = 16; i < 80; i++) w[i] = rotl(w[i - 3]! ^ w[i - 8]! ^ w[i - 14]! ^ w[i - 16]!, 1);
    let a = this.h[0]!, bb = this.h[1]!, c = this.h[2]!, d = this.h[3]!, e = this.h[4]!;
    for (let i = 0; i < 80; i++) {
      let f: number, k: number;
      if (i < 20) { f = (bb & c) | (~bb & d); k = 0x5a827999; }
      else if (i < 40) { f = bb ^ c ^ d; k = 0x6ed9eba1; }
      else if (i < 60) { f = (bb & c) | (bb & d) | (c & d); k = 0x8f1bbcdc; }
      else { f = bb ^ c ^ d; k = 0xca62c1d6; }
      const t = (rotl(a, 5) + f + e + k + w[i]!) | 0;
      e = d; d = c; c = rotl(bb, 30); bb = a; a = t;
    }
    const h = this.h;
    h[0] = h[0]! + a; h[1] = h[1]! + bb; h[2] = h[2]! + c; h[3] = h[3]! + d; h[4] = h[4]! + e;
  }
  protected finish(): Uint8Array {
    this.pad(8, false);
    const out = new Uint8Array(20);
    for (let i = 0; i < 5; i++) putBE32(out, 4 * i, this.h[i]!);
    return out;
  }
  copy(): Digest {
    const c = this.copyInto(new Sha1());
    c.h.set(this.h);
    return c;
  }
}

// ---- SHA-224 / SHA-256 ----

const K256 = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

export class Sha256 extends BlockHash {
  readonly name: string;
  readonly digestSize: number;
  private h: Int32Array;
  private w = new Int32Array(64);
  constructor(bits: 224 | 256) {
    super(64);
    this.name = bits === 224 ? 'sha224' : 'sha256';
    this.digestSize = bits / 8;
    this.h = new Int32Array(bits === 224
      ? [0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4]
      : [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  }
  protected compress(b: Uint8Array, off: number): void {
    const w = this.w;
    for (let i = 0; i < 16; i++) w[i] = be32(b, off + 4 * i);
    for (let i = 16; i < 64; i++) {
      const x = w[i - 15]!, y = w[i - 2]!;
      const s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3);
      const s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >>> 10);
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) | 0;
    }
    const h = this.h;
    let a = h[0]!, bb = h[1]!, c = h[2]!, d = h[3]!, e = h[4]!, f = h[5]!, g = h[6]!, hh = h[7]!;
    for (let i = 0; i < 64; i++) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K256[i]! + w[i]!) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & bb) ^ (a & c) ^ (bb & c))) | 0;
      hh = g; g = f; f = e; e = (d + t1) | 0; d = c; c = bb; bb = a; a = (t1 + t2) | 0;
    }
    h[0] = h[0]! + a; h[1] = h[1]! + bb; h[2] = h[2]! + c; h[3] = h[3]! + d;
    h[4] = h[4]! + e; h[5] = h[5]! + f; h[6] = h[6]! + g; h[7] = h[7]! + hh;
  }
  protected finish(): Uint8Array {
    this.pad(8, false);
    const out = new Uint8Array(32);
    for (let i = 0; i < 8; i++) putBE32(out, 4 * i, this.h[i]!);
    return out.slice(0, this.digestSize);
  }
  copy(): Digest {
    const c = this.copyInto(new Sha256(this.digestSize === 28 ? 224 : 256));
    c.h.set(this.h);
    return c;
  }
}

// ---- SHA-384 / SHA-512 (64-bit words as hi/lo pairs) ----

const K512 = new Int32Array([
  0x428a2f98, 0xd728ae22, 0x71374491, 0x23ef65cd, 0xb5c0fbcf, 0xec4d3b2f, 0xe9b5dba5, 0x8189dbbc,
  0x3956c25b, 0xf348b538, 0x59f111f1, 0xb605d019, 0x923f82a4, 0xaf194f9b, 0xab1c5ed5, 0xda6d8118,
  0xd807aa98, 0xa3030242, 0x12835b01, 0x45706fbe, 0x243185be, 0x4ee4b28c, 0x550c7dc3, 0xd5ffb4e2,
  0x72be5d74, 0xf27b896f, 0x80deb1fe, 0x3b1696b1, 0x9bdc06a7, 0x25c71235, 0xc19bf174, 0xcf692694,
  0xe49b69c1, 0x9ef14ad2, 0xefbe4786, 0x384f25e3, 0x0fc19dc6, 0x8b8cd5b5, 0x240ca1cc, 0x77ac9c65,
  0x2de92c6f, 0x592b0275, 0x4a7484aa, 0x6ea6e483, 0x5cb0a9dc, 0xbd41fbd4, 0x76f988da, 0x831153b5,
  0x983e5152, 0xee66dfab, 0xa831c66d, 0x2db43210, 0xb00327c8, 0x98fb213f, 0xbf597fc7, 0xbeef0ee4,
  0xc6e00bf3, 0x3da88fc2, 0xd5a79147, 0x930aa725, 0x06ca6351, 0xe003826f, 0x14292967, 0x0a0e6e70,
  0x27b70a85, 0x46d22ffc, 0x2e1b2138, 0x5c26c926, 0x4d2c6dfc, 0x5ac42aed, 0x53380d13, 0x9d95b3df,
  0x650a7354, 0x8baf63de, 0x766a0abb, 0x3c77b2a8, 0x81c2c92e, 0x47edaee6, 0x92722c85, 0x1482353b,
  0xa2bfe8a1, 0x4cf10364, 0xa81a664b, 0xbc423001, 0xc24b8b70, 0xd0f89791, 0xc76c51a3, 0x0654be30,
  0xd192e819, 0xd6ef5218, 0xd6990624, 0x5565a910, 0xf40e3585, 0x5771202a, 0x106aa070, 0x32bbd1b8,
  0x19a4c116, 0xb8d2d0c8, 0x1e376c08, 0x5141ab53, 0x2748774c, 0xdf8eeb99, 0x34b0bcb5, 0xe19b48a8,
  0x391c0cb3, 0xc5c95a63, 0x4ed8aa4a, 0xe3418acb, 0x5b9cca4f, 0x7763e373, 0x682e6ff3, 0xd6b2b8a3,
  0x748f82ee, 0x5defb2fc, 0x78a5636f, 0x43172f60, 0x84c87814, 0xa1f0ab72, 0x8cc70208, 0x1a6439ec,
  0x90befffa, 0x23631e28, 0xa4506ceb, 0xde82bde9, 0xbef9a3f7, 0xb2c67915, 0xc67178f2, 0xe372532b,
  0xca273ece, 0xea26619c, 0xd186b8c7, 0x21c0c207, 0xeada7dd6, 0xcde0eb1e, 0xf57d4f7f, 0xee6ed178,
  0x06f067aa, 0x72176fba, 0x0a637dc5, 0xa2c898a6, 0x113f9804, 0xbef90dae, 0x1b710b35, 0x131c471b,
  0x28db77f5, 0x23047d84, 0x32caab7b, 0x40c72493, 0x3c9ebe0a, 0x15c9bebc, 0x431d67c4, 0x9c100d4c,
  0x4cc5d4be, 0xcb3e42b6, 0x597f299c, 0xfc657e2a, 0x5fcb6fab, 0x3ad6faec, 0x6c44198c, 0x4a475817,
]);

const IV512 = [
  0x6a09e667, 0xf3bcc908, 0xbb67ae85, 0x84caa73b, 0x3c6ef372, 0xfe94f82b, 0xa54ff53a, 0x5f1d36f1,
  0x510e527f, 0xade682d1, 0x9b05688c, 0x2b3e6c1f, 0x1f83d9ab, 0xfb41bd6b, 0x5be0cd19, 0x137e2179,
];
const IV384 = [
  0xcbbb9d5d, 0xc1059ed8, 0x629a292a, 0x367cd507, 0x9159015a, 0x3070dd17, 0x152fecd8, 0xf70e5939,
  0x67332667, 0xffc00b31, 0x8eb44a87, 0x68581511, 0xdb0c2e0d, 0x64f98fa7, 0x47b5481d, 0xbefa4fa4,
];

/** High word of the 64-bit rotate right of (hi, lo) by n (0 < n < 32); the low word swaps roles. */
const rrHi = (hi: number, lo: number, n: number): number => (hi >>> n) | (lo << (32 - n));

export class Sha512 extends BlockHash {
  readonly name: string;
  readonly digestSize: number;
  private h: Int32Array;
  private w = new Int32Array(160);
  constructor(bits: 384 | 512) {
    super(128);
    this.name = bits === 384 ? 'sha384' : 'sha512';
    this.digestSize = bits / 8;
    this.h = new Int32Array(bits === 384 ? IV384 : IV512);
  }
  protected compress(b: Uint8Array, off: number): void {
    const w = this.w;
    for (let i = 0; i < 32; i++) w[i] = be32(b, off + 4 * i);
    for (let i = 16; i < 80; i++) {
      // σ0(x) = ROTR1 ^ ROTR8 ^ SHR7; σ1(y) = ROTR19 ^ ROTR61 ^ SHR6.
      const xh = w[2 * (i - 15)]!, xl = w[2 * (i - 15) + 1]!;
      const s0h = rrHi(xh, xl, 1) ^ rrHi(xh, xl, 8) ^ (xh >>> 7);
      const s0l = rrHi(xl, xh, 1) ^ rrHi(xl, xh, 8) ^ ((xl >>> 7) | (xh << 25));
      const yh = w[2 * (i - 2)]!, yl = w[2 * (i - 2) + 1]!;
      const s1h = rrHi(yh, yl, 19) ^ rrHi(yl, yh, 29) ^ (yh >>> 6);
      const s1l = rrHi(yl, yh, 19) ^ rrHi(yh, yl, 29) ^ ((yl >>> 6) | (yh << 26));
      let lo = (w[2 * (i - 16) + 1]! >>> 0) + (s0l >>> 0) + (w[2 * (i - 7) + 1]! >>> 0) + (s1l >>> 0);
      const hi = w[2 * (i - 16)]! + s0h + w[2 * (i - 7)]! + s1h + Math.floor(lo / 4294967296);
      lo >>>= 0;
      w[2 * i] = hi;
      w[2 * i + 1] = lo;
    }
    const h = this.h;
    let ah = h[0]!, al = h[1]!, bh = h[2]!, bl = h[3]!, ch = h[4]!, cl = h[5]!, dh = h[6]!, dl = h[7]!;
    let eh = h[8]!, el = h[9]!, fh = h[10]!, fl = h[11]!, gh = h[12]!, gl = h[13]!, hh = h[14]!, hl = h[15]!;
    for (let i = 0; i < 80; i++) {
      // Σ1(e) = ROTR14 ^ ROTR18 ^ ROTR41; Σ0(a) = ROTR28 ^ ROTR34 ^ ROTR39.
      const S1h = rrHi(eh, el, 14) ^ rrHi(eh, el, 18) ^ rrHi(el, eh, 9);
      const S1l = rrHi(el, eh, 14) ^ rrHi(el, eh, 18) ^ rrHi(eh, el, 9);
      const chh = (eh & fh) ^ (~eh & gh), chl = (el & fl) ^ (~el & gl);
      let t1l = (hl >>> 0) + (S1l >>> 0) + (chl >>> 0) + (K512[2 * i + 1]! >>> 0) + (w[2 * i + 1]! >>> 0);
      let t1h = hh + S1h + chh + K512[2 * i]! + w[2 * i]! + Math.floor(t1l / 4294967296);
      t1l >>>= 0;
      t1h |= 0;
      const S0h = rrHi(ah, al, 28) ^ rrHi(al, ah, 2) ^ rrHi(al, ah, 7);
      const S0l = rrHi(al, ah, 28) ^ rrHi(ah, al, 2) ^ rrHi(ah, al, 7);
      const mjh = (ah & bh) ^ (ah & ch) ^ (bh & ch), mjl = (al & bl) ^ (al & cl) ^ (bl & cl);
      const t2l = (S0l >>> 0) + (mjl >>> 0);
      const t2h = S0h + mjh + Math.floor(t2l / 4294967296);
      hh = gh; hl = gl; gh = fh; gl = fl; fh = eh; fl = el;
      const el2 = (dl >>> 0) + t1l;
      eh = (dh + t1h + Math.floor(el2 / 4294967296)) | 0;
      el = el2 | 0;
      dh = ch; dl = cl; ch = bh; cl = bl; bh = ah; bl = al;
      const al2 = t1l + (t2l >>> 0);
      ah = (t1h + t2h + Math.floor(al2 / 4294967296)) | 0;
      al = al2 | 0;
    }
    const add = (i: number, xh: number, xl: number): void => {
      const lo = (h[i + 1]! >>> 0) + (xl >>> 0);
      h[i] = h[i]! + xh + Math.floor(lo / 4294967296);
      h[i + 1] = lo;
    };
    add(0, ah, al); add(2, bh, bl); add(4, ch, cl); add(6, dh, dl);
    add(8, eh, el); add(10, fh, fl); add(12, gh, gl); add(14, hh, hl);
  }
  protected finish(): Uint8Array {
    this.pad(16, false);
    const out = new Uint8Array(64);
    for (let i = 0; i < 16; i++) putBE32(out, 4 * i, this.h[i]!);
    return out.slice(0, this.digestSize);
  }
  copy(): Digest {
    const c = this.copyInto(new Sha512(this.digestSize === 48 ? 384 : 512));
    c.h.set(this.h);
    return c;
  }
}

// ---- SHA-3 / SHAKE (Keccak-f[1600], lanes as lo/hi pairs: lane k at [2k] low, [2k+1] high) ----

const KECCAK_RC = new Int32Array([
  0x00000001, 0x00000000, 0x00008082, 0x00000000, 0x0000808a, 0x80000000, 0x80008000, 0x80000000,
  0x0000808b, 0x00000000, 0x80000001, 0x00000000, 0x80008081, 0x80000000, 0x00008009, 0x80000000,
  0x0000008a, 0x00000000, 0x00000088, 0x00000000, 0x80008009, 0x00000000, 0x8000000a, 0x00000000,
  0x8000808b, 0x00000000, 0x0000008b, 0x80000000, 0x00008089, 0x80000000, 0x00008003, 0x80000000,
  0x00008002, 0x80000000, 0x00000080, 0x80000000, 0x0000800a, 0x00000000, 0x8000000a, 0x80000000,
  0x80008081, 0x80000000, 0x00008080, 0x80000000, 0x80000001, 0x00000000, 0x80008008, 0x80000000,
]);
/** Rotation offset of lane x + 5y (ρ). */
const KECCAK_ROT = [0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14];

function keccakF(s: Int32Array): void {
  const c = new Int32Array(10);
  const b = new Int32Array(50);
  for (let round = 0; round < 24; round++) {
    for (let x = 0; x < 5; x++) {
      c[2 * x] = s[2 * x]! ^ s[2 * x + 10]! ^ s[2 * x + 20]! ^ s[2 * x + 30]! ^ s[2 * x + 40]!;
      c[2 * x + 1] = s[2 * x + 1]! ^ s[2 * x + 11]! ^ s[2 * x + 21]! ^ s[2 * x + 31]! ^ s[2 * x + 41]!;
    }
    for (let x = 0; x < 5; x++) {
      const p = (x + 4) % 5, q = (x + 1) % 5;
      const ql = c[2 * q]!, qh = c[2 * q + 1]!;
      const dl = c[2 * p]! ^ ((ql << 1) | (qh >>> 31));
      const dh = c[2 * p + 1]! ^ ((qh << 1) | (ql >>> 31));
      for (let y = 0; y < 25; y += 5) { s[2 * (x + y)] ^= dl; s[2 * (x + y) + 1] ^= dh; }
    }
    for (let x = 0; x < 5; x++) {
      for (let y = 0; y < 5; y++) {
        const k = x + 5 * y;
        const lo = s[2 * k]!, hi = s[2 * k + 1]!;
        const r = KECCAK_ROT[k]!;
        let nl: number, nh: number;
        if (r === 0) { nl = lo; nh = hi; }
        else if (r < 32) { nl = (lo << r) | (hi >>> (32 - r)); nh = (hi << r) | (lo >>> (32 - r)); }
        else if (r === 32) { nl = hi; nh = lo; }
        else { const m = r - 32; nl = (hi << m) | (lo >>> (32 - m)); nh = (lo << m) | (hi >>> (32 - m)); }
        const t = y + 5 * ((2 * x + 3 * y) % 5);
        b[2 * t] = nl;
        b[2 * t + 1] = nh;
      }
    }
    for (let y = 0; y < 25; y += 5) {
      for (let x = 0; x < 5; x++) {
        const k = x + y, k1 = ((x + 1) % 5) + y, k2 = ((x + 2) % 5) + y;
        s[2 * k] = b[2 * k]! ^ (~b[2 * k1]! & b[2 * k2]!);
        s[2 * k + 1] = b[2 * k + 1]! ^ (~b[2 * k1 + 1]! & b[2 * k2 + 1]!);
      }
    }
    s[0] ^= KECCAK_RC[2 * round]!;
    s[1] ^= KECCAK_RC[2 * round + 1]!;
  }
}

/** SHA3-224/256/384/512 (`outLen` fixed) and SHAKE128/256 (`outLen` 0: length given to digest). */
export class Keccak implements Digest {
  readonly blockSize: number;
  private s = new Int32Array(50);
  private q: Uint8Array;
  private fill = 0;
  constructor(readonly name: string, readonly digestSize: number, rate: number, private readonly suffix: number) {
    this.blockSize = rate;
    this.q = new Uint8Array(rate);
  }
  private absorb(): void {
    const q = this.q, s = this.s;
    for (let i = 0; i < this.blockSize; i += 4) s[i >> 2] ^= le32(q, i);
    keccakF(s);
  }
  update(data: Uint8Array): void {
    for (let i = 0; i < data.length; i++) {
      this.q[this.fill++] = data[i]!;
      if (this.fill === this.blockSize) { this.absorb(); this.fill = 0; }
    }
  }
  digest(length = this.digestSize): Uint8Array {
    const c = this.copy() as Keccak;
    c.q.fill(0, c.fill);
    c.q[c.fill] ^= c.suffix;
    c.q[c.blockSize - 1] ^= 0x80;
    c.absorb();
    const out = new Uint8Array(length);
    const tmp = new Uint8Array(c.blockSize);
    for (let off = 0; off < length; off += c.blockSize) {
      if (off > 0) keccakF(c.s);
      for (let i = 0; i < c.blockSize; i += 4) putLE32(tmp, i, c.s[i >> 2]!);
      out.set(tmp.subarray(0, Math.min(c.blockSize, length - off)), off);
    }
    return out;
  }
  copy(): Digest {
    const c = new Keccak(this.name, this.digestSize, this.blockSize, this.suffix);
    c.s.set(this.s);
    c.q.set(this.q);
    c.fill = this.fill;
    return c;
  }
}

export function sha3(bits: 224 | 256 | 384 | 512): Keccak {
  return new Keccak(`sha3_${bits}`, bits / 8, 200 - bits / 4, 0x06);
}

export function shake(bits: 128 | 256): Keccak {
  return new Keccak(`shake_${bits}`, 0, 200 - bits / 4, 0x1f);
}

// ---- BLAKE2b / BLAKE2s ----

const SIGMA = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
  [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
  [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
  [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
  [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

/** BLAKE2 parameters (hashlib.blake2b/blake2s keywords); sizes already validated by the caller. */
export interface Blake2Params {
  digestSize: number;
  key: Uint8Array;
  salt: Uint8Array;
  person: Uint8Array;
  fanout: number;
  depth: number;
  leafSize: number;
  nodeOffset: bigint;
  nodeDepth: number;
  innerSize: number;
  lastNode: boolean;
}

/**
 * BLAKE2b (`wide`: 64-bit words as lo/hi pairs, 12 rounds, 128-byte blocks) or BLAKE2s (32-bit
 * words, 10 rounds, 64-byte blocks). The buffer keeps the last block until the digest, which
 * compresses it with the final flag.
 */
export class Blake2 implements Digest {
  readonly name: string;
  readonly digestSize: number;
  readonly blockSize: number;
  private h: Int32Array;
  private buf: Uint8Array;
  private fill = 0;
  private t = 0;
  private v: Int32Array;
  private m: Int32Array;
  constructor(readonly wide: boolean, private readonly p: Blake2Params, init = true) {
    this.name = wide ? 'blake2b' : 'blake2s';
    this.digestSize = p.digestSize;
    this.blockSize = wide ? 128 : 64;
    this.buf = new Uint8Array(this.blockSize);
    this.h = new Int32Array(16);
    this.v = new Int32Array(32);
    this.m = new Int32Array(32);
    if (!init) return;
    const pb = new Uint8Array(wide ? 64 : 32);
    pb[0] = p.digestSize; pb[1] = p.key.length; pb[2] = p.fanout; pb[3] = p.depth;
    putLE32(pb, 4, p.leafSize);
    let off = p.nodeOffset;
    for (let i = 0; i < (wide ? 8 : 6); i++) { pb[8 + i] = Number(off & 255n); off >>= 8n; }
    pb[wide ? 16 : 14] = p.nodeDepth;
    pb[wide ? 17 : 15] = p.innerSize;
    pb.set(p.salt, wide ? 32 : 16);
    pb.set(p.person, wide ? 48 : 24);
    if (wide) {
      for (let i = 0; i < 8; i++) { this.h[2 * i] = IV512[2 * i + 1]! ^ le32(pb, 8 * i); this.h[2 * i + 1] = IV512[2 * i]! ^ le32(pb, 8 * i + 4); }
    } else {
      for (let i = 0; i < 8; i++) this.h[i] = IV512[2 * i]! ^ le32(pb, 4 * i);
    }
    if (p.key.length) {
      const kb = new Uint8Array(this.blockSize);
      kb.set(p.key);
      this.update(kb);
    }
  }
  update(data: Uint8Array): void {
    const bs = this.blockSize;
    for (let i = 0; i < data.length;) {
      if (this.fill === bs) { this.t += bs; this.compress(false); this.fill = 0; }
      const take = Math.min(bs - this.fill, data.length - i);
      this.buf.set(data.subarray(i, i + take), this.fill);
      this.fill += take;
      i += take;
    }
  }
  private compress(last: boolean): void {
    const v = this.v, m = this.m, h = this.h, b = this.buf;
    if (this.wide) {
      for (let i = 0; i < 32; i++) m[i] = le32(b, 4 * i);
      v.set(h);
      for (let i = 0; i < 8; i++) { v[16 + 2 * i] = IV512[2 * i + 1]!; v[17 + 2 * i] = IV512[2 * i]!; }
      v[24] ^= this.t >>> 0;
      v[25] ^= Math.floor(this.t / 4294967296);
      if (last) {
        v[28] = ~v[28]!; v[29] = ~v[29]!;
        if (this.p.lastNode) { v[30] = ~v[30]!; v[31] = ~v[31]!; }
      }
      for (let r = 0; r < 12; r++) {
        const s = SIGMA[r % 10]!;
        gb(v, m, 0, 4, 8, 12, s[0]!, s[1]!); gb(v, m, 1, 5, 9, 13, s[2]!, s[3]!);
        gb(v, m, 2, 6, 10, 14, s[4]!, s[5]!); gb(v, m, 3, 7, 11, 15, s[6]!, s[7]!);
        gb(v, m, 0, 5, 10, 15, s[8]!, s[9]!); gb(v, m, 1, 6, 11, 12, s[10]!, s[11]!);
        gb(v, m, 2, 7, 8, 13, s[12]!, s[13]!); gb(v, m, 3, 4, 9, 14, s[14]!, s[15]!);
      }
      for (let i = 0; i < 16; i++) h[i] = h[i]! ^ v[i]! ^ v[i + 16]!;
    } else {
      for (let i = 0; i < 16; i++) m[i] = le32(b, 4 * i);
      for (let i = 0; i < 8; i++) { v[i] = h[i]!; v[i + 8] = IV512[2 * i]!; }
      v[12] ^= this.t >>> 0;
      v[13] ^= Math.floor(this.t / 4294967296);
      if (last) { v[14] = ~v[14]!; if (this.p.lastNode) v[15] = ~v[15]!; }
      for (let r = 0; r < 10; r++) {
        const s = SIGMA[r]!;
        gs(v, m, 0, 4, 8, 12, s[0]!, s[1]!); gs(v, m, 1, 5, 9, 13, s[2]!, s[3]!);
        gs(v, m, 2, 6, 10, 14, s[4]!, s[5]!); gs(v, m, 3, 7, 11, 15, s[6]!, s[7]!);
        gs(v, m, 0, 5, 10, 15, s[8]!, s[9]!); gs(v, m, 1, 6, 11, 12, s[10]!, s[11]!);
        gs(v, m, 2, 7, 8, 13, s[12]!, s[13]!); gs(v, m, 3, 4, 9, 14, s[14]!, s[15]!);
      }
      for (let i = 0; i < 8; i++) h[i] = h[i]! ^ v[i]! ^ v[i + 8]!;
    }
  }
  digest(): Uint8Array {
    const c = this.copy() as Blake2;
    c.t += c.fill;
    c.buf.fill(0, c.fill);
    c.compress(true);
    const out = new Uint8Array(this.wide ? 64 : 32);
    for (let i = 0; i < (this.wide ? 16 : 8); i++) putLE32(out, 4 * i, c.h[i]!);
    return out.slice(0, this.digestSize);
  }
  copy(): Digest {
    const c = new Blake2(this.wide, this.p, false);
    c.h.set(this.h);
    c.buf.set(this.buf);
    c.fill = this.fill;
    c.t = this.t;
    return c;
  }
}

/** v[i] (lo/hi pair) += v[j] */
function add64(v: Int32Array, i: number, j: number): void {
  const lo = (v[2 * i]! >>> 0) + (v[2 * j]! >>> 0);
  v[2 * i + 1] = v[2 * i + 1]! + v[2 * j + 1]! + Math.floor(lo / 4294967296);
  v[2 * i] = lo;
}

function add64m(v: Int32Array, i: number, m: Int32Array, k: number): void {
  const lo = (v[2 * i]! >>> 0) + (m[2 * k]! >>> 0);
  v[2 * i + 1] = v[2 * i + 1]! + m[2 * k + 1]! + Math.floor(lo / 4294967296);
  v[2 * i] = lo;
}

/** v[d] = rotr64(v[d] ^ v[a], n) */
function xorRot64(v: Int32Array, d: number, a: number, n: number): void {
  let lo = v[2 * d]! ^ v[2 * a]!;
  let hi = v[2 * d + 1]! ^ v[2 * a + 1]!;
  if (n >= 32) { const t = lo; lo = hi; hi = t; n -= 32; }
  if (n > 0) {
    const nl = (lo >>> n) | (hi << (32 - n));
    const nh = (hi >>> n) | (lo << (32 - n));
    lo = nl; hi = nh;
  }
  v[2 * d] = lo;
  v[2 * d + 1] = hi;
}

function gb(v: Int32Array, m: Int32Array, a: number, b: number, c: number, d: number, x: number, y: number): void {
  add64(v, a, b); add64m(v, a, m, x); xorRot64(v, d, a, 32);
  add64(v, c, d); xorRot64(v, b, c, 24);
  add64(v, a, b); add64m(v, a, m, y); xorRot64(v, d, a, 16);
  add64(v, c, d); xorRot64(v, b, c, 63);
}

function gs(v: Int32Array, m: Int32Array, a: number, b: number, c: number, d: number, x: number, y: number): void {
  v[a] = (v[a]! + v[b]! + m[x]!) | 0; v[d] = rotr(v[d]! ^ v[a]!, 16);
  v[c] = (v[c]! + v[d]!) | 0; v[b] = rotr(v[b]! ^ v[c]!, 12);
  v[a] = (v[a]! + v[b]! + m[y]!) | 0; v[d] = rotr(v[d]! ^ v[a]!, 8);
  v[c] = (v[c]! + v[d]!) | 0; v[b] = rotr(v[b]! ^ v[c]!, 7);
}
