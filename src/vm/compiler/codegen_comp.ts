/**
 * Comprehension codegen (CPython 3.12 compile.c): generator expressions as nested code objects,
 * list/set/dict comprehensions inlined into the enclosing unit (PEP 709) with the
 * LOAD_FAST_AND_CLEAR / SWAP / STORE_FAST_MAYBE_NULL save-restore protocol and its cleanup
 * handler, and async comprehensions.
 */
import type * as A from '../ast/nodes';
import { Op } from '../bytecode/opcodes';
import { NO_LOCATION, type Label, type Location } from './instr';
import { Compiler, FB, LOC } from './codegen_core';
import { visitExpr, jumpIf, addopYield, addYieldFrom } from './codegen_expr';
import { wrapInStopIterationHandler } from './codegen_defs';
import { isFunctionLike, CELL, FREE, DEF_LOCAL, DEF_NONLOCAL, SCOPE_OFFSET, SCOPE_MASK, type SymbolTableEntry } from './symtable';

export type CompType = 'genexp' | 'list' | 'set' | 'dict';

interface InlineState {
  pushedLocals: string[] | null;
  tempSymbols: Map<string, number> | null;
  fastHidden: Set<string> | null;
  cleanup: Label | null;
  end: Label | null;
}

function comprehensionGenerator(c: Compiler, loc: Location, generators: A.comprehension[], genIndex: number, depth: number,
  elt: A.expr, val: A.expr | null, type: CompType, iterOnStack: boolean): void {
  const gen = generators[genIndex]!;
  if (gen.is_async) asyncComprehensionGenerator(c, loc, generators, genIndex, depth, elt, val, type, iterOnStack);
  else syncComprehensionGenerator(c, loc, generators, genIndex, depth, elt, val, type, iterOnStack);
}

function emitElement(c: Compiler, elt: A.expr, val: A.expr | null, type: CompType, depth: number): Location {
  let eltLoc = LOC(elt);
  switch (type) {
    case 'genexp':
      visitExpr(c, elt);
      addopYield(c, eltLoc);
      c.addop(Op.POP_TOP, eltLoc);
      break;
    case 'list':
      visitExpr(c, elt);
      c.addopI(Op.LIST_APPEND, depth + 1, eltLoc);
      break;
    case 'set':
      visitExpr(c, elt);
      c.addopI(Op.SET_ADD, depth + 1, eltLoc);
      break;
    case 'dict':
      visitExpr(c, elt);
      visitExpr(c, val!);
      eltLoc = { lineno: elt.lineno, end_lineno: val!.end_lineno ?? val!.lineno, col_offset: elt.col_offset, end_col_offset: val!.end_col_offset ?? val!.col_offset };
      c.addopI(Op.MAP_ADD, depth + 1, eltLoc);
      break;
  }
  return eltLoc;
}

function syncComprehensionGenerator(c: Compiler, loc: Location, generators: A.comprehension[], genIndex: number, depth: number,
  elt: A.expr, val: A.expr | null, type: CompType, iterOnStack: boolean): void {
  let start: Label | null = c.newLabel();
  const ifCleanup = c.newLabel();
  const anchor = c.newLabel();
  const gen = generators[genIndex]!;
  if (!iterOnStack) {
    if (genIndex === 0) {
      c.u.argcount = 1;
      c.addopI(Op.LOAD_FAST, 0, loc);
    } else {
      const it = gen.iter;
      const elts = it._type === 'List' || it._type === 'Tuple' ? it.elts : null;
      if (elts && elts.length === 1 && elts[0]!._type !== 'Starred') {
        visitExpr(c, elts[0]!);
        start = null;
      }
      if (start) {
        visitExpr(c, gen.iter);
        c.addop(Op.GET_ITER, loc);
      }
    }
  }
  if (start) {
    depth++;
    c.useLabel(start);
    c.addopJ(Op.FOR_ITER, anchor, loc);
  }
  visitExpr(c, gen.target);
  for (const e of gen.ifs) jumpIf(c, loc, e, ifCleanup, false);
  if (++genIndex < generators.length) {
    comprehensionGenerator(c, loc, generators, genIndex, depth, elt, val, type, false);
  }
  let eltLoc = LOC(elt);
  if (genIndex >= generators.length) eltLoc = emitElement(c, elt, val, type, depth);
  c.useLabel(ifCleanup);
  if (start) {
    c.addopJ(Op.JUMP, start, eltLoc);
    c.useLabel(anchor);
    c.addop(Op.END_FOR, NO_LOCATION);
  }
}

