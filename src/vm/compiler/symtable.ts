/**
 * Symbol table: CPython 3.12's Python/symtable.c behaviour. Pass 1 records raw facts per
 * block (bound here, used here, parameter, global/nonlocal directive); pass 2 (analyze) decides
 * each name's scope: LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE or CELL, including PEP 709
 * inlining of list/set/dict comprehensions into the enclosing block and PEP 695 annotation scopes.
 *
 * Invariants: `symbols` maps are in first-definition order (Python dict order); each value holds
 * the DEF_* flags in its low 12 bits and the scope at SCOPE_OFFSET; entries are keyed by the AST
 * node that opens the block (the node object itself, identity).
 */
import type * as A from '../ast/nodes';
import { PySyntaxError, sourceLineOf } from './errors';

export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE = 32;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
export const DEF_COMP_ITER = 512;
export const DEF_TYPE_PARAM = 1024;
export const DEF_COMP_CELL = 2048;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
export const SCOPE_OFFSET = 12;
export const SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

export const LOCAL = 1;
export const GLOBAL_EXPLICIT = 2;
export const GLOBAL_IMPLICIT = 3;
export const FREE = 4;
export const CELL = 5;

export type BlockType = 'function' | 'class' | 'module' | 'annotation' | 'TypeVarBound' | 'TypeAlias' | 'TypeParam';
export type CompType = 0 | 'list' | 'dict' | 'set' | 'genexp';

export const CO_FUTURE_ANNOTATIONS = 0x1000000;

type Loc = { lineno: number; col_offset: number; end_lineno: number | null; end_col_offset: number | null };

export class SymbolTableEntry {
  symbols = new Map<string, number>();
  varnames: string[] = [];
  children: SymbolTableEntry[] = [];
  directives: [string, number, number, number, number][] | null = null;
  nested = false;
  free = false;
  childFree = false;
  generator = false;
  coroutine = false;
  comprehension: CompType = 0;
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  needsClassClosure = false;
  needsClassdict = false;
  compInlined = false;
  compIterTarget = false;
  canSeeClassScope = false;
  compIterExpr = 0;
  mangledNames: Set<string> | null = null;
  constructor(
    readonly name: string,
    readonly type: BlockType,
    readonly key: object,
    readonly lineno: number,
    readonly col_offset: number,
    readonly end_lineno: number,
    readonly end_col_offset: number,
  ) {}

  getSymbol(name: string): number {
    return this.symbols.get(name) ?? 0;
  }
  getScope(name: string): number {
    return (this.getSymbol(name) >> SCOPE_OFFSET) & SCOPE_MASK;
  }
  isFunctionLike(): boolean {
    return isFunctionLike(this);
  }
}

export function isFunctionLike(ste: SymbolTableEntry): boolean {
  return ste.type === 'function' || ste.type === 'TypeVarBound' || ste.type === 'TypeAlias' || ste.type === 'TypeParam';
}

/** Name mangling of `__private` names inside class `privateName`. */
export function mangle(privateName: string | null, ident: string): string {
  if (privateName === null || !ident.startsWith('__')) return ident;
  if (ident.endsWith('__') || ident.includes('.')) return ident;
  let i = 0;
  while (i < privateName.length && privateName[i] === '_') i++;
  if (i === privateName.length) return ident;
  return '_' + privateName.slice(i) + ident;
}

export function maybeMangle(privateName: string | null, ste: SymbolTableEntry, name: string): string {
  if (ste.mangledNames !== null && !ste.mangledNames.has(name)) return name;
  return mangle(privateName, name);
}

const MSG = {
  GLOBAL_PARAM: "name '%' is parameter and global",
  NONLOCAL_PARAM: "name '%' is parameter and nonlocal",
  GLOBAL_AFTER_ASSIGN: "name '%' is assigned to before global declaration",
  NONLOCAL_AFTER_ASSIGN: "name '%' is assigned to before nonlocal declaration",
  GLOBAL_AFTER_USE: "name '%' is used prior to global declaration",
  NONLOCAL_AFTER_USE: "name '%' is used prior to nonlocal declaration",
  GLOBAL_ANNOT: "annotated name '%' can't be global",
  NONLOCAL_ANNOT: "annotated name '%' can't be nonlocal",
  IMPORT_STAR: 'import * only allowed at module level',
  NAMED_EXPR_COMP_IN_CLASS: 'assignment expression within a comprehension cannot be used in a class body',
  NAMED_EXPR_COMP_IN_TYPEVAR_BOUND: 'assignment expression within a comprehension cannot be used in a TypeVar bound',
  NAMED_EXPR_COMP_IN_TYPEALIAS: 'assignment expression within a comprehension cannot be used in a type alias',
  NAMED_EXPR_COMP_IN_TYPEPARAM: 'assignment expression within a comprehension cannot be used within the definition of a generic',
  NAMED_EXPR_COMP_CONFLICT: "assignment expression cannot rebind comprehension iteration variable '%'",
  NAMED_EXPR_COMP_INNER_LOOP_CONFLICT: "comprehension inner loop cannot rebind assignment expression target '%'",
  NAMED_EXPR_COMP_ITER_EXPR: 'assignment expression cannot be used in a comprehension iterable expression',
  DUPLICATE_ARGUMENT: "duplicate argument '%' in function definition",
  DUPLICATE_TYPE_PARAM: "duplicate type parameter '%'",
};
const fmt = (m: string, name: string): string => m.replace('%', name);

