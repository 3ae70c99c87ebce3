/**
 * Runtime code objects: identity, refcount and runtime constants around the compiler's plain
 * CodeObject, plus the decoded tables the interpreter needs (exception table, positions).
 *
 * Invariants:
 * - `consts[i]` is an owned reference to co_consts[i] converted once (`loadConsts`). Equal
 *   constants of one compilation share one object (the compiler's constant cache) via `ConstCache`.
 *   Identifier-like strings are interned (immortal in 3.12).
 * - `localsPlus` = number of fast locals + cells + free variables; frames put the value stack
 *   right after them.
 */
import { PyObject } from './object';
import { makeStaticType, objectType, PyType, RefKindCode } from './type';
import type { CodeObject } from '../bytecode/code';
import type { Frame } from '../interp/frame';
import { CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL } from '../bytecode/code';
import type { ConstValue } from '../ast/constants';
import { PyStr, newStr, intern, allNameChars } from './str';
import { newIntBig, True, False } from './int';
import { newFloat } from './float';
import { None, Ellipsis } from './singletons';
import { tupleSteal } from './tuple';
import { decref } from '../runtime/refcount';
import { vmHooks } from '../runtime/hooks';
import { pyIdHex } from '../runtime/address';

export interface ExcEntry { start: number; end: number; target: number; depth: number; lasti: boolean }

export class PyCode extends PyObject {
  consts: PyObject[] = [];
  names: string[];
  nlocalsplus: number;
  /** Index in localsplus of every cell variable (MAKE_CELL targets) and free variable. */
  kinds: Uint8Array;
  exc: ExcEntry[];
  private pos: Int32Array | null = null;
  /** One finished frame of this code kept for reuse by the next call (VM.newPyFrame/popFrame). */
  freeFrame: Frame | null = null;
  /** LOAD_GLOBAL/LOAD_NAME cache, 3 slots per code unit at the unit after the opcode:
   *  [globals version, builtins version, entry index (>= 0 in globals, -1-i in builtins)].
   *  Version 0 is never a dict's, so a zeroed slot always misses. Allocated on first use. */
  gcache: Float64Array | null = null;
  /** LOAD_ATTR/STORE_ATTR caches (interp/attr_cache.ts): 4 int slots per code unit, indexed by
   *  the byte offset of the instruction's first cache unit times 2: [type version tag, kind,
   *  instance dict entry hint, unused]. Version 0 is never a type's, so a zeroed slot misses. */
  acache: Int32Array | null = null;
  /** Per code unit (same offset / 2): the descriptor a cached LOAD_ATTR/STORE_ATTR uses, borrowed
   *  (the type's dict holds it while the cached version tag is current). */
  aobj: (PyObject | null)[] | null = null;
  /** co_qualname as a str object, made by the first function of this code and shared by all
   * (CPython's functions hold new references to the code's co_qualname); owned. */
  qualnameStr: PyStr | null = null;
  /** intern(co_name), cached by the first function made from this code (interned strs are
   * immortal, so this is not an owned reference). */
  nameStr: PyStr | null = null;
  /** co_code as 16-bit code units (opcode | oparg << 8), so the eval loop fetches an instruction
   *  with one load; a copy made here, since co_code is never written. */
  readonly words: Uint16Array;
  constructor(type: PyType, readonly co: CodeObject) {
    super(type);
    this.words = codeWords(co.co_code);
    this.names = co.co_names.slice();
    this.nlocalsplus = co.co_localsplusnames.length;
    this.kinds = co.co_localspluskinds;
    this.exc = decodeExceptionTable(co.co_exceptiontable);
  }
  /** Positions per code unit: [line, endLine, col, endCol] (-1 = None). */
  positions(): Int32Array {
    if (!this.pos) this.pos = decodePositions(this.co);
    return this.pos;
  }
  lineAt(unit: number): number {
    const p = this.positions();
    return p[unit * 4]!;
  }
}

/** co_code as 16-bit units. A leaf of its own: V8 keeps the on-stack-replaced code of a long
 *  loop and re-enters it at later calls, and in the constructor the stores after this loop had
 *  no type feedback in that code, so every large code object deoptimized it (~130 times while
 *  importing a few stdlib modules). */
function codeWords(c: Uint8Array): Uint16Array {
  const w = new Uint16Array(c.length >> 1);
  for (let i = 0; i < w.length; i++) w[i] = c[2 * i]! | (c[2 * i + 1]! << 8);
  return w;
}

export let codeType: PyType;

/** Equal constants across the code objects of one compilation share an object. */
export type ConstCache = Map<string, PyObject>;

/** Top-level key; a str is unescaped here (hot path) but quoted inside tuples and frozensets,
 *  so no item's text can imitate an item separator. */
function constKey(c: ConstValue): string {
  return c.k === 'str' ? 's' + c.v : itemKey(c);
}

function itemKey(c: ConstValue): string {
  switch (c.k) {
    case 'int': return 'i' + c.v.toString();
    case 'float': return 'f' + (Object.is(c.v, -0) ? '-0' : String(c.v));
    case 'complex': return 'c' + (Object.is(c.re, -0) ? '-0' : c.re) + ',' + (Object.is(c.im, -0) ? '-0' : c.im);
    case 'str': return 's' + JSON.stringify(c.v);
    case 'bytes': return 'b' + Array.from(c.v).join(',');
    case 'tuple': return 't(' + c.v.map(itemKey).join('|') + ')';
    case 'frozenset': return 'z(' + c.v.map(itemKey).join('|') + ')';
    case 'bool': return c.v ? 'T' : 'F';
    default: return c.k;
  }
}

