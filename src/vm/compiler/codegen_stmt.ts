/**
 * Statement codegen (CPython 3.12 compile.c): bodies and docstrings, control flow with fblock
 * unwinding for return/break/continue, try/except/finally, except*, with/async with, imports,
 * assert, assignment forms, and the statement dispatch (definitions: codegen_defs.ts).
 */
import type * as A from '../ast/nodes';
import type { ConstValue } from '../ast/constants';
import { Op } from '../bytecode/opcodes';
import { NO_LOCATION, type Label, type Location } from './instr';
import { Compiler, FB, LOC, type FBlock } from './codegen_core';
import { getDocString, CO_FUTURE_ANNOTATIONS } from './future';
import { isFunctionLike } from './symtable';
import { visitExpr, jumpIf, addYieldFrom, visitAnnexpr, compilerSlice, updateStartLocationToMatchAttr, addopBinary } from './codegen_expr';
import { compilerFunction, compilerClass, compilerTypeAlias } from './codegen_defs';
import { compilerMatch } from './codegen_match';

const NONE: ConstValue = { k: 'none' };
const str = (v: string): ConstValue => ({ k: 'str', v });

function findAnn(stmts: A.stmt[]): boolean {
  for (const st of stmts) {
    switch (st._type) {
      case 'AnnAssign': return true;
      case 'For': case 'AsyncFor': case 'While': case 'If':
        if (findAnn(st.body) || findAnn(st.orelse)) return true;
        break;
      case 'With': case 'AsyncWith':
        if (findAnn(st.body)) return true;
        break;
      case 'Try': case 'TryStar':
        for (const h of st.handlers) if (findAnn(h.body)) return true;
        if (findAnn(st.body) || findAnn(st.finalbody) || findAnn(st.orelse)) return true;
        break;
      case 'Match':
        for (const m of st.cases) if (findAnn(m.body)) return true;
        break;
      default: break;
    }
  }
  return false;
}

export function visitStmts(c: Compiler, stmts: A.stmt[]): void {
  for (const s of stmts) visitStmt(c, s);
}

/** compiler_body: SETUP_ANNOTATIONS, the docstring store, then the statements. */
export function compilerBody(c: Compiler, loc: Location, stmts: A.stmt[]): void {
  let i = 0;
  if (c.u.scopeType === 'module' && stmts.length) loc = LOC(stmts[0]!);
  if (findAnn(stmts)) c.addop(Op.SETUP_ANNOTATIONS, loc);
  if (!stmts.length) return;
  if (c.optimize < 2 && getDocString(stmts) !== null) {
    i = 1;
    visitExpr(c, (stmts[0] as A.Expr).value);
    c.nameop(NO_LOCATION, '__doc__', 'Store');
  }
  for (; i < stmts.length; i++) visitStmt(c, stmts[i]!);
}

// ---- unwinding ------------------------------------------------------------------------------

function callExitWithNones(c: Compiler, loc: Location): void {
  c.loadConst(NONE, loc);
  c.loadConst(NONE, loc);
  c.loadConst(NONE, loc);
  c.addopI(Op.CALL, 2, loc);
}

export function popExceptAndReraise(c: Compiler, loc: Location): void {
  c.addopI(Op.COPY, 3, loc);
  c.addop(Op.POP_EXCEPT, loc);
  c.addopI(Op.RERAISE, 1, loc);
}

