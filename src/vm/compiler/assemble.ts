/**
 * The back end's entry point: `assembleUnit(seq, meta)` turns one unit's instruction sequence
 * into a CodeObject exactly as CPython 3.12's optimize_and_assemble_code_unit does:
 *
 *   CFG from the sequence → _PyCfg_OptimizeCodeUnit (flowgraph-opt.ts) → prepare_localsplus
 *   (generator/MAKE_CELL/COPY_FREE_VARS prefix, cell offsets) → stack depth → pseudo-op
 *   conversion → jump resolution (EXTENDED_ARG fixpoint) → code units, co_linetable,
 *   co_exceptiontable, localsplus names/kinds.
 *
 * Contract (see instr.ts / unit.ts): the sequence is complete (ends with the implicit return);
 * `meta.flags` are the final co_flags; `meta.consts` is not modified (a copy is optimized).
 */
import type { ConstValue } from '../ast/constants';
import {
  CO_ASYNC_GENERATOR, CO_COROUTINE, CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL, CO_GENERATOR,
  CO_VARARGS, CO_VARKEYWORDS, type CodeObject,
} from '../bytecode/code';
import { Op } from '../bytecode/opcodes';
import { type InstrSequence, type Location, NO_LOCATION } from './instr';
import type { UnitMetadata } from './unit';
import { type Block, type CInstr, cacheCount, cfgFromSequence, convertPseudoOps, instrSize, makeInstr, resolveJumps, stackDepth } from './flowgraph';
import { optimizeCodeUnit, removeRedundantNops } from './flowgraph-opt';
import { LinetableWriter, sameLocation } from './linetable';
import { ExceptionTableWriter } from './exceptiontable';

export const CO_FAST_HIDDEN = 0x10;

const MAKE_CELL = Op.MAKE_CELL!, COPY_FREE_VARS = Op.COPY_FREE_VARS!, RETURN_GENERATOR = Op.RETURN_GENERATOR!;
const POP_TOP = Op.POP_TOP!, EXTENDED_ARG = Op.EXTENDED_ARG!;
const DEREF_OPS = new Set([MAKE_CELL, Op.LOAD_CLOSURE!, Op.LOAD_DEREF!, Op.STORE_DEREF!, Op.DELETE_DEREF!, Op.LOAD_FROM_DICT_OR_DEREF!]);

/** Number of parameters (symtable's ste_varnames) — they open `varnames`. */
function paramCount(meta: UnitMetadata): number {
  return meta.posonlyargcount + meta.argcount + meta.kwonlyargcount +
    (meta.flags & CO_VARARGS ? 1 : 0) + (meta.flags & CO_VARKEYWORDS ? 1 : 0);
}

/** build_cellfixedoffsets: cell/free index → localsplus index before duplicates are dropped. */
function cellFixedOffsets(meta: UnitMetadata): number[] {
  const nlocals = meta.varnames.length;
  const fixed: number[] = [];
  for (let i = 0; i < meta.cellvars.length + meta.freevars.length; i++) fixed.push(nlocals + i);
  const varIndex = new Map<string, number>();
  meta.varnames.forEach((n, i) => varIndex.set(n, i));
  meta.cellvars.forEach((n, i) => {
    const v = varIndex.get(n);
    if (v !== undefined) fixed[i] = v;
  });
  return fixed;
}

function insertPrefixInstructions(meta: UnitMetadata, entry: Block, fixed: number[], codeFlags: number): void {
  const prefix: CInstr[] = [];
  if (codeFlags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
    const loc: Location = { lineno: meta.firstlineno, end_lineno: meta.firstlineno, col_offset: -1, end_col_offset: -1 };
    entry.instrs.unshift(makeInstr(RETURN_GENERATOR, 0, loc), makeInstr(POP_TOP, 0, NO_LOCATION));
  }
  const ncells = meta.cellvars.length;
  if (ncells) {
    const sorted = new Int32Array(ncells + meta.varnames.length);
    for (let i = 0; i < ncells; i++) sorted[fixed[i]!] = i + 1;
    for (let i = 0, used = 0; used < ncells; i++) {
      const old = sorted[i]! - 1;
      if (old === -1) continue;
      prefix.push(makeInstr(MAKE_CELL, old, NO_LOCATION));
      used++;
    }
  }
  if (meta.freevars.length) prefix.unshift(makeInstr(COPY_FREE_VARS, meta.freevars.length, NO_LOCATION));
  entry.instrs.unshift(...prefix);
}

/** fix_cell_offsets: rewrites deref opargs to localsplus indices; returns how many cells merged with args. */
function fixCellOffsets(meta: UnitMetadata, entry: Block, fixed: number[]): number {
  const nlocals = meta.varnames.length;
  let dropped = 0;
  for (let i = 0; i < fixed.length; i++) {
    if (fixed[i] === i + nlocals) fixed[i]! -= dropped;
    else dropped++;
  }
  for (let b: Block | null = entry; b; b = b.next) {
    for (const ins of b.instrs) if (DEREF_OPS.has(ins.opcode)) ins.oparg = fixed[ins.oparg]!;
  }
  return dropped;
}