function asyncComprehensionGenerator(c: Compiler, loc: Location, generators: A.comprehension[], genIndex: number, depth: number,
  elt: A.expr, val: A.expr | null, type: CompType, iterOnStack: boolean): void {
  const start = c.newLabel();
  const except = c.newLabel();
  const ifCleanup = c.newLabel();
  const gen = generators[genIndex]!;
  if (!iterOnStack) {
    if (genIndex === 0) {
      c.u.argcount = 1;
      c.addopI(Op.LOAD_FAST, 0, loc);
    } else {
      visitExpr(c, gen.iter);
      c.addop(Op.GET_AITER, loc);
    }
  }
  c.useLabel(start);
  c.pushFBlock(loc, FB.ASYNC_COMPREHENSION_GENERATOR, start, null, null);
  c.addopJ(Op.SETUP_FINALLY, except, loc);
  c.addop(Op.GET_ANEXT, loc);
  c.loadConst({ k: 'none' }, loc);
  addYieldFrom(c, loc, true);
  c.addop(Op.POP_BLOCK, loc);
  visitExpr(c, gen.target);
  for (const e of gen.ifs) jumpIf(c, loc, e, ifCleanup, false);
  depth++;
  if (++genIndex < generators.length) {
    comprehensionGenerator(c, loc, generators, genIndex, depth, elt, val, type, false);
  }
  let eltLoc = LOC(elt);
  if (genIndex >= generators.length) eltLoc = emitElement(c, elt, val, type, depth);
  c.useLabel(ifCleanup);
  c.addopJ(Op.JUMP, start, eltLoc);
  c.popFBlock(FB.ASYNC_COMPREHENSION_GENERATOR);
  c.useLabel(except);
  c.addop(Op.END_ASYNC_FOR, loc);
}

function pushInlinedComprehensionState(c: Compiler, loc: Location, entry: SymbolTableEntry, state: InlineState): void {
  const u = c.u;
  const inClassBlock = u.ste.type === 'class' && !u.inInlinedComp;
  u.inInlinedComp++;
  for (const [k, symbol] of entry.symbols) {
    const scope = (symbol >> SCOPE_OFFSET) & SCOPE_MASK;
    const outv = u.ste.symbols.get(k) ?? 0;
    const outsc = (outv >> SCOPE_OFFSET) & SCOPE_MASK;
    if ((scope !== outsc && scope !== FREE && !(scope === CELL && outsc === FREE)) || inClassBlock) {
      if (!state.tempSymbols) {
        state.tempSymbols = new Map();
        u.savedSymbols.push(state.tempSymbols);
      }
      u.ste.symbols.set(k, symbol);
      state.tempSymbols.set(k, outv);
    }
    if (((symbol & DEF_LOCAL) && !(symbol & DEF_NONLOCAL)) || inClassBlock) {
      if (!isFunctionLike(u.ste)) {
        if (u.fasthidden.get(k) !== true) {
          u.fasthidden.set(k, true);
          if (!state.fastHidden) state.fastHidden = new Set();
          state.fastHidden.add(k);
        }
      }
      if (!state.pushedLocals) state.pushedLocals = [];
      c.addopName(Op.LOAD_FAST_AND_CLEAR, k, u.varnames, loc);
      if (scope === CELL) {
        if (outsc === FREE) c.addopName(Op.MAKE_CELL, k, u.freevars, loc);
        else c.addopName(Op.MAKE_CELL, k, u.cellvars, loc);
      }
      state.pushedLocals.push(k);
    }
  }
  if (state.pushedLocals) {
    c.addopI(Op.SWAP, state.pushedLocals.length + 1, loc);
    state.cleanup = c.newLabel();
    state.end = c.newLabel();
    c.addopJ(Op.SETUP_FINALLY, state.cleanup, loc);
  }
}

