/**
 * The control-flow graph of one compilation unit (CPython 3.12's Python/flowgraph.c, ported):
 * building it from codegen's InstrSequence, jump/handler preprocessing, reachability, stack
 * depth, pseudo-op conversion and jump-offset resolution. The optimization passes live in
 * flowgraph-opt.ts; assemble.ts drives everything in CPython's order.
 *
 * Invariants (as in CPython):
 * - only the last instruction of a block may be a jump or a scope exit ("terminator");
 * - `next` is the fall-through / layout successor; `target` of an instruction with a target
 *   (jumps and SETUP_*) is a block; `except` is the handler block in force at the instruction;
 * - a block with `label >= 0` is (or was) a jump target.
 */
import { HAS_EXC, HAS_JUMP, OPS, Op, stackEffect } from '../bytecode/opcodes';
import { CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR } from '../bytecode/code';
import { type InstrSequence, type Location, NO_LOCATION } from './instr';

export interface CInstr {
  opcode: number;
  oparg: number;
  loc: Location;
  target: Block | null;
  except: Block | null;
}

export class Block {
  instrs: CInstr[] = [];
  label = -1;
  next: Block | null = null;
  /** Handler stack at block entry (index 0 is the "no handler" slot); label_exception_targets only. */
  exceptStack: (Block | null)[] | null = null;
  /** Possibly-unbound locals 0..31 / 32..63 at block entry (add_checks_for_loads_of_uninitialized_variables). */
  unsafeLo = 0;
  unsafeHi = 0;
  predecessors = 0;
  startdepth = -1;
  offset = 0;
  preserveLasti = false;
  visited = false;
  exceptHandler = false;
  cold = false;
  warm = false;
}

const OP_JUMP = Op.JUMP!;
const OP_JUMP_NO_INTERRUPT = Op.JUMP_NO_INTERRUPT!;
const OP_JUMP_FORWARD = Op.JUMP_FORWARD!;
const OP_JUMP_BACKWARD = Op.JUMP_BACKWARD!;
const OP_JUMP_BACKWARD_NO_INTERRUPT = Op.JUMP_BACKWARD_NO_INTERRUPT!;
const OP_EXTENDED_ARG = Op.EXTENDED_ARG!;

// Opcode classes as CPython's pycore_opcode_utils.h defines them.
const JUMP_TABLE = new Uint8Array(267);
const BLOCK_PUSH = new Uint8Array(267);
const SCOPE_EXIT = new Uint8Array(267);
const UNCOND_JUMP = new Uint8Array(267);
const HAS_ARG_TABLE = new Uint8Array(267);
const CACHES = new Uint8Array(267);
for (const r of OPS) {
  if (!r) continue;
  if (r.flags & HAS_EXC) BLOCK_PUSH[r.code] = 1;
  else if (r.flags & HAS_JUMP) JUMP_TABLE[r.code] = 1;
  CACHES[r.code] = r.caches;
}
for (const n of ['RETURN_VALUE', 'RETURN_CONST', 'RAISE_VARARGS', 'RERAISE']) SCOPE_EXIT[Op[n]!] = 1;
for (const c of [OP_JUMP, OP_JUMP_NO_INTERRUPT, OP_JUMP_FORWARD, OP_JUMP_BACKWARD, OP_JUMP_BACKWARD_NO_INTERRUPT]) UNCOND_JUMP[c] = 1;
for (let c = 90; c < 256; c++) HAS_ARG_TABLE[c] = 1;
for (const n of ['JUMP', 'JUMP_NO_INTERRUPT', 'LOAD_METHOD', 'LOAD_SUPER_METHOD', 'LOAD_ZERO_SUPER_METHOD', 'LOAD_ZERO_SUPER_ATTR', 'STORE_FAST_MAYBE_NULL']) HAS_ARG_TABLE[Op[n]!] = 1;

export const isJumpOp = (op: number): boolean => JUMP_TABLE[op] === 1;
export const isBlockPushOp = (op: number): boolean => BLOCK_PUSH[op] === 1;
export const hasTarget = (op: number): boolean => JUMP_TABLE[op] === 1 || BLOCK_PUSH[op] === 1;
export const isScopeExitOp = (op: number): boolean => SCOPE_EXIT[op] === 1;
export const isUncondJumpOp = (op: number): boolean => UNCOND_JUMP[op] === 1;
export const isTerminatorOp = (op: number): boolean => JUMP_TABLE[op] === 1 || SCOPE_EXIT[op] === 1;
export const hasArg = (op: number): boolean => HAS_ARG_TABLE[op] === 1;