interface BlockAnalysis {
  local: Set<string>;
  scopes: Map<string, number>;
  newglobal: Set<string>;
  newfree: Set<string>;
  newbound: Set<string>;
  inlinedCells: Set<string>;
}

export class SymbolTable {
  readonly blocks = new Map<object, SymbolTableEntry>();
  top!: SymbolTableEntry;
  private cur: SymbolTableEntry | null = null;
  private stack: SymbolTableEntry[] = [];
  private global!: Map<string, number>;
  private privateName: string | null = null;

  constructor(readonly filename: string, readonly futureFeatures: number, private readonly source: string | null = null) {}

  lookup(key: object): SymbolTableEntry {
    const e = this.blocks.get(key);
    if (!e) throw new Error('unknown symbol table entry');
    return e;
  }

  error(msg: string, lineno: number, col: number, endLineno: number | null, endCol: number | null): never {
    const text = this.source !== null ? sourceLineOf(this.source, lineno) : null;
    throw new PySyntaxError('SyntaxError', msg, this.filename, lineno, col + 1, text, endLineno ?? lineno, (endCol ?? col) + 1);
  }
  private errorAt(msg: string, n: Loc): never {
    return this.error(msg, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset);
  }

  build(mod: A.mod): this {
    this.enterBlock('top', 'module', mod, 0, 0, 0, 0);
    this.top = this.cur!;
    switch (mod._type) {
      case 'Module':
      case 'Interactive':
        for (const s of mod.body) this.visitStmt(s);
        break;
      case 'Expression':
        this.visitExpr(mod.body);
        break;
      default:
        throw new Error('this compiler does not handle FunctionTypes');
    }
    this.exitBlock();
    this.analyze();
    return this;
  }

  // ---- pass 1 -----------------------------------------------------------------------------

  private enterBlock(name: string, type: BlockType, key: object, lineno: number, col: number, endLineno: number, endCol: number): void {
    const ste = new SymbolTableEntry(name, type, key, lineno, col, endLineno, endCol);
    this.blocks.set(key, ste);
    const prev = this.cur;
    if (prev !== null && (prev.nested || isFunctionLike(prev))) ste.nested = true;
    this.stack.push(ste);
    if (prev) ste.compIterExpr = prev.compIterExpr;
    if (prev && prev.mangledNames !== null && type !== 'class') ste.mangledNames = prev.mangledNames;
    this.cur = ste;
    if (type === 'annotation') return;
    if (type === 'module') this.global = ste.symbols;
    if (prev) prev.children.push(ste);
  }

  private enterBlockAt(name: string, type: BlockType, key: object, n: Loc): void {
    this.enterBlock(name, type, key, n.lineno, n.col_offset, n.end_lineno ?? n.lineno, n.end_col_offset ?? n.col_offset);
  }

  private exitBlock(): void {
    this.stack.pop();
    this.cur = this.stack.length ? this.stack[this.stack.length - 1]! : null;
  }

  private lookupEntry(ste: SymbolTableEntry, name: string): number {
    return ste.getSymbol(maybeMangle(this.privateName, ste, name));
  }