/** Unwinds one fblock; `ploc.loc` may become NO_LOCATION as in CPython. */
function unwindFBlock(c: Compiler, ploc: { loc: Location }, info: FBlock, preserveTos: boolean): void {
  switch (info.type) {
    case FB.WHILE_LOOP: case FB.EXCEPTION_HANDLER: case FB.EXCEPTION_GROUP_HANDLER:
    case FB.ASYNC_COMPREHENSION_GENERATOR: case FB.STOP_ITERATION:
      return;
    case FB.FOR_LOOP:
      if (preserveTos) c.addopI(Op.SWAP, 2, ploc.loc);
      c.addop(Op.POP_TOP, ploc.loc);
      return;
    case FB.TRY_EXCEPT:
      c.addop(Op.POP_BLOCK, ploc.loc);
      return;
    case FB.FINALLY_TRY:
      c.addop(Op.POP_BLOCK, ploc.loc);
      if (preserveTos) c.pushFBlock(ploc.loc, FB.POP_VALUE, null, null, null);
      visitStmts(c, info.datum as A.stmt[]);
      if (preserveTos) c.popFBlock(FB.POP_VALUE);
      ploc.loc = NO_LOCATION;
      return;
    case FB.FINALLY_END:
      if (preserveTos) c.addopI(Op.SWAP, 2, ploc.loc);
      c.addop(Op.POP_TOP, ploc.loc);
      if (preserveTos) c.addopI(Op.SWAP, 2, ploc.loc);
      c.addop(Op.POP_BLOCK, ploc.loc);
      c.addop(Op.POP_EXCEPT, ploc.loc);
      return;
    case FB.WITH:
    case FB.ASYNC_WITH:
      ploc.loc = LOC(info.datum as A.stmt);
      c.addop(Op.POP_BLOCK, ploc.loc);
      if (preserveTos) c.addopI(Op.SWAP, 2, ploc.loc);
      callExitWithNones(c, ploc.loc);
      if (info.type === FB.ASYNC_WITH) {
        c.addopI(Op.GET_AWAITABLE, 2, ploc.loc);
        c.loadConst(NONE, ploc.loc);
        addYieldFrom(c, ploc.loc, true);
      }
      c.addop(Op.POP_TOP, ploc.loc);
      ploc.loc = NO_LOCATION;
      return;
    case FB.HANDLER_CLEANUP: {
      const name = info.datum as string | null;
      if (name) c.addop(Op.POP_BLOCK, ploc.loc);
      if (preserveTos) c.addopI(Op.SWAP, 2, ploc.loc);
      c.addop(Op.POP_BLOCK, ploc.loc);
      c.addop(Op.POP_EXCEPT, ploc.loc);
      if (name) {
        c.loadConst(NONE, ploc.loc);
        c.nameop(ploc.loc, name, 'Store');
        c.nameop(ploc.loc, name, 'Del');
      }
      return;
    }
    case FB.POP_VALUE:
      if (preserveTos) c.addopI(Op.SWAP, 2, ploc.loc);
      c.addop(Op.POP_TOP, ploc.loc);
      return;
  }
}

/** Unwinds the fblock stack; with `loop`, stops at (and reports) the innermost loop. */
function unwindFBlockStack(c: Compiler, ploc: { loc: Location }, preserveTos: boolean, loop: { f: FBlock | null } | null): void {
  const fb = c.u.fblocks;
  if (fb.length === 0) return;
  const top = fb[fb.length - 1]!;
  if (top.type === FB.EXCEPTION_GROUP_HANDLER) {
    c.error(ploc.loc, "'break', 'continue' and 'return' cannot appear in an except* block");
  }
  if (loop !== null && (top.type === FB.WHILE_LOOP || top.type === FB.FOR_LOOP)) {
    loop.f = top;
    return;
  }
  fb.pop();
  unwindFBlock(c, ploc, top, preserveTos);
  unwindFBlockStack(c, ploc, preserveTos, loop);
  fb.push(top);
}

// ---- control flow ---------------------------------------------------------------------------

function compilerIf(c: Compiler, s: A.If): void {
  const end = c.newLabel();
  const next = s.orelse.length ? c.newLabel() : end;
  jumpIf(c, LOC(s), s.test, next, false);
  visitStmts(c, s.body);
  if (s.orelse.length) {
    c.addopJ(Op.JUMP, end, NO_LOCATION);
    c.useLabel(next);
    visitStmts(c, s.orelse);
  }
  c.useLabel(end);
}

function compilerFor(c: Compiler, s: A.For): void {
  const loc = LOC(s);
  const start = c.newLabel();
  const body = c.newLabel();
  const cleanup = c.newLabel();
  const end = c.newLabel();
  c.pushFBlock(loc, FB.FOR_LOOP, start, end, null);
  visitExpr(c, s.iter);
  // CPython 3.12.1 (our oracle) locates GET_ITER/FOR_ITER at the whole statement and emits no
  // NOP for the target (3.12.5 changed both).
  c.addop(Op.GET_ITER, loc);
  c.useLabel(start);
  c.addopJ(Op.FOR_ITER, cleanup, loc);
  c.useLabel(body);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.addopJ(Op.JUMP, start, NO_LOCATION);
  c.useLabel(cleanup);
  c.addop(Op.END_FOR, NO_LOCATION);
  c.popFBlock(FB.FOR_LOOP);
  visitStmts(c, s.orelse);
  c.useLabel(end);
}

