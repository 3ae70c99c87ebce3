/**
 * Decodes the JSON written by scripts/oracle/ast_json.py (CPython's ast.parse result) into
 * src/vm/ast node objects, so codegen/symtable tests can run without our parser.
 */
import type { ConstValue } from '../../src/vm/ast/constants';
import type { Module } from '../../src/vm/ast/nodes';

/** Module for 'exec' sources; Expression / Interactive nodes come back as they are. */

function decFloat(s: string): number {
  if (s === 'nan') return NaN;
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  return Number(s);
}

export function decodeConst(j: any): ConstValue {
  switch (j.k) {
    case 'none': return { k: 'none' };
    case 'ellipsis': return { k: 'ellipsis' };
    case 'bool': return { k: 'bool', v: j.v };
    case 'int': return { k: 'int', v: BigInt(j.v) };
    case 'float': return { k: 'float', v: decFloat(j.v) };
    case 'complex': return { k: 'complex', re: decFloat(j.re), im: decFloat(j.im) };
    case 'str': return { k: 'str', v: j.v };
    case 'bytes': return { k: 'bytes', v: Uint8Array.from(j.v) };
    case 'tuple': return { k: 'tuple', v: j.v.map(decodeConst) };
    case 'frozenset': return { k: 'frozenset', v: j.v.map(decodeConst) };
    default: throw new Error(`bad const ${JSON.stringify(j)}`);
  }
}

function dec(j: any): any {
  if (Array.isArray(j)) return j.map(dec);
  if (j === null || typeof j !== 'object') return j;
  const out: any = {};
  for (const [k, v] of Object.entries(j)) {
    if (k === 'value' && (j._type === 'Constant' || j._type === 'MatchSingleton')) out[k] = decodeConst(v);
    else out[k] = dec(v);
  }
  return out;
}

export function decodeAst(json: unknown): Module {
  return dec(json) as Module;
}
