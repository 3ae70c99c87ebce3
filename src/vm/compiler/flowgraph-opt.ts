/**
 * CFG optimization passes of CPython 3.12 (Python/flowgraph.c, _PyCfg_OptimizeCodeUnit), ported:
 * empty-block elimination, small exit block inlining, per-block peepholes (constant conditions,
 * `is None` jumps, RETURN_CONST, constant tuple folding, BUILD_TUPLE/UNPACK_SEQUENCE, SWAP
 * minimisation and static swaps, jump threading, PUSH_NULL folding), NOP and redundant-pair
 * removal, unreachable code removal, redundant jumps, unused constants, LOAD_FAST_CHECK for
 * possibly-unbound locals, cold blocks to the end, and line-number resolution.
 *
 * Invariant: passes run in CPython's order (optimizeCodeUnit) and make the same choices, so the
 * resulting instruction stream is CPython's; code that relies on allocation order of blocks in
 * C (none found) would be the only source of divergence.
 */
import { Op } from '../bytecode/opcodes';
import type { ConstValue } from '../ast/constants';
import { type Location, NO_LOCATION } from './instr';
import {
  Block, type CInstr, copyInstr, exitsScope, hasFallthrough, hasTarget, isJumpOp, isScopeExitOp,
  isTerminatorOp, isUncondJumpOp, labelExceptionTargets, lastInstr, makeInstr, markExceptHandlers,
  markReachable, maxLabel, noFallthrough, translateJumpLabelsToTargets,
} from './flowgraph';
import { constKey, constTruth } from './flowgraph-consts';

const NOP = Op.NOP!, POP_TOP = Op.POP_TOP!, LOAD_CONST = Op.LOAD_CONST!, COPY = Op.COPY!;
const JUMP = Op.JUMP!, POP_JUMP_IF_FALSE = Op.POP_JUMP_IF_FALSE!, POP_JUMP_IF_TRUE = Op.POP_JUMP_IF_TRUE!;
const POP_JUMP_IF_NONE = Op.POP_JUMP_IF_NONE!, POP_JUMP_IF_NOT_NONE = Op.POP_JUMP_IF_NOT_NONE!;
const IS_OP = Op.IS_OP!, RETURN_VALUE = Op.RETURN_VALUE!, RETURN_CONST = Op.RETURN_CONST!;
const BUILD_TUPLE = Op.BUILD_TUPLE!, UNPACK_SEQUENCE = Op.UNPACK_SEQUENCE!, SWAP = Op.SWAP!;
const PUSH_NULL = Op.PUSH_NULL!, LOAD_GLOBAL = Op.LOAD_GLOBAL!, KW_NAMES = Op.KW_NAMES!;
const STORE_FAST = Op.STORE_FAST!, STORE_FAST_MAYBE_NULL = Op.STORE_FAST_MAYBE_NULL!;
const DELETE_FAST = Op.DELETE_FAST!, LOAD_FAST_AND_CLEAR = Op.LOAD_FAST_AND_CLEAR!;
const LOAD_FAST = Op.LOAD_FAST!, LOAD_FAST_CHECK = Op.LOAD_FAST_CHECK!;

const hasConst = (op: number): boolean => op === LOAD_CONST || op === RETURN_CONST || op === KW_NAMES;
const setNop = (i: CInstr): void => { i.opcode = NOP; i.oparg = 0; };