/** Code units one instruction occupies: EXTENDED_ARG prefixes + itself + inline caches. */
export function instrSize(opcode: number, oparg: number): number {
  const ext = (oparg > 0xffffff ? 1 : 0) + (oparg > 0xffff ? 1 : 0) + (oparg > 0xff ? 1 : 0);
  return ext + 1 + CACHES[opcode]!;
}
export const cacheCount = (opcode: number): number => CACHES[opcode]!;

export function lastInstr(b: Block): CInstr | null {
  return b.instrs.length > 0 ? b.instrs[b.instrs.length - 1]! : null;
}
export function exitsScope(b: Block): boolean {
  const l = lastInstr(b);
  return l !== null && isScopeExitOp(l.opcode);
}
export function noFallthrough(b: Block): boolean {
  const l = lastInstr(b);
  return l !== null && (isScopeExitOp(l.opcode) || isUncondJumpOp(l.opcode));
}
export const hasFallthrough = (b: Block): boolean => !noFallthrough(b);

export function makeInstr(opcode: number, oparg: number, loc: Location, target: Block | null = null): CInstr {
  return { opcode, oparg, loc, target, except: null };
}
export const copyInstr = (i: CInstr): CInstr => ({ opcode: i.opcode, oparg: i.oparg, loc: i.loc, target: i.target, except: i.except });

/** A unit's CFG: blocks linked from `entry` through `next` (layout order). */
export class Cfg {
  entry = new Block();
}

/**
 * instr_sequence_to_cfg: one label per position (the highest label id placed there), a new
 * block at each label and after each terminator. Jump opargs become label ids.
 */
export function cfgFromSequence(seq: InstrSequence): Cfg {
  const g = new Cfg();
  const instrs = seq.instrs;
  const n = instrs.length;
  const labelPos = seq.labelPos;
  const offset2lbl = new Int32Array(n).fill(-1);
  for (let lbl = 0; lbl < labelPos.length; lbl++) {
    const off = labelPos[lbl]!;
    if (off >= 0) {
      if (off >= n) throw new Error(`label ${lbl} placed after the last instruction`);
      offset2lbl[off] = lbl;
    }
  }
  // Same block structure as _PyCfgBuilder_UseLabel/_Addop: a new block starts at a label
  // (unless the current block is still empty and unlabeled) and after every terminator.
  let cur = g.entry;
  for (let i = 0; i < n; i++) {
    const ins = instrs[i]!;
    const op = ins.opcode;
    const lbl = offset2lbl[i]!;
    const cb = cur.instrs;
    const last = cb.length > 0 ? cb[cb.length - 1]! : null;
    if ((last !== null && (JUMP_TABLE[last.opcode] === 1 || SCOPE_EXIT[last.opcode] === 1)) ||
        (lbl >= 0 && (last !== null || cur.label >= 0))) {
      const b = new Block();
      b.label = lbl;
      cur.next = b;
      cur = b;
    } else if (lbl >= 0) {
      cur.label = lbl;
    }
    let oparg = ins.oparg;
    if (JUMP_TABLE[op] === 1 || BLOCK_PUSH[op] === 1) {
      if (!ins.target) throw new Error(`jump without target at ${i}`);
      const off = labelPos[ins.target.id]!;
      if (off < 0 || off >= n) throw new Error(`jump to unplaced label ${ins.target.id}`);
      oparg = offset2lbl[off]!;
    } else if (HAS_ARG_TABLE[op] !== 1) {
      oparg = 0;
    }
    cur.instrs.push({ opcode: op, oparg, loc: ins.loc, target: null, except: null });
  }
  return g;
}

export function maxLabel(entry: Block | null): number {
  let lbl = -1;
  for (let b = entry; b; b = b.next) if (b.label > lbl) lbl = b.label;
  return lbl;
}

