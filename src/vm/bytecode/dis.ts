/**
 * The disassembler: `disassemble(co)` is byte-identical to CPython 3.12's `dis.dis(co)` text
 * (Lib/dis.py) for a code object, and `getInstructions(co)` is the data behind
 * `dis.get_instructions` (what the debugger's bytecode pane shows).
 *
 * Only deoptimized bytecode exists here (adaptive=False): co_code as compiled.
 */
import type { CodeObject } from './code';
import { CMP_OPS, HAS_COMPARE, HAS_CONST, HAS_FREE, HAS_JUMP, HAS_LOCAL, HAS_NAME, INTRINSIC_1, INTRINSIC_2, JUMP_BACK, NB_OPS, OPS, Op } from './opcodes';
import { codeRepr, constRepr } from './constrepr';
import { coPositions, findLinestarts, parseExceptionTable } from './positions';

export interface DisInstruction {
  opname: string;
  opcode: number;
  /** Numeric argument (EXTENDED_ARG prefixes folded in), or null for argument-less opcodes. */
  arg: number | null;
  /**
   * Resolved argument, loosely typed: const index resolved to the constant's repr, name,
   * jump target byte offset, comparison operator, … (dis's `argval`, as display text or number).
   */
  argval: string | number | null;
  argrepr: string;
  /** Byte offset. */
  offset: number;
  /** Line started by this instruction, or null. */
  startsLine: number | null;
  isJumpTarget: boolean;
  /** lineno, end_lineno, col_offset, end_col_offset; -1 = None. */
  positions: [number, number, number, number];
}

const EXTENDED_ARG = Op.EXTENDED_ARG!;
const LOAD_GLOBAL = Op.LOAD_GLOBAL!, LOAD_ATTR = Op.LOAD_ATTR!, LOAD_SUPER_ATTR = Op.LOAD_SUPER_ATTR!;
const FORMAT_VALUE = Op.FORMAT_VALUE!, MAKE_FUNCTION = Op.MAKE_FUNCTION!, BINARY_OP = Op.BINARY_OP!;
const CALL_INTRINSIC_1 = Op.CALL_INTRINSIC_1!, CALL_INTRINSIC_2 = Op.CALL_INTRINSIC_2!;
const FORMAT_CONVERTERS = ['', 'str', 'repr', 'ascii'];
const MAKE_FUNCTION_FLAGS = ['defaults', 'kwdefaults', 'annotations', 'closure'];

const CACHE_FORMAT: Record<string, [string, number][]> = {
  LOAD_GLOBAL: [['counter', 1], ['index', 1], ['module_keys_version', 1], ['builtin_keys_version', 1]],
  BINARY_OP: [['counter', 1]],
  UNPACK_SEQUENCE: [['counter', 1]],
  COMPARE_OP: [['counter', 1]],
  BINARY_SUBSCR: [['counter', 1]],
  FOR_ITER: [['counter', 1]],
  LOAD_SUPER_ATTR: [['counter', 1]],
  LOAD_ATTR: [['counter', 1], ['version', 2], ['keys_version', 2], ['descr', 4]],
  STORE_ATTR: [['counter', 1], ['version', 2], ['index', 1]],
  CALL: [['counter', 1], ['func_version', 2]],
  STORE_SUBSCR: [['counter', 1]],
  SEND: [['counter', 1]],
};

function opname(op: number): string {
  const r = op < 256 ? OPS[op] : undefined;
  return r ? r.name : `<${op}>`;
}
const cachesOf = (op: number): number => (op < 256 ? OPS[op]?.caches ?? 0 : 0);
const flagsOf = (op: number): number => (op < 256 ? OPS[op]?.flags ?? 0 : 0);
const hasArgOp = (op: number): boolean => op >= 90;