function restoreInlinedComprehensionLocals(c: Compiler, loc: Location, state: InlineState): void {
  const pushed = state.pushedLocals!;
  c.addopI(Op.SWAP, pushed.length + 1, loc);
  for (let i = pushed.length - 1; i >= 0; i--) c.addopName(Op.STORE_FAST_MAYBE_NULL, pushed[i]!, c.u.varnames, loc);
}

function popInlinedComprehensionState(c: Compiler, loc: Location, state: InlineState): void {
  const u = c.u;
  u.inInlinedComp--;
  if (state.tempSymbols) {
    for (const [k, v] of state.tempSymbols) u.ste.symbols.set(k, v);
    u.savedSymbols.pop();
    state.tempSymbols = null;
  }
  if (state.pushedLocals) {
    c.addop(Op.POP_BLOCK, NO_LOCATION);
    c.addopJ(Op.JUMP, state.end!, NO_LOCATION);
    c.useLabel(state.cleanup!);
    c.addopI(Op.SWAP, 2, NO_LOCATION);
    c.addop(Op.POP_TOP, NO_LOCATION);
    restoreInlinedComprehensionLocals(c, loc, state);
    c.addopI(Op.RERAISE, 0, NO_LOCATION);
    c.useLabel(state.end!);
    restoreInlinedComprehensionLocals(c, loc, state);
    state.pushedLocals = null;
  }
  if (state.fastHidden) {
    for (const k of state.fastHidden) u.fasthidden.set(k, false);
    state.fastHidden = null;
  }
}

function comprehensionIter(c: Compiler, loc: Location, comp: A.comprehension): void {
  visitExpr(c, comp.iter);
  c.addop(comp.is_async ? Op.GET_AITER : Op.GET_ITER, loc);
}

export function compilerComprehension(c: Compiler, e: A.expr, type: CompType, name: string,
  generators: A.comprehension[], elt: A.expr, val: A.expr | null): void {
  const state: InlineState = { pushedLocals: null, tempSymbols: null, fastHidden: null, cleanup: null, end: null };
  const scopeType = c.u.scopeType;
  const isTopLevelAwait = c.isTopLevelAwait();
  const entry = c.st.lookup(e);
  const isInlined = entry.compInlined;
  const isAsyncGenerator = entry.coroutine;
  let loc = LOC(e);
  const outermost = generators[0]!;
  if (isInlined) {
    comprehensionIter(c, loc, outermost);
    pushInlinedComprehensionState(c, loc, entry, state);
  } else {
    c.enterScope(name, 'comprehension', e, e.lineno);
  }
  if (isAsyncGenerator && type !== 'genexp' && scopeType !== 'async_function' && scopeType !== 'comprehension' && !isTopLevelAwait) {
    c.error(loc, 'asynchronous comprehension outside of an asynchronous function');
  }
  if (type !== 'genexp') {
    c.addopI(type === 'list' ? Op.BUILD_LIST : type === 'set' ? Op.BUILD_SET : Op.BUILD_MAP, 0, loc);
    if (isInlined) c.addopI(Op.SWAP, 2, loc);
  }
  comprehensionGenerator(c, loc, generators, 0, 0, elt, val, type, isInlined);
  if (isInlined) {
    popInlinedComprehensionState(c, loc, state);
    return;
  }
  if (type !== 'genexp') c.addop(Op.RETURN_VALUE, LOC(e));
  if (type === 'genexp') wrapInStopIterationHandler(c);
  const co = c.optimizeAndAssemble(true);
  c.exitScope();
  if (isTopLevelAwait && isAsyncGenerator) c.u.ste.coroutine = true;
  loc = LOC(e);
  c.makeClosure(loc, co, 0);
  comprehensionIter(c, loc, outermost);
  c.addopI(Op.CALL, 0, loc);
  if (isAsyncGenerator && type !== 'genexp') {
    c.addopI(Op.GET_AWAITABLE, 0, loc);
    c.loadConst({ k: 'none' }, loc);
    addYieldFrom(c, loc, true);
  }
}