/** Converts one constant to a new reference, sharing through `cache`; `fresh` receives new mortal objects. */
export function constToObject(c: ConstValue, cache: ConstCache, fresh: PyObject[]): PyObject {
  switch (c.k) {
    case 'none': None.ob_refcnt++; return None;
    case 'ellipsis': Ellipsis.ob_refcnt++; return Ellipsis;
    case 'bool': { const b = c.v ? True : False; b.ob_refcnt++; return b; }
    case 'code': { const co = newCode(c.v, cache, fresh); return co; }
    default: break;
  }
  const key = constKey(c);
  const hit = cache.get(key);
  if (hit) { hit.ob_refcnt++; return hit; }
  let o: PyObject;
  switch (c.k) {
    case 'int': o = newIntBig(c.v); break;
    case 'float': o = newFloat(c.v); break;
    case 'str': o = allNameChars(c.v) ? intern(c.v) : newStr(c.v); break;
    case 'tuple': o = tupleSteal(c.v.map((x) => constToObject(x, cache, fresh))); break;
    case 'frozenset': o = vmHooks.frozensetFrom(c.v.map((x) => constToObject(x, cache, fresh))); break;
    case 'bytes': o = vmHooks.newBytes(c.v); break;
    case 'complex': o = vmHooks.newComplex(c.re, c.im); break;
  }
  if (o.ob_refcnt < 0x3fffffff) {
    cache.set(key, o);
    fresh.push(o);
  }
  return o;
}

/** New code object whose constants are converted through `cache`. */
export function newCode(co: CodeObject, cache: ConstCache = new Map(), fresh: PyObject[] = []): PyCode {
  const c = new PyCode(codeType, co);
  c.consts = co.co_consts.map((x) => constToObject(x, cache, fresh));
  return c;
}

export function decodeExceptionTable(t: Uint8Array): ExcEntry[] {
  const out: ExcEntry[] = [];
  let i = 0;
  const varint = (): number => {
    let b = t[i++]!;
    let v = b & 63;
    while (b & 64) { b = t[i++]!; v = (v << 6) | (b & 63); }
    return v;
  };
  while (i < t.length) {
    const start = varint();
    const size = varint();
    const target = varint();
    const dl = varint();
    out.push({ start, end: start + size, target, depth: dl >> 1, lasti: (dl & 1) === 1 });
  }
  return out;
}

export function decodePositions(co: CodeObject): Int32Array {
  const n = co.co_code.length >> 1;
  const out = new Int32Array(n * 4).fill(-1);
  const t = co.co_linetable;
  let i = 0, unit = 0;
  let line = co.co_firstlineno;
  const varint = (): number => {
    let b = t[i++]!;
    let v = b & 63, shift = 6;
    while (b & 64) { b = t[i++]!; v |= (b & 63) << shift; shift += 6; }
    return v;
  };
  const svarint = (): number => { const v = varint(); return v & 1 ? -(v >> 1) : v >> 1; };
  while (i < t.length) {
    const first = t[i++]!;
    const code = (first >> 3) & 15;
    const len = (first & 7) + 1;
    let l = -1, el = -1, c = -1, ec = -1;
    if (code === 15) { /* no location */ }
    else if (code === 14) {
      line += svarint();
      l = line; el = line + varint(); c = varint() - 1; ec = varint() - 1;
    } else if (code === 13) {
      line += svarint(); l = line; el = line;
    } else if (code >= 10) {
      line += code - 10; l = line; el = line; c = t[i++]!; ec = t[i++]!;
    } else {
      const b = t[i++]!;
      l = line; el = line; c = code * 8 + ((b >> 4) & 7); ec = c + (b & 15);
    }
    for (let k = 0; k < len && unit < n; k++, unit++) {
      out[unit * 4] = l; out[unit * 4 + 1] = el; out[unit * 4 + 2] = c; out[unit * 4 + 3] = ec;
    }
  }
  return out;
}

export function cellIndices(co: CodeObject): number[] {
  const r: number[] = [];
  for (let i = 0; i < co.co_localspluskinds.length; i++) if (co.co_localspluskinds[i]! & CO_FAST_CELL) r.push(i);
  return r;
}
export { CO_FAST_FREE, CO_FAST_LOCAL };

export function initCodeType(): void {
  codeType = makeStaticType('code', objectType, {
    repr: (o) => { const c = (o as PyCode).co; return newStr(`<code object ${c.co_name} at 0x${pyIdHex(o)}, file "${c.co_filename}", line ${c.co_firstlineno}>`); },
    traverse: (o, visit) => {
      const c = o as PyCode, cs = c.consts;
      for (let i = 0; i < cs.length; i++) visit(cs[i]!, RefKindCode.Item, `co_consts[${i}]`);
      if (c.qualnameStr) visit(c.qualnameStr, RefKindCode.Attr, 'co_qualname');
    },
    dealloc: (o) => {
      const c = o as PyCode, cs = c.consts, q = c.qualnameStr;
      c.consts = []; c.qualnameStr = null;
      for (const x of cs) decref(x);
      if (q) decref(q);
    },
    // offsetof(PyCodeObject, co_code_adaptive) = 192, then one 2-byte unit per instruction word,
    // rounded up to pointer alignment (_PyObject_VAR_SIZE); code objects are not GC-tracked.
    sizeof: (o) => (192 + (o as PyCode).co.co_code.length + 7) & ~7,
  }, { noSubclass: true });
}
