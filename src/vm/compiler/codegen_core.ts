/**
 * Codegen core: compilation units, instruction emission helpers, name resolution (nameop),
 * frame-block (fblock) bookkeeping and unwinding, closures. Mirrors the corresponding parts of
 * CPython 3.12's Python/compile.c; the families live in codegen_stmt.ts (statements),
 * codegen_defs.ts (functions, lambdas, classes, type params), codegen_expr.ts (expressions and
 * calls), codegen_comp.ts (comprehensions), codegen_match.ts (patterns) and
 * codegen_unparse.ts (annotation text under `from __future__ import annotations`).
 *
 * Where CPython 3.12.1 (the oracle) and the 3.12.5 sources differ, 3.12.1 is followed; each such
 * place says so.
 *
 * Invariants: one Unit per code object being built, `c.u` the innermost; every emitted
 * instruction carries the location CPython's codegen gives it (NO_LOCATION where CPython uses
 * it); cell/free ops carry the cell/free dict index (frees offset by the number of cells).
 */
import type * as A from '../ast/nodes';
import type { ConstValue } from '../ast/constants';
import type { CodeObject } from '../bytecode/code';
import { Op } from '../bytecode/opcodes';
import { InstrSequence, NO_LOCATION, type Label, type Location } from './instr';
import type { UnitMetadata } from './unit';
import { PySyntaxError, sourceLineOf } from './errors';
import { constKey } from './consts';
import type { FutureFeatures } from './future';
import {
  type SymbolTable, type SymbolTableEntry, isFunctionLike, maybeMangle, mangle,
  CELL, FREE, LOCAL, GLOBAL_IMPLICIT, GLOBAL_EXPLICIT, DEF_COMP_CELL, DEF_FREE_CLASS, SCOPE_OFFSET, SCOPE_MASK,
} from './symtable';

export type ScopeType = 'module' | 'class' | 'function' | 'async_function' | 'lambda' | 'comprehension' | 'typeparams';

export const enum FB {
  WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP,
  POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR, STOP_ITERATION,
}

export interface FBlock {
  type: FB;
  block: Label | null;
  exit: Label | null;
  /** FINALLY_TRY: the finally body; WITH/ASYNC_WITH: the statement; HANDLER_CLEANUP: the bound name. */
  datum: A.stmt[] | A.stmt | string | null;
}

export const CO_MAXBLOCKS = 20;
export const STACK_USE_GUIDELINE = 30;
export const PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
const PyCF_MASK = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000;

export type Ctx = 'Load' | 'Store' | 'Del';

/** Location of an AST node, CPython's LOC(). */
export function LOC(n: { lineno: number; col_offset: number; end_lineno: number | null; end_col_offset: number | null }): Location {
  return { lineno: n.lineno, end_lineno: n.end_lineno ?? n.lineno, col_offset: n.col_offset, end_col_offset: n.end_col_offset ?? n.col_offset };
}

export function dictAdd(d: Map<string, number>, name: string): number {
  let i = d.get(name);
  if (i === undefined) {
    i = d.size;
    d.set(name, i);
  }
  return i;
}

/** The names of one scope (or carrying `flag`), sorted, numbered from `offset` (CPython's dictbytype). */
function dictByType(ste: SymbolTableEntry, scopeType: number, flag: number, offset: number): Map<string, number> {
  const keys: string[] = [];
  for (const [k, vi] of ste.symbols) {
    if (((vi >> SCOPE_OFFSET) & SCOPE_MASK) === scopeType || (vi & flag)) keys.push(k);
  }
  keys.sort();
  const dest = new Map<string, number>();
  let i = offset;
  for (const k of keys) dest.set(k, i++);
  return dest;
}

export class Unit {
  readonly seq = new InstrSequence();
  readonly consts: ConstValue[] = [];
  readonly constIndex = new Map<string, number>();
  readonly names = new Map<string, number>();
  readonly varnames: Map<string, number>;
  readonly cellvars: Map<string, number>;
  readonly freevars: Map<string, number>;
  readonly fasthidden = new Map<string, boolean>();
  qualname = '';
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  privateName: string | null = null;
  readonly fblocks: FBlock[] = [];
  inInlinedComp = 0;
  /** Outer symbol flags temporarily replaced while an inlined comprehension is compiled. */
  readonly savedSymbols: Map<string, number>[] = [];

