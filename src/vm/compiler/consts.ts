/**
 * Constant dedup keys: CPython's _PyCode_ConstantKey. Two constants share a co_consts slot iff
 * their keys are equal: same type and same value, with 0.0 / -0.0 distinct, 1 / 1.0 / True
 * distinct, tuples compared item by item by key, frozensets by the set of item keys, code objects
 * by content (code_richcompare: name, counts, flags, first line, bytecode, constants, names,
 * locals, line and exception tables; not qualname or filename). A NaN is only equal to itself
 * (the same ConstValue object), as CPython's identity-first tuple comparison makes it.
 */
import type { ConstValue } from '../ast/constants';
import type { CodeObject } from '../bytecode/code';

const codeKeys = new WeakMap<CodeObject, string>();
const nanIds = new WeakMap<object, number>();
let nextNanId = 1;

function nanKey(v: object): string {
  let id = nanIds.get(v);
  if (id === undefined) {
    id = nextNanId++;
    nanIds.set(v, id);
  }
  return 'nan#' + id;
}

function hex(b: Uint8Array): string {
  let s = '';
  for (const x of b) s += (x < 16 ? '0' : '') + x.toString(16);
  return s;
}

/**
 * Structural code keys are interned to short ids so that a code object's key embeds its nested
 * code constants by id (keys of nested lambdas would otherwise grow exponentially).
 */
const codeKeyIds = new Map<string, number>();

function codeKey(co: CodeObject): string {
  let k = codeKeys.get(co);
  if (k === undefined) {
    const full = JSON.stringify([co.co_name, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_flags,
      co.co_firstlineno, hex(co.co_code), co.co_consts.map(itemKey), co.co_names, co.co_localsplusnames,
      hex(co.co_linetable), hex(co.co_exceptiontable)]);
    let id = codeKeyIds.get(full);
    if (id === undefined) {
      id = codeKeyIds.size + 1;
      codeKeyIds.set(full, id);
    }
    k = String(id);
    codeKeys.set(co, k);
  }
  return k;
}

function floatKey(x: number): string {
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  return String(x);
}

/** Key of a constant (see file comment); top-level str/int keys skip escaping (hot path). */
export function constKey(v: ConstValue): string {
  if (v.k === 'str') return 'S' + v.v;
  if (v.k === 'int') return 'i' + v.v.toString();
  return itemKey(v);
}

function itemKey(v: ConstValue): string {
  switch (v.k) {
    case 'none': return 'N';
    case 'ellipsis': return 'E';
    case 'bool': return v.v ? 'T' : 'F';
    case 'int': return 'i' + v.v.toString();
    case 'float': return Number.isNaN(v.v) ? 'f' + nanKey(v) : 'f' + floatKey(v.v);
    case 'complex': return Number.isNaN(v.re) || Number.isNaN(v.im) ? 'c' + nanKey(v) : 'c' + floatKey(v.re) + ',' + floatKey(v.im);
    case 'str': return 's' + JSON.stringify(v.v);
    case 'bytes': return 'b' + Array.from(v.v).join('.');
    case 'tuple': return 't(' + v.v.map(itemKey).join(' ') + ')';
    case 'frozenset': return 'z(' + v.v.map(itemKey).sort().join(' ') + ')';
    case 'code': return 'C' + codeKey(v.v);
  }
}
