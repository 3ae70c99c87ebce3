/**
 * Constant identity and truth for the CFG optimizer: CPython merges equal constants through
 * `_PyCode_ConstantKey` (type-aware: 1, 1.0 and True differ; 0.0 and -0.0 differ; tuples and
 * frozensets compare element keys; code objects only by identity). `constKey` is an injective
 * string form of that key, so "same key" ⇔ "same constant object" in CPython's const cache.
 */
import type { ConstValue } from '../ast/constants';
import type { CodeObject } from '../bytecode/code';

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
function floatBits(x: number): string {
  f64[0] = x;
  return u32[1]!.toString(16).padStart(8, '0') + u32[0]!.toString(16).padStart(8, '0');
}

const codeIds = new WeakMap<CodeObject, number>();
let nextCodeId = 1;
function codeId(c: CodeObject): number {
  let id = codeIds.get(c);
  if (id === undefined) {
    id = nextCodeId++;
    codeIds.set(c, id);
  }
  return id;
}

export function constKey(c: ConstValue): string {
  switch (c.k) {
    case 'none': return 'N';
    case 'ellipsis': return 'E';
    case 'bool': return c.v ? 'B1' : 'B0';
    case 'int': return 'I' + c.v.toString() + ';';
    case 'float': return 'F' + floatBits(c.v);
    case 'complex': return 'C' + floatBits(c.re) + floatBits(c.im);
    case 'str': return 'S' + c.v.length + ':' + c.v;
    case 'bytes': {
      let s = 'Y' + c.v.length + ':';
      for (const x of c.v) s += (x < 16 ? '0' : '') + x.toString(16);
      return s;
    }
    case 'tuple': return 'T' + c.v.length + '(' + c.v.map(constKey).join('') + ')';
    case 'frozenset': return 'Z' + c.v.length + '(' + c.v.map(constKey).sort().join('') + ')';
    case 'code': return 'K' + codeId(c.v) + ';';
  }
}

/** PyObject_IsTrue of a constant. */
export function constTruth(c: ConstValue): boolean {
  switch (c.k) {
    case 'none': return false;
    case 'ellipsis': return true;
    case 'bool': return c.v;
    case 'int': return c.v !== 0n;
    case 'float': return c.v !== 0 && !Number.isNaN(c.v) ? true : Number.isNaN(c.v);
    case 'complex': return c.re !== 0 || c.im !== 0;
    case 'str': return c.v.length > 0;
    case 'bytes': return c.v.length > 0;
    case 'tuple': return c.v.length > 0;
    case 'frozenset': return c.v.length > 0;
    case 'code': return true;
  }
}
