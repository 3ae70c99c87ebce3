/**
 * hashlib's C modules over the digests of ./digests.ts:
 * - `_hashlib` (CPython builds it on OpenSSL; hashlib prefers it): `new`, `openssl_<name>`
 *   constructors, the `HASH`/`HASHXOF` types (reprs `<sha256 _hashlib.HASH object @ 0x...>`),
 *   `pbkdf2_hmac`, `compare_digest`, `get_fips_mode`, `openssl_md_meth_names`. `hmac_new` and
 *   `hmac_digest` raise UnsupportedDigestmodError, so hmac.py computes HMAC in Python over these
 *   hashes (same digests).
 * - `_blake2` (`blake2b`/`blake2s` types with every BLAKE2 parameter), which hashlib always uses
 *   for BLAKE2.
 * - `_sha2`, `_md5`, `_sha1` (what random.py and hashlib's fallback import).
 * Sizes as CPython's (HASH 32 bytes, blake2b 448, blake2s 240: not GC-tracked; _sha2 objects 40 + GC
 * header, _md5/_sha1 32 + GC header).
 */
import { pyIdHex } from '../runtime/address';
import { makeImmortal, PyObject } from '../objects/object';
import type { VM } from '../runtime/vm';
import { PyModule, newModule } from '../objects/module';
import { PyDict, newDict } from '../objects/dict';
import { PyStr, newStr } from '../objects/str';
import { PyInt, newInt, boolObj } from '../objects/int';
import { PyBytes, PyMemoryView, newBytes, mvData } from '../objects/bytes';
import { frozensetSteal } from '../objects/set';
import { None } from '../objects/singletons';
import { newBuiltin, defMethods, type NativeFn } from '../objects/builtin_function';
import { defGetSet } from '../objects/descriptors';
import { makeStaticType, objectType, inheritSlots, PyType, TF_HAVE_GC } from '../objects/type';
import { gcTrack } from '../runtime/gc';
import { raise, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import * as A from '../runtime/abstract';
import { pySourceModule } from './pysource';
import { Blake2, Md5, Sha1, Sha256, Sha512, sha3, shake, type Blake2Params, type Digest } from './digests';

class PyHash extends PyObject {
  constructor(t: PyType, readonly d: Digest) { super(t); }
}

/** The bytes of a buffer argument, with hashlib's errors for str and non-buffers. */
function bufferArg(o: PyObject): Uint8Array {
  if (o instanceof PyStr) raise(PyExc.TypeError, 'Strings must be encoded before hashing');
  if (o instanceof PyBytes) return o.bytes;
  if (o instanceof PyMemoryView) return mvData(o);
  raise(PyExc.TypeError, 'object supporting the buffer API required');
}

const HEX = '0123456789abcdef';
function hex(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += HEX[b[i]! >> 4]! + HEX[b[i]! & 15]!;
  return s;
}

function none(): PyObject {
  None.ob_refcnt++;
  return None;
}

/**
 * Binds Argument Clinic style arguments: `pos` names (the first `posOnly` positional-only), then
 * keyword-only `kwOnly`. Messages as clinic's (`'x' is an invalid keyword argument for f()`).
 */
function bind(fname: string, args: readonly PyObject[], kw: readonly string[] | null, pos: string[], posOnly: number, kwOnly: string[], required = 0): Map<string, PyObject> {
  const nk = kw ? kw.length : 0;
  const np = args.length - nk;
  if (np > pos.length) {
    raise(PyExc.TypeError, `${fname}() takes ${required === pos.length ? 'exactly' : 'at most'} ${pos.length} positional argument${pos.length === 1 ? '' : 's'} (${np} given)`);
  }
  const out = new Map<string, PyObject>();
  for (let i = 0; i < np; i++) out.set(pos[i]!, args[i]!);
  for (let j = 0; j < nk; j++) {
    const k = kw![j]!;
    const pi = pos.indexOf(k);
    if ((pi < posOnly && pi >= 0) || (pi < 0 && !kwOnly.includes(k))) raise(PyExc.TypeError, `'${k}' is an invalid keyword argument for ${fname}()`);
    if (out.has(k)) raise(PyExc.TypeError, `argument for ${fname}() given by name ('${k}') and position (${pi + 1})`);
    out.set(k, args[np + j]!);
  }
  for (let i = 0; i < required; i++) {
    if (!out.has(pos[i]!)) raise(PyExc.TypeError, `${fname}() missing required argument '${pos[i]}' (pos ${i + 1})`);
  }
  return out;
}

/** A C `int`/`Py_ssize_t` argument. */
function intArg(o: PyObject): number {
  const i = A.index(o);
  const v = i.v;
  decref(i);
  if (typeof v === 'bigint') raise(PyExc.OverflowError, 'Python int too large to convert to C long');
  return v;
}

// ---- the hash object types ----

interface HashTypeSpec {
  module: string;
  name: string;
  basicsize: number;
  /** OpenSSL-style repr `<NAME module.Type object @ 0x...>`; else object's default repr. */
  opensslRepr: boolean;
  base?: PyType;
  /** Instances are GC-tracked (the HACL*-based modules `_sha2`, `_md5`, `_sha1`). */
  gc?: boolean;
}

function makeHashType(spec: HashTypeSpec): PyType {
  const t = makeStaticType(spec.name, spec.base ?? objectType, {
    repr: spec.opensslRepr
      ? (o) => newStr(`<${(o as PyHash).d.name} ${spec.module}.${o.type.name} object @ 0x${pyIdHex(o)}>`)
      : undefined,
    sizeof: () => spec.basicsize,
  }, { module: spec.module, basicsize: spec.basicsize, noSubclass: true, flags: spec.gc ? TF_HAVE_GC : 0 });
  t.tdict = makeImmortal(newDict());
  inheritSlots(t);
  const D = (o: PyObject): Digest => (o as PyHash).d;
  if (spec.base) return t;
  defMethods(t, {
    update: (o, args, kw) => {
      if (kw && kw.length) raise(PyExc.TypeError, 'update() takes no keyword arguments');
      if (args.length !== 1) raise(PyExc.TypeError, `update() takes exactly one argument (${args.length} given)`);
      D(o).update(bufferArg(args[0]!));
      return none();
    },
    digest: (o, args, kw) => {
      const d = D(o);
      if (d.digestSize === 0) return newBytes(d.digest(xofLength('digest', args, kw)));
      if (args.length) raise(PyExc.TypeError, `digest() takes no arguments (${args.length} given)`);
      return newBytes(d.digest());
    },
    hexdigest: (o, args, kw) => {
      const d = D(o);
      if (d.digestSize === 0) return newStr(hex(d.digest(xofLength('hexdigest', args, kw))));
      if (args.length) raise(PyExc.TypeError, `hexdigest() takes no arguments (${args.length} given)`);
      return newStr(hex(d.digest()));
    },
    copy: (o) => { const c = new PyHash(o.type, D(o).copy()); if (spec.gc) gcTrack(c); return c; },
  });
  defGetSet(t, 'name', (o) => newStr(D(o).name));
  defGetSet(t, 'digest_size', (o) => newInt(D(o).digestSize));
  defGetSet(t, 'block_size', (o) => newInt(D(o).blockSize));
  return t;
}

function xofLength(fname: string, args: PyObject[], kw: readonly string[] | null): number {
  const a = bind(fname, args, kw, ['length'], 0, [], 1);
  const n = intArg(a.get('length')!);
  if (n < 0) raise(PyExc.SystemError, 'Negative size passed to PyBytes_FromStringAndSize');
  return n;
}

// ---- algorithms by name ----

const MAKERS: Record<string, () => Digest> = {
  md5: () => new Md5(),
  sha1: () => new Sha1(),
  sha224: () => new Sha256(224),
  sha256: () => new Sha256(256),
  sha384: () => new Sha512(384),
  sha512: () => new Sha512(512),
  sha3_224: () => sha3(224),
  sha3_256: () => sha3(256),
  sha3_384: () => sha3(384),
  sha3_512: () => sha3(512),
  shake_128: () => shake(128),
  shake_256: () => shake(256),
};

/** OpenSSL accepts upper-case and dashed spellings (`SHA256`, `sha3-256`). */
function makerFor(name: string): (() => Digest) | null {
  const k = name.toLowerCase().replace(/^(sha3|shake)-/, '$1_');
  return Object.prototype.hasOwnProperty.call(MAKERS, k) ? MAKERS[k]! : null;
}

let hashType: PyType | null = null;
let hashXofType: PyType | null = null;

function opensslTypes(): [PyType, PyType] {
  if (!hashType) {
    hashType = makeHashType({ module: '_hashlib', name: 'HASH', basicsize: 32, opensslRepr: true });
    hashXofType = makeHashType({ module: '_hashlib', name: 'HASHXOF', basicsize: 32, opensslRepr: true, base: hashType });
  }
  return [hashType, hashXofType!];
}

function newOpenssl(d: Digest, data: PyObject | undefined): PyObject {
  const [h, x] = opensslTypes();
  const o = new PyHash(d.digestSize === 0 ? x : h, d);
  if (data !== undefined && data !== None) {
    try { d.update(bufferArg(data)); } catch (e) { decref(o); throw e; }
  }
  return o;
}

// ---- HMAC / PBKDF2 over a Digest factory ----

function hmac(make: () => Digest, key: Uint8Array, msg: Uint8Array): Uint8Array {
  const probe = make();
  const bs = probe.blockSize;
  let k = key.length > bs ? (probe.update(key), probe.digest()) : key;
  const kb = new Uint8Array(bs);
  kb.set(k);
  k = kb;
  const inner = make();
  const outer = make();
  const ipad = new Uint8Array(bs), opad = new Uint8Array(bs);
  for (let i = 0; i < bs; i++) { ipad[i] = k[i]! ^ 0x36; opad[i] = k[i]! ^ 0x5c; }
  inner.update(ipad);
  inner.update(msg);
  outer.update(opad);
  outer.update(inner.digest());
  return outer.digest();
}

function pbkdf2(make: () => Digest, password: Uint8Array, salt: Uint8Array, iterations: number, dklen: number): Uint8Array {
  const out = new Uint8Array(dklen);
  const block = new Uint8Array(salt.length + 4);
  block.set(salt);
  for (let idx = 1, off = 0; off < dklen; idx++) {
    block[salt.length] = idx >>> 24; block[salt.length + 1] = (idx >>> 16) & 255;
    block[salt.length + 2] = (idx >>> 8) & 255; block[salt.length + 3] = idx & 255;
    let u = hmac(make, password, block);
    const t = u.slice();
    for (let i = 1; i < iterations; i++) {
      u = hmac(make, password, u);
      for (let j = 0; j < t.length; j++) t[j] ^= u[j]!;
    }
    const n = Math.min(t.length, dklen - off);
    out.set(t.subarray(0, n), off);
    off += n;
  }
  return out;
}

/** `_hashlib`: a little Python for the exception class, then the native functions. */
const HASHLIB_SRC = `
class UnsupportedDigestmodError(ValueError):
    __module__ = '_hashlib'
`;

const OPENSSL_NAMES = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256'];

export function makeHashlibModule(vm: VM): PyObject {
  const m = pySourceModule('_hashlib', HASHLIB_SRC, 'OpenSSL interface for hashlib module')(vm) as PyModule;
  const d = m.dict as PyDict;
  const [h, x] = opensslTypes();
  d.setStr('HASH', h);
  d.setStr('HASHXOF', x);
  const unsupported = (): never => {
    const cls = d.getStr('UnsupportedDigestmodError')!;
    throw A.call(cls, [newStr('[digital envelope routines] unsupported')]);
  };
  const digestByName = (o: PyObject): (() => Digest) => {
    if (!(o instanceof PyStr)) {
      // A constructor (openssl_sha256 or a callable returning a hash object).
      const name = ctorNames.get(o);
      if (name) return MAKERS[name]!;
      unsupported();
    }
    const mk = makerFor((o as PyStr).s);
    if (!mk || mk().digestSize === 0) unsupported();
    return mk!;
  };
  const ctorNames = new Map<PyObject, string>();
  const ctors = newDict();
  const F: Record<string, NativeFn> = {
    new: (_s, args, kw) => {
      const a = bind('new', args, kw, ['name', 'string'], 0, ['usedforsecurity', 'data'], 1);
      const nameO = a.get('name')!;
      if (!(nameO instanceof PyStr)) raise(PyExc.TypeError, `new() argument 'name' must be str, not ${nameO.type.name}`);
      const mk = makerFor(nameO.s);
      if (!mk) unsupported();
      return newOpenssl(mk!(), a.get('string') ?? a.get('data'));
    },
    get_fips_mode: () => newInt(0),
    compare_digest: (_s, args, kw) => {
      const a = bind('compare_digest', args, kw, ['a', 'b'], 2, [], 2);
      const p = a.get('a')!, q = a.get('b')!;
      if (p instanceof PyStr && q instanceof PyStr) {
        if (/[^\x00-\x7f]/.test(p.s) || /[^\x00-\x7f]/.test(q.s)) raise(PyExc.TypeError, 'comparing strings with non-ASCII characters is not supported');
        return boolObj(p.s === q.s);
      }
      const isBuf = (o: PyObject) => o instanceof PyBytes || o instanceof PyMemoryView;
      if (!isBuf(p) || !isBuf(q)) raise(PyExc.TypeError, `unsupported operand types(s) or combination of types: '${p.type.name}' and '${q.type.name}'`);
      const u = bufferArg(p), v = bufferArg(q);
      let diff = u.length ^ v.length;
      for (let i = 0; i < Math.min(u.length, v.length); i++) diff |= u[i]! ^ v[i]!;
      return boolObj(diff === 0);
    },
    pbkdf2_hmac: (_s, args, kw) => {
      const a = bind('pbkdf2_hmac', args, kw, ['hash_name', 'password', 'salt', 'iterations', 'dklen'], 0, [], 4);
      const nameO = a.get('hash_name')!;
      if (!(nameO instanceof PyStr)) raise(PyExc.TypeError, `pbkdf2_hmac() argument 'hash_name' must be str, not ${nameO.type.name}`);
      const mk = makerFor(nameO.s);
      if (!mk || mk().digestSize === 0) unsupported();
      const pw = bufferArg(a.get('password')!), salt = bufferArg(a.get('salt')!);
      const iters = intArg(a.get('iterations')!);
      if (iters < 1) raise(PyExc.ValueError, 'iteration value must be greater than 0.');
      const dk = a.get('dklen');
      const dklen = dk === undefined || dk === None ? mk!().digestSize : intArg(dk);
      if (dklen < 1) raise(PyExc.ValueError, 'key length must be greater than 0.');
      return newBytes(pbkdf2(mk!, pw, salt, iters, dklen));
    },
    hmac_new: (_s, args, kw) => {
      const a = bind('hmac_new', args, kw, ['key', 'msg', 'digestmod'], 0, [], 1);
      const dm = a.get('digestmod');
      if (dm === undefined || dm === None) raise(PyExc.TypeError, "Missing required parameter 'digestmod'.");
      void digestByName;
      return unsupported();
    },
    hmac_digest: () => unsupported(),
  };
  for (const name in F) { const fn = newBuiltin(name, F[name]!, m); d.setStr(name, fn); decref(fn); }
  for (const name of OPENSSL_NAMES) {
    const fname = `openssl_${name}`;
    const fn = newBuiltin(fname, (_s, args, kw) => {
      const a = bind(fname, args, kw, ['string'], 0, ['usedforsecurity']);
      return newOpenssl(MAKERS[name]!(), a.get('string'));
    }, m);
    ctorNames.set(fn, name);
    d.setStr(fname, fn);
    const nm = newStr(name);
    A.setItem(ctors, fn, nm);
    decref(nm);
    decref(fn);
  }
  d.setStr('_constructors', ctors);
  decref(ctors);
  const names = frozensetSteal(OPENSSL_NAMES.concat(['blake2b', 'blake2s']).map((s) => newStr(s)));
  d.setStr('openssl_md_meth_names', names);
  decref(names);
  return m;
}

// ---- _sha2, _md5, _sha1: constructor functions returning per-algorithm types ----

function builtinHashModule(name: string, types: [string, string, () => Digest, number][]): PyModule {
  const m = newModule(name);
  const d = m.dict as PyDict;
  for (const [fname, tname, mk, size] of types) {
    let t = typeCache.get(`${name}.${tname}`);
    if (!t) {
      t = makeHashType({ module: name, name: tname, basicsize: size, opensslRepr: false, gc: true });
      typeCache.set(`${name}.${tname}`, t);
    }
    const tt = t;
    const fn = newBuiltin(fname, (_s, args, kw) => {
      const a = bind(fname, args, kw, ['string'], 0, ['usedforsecurity']);
      const o = new PyHash(tt, mk());
      gcTrack(o);
      const data = a.get('string');
      if (data !== undefined && data !== None) {
        try { o.d.update(bufferArg(data)); } catch (e) { decref(o); throw e; }
      }
      return o;
    }, m);
    d.setStr(fname, fn);
    decref(fn);
    d.setStr(tname, t);
  }
  return m;
}
const typeCache = new Map<string, PyType>();

export function makeSha2Module(): PyModule {
  return builtinHashModule('_sha2', [
    ['sha224', 'SHA224Type', () => new Sha256(224), 40],
    ['sha256', 'SHA256Type', () => new Sha256(256), 40],
    ['sha384', 'SHA384Type', () => new Sha512(384), 40],
    ['sha512', 'SHA512Type', () => new Sha512(512), 40],
  ]);
}

export function makeMd5Module(): PyModule {
  return builtinHashModule('_md5', [['md5', 'md5', () => new Md5(), 32]]);
}

export function makeSha1Module(): PyModule {
  return builtinHashModule('_sha1', [['sha1', 'sha1', () => new Sha1(), 32]]);
}

// ---- _blake2 ----

let blake2bType: PyType | null = null;
let blake2sType: PyType | null = null;

const BLAKE2_KW = ['digest_size', 'key', 'salt', 'person', 'fanout', 'depth', 'leaf_size', 'node_offset', 'node_depth', 'inner_size', 'last_node', 'usedforsecurity'];

function blake2New(t: PyType, args: PyObject[], kw: readonly string[] | null): PyObject {
  const wide = t === blake2bType;
  const fname = wide ? 'blake2b' : 'blake2s';
  const a = bind(fname, args, kw, ['data'], 1, BLAKE2_KW);
  const max = wide ? 64 : 32;
  const saltMax = wide ? 16 : 8;
  const num = (k: string, dflt: number) => { const o = a.get(k); return o === undefined ? dflt : intArg(o); };
  const buf = (k: string) => { const o = a.get(k); return o === undefined ? new Uint8Array(0) : bufferArg(o); };
  const p: Blake2Params = {
    digestSize: num('digest_size', max), key: buf('key'), salt: buf('salt'), person: buf('person'),
    fanout: num('fanout', 1), depth: num('depth', 1), leafSize: 0, nodeOffset: 0n,
    nodeDepth: num('node_depth', 0), innerSize: num('inner_size', 0),
    lastNode: a.has('last_node') ? A.isTrue(a.get('last_node')!) : false,
  };
  if (p.digestSize < 1 || p.digestSize > max) raise(PyExc.ValueError, `digest_size must be between 1 and ${max} bytes`);
  if (p.key.length > max) raise(PyExc.ValueError, `maximum key length is ${max} bytes`);
  if (p.salt.length > saltMax) raise(PyExc.ValueError, `maximum salt length is ${saltMax} bytes`);
  if (p.person.length > saltMax) raise(PyExc.ValueError, `maximum person length is ${saltMax} bytes`);
  if (p.fanout < 0 || p.fanout > 255) raise(PyExc.ValueError, 'fanout must be between 0 and 255');
  if (p.depth <= 0 || p.depth > 255) raise(PyExc.ValueError, 'depth must be between 1 and 255');
  const ls = a.get('leaf_size');
  if (ls !== undefined) {
    const v = intArg(ls);
    if (v < 0 || v > 0xffffffff) raise(PyExc.OverflowError, 'leaf_size is too large');
    p.leafSize = v;
  }
  const no = a.get('node_offset');
  if (no !== undefined) {
    const v = A.index(no);
    const bv = BigInt(v.v);
    decref(v);
    if (bv < 0n || (!wide && bv >= 1n << 48n)) raise(PyExc.OverflowError, 'node_offset is too large');
    p.nodeOffset = bv;
  }
  if (p.nodeDepth < 0 || p.nodeDepth > 255) raise(PyExc.ValueError, 'node_depth must be between 0 and 255');
  if (p.innerSize < 0 || p.innerSize > max) raise(PyExc.ValueError, `inner_size must be between 0 and is ${max}`);
  const o = new PyHash(t, new Blake2(wide, p));
  const data = a.get('data');
  if (data !== undefined && data !== None) {
    try { o.d.update(bufferArg(data)); } catch (e) { decref(o); throw e; }
  }
  return o;
}

export function makeBlake2Module(): PyModule {
  if (!blake2bType) {
    blake2bType = makeHashType({ module: '_blake2', name: 'blake2b', basicsize: 448, opensslRepr: false });
    blake2sType = makeHashType({ module: '_blake2', name: 'blake2s', basicsize: 240, opensslRepr: false });
    for (const [t, w] of [[blake2bType, true], [blake2sType, false]] as [PyType, boolean][]) {
      t.slots.new = blake2New;
      t.ownSlots.new = blake2New;
      const sizes: [string, number][] = [['SALT_SIZE', w ? 16 : 8], ['PERSON_SIZE', w ? 16 : 8], ['MAX_KEY_SIZE', w ? 64 : 32], ['MAX_DIGEST_SIZE', w ? 64 : 32]];
      for (const [k, v] of sizes) { const n = newInt(v); t.tdict.setStr(k, n); decref(n); }
    }
  }
  const m = newModule('_blake2', newStr('_blake2b provides BLAKE2b for hashlib\n'));
  const d = m.dict as PyDict;
  d.setStr('blake2b', blake2bType);
  d.setStr('blake2s', blake2sType!);
  for (const [k, v] of [['BLAKE2B_SALT_SIZE', 16], ['BLAKE2B_PERSON_SIZE', 16], ['BLAKE2B_MAX_KEY_SIZE', 64], ['BLAKE2B_MAX_DIGEST_SIZE', 64],
    ['BLAKE2S_SALT_SIZE', 8], ['BLAKE2S_PERSON_SIZE', 8], ['BLAKE2S_MAX_KEY_SIZE', 32], ['BLAKE2S_MAX_DIGEST_SIZE', 32]] as [string, number][]) {
    const n = newInt(v);
    d.setStr(k, n);
    decref(n);
  }
  void PyInt;
  return m;
}
