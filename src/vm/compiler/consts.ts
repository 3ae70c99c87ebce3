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

/**
 * Code constants get small numeric ids: two code objects share an id iff they are equal as
 * code_richcompare says. Candidates are bucketed by a cheap pre-key made only of compared fields
 * (equal code objects always share a bucket); the field-by-field comparison runs only inside a
 * bucket, so no key string ever embeds bytecode or nested code. Ids and buckets are per
 * compilation (`resetCodeKeys`); ids are never reused, so keys of different compilations differ.
 */
let codeIds = new Map<CodeObject, number>();
let codeBuckets = new Map<string, CodeObject[]>();
let nextCodeId = 1;

/** Forgets the code objects of earlier compilations (a plain Map is cheaper than a WeakMap). */
export function resetCodeKeys(): void {
  if (codeBuckets.size) {
    codeBuckets = new Map();
    codeIds = new Map();
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameCode(a: CodeObject, b: CodeObject): boolean {
  if (a.co_name !== b.co_name || a.co_argcount !== b.co_argcount || a.co_posonlyargcount !== b.co_posonlyargcount
    || a.co_kwonlyargcount !== b.co_kwonlyargcount || a.co_flags !== b.co_flags || a.co_firstlineno !== b.co_firstlineno
    || !sameBytes(a.co_code, b.co_code) || !sameStrings(a.co_names, b.co_names)
    || !sameStrings(a.co_localsplusnames, b.co_localsplusnames) || !sameBytes(a.co_linetable, b.co_linetable)
    || !sameBytes(a.co_exceptiontable, b.co_exceptiontable) || a.co_consts.length !== b.co_consts.length) return false;
  for (let i = 0; i < a.co_consts.length; i++) if (itemKey(a.co_consts[i]!) !== itemKey(b.co_consts[i]!)) return false;
  return true;
}

function codeKey(co: CodeObject): string {
  let id = codeIds.get(co);
  if (id === undefined) {
    const pre = co.co_name + '\0' + co.co_firstlineno + '\0' + co.co_code.length + '\0' + co.co_consts.length;
    const bucket = codeBuckets.get(pre);
    if (bucket === undefined) codeBuckets.set(pre, [co]);
    else {
      for (const other of bucket) {
        if (sameCode(co, other)) {
          id = codeIds.get(other);
          break;
        }
      }
      if (id === undefined) bucket.push(co);
    }
    if (id === undefined) id = nextCodeId++;
    codeIds.set(co, id);
  }
  return String(id);
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