export function removeRedundantNops(bb: Block): number {
  const src = bb.instrs;
  const n = src.length;
  let dest = 0;
  let prevLineno = -1;
  for (let s = 0; s < n; s++) {
    const ins = src[s]!;
    const lineno = ins.loc.lineno;
    if (ins.opcode === NOP) {
      if (lineno < 0) continue;
      if (prevLineno === lineno) continue;
      if (s < n - 1) {
        const nextIns = src[s + 1]!;
        const nextLineno = nextIns.loc.lineno;
        if (nextLineno === lineno) continue;
        if (nextLineno < 0) {
          nextIns.loc = ins.loc;
          continue;
        }
      } else {
        let next: Block | null = bb.next;
        while (next && next.instrs.length === 0) next = next.next;
        if (next) {
          let nextLoc: Location = NO_LOCATION;
          for (const ni of next.instrs) {
            if (ni.opcode === NOP && ni.loc.lineno === -1) continue;
            nextLoc = ni.loc;
            break;
          }
          if (lineno === nextLoc.lineno) continue;
        }
      }
    }
    src[dest++] = ins;
    prevLineno = lineno;
  }
  src.length = dest;
  return n - dest;
}

function removeRedundantNopsAndPairs(entry: Block): void {
  let done = false;
  while (!done) {
    done = true;
    let prev: CInstr | null = null;
    let instr: CInstr | null = null;
    for (let b: Block | null = entry; b; b = b.next) {
      removeRedundantNops(b);
      if (b.label >= 0) instr = null;
      for (const ins of b.instrs) {
        prev = instr;
        instr = ins;
        const prevOp = prev ? prev.opcode : 0;
        const prevArg = prev ? prev.oparg : 0;
        if (ins.opcode === POP_TOP && (prevOp === LOAD_CONST || (prevOp === COPY && prevArg === 1))) {
          setNop(prev!);
          setNop(ins);
          done = false;
        }
      }
      if ((instr && isJumpOp(instr.opcode)) || !hasFallthrough(b)) instr = null;
    }
  }
}

function eliminateEmptyBasicBlocks(g: { entry: Block }): void {
  for (let b: Block | null = g.entry; b; b = b.next) {
    let next: Block | null = b.next;
    while (next && next.instrs.length === 0) next = next.next;
    b.next = next;
  }
  while (g.entry.instrs.length === 0 && g.entry.next) g.entry = g.entry.next;
  let nextLbl = maxLabel(g.entry) + 1;
  for (let b: Block | null = g.entry; b; b = b.next) {
    for (const ins of b.instrs) {
      if (hasTarget(ins.opcode)) {
        let t = ins.target!;
        while (t.instrs.length === 0) t = t.next!;
        if (ins.target !== t) {
          if (t.label < 0) t.label = nextLbl++;
          ins.target = t;
          ins.oparg = t.label;
        }
      }
    }
  }
}

function removeRedundantJumps(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) {
    const last = lastInstr(b);
    if (last && isUncondJumpOp(last.opcode) && last.target === b.next) setNop(last);
  }
}

const MAX_COPY_SIZE = 4;

function inlineSmallExitBlocks(bb: Block): boolean {
  const last = lastInstr(bb);
  if (!last || !isUncondJumpOp(last.opcode)) return false;
  const t = last.target!;
  if (exitsScope(t) && t.instrs.length <= MAX_COPY_SIZE) {
    setNop(last);
    for (const ins of t.instrs) bb.instrs.push(copyInstr(ins));
    return true;
  }
  return false;
}

function jumpThread(inst: CInstr, target: CInstr, opcode: number): boolean {
  if ((inst.loc.lineno === target.loc.lineno || target.loc.lineno === -1) && inst.target !== target.target) {
    inst.target = target.target;
    inst.opcode = opcode;
    return true;
  }
  return false;
}

class Consts {
  private index: Map<string, number> | null = null;
  constructor(readonly list: ConstValue[]) {}
  /** Index of the first constant equal (by CPython's constant key) to `c`, appending it if absent. */
  indexOf(c: ConstValue): number {
    if (!this.index) {
      this.index = new Map();
      // only tuples can equal a folded tuple: skip keying the other constants
      for (let i = 0; i < this.list.length; i++) {
        const c = this.list[i]!;
        if (c.k !== 'tuple') continue;
        const k = constKey(c);
        if (!this.index.has(k)) this.index.set(k, i);
      }
    }
    const key = constKey(c);
    const found = this.index.get(key);
    if (found !== undefined) return found;
    this.list.push(c);
    this.index.set(key, this.list.length - 1);
    return this.list.length - 1;
  }
}