function localsplusInfo(meta: UnitMetadata, nlocalsplus: number): { names: string[]; kinds: Uint8Array } {
  const names: string[] = new Array(nlocalsplus);
  const kinds = new Uint8Array(nlocalsplus);
  const cells = new Set(meta.cellvars);
  meta.varnames.forEach((n, i) => {
    let k = CO_FAST_LOCAL;
    if (meta.fasthidden.has(n)) k |= CO_FAST_HIDDEN;
    if (cells.has(n)) k |= CO_FAST_CELL;
    names[i] = n;
    kinds[i] = k;
  });
  const nlocals = meta.varnames.length;
  const vars = new Set(meta.varnames);
  let dropped = 0;
  meta.cellvars.forEach((n, i) => {
    if (vars.has(n)) {
      dropped++;
      return;
    }
    names[i + nlocals - dropped] = n;
    kinds[i + nlocals - dropped] = CO_FAST_CELL;
  });
  const ncells = meta.cellvars.length;
  meta.freevars.forEach((n, j) => {
    names[ncells + j + nlocals - dropped] = n;
    kinds[ncells + j + nlocals - dropped] = CO_FAST_FREE;
  });
  return { names, kinds };
}

type FlatInstr = CInstr;

function flatten(entry: Block): CInstr[] {
  const out: CInstr[] = [];
  for (let b: Block | null = entry; b; b = b.next) for (const ins of b.instrs) out.push(ins);
  return out;
}

function emitCode(instrs: FlatInstr[]): Uint8Array {
  let units = 0;
  for (const ins of instrs) units += instrSize(ins.opcode, ins.oparg);
  const code = new Uint8Array(units * 2);
  let p = 0;
  for (const ins of instrs) {
    const arg = ins.oparg;
    const ext = instrSize(ins.opcode, arg) - 1 - cacheCount(ins.opcode);
    for (let e = ext; e > 0; e--) {
      code[p++] = EXTENDED_ARG;
      code[p++] = (arg >>> (8 * e)) & 0xff;
    }
    code[p++] = ins.opcode;
    code[p++] = arg & 0xff;
    p += 2 * cacheCount(ins.opcode); // CACHE units are zero
  }
  return code;
}

function emitLinetable(instrs: FlatInstr[], firstlineno: number): Uint8Array {
  const w = new LinetableWriter(firstlineno);
  let loc: Location = NO_LOCATION;
  let size = 0;
  for (const ins of instrs) {
    if (!sameLocation(loc, ins.loc)) {
      w.emit(loc, size);
      loc = ins.loc;
      size = 0;
    }
    size += instrSize(ins.opcode, ins.oparg);
  }
  w.emit(loc, size);
  return w.finish();
}

function emitExceptionTable(instrs: FlatInstr[]): Uint8Array {
  const w = new ExceptionTableWriter();
  let handler: Block | null = null;
  let handlerOffset = -1;
  let start = -1;
  let ioffset = 0;
  for (const ins of instrs) {
    const off = ins.except ? ins.except.offset : -1;
    if (off !== handlerOffset) {
      if (handlerOffset >= 0) w.entry(start, ioffset, { offset: handlerOffset, startdepth: handler!.startdepth, preserveLasti: handler!.preserveLasti });
      start = ioffset;
      handler = ins.except;
      handlerOffset = off;
    }
    ioffset += instrSize(ins.opcode, ins.oparg);
  }
  if (handlerOffset >= 0) w.entry(start, ioffset, { offset: handlerOffset, startdepth: handler!.startdepth, preserveLasti: handler!.preserveLasti });
  return w.finish();
}

export function assembleUnit(seq: InstrSequence, meta: UnitMetadata): CodeObject {
  const consts: ConstValue[] = meta.consts.slice();
  const g = cfgFromSequence(seq);
  const codeFlags = meta.flags;
  optimizeCodeUnit(g, consts, meta.varnames.length, paramCount(meta), meta.firstlineno);

  const nlocalsplusAll = meta.varnames.length + meta.cellvars.length + meta.freevars.length;
  const fixed = cellFixedOffsets(meta);
  insertPrefixInstructions(meta, g.entry, fixed, codeFlags);
  const nlocalsplus = nlocalsplusAll - fixCellOffsets(meta, g.entry, fixed);

  const maxdepth = stackDepth(g.entry, codeFlags);
  convertPseudoOps(g.entry, removeRedundantNops);
  resolveJumps(g.entry);

  const instrs = flatten(g.entry);
  const { names, kinds } = localsplusInfo(meta, nlocalsplus);
  return {
    co_argcount: meta.posonlyargcount + meta.argcount,
    co_posonlyargcount: meta.posonlyargcount,
    co_kwonlyargcount: meta.kwonlyargcount,
    co_stacksize: maxdepth,
    co_flags: codeFlags,
    co_firstlineno: meta.firstlineno,
    co_code: emitCode(instrs),
    co_consts: consts,
    co_names: meta.names.slice(),
    co_localsplusnames: names,
    co_localspluskinds: kinds,
    co_filename: meta.filename,
    co_name: meta.name,
    co_qualname: meta.qualname || meta.name,
    co_linetable: emitLinetable(instrs, meta.firstlineno),
    co_exceptiontable: emitExceptionTable(instrs),
  };
}