function compilerAsyncFor(c: Compiler, s: A.AsyncFor): void {
  let loc = LOC(s);
  if (c.isTopLevelAwait()) c.u.ste.coroutine = true;
  else if (c.u.scopeType !== 'async_function') c.error(loc, "'async for' outside async function");
  const start = c.newLabel();
  const except = c.newLabel();
  const end = c.newLabel();
  visitExpr(c, s.iter);
  c.addop(Op.GET_AITER, loc);
  c.useLabel(start);
  c.pushFBlock(loc, FB.FOR_LOOP, start, end, null);
  c.addopJ(Op.SETUP_FINALLY, except, loc);
  c.addop(Op.GET_ANEXT, loc);
  c.loadConst(NONE, loc);
  addYieldFrom(c, loc, true);
  c.addop(Op.POP_BLOCK, loc);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.addopJ(Op.JUMP, start, NO_LOCATION);
  c.popFBlock(FB.FOR_LOOP);
  c.useLabel(except);
  loc = LOC(s.iter);
  c.addop(Op.END_ASYNC_FOR, loc);
  visitStmts(c, s.orelse);
  c.useLabel(end);
}

function compilerWhile(c: Compiler, s: A.While): void {
  const loop = c.newLabel();
  const body = c.newLabel();
  const end = c.newLabel();
  const anchor = c.newLabel();
  c.useLabel(loop);
  c.pushFBlock(LOC(s), FB.WHILE_LOOP, loop, end, null);
  jumpIf(c, LOC(s), s.test, anchor, false);
  c.useLabel(body);
  visitStmts(c, s.body);
  jumpIf(c, LOC(s), s.test, body, true);
  c.popFBlock(FB.WHILE_LOOP);
  c.useLabel(anchor);
  visitStmts(c, s.orelse);
  c.useLabel(end);
}

function compilerReturn(c: Compiler, s: A.Return): void {
  const ploc = { loc: LOC(s) };
  const value = s.value;
  const preserveTos = value !== null && value._type !== 'Constant';
  if (!isFunctionLike(c.u.ste)) c.error(ploc.loc, "'return' outside function");
  if (value !== null && c.u.ste.coroutine && c.u.ste.generator) c.error(ploc.loc, "'return' with value in async generator");
  if (preserveTos) {
    visitExpr(c, value!);
  } else if (value !== null) {
    ploc.loc = LOC(value);
    c.addop(Op.NOP, ploc.loc);
  }
  if (value === null || value.lineno !== s.lineno) {
    ploc.loc = LOC(s);
    c.addop(Op.NOP, ploc.loc);
  }
  unwindFBlockStack(c, ploc, preserveTos, null);
  if (value === null) c.loadConst(NONE, ploc.loc);
  else if (!preserveTos) c.loadConst((value as A.Constant).value, ploc.loc);
  c.addop(Op.RETURN_VALUE, ploc.loc);
}

function compilerBreak(c: Compiler, loc: Location): void {
  const ploc = { loc };
  c.addop(Op.NOP, loc);
  const loop = { f: null as FBlock | null };
  unwindFBlockStack(c, ploc, false, loop);
  if (loop.f === null) c.error(loc, "'break' outside loop");
  unwindFBlock(c, ploc, loop.f, false);
  c.addopJ(Op.JUMP, loop.f.exit!, ploc.loc);
}

function compilerContinue(c: Compiler, loc: Location): void {
  const ploc = { loc };
  c.addop(Op.NOP, loc);
  const loop = { f: null as FBlock | null };
  unwindFBlockStack(c, ploc, false, loop);
  if (loop.f === null) c.error(loc, "'continue' not properly in loop");
  c.addopJ(Op.JUMP, loop.f.block!, ploc.loc);
}

// ---- try ------------------------------------------------------------------------------------

function compilerTryFinally(c: Compiler, s: A.Try | A.TryStar): void {
  const loc = LOC(s);
  const body = c.newLabel();
  const end = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  c.addopJ(Op.SETUP_FINALLY, end, loc);
  c.useLabel(body);
  c.pushFBlock(loc, FB.FINALLY_TRY, body, end, s.finalbody);
  if (s.handlers.length) {
    if (s._type === 'Try') compilerTryExcept(c, s);
    else compilerTryStarExcept(c, s);
  } else {
    visitStmts(c, s.body);
  }
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.popFBlock(FB.FINALLY_TRY);
  visitStmts(c, s.finalbody);
  c.addopJ(Op.JUMP, exit, NO_LOCATION);
  c.useLabel(end);
  c.addopJ(Op.SETUP_CLEANUP, cleanup, NO_LOCATION);
  c.addop(Op.PUSH_EXC_INFO, NO_LOCATION);
  c.pushFBlock(NO_LOCATION, FB.FINALLY_END, end, null, null);
  visitStmts(c, s.finalbody);
  c.popFBlock(FB.FINALLY_END);
  c.addopI(Op.RERAISE, 0, NO_LOCATION);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOCATION);
  c.useLabel(exit);
}