/** _unpack_opargs: [byteOffset, opcode, arg|null] per instruction, CACHE units skipped. */
function unpackOpargs(code: Uint8Array): [number, number, number | null][] {
  const out: [number, number, number | null][] = [];
  let ext = 0;
  let caches = 0;
  for (let i = 0; i < code.length; i += 2) {
    if (caches) {
      caches--;
      continue;
    }
    const op = code[i]!;
    caches = cachesOf(op);
    let arg: number | null = null;
    if (hasArgOp(op)) {
      arg = code[i + 1]! | ext;
      ext = op === EXTENDED_ARG ? arg << 8 : 0;
      if (ext >= 2 ** 31) ext -= 2 ** 32;
    } else {
      ext = 0;
    }
    out.push([i, op, arg]);
  }
  return out;
}

function jumpTarget(offset: number, op: number, arg: number): number {
  const signed = flagsOf(op) & JUMP_BACK ? -arg : arg;
  return offset + 2 + signed * 2 + 2 * cachesOf(op);
}

export interface GetInstructionsOptions {
  showCaches?: boolean;
}

export function getInstructions(co: CodeObject, opts: GetInstructionsOptions = {}): DisInstruction[] {
  const code = co.co_code;
  const linestarts = new Map(findLinestarts(co));
  const labels = new Set<number>();
  const units = unpackOpargs(code);
  for (const [offset, op, arg] of units) {
    if (arg !== null && flagsOf(op) & HAS_JUMP) labels.add(jumpTarget(offset, op, arg));
  }
  for (const e of parseExceptionTable(co.co_exceptiontable)) if (e.end > e.start) labels.add(e.target * 2);
  const pos = coPositions(co);
  const posAt = (byteOff: number): [number, number, number, number] => {
    const u = byteOff >> 1;
    return 4 * u < pos.length ? [pos[4 * u]!, pos[4 * u + 1]!, pos[4 * u + 2]!, pos[4 * u + 3]!] : [-1, -1, -1, -1];
  };
  const out: DisInstruction[] = [];
  for (const [offset, op, arg] of units) {
    const flags = flagsOf(op);
    let argval: string | number | null = null;
    let argrepr = '';
    if (arg !== null) {
      argval = arg;
      if (flags & HAS_CONST) {
        argrepr = constRepr(co.co_consts[arg]!);
        argval = argrepr;
      } else if (flags & HAS_NAME) {
        if (op === LOAD_GLOBAL) {
          argval = argrepr = co.co_names[arg >> 1]!;
          if (arg & 1 && argrepr) argrepr = 'NULL + ' + argrepr;
        } else if (op === LOAD_ATTR) {
          argval = argrepr = co.co_names[arg >> 1]!;
          if (arg & 1 && argrepr) argrepr = 'NULL|self + ' + argrepr;
        } else if (op === LOAD_SUPER_ATTR) {
          argval = argrepr = co.co_names[arg >> 2]!;
          if (arg & 1 && argrepr) argrepr = 'NULL|self + ' + argrepr;
        } else {
          argval = argrepr = co.co_names[arg]!;
        }
      } else if (flags & HAS_JUMP) {
        argval = jumpTarget(offset, op, arg);
        argrepr = 'to ' + argval;
      } else if (flags & (HAS_LOCAL | HAS_FREE)) {
        argval = argrepr = co.co_localsplusnames[arg]!;
      } else if (flags & HAS_COMPARE) {
        argval = argrepr = CMP_OPS[arg >> 4]!;
      } else if (op === FORMAT_VALUE) {
        argrepr = FORMAT_CONVERTERS[arg & 3]!;
        if (arg & 4) argrepr += (argrepr ? ', ' : '') + 'with format';
      } else if (op === MAKE_FUNCTION) {
        argrepr = MAKE_FUNCTION_FLAGS.filter((_, i) => arg & (1 << i)).join(', ');
      } else if (op === BINARY_OP) {
        argrepr = NB_OPS[arg]![1];
      } else if (op === CALL_INTRINSIC_1) {
        argrepr = INTRINSIC_1[arg]!;
      } else if (op === CALL_INTRINSIC_2) {
        argrepr = INTRINSIC_2[arg]!;
      }
    }
    out.push({
      opname: opname(op), opcode: op, arg, argval, argrepr, offset,
      startsLine: linestarts.get(offset) ?? null, isJumpTarget: labels.has(offset), positions: posAt(offset),
    });
    const caches = cachesOf(op);
    if (caches && opts.showCaches) {
      let off = offset;
      for (const [name, size] of CACHE_FORMAT[opname(op)] ?? []) {
        for (let i = 0; i < size; i++) {
          off += 2;
          let repr = '';
          if (i === 0) {
            let v = 0n;
            for (let k = 2 * size - 1; k >= 0; k--) v = (v << 8n) | BigInt(code[off + k] ?? 0);
            repr = `${name}: ${v}`;
          }
          out.push({ opname: 'CACHE', opcode: 0, arg: 0, argval: null, argrepr: repr, offset: off, startsLine: null, isJumpTarget: false, positions: posAt(off) });
        }
      }
    }
  }
  return out;
}