function foldTupleOnConstants(instrs: CInstr[], start: number, n: number, consts: Consts): void {
  for (let i = 0; i < n; i++) if (!hasConst(instrs[start + i]!.opcode)) return;
  const items: ConstValue[] = [];
  for (let i = 0; i < n; i++) {
    const ins = instrs[start + i]!;
    if (ins.opcode !== LOAD_CONST) throw new Error('internal error: failed to get value of a constant');
    items.push(consts.list[ins.oparg]!);
  }
  const index = consts.indexOf({ k: 'tuple', v: items });
  for (let i = 0; i < n; i++) setNop(instrs[start + i]!);
  const b = instrs[start + n]!;
  b.opcode = LOAD_CONST;
  b.oparg = index;
}

const VISITED = -1;

function swaptimize(instrs: CInstr[], ix: number): number {
  let depth = instrs[ix]!.oparg;
  let len = 0;
  let more = false;
  const limit = instrs.length - ix;
  while (++len < limit) {
    const op = instrs[ix + len]!.opcode;
    if (op === SWAP) {
      depth = Math.max(depth, instrs[ix + len]!.oparg);
      more = true;
    } else if (op !== NOP) {
      break;
    }
  }
  if (!more) return ix;
  const stack = new Int32Array(depth);
  for (let i = 0; i < depth; i++) stack[i] = i;
  for (let i = 0; i < len; i++) {
    const ins = instrs[ix + i]!;
    if (ins.opcode === SWAP) {
      const top = stack[0]!;
      stack[0] = stack[ins.oparg - 1]!;
      stack[ins.oparg - 1] = top;
    }
  }
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j) {
        const ins = instrs[ix + current--]!;
        ins.opcode = SWAP;
        ins.oparg = j + 1;
      }
      if (stack[j] === VISITED) break;
      const nextJ = stack[j]!;
      stack[j] = VISITED;
      j = nextJ;
    }
  }
  while (current >= 0) setNop(instrs[ix + current--]!);
  return ix + len - 1;
}

const swappable = (op: number): boolean => op === STORE_FAST || op === STORE_FAST_MAYBE_NULL || op === POP_TOP;
const storesTo = (i: CInstr): number => (i.opcode === STORE_FAST || i.opcode === STORE_FAST_MAYBE_NULL ? i.oparg : -1);

function nextSwappable(instrs: CInstr[], i: number, lineno: number): number {
  while (++i < instrs.length) {
    const ins = instrs[i]!;
    if (lineno >= 0 && ins.loc.lineno !== lineno) return -1;
    if (ins.opcode === NOP) continue;
    if (swappable(ins.opcode)) return i;
    return -1;
  }
  return -1;
}