function compilerTryExcept(c: Compiler, s: A.Try): void {
  const loc = LOC(s);
  const body = c.newLabel();
  let except = c.newLabel();
  const end = c.newLabel();
  const cleanup = c.newLabel();
  c.addopJ(Op.SETUP_FINALLY, except, loc);
  c.useLabel(body);
  c.pushFBlock(loc, FB.TRY_EXCEPT, body, null, null);
  visitStmts(c, s.body);
  c.popFBlock(FB.TRY_EXCEPT);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  visitStmts(c, s.orelse);
  c.addopJ(Op.JUMP, end, NO_LOCATION);
  const n = s.handlers.length;
  c.useLabel(except);
  c.addopJ(Op.SETUP_CLEANUP, cleanup, NO_LOCATION);
  c.addop(Op.PUSH_EXC_INFO, NO_LOCATION);
  c.pushFBlock(loc, FB.EXCEPTION_HANDLER, null, null, null);
  for (let i = 0; i < n; i++) {
    const handler = s.handlers[i]!;
    const hloc = LOC(handler);
    if (!handler.type && i < n - 1) c.error(hloc, "default 'except:' must be last");
    except = c.newLabel();
    if (handler.type) {
      visitExpr(c, handler.type);
      c.addop(Op.CHECK_EXC_MATCH, hloc);
      c.addopJ(Op.POP_JUMP_IF_FALSE, except, hloc);
    }
    if (handler.name) {
      const cleanupEnd = c.newLabel();
      const cleanupBody = c.newLabel();
      c.nameop(hloc, handler.name, 'Store');
      c.addopJ(Op.SETUP_CLEANUP, cleanupEnd, hloc);
      c.useLabel(cleanupBody);
      c.pushFBlock(hloc, FB.HANDLER_CLEANUP, cleanupBody, null, handler.name);
      visitStmts(c, handler.body);
      c.popFBlock(FB.HANDLER_CLEANUP);
      c.addop(Op.POP_BLOCK, NO_LOCATION);
      c.addop(Op.POP_BLOCK, NO_LOCATION);
      c.addop(Op.POP_EXCEPT, NO_LOCATION);
      c.loadConst(NONE, NO_LOCATION);
      c.nameop(NO_LOCATION, handler.name, 'Store');
      c.nameop(NO_LOCATION, handler.name, 'Del');
      c.addopJ(Op.JUMP, end, NO_LOCATION);
      c.useLabel(cleanupEnd);
      c.loadConst(NONE, NO_LOCATION);
      c.nameop(NO_LOCATION, handler.name, 'Store');
      c.nameop(NO_LOCATION, handler.name, 'Del');
      c.addopI(Op.RERAISE, 1, NO_LOCATION);
    } else {
      const cleanupBody = c.newLabel();
      c.addop(Op.POP_TOP, hloc);
      c.useLabel(cleanupBody);
      c.pushFBlock(hloc, FB.HANDLER_CLEANUP, cleanupBody, null, null);
      visitStmts(c, handler.body);
      c.popFBlock(FB.HANDLER_CLEANUP);
      c.addop(Op.POP_BLOCK, NO_LOCATION);
      c.addop(Op.POP_EXCEPT, NO_LOCATION);
      c.addopJ(Op.JUMP, end, NO_LOCATION);
    }
    c.useLabel(except);
  }
  c.popFBlock(FB.EXCEPTION_HANDLER);
  c.addopI(Op.RERAISE, 0, NO_LOCATION);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOCATION);
  c.useLabel(end);
}