  constructor(readonly name: string, readonly scopeType: ScopeType, readonly ste: SymbolTableEntry, readonly firstlineno: number) {
    this.varnames = new Map(ste.varnames.map((n, i) => [n, i]));
    this.cellvars = dictByType(ste, CELL, DEF_COMP_CELL, 0);
    if (ste.needsClassClosure) dictAdd(this.cellvars, '__class__');
    if (ste.needsClassdict) dictAdd(this.cellvars, '__classdict__');
    this.freevars = dictByType(ste, FREE, DEF_FREE_CLASS, this.cellvars.size);
  }
}

/** Finishes a unit (CFG optimization + assembly); codegen hands every unit to it. */
export type FinishUnit = (seq: InstrSequence, meta: UnitMetadata) => CodeObject;

/**
 * Receives each compile-time SyntaxWarning (CPython's compiler_warn). Returning true turns it
 * into a SyntaxError at the same location, as CPython does when the warning filter says "error".
 */
export type WarningHandler = (msg: string, filename: string, lineno: number) => boolean | void;

export class Compiler {
  u!: Unit;
  readonly stack: Unit[] = [];
  nestlevel = 0;
  interactive = false;
  /** Free-variable names of the code objects this compiler produced (for make_closure). */
  readonly codeFreevars = new WeakMap<CodeObject, string[]>();

  constructor(
    readonly st: SymbolTable,
    readonly future: FutureFeatures,
    readonly filename: string,
    readonly optimize: number,
    readonly flags: number,
    readonly finish: FinishUnit,
    readonly source: string | null,
    readonly onWarning: WarningHandler | null = null,
  ) {}

  // ---- errors ------------------------------------------------------------------------------

  error(loc: Location, msg: string): never {
    const text = this.source !== null ? sourceLineOf(this.source, loc.lineno) : null;
    throw new PySyntaxError('SyntaxError', msg, this.filename, loc.lineno, loc.col_offset + 1, text, loc.end_lineno, loc.end_col_offset + 1);
  }

  warn(loc: Location, msg: string): void {
    if (this.onWarning && this.onWarning(msg, this.filename, loc.lineno) === true) this.error(loc, msg);
  }

  // ---- emission ----------------------------------------------------------------------------

  newLabel(): Label {
    return this.u.seq.newLabel();
  }
  useLabel(l: Label): void {
    this.u.seq.useLabel(l);
  }
  addop(op: number, loc: Location): void {
    this.u.seq.emit(op, 0, loc);
  }
  addopI(op: number, oparg: number, loc: Location): void {
    this.u.seq.emit(op, oparg, loc);
  }
  addopJ(op: number, target: Label, loc: Location): void {
    this.u.seq.emit(op, 0, loc, target);
  }

  addConst(v: ConstValue): number {
    const u = this.u;
    const key = constKey(v);
    let i = u.constIndex.get(key);
    if (i === undefined) {
      i = u.consts.length;
      u.consts.push(v);
      u.constIndex.set(key, i);
    }
    return i;
  }
  loadConst(v: ConstValue, loc: Location): void {
    this.addopI(Op.LOAD_CONST, this.addConst(v), loc);
  }

  mangle(name: string): string {
    return maybeMangle(this.u.privateName, this.u.ste, name);
  }

  /** ADDOP_NAME: mangles, then encodes LOAD_ATTR/LOAD_METHOD/LOAD_SUPER_* flag bits. */
  addopName(op: number, name: string, dict: Map<string, number>, loc: Location): void {
    let arg = dictAdd(dict, this.mangle(name));
    switch (op) {
      case Op.LOAD_ATTR: arg <<= 1; break;
      case Op.LOAD_METHOD: op = Op.LOAD_ATTR; arg = (arg << 1) | 1; break;
      case Op.LOAD_SUPER_ATTR: arg = (arg << 2) | 2; break;
      case Op.LOAD_SUPER_METHOD: op = Op.LOAD_SUPER_ATTR; arg = (arg << 2) | 3; break;
      case Op.LOAD_ZERO_SUPER_ATTR: op = Op.LOAD_SUPER_ATTR; arg <<= 2; break;
      case Op.LOAD_ZERO_SUPER_METHOD: op = Op.LOAD_SUPER_ATTR; arg = (arg << 2) | 1; break;
      default: break;
    }
    this.addopI(op, arg, loc);
  }
  /** ADDOP_N / compiler_addop_o: no mangling. */
  addopO(op: number, name: string, dict: Map<string, number>, loc: Location): void {
    this.addopI(op, dictAdd(dict, name), loc);
  }

  // ---- scopes ------------------------------------------------------------------------------

