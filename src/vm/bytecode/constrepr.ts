/**
 * Python `repr()` of compile-time constants (ConstValue), as CPython 3.12 prints them — what
 * `dis` shows in parentheses after LOAD_CONST / RETURN_CONST / KW_NAMES.
 *
 * str uses pyStrRepr (src/vm/util/strrepr.ts, CPython's Unicode 15 tables); floats and complex
 * use floatrepr.ts. frozenset items are printed in CPython's iteration order when every item's
 * hash is deterministic in CPython (ints, bools, floats except nan, complex, '' / b'', tuples of
 * those): the frozenset is rebuilt as CPython builds compile-time sets (insertion into an
 * 8-slot table with linear probing and perturbation, resized at 3/5 full). Otherwise (str,
 * bytes, None, … whose hashes CPython randomizes per process) the stored order is kept.
 * Code objects print `<code object NAME at 0x…, file "FILE", line N>` with a stable fake
 * address derived from the object's identity (tests normalize addresses).
 */
import type { ConstValue } from '../ast/constants';
import type { CodeObject } from './code';
import { complexRepr, floatRepr } from '../util/floatrepr';
import { pyStrRepr } from '../util/strrepr';
import { bytesHashExact, floatHashExact, intHashExact, strHashExact, tupleHashExact } from '../objects/pyhash';

const addrs = new WeakMap<CodeObject, string>();
let nextAddr = 0;

/** Stable fake `%p` address of a code object, unique per object in this process. */
export function codeAddress(co: CodeObject): string {
  let a = addrs.get(co);
  if (a === undefined) {
    a = '0x' + (0x7f3a5c000000 + 0x1b0 * nextAddr++).toString(16);
    addrs.set(co, a);
  }
  return a;
}

export function codeRepr(co: CodeObject): string {
  return `<code object ${co.co_name} at ${codeAddress(co)}, file "${co.co_filename}", line ${co.co_firstlineno}>`;
}

/** `repr(bytes)` (Objects/bytesobject.c PyBytes_Repr with smartquotes). */
export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false, hasDouble = false;
  for (const c of b) {
    if (c === 0x27) hasSingle = true;
    else if (c === 0x22) hasDouble = true;
  }
  const q = hasSingle && !hasDouble ? '"' : "'";
  let s = 'b' + q;
  for (const c of b) {
    if (c === q.charCodeAt(0) || c === 0x5c) s += '\\' + String.fromCharCode(c);
    else if (c === 0x09) s += '\\t';
    else if (c === 0x0a) s += '\\n';
    else if (c === 0x0d) s += '\\r';
    else if (c < 0x20 || c >= 0x7f) s += '\\x' + (c < 16 ? '0' : '') + c.toString(16);
    else s += String.fromCharCode(c);
  }
  return s + q;
}

// ---- CPython 3.12 hashes (64-bit) of constants whose hash does not depend on the process ----

const M64 = (1n << 64n) - 1n;

/** Real hash of a float constant; null for NaN (its hash is its address in CPython). */
function floatHash(x: number): bigint | null {
  return Number.isNaN(x) ? null : floatHashExact(x, 0n);
}

/** SipHash-1-3 over the PEP 393 canonical form: the str hash of CPython run with PYTHONHASHSEED=0. */
function strHash(s: string): bigint {
  let ncp = 0, maxCp = 0;
  for (const ch of s) { ncp++; const cp = ch.codePointAt(0)!; if (cp > maxCp) maxCp = cp; }
  return strHashExact(s, maxCp < 0x100 ? 1 : maxCp < 0x10000 ? 2 : 4, ncp);
}

/**
 * hash(c) as CPython 3.12 computes it (str and bytes as with PYTHONHASHSEED=0, which is how the
 * goldens are made; CPython's default randomized order differs run to run), or null for NaN.
 */
export function constHash(c: ConstValue): bigint | null {
  switch (c.k) {
    case 'bool': return c.v ? 1n : 0n;
    case 'int': return intHashExact(c.v);
    case 'float': return floatHash(c.v);
    case 'complex': {
      const r = floatHash(c.re), i = floatHash(c.im);
      if (r === null || i === null) return null;
      const h = BigInt.asIntN(64, (BigInt.asUintN(64, r) + 1000003n * BigInt.asUintN(64, i)) & M64);
      return h === -1n ? -2n : h;
    }
    case 'str': return strHash(c.v);
    case 'bytes': return bytesHashExact(c.v);
    case 'tuple': {
      const lanes: bigint[] = [];
      for (const item of c.v) {
        const lane = constHash(item);
        if (lane === null) return null;
        lanes.push(lane);
      }
      return tupleHashExact(lanes);
    }
    default: return null;
  }
}

