/**
 * Definitions codegen (CPython 3.12 compile.c): functions and lambdas (defaults, kw-only
 * defaults, annotations, closures, decorators, the generator StopIteration handler), classes
 * (class body unit, __class__ / __classdict__ cells, __build_class__ call), and PEP 695 type
 * parameter scopes and type aliases.
 */
import type * as A from '../ast/nodes';
import type { ConstValue } from '../ast/constants';
import { Op } from '../bytecode/opcodes';
import { NO_LOCATION, type Location } from './instr';
import { Compiler, FB, LOC } from './codegen_core';
import { getDocString, CO_FUTURE_ANNOTATIONS } from './future';
import { visitExpr, visitAnnexpr, callHelper } from './codegen_expr';
import { compilerBody, visitStmt } from './codegen_stmt';

const NONE: ConstValue = { k: 'none' };
const str = (v: string): ConstValue => ({ k: 'str', v });

// ---- functions, classes, type params -------------------------------------------------------

function checkDebugArgs(c: Compiler, args: A.arguments): void {
  const one = (a: A.arg | null): void => {
    if (a) c.forbiddenName(LOC(a), a.arg, 'Store');
  };
  args.posonlyargs.forEach(one);
  args.args.forEach(one);
  one(args.vararg);
  args.kwonlyargs.forEach(one);
  one(args.kwarg);
}

function visitKwonlyDefaults(c: Compiler, loc: Location, kwonlyargs: A.arg[], kwDefaults: (A.expr | null)[]): boolean {
  const keys: ConstValue[] = [];
  for (let i = 0; i < kwonlyargs.length; i++) {
    const d = kwDefaults[i];
    if (d) {
      keys.push(str(c.mangle(kwonlyargs[i]!.arg)));
      visitExpr(c, d);
    }
  }
  if (keys.length) {
    c.loadConst({ k: 'tuple', v: keys }, loc);
    c.addopI(Op.BUILD_CONST_KEY_MAP, keys.length, loc);
    return true;
  }
  return false;
}

export function defaultArguments(c: Compiler, loc: Location, args: A.arguments): number {
  let funcflags = 0;
  if (args.defaults.length > 0) {
    for (const d of args.defaults) visitExpr(c, d);
    c.addopI(Op.BUILD_TUPLE, args.defaults.length, loc);
    funcflags |= 0x01;
  }
  if (visitKwonlyDefaults(c, loc, args.kwonlyargs, args.kw_defaults)) funcflags |= 0x02;
  return funcflags;
}

function visitArgAnnotation(c: Compiler, id: string, annotation: A.expr | null, loc: Location): number {
  if (!annotation) return 0;
  c.loadConst(str(c.mangle(id)), loc);
  if (c.future.features & CO_FUTURE_ANNOTATIONS) {
    visitAnnexpr(c, annotation);
  } else if (annotation._type === 'Starred') {
    visitExpr(c, annotation.value);
    c.addopI(Op.UNPACK_SEQUENCE, 1, loc);
  } else {
    visitExpr(c, annotation);
  }
  return 2;
}

function visitAnnotations(c: Compiler, loc: Location, args: A.arguments, returns: A.expr | null): boolean {
  let n = 0;
  for (const a of args.args) n += visitArgAnnotation(c, a.arg, a.annotation, loc);
  for (const a of args.posonlyargs) n += visitArgAnnotation(c, a.arg, a.annotation, loc);
  if (args.vararg?.annotation) n += visitArgAnnotation(c, args.vararg.arg, args.vararg.annotation, loc);
  for (const a of args.kwonlyargs) n += visitArgAnnotation(c, a.arg, a.annotation, loc);
  if (args.kwarg?.annotation) n += visitArgAnnotation(c, args.kwarg.arg, args.kwarg.annotation, loc);
  n += visitArgAnnotation(c, 'return', returns, loc);
  if (n) {
    c.addopI(Op.BUILD_TUPLE, n, loc);
    return true;
  }
  return false;
}