function applyStaticSwaps(instrs: CInstr[], i: number): void {
  for (; i >= 0; i--) {
    const swap = instrs[i]!;
    if (swap.opcode !== SWAP) {
      if (swap.opcode === NOP || swappable(swap.opcode)) continue;
      return;
    }
    const j = nextSwappable(instrs, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = instrs[j]!.loc.lineno;
    for (let count = swap.oparg - 1; count > 0; count--) {
      k = nextSwappable(instrs, k, lineno);
      if (k < 0) return;
    }
    const sj = storesTo(instrs[j]!), sk = storesTo(instrs[k]!);
    if (sj >= 0 || sk >= 0) {
      if (sj === sk) return;
      for (let idx = j + 1; idx < k; idx++) {
        const s = storesTo(instrs[idx]!);
        if (s >= 0 && (s === sj || s === sk)) return;
      }
    }
    setNop(swap);
    const tmp = instrs[j]!;
    instrs[j] = instrs[k]!;
    instrs[k] = tmp;
  }
}

const NOP_INSTR: CInstr = makeInstr(NOP, 0, NO_LOCATION);

function optimizeBasicBlock(bb: Block, consts: Consts): void {
  const instrs = bb.instrs;
  let target: CInstr = NOP_INSTR;
  let opcode = 0, oparg = 0, nextop = 0;
  for (let i = 0; i < instrs.length; i++) {
    const inst = instrs[i]!;
    const isCopyOfLoadConst = opcode === LOAD_CONST && inst.opcode === COPY && inst.oparg === 1;
    if (!isCopyOfLoadConst) {
      opcode = inst.opcode;
      oparg = inst.oparg;
      target = hasTarget(opcode) ? inst.target!.instrs[0]! : NOP_INSTR;
    }
    nextop = i + 1 < instrs.length ? instrs[i + 1]!.opcode : 0;
    switch (opcode) {
      case LOAD_CONST:
        if (nextop === POP_JUMP_IF_FALSE || nextop === POP_JUMP_IF_TRUE) {
          const isTrue = constTruth(consts.list[oparg]!);
          setNop(inst);
          const jumpIfTrue = nextop === POP_JUMP_IF_TRUE;
          if (isTrue === jumpIfTrue) instrs[i + 1]!.opcode = JUMP;
          else setNop(instrs[i + 1]!);
        } else if (nextop === IS_OP) {
          const c = consts.list[oparg]!;
          const jumpOp = i + 2 < instrs.length ? instrs[i + 2]!.opcode : 0;
          if (c.k === 'none' && (jumpOp === POP_JUMP_IF_FALSE || jumpOp === POP_JUMP_IF_TRUE)) {
            const nextarg = instrs[i + 1]!.oparg & 0xff;
            setNop(inst);
            setNop(instrs[i + 1]!);
            instrs[i + 2]!.opcode = (nextarg ^ (jumpOp === POP_JUMP_IF_FALSE ? 1 : 0)) ? POP_JUMP_IF_NOT_NONE : POP_JUMP_IF_NONE;
          }
        } else if (nextop === RETURN_VALUE) {
          setNop(inst);
          const r = instrs[++i]!;
          r.opcode = RETURN_CONST;
          r.oparg = oparg;
        }
        break;
      case BUILD_TUPLE:
        if (nextop === UNPACK_SEQUENCE && oparg === instrs[i + 1]!.oparg) {
          if (oparg === 1) {
            setNop(inst);
            setNop(instrs[i + 1]!);
            continue;
          }
          if (oparg === 2 || oparg === 3) {
            setNop(inst);
            instrs[i + 1]!.opcode = SWAP;
            continue;
          }
        }
        if (i >= oparg) foldTupleOnConstants(instrs, i - oparg, oparg, consts);
        break;
      case POP_JUMP_IF_NOT_NONE:
      case POP_JUMP_IF_NONE:
        if (target.opcode === JUMP) i -= jumpThread(inst, target, inst.opcode) ? 1 : 0;
        break;
      case POP_JUMP_IF_FALSE:
        if (target.opcode === JUMP) i -= jumpThread(inst, target, POP_JUMP_IF_FALSE) ? 1 : 0;
        break;
      case POP_JUMP_IF_TRUE:
        if (target.opcode === JUMP) i -= jumpThread(inst, target, POP_JUMP_IF_TRUE) ? 1 : 0;
        break;
      case JUMP:
        if (target.opcode === JUMP) i -= jumpThread(inst, target, JUMP) ? 1 : 0;
        break;
      case SWAP:
        if (oparg === 1) {
          setNop(inst);
          break;
        }
        i = swaptimize(instrs, i);
        applyStaticSwaps(instrs, i);
        break;
      case PUSH_NULL:
        if (nextop === LOAD_GLOBAL && (instrs[i + 1]!.oparg & 1) === 0) {
          setNop(inst);
          instrs[i + 1]!.oparg |= 1;
        }
        break;
      default:
        break;
    }
  }
}

function checkCfg(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) {
    const n = b.instrs.length;
    for (let i = 0; i < n - 1; i++) {
      if (isTerminatorOp(b.instrs[i]!.opcode)) throw new Error('malformed control flow graph.');
    }
  }
}