function compilerTryStarExcept(c: Compiler, s: A.TryStar): void {
  const loc = LOC(s);
  const body = c.newLabel();
  let except = c.newLabel();
  const orelse = c.newLabel();
  const end = c.newLabel();
  const cleanup = c.newLabel();
  const reraiseStar = c.newLabel();
  c.addopJ(Op.SETUP_FINALLY, except, loc);
  c.useLabel(body);
  c.pushFBlock(loc, FB.TRY_EXCEPT, body, null, null);
  visitStmts(c, s.body);
  c.popFBlock(FB.TRY_EXCEPT);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.addopJ(Op.JUMP, orelse, NO_LOCATION);
  const n = s.handlers.length;
  c.useLabel(except);
  c.addopJ(Op.SETUP_CLEANUP, cleanup, NO_LOCATION);
  c.addop(Op.PUSH_EXC_INFO, NO_LOCATION);
  c.pushFBlock(loc, FB.EXCEPTION_GROUP_HANDLER, null, null, null);
  for (let i = 0; i < n; i++) {
    const handler = s.handlers[i]!;
    const hloc = LOC(handler);
    except = c.newLabel();
    const exceptWithError = c.newLabel();
    const noMatch = c.newLabel();
    if (i === 0) {
      c.addopI(Op.BUILD_LIST, 0, hloc);
      c.addopI(Op.COPY, 2, hloc);
    }
    if (handler.type) {
      visitExpr(c, handler.type);
      c.addop(Op.CHECK_EG_MATCH, hloc);
      c.addopI(Op.COPY, 1, hloc);
      c.addopJ(Op.POP_JUMP_IF_NONE, noMatch, hloc);
    }
    const cleanupEnd = c.newLabel();
    const cleanupBody = c.newLabel();
    if (handler.name) c.nameop(hloc, handler.name, 'Store');
    else c.addop(Op.POP_TOP, hloc);
    c.addopJ(Op.SETUP_CLEANUP, cleanupEnd, hloc);
    c.useLabel(cleanupBody);
    c.pushFBlock(hloc, FB.HANDLER_CLEANUP, cleanupBody, null, handler.name);
    visitStmts(c, handler.body);
    c.popFBlock(FB.HANDLER_CLEANUP);
    c.addop(Op.POP_BLOCK, NO_LOCATION);
    if (handler.name) {
      c.loadConst(NONE, NO_LOCATION);
      c.nameop(NO_LOCATION, handler.name, 'Store');
      c.nameop(NO_LOCATION, handler.name, 'Del');
    }
    c.addopJ(Op.JUMP, except, NO_LOCATION);
    c.useLabel(cleanupEnd);
    if (handler.name) {
      c.loadConst(NONE, NO_LOCATION);
      c.nameop(NO_LOCATION, handler.name, 'Store');
      c.nameop(NO_LOCATION, handler.name, 'Del');
    }
    c.addopI(Op.LIST_APPEND, 3, NO_LOCATION);
    c.addop(Op.POP_TOP, NO_LOCATION);
    c.addopJ(Op.JUMP, exceptWithError, NO_LOCATION);
    c.useLabel(except);
    c.addop(Op.NOP, NO_LOCATION);
    c.addopJ(Op.JUMP, exceptWithError, NO_LOCATION);
    c.useLabel(noMatch);
    c.addop(Op.POP_TOP, hloc);
    c.useLabel(exceptWithError);
    if (i === n - 1) {
      c.addopI(Op.LIST_APPEND, 1, NO_LOCATION);
      c.addopJ(Op.JUMP, reraiseStar, NO_LOCATION);
    }
  }
  c.popFBlock(FB.EXCEPTION_GROUP_HANDLER);
  const reraise = c.newLabel();
  c.useLabel(reraiseStar);
  c.addopI(Op.CALL_INTRINSIC_2, 1, NO_LOCATION);
  c.addopI(Op.COPY, 1, NO_LOCATION);
  c.addopJ(Op.POP_JUMP_IF_NOT_NONE, reraise, NO_LOCATION);
  c.addop(Op.POP_TOP, NO_LOCATION);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.addop(Op.POP_EXCEPT, NO_LOCATION);
  c.addopJ(Op.JUMP, end, NO_LOCATION);
  c.useLabel(reraise);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.addopI(Op.SWAP, 2, NO_LOCATION);
  c.addop(Op.POP_EXCEPT, NO_LOCATION);
  c.addopI(Op.RERAISE, 0, NO_LOCATION);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOCATION);
  c.useLabel(orelse);
  visitStmts(c, s.orelse);
  c.useLabel(end);
}

// ---- with -----------------------------------------------------------------------------------

function withExceptFinish(c: Compiler, cleanup: Label): void {
  const suppress = c.newLabel();
  c.addopJ(Op.POP_JUMP_IF_TRUE, suppress, NO_LOCATION);
  c.addopI(Op.RERAISE, 2, NO_LOCATION);
  c.useLabel(suppress);
  c.addop(Op.POP_TOP, NO_LOCATION);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.addop(Op.POP_EXCEPT, NO_LOCATION);
  c.addop(Op.POP_TOP, NO_LOCATION);
  c.addop(Op.POP_TOP, NO_LOCATION);
  const exit = c.newLabel();
  c.addopJ(Op.JUMP, exit, NO_LOCATION);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOCATION);
  c.useLabel(exit);
}