export function wrapInStopIterationHandler(c: Compiler): void {
  const handler = c.newLabel();
  // Insert SETUP_CLEANUP at the very start; label positions after it shift by one.
  const seq = c.u.seq;
  seq.instrs.unshift({ opcode: Op.SETUP_CLEANUP, oparg: 0, target: handler, loc: NO_LOCATION });
  for (let i = 0; i < seq.labelPos.length; i++) if (seq.labelPos[i]! >= 0) seq.labelPos[i]! += 1;
  // A label placed at position 0 still names the first original instruction (now index 1);
  // CPython's instr_sequence_insert_instruction shifts labels the same way.
  c.loadConst(NONE, NO_LOCATION);
  c.addop(Op.RETURN_VALUE, NO_LOCATION);
  c.useLabel(handler);
  c.addopI(Op.CALL_INTRINSIC_1, 3, NO_LOCATION);
  c.addopI(Op.RERAISE, 1, NO_LOCATION);
}

function compilerTypeParams(c: Compiler, typeParams: A.type_param[]): void {
  for (const tp of typeParams) {
    const loc = LOC(tp);
    c.loadConst(str(tp.name), loc);
    if (tp._type === 'TypeVar') {
      if (tp.bound) {
        const bound = tp.bound;
        c.enterScope(tp.name, 'typeparams', tp, bound.lineno);
        visitExpr(c, bound);
        c.addop(Op.RETURN_VALUE, loc);
        const co = c.optimizeAndAssemble(true);
        c.exitScope();
        c.makeClosure(loc, co, 0);
        c.addopI(Op.CALL_INTRINSIC_2, bound._type === 'Tuple' ? 3 : 2, loc);
      } else {
        c.addopI(Op.CALL_INTRINSIC_1, 7, loc);
      }
    } else {
      c.addopI(Op.CALL_INTRINSIC_1, tp._type === 'TypeVarTuple' ? 9 : 8, loc);
    }
    c.addopI(Op.COPY, 1, loc);
    c.nameop(loc, tp.name, 'Store');
  }
  c.addopI(Op.BUILD_TUPLE, typeParams.length, LOC(typeParams[0]!));
}

function functionBody(c: Compiler, s: A.FunctionDef | A.AsyncFunctionDef, funcflags: number, firstlineno: number): void {
  const isAsync = s._type === 'AsyncFunctionDef';
  c.enterScope(s.name, isAsync ? 'async_function' : 'function', s, firstlineno);
  const docstring = c.optimize < 2 ? getDocString(s.body) : null;
  c.addConst(docstring !== null ? str(docstring) : NONE);
  c.u.argcount = s.args.args.length;
  c.u.posonlyargcount = s.args.posonlyargs.length;
  c.u.kwonlyargcount = s.args.kwonlyargs.length;
  // CPython 3.12.1 places no label here (3.12.5 does, which splits the entry block).
  const addStopIteration = c.u.ste.coroutine || c.u.ste.generator;
  if (addStopIteration) c.pushFBlock(NO_LOCATION, FB.STOP_ITERATION, null, null, null);
  for (let i = docstring !== null ? 1 : 0; i < s.body.length; i++) visitStmt(c, s.body[i]!);
  if (addStopIteration) {
    wrapInStopIterationHandler(c);
    c.popFBlock(FB.STOP_ITERATION);
  }
  const co = c.optimizeAndAssemble(true);
  c.exitScope();
  c.makeClosure(LOC(s), co, funcflags);
}