export interface DisOptions {
  /** Recursion depth into nested code objects (undefined = unlimited). */
  depth?: number;
  showCaches?: boolean;
  adaptive?: false;
  /** Byte offset of the current instruction (marked `-->`), as dis.disassemble's lasti. */
  lasti?: number;
}

function formatInstr(ins: DisInstruction, linenoWidth: number, current: boolean, offsetWidth: number): string {
  const fields: string[] = [];
  if (linenoWidth) fields.push(ins.startsLine !== null ? String(ins.startsLine).padStart(linenoWidth) : ' '.repeat(linenoWidth));
  fields.push(current ? '-->' : '   ');
  fields.push(ins.isJumpTarget ? '>>' : '  ');
  fields.push(String(ins.offset).padStart(offsetWidth));
  fields.push(ins.opname.padEnd(20));
  if (ins.arg !== null) {
    fields.push(String(ins.arg).padStart(5));
    if (ins.argrepr) fields.push('(' + ins.argrepr + ')');
  }
  return fields.join(' ').trimEnd();
}

/** dis.disassemble(co, lasti) for one code object (no recursion). */
export function disassembleOne(co: CodeObject, opts: DisOptions = {}): string {
  const lines: string[] = [];
  const linestarts = findLinestarts(co);
  const lasti = opts.lasti ?? -1;
  const showLineno = linestarts.length > 0;
  let linenoWidth = 0;
  if (showLineno) {
    const maxLine = Math.max(...linestarts.map((x) => x[1]));
    linenoWidth = maxLine >= 1000 ? String(maxLine).length : 3;
  }
  const maxOffset = co.co_code.length - 2;
  const offsetWidth = maxOffset >= 10000 ? String(maxOffset).length : 4;
  for (const ins of getInstructions(co, { showCaches: opts.showCaches })) {
    if (showLineno && ins.startsLine !== null && ins.offset > 0) lines.push('');
    const current = opts.showCaches ? ins.offset === lasti : ins.offset <= lasti && lasti <= ins.offset + 2 * cachesOf(ins.opcode);
    lines.push(formatInstr(ins, linenoWidth, current, offsetWidth));
  }
  const entries = parseExceptionTable(co.co_exceptiontable);
  if (entries.length) {
    lines.push('ExceptionTable:');
    for (const e of entries) {
      lines.push(`  ${e.start * 2} to ${e.end * 2 - 2} -> ${e.target * 2} [${e.depth}]${e.lasti ? ' lasti' : ''}`);
    }
  }
  return lines.join('\n') + '\n';
}

/** `dis.dis(co)`: this code object, then each nested code constant (recursively, up to depth). */
export function disassemble(co: CodeObject, opts: DisOptions = {}): string {
  let out = disassembleOne(co, opts);
  let depth = opts.depth;
  if (depth === undefined || depth > 0) {
    if (depth !== undefined) depth -= 1;
    for (const c of co.co_consts) {
      if (c.k === 'code') {
        out += '\nDisassembly of ' + codeRepr(c.v) + ':\n';
        out += disassemble(c.v, { ...opts, depth, lasti: -1 });
      }
    }
  }
  return out;
}