function compilerWith(c: Compiler, s: A.With, pos: number): void {
  const item = s.items[pos]!;
  const block = c.newLabel();
  const final = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  visitExpr(c, item.context_expr);
  let loc = LOC(s);
  c.addop(Op.BEFORE_WITH, loc);
  c.addopJ(Op.SETUP_WITH, final, loc);
  c.useLabel(block);
  c.pushFBlock(loc, FB.WITH, block, final, s);
  if (item.optional_vars) visitExpr(c, item.optional_vars);
  else c.addop(Op.POP_TOP, loc);
  pos++;
  if (pos === s.items.length) visitStmts(c, s.body);
  else compilerWith(c, s, pos);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.popFBlock(FB.WITH);
  loc = LOC(s);
  callExitWithNones(c, loc);
  c.addop(Op.POP_TOP, loc);
  c.addopJ(Op.JUMP, exit, loc);
  c.useLabel(final);
  c.addopJ(Op.SETUP_CLEANUP, cleanup, loc);
  c.addop(Op.PUSH_EXC_INFO, loc);
  c.addop(Op.WITH_EXCEPT_START, loc);
  withExceptFinish(c, cleanup);
  c.useLabel(exit);
}

function compilerAsyncWith(c: Compiler, s: A.AsyncWith, pos: number): void {
  const loc = LOC(s);
  const item = s.items[pos]!;
  if (c.isTopLevelAwait()) c.u.ste.coroutine = true;
  else if (c.u.scopeType !== 'async_function') c.error(loc, "'async with' outside async function");
  const block = c.newLabel();
  const final = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  visitExpr(c, item.context_expr);
  c.addop(Op.BEFORE_ASYNC_WITH, loc);
  c.addopI(Op.GET_AWAITABLE, 1, loc);
  c.loadConst(NONE, loc);
  addYieldFrom(c, loc, true);
  c.addopJ(Op.SETUP_WITH, final, loc);
  c.useLabel(block);
  c.pushFBlock(loc, FB.ASYNC_WITH, block, final, s);
  if (item.optional_vars) visitExpr(c, item.optional_vars);
  else c.addop(Op.POP_TOP, loc);
  pos++;
  if (pos === s.items.length) visitStmts(c, s.body);
  else compilerAsyncWith(c, s, pos);
  c.popFBlock(FB.ASYNC_WITH);
  c.addop(Op.POP_BLOCK, loc);
  callExitWithNones(c, loc);
  c.addopI(Op.GET_AWAITABLE, 2, loc);
  c.loadConst(NONE, loc);
  addYieldFrom(c, loc, true);
  c.addop(Op.POP_TOP, loc);
  c.addopJ(Op.JUMP, exit, loc);
  c.useLabel(final);
  c.addopJ(Op.SETUP_CLEANUP, cleanup, loc);
  c.addop(Op.PUSH_EXC_INFO, loc);
  c.addop(Op.WITH_EXCEPT_START, loc);
  c.addopI(Op.GET_AWAITABLE, 2, loc);
  c.loadConst(NONE, loc);
  addYieldFrom(c, loc, true);
  withExceptFinish(c, cleanup);
  c.useLabel(exit);
}

// ---- imports, assert, assignments -------------------------------------------------------------

function importAs(c: Compiler, loc: Location, name: string, asname: string): void {
  const parts = name.split('.');
  if (parts.length > 1) {
    for (let i = 1; i < parts.length; i++) {
      c.addopO(Op.IMPORT_FROM, parts[i]!, c.u.names, loc);
      if (i === parts.length - 1) break;
      c.addopI(Op.SWAP, 2, loc);
      c.addop(Op.POP_TOP, loc);
    }
    c.nameop(loc, asname, 'Store');
    c.addop(Op.POP_TOP, loc);
    return;
  }
  c.nameop(loc, asname, 'Store');
}

function compilerImport(c: Compiler, s: A.Import): void {
  const loc = LOC(s);
  for (const alias of s.names) {
    c.loadConst({ k: 'int', v: 0n }, loc);
    c.loadConst(NONE, loc);
    c.addopName(Op.IMPORT_NAME, alias.name, c.u.names, loc);
    if (alias.asname) {
      importAs(c, loc, alias.name, alias.asname);
    } else {
      const dot = alias.name.indexOf('.');
      c.nameop(loc, dot >= 0 ? alias.name.slice(0, dot) : alias.name, 'Store');
    }
  }
}

function locationIsAfter(a: Location, b: Location): boolean {
  return a.lineno > b.end_lineno || (a.lineno === b.end_lineno && a.col_offset > b.end_col_offset);
}