  isTopLevelAwait(): boolean {
    return (this.flags & PyCF_ALLOW_TOP_LEVEL_AWAIT) !== 0 && this.u.ste.type === 'module';
  }

  enterScope(name: string, scopeType: ScopeType, key: object, lineno: number): void {
    const ste = this.st.lookup(key);
    const u = new Unit(name, scopeType, ste, lineno);
    if (this.u) {
      this.stack.push(this.u);
      u.privateName = this.u.privateName;
    }
    this.u = u;
    this.nestlevel++;
    if (scopeType === 'module') {
      this.addopI(Op.RESUME, 0, { lineno: 0, end_lineno: lineno, col_offset: 0, end_col_offset: 0 });
    } else {
      this.setQualname();
      this.addopI(Op.RESUME, 0, { lineno, end_lineno: lineno, col_offset: 0, end_col_offset: 0 });
    }
  }

  exitScope(): void {
    this.nestlevel--;
    const parent = this.stack.pop();
    if (parent) this.u = parent;
  }

  private setQualname(): void {
    const u = this.u;
    let base: string | null = null;
    if (this.stack.length > 1) {
      let parent = this.stack[this.stack.length - 1]!;
      if (parent.scopeType === 'typeparams') {
        if (this.stack.length === 2) {
          u.qualname = u.name;
          return;
        }
        parent = this.stack[this.stack.length - 2]!;
      }
      let forceGlobal = false;
      if (u.scopeType === 'function' || u.scopeType === 'async_function' || u.scopeType === 'class') {
        const mangled = mangle(parent.privateName, u.name);
        if (parent.ste.getScope(mangled) === GLOBAL_EXPLICIT) forceGlobal = true;
      }
      if (!forceGlobal) {
        if (parent.scopeType === 'function' || parent.scopeType === 'async_function' || parent.scopeType === 'lambda') {
          base = parent.qualname + '.<locals>';
        } else {
          base = parent.qualname;
        }
      }
    }
    u.qualname = base !== null ? base + '.' + u.name : u.name;
  }

  computeCodeFlags(): number {
    const ste = this.u.ste;
    let flags = 0;
    if (isFunctionLike(ste)) {
      flags |= 0x2 | 0x1; // CO_NEWLOCALS | CO_OPTIMIZED
      if (ste.nested) flags |= 0x10;
      if (ste.generator && !ste.coroutine) flags |= 0x20;
      if (!ste.generator && ste.coroutine) flags |= 0x80;
      if (ste.generator && ste.coroutine) flags |= 0x200;
      if (ste.varargs) flags |= 0x4;
      if (ste.varkeywords) flags |= 0x8;
    }
    flags |= this.flags & PyCF_MASK;
    if (this.isTopLevelAwait() && ste.coroutine && !ste.generator) flags |= 0x80;
    return flags;
  }

  metadata(flags: number): UnitMetadata {
    const u = this.u;
    const ordered = (m: Map<string, number>): string[] => {
      const out: string[] = [];
      const base = m === u.freevars ? u.cellvars.size : 0;
      for (const [k, i] of m) out[i - base] = k;
      return out;
    };
    return {
      name: u.name,
      qualname: u.qualname || u.name,
      filename: this.filename,
      firstlineno: u.firstlineno,
      argcount: u.argcount,
      posonlyargcount: u.posonlyargcount,
      kwonlyargcount: u.kwonlyargcount,
      flags,
      consts: u.consts.slice(),
      names: ordered(u.names),
      varnames: ordered(u.varnames),
      cellvars: ordered(u.cellvars),
      freevars: ordered(u.freevars),
      fasthidden: new Set(u.fasthidden.keys()),
    };
  }

  /** optimize_and_assemble: append the implicit return, hand the unit to the back end. */
  optimizeAndAssemble(addNone: boolean): CodeObject {
    const flags = this.computeCodeFlags();
    this.addReturnAtEnd(addNone);
    const meta = this.metadata(flags);
    const co = this.finish(this.u.seq, meta);
    this.codeFreevars.set(co, meta.freevars);
    return co;
  }

  addReturnAtEnd(addNone: boolean): void {
    if (addNone) this.loadConst({ k: 'none' }, NO_LOCATION);
    this.addop(Op.RETURN_VALUE, NO_LOCATION);
  }

  getRefType(name: string): number {
    if (this.u.scopeType === 'class' && (name === '__class__' || name === '__classdict__')) return CELL;
    const scope = this.u.ste.getScope(name);
    if (scope === 0) throw new Error(`_PyST_GetScope(name='${name}') failed: unknown scope in unit ${this.u.name}`);
    return scope;
  }