export function translateJumpLabelsToTargets(entry: Block): void {
  const map = new Map<number, Block>();
  for (let b: Block | null = entry; b; b = b.next) if (b.label >= 0) map.set(b.label, b);
  for (let b: Block | null = entry; b; b = b.next) {
    for (const ins of b.instrs) {
      if (hasTarget(ins.opcode)) {
        const t = map.get(ins.oparg);
        if (!t) throw new Error(`no block for label ${ins.oparg}`);
        ins.target = t;
      }
    }
  }
}

export function markExceptHandlers(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) {
    for (const ins of b.instrs) if (isBlockPushOp(ins.opcode)) ins.target!.exceptHandler = true;
  }
}

function resetVisited(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) b.visited = false;
}

/** label_exception_targets: sets every instruction's `except` and YIELD_VALUE's oparg (depth). */
export function labelExceptionTargets(entry: Block): void {
  resetVisited(entry);
  const SETUP_WITH = Op.SETUP_WITH!, SETUP_CLEANUP = Op.SETUP_CLEANUP!, POP_BLOCK = Op.POP_BLOCK!, YIELD_VALUE = Op.YIELD_VALUE!;
  const todo: Block[] = [entry];
  entry.visited = true;
  entry.exceptStack = [null];
  while (todo.length) {
    const b = todo.pop()!;
    let stack: (Block | null)[] | null = b.exceptStack!;
    b.exceptStack = null;
    let handler: Block | null = stack[stack.length - 1]!;
    const n = b.instrs.length;
    for (let i = 0; i < n; i++) {
      const ins = b.instrs[i]!;
      if (isBlockPushOp(ins.opcode)) {
        const t = ins.target!;
        if (!t.visited) {
          t.exceptStack = stack!.slice();
          todo.push(t);
          t.visited = true;
        }
        if (ins.opcode === SETUP_WITH || ins.opcode === SETUP_CLEANUP) t.preserveLasti = true;
        stack!.push(t);
        handler = t;
      } else if (ins.opcode === POP_BLOCK) {
        stack!.pop();
        handler = stack![stack!.length - 1]!;
      } else if (isJumpOp(ins.opcode)) {
        ins.except = handler;
        const t = ins.target!;
        if (!t.visited) {
          if (hasFallthrough(b)) {
            t.exceptStack = stack!.slice();
          } else {
            t.exceptStack = stack;
            stack = null;
          }
          todo.push(t);
          t.visited = true;
        }
      } else {
        if (ins.opcode === YIELD_VALUE) ins.oparg = stack!.length - 1;
        ins.except = handler;
      }
    }
    if (hasFallthrough(b) && b.next && !b.next.visited) {
      b.next.exceptStack = stack;
      todo.push(b.next);
      b.next.visited = true;
    }
  }
}

/** mark_reachable: counts predecessors from the entry block (fall-through, jumps, handlers). */
export function markReachable(entry: Block): void {
  resetVisited(entry);
  const stack: Block[] = [entry];
  entry.predecessors = 1;
  while (stack.length) {
    const b = stack.pop()!;
    b.visited = true;
    if (b.next && hasFallthrough(b)) {
      if (!b.next.visited) stack.push(b.next);
      b.next.predecessors++;
    }
    for (const ins of b.instrs) {
      if (hasTarget(ins.opcode)) {
        const t = ins.target!;
        if (!t.visited) stack.push(t);
        t.predecessors++;
      }
    }
  }
}

/** Stack depth (_PyCfg_Stackdepth): max over all paths; records each block's start depth. */
export function stackDepth(entry: Block, codeFlags: number): number {
  for (let b: Block | null = entry; b; b = b.next) b.startdepth = -0x80000000;
  const stack: Block[] = [];
  const push = (b: Block, depth: number): void => {
    if (b.startdepth < depth && b.startdepth < 100) {
      b.startdepth = depth;
      stack.push(b);
    }
  };
  let maxdepth = 0;
  push(entry, codeFlags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR) ? 1 : 0);
  while (stack.length) {
    const b = stack.pop()!;
    let depth = b.startdepth;
    let next = b.next;
    for (const ins of b.instrs) {
      const newDepth = depth + stackEffect(ins.opcode, ins.oparg, false);
      if (newDepth < 0) throw new Error(`stack underflow at opcode ${ins.opcode}`);
      if (newDepth > maxdepth) maxdepth = newDepth;
      if (hasTarget(ins.opcode)) {
        const targetDepth = depth + stackEffect(ins.opcode, ins.oparg, true);
        if (targetDepth > maxdepth) maxdepth = targetDepth;
        push(ins.target!, targetDepth);
      }
      depth = newDepth;
      if (isUncondJumpOp(ins.opcode) || isScopeExitOp(ins.opcode)) {
        next = null;
        break;
      }
    }
    if (next) push(next, depth);
  }
  return maxdepth;
}

