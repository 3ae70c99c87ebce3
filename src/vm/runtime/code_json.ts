/**
 * Decoding the JSON form of code objects written by scripts/oracle/runtime_code_json.py (and the
 * back end's scripts/oracle/code_json.py): ints as decimal strings, floats as repr strings,
 * byte strings as arrays of numbers, nested code objects recursive.
 */
import type { CodeObject } from '../bytecode/code';
import type { ConstValue } from '../ast/constants';

type J = Record<string, unknown>;

function num(v: unknown): number {
  if (typeof v === 'number') return v;
  if (v === 'inf') return Infinity;
  if (v === '-inf') return -Infinity;
  if (v === 'nan') return NaN;
  return Number(v);
}

export function constFromJSON(c: J): ConstValue {
  switch (c.k) {
    case 'none': return { k: 'none' };
    case 'ellipsis': return { k: 'ellipsis' };
    case 'bool': return { k: 'bool', v: c.v as boolean };
    case 'int': return { k: 'int', v: BigInt(c.v as string) };
    case 'float': return { k: 'float', v: num(c.v) };
    case 'complex': return { k: 'complex', re: num(c.re), im: num(c.im) };
    case 'str': return { k: 'str', v: c.v as string };
    case 'bytes': return { k: 'bytes', v: Uint8Array.from(c.v as number[]) };
    case 'tuple': return { k: 'tuple', v: (c.v as J[]).map(constFromJSON) };
    case 'frozenset': return { k: 'frozenset', v: (c.v as J[]).map(constFromJSON) };
    case 'code': return { k: 'code', v: codeFromJSON(c.v as J) };
    default: throw new Error(`bad constant kind ${String(c.k)}`);
  }
}

export function codeFromJSON(j: J): CodeObject {
  return {
    co_argcount: j.co_argcount as number,
    co_posonlyargcount: j.co_posonlyargcount as number,
    co_kwonlyargcount: j.co_kwonlyargcount as number,
    co_stacksize: j.co_stacksize as number,
    co_flags: j.co_flags as number,
    co_firstlineno: j.co_firstlineno as number,
    co_code: Uint8Array.from(j.co_code as number[]),
    co_consts: (j.co_consts as J[]).map(constFromJSON),
    co_names: j.co_names as string[],
    co_localsplusnames: j.co_localsplusnames as string[],
    co_localspluskinds: Uint8Array.from(j.co_localspluskinds as number[]),
    co_filename: j.co_filename as string,
    co_name: j.co_name as string,
    co_qualname: j.co_qualname as string,
    co_linetable: Uint8Array.from(j.co_linetable as number[]),
    co_exceptiontable: Uint8Array.from(j.co_exceptiontable as number[]),
  };
}