export function compilerFunction(c: Compiler, s: A.FunctionDef | A.AsyncFunctionDef): void {
  const { args, returns, decorator_list: decos, name, type_params: typeParams } = s;
  checkDebugArgs(c, args);
  for (const d of decos) visitExpr(c, d);
  const firstlineno = decos.length ? decos[0]!.lineno : s.lineno;
  const loc = LOC(s);
  const isGeneric = typeParams.length > 0;
  if (isGeneric) c.addop(Op.PUSH_NULL, loc);
  let funcflags = defaultArguments(c, loc, args);
  let numTypeparamArgs = 0;
  if (isGeneric) {
    if (funcflags & 0x01) numTypeparamArgs += 1;
    if (funcflags & 0x02) numTypeparamArgs += 1;
    if (numTypeparamArgs === 2) c.addopI(Op.SWAP, 2, loc);
    c.enterScope(`<generic parameters of ${name}>`, 'typeparams', typeParams, firstlineno);
    compilerTypeParams(c, typeParams);
    if ((funcflags & 0x01) || (funcflags & 0x02)) c.addopI(Op.LOAD_FAST, 0, loc);
    if ((funcflags & 0x01) && (funcflags & 0x02)) c.addopI(Op.LOAD_FAST, 1, loc);
  }
  if (visitAnnotations(c, loc, args, returns)) funcflags |= 0x04;
  functionBody(c, s, funcflags, firstlineno);
  if (isGeneric) {
    c.addopI(Op.SWAP, 2, loc);
    c.addopI(Op.CALL_INTRINSIC_2, 4, loc);
    c.u.argcount = numTypeparamArgs;
    const co = c.optimizeAndAssemble(false);
    c.exitScope();
    c.makeClosure(loc, co, 0);
    if (numTypeparamArgs > 0) c.addopI(Op.SWAP, numTypeparamArgs + 1, loc);
    c.addopI(Op.CALL, numTypeparamArgs, loc);
  }
  applyDecorators(c, decos);
  c.nameop(loc, name, 'Store');
}

function applyDecorators(c: Compiler, decos: A.expr[]): void {
  for (let i = decos.length - 1; i >= 0; i--) c.addopI(Op.CALL, 0, LOC(decos[i]!));
}

function classBody(c: Compiler, s: A.ClassDef, firstlineno: number): void {
  c.enterScope(s.name, 'class', s, firstlineno);
  let loc: Location = { lineno: firstlineno, end_lineno: firstlineno, col_offset: 0, end_col_offset: 0 };
  c.u.privateName = s.name;
  c.nameop(loc, '__name__', 'Load');
  c.nameop(loc, '__module__', 'Store');
  c.loadConst(str(c.u.qualname), loc);
  c.nameop(loc, '__qualname__', 'Store');
  if (s.type_params.length > 0) {
    c.nameop(loc, '.type_params', 'Load');
    c.nameop(loc, '__type_params__', 'Store');
  }
  if (c.u.ste.needsClassdict) {
    c.addop(Op.LOAD_LOCALS, loc);
    c.addopO(Op.STORE_DEREF, '__classdict__', c.u.cellvars, loc);
  }
  compilerBody(c, loc, s.body);
  if (c.u.ste.needsClassdict) {
    c.addopI(Op.LOAD_CLOSURE, c.u.cellvars.get('__classdict__')!, NO_LOCATION);
    c.nameop(NO_LOCATION, '__classdictcell__', 'Store');
  }
  if (c.u.ste.needsClassClosure) {
    c.addopI(Op.LOAD_CLOSURE, c.u.cellvars.get('__class__')!, NO_LOCATION);
    c.addopI(Op.COPY, 1, NO_LOCATION);
    c.nameop(NO_LOCATION, '__classcell__', 'Store');
  } else {
    c.loadConst(NONE, NO_LOCATION);
  }
  c.addop(Op.RETURN_VALUE, NO_LOCATION);
  const co = c.optimizeAndAssemble(true);
  c.exitScope();
  loc = LOC(s);
  c.addop(Op.PUSH_NULL, loc);
  c.addop(Op.LOAD_BUILD_CLASS, loc);
  c.makeClosure(loc, co, 0);
  c.loadConst(str(s.name), loc);
}