function compilerFromImport(c: Compiler, s: A.ImportFrom): void {
  const loc = LOC(s);
  c.loadConst({ k: 'int', v: BigInt(s.level ?? 0) }, loc);
  if (locationIsAfter(loc, c.future.location) && s.module === '__future__') {
    c.error(loc, 'from __future__ imports must occur at the beginning of the file');
  }
  c.loadConst({ k: 'tuple', v: s.names.map((a) => str(a.name)) }, loc);
  c.addopName(Op.IMPORT_NAME, s.module ?? '', c.u.names, loc);
  for (let i = 0; i < s.names.length; i++) {
    const alias = s.names[i]!;
    if (i === 0 && alias.name.startsWith('*')) {
      c.addopI(Op.CALL_INTRINSIC_1, 2, loc);
      c.addop(Op.POP_TOP, NO_LOCATION);
      return;
    }
    c.addopName(Op.IMPORT_FROM, alias.name, c.u.names, loc);
    c.nameop(loc, alias.asname ?? alias.name, 'Store');
  }
  c.addop(Op.POP_TOP, loc);
}

function compilerAssert(c: Compiler, s: A.Assert): void {
  const t = s.test;
  if ((t._type === 'Tuple' && t.elts.length > 0) || (t._type === 'Constant' && t.value.k === 'tuple' && t.value.v.length > 0)) {
    c.warn(LOC(s), 'assertion is always true, perhaps remove parentheses?');
  }
  if (c.optimize) return;
  const end = c.newLabel();
  jumpIf(c, LOC(s), s.test, end, true);
  c.addop(Op.LOAD_ASSERTION_ERROR, LOC(s));
  if (s.msg) {
    visitExpr(c, s.msg);
    c.addopI(Op.CALL, 0, LOC(s));
  }
  c.addopI(Op.RAISE_VARARGS, 1, LOC(s)); // 3.12.1: the assert statement (3.12.5: the test)
  c.useLabel(end);
}

function compilerStmtExpr(c: Compiler, loc: Location, value: A.expr): void {
  if (c.interactive && c.nestlevel <= 1) {
    visitExpr(c, value);
    c.addopI(Op.CALL_INTRINSIC_1, 1, loc);
    c.addop(Op.POP_TOP, NO_LOCATION);
    return;
  }
  if (value._type === 'Constant') {
    c.addop(Op.NOP, loc);
    return;
  }
  visitExpr(c, value);
  c.addop(Op.POP_TOP, NO_LOCATION);
}

function compilerAugAssign(c: Compiler, s: A.AugAssign): void {
  const e = s.target;
  let loc = LOC(e);
  switch (e._type) {
    case 'Attribute':
      visitExpr(c, e.value);
      c.addopI(Op.COPY, 1, loc);
      loc = updateStartLocationToMatchAttr(loc, e);
      c.addopName(Op.LOAD_ATTR, e.attr, c.u.names, loc);
      break;
    case 'Subscript':
      visitExpr(c, e.value);
      if (e.slice._type === 'Slice' && e.slice.step === null) {
        compilerSlice(c, e.slice);
        c.addopI(Op.COPY, 3, loc);
        c.addopI(Op.COPY, 3, loc);
        c.addopI(Op.COPY, 3, loc);
        c.addop(Op.BINARY_SLICE, loc);
      } else {
        visitExpr(c, e.slice);
        c.addopI(Op.COPY, 2, loc);
        c.addopI(Op.COPY, 2, loc);
        c.addop(Op.BINARY_SUBSCR, loc);
      }
      break;
    case 'Name':
      c.nameop(loc, e.id, 'Load');
      break;
    default:
      throw new Error(`invalid node type (${e._type}) for augmented assignment`);
  }
  visitExpr(c, s.value);
  addopBinary(c, LOC(s), s.op, true);
  loc = LOC(e);
  switch (e._type) {
    case 'Attribute':
      loc = updateStartLocationToMatchAttr(loc, e);
      c.addopI(Op.SWAP, 2, loc);
      c.addopName(Op.STORE_ATTR, e.attr, c.u.names, loc);
      break;
    case 'Subscript':
      if (e.slice._type === 'Slice' && e.slice.step === null) {
        c.addopI(Op.SWAP, 4, loc);
        c.addopI(Op.SWAP, 3, loc);
        c.addopI(Op.SWAP, 2, loc);
        c.addop(Op.STORE_SLICE, loc);
      } else {
        c.addopI(Op.SWAP, 3, loc);
        c.addopI(Op.SWAP, 2, loc);
        c.addop(Op.STORE_SUBSCR, loc);
      }
      break;
    case 'Name':
      c.nameop(loc, e.id, 'Store');
      break;
    default:
      break;
  }
}