function optimizeCfg(g: { entry: Block }, consts: Consts): void {
  checkCfg(g.entry);
  eliminateEmptyBasicBlocks(g);
  for (let b: Block | null = g.entry; b; b = b.next) inlineSmallExitBlocks(b);
  for (let b: Block | null = g.entry; b; b = b.next) optimizeBasicBlock(b, consts);
  removeRedundantNopsAndPairs(g.entry);
  for (let b: Block | null = g.entry; b; b = b.next) inlineSmallExitBlocks(b);
  markReachable(g.entry);
  for (let b: Block | null = g.entry; b; b = b.next) if (b.predecessors === 0) b.instrs = [];
  for (let b: Block | null = g.entry; b; b = b.next) removeRedundantNops(b);
  eliminateEmptyBasicBlocks(g);
  removeRedundantJumps(g.entry);
}

function removeUnusedConsts(entry: Block, consts: ConstValue[]): void {
  const n = consts.length;
  if (n === 0) return;
  const used = new Uint8Array(n);
  used[0] = 1;
  for (let b: Block | null = entry; b; b = b.next) {
    for (const ins of b.instrs) if (hasConst(ins.opcode)) used[ins.oparg] = 1;
  }
  const reverse = new Int32Array(n).fill(-1);
  let nUsed = 0;
  for (let i = 0; i < n; i++) if (used[i]) reverse[i] = nUsed++;
  if (nUsed === n) return;
  let w = 0;
  for (let i = 0; i < n; i++) if (used[i]) consts[w++] = consts[i]!;
  consts.length = nUsed;
  for (let b: Block | null = entry; b; b = b.next) {
    for (const ins of b.instrs) if (hasConst(ins.opcode)) ins.oparg = reverse[ins.oparg]!;
  }
}

// ---- LOAD_FAST_CHECK insertion (add_checks_for_loads_of_uninitialized_variables) ----

function maybePush(b: Block, lo: number, hi: number, stack: Block[]): void {
  const bothLo = (b.unsafeLo | lo) >>> 0, bothHi = (b.unsafeHi | hi) >>> 0;
  if (b.unsafeLo !== bothLo || b.unsafeHi !== bothHi) {
    b.unsafeLo = bothLo;
    b.unsafeHi = bothHi;
    if (!b.visited) {
      stack.push(b);
      b.visited = true;
    }
  }
}

function scanBlockForLocals(b: Block, stack: Block[]): void {
  // bit i of (lo, hi) set: local i may be unbound here
  let lo = b.unsafeLo, hi = b.unsafeHi;
  for (const ins of b.instrs) {
    if (ins.except) maybePush(ins.except, lo, hi, stack);
    const arg = ins.oparg;
    if (arg >= 64) continue;
    const bitLo = arg < 32 ? (1 << arg) >>> 0 : 0;
    const bitHi = arg >= 32 ? (1 << (arg - 32)) >>> 0 : 0;
    switch (ins.opcode) {
      case DELETE_FAST:
      case LOAD_FAST_AND_CLEAR:
      case STORE_FAST_MAYBE_NULL:
        lo = (lo | bitLo) >>> 0;
        hi = (hi | bitHi) >>> 0;
        break;
      case STORE_FAST:
      case LOAD_FAST_CHECK:
        lo = (lo & ~bitLo) >>> 0;
        hi = (hi & ~bitHi) >>> 0;
        break;
      case LOAD_FAST:
        if ((lo & bitLo) !== 0 || (hi & bitHi) !== 0) ins.opcode = LOAD_FAST_CHECK;
        lo = (lo & ~bitLo) >>> 0;
        hi = (hi & ~bitHi) >>> 0;
        break;
    }
  }
  if (b.next && hasFallthrough(b)) maybePush(b.next, lo, hi, stack);
  const last = lastInstr(b);
  if (last && isJumpOp(last.opcode)) maybePush(last.target!, lo, hi, stack);
}