/** _PyCfg_ConvertPseudoOps: SETUP_* / POP_BLOCK → NOP, STORE_FAST_MAYBE_NULL → STORE_FAST. */
export function convertPseudoOps(entry: Block, removeRedundantNops: (b: Block) => number): void {
  const NOP = Op.NOP!, POP_BLOCK = Op.POP_BLOCK!, SFMN = Op.STORE_FAST_MAYBE_NULL!, STORE_FAST = Op.STORE_FAST!;
  for (let b: Block | null = entry; b; b = b.next) {
    for (const ins of b.instrs) {
      if (isBlockPushOp(ins.opcode) || ins.opcode === POP_BLOCK) {
        ins.opcode = NOP;
        ins.oparg = 0;
      } else if (ins.opcode === SFMN) {
        ins.opcode = STORE_FAST;
      }
    }
  }
  for (let b: Block | null = entry; b; b = b.next) removeRedundantNops(b);
}

/** normalize_jumps: JUMP → JUMP_FORWARD/BACKWARD; backward conditional jumps are inverted. */
function normalizeJumps(entry: Block): void {
  resetVisited(entry);
  const reversed = new Map<number, number>([
    [Op.POP_JUMP_IF_NOT_NONE!, Op.POP_JUMP_IF_NONE!], [Op.POP_JUMP_IF_NONE!, Op.POP_JUMP_IF_NOT_NONE!],
    [Op.POP_JUMP_IF_FALSE!, Op.POP_JUMP_IF_TRUE!], [Op.POP_JUMP_IF_TRUE!, Op.POP_JUMP_IF_FALSE!],
  ]);
  for (let b: Block | null = entry; b; b = b.next) {
    b.visited = true;
    const last = lastInstr(b);
    if (!last || !isJumpOp(last.opcode)) continue;
    const isForward = !last.target!.visited;
    if (last.opcode === OP_JUMP) {
      last.opcode = isForward ? OP_JUMP_FORWARD : OP_JUMP_BACKWARD;
      continue;
    }
    if (last.opcode === OP_JUMP_NO_INTERRUPT) {
      last.opcode = isForward ? OP_JUMP_FORWARD : OP_JUMP_BACKWARD_NO_INTERRUPT;
      continue;
    }
    if (isForward) continue;
    const rev = reversed.get(last.opcode) ?? 0;
    const target = last.target!;
    const back = new Block();
    back.instrs.push(makeInstr(OP_JUMP, target.label, last.loc, target));
    last.opcode = rev;
    last.target = b.next;
    back.cold = b.cold;
    back.next = b.next;
    b.next = back;
  }
}

/** resolve_jump_offsets: block offsets in code units; repeat while EXTENDED_ARG counts change. */
function resolveJumpOffsets(entry: Block): void {
  let again = true;
  while (again) {
    let total = 0;
    for (let b: Block | null = entry; b; b = b.next) {
      b.offset = total;
      for (const ins of b.instrs) total += instrSize(ins.opcode, ins.oparg);
    }
    again = false;
    for (let b: Block | null = entry; b; b = b.next) {
      let pos = b.offset;
      for (const ins of b.instrs) {
        const isize = instrSize(ins.opcode, ins.oparg);
        pos += isize;
        if (isJumpOp(ins.opcode)) {
          const t = ins.target!.offset;
          ins.oparg = t < pos ? pos - t : t - pos;
          if (instrSize(ins.opcode, ins.oparg) !== isize) again = true;
        }
      }
    }
  }
}

export function resolveJumps(entry: Block): void {
  normalizeJumps(entry);
  resolveJumpOffsets(entry);
}

export { NO_LOCATION, OP_EXTENDED_ARG };