function checkAnnExpr(c: Compiler, e: A.expr): void {
  visitExpr(c, e);
  c.addop(Op.POP_TOP, LOC(e));
}

function checkAnnSubscr(c: Compiler, e: A.expr): void {
  switch (e._type) {
    case 'Slice':
      if (e.lower) checkAnnExpr(c, e.lower);
      if (e.upper) checkAnnExpr(c, e.upper);
      if (e.step) checkAnnExpr(c, e.step);
      return;
    case 'Tuple':
      for (const x of e.elts) checkAnnSubscr(c, x);
      return;
    default:
      checkAnnExpr(c, e);
  }
}

function compilerAnnAssign(c: Compiler, s: A.AnnAssign): void {
  const loc = LOC(s);
  const targ = s.target;
  if (s.value) {
    visitExpr(c, s.value);
    visitExpr(c, targ);
  }
  const futureAnn = (c.future.features & CO_FUTURE_ANNOTATIONS) !== 0;
  switch (targ._type) {
    case 'Name':
      c.forbiddenName(loc, targ.id, 'Store');
      if (s.simple && (c.u.scopeType === 'module' || c.u.scopeType === 'class')) {
        if (futureAnn) visitAnnexpr(c, s.annotation);
        else visitExpr(c, s.annotation);
        c.addopName(Op.LOAD_NAME, '__annotations__', c.u.names, loc);
        c.loadConst(str(c.mangle(targ.id)), loc);
        c.addop(Op.STORE_SUBSCR, loc);
      }
      break;
    case 'Attribute':
      c.forbiddenName(loc, targ.attr, 'Store');
      if (!s.value) checkAnnExpr(c, targ.value);
      break;
    case 'Subscript':
      if (!s.value) {
        checkAnnExpr(c, targ.value);
        checkAnnSubscr(c, targ.slice);
      }
      break;
    default:
      throw new Error(`invalid node type (${targ._type}) for annotated assignment`);
  }
  if (!s.simple && !futureAnn && (c.u.scopeType === 'module' || c.u.scopeType === 'class')) {
    checkAnnExpr(c, s.annotation);
  }
}

export function visitStmt(c: Compiler, s: A.stmt): void {
  switch (s._type) {
    case 'FunctionDef':
    case 'AsyncFunctionDef':
      return compilerFunction(c, s);
    case 'ClassDef':
      return compilerClass(c, s);
    case 'TypeAlias':
      return compilerTypeAlias(c, s);
    case 'Return':
      return compilerReturn(c, s);
    case 'Delete':
      for (const t of s.targets) visitExpr(c, t);
      return;
    case 'Assign': {
      const n = s.targets.length;
      visitExpr(c, s.value);
      for (let i = 0; i < n; i++) {
        if (i < n - 1) c.addopI(Op.COPY, 1, LOC(s));
        visitExpr(c, s.targets[i]!);
      }
      return;
    }
    case 'AugAssign':
      return compilerAugAssign(c, s);
    case 'AnnAssign':
      return compilerAnnAssign(c, s);
    case 'For':
      return compilerFor(c, s);
    case 'While':
      return compilerWhile(c, s);
    case 'If':
      return compilerIf(c, s);
    case 'Match':
      return compilerMatch(c, s);
    case 'Raise': {
      let n = 0;
      if (s.exc) {
        visitExpr(c, s.exc);
        n++;
        if (s.cause) {
          visitExpr(c, s.cause);
          n++;
        }
      }
      c.addopI(Op.RAISE_VARARGS, n, LOC(s));
      return;
    }
    case 'Try':
      if (s.finalbody.length) return compilerTryFinally(c, s);
      return compilerTryExcept(c, s);
    case 'TryStar':
      if (s.finalbody.length) return compilerTryFinally(c, s);
      return compilerTryStarExcept(c, s);
    case 'Assert':
      return compilerAssert(c, s);
    case 'Import':
      return compilerImport(c, s);
    case 'ImportFrom':
      return compilerFromImport(c, s);
    case 'Global':
    case 'Nonlocal':
      return;
    case 'Expr':
      return compilerStmtExpr(c, LOC(s), s.value);
    case 'Pass':
      c.addop(Op.NOP, LOC(s));
      return;
    case 'Break':
      return compilerBreak(c, LOC(s));
    case 'Continue':
      return compilerContinue(c, LOC(s));
    case 'With':
      return compilerWith(c, s, 0);
    case 'AsyncWith':
      return compilerAsyncWith(c, s, 0);
    case 'AsyncFor':
      return compilerAsyncFor(c, s);
  }
}