/** Numeric value for set equality (1 == 1.0 == True), or null when only identical keys are equal. */
function numericEq(a: ConstValue, b: ConstValue): boolean {
  const num = (c: ConstValue): number | bigint | null =>
    c.k === 'bool' ? (c.v ? 1n : 0n) : c.k === 'int' ? c.v : c.k === 'float' ? c.v : null;
  const x = num(a), y = num(b);
  if (x === null || y === null) return false;
  // eslint-disable-next-line eqeqeq
  return typeof x === typeof y ? x === y : x == y;
}

function sameConst(a: ConstValue, b: ConstValue): boolean {
  if (numericEq(a, b)) return true;
  if (a.k !== b.k) return false;
  if (a.k === 'tuple' && b.k === 'tuple') return a.v.length === b.v.length && a.v.every((x, i) => sameConst(x, b.v[i]!));
  if (a.k === 'complex' && b.k === 'complex') return a.re === b.re && a.im === b.im;
  if ((a.k === 'str' && b.k === 'str') || (a.k === 'bytes' && b.k === 'bytes')) return a.v.length === 0 && b.v.length === 0;
  return false;
}

const LINEAR_PROBES = 9;

/** Table order after inserting `items` (with hashes) into a new CPython set, as set_add_entry does. */
function setTableOrder(items: readonly ConstValue[], hashes: readonly bigint[]): number[] {
  let mask = 7;
  let table: (number | null)[] = new Array(8).fill(null);
  let fill = 0;
  const insertClean = (t: (number | null)[], m: number, idx: number): void => {
    const h = BigInt.asUintN(64, hashes[idx]!);
    let perturb = h;
    let i = Number(h & BigInt(m));
    for (;;) {
      if (t[i] === null) { t[i] = idx; return; }
      if (i + LINEAR_PROBES <= m) {
        for (let j = 1; j <= LINEAR_PROBES; j++) if (t[i + j] === null) { t[i + j] = idx; return; }
      }
      perturb >>= 5n;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(m));
    }
  };
  outer: for (let idx = 0; idx < items.length; idx++) {
    const h = BigInt.asUintN(64, hashes[idx]!);
    let perturb = h;
    let i = Number(h & BigInt(mask));
    for (;;) {
      const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (let j = 0; j <= probes; j++) {
        const e = table[i + j];
        if (e === null || e === undefined) {
          table[i + j] = idx;
          fill++;
          if (fill * 5 >= mask * 3) {
            let size = 8;
            while (size <= fill * 4) size <<= 1;
            const nt: (number | null)[] = new Array(size).fill(null);
            for (const k of table) if (k !== null) insertClean(nt, size - 1, k);
            table = nt;
            mask = size - 1;
          }
          continue outer;
        }
        if (hashes[e] === hashes[idx] && sameConst(items[e]!, items[idx]!)) continue outer;
      }
      perturb >>= 5n;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
    }
  }
  return table.filter((x): x is number => x !== null);
}

/**
 * The items of a compile-time frozenset in CPython's iteration order (built from the tuple in
 * source order, then rebuilt once more from its own iteration order as the compiler's constant
 * merging does), or the stored order when some item's hash is process-dependent in CPython.
 */
export function frozensetOrder(items: readonly ConstValue[]): readonly ConstValue[] {
  const hashes: bigint[] = [];
  for (const it of items) {
    const h = constHash(it);
    if (h === null) return items;
    hashes.push(h);
  }
  const once = setTableOrder(items, hashes);
  const twice = setTableOrder(once.map((i) => items[i]!), once.map((i) => hashes[i]!));
  return twice.map((i) => items[once[i]!]!);
}

export function constRepr(c: ConstValue): string {
  switch (c.k) {
    case 'none': return 'None';
    case 'ellipsis': return 'Ellipsis';
    case 'bool': return c.v ? 'True' : 'False';
    case 'int': return c.v.toString();
    case 'float': return floatRepr(c.v);
    case 'complex': return complexRepr(c.re, c.im);
    case 'str': return pyStrRepr(c.v);
    case 'bytes': return bytesRepr(c.v);
    case 'tuple':
      if (c.v.length === 1) return '(' + constRepr(c.v[0]!) + ',)';
      return '(' + c.v.map(constRepr).join(', ') + ')';
    case 'frozenset':
      return c.v.length === 0 ? 'frozenset()' : 'frozenset({' + frozensetOrder(c.v).map(constRepr).join(', ') + '})';
    case 'code': return codeRepr(c.v);
  }
}
