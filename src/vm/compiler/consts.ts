/**
 * Constant dedup keys: CPython's _PyCode_ConstantKey. Two constants share a co_consts slot iff
 * their keys are equal: same type and same value, with 0.0 / -0.0 distinct, 1 / 1.0 / True
 * distinct, tuples compared item by item by key, frozensets by the set of item keys, code objects
 * by identity.
 */
import type { ConstValue } from '../ast/constants';
import type { CodeObject } from '../bytecode/code';

const codeIds = new WeakMap<CodeObject, number>();
let nextCodeId = 1;

function floatKey(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  return String(x);
}

export function constKey(v: ConstValue): string {
  switch (v.k) {
    case 'none': return 'N';
    case 'ellipsis': return 'E';
    case 'bool': return v.v ? 'T' : 'F';
    case 'int': return 'i' + v.v.toString();
    case 'float': return 'f' + floatKey(v.v);
    case 'complex': return 'c' + floatKey(v.re) + ',' + floatKey(v.im);
    case 'str': return 's' + JSON.stringify(v.v);
    case 'bytes': return 'b' + Array.from(v.v).join('.');
    case 'tuple': return 't(' + v.v.map(constKey).join(' ') + ')';
    case 'frozenset': return 'z(' + v.v.map(constKey).sort().join(' ') + ')';
    case 'code': {
      let id = codeIds.get(v.v);
      if (id === undefined) {
        id = nextCodeId++;
        codeIds.set(v.v, id);
      }
      return 'C' + id;
    }
  }
}
