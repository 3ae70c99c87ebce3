/**
 * `_struct` (behind Lib/struct.py): format strings with byte order / size / alignment prefixes
 * (`@` native with C alignment, `=`, `<`, `>`, `!` standard sizes, no padding), every format
 * code of CPython 3.12 (x c b B ? h H i I l L q Q n N e f d s p P), Struct objects, pack /
 * unpack / pack_into / unpack_from / iter_unpack / calcsize, and struct.error with CPython's
 * messages. Values go through a DataView (IEEE binary16 is rounded here, half to even).
 */
import { PyObject, makeImmortal } from '../objects/object';
import type { VM } from '../runtime/vm';
import type { PyModule } from '../objects/module';
import { PyDict, newDict } from '../objects/dict';
import { PyStr, newStr } from '../objects/str';
import { PyInt, newInt, intFrom, boolObj } from '../objects/int';
import { PyFloat, newFloat } from '../objects/float';
import { PyBytes, PyByteArray, PyMemoryView, newBytes } from '../objects/bytes';
import { tupleSteal } from '../objects/tuple';
import { None } from '../objects/singletons';
import { newBuiltin, defMethods, type NativeFn } from '../objects/builtin_function';
import { defGetSet } from '../objects/descriptors';
import { makeStaticType, objectType, inheritSlots, PyType } from '../objects/type';
import { raise, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import * as A from '../runtime/abstract';
import { pySourceModule } from './pysource';

interface Item { code: string; count: number; size: number; offset: number }
interface Layout { items: Item[]; size: number; little: boolean; native: boolean; nvalues: number }

const NATIVE_SIZE: Record<string, number> = { x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, e: 2, f: 4, d: 8, s: 1, p: 1, P: 8 };
const STD_SIZE: Record<string, number> = { x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, e: 2, f: 4, d: 8, s: 1, p: 1 };

let errorClass: PyObject | null = null;

function structError(msg: string): never {
  throw A.call(errorClass!, [newStr(msg)]);
}

const layouts = new Map<string, Layout>();

function parse(fmt: string): Layout {
  const hit = layouts.get(fmt);
  if (hit) return hit;
  let i = 0;
  let little = true;
  let native = true;
  const c0 = fmt[0];
  if (c0 === '@' || c0 === '=' || c0 === '<' || c0 === '>' || c0 === '!') {
    i = 1;
    native = c0 === '@';
    little = c0 === '<' || c0 === '@' || c0 === '=';
  }
  const table = native ? NATIVE_SIZE : STD_SIZE;
  const items: Item[] = [];
  let size = 0;
  let nvalues = 0;
  while (i < fmt.length) {
    let c = fmt[i]!;
    if (/\s/.test(c)) { i++; continue; }
    let count = 1;
    if (c >= '0' && c <= '9') {
      let j = i;
      while (j < fmt.length && fmt[j]! >= '0' && fmt[j]! <= '9') j++;
      count = Number(fmt.slice(i, j));
      if (j >= fmt.length) structError('repeat count given without format specifier');
      i = j;
      c = fmt[i]!;
    }
    const sz = table[c];
    if (sz === undefined) structError('bad char in struct format');
    if (native && c !== 's' && c !== 'p' && c !== 'x' && c !== 'c' && c !== 'b' && c !== 'B' && c !== '?') {
      // C alignment: each item starts at a multiple of its own size.
      size = Math.ceil(size / sz) * sz;
    }
    items.push({ code: c, count, size: sz, offset: size });
    size += c === 's' || c === 'p' ? count : sz * count;
    nvalues += c === 'x' ? 0 : c === 's' || c === 'p' ? 1 : count;
    i++;
  }
  const l: Layout = { items, size, little, native, nvalues };
  layouts.set(fmt, l);
  return l;
}

function bufferOf(o: PyObject): Uint8Array {
  if (o instanceof PyBytes) return o.bytes;
  if (o instanceof PyMemoryView && o.obj instanceof PyBytes) return o.obj.bytes;
  raise(PyExc.TypeError, `a bytes-like object is required, not '${o.type.name}'`);
}

function intArg(o: PyObject): bigint {
  if (o instanceof PyInt) return BigInt(o.v);
  if (!o.type.slots.index || o instanceof PyFloat) structError('required argument is not an integer');
  const i = A.index(o);
  const v = BigInt(i.v);
  decref(i);
  return v;
}

function range(code: string, size: number, native: boolean): [bigint, bigint] {
  const unsigned = code === code.toUpperCase() && code !== '?';
  void native;
  const bits = BigInt(size * 8);
  return unsigned ? [0n, (1n << bits) - 1n] : [-(1n << (bits - 1n)), (1n << (bits - 1n)) - 1n];
}

/** IEEE binary16 bits of x (round half to even); null when too large. */
function toHalf(x: number): number | null {
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  const a = Math.abs(x);
  if (Number.isNaN(x)) return 0x7e00;
  if (a === Infinity) return sign | 0x7c00;
  if (a === 0) return sign;
  let e = Math.floor(Math.log2(a));
  if (Math.pow(2, e) > a) e--;
  if (Math.pow(2, e + 1) <= a) e++;
  if (e < -14) {
    // Subnormal: multiples of 2**-24.
    const m = roundEven(a * Math.pow(2, 24));
    return sign | m;
  }
  let m = roundEven((a / Math.pow(2, e) - 1) * 1024);
  if (m === 1024) { m = 0; e++; }
  if (e > 15) return null;
  return sign | ((e + 15) << 10) | m;
}

function roundEven(v: number): number {
  const f = Math.floor(v);
  const d = v - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

function fromHalf(h: number): number {
  const s = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 31;
  const m = h & 1023;
  if (e === 0) return s * m * Math.pow(2, -24);
  if (e === 31) return m ? NaN : s * Infinity;
  return s * (1 + m / 1024) * Math.pow(2, e - 15);
}

function packInto(l: Layout, args: readonly PyObject[], out: Uint8Array, base: number): void {
  if (args.length !== l.nvalues) structError(`pack expected ${l.nvalues} items for packing (got ${args.length})`);
  const dv = new DataView(out.buffer, out.byteOffset, out.byteLength);
  let ai = 0;
  for (const it of l.items) {
    let off = base + it.offset;
    const c = it.code;
    if (c === 'x') continue;
    if (c === 's' || c === 'p') {
      const v = args[ai++]!;
      if (!(v instanceof PyBytes)) structError(`argument for '${c}' must be a bytes object`);
      const b = v.bytes;
      if (c === 's') out.set(b.subarray(0, it.count), off);
      else if (it.count > 0) {
        const n = Math.min(b.length, it.count - 1, 255);
        out[off] = n;
        out.set(b.subarray(0, n), off + 1);
      }
      continue;
    }
    for (let k = 0; k < it.count; k++, off += it.size) {
      const v = args[ai++]!;
      if (c === 'c') {
        if (!(v instanceof PyBytes) || v.bytes.length !== 1) structError('char format requires a bytes object of length 1');
        out[off] = v.bytes[0]!;
      } else if (c === '?') {
        out[off] = A.isTrue(v) ? 1 : 0;
      } else if (c === 'e' || c === 'f' || c === 'd') {
        const x = floatArg(v);
        if (c === 'd') dv.setFloat64(off, x, l.little);
        else if (c === 'f') {
          if (!l.native && Number.isFinite(x) && Math.abs(Math.fround(x)) === Infinity) raise(PyExc.OverflowError, 'float too large to pack with f format');
          dv.setFloat32(off, x, l.little);
        } else {
          const h = toHalf(x);
          if (h === null) raise(PyExc.OverflowError, 'float too large to pack with e format');
          dv.setUint16(off, h, l.little);
        }
      } else {
        let n = intArg(v);
        if (c === 'P') n = BigInt.asUintN(64, n);
        const [lo, hi] = range(c, it.size, l.native);
        if (n < lo || n > hi) structError(`'${c}' format requires ${lo} <= number <= ${hi}`);
        const u = BigInt.asUintN(it.size * 8, n);
        for (let b = 0; b < it.size; b++) {
          const byte = Number((u >> BigInt(8 * b)) & 255n);
          out[off + (l.little ? b : it.size - 1 - b)] = byte;
        }
      }
    }
  }
}

function floatArg(v: PyObject): number {
  if (v instanceof PyFloat) return v.v;
  if (v instanceof PyInt) return Number(v.v);
  const f = v.type.slots.float;
  if (!f) structError('required argument is not a float');
  const r = f(v) as PyFloat;
  const x = r.v;
  decref(r);
  return x;
}

function unpackFrom(l: Layout, buf: Uint8Array, base: number): PyObject {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const out: PyObject[] = [];
  for (const it of l.items) {
    let off = base + it.offset;
    const c = it.code;
    if (c === 'x') continue;
    if (c === 's') { out.push(newBytes(buf.slice(off, off + it.count))); continue; }
    if (c === 'p') {
      const n = it.count ? Math.min(buf[off]!, it.count - 1) : 0;
      out.push(newBytes(buf.slice(off + 1, off + 1 + n)));
      continue;
    }
    for (let k = 0; k < it.count; k++, off += it.size) {
      if (c === 'c') out.push(newBytes(buf.slice(off, off + 1)));
      else if (c === '?') out.push(boolObj(buf[off] !== 0));
      else if (c === 'd') out.push(newFloat(dv.getFloat64(off, l.little)));
      else if (c === 'f') out.push(newFloat(dv.getFloat32(off, l.little)));
      else if (c === 'e') out.push(newFloat(fromHalf(dv.getUint16(off, l.little))));
      else {
        let u = 0n;
        for (let b = 0; b < it.size; b++) u |= BigInt(buf[off + (l.little ? b : it.size - 1 - b)]!) << BigInt(8 * b);
        const signed = c === c.toLowerCase();
        out.push(intFrom(signed ? BigInt.asIntN(it.size * 8, u) : u));
      }
    }
  }
  return tupleSteal(out);
}

function fmtArg(o: PyObject): string {
  if (o instanceof PyStr) return o.s;
  if (o instanceof PyBytes) return new TextDecoder('latin1').decode(o.bytes);
  raise(PyExc.TypeError, `Struct() argument 1 must be a str or bytes object, not ${o.type.name}`);
}

function offsetArg(o: PyObject | undefined, size: number, total: number, what: 'unpack_from' | 'pack_into'): number {
  let off = o === undefined ? 0 : Number(intArg(o));
  if (off < 0) {
    if (off + total < 0) structError(`offset ${off} out of range for ${total}-byte buffer`);
    off += total;
  }
  if (total - off < size) {
    if (what === 'unpack_from') structError(`unpack_from requires a buffer of at least ${size + off} bytes for unpacking ${size} bytes at offset ${off} (actual buffer size is ${total})`);
    structError(`pack_into requires a buffer of at least ${size + off} bytes for packing ${size} bytes at offset ${off} (actual buffer size is ${total})`);
  }
  return off;
}

// ---- operations shared by the module functions and Struct methods ----

function opPack(l: Layout, vals: readonly PyObject[]): PyObject {
  const out = new Uint8Array(l.size);
  packInto(l, vals, out, 0);
  return newBytes(out);
}

function opUnpack(l: Layout, b: PyObject): PyObject {
  const buf = bufferOf(b);
  if (buf.length !== l.size) structError(`unpack requires a buffer of ${l.size} bytes`);
  return unpackFrom(l, buf, 0);
}

function opUnpackFrom(l: Layout, args: PyObject[], kw: readonly string[] | null): PyObject {
  const [b, o] = bufOffset(args, kw);
  const buf = bufferOf(b);
  return unpackFrom(l, buf, offsetArg(o, l.size, buf.length, 'unpack_from'));
}

function opPackInto(l: Layout, args: PyObject[]): PyObject {
  if (args.length < 2) raise(PyExc.TypeError, 'pack_into expected buffer argument');
  const target = args[0]!;
  if (!(target instanceof PyByteArray)) raise(PyExc.TypeError, `argument must be read-write bytes-like object, not ${target.type.name}`);
  const buf = target.bytes;
  const off = offsetArg(args[1], l.size, buf.length, 'pack_into');
  packInto(l, args.slice(2), buf, off);
  None.ob_refcnt++;
  return None;
}

function opIterUnpack(l: Layout, b: PyObject): PyObject {
  const buf = bufferOf(b);
  if (l.size === 0) structError('cannot iteratively unpack with a struct of length 0');
  if (buf.length % l.size !== 0) structError(`iterative unpacking requires a buffer of a multiple of ${l.size} bytes`);
  const items: PyObject[] = [];
  for (let off = 0; off < buf.length; off += l.size) items.push(unpackFrom(l, buf, off));
  const list = tupleSteal(items);
  try { return A.getIter(list); } finally { decref(list); }
}

function bufOffset(args: PyObject[], kw: readonly string[] | null): [PyObject, PyObject | undefined] {
  const nk = kw ? kw.length : 0;
  const np = args.length - nk;
  let b: PyObject | undefined = np > 0 ? args[0] : undefined;
  let o: PyObject | undefined = np > 1 ? args[1] : undefined;
  for (let j = 0; j < nk; j++) {
    if (kw![j] === 'buffer') b = args[np + j];
    else if (kw![j] === 'offset') o = args[np + j];
    else raise(PyExc.TypeError, `unpack_from() got an unexpected keyword argument '${kw![j]}'`);
  }
  if (!b) raise(PyExc.TypeError, "unpack_from() missing required argument 'buffer' (pos 1)");
  return [b, o];
}

// ---- Struct type ----

class PyStruct extends PyObject {
  constructor(t: PyType, readonly fmt: PyObject, readonly layout: Layout) { super(t); }
}

let structType: PyType | null = null;

function initStructType(): PyType {
  if (structType) return structType;
  const t = makeStaticType('Struct', objectType, {
    new: (tp, args, kw) => {
      const nk = kw ? kw.length : 0;
      const f = args.length - nk > 0 ? args[0]! : (kw && kw.indexOf('format') >= 0 ? args[args.length - nk + kw.indexOf('format')]! : null);
      if (!f) raise(PyExc.TypeError, "Struct() missing required argument 'format' (pos 1)");
      const s = fmtArg(f);
      const fo = newStr(s);
      const o = new PyStruct(tp, fo, parse(s));
      if (tp.isHeap()) tp.ob_refcnt++;
      return o;
    },
    init: () => {},
    dealloc: (o) => decref((o as PyStruct).fmt),
    sizeof: () => 64,
  }, { module: '_struct', basicsize: 64 });
  t.tdict = makeImmortal(newDict());
  inheritSlots(t);
  const L = (o: PyObject) => (o as PyStruct).layout;
  defMethods(t, {
    pack: (o, args) => opPack(L(o), args),
    unpack: (o, args) => { if (args.length !== 1) raise(PyExc.TypeError, `unpack() takes exactly one argument (${args.length} given)`); return opUnpack(L(o), args[0]!); },
    unpack_from: (o, args, kw) => opUnpackFrom(L(o), args, kw),
    pack_into: (o, args) => opPackInto(L(o), args),
    iter_unpack: (o, args) => opIterUnpack(L(o), args[0]!),
  });
  defGetSet(t, 'format', (o) => { const f = (o as PyStruct).fmt; f.ob_refcnt++; return f; });
  defGetSet(t, 'size', (o) => newInt(L(o).size));
  structType = t;
  return t;
}

const ERROR_SRC = `
class error(Exception):
    __module__ = 'struct'
`;

export function makeStructModule(vm: VM): PyObject {
  const m = pySourceModule('_struct', ERROR_SRC, 'Functions to convert between Python values and C structs.')(vm) as PyModule;
  const d = m.dict as PyDict;
  errorClass = d.getStr('error');
  const t = initStructType();
  d.setStr('Struct', t);
  const layoutOf = (o: PyObject | undefined): Layout => {
    if (!o) raise(PyExc.TypeError, 'function missing required argument');
    return parse(fmtArg(o));
  };
  const F: Record<string, NativeFn> = {
    pack: (_s, args) => opPack(layoutOf(args[0]), args.slice(1)),
    unpack: (_s, args) => { if (args.length !== 2) raise(PyExc.TypeError, `unpack expected 2 arguments, got ${args.length}`); return opUnpack(layoutOf(args[0]), args[1]!); },
    unpack_from: (_s, args, kw) => opUnpackFrom(layoutOf(args[0]), args.slice(1), kw),
    pack_into: (_s, args) => opPackInto(layoutOf(args[0]), args.slice(1)),
    iter_unpack: (_s, args) => { if (args.length !== 2) raise(PyExc.TypeError, `iter_unpack expected 2 arguments, got ${args.length}`); return opIterUnpack(layoutOf(args[0]), args[1]!); },
    calcsize: (_s, args) => { if (args.length !== 1) raise(PyExc.TypeError, `calcsize() takes exactly one argument (${args.length} given)`); return newInt(layoutOf(args[0]).size); },
    _clearcache: () => { layouts.clear(); None.ob_refcnt++; return None; },
  };
  for (const name in F) { const fn = newBuiltin(name, F[name]!, m); d.setStr(name, fn); decref(fn); }
  return m;
}