function fastScanManyLocals(entry: Block, nlocals: number): void {
  const states = new Float64Array(nlocals - 64);
  let blocknum = 0;
  for (let b: Block | null = entry; b; b = b.next) {
    blocknum++;
    for (const ins of b.instrs) {
      const arg = ins.oparg;
      if (arg < 64) continue;
      switch (ins.opcode) {
        case DELETE_FAST:
        case LOAD_FAST_AND_CLEAR:
        case STORE_FAST_MAYBE_NULL:
          states[arg - 64] = blocknum - 1;
          break;
        case STORE_FAST:
          states[arg - 64] = blocknum;
          break;
        case LOAD_FAST:
          if (states[arg - 64] !== blocknum) ins.opcode = LOAD_FAST_CHECK;
          states[arg - 64] = blocknum;
          break;
      }
    }
  }
}

function addChecksForLoadsOfUninitializedVariables(entry: Block, nlocals: number, nparams: number): void {
  if (nlocals === 0) return;
  if (nlocals > 64) {
    fastScanManyLocals(entry, nlocals);
    nlocals = 64;
  }
  for (let b: Block | null = entry; b; b = b.next) b.visited = false;
  const stack: Block[] = [];
  let lo = 0, hi = 0;
  for (let i = nparams; i < nlocals; i++) {
    if (i < 32) lo = (lo | (1 << i)) >>> 0;
    else hi = (hi | (1 << (i - 32))) >>> 0;
  }
  maybePush(entry, lo, hi, stack);
  for (let b: Block | null = entry; b; b = b.next) scanBlockForLocals(b, stack);
  while (stack.length) {
    const b = stack.pop()!;
    b.visited = false;
    scanBlockForLocals(b, stack);
  }
}

// ---- cold blocks ----

function markWarm(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) b.visited = false;
  const stack: Block[] = [entry];
  entry.visited = true;
  while (stack.length) {
    const b = stack.pop()!;
    b.warm = true;
    const next = b.next;
    if (next && hasFallthrough(b) && !next.visited) {
      stack.push(next);
      next.visited = true;
    }
    for (const ins of b.instrs) {
      if (isJumpOp(ins.opcode) && !ins.target!.visited) {
        stack.push(ins.target!);
        ins.target!.visited = true;
      }
    }
  }
}

function markCold(entry: Block): void {
  markWarm(entry);
  for (let b: Block | null = entry; b; b = b.next) b.visited = false;
  const stack: Block[] = [];
  for (let b: Block | null = entry; b; b = b.next) {
    if (b.exceptHandler) {
      stack.push(b);
      b.visited = true;
    }
  }
  while (stack.length) {
    const b = stack.pop()!;
    b.cold = true;
    const next = b.next;
    if (next && hasFallthrough(b) && !next.warm && !next.visited) {
      stack.push(next);
      next.visited = true;
    }
    for (const ins of b.instrs) {
      if (isJumpOp(ins.opcode)) {
        const t = ins.target!;
        if (!t.warm && !t.visited) {
          stack.push(t);
          t.visited = true;
        }
      }
    }
  }
}

function pushColdBlocksToEnd(g: { entry: Block }): void {
  const entry = g.entry;
  if (!entry.next) return;
  markCold(entry);
  let nextLbl = maxLabel(entry) + 1;
  for (let b: Block | null = entry; b; b = b.next) {
    if (b.cold && hasFallthrough(b) && b.next && b.next.warm) {
      const j = new Block();
      if (b.next.label < 0) b.next.label = nextLbl++;
      j.instrs.push(makeInstr(JUMP, b.next.label, NO_LOCATION, b.next));
      j.cold = true;
      j.next = b.next;
      b.next = j;
    }
  }
  let coldHead: Block | null = null;
  let coldTail: Block | null = null;
  let b = entry;
  while (b.next) {
    while (b.next && !b.next.cold) b = b.next;
    if (!b.next) break;
    let end: Block = b.next;
    while (end.next && end.next.cold) end = end.next;
    if (!coldHead) coldHead = b.next;
    else coldTail!.next = b.next;
    coldTail = end;
    b.next = end.next;
    end.next = null;
  }
  b.next = coldHead;
  if (coldHead) removeRedundantJumps(entry);
}