  makeClosure(loc: Location, co: CodeObject, flags: number): void {
    const freevars = this.codeFreevars.get(co) ?? [];
    if (freevars.length) {
      for (const name of freevars) {
        const reftype = this.getRefType(name);
        const arg = reftype === CELL ? this.u.cellvars.get(name) : this.u.freevars.get(name);
        if (arg === undefined) throw new Error(`compiler_lookup_arg(name='${name}') with reftype=${reftype} failed in ${this.u.name}`);
        this.addopI(Op.LOAD_CLOSURE, arg, loc);
      }
      flags |= 0x08;
      this.addopI(Op.BUILD_TUPLE, freevars.length, loc);
    }
    this.loadConst({ k: 'code', v: co }, loc);
    this.addopI(Op.MAKE_FUNCTION, flags, loc);
  }

  // ---- names -------------------------------------------------------------------------------

  forbiddenName(loc: Location, name: string, ctx: Ctx): void {
    if (name === '__debug__') {
      if (ctx === 'Store') this.error(loc, 'cannot assign to __debug__');
      if (ctx === 'Del') this.error(loc, 'cannot delete __debug__');
    }
  }

  nameop(loc: Location, name: string, ctx: Ctx): void {
    this.forbiddenName(loc, name, ctx);
    const u = this.u;
    const mangled = this.mangle(name);
    let dict = u.names;
    let optype: 'fast' | 'global' | 'deref' | 'name' = 'name';
    const scope = u.ste.getScope(mangled);
    switch (scope) {
      case FREE: dict = u.freevars; optype = 'deref'; break;
      case CELL: dict = u.cellvars; optype = 'deref'; break;
      case LOCAL:
        if (isFunctionLike(u.ste) || u.fasthidden.get(mangled) === true) optype = 'fast';
        break;
      case GLOBAL_IMPLICIT:
        if (isFunctionLike(u.ste)) optype = 'global';
        break;
      case GLOBAL_EXPLICIT: optype = 'global'; break;
      default: break;
    }
    let op = 0;
    switch (optype) {
      case 'deref':
        if (ctx === 'Load') {
          if (u.ste.type === 'class' && !u.inInlinedComp) {
            op = Op.LOAD_FROM_DICT_OR_DEREF;
            this.addop(Op.LOAD_LOCALS, loc);
          } else if (u.ste.canSeeClassScope) {
            op = Op.LOAD_FROM_DICT_OR_DEREF;
            this.addopO(Op.LOAD_DEREF, '__classdict__', u.freevars, loc);
          } else {
            op = Op.LOAD_DEREF;
          }
        } else op = ctx === 'Store' ? Op.STORE_DEREF : Op.DELETE_DEREF;
        break;
      case 'fast':
        op = ctx === 'Load' ? Op.LOAD_FAST : ctx === 'Store' ? Op.STORE_FAST : Op.DELETE_FAST;
        this.addopI(op, dictAdd(u.varnames, mangled), loc);
        return;
      case 'global':
        if (ctx === 'Load') {
          if (u.ste.canSeeClassScope && scope === GLOBAL_IMPLICIT) {
            op = Op.LOAD_FROM_DICT_OR_GLOBALS;
            this.addopO(Op.LOAD_DEREF, '__classdict__', u.freevars, loc);
          } else {
            op = Op.LOAD_GLOBAL;
          }
        } else op = ctx === 'Store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL;
        break;
      case 'name':
        if (ctx === 'Load') op = u.ste.type === 'class' && u.inInlinedComp ? Op.LOAD_GLOBAL : Op.LOAD_NAME;
        else op = ctx === 'Store' ? Op.STORE_NAME : Op.DELETE_NAME;
        break;
    }
    let arg = dictAdd(dict, mangled);
    if (op === Op.LOAD_GLOBAL) arg <<= 1;
    this.addopI(op, arg, loc);
  }

  // ---- frame blocks ------------------------------------------------------------------------

  pushFBlock(loc: Location, type: FB, block: Label | null, exit: Label | null, datum: FBlock['datum']): void {
    if (this.u.fblocks.length >= CO_MAXBLOCKS) this.error(loc, 'too many statically nested blocks');
    this.u.fblocks.push({ type, block, exit, datum });
  }
  popFBlock(type: FB): void {
    const f = this.u.fblocks.pop();
    if (!f || f.type !== type) throw new Error('fblock stack mismatch');
  }
}