  private addDefHelper(name: string, flag: number, ste: SymbolTableEntry, n: Loc): void {
    const mangled = maybeMangle(this.privateName, this.cur!, name);
    const dict = ste.symbols;
    let val: number;
    const o = dict.get(mangled);
    if (o !== undefined) {
      if ((flag & DEF_PARAM) && (o & DEF_PARAM)) this.errorAt(fmt(MSG.DUPLICATE_ARGUMENT, name), n);
      if ((flag & DEF_TYPE_PARAM) && (o & DEF_TYPE_PARAM)) this.errorAt(fmt(MSG.DUPLICATE_TYPE_PARAM, name), n);
      val = o | flag;
    } else {
      val = flag;
    }
    if (ste.compIterTarget) {
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) this.errorAt(fmt(MSG.NAMED_EXPR_COMP_INNER_LOOP_CONFLICT, name), n);
      val |= DEF_COMP_ITER;
    }
    dict.set(mangled, val);
    if (flag & DEF_PARAM) {
      ste.varnames.push(mangled);
    } else if (flag & DEF_GLOBAL) {
      this.global.set(mangled, flag | (this.global.get(mangled) ?? 0));
    }
  }

  private addDef(name: string, flag: number, n: Loc): void {
    if ((flag & DEF_TYPE_PARAM) && this.cur!.mangledNames !== null) this.cur!.mangledNames.add(name);
    this.addDefHelper(name, flag, this.cur!, n);
  }

  private recordDirective(name: string, n: Loc): void {
    const cur = this.cur!;
    if (!cur.directives) cur.directives = [];
    const mangled = maybeMangle(this.privateName, cur, name);
    cur.directives.push([mangled, n.lineno, n.col_offset, n.end_lineno ?? n.lineno, n.end_col_offset ?? n.col_offset]);
  }

  private enterTypeParamBlock(name: string, key: object, hasDefaults: boolean, hasKwdefaults: boolean, kind: string, n: Loc): void {
    const currentType = this.cur!.type;
    this.enterBlockAt(name, 'TypeParam', key, n);
    if (currentType === 'class') {
      this.cur!.canSeeClassScope = true;
      this.addDef('__classdict__', USE, n);
    }
    if (kind === 'ClassDef') {
      this.addDef('.type_params', DEF_LOCAL, n);
      this.addDef('.type_params', USE, n);
      this.addDef('.generic_base', DEF_LOCAL, n);
      this.addDef('.generic_base', USE, n);
    }
    if (hasDefaults) this.addDef('.defaults', DEF_PARAM, n);
    if (hasKwdefaults) this.addDef('.kwdefaults', DEF_PARAM, n);
  }

  private visitStmts(seq: A.stmt[]): void {
    for (const s of seq) this.visitStmt(s);
  }
  private visitExprs(seq: (A.expr | null)[]): void {
    for (const e of seq) if (e) this.visitExpr(e);
  }

  private visitFunction(s: A.FunctionDef | A.AsyncFunctionDef): void {
    this.addDef(s.name, DEF_LOCAL, s);
    this.visitExprs(s.args.defaults);
    this.visitExprs(s.args.kw_defaults);
    this.visitExprs(s.decorator_list);
    const generic = s.type_params.length > 0;
    if (generic) {
      // CPython tests `args->defaults != NULL`, which holds even for an empty sequence.
      this.enterTypeParamBlock(s.name, s.type_params, true,
        s.args.kw_defaults.some((d) => d !== null), s._type, s);
      for (const tp of s.type_params) this.visitTypeParam(tp);
    }
    this.visitAnnotations(s, s.args, s.returns);
    this.enterBlockAt(s.name, 'function', s, s);
    if (s._type === 'AsyncFunctionDef') this.cur!.coroutine = true;
    this.visitArguments(s.args);
    this.visitStmts(s.body);
    this.exitBlock();
    if (generic) this.exitBlock();
  }

  private visitStmt(s: A.stmt): void {
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.visitFunction(s);
        break;
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitExprs(s.decorator_list);
        const tmp = this.privateName;
        const generic = s.type_params.length > 0;
        if (generic) {
          this.enterTypeParamBlock(s.name, s.type_params, false, false, 'ClassDef', s);
          this.privateName = s.name;
          this.cur!.mangledNames = new Set();
          for (const tp of s.type_params) this.visitTypeParam(tp);
        }
        this.visitExprs(s.bases);
        for (const k of s.keywords) this.visitExpr(k.value);
        this.enterBlockAt(s.name, 'class', s, s);
        this.privateName = s.name;
        if (generic) {
          this.addDef('__type_params__', DEF_LOCAL, s);
          this.addDef('.type_params', USE, s);
        }
        this.visitStmts(s.body);
        this.exitBlock();
        if (generic) this.exitBlock();
        this.privateName = tmp;
        break;
      }
      case 'TypeAlias': {
        this.visitExpr(s.name);
        const name = (s.name as A.Name).id;
        const inClass = this.cur!.type === 'class';
        const generic = s.type_params.length > 0;
        if (generic) {
          this.enterTypeParamBlock(name, s.type_params, false, false, 'TypeAlias', s);
          for (const tp of s.type_params) this.visitTypeParam(tp);
        }
        this.enterBlockAt(name, 'TypeAlias', s, s);
        this.cur!.canSeeClassScope = inClass;
        if (inClass) this.addDef('__classdict__', USE, s.value);
        this.visitExpr(s.value);
        this.exitBlock();
        if (generic) this.exitBlock();
        break;
      }
      case 'Return':
        if (s.value) {
          this.visitExpr(s.value);
          this.cur!.returnsValue = true;
        }
        break;
      case 'Delete':
        this.visitExprs(s.targets);
        break;
      case 'Assign':
        this.visitExprs(s.targets);
        this.visitExpr(s.value);
        break;
      case 'AnnAssign':
        if (s.target._type === 'Name') {
          const e = s.target;
          const cur = this.lookupEntry(this.cur!, e.id);
          if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && this.cur!.symbols !== this.global && s.simple) {
            this.errorAt(fmt(cur & DEF_GLOBAL ? MSG.GLOBAL_ANNOT : MSG.NONLOCAL_ANNOT, e.id), s);
          }
          if (s.simple) this.addDef(e.id, DEF_ANNOT | DEF_LOCAL, e);
          else if (s.value) this.addDef(e.id, DEF_LOCAL, e);
        } else {
          this.visitExpr(s.target);
        }
        this.visitAnnotation(s.annotation);
        if (s.value) this.visitExpr(s.value);
        break;
      case 'AugAssign':
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        break;
      case 'For':
      case 'AsyncFor':
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'While':
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'If':
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'Match':
        this.visitExpr(s.subject);
        for (const m of s.cases) {
          this.visitPattern(m.pattern);
          if (m.guard) this.visitExpr(m.guard);
          this.visitStmts(m.body);
        }
        break;
      case 'Raise':
        if (s.exc) {
          this.visitExpr(s.exc);
          if (s.cause) this.visitExpr(s.cause);
        }
        break;
      case 'Try':
      case 'TryStar':
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type) this.visitExpr(h.type);
          if (h.name) this.addDef(h.name, DEF_LOCAL, h);
          this.visitStmts(h.body);
        }
        this.visitStmts(s.finalbody);
        break;
      case 'Assert':
        this.visitExpr(s.test);
        if (s.msg) this.visitExpr(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) this.visitAlias(a);
        break;
      case 'Global':
      case 'Nonlocal': {
        const isGlobal = s._type === 'Global';
        for (const name of s.names) {
          const cur = this.lookupEntry(this.cur!, name);
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = isGlobal ? MSG.GLOBAL_PARAM : MSG.NONLOCAL_PARAM;
            else if (cur & USE) msg = isGlobal ? MSG.GLOBAL_AFTER_USE : MSG.NONLOCAL_AFTER_USE;
            else if (cur & DEF_ANNOT) msg = isGlobal ? MSG.GLOBAL_ANNOT : MSG.NONLOCAL_ANNOT;
            else msg = isGlobal ? MSG.GLOBAL_AFTER_ASSIGN : MSG.NONLOCAL_AFTER_ASSIGN;
            this.errorAt(fmt(msg, name), s);
          }
          this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
          this.recordDirective(name, s);
        }
        break;
      }
      case 'Expr':
        this.visitExpr(s.value);
        break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
      case 'With':
      case 'AsyncWith':
        for (const it of s.items) {
          this.visitExpr(it.context_expr);
          if (it.optional_vars) this.visitExpr(it.optional_vars);
        }
        this.visitStmts(s.body);
        break;
    }
  }

  private extendNamedExprScope(e: A.Name): void {
    const target = e.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i]!;
      if (ste.comprehension) {
        const t = this.lookupEntry(ste, target);
        if ((t & DEF_COMP_ITER) && (t & DEF_LOCAL)) this.errorAt(fmt(MSG.NAMED_EXPR_COMP_CONFLICT, target), e);
        continue;
      }
      if (ste.type === 'function') {
        const t = this.lookupEntry(ste, target);
        this.addDef(target, t & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, e);
        this.recordDirective(target, e);
        this.addDefHelper(target, DEF_LOCAL, ste, e);
        return;
      }
      if (ste.type === 'module') {
        this.addDef(target, DEF_GLOBAL, e);
        this.recordDirective(target, e);
        this.addDefHelper(target, DEF_GLOBAL, ste, e);
        return;
      }
      if (ste.type === 'class') this.errorAt(MSG.NAMED_EXPR_COMP_IN_CLASS, e);
      if (ste.type === 'TypeParam') this.errorAt(MSG.NAMED_EXPR_COMP_IN_TYPEPARAM, e);
      if (ste.type === 'TypeAlias') this.errorAt(MSG.NAMED_EXPR_COMP_IN_TYPEALIAS, e);
      if (ste.type === 'TypeVarBound') this.errorAt(MSG.NAMED_EXPR_COMP_IN_TYPEVAR_BOUND, e);
    }
    throw new Error('unreachable: no scope for named expression');
  }

  private raiseIfAnnotationBlock(name: string, e: A.expr): void {
    const t = this.cur!.type;
    let msg: string | null = null;
    if (t === 'annotation') msg = `${name} cannot be used within an annotation`;
    else if (t === 'TypeVarBound') msg = `${name} cannot be used within a TypeVar bound`;
    else if (t === 'TypeAlias') msg = `${name} cannot be used within a type alias`;
    else if (t === 'TypeParam') msg = `${name} cannot be used within the definition of a generic`;
    if (msg) this.errorAt(msg, e);
  }

  private raiseIfComprehensionBlock(e: A.expr): never {
    const t = this.cur!.comprehension;
    const msg = t === 'list' ? "'yield' inside list comprehension" : t === 'set' ? "'yield' inside set comprehension"
      : t === 'dict' ? "'yield' inside dict comprehension" : "'yield' inside generator expression";
    return this.errorAt(msg, e);
  }

  private visitExpr(e: A.expr): void {
    switch (e._type) {
      case 'NamedExpr':
        this.raiseIfAnnotationBlock('named expression', e);
        if (this.cur!.compIterExpr > 0) this.errorAt(MSG.NAMED_EXPR_COMP_ITER_EXPR, e);
        if (this.cur!.comprehension) this.extendNamedExprScope(e.target as A.Name);
        this.visitExpr(e.value);
        this.visitExpr(e.target);
        break;
      case 'BoolOp':
        this.visitExprs(e.values);
        break;
      case 'BinOp':
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        break;
      case 'UnaryOp':
        this.visitExpr(e.operand);
        break;
      case 'Lambda':
        if (this.cur!.canSeeClassScope) this.errorAt('Cannot use lambda in annotation scope within class scope', e);
        this.visitExprs(e.args.defaults);
        this.visitExprs(e.args.kw_defaults);
        this.enterBlockAt('lambda', 'function', e, e);
        this.visitArguments(e.args);
        this.visitExpr(e.body);
        this.exitBlock();
        break;
      case 'IfExp':
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        break;
      case 'Dict':
        this.visitExprs(e.keys);
        this.visitExprs(e.values);
        break;
      case 'Set':
        this.visitExprs(e.elts);
        break;
      case 'GeneratorExp':
        this.handleComprehension(e, 'genexpr', e.generators, e.elt, null);
        break;
      case 'ListComp':
        this.handleComprehension(e, 'listcomp', e.generators, e.elt, null);
        break;
      case 'SetComp':
        this.handleComprehension(e, 'setcomp', e.generators, e.elt, null);
        break;
      case 'DictComp':
        this.handleComprehension(e, 'dictcomp', e.generators, e.key, e.value);
        break;
      case 'Yield':
      case 'YieldFrom':
        this.raiseIfAnnotationBlock('yield expression', e);
        if (e.value) this.visitExpr(e.value);
        this.cur!.generator = true;
        if (this.cur!.comprehension) this.raiseIfComprehensionBlock(e);
        break;
      case 'Await':
        this.raiseIfAnnotationBlock('await expression', e);
        this.visitExpr(e.value);
        this.cur!.coroutine = true;
        break;
      case 'Compare':
        this.visitExpr(e.left);
        this.visitExprs(e.comparators);
        break;
      case 'Call':
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        for (const k of e.keywords) this.visitExpr(k.value);
        break;
      case 'FormattedValue':
        this.visitExpr(e.value);
        if (e.format_spec) this.visitExpr(e.format_spec);
        break;
      case 'JoinedStr':
        this.visitExprs(e.values);
        break;
      case 'Constant':
        break;
      case 'Attribute':
        this.visitExpr(e.value);
        break;
      case 'Subscript':
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        break;
      case 'Starred':
        this.visitExpr(e.value);
        break;
      case 'Slice':
        if (e.lower) this.visitExpr(e.lower);
        if (e.upper) this.visitExpr(e.upper);
        if (e.step) this.visitExpr(e.step);
        break;
      case 'Name':
        this.addDef(e.id, e.ctx._type === 'Load' ? USE : DEF_LOCAL, e);
        if (e.ctx._type === 'Load' && isFunctionLike(this.cur!) && e.id === 'super') this.addDef('__class__', USE, e);
        break;
      case 'List':
      case 'Tuple':
        this.visitExprs(e.elts);
        break;
    }
  }

  private visitTypeParam(tp: A.type_param): void {
    this.addDef(tp.name, DEF_TYPE_PARAM | DEF_LOCAL, tp);
    if (tp._type === 'TypeVar' && tp.bound) {
      const inClass = this.cur!.canSeeClassScope;
      this.enterBlockAt(tp.name, 'TypeVarBound', tp, tp);
      this.cur!.canSeeClassScope = inClass;
      if (inClass) this.addDef('__classdict__', USE, tp.bound);
      this.visitExpr(tp.bound);
      this.exitBlock();
    }
  }

  private visitPattern(p: A.pattern): void {
    switch (p._type) {
      case 'MatchValue':
        this.visitExpr(p.value);
        break;
      case 'MatchSingleton':
        break;
      case 'MatchSequence':
        for (const q of p.patterns) this.visitPattern(q);
        break;
      case 'MatchStar':
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchMapping':
        this.visitExprs(p.keys);
        for (const q of p.patterns) this.visitPattern(q);
        if (p.rest) this.addDef(p.rest, DEF_LOCAL, p);
        break;
      case 'MatchClass':
        this.visitExpr(p.cls);
        for (const q of p.patterns) this.visitPattern(q);
        for (const q of p.kwd_patterns) this.visitPattern(q);
        break;
      case 'MatchAs':
        if (p.pattern) this.visitPattern(p.pattern);
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchOr':
        for (const q of p.patterns) this.visitPattern(q);
        break;
    }
  }

  private visitAnnotation(a: A.expr): void {
    const future = (this.futureFeatures & CO_FUTURE_ANNOTATIONS) !== 0;
    if (future) this.enterBlockAt('_annotation', 'annotation', a, a);
    this.visitExpr(a);
    if (future) this.exitBlock();
  }

  private visitAnnotations(s: A.stmt, a: A.arguments, returns: A.expr | null): void {
    const future = (this.futureFeatures & CO_FUTURE_ANNOTATIONS) !== 0;
    // CPython keys this annotation block by the def statement (it is never looked up).
    if (future) this.enterBlockAt('_annotation', 'annotation', { annotationsOf: s }, s);
    for (const x of a.posonlyargs) if (x.annotation) this.visitExpr(x.annotation);
    for (const x of a.args) if (x.annotation) this.visitExpr(x.annotation);
    if (a.vararg?.annotation) this.visitExpr(a.vararg.annotation);
    if (a.kwarg?.annotation) this.visitExpr(a.kwarg.annotation);
    for (const x of a.kwonlyargs) if (x.annotation) this.visitExpr(x.annotation);
    if (future) this.exitBlock();
    if (returns) this.visitAnnotation(returns);
  }

  private visitArguments(a: A.arguments): void {
    for (const x of a.posonlyargs) this.addDef(x.arg, DEF_PARAM, x);
    for (const x of a.args) this.addDef(x.arg, DEF_PARAM, x);
    for (const x of a.kwonlyargs) this.addDef(x.arg, DEF_PARAM, x);
    if (a.vararg) {
      this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
      this.cur!.varargs = true;
    }
    if (a.kwarg) {
      this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
      this.cur!.varkeywords = true;
    }
  }

  private visitAlias(a: A.alias): void {
    const name = a.asname ?? a.name;
    const dot = name.indexOf('.');
    const storeName = dot >= 0 ? name.slice(0, dot) : name;
    if (name !== '*') {
      this.addDef(storeName, DEF_IMPORT, a);
    } else if (this.cur!.type !== 'module') {
      this.errorAt(MSG.IMPORT_STAR, a);
    }
  }

  private visitComprehension(lc: A.comprehension): void {
    const cur = this.cur!;
    cur.compIterTarget = true;
    this.visitExpr(lc.target);
    cur.compIterTarget = false;
    cur.compIterExpr++;
    this.visitExpr(lc.iter);
    cur.compIterExpr--;
    this.visitExprs(lc.ifs);
    if (lc.is_async) cur.coroutine = true;
  }

  private handleComprehension(e: A.expr, scopeName: string, generators: A.comprehension[], elt: A.expr, value: A.expr | null): void {
    if (this.cur!.canSeeClassScope) this.errorAt('Cannot use comprehension in annotation scope within class scope', e);
    const isGenerator = e._type === 'GeneratorExp';
    const outermost = generators[0]!;
    this.cur!.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur!.compIterExpr--;
    this.enterBlockAt(scopeName, 'function', e, e);
    const cur = this.cur!;
    cur.comprehension = e._type === 'ListComp' ? 'list' : e._type === 'SetComp' ? 'set' : e._type === 'DictComp' ? 'dict' : 'genexp';
    if (outermost.is_async) cur.coroutine = true;
    this.addDef('.0', DEF_PARAM, { lineno: cur.lineno, col_offset: cur.col_offset, end_lineno: cur.end_lineno, end_col_offset: cur.end_col_offset });
    cur.compIterTarget = true;
    this.visitExpr(outermost.target);
    cur.compIterTarget = false;
    this.visitExprs(outermost.ifs);
    for (let i = 1; i < generators.length; i++) this.visitComprehension(generators[i]!);
    if (value) this.visitExpr(value);
    this.visitExpr(elt);
    cur.generator = isGenerator;
    const isAsync = cur.coroutine && !isGenerator;
    this.exitBlock();
    if (isAsync) this.cur!.coroutine = true;
  }

  // ---- pass 2 -----------------------------------------------------------------------------

  private errorAtDirective(ste: SymbolTableEntry, name: string, msg: string): never {
    for (const d of ste.directives ?? []) {
      if (d[0] === name) this.error(msg, d[1], d[2], d[3], d[4]);
    }
    throw new Error('BUG: internal directive bookkeeping broken');
  }

  private analyzeName(ste: SymbolTableEntry, scopes: Map<string, number>, name: string, flags: number,
    bound: Set<string> | null, local: Set<string>, free: Set<string>, global: Set<string>,
    typeParams: Set<string>, classEntry: SymbolTableEntry | null): void {
    if (flags & DEF_GLOBAL) {
      if (flags & DEF_NONLOCAL) this.errorAtDirective(ste, name, `name '${name}' is nonlocal and global`);
      scopes.set(name, GLOBAL_EXPLICIT);
      global.add(name);
      if (bound) bound.delete(name);
      return;
    }
    if (flags & DEF_NONLOCAL) {
      if (!bound) this.errorAtDirective(ste, name, 'nonlocal declaration not allowed at module level');
      if (!bound.has(name)) this.errorAtDirective(ste, name, `no binding for nonlocal '${name}' found`);
      if (typeParams.has(name)) this.errorAtDirective(ste, name, `nonlocal binding not allowed for type parameter '${name}'`);
      scopes.set(name, FREE);
      ste.free = true;
      free.add(name);
      return;
    }
    if (flags & DEF_BOUND) {
      scopes.set(name, LOCAL);
      local.add(name);
      global.delete(name);
      if (flags & DEF_TYPE_PARAM) typeParams.add(name);
      else typeParams.delete(name);
      return;
    }
    if (classEntry !== null) {
      const cf = classEntry.getSymbol(name);
      if (cf & DEF_GLOBAL) {
        scopes.set(name, GLOBAL_EXPLICIT);
        return;
      } else if ((cf & DEF_BOUND) && !(cf & DEF_NONLOCAL)) {
        scopes.set(name, GLOBAL_IMPLICIT);
        return;
      }
    }
    if (bound && bound.has(name)) {
      scopes.set(name, FREE);
      ste.free = true;
      free.add(name);
      return;
    }
    if (global.has(name)) {
      scopes.set(name, GLOBAL_IMPLICIT);
      return;
    }
    if (ste.nested) ste.free = true;
    scopes.set(name, GLOBAL_IMPLICIT);
  }

  private inlineComprehension(ste: SymbolTableEntry, comp: SymbolTableEntry, scopes: Map<string, number>,
    compFree: Set<string>, inlinedCells: Set<string>): void {
    let removeDunderClass = false;
    for (const [k, compFlags] of comp.symbols) {
      if (compFlags & DEF_PARAM) continue;
      let scope = (compFlags >> SCOPE_OFFSET) & SCOPE_MASK;
      const onlyFlags = compFlags & ((1 << SCOPE_OFFSET) - 1);
      if (scope === CELL || (onlyFlags & DEF_COMP_CELL)) inlinedCells.add(k);
      const existing = ste.symbols.get(k);
      if (scope === FREE && ste.type === 'class' && k === '__class__') {
        scope = GLOBAL_IMPLICIT;
        compFree.delete(k);
        removeDunderClass = true;
      }
      if (existing === undefined) {
        ste.symbols.set(k, onlyFlags);
        scopes.set(k, scope);
      } else if (existing & DEF_BOUND) {
        if (!comp.children.some((c) => c.getScope(k) === FREE) && ste.type !== 'class') compFree.delete(k);
      }
    }
    comp.free = compFree.size > 0;
    if (removeDunderClass) comp.symbols.delete('__class__');
  }

  /**
   * analyze_block for the whole tree, iteratively (an explicit frame stack instead of recursion:
   * blocks can nest thousands deep, e.g. lambda: lambda: ...). Per frame, as in CPython: analyze
   * the block's own names, then each child with copies of the visible sets, folding inlined
   * comprehensions back in as each child returns, then cells / class free / update_symbols.
   */
  private analyzeBlock(ste: SymbolTableEntry, bound: Set<string> | null, free: Set<string>, global: Set<string>,
    typeParams: Set<string>, classEntry: SymbolTableEntry | null): void {
    interface Frame {
      ste: SymbolTableEntry; bound: Set<string> | null; free: Set<string>; typeParams: Set<string>;
      classEntry: SymbolTableEntry | null; b: BlockAnalysis; next: number; pendingFree: Set<string> | null;
    }
    const stack: Frame[] = [{
      ste, bound, free, typeParams, classEntry, next: 0, pendingFree: null,
      b: this.analyzeNames(ste, bound, free, global, typeParams, classEntry),
    }];
    while (stack.length) {
      const f = stack[stack.length - 1]!;
      if (f.pendingFree !== null) {
        this.afterChild(f.ste, f.ste.children[f.next - 1]!, f.b, f.pendingFree);
        f.pendingFree = null;
      }
      if (f.next < f.ste.children.length) {
        const entry = f.ste.children[f.next++]!;
        let newClassEntry: SymbolTableEntry | null = null;
        if (entry.canSeeClassScope) {
          if (f.ste.type === 'class') newClassEntry = f.ste;
          else if (f.classEntry) newClassEntry = f.classEntry;
        }
        const childFree = new Set(f.b.newfree);
        f.pendingFree = childFree;
        const childBound = new Set(f.b.newbound);
        const childTypeParams = new Set(f.typeParams);
        stack.push({
          ste: entry, bound: childBound, free: childFree, typeParams: childTypeParams, classEntry: newClassEntry,
          next: 0, pendingFree: null,
          b: this.analyzeNames(entry, childBound, childFree, new Set(f.b.newglobal), childTypeParams, newClassEntry),
        });
        continue;
      }
      this.finishBlock(f.ste, f.b, f.bound, f.free);
      stack.pop();
    }
  }

  private afterChild(ste: SymbolTableEntry, entry: SymbolTableEntry, b: BlockAnalysis, childFree: Set<string>): void {
    if (entry.comprehension !== 0 && !entry.generator) {
      this.inlineComprehension(ste, entry, b.scopes, childFree, b.inlinedCells);
      entry.compInlined = true;
    }
    for (const n of childFree) b.newfree.add(n);
    if (entry.free || entry.childFree) ste.childFree = true;
  }

  private analyzeNames(ste: SymbolTableEntry, bound: Set<string> | null, free: Set<string>, global: Set<string>,
    typeParams: Set<string>, classEntry: SymbolTableEntry | null): BlockAnalysis {
    const b: BlockAnalysis = {
      local: new Set(), scopes: new Map(), newglobal: new Set(), newfree: new Set(), newbound: new Set(), inlinedCells: new Set(),
    };
    if (ste.type === 'class') {
      for (const n of global) b.newglobal.add(n);
      if (bound) for (const n of bound) b.newbound.add(n);
    }
    for (const [name, flags] of [...ste.symbols]) {
      this.analyzeName(ste, b.scopes, name, flags, bound, b.local, free, global, typeParams, classEntry);
    }
    if (ste.type !== 'class') {
      if (isFunctionLike(ste)) for (const n of b.local) b.newbound.add(n);
      if (bound) for (const n of bound) b.newbound.add(n);
      for (const n of global) b.newglobal.add(n);
    } else {
      b.newbound.add('__class__');
      b.newbound.add('__classdict__');
    }
    return b;
  }

  private finishBlock(ste: SymbolTableEntry, b: BlockAnalysis, bound: Set<string> | null, free: Set<string>): void {
    for (let i = ste.children.length - 1; i >= 0; i--) {
      const entry = ste.children[i]!;
      if (entry.compInlined) ste.children.splice(i, 1, ...entry.children);
    }
    if (isFunctionLike(ste)) {
      for (const [name, sc] of b.scopes) {
        if (sc !== LOCAL) continue;
        if (!b.newfree.has(name) && !b.inlinedCells.has(name)) continue;
        b.scopes.set(name, CELL);
        b.newfree.delete(name);
      }
    } else if (ste.type === 'class') {
      if (b.newfree.delete('__class__')) ste.needsClassClosure = true;
      if (b.newfree.delete('__classdict__')) ste.needsClassdict = true;
    }
    this.updateSymbols(ste.symbols, b.scopes, bound, b.newfree, b.inlinedCells, ste.type === 'class' || ste.canSeeClassScope);
    for (const n of b.newfree) free.add(n);
  }

  private updateSymbols(symbols: Map<string, number>, scopes: Map<string, number>, bound: Set<string> | null,
    free: Set<string>, inlinedCells: Set<string>, classflag: boolean): void {
    for (const [name, f] of symbols) {
      let flags = f;
      if (inlinedCells.has(name)) flags |= DEF_COMP_CELL;
      const scope = scopes.get(name)!;
      symbols.set(name, flags | (scope << SCOPE_OFFSET));
    }
    for (const name of free) {
      const v = symbols.get(name);
      if (v !== undefined) {
        if (classflag) symbols.set(name, v | DEF_FREE_CLASS);
        continue;
      }
      if (bound && !bound.has(name)) continue;
      symbols.set(name, FREE << SCOPE_OFFSET);
    }
  }

  private analyze(): void {
    this.analyzeBlock(this.top, null, new Set(), new Set(), new Set(), null);
  }
}

export function buildSymtable(mod: A.mod, filename: string, futureFeatures: number, source: string | null = null): SymbolTable {
  return new SymbolTable(filename, futureFeatures, source).build(mod);
}