export function compilerClass(c: Compiler, s: A.ClassDef): void {
  const decos = s.decorator_list;
  for (const d of decos) visitExpr(c, d);
  const firstlineno = decos.length ? decos[0]!.lineno : s.lineno;
  const loc = LOC(s);
  const isGeneric = s.type_params.length > 0;
  if (isGeneric) {
    c.addop(Op.PUSH_NULL, loc);
    c.enterScope(`<generic parameters of ${s.name}>`, 'typeparams', s.type_params, firstlineno);
    c.u.privateName = s.name;
    compilerTypeParams(c, s.type_params);
    c.nameop(loc, '.type_params', 'Store');
  }
  classBody(c, s, firstlineno);
  if (isGeneric) {
    c.nameop(loc, '.type_params', 'Load');
    c.addopI(Op.CALL_INTRINSIC_1, 10, loc);
    c.nameop(loc, '.generic_base', 'Store');
    const nameNode: A.Name = { _type: 'Name', id: '.generic_base', ctx: { _type: 'Load' }, lineno: loc.lineno, col_offset: loc.col_offset, end_lineno: loc.end_lineno, end_col_offset: loc.end_col_offset };
    callHelper(c, loc, 2, [...s.bases, nameNode], s.keywords);
    const co = c.optimizeAndAssemble(false);
    c.exitScope();
    c.makeClosure(loc, co, 0);
    c.addopI(Op.CALL, 0, loc);
  } else {
    callHelper(c, loc, 2, s.bases, s.keywords);
  }
  applyDecorators(c, decos);
  c.nameop(loc, s.name, 'Store');
}

function typealiasBody(c: Compiler, s: A.TypeAlias): void {
  const loc = LOC(s);
  const name = (s.name as A.Name).id;
  c.enterScope(name, 'function', s, loc.lineno);
  c.addConst(NONE);
  visitExpr(c, s.value);
  c.addop(Op.RETURN_VALUE, loc);
  const co = c.optimizeAndAssemble(false);
  c.exitScope();
  c.makeClosure(loc, co, 0);
  c.addopI(Op.BUILD_TUPLE, 3, loc);
  c.addopI(Op.CALL_INTRINSIC_1, 11, loc);
}

export function compilerTypeAlias(c: Compiler, s: A.TypeAlias): void {
  const loc = LOC(s);
  const name = (s.name as A.Name).id;
  const isGeneric = s.type_params.length > 0;
  if (isGeneric) {
    c.addop(Op.PUSH_NULL, loc);
    c.enterScope(`<generic parameters of ${name}>`, 'typeparams', s.type_params, loc.lineno);
    c.loadConst(str(name), loc);
    compilerTypeParams(c, s.type_params);
  } else {
    c.loadConst(str(name), loc);
    c.loadConst(NONE, loc);
  }
  typealiasBody(c, s);
  if (isGeneric) {
    const co = c.optimizeAndAssemble(false);
    c.exitScope();
    c.makeClosure(loc, co, 0);
    c.addopI(Op.CALL, 0, loc);
  }
  c.nameop(loc, name, 'Store');
}

export function compilerLambda(c: Compiler, e: A.Lambda): void {
  const args = e.args;
  for (const a of [...args.posonlyargs, ...args.args, args.vararg, ...args.kwonlyargs, args.kwarg]) {
    if (a) c.forbiddenName(LOC(a), a.arg, 'Store');
  }
  const loc = LOC(e);
  const funcflags = defaultArguments(c, loc, args);
  c.enterScope('<lambda>', 'lambda', e, e.lineno);
  c.addConst(NONE);
  c.u.argcount = args.args.length;
  c.u.posonlyargcount = args.posonlyargs.length;
  c.u.kwonlyargcount = args.kwonlyargs.length;
  visitExpr(c, e.body);
  let co;
  if (c.u.ste.generator) {
    co = c.optimizeAndAssemble(false);
  } else {
    // CPython 3.12.1 gives the implicit return the position (lineno, lineno, 0, 0).
    c.addop(Op.RETURN_VALUE, { lineno: e.lineno, end_lineno: e.lineno, col_offset: 0, end_col_offset: 0 });
    co = c.optimizeAndAssemble(true);
  }
  c.exitScope();
  c.makeClosure(loc, co, funcflags);
}