// ---- line numbers ----

function isExitWithoutLineno(b: Block): boolean {
  if (!exitsScope(b)) return false;
  for (const ins of b.instrs) if (ins.loc.lineno >= 0) return false;
  return true;
}

function duplicateExitsWithoutLineno(entry: Block): void {
  let nextLbl = maxLabel(entry) + 1;
  for (let b: Block | null = entry; b; b = b.next) {
    const last = lastInstr(b)!;
    if (isJumpOp(last.opcode)) {
      const t = last.target!;
      if (isExitWithoutLineno(t) && t.predecessors > 1) {
        const nt = new Block();
        for (const ins of t.instrs) nt.instrs.push(copyInstr(ins));
        nt.instrs[0]!.loc = last.loc;
        last.target = nt;
        t.predecessors--;
        nt.predecessors = 1;
        nt.next = t.next;
        nt.label = nextLbl++;
        t.next = nt;
      }
    }
  }
  for (let b: Block | null = entry; b; b = b.next) {
    if (hasFallthrough(b) && b.next && b.instrs.length > 0 && isExitWithoutLineno(b.next)) {
      b.next.instrs[0]!.loc = lastInstr(b)!.loc;
    }
  }
}

function propagateLineNumbers(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) {
    const last = lastInstr(b);
    if (!last) continue;
    let prev: Location = NO_LOCATION;
    for (const ins of b.instrs) {
      if (ins.loc.lineno < 0) ins.loc = prev;
      else prev = ins.loc;
    }
    if (hasFallthrough(b) && b.next && b.next.predecessors === 1) {
      if (b.next!.instrs[0]!.loc.lineno < 0) b.next!.instrs[0]!.loc = prev;
    }
    if (isJumpOp(last.opcode)) {
      const t = last.target!;
      if (t.predecessors === 1 && t.instrs[0]!.loc.lineno < 0) t.instrs[0]!.loc = prev;
    }
  }
}

function guaranteeLinenoForExits(entry: Block, firstlineno: number): void {
  let lineno = firstlineno;
  for (let b: Block | null = entry; b; b = b.next) {
    const last = lastInstr(b);
    if (!last) continue;
    if (last.loc.lineno < 0) {
      if (last.opcode === RETURN_VALUE) {
        for (const ins of b.instrs) ins.loc = { lineno, end_lineno: ins.loc.end_lineno, col_offset: ins.loc.col_offset, end_col_offset: ins.loc.end_col_offset };
      }
    } else {
      lineno = last.loc.lineno;
    }
  }
}

/** _PyCfg_OptimizeCodeUnit. `consts` is updated in place (folded tuples appended, unused dropped). */
export function optimizeCodeUnit(g: { entry: Block }, consts: ConstValue[], nlocals: number, nparams: number, firstlineno: number): void {
  translateJumpLabelsToTargets(g.entry);
  markExceptHandlers(g.entry);
  labelExceptionTargets(g.entry);
  optimizeCfg(g, new Consts(consts));
  removeUnusedConsts(g.entry, consts);
  addChecksForLoadsOfUninitializedVariables(g.entry, nlocals, nparams);
  pushColdBlocksToEnd(g);
  duplicateExitsWithoutLineno(g.entry);
  propagateLineNumbers(g.entry);
  guaranteeLinenoForExits(g.entry, firstlineno);
}

export { isScopeExitOp, noFallthrough };
