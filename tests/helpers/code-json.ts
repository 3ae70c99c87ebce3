/**
 * Decoding of the JSON written by scripts/oracle/code_json.py and backend_goldens.py:
 * CPython code objects → CodeObject, and CPython's codegen instruction list + metadata →
 * InstrSequence + UnitMetadata (the back end's input).
 */
import type { ConstValue } from '../../src/vm/ast/constants';
import type { CodeObject } from '../../src/vm/bytecode/code';
import { OPS, HAS_JUMP } from '../../src/vm/bytecode/opcodes';
import { InstrSequence, type Label, type Location, NO_LOCATION } from '../../src/vm/compiler/instr';
import type { UnitMetadata } from '../../src/vm/compiler/unit';

export interface ConstJson { k: string; v?: unknown; re?: string; im?: string }
export interface CodeJson {
  co_argcount: number; co_posonlyargcount: number; co_kwonlyargcount: number; co_stacksize: number;
  co_flags: number; co_firstlineno: number; co_code: string; co_consts: ConstJson[]; co_names: string[];
  co_localsplusnames: string[]; co_localspluskinds: string; co_filename: string; co_name: string;
  co_qualname: string; co_linetable: string; co_exceptiontable: string;
}
export interface MetaJson {
  name: string; qualname: string; filename: string; firstlineno: number; flags: number;
  argcount: number; posonlyargcount: number; kwonlyargcount: number; consts: ConstJson[];
  names: string[]; varnames: string[]; cellvars: string[]; freevars: string[]; fasthidden: string[];
}
export interface BackendGolden { codegen: number[][]; meta: MetaJson; expected: CodeJson }

export function hexBytes(h: string): Uint8Array {
  const out = new Uint8Array(h.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(h.substr(2 * i, 2), 16);
  return out;
}
export function bytesHex(b: Uint8Array): string {
  let s = '';
  for (const x of b) s += (x < 16 ? '0' : '') + x.toString(16);
  return s;
}
function floatFromBits(h: string): number {
  return new DataView(hexBytes(h).buffer).getFloat64(0, true);
}

export function decodeConst(c: ConstJson): ConstValue {
  switch (c.k) {
    case 'none': return { k: 'none' };
    case 'ellipsis': return { k: 'ellipsis' };
    case 'bool': return { k: 'bool', v: c.v as boolean };
    case 'int': return { k: 'int', v: BigInt(c.v as string) };
    case 'float': return { k: 'float', v: floatFromBits(c.v as string) };
    case 'complex': return { k: 'complex', re: floatFromBits(c.re!), im: floatFromBits(c.im!) };
    case 'str': return { k: 'str', v: c.v as string };
    case 'bytes': return { k: 'bytes', v: Uint8Array.from(c.v as number[]) };
    case 'tuple': return { k: 'tuple', v: (c.v as ConstJson[]).map(decodeConst) };
    case 'frozenset': return { k: 'frozenset', v: (c.v as ConstJson[]).map(decodeConst) };
    case 'code': return { k: 'code', v: decodeCode(c.v as CodeJson) };
    default: throw new Error(`bad const kind ${c.k}`);
  }
}

export function decodeCode(j: CodeJson): CodeObject {
  return {
    co_argcount: j.co_argcount,
    co_posonlyargcount: j.co_posonlyargcount,
    co_kwonlyargcount: j.co_kwonlyargcount,
    co_stacksize: j.co_stacksize,
    co_flags: j.co_flags,
    co_firstlineno: j.co_firstlineno,
    co_code: hexBytes(j.co_code),
    co_consts: j.co_consts.map(decodeConst),
    co_names: j.co_names,
    co_localsplusnames: j.co_localsplusnames,
    co_localspluskinds: hexBytes(j.co_localspluskinds),
    co_filename: j.co_filename,
    co_name: j.co_name,
    co_qualname: j.co_qualname,
    co_linetable: hexBytes(j.co_linetable),
    co_exceptiontable: hexBytes(j.co_exceptiontable),
  };
}

/** CPython's codegen list (jump opargs = instruction indices) → our InstrSequence. */
export function decodeCodegen(list: number[][]): InstrSequence {
  const seq = new InstrSequence();
  const labels = new Map<number, Label>();
  const labelAt = (i: number): Label => {
    let l = labels.get(i);
    if (!l) { l = seq.newLabel(); labels.set(i, l); }
    return l;
  };
  for (const [op, arg] of list) if (OPS[op!]!.flags & HAS_JUMP) labelAt(arg!);
  list.forEach(([op, arg, l, el, c, ec], i) => {
    const lab = labels.get(i);
    if (lab) seq.useLabel(lab);
    const loc: Location = l === -1 && el === -1 && c === -1 && ec === -1 ? NO_LOCATION
      : { lineno: l!, end_lineno: el!, col_offset: c!, end_col_offset: ec! };
    const jump = (OPS[op!]!.flags & HAS_JUMP) !== 0;
    seq.emit(op!, jump ? 0 : arg!, loc, jump ? labelAt(arg!) : null);
  });
  return seq;
}

export function decodeMeta(m: MetaJson): UnitMetadata {
  return {
    name: m.name, qualname: m.qualname, filename: m.filename, firstlineno: m.firstlineno,
    argcount: m.argcount, posonlyargcount: m.posonlyargcount, kwonlyargcount: m.kwonlyargcount,
    flags: m.flags, consts: m.consts.map(decodeConst), names: m.names, varnames: m.varnames,
    cellvars: m.cellvars, freevars: m.freevars, fasthidden: new Set(m.fasthidden),
  };
}
