/**
 * memoryview (Objects/memoryobject.c, the one-dimensional byte-format subset): a view of part of
 * a bytes or bytearray buffer, sharing its memory.
 *
 * Invariants:
 * - `obj` is the exporter (bytes or bytearray) and owned; null once released. Items are
 *   `obj.bytes[start + i * step]` for i < len, read through `obj.bytes` at every access because
 *   a bytearray replaces its buffer when it changes (it cannot change size while exported:
 *   `exports` counts live views of a bytearray).
 * - Formats are the one-byte ones: 'B' (unsigned), 'b' (signed), 'c' (bytes of length 1);
 *   itemsize is 1, ndim 1.
 */
import { pyIdHex } from '../runtime/address';
import { PyObject } from './object';
import { makeStaticType, objectType, PyType, RefKindCode, TF_HAVE_GC } from './type';
import { PyStr, newStr } from './str';
import { PyInt, newInt, boolObj, smallInt, intFrom } from './int';
import { PySlice, sliceIndices } from './slice';
import { tupleSteal } from './tuple';
import { listSteal } from './list';
import { NotImplemented, None } from './singletons';
import { defMethods } from './builtin_function';
import { defGetSet } from './descriptors';
import { raise, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import { gcTrack } from '../runtime/gc';
import * as A from '../runtime/abstract';
import { bindArgs } from '../runtime/args';
import { exactHashers, hashExact } from './hash_exact';
import { PyBytes, PyByteArray, newBytes, hexWithSep } from './bytes';

export class PyMemoryView extends PyObject {
  released = false;
  start = 0;
  step = 1;
  len = 0;
  readonly = true;
  fmt = 'B';
  /** Bytes per item: 1, or the width of a native integer format a view was cast to. */
  size = 1;
  constructor(type: PyType, public obj: PyObject | null) { super(type); }
}
export let memoryviewType: PyType;

const RELEASED = 'operation forbidden on released memoryview object';

function live(o: PyObject): PyMemoryView {
  const m = o as PyMemoryView;
  if (m.released || !m.obj) raise(PyExc.ValueError, RELEASED);
  return m;
}

/** The viewed bytes, contiguous (a subarray when step is 1, else a copy). */
export function mvData(o: PyObject): Uint8Array {
  const m = live(o);
  const b = (m.obj as PyBytes).bytes;
  if (m.step === 1) return b.subarray(m.start, m.start + m.len);
  if (m.size > 1 && m.step === m.size) return b.subarray(m.start, m.start + m.len * m.size);
  const out = new Uint8Array(m.len);
  for (let i = 0, j = m.start; i < m.len; i++, j += m.step) out[i] = b[j]!;
  return out;
}

/** A new view of `obj` (bytes/bytearray) over [start, start + len*step). Steals nothing. */
function newView(obj: PyBytes, start: number, step: number, len: number, fmt: string, readonly: boolean): PyMemoryView {
  obj.ob_refcnt++;
  const m = new PyMemoryView(memoryviewType, obj);
  m.start = start; m.step = step; m.len = len; m.fmt = fmt;
  m.readonly = readonly;
  if (obj instanceof PyByteArray) obj.exports++;
  gcTrack(m);
  return m;
}

function release(m: PyMemoryView): void {
  m.released = true;
  const x = m.obj;
  m.obj = null;
  if (x instanceof PyByteArray) x.exports--;
  if (x) decref(x);
}

function itemObj(m: PyMemoryView, v: number): PyObject {
  if (m.fmt === 'b') return newInt(v > 127 ? v - 256 : v);
  if (m.fmt === 'c') return newBytes(Uint8Array.of(v));
  return smallInt(v);
}

/** The byte a value stores as under the view's format (struct packing rules). */
function packItem(m: PyMemoryView, v: PyObject): number {
  if (m.fmt === 'c') {
    if (!(v instanceof PyBytes) || v.bytes.length !== 1) raise(PyExc.ValueError, "memoryview: invalid value for format 'c'");
    return v.bytes[0]!;
  }
  if (!(v instanceof PyInt)) raise(PyExc.TypeError, `memoryview: invalid type for format '${m.fmt}'`);
  const n = Number(v.v);
  const [lo, hi] = m.fmt === 'b' ? [-128, 127] : [0, 255];
  if (n < lo || n > hi) raise(PyExc.ValueError, `memoryview: invalid value for format '${m.fmt}'`);
  return n & 0xff;
}

function index(m: PyMemoryView, k: PyObject): number {
  if (!(k instanceof PyInt) && !k.type.slots.index) raise(PyExc.TypeError, 'memoryview: invalid slice key');
  let i = A.asSize(k);
  if (i < 0) i += m.len;
  if (i < 0 || i >= m.len) raise(PyExc.IndexError, 'index out of bounds on dimension 1');
  return m.start + i * m.step;
}

/** Bytes of a buffer argument (bytes, bytearray, memoryview), or null. */
export function bufferData(o: PyObject): Uint8Array | null {
  if (o instanceof PyBytes) return o.bytes;
  if (o instanceof PyMemoryView) return mvData(o);
  return null;
}

function mvHashable(o: PyObject): PyBytes {
  const m = live(o);
  if (!m.readonly) raise(PyExc.ValueError, 'cannot hash writable memoryview object');
  return newBytes(mvData(o).slice());
}

function mvHash(o: PyObject): number {
  const t = mvHashable(o);
  try { return A.hashOf(t); } finally { decref(t); }
}

const FORMATS = new Set(['B', 'b', 'c']);
/** Native integer formats wider than a byte that cast() accepts (little-endian, read-only
 * items): re's compiler casts its charset bitmaps to 'I'. */
const WIDE: Record<string, number> = { H: 2, h: 2, I: 4, i: 4, L: 8, l: 8, Q: 8, q: 8, N: 8, n: 8 };

/** Item `i` (byte offset `at`) of a view cast to a wide integer format. */
function wideItem(m: PyMemoryView, at: number): PyObject {
  const b = (m.obj as PyBytes).bytes;
  const dv = new DataView(b.buffer, b.byteOffset + at, m.size);
  const signed = m.fmt === m.fmt.toLowerCase();
  if (m.size === 2) return newInt(signed ? dv.getInt16(0, true) : dv.getUint16(0, true));
  if (m.size === 4) return newInt(signed ? dv.getInt32(0, true) : dv.getUint32(0, true));
  const v = signed ? dv.getBigInt64(0, true) : dv.getBigUint64(0, true);
  return intFrom(v);
}

export function initMemoryviewType(): void {
  memoryviewType = makeStaticType('memoryview', objectType, {
    new: (_t, args, kw) => {
      const [o] = bindArgs('memoryview', args, kw, ['object'], 1);
      if (o instanceof PyMemoryView) {
        const m = live(o);
        return newView(m.obj as PyBytes, m.start, m.step, m.len, m.fmt, m.readonly);
      }
      if (!(o instanceof PyBytes)) raise(PyExc.TypeError, `memoryview: a bytes-like object is required, not '${o!.type.name}'`);
      return newView(o, 0, 1, o.bytes.length, 'B', !(o instanceof PyByteArray));
    },
    repr: (o) => newStr(`<${(o as PyMemoryView).released ? 'released ' : ''}memory at 0x${pyIdHex(o).padStart(12, '0')}>`),
    len: (o) => live(o).len,
    getitem: (o, k) => {
      const m = live(o);
      if (k instanceof PySlice) {
        const [start, , step, n] = sliceIndices(k, m.len);
        return newView(m.obj as PyBytes, m.start + start * m.step, m.step * step, n, m.fmt, m.readonly);
      }
      if (m.size > 1) return wideItem(m, index(m, k));
      return itemObj(m, (m.obj as PyBytes).bytes[index(m, k)]!);
    },
    setitem: (o, k, v) => {
      const m = live(o);
      if (m.readonly) raise(PyExc.TypeError, 'cannot modify read-only memory');
      if (m.size > 1) raise(PyExc.NotImplementedError, `memoryview: assignment to format '${m.fmt}' is not supported here`);
      if (v === null) raise(PyExc.TypeError, 'cannot delete memory');
      const buf = (m.obj as PyBytes).bytes;
      if (k instanceof PySlice) {
        const [start, , step, n] = sliceIndices(k, m.len);
        const src = bufferData(v);
        if (src === null) raise(PyExc.TypeError, `a bytes-like object is required, not '${v.type.name}'`);
        if (src.length !== n) raise(PyExc.ValueError, 'memoryview assignment: lvalue and rvalue have different structures');
        const copy = src.slice();
        for (let i = 0, j = m.start + start * m.step; i < n; i++, j += step * m.step) buf[j] = copy[i]!;
        return;
      }
      const i = index(m, k);
      buf[i] = packItem(m, v);
    },
    richcompare: (a, b, op) => {
      if (op !== 2 && op !== 3) { NotImplemented.ob_refcnt++; return NotImplemented; }
      const ma = a as PyMemoryView;
      // A released view equals only itself.
      if (ma.released || (b instanceof PyMemoryView && b.released)) return boolObj((a === b) === (op === 2));
      const y = bufferData(b);
      if (y === null) { NotImplemented.ob_refcnt++; return NotImplemented; }
      const x = mvData(a);
      let eq = x.length === y.length;
      for (let i = 0; eq && i < x.length; i++) if (x[i] !== y[i]) eq = false;
      return boolObj(op === 2 ? eq : !eq);
    },
    traverse: (o, visit) => { const m = o as PyMemoryView; if (m.obj) visit(m.obj, RefKindCode.Internal, 'obj'); },
    dealloc: (o) => release(o as PyMemoryView),
    clear: (o) => release(o as PyMemoryView),
    sizeof: () => 184,
    hash: mvHash,
  }, { noSubclass: true, flags: TF_HAVE_GC });
  exactHashers.set(mvHash, (o) => { const t = mvHashable(o); try { return hashExact(t); } finally { decref(t); } });
}

export function initMemoryviewMethods(): void {
  const M = (o: PyObject) => o as PyMemoryView;
  const none = () => { None.ob_refcnt++; return None; };
  defMethods(memoryviewType, {
    tobytes: (self, args, kw) => {
      bindArgs('tobytes', args, kw, ['order'], 0);
      return newBytes(mvData(self).slice());
    },
    tolist: (self) => {
      const m = live(self);
      if (m.size > 1) {
        const out: PyObject[] = [];
        for (let i = 0; i < m.len; i++) out.push(wideItem(m, m.start + i * m.step));
        return listSteal(out);
      }
      return listSteal(Array.from(mvData(self), (c) => itemObj(m, c)));
    },
    hex: (self, args, kw) => {
      const [sep, per] = bindArgs('hex', args, kw, ['sep', 'bytes_per_sep'], 0);
      return newStr(hexWithSep(mvData(self), sep, per));
    },
    release: (self) => { release(M(self)); return none(); },
    __enter__: (self) => { live(self); self.ob_refcnt++; return self; },
    __exit__: (self) => { release(M(self)); return none(); },
    toreadonly: (self) => {
      const m = live(self);
      return newView(m.obj as PyBytes, m.start, m.step, m.len, m.fmt, true);
    },
    cast: (self, args, kw) => {
      const [f, shape] = bindArgs('cast', args, kw, ['format', 'shape'], 1);
      const m = live(self);
      if (!(f instanceof PyStr)) raise(PyExc.TypeError, `cast() argument 'format' must be str, not ${f!.type.name}`);
      if (m.step !== 1) raise(PyExc.TypeError, 'memoryview: casts are restricted to C-contiguous views');
      const wide = WIDE[f.s.replace(/^@/, '')];
      if (wide !== undefined && m.size === 1 && (!shape || shape === None)) {
        if (m.len % wide !== 0) raise(PyExc.TypeError, 'memoryview: length is not a multiple of itemsize');
        const v = newView(m.obj as PyBytes, m.start, wide, m.len / wide, f.s.replace(/^@/, ''), m.readonly);
        v.size = wide;
        return v;
      }
      if (!FORMATS.has(f.s)) raise(PyExc.ValueError, "memoryview: destination format must be a native single character format prefixed with an optional '@'");
      if (shape && shape !== None) {
        const dims = A.toArray(shape);
        try {
          if (dims.length !== 1 || A.asSize(dims[0]!) !== m.len) raise(PyExc.TypeError, 'memoryview: product(shape) * itemsize != buffer size');
        } finally { for (const d of dims) decref(d); }
      }
      return newView(m.obj as PyBytes, m.start, 1, m.len, f.s, m.readonly);
    },
  });
  const getter = (name: string, f: (m: PyMemoryView) => PyObject) => defGetSet(memoryviewType, name, (o) => f(o as PyMemoryView));
  getter('obj', (m) => { live(m); m.obj!.ob_refcnt++; return m.obj!; });
  getter('nbytes', (m) => newInt(live(m).len * m.size));
  getter('readonly', (m) => boolObj(live(m).readonly));
  getter('itemsize', (m) => { live(m); return newInt(m.size); });
  getter('ndim', (m) => { live(m); return newInt(1); });
  getter('format', (m) => newStr(live(m).fmt));
  getter('shape', (m) => tupleSteal([newInt(live(m).len)]));
  getter('strides', (m) => tupleSteal([newInt(live(m).step)]));
  getter('suboffsets', (m) => { live(m); return tupleSteal([]); });
  getter('c_contiguous', (m) => boolObj(live(m).step === 1 || m.len <= 1));
  getter('f_contiguous', (m) => boolObj(live(m).step === 1 || m.len <= 1));
  getter('contiguous', (m) => boolObj(live(m).step === 1 || m.len <= 1));
}
