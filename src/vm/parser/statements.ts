/**
 * Statement rules of CPython 3.12's grammar (STARTING RULES, GENERAL STATEMENTS, SIMPLE
 * STATEMENTS, COMPOUND STATEMENTS, type statements and type parameters).
 */
import type * as A from '../ast/nodes';
import { M, T, type Parser } from './core';
import { STORE, emptyArguments, extra, nameFromTok, op } from './build';
import {
  expression, named_expression, star_expressions, yield_expr, star_targets, single_target,
  single_subscript_attribute_target, del_targets, arguments_, star_target, gather,
} from './expressions';
import { params } from './params';
import { match_stmt } from './patterns';
import * as inv from './invalid';

// statements: statement+
export function statements(p: Parser): A.stmt[] | null {
  const out: A.stmt[] = [];
  while (true) {
    const m = p.mark;
    if (!statement(p, out)) {
      p.mark = m;
      break;
    }
  }
  return out.length ? out : null;
}

// statement: compound_stmt | simple_stmts
function statement(p: Parser, out: A.stmt[]): boolean {
  const start = p.mark;
  const c = compound_stmt(p);
  if (c !== null) {
    out.push(c);
    return true;
  }
  p.mark = start;
  const s = simple_stmts(p);
  if (s === null) return false;
  for (const x of s) out.push(x);
  return true;
}

// statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER
export function statement_newline(p: Parser): A.stmt[] | null {
  const start = p.mark;
  const c = compound_stmt(p);
  if (c !== null && p.eat(T.NEWLINE)) return [c];
  p.mark = start;
  const s = simple_stmts(p);
  if (s !== null) return s;
  p.mark = start;
  if (p.eat(T.NEWLINE)) return [extra<A.Pass>(p, start, { _type: 'Pass', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 })];
  return null;
}

// simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
export function simple_stmts(p: Parser): A.stmt[] | null {
  const a = simple_stmt(p);
  if (a === null) return null;
  if (p.peek() === T.NEWLINE) {
    p.mark++;
    return [a];
  }
  const out = [a];
  while (true) {
    const m = p.mark;
    if (!p.eat(T.SEMI)) break;
    const b = simple_stmt(p);
    if (b === null) {
      p.mark = m + 1;
      break;
    }
    out.push(b);
  }
  if (!p.eat(T.NEWLINE)) return null;
  return out;
}

// simple_stmt (memo):
//     | assignment | &"type" type_alias | star_expressions | &'return' return_stmt
//     | &('import' | 'from') import_stmt | &'raise' raise_stmt | 'pass' | &'del' del_stmt
//     | &'yield' yield_stmt | &'assert' assert_stmt | 'break' | 'continue'
//     | &'global' global_stmt | &'nonlocal' nonlocal_stmt
export function simple_stmt(p: Parser): A.stmt | null {
  const start = p.mark;
  if (p.memoGet(M.simple_stmt)) return p.memoHit as A.stmt | null;
  const r = simpleStmtBody(p, start);
  p.memoSet(M.simple_stmt, start, r);
  return r;
}

function simpleStmtBody(p: Parser, start: number): A.stmt | null {
  let r: A.stmt | null = assignment(p);
  if (r !== null) return r;
  p.mark = start;
  if (p.atSoft('type')) {
    r = type_alias(p);
    if (r !== null) return r;
    p.mark = start;
  }
  const e = star_expressions(p);
  if (e !== null) return extra<A.Expr>(p, start, { _type: 'Expr', value: e, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  p.mark = start;
  switch (p.peek()) {
    case T.K_RETURN: {
      // return_stmt: 'return' [star_expressions]
      p.mark = start + 1;
      const v = star_expressions(p);
      if (v === null) p.mark = start + 1;
      return extra<A.Return>(p, start, { _type: 'Return', value: v, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    }
    case T.K_IMPORT:
    case T.K_FROM:
      return import_stmt(p);
    case T.K_RAISE:
      return raise_stmt(p);
    case T.K_PASS:
      p.mark = start + 1;
      return extra<A.Pass>(p, start, { _type: 'Pass', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    case T.K_DEL:
      return del_stmt(p);
    case T.K_YIELD: {
      // yield_stmt: yield_expr
      const y = yield_expr(p);
      if (y === null) return null;
      return extra<A.Expr>(p, start, { _type: 'Expr', value: y, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    }
    case T.K_ASSERT: {
      // assert_stmt: 'assert' expression [',' expression ]
      p.mark = start + 1;
      const a = expression(p);
      if (a === null) return null;
      let b: A.expr | null = null;
      const m = p.mark;
      if (p.eat(T.COMMA)) {
        b = expression(p);
        if (b === null) p.mark = m;
      }
      return extra<A.Assert>(p, start, { _type: 'Assert', test: a, msg: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    }
    case T.K_BREAK:
      p.mark = start + 1;
      return extra<A.Break>(p, start, { _type: 'Break', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    case T.K_CONTINUE:
      p.mark = start + 1;
      return extra<A.Continue>(p, start, { _type: 'Continue', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    case T.K_GLOBAL:
    case T.K_NONLOCAL: {
      // global_stmt: 'global' ','.NAME+     nonlocal_stmt: 'nonlocal' ','.NAME+
      const kw = p.peek();
      p.mark = start + 1;
      const names = gather(p, (q) => (q.peek() === T.NAME ? q.nameId(q.mark++) : null));
      if (names === null) return null;
      return extra<A.Global | A.Nonlocal>(p, start, { _type: (kw === T.K_GLOBAL ? 'Global' : 'Nonlocal') as 'Global', names, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    }
    default:
      return null;
  }
}

const AUG: Record<number, A.operator> = {
  [T.PLUSEQUAL]: op('Add'), [T.MINEQUAL]: op('Sub'), [T.STAREQUAL]: op('Mult'), [T.ATEQUAL]: op('MatMult'),
  [T.SLASHEQUAL]: op('Div'), [T.PERCENTEQUAL]: op('Mod'), [T.AMPEREQUAL]: op('BitAnd'), [T.VBAREQUAL]: op('BitOr'),
  [T.CIRCUMFLEXEQUAL]: op('BitXor'), [T.LEFTSHIFTEQUAL]: op('LShift'), [T.RIGHTSHIFTEQUAL]: op('RShift'),
  [T.DOUBLESTAREQUAL]: op('Pow'), [T.DOUBLESLASHEQUAL]: op('FloorDiv'),
};

// annotated_rhs: yield_expr | star_expressions
function annotated_rhs(p: Parser): A.expr | null {
  const start = p.mark;
  const y = yield_expr(p);
  if (y !== null) return y;
  p.mark = start;
  return star_expressions(p);
}

// assignment:
//     | NAME ':' expression ['=' annotated_rhs ]
//     | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs ]
//     | (star_targets '=' )+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
//     | single_target augassign ~ (yield_expr | star_expressions)
//     | invalid_assignment
function assignment(p: Parser): A.stmt | null {
  const start = p.mark;
  // alternative 1
  if (p.peek() === T.NAME && p.peekAt(start + 1) === T.COLON) {
    p.mark = start + 2;
    const b = expression(p);
    if (b !== null) {
      const c = optAssignedValue(p);
      return extra<A.AnnAssign>(p, start, { _type: 'AnnAssign', target: nameFromTok(p, start, STORE), annotation: b, value: c, simple: 1, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    }
  }
  // alternative 2
  p.mark = start;
  let t: A.expr | null = null;
  if (p.eat(T.LPAR)) {
    t = single_target(p);
    if (t === null || !p.eat(T.RPAR)) t = null;
  }
  if (t === null) {
    p.mark = start;
    t = single_subscript_attribute_target(p);
  }
  if (t !== null && p.eat(T.COLON)) {
    const b = expression(p);
    if (b !== null) {
      const c = optAssignedValue(p);
      return extra<A.AnnAssign>(p, start, { _type: 'AnnAssign', target: t, annotation: b, value: c, simple: 0, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    }
  }
  // alternative 3
  p.mark = start;
  const targets: A.expr[] = [];
  while (true) {
    const m = p.mark;
    const z = star_targets(p);
    if (z === null || !p.eat(T.EQUAL)) {
      p.mark = m;
      break;
    }
    targets.push(z);
  }
  if (targets.length) {
    const m = p.mark;
    let v = yield_expr(p);
    if (v === null) {
      p.mark = m;
      v = star_expressions(p);
    }
    if (v !== null && !p.at(T.EQUAL)) {
      const tc = typeComment(p);
      return extra<A.Assign>(p, start, { _type: 'Assign', targets, value: v, type_comment: tc, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    }
  }
  // alternative 4
  p.mark = start;
  const a = single_target(p);
  if (a !== null) {
    const o = AUG[p.peek()];
    if (o !== undefined) {
      p.mark++;
      const m = p.mark;
      let v = yield_expr(p);
      if (v === null) {
        p.mark = m;
        v = star_expressions(p);
      }
      if (v === null) return null; // cut
      return extra<A.AugAssign>(p, start, { _type: 'AugAssign', target: a, op: o, value: v, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    }
  }
  p.mark = start;
  if (p.callInvalid) inv.invalid_assignment(p);
  return null;
}

function optAssignedValue(p: Parser): A.expr | null {
  const m = p.mark;
  if (p.eat(T.EQUAL)) {
    const d = annotated_rhs(p);
    if (d !== null) return d;
  }
  p.mark = m;
  return null;
}

// raise_stmt: 'raise' expression ['from' expression ] | 'raise'
function raise_stmt(p: Parser): A.stmt | null {
  const start = p.mark;
  p.mark = start + 1;
  const a = expression(p);
  if (a !== null) {
    let b: A.expr | null = null;
    const m = p.mark;
    if (p.eat(T.K_FROM)) {
      b = expression(p);
      if (b === null) p.mark = m;
    }
    return extra<A.Raise>(p, start, { _type: 'Raise', exc: a, cause: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  }
  p.mark = start + 1;
  return extra<A.Raise>(p, start, { _type: 'Raise', exc: null, cause: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

// del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
function del_stmt(p: Parser): A.stmt | null {
  const start = p.mark;
  p.mark = start + 1;
  const a = del_targets(p);
  if (a !== null) {
    const ty = p.peek();
    if (ty === T.SEMI || ty === T.NEWLINE) return extra<A.Delete>(p, start, { _type: 'Delete', targets: a, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  }
  p.mark = start;
  if (p.callInvalid) inv.invalid_del_stmt(p);
  return null;
}

// import_stmt: invalid_import | import_name | import_from
function import_stmt(p: Parser): A.stmt | null {
  const start = p.mark;
  if (p.callInvalid) {
    inv.invalid_import(p);
    p.mark = start;
  }
  if (p.eat(T.K_IMPORT)) {
    // import_name: 'import' dotted_as_names
    const names = gather(p, dotted_as_name);
    if (names === null) return null;
    return extra<A.Import>(p, start, { _type: 'Import', names, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  }
  return import_from(p);
}

// dotted_as_name: dotted_name ['as' NAME ]
function dotted_as_name(p: Parser): A.alias | null {
  const start = p.mark;
  const a = dotted_name(p);
  if (a === null) return null;
  const asname = optAsName(p);
  return extra<A.alias>(p, start, { _type: 'alias', name: a, asname, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

function optAsName(p: Parser): string | null {
  const m = p.mark;
  if (p.eat(T.K_AS) && p.peek() === T.NAME) return p.nameId(p.mark++);
  p.mark = m;
  return null;
}

// dotted_name: dotted_name '.' NAME | NAME
export function dotted_name(p: Parser): string | null {
  if (p.peek() !== T.NAME) return null;
  let s = p.nameId(p.mark++);
  while (p.peek() === T.DOT && p.peekAt(p.mark + 1) === T.NAME) {
    s += '.' + p.nameId(p.mark + 1);
    p.mark += 2;
  }
  return s;
}

// import_from:
//     | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//     | 'from' ('.' | '...')+ 'import' import_from_targets
function import_from(p: Parser): A.stmt | null {
  const start = p.mark;
  if (!p.eat(T.K_FROM)) return null;
  let level = 0;
  while (true) {
    const ty = p.peek();
    if (ty === T.DOT) level += 1;
    else if (ty === T.ELLIPSIS) level += 3;
    else break;
    p.mark++;
  }
  const afterDots = p.mark;
  const b = dotted_name(p);
  if (b !== null && p.eat(T.K_IMPORT)) {
    const c = import_from_targets(p);
    if (c !== null) return extra<A.ImportFrom>(p, start, { _type: 'ImportFrom', module: b, names: c, level, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  }
  p.mark = afterDots;
  if (level > 0 && p.eat(T.K_IMPORT)) {
    const c = import_from_targets(p);
    if (c !== null) return extra<A.ImportFrom>(p, start, { _type: 'ImportFrom', module: null, names: c, level, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  }
  return null;
}

// import_from_targets:
//     | '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
//     | invalid_import_from_targets
function import_from_targets(p: Parser): A.alias[] | null {
  const start = p.mark;
  if (p.eat(T.LPAR)) {
    const a = gather(p, import_from_as_name);
    if (a !== null) {
      p.eat(T.COMMA);
      if (p.eat(T.RPAR)) return a;
    }
  }
  p.mark = start;
  const a = gather(p, import_from_as_name);
  if (a !== null && !p.at(T.COMMA)) return a;
  p.mark = start;
  if (p.eat(T.STAR)) return [extra<A.alias>(p, start, { _type: 'alias', name: '*', asname: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 })];
  if (p.callInvalid) inv.invalid_import_from_targets(p);
  return null;
}

// import_from_as_name: NAME ['as' NAME ]
export function import_from_as_name(p: Parser): A.alias | null {
  const start = p.mark;
  if (p.peek() !== T.NAME) return null;
  p.mark++;
  const asname = optAsName(p);
  return extra<A.alias>(p, start, { _type: 'alias', name: p.nameId(start), asname, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

// ---- compound statements ---------------------------------------------------------------------

// compound_stmt:
//     | &('def' | '@' | ASYNC) function_def | &'if' if_stmt | &('class' | '@') class_def
//     | &('with' | ASYNC) with_stmt | &('for' | ASYNC) for_stmt | &'try' try_stmt
//     | &'while' while_stmt | match_stmt
export function compound_stmt(p: Parser): A.stmt | null {
  const start = p.mark;
  let r: A.stmt | null;
  switch (p.peek()) {
    case T.K_DEF:
      return function_def(p);
    case T.AT:
      r = function_def(p);
      if (r !== null) return r;
      p.mark = start;
      return class_def(p);
    case T.ASYNC:
      r = function_def(p);
      if (r !== null) return r;
      p.mark = start;
      r = with_stmt(p);
      if (r !== null) return r;
      p.mark = start;
      return for_stmt(p);
    case T.K_IF:
      return if_stmt(p);
    case T.K_CLASS:
      return class_def(p);
    case T.K_WITH:
      return with_stmt(p);
    case T.K_FOR:
      return for_stmt(p);
    case T.K_TRY:
      return try_stmt(p);
    case T.K_WHILE:
      return while_stmt(p);
    default:
      if (p.atSoft('match')) return match_stmt(p);
      return null;
  }
}

// block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
export function block(p: Parser): A.stmt[] | null {
  const start = p.mark;
  if (p.memoGet(M.block)) return p.memoHit as A.stmt[] | null;
  let r: A.stmt[] | null = null;
  if (p.eat(T.NEWLINE) && p.eat(T.INDENT)) {
    r = statements(p);
    if (r !== null && !p.eat(T.DEDENT)) r = null;
  }
  if (r === null) {
    p.mark = start;
    r = simple_stmts(p);
    if (r === null) {
      p.mark = start;
      if (p.callInvalid) inv.invalid_block(p);
    }
  }
  p.memoSet(M.block, start, r);
  return r;
}

// decorators: ('@' named_expression NEWLINE )+
function decorators(p: Parser): A.expr[] | null {
  const out: A.expr[] = [];
  while (true) {
    const m = p.mark;
    if (!p.eat(T.AT)) break;
    const f = named_expression(p);
    if (f === null || !p.eat(T.NEWLINE)) {
      p.mark = m;
      break;
    }
    out.push(f);
  }
  return out.length ? out : null;
}

// class_def: decorators class_def_raw | class_def_raw
function class_def(p: Parser): A.stmt | null {
  const start = p.mark;
  const d = decorators(p);
  if (d !== null) {
    const c = class_def_raw(p);
    if (c !== null) {
      c.decorator_list = d;
      return c;
    }
    p.mark = start;
  }
  return class_def_raw(p);
}

// class_def_raw:
//     | invalid_class_def_raw
//     | 'class' NAME [type_params] ['(' [arguments] ')' ] ':' block
function class_def_raw(p: Parser): A.ClassDef | null {
  const start = p.mark;
  if (p.callInvalid) {
    inv.invalid_class_def_raw(p);
    p.mark = start;
  }
  if (!p.eat(T.K_CLASS) || p.peek() !== T.NAME) return null;
  const nameIdx = p.mark++;
  const tp = optTypeParams(p);
  let bases: A.expr[] = [];
  let keywords: A.keyword[] = [];
  let m = p.mark;
  if (p.eat(T.LPAR)) {
    const k = p.mark;
    const a = arguments_(p);
    if (a === null) p.mark = k;
    if (p.eat(T.RPAR)) {
      if (a) {
        bases = a.args;
        keywords = a.keywords;
      }
    } else {
      p.mark = m;
    }
  }
  if (!p.eat(T.COLON)) return null;
  const c = block(p);
  if (c === null) return null;
  return extra<A.ClassDef>(p, start, { _type: 'ClassDef', name: p.nameId(nameIdx), bases, keywords, body: c, decorator_list: [], type_params: tp, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

// function_def: decorators function_def_raw | function_def_raw
function function_def(p: Parser): A.stmt | null {
  const start = p.mark;
  const d = decorators(p);
  if (d !== null) {
    const f = function_def_raw(p);
    if (f !== null) {
      f.decorator_list = d;
      return f;
    }
    p.mark = start;
  }
  return function_def_raw(p);
}

// function_def_raw:
//     | invalid_def_raw
//     | 'def' NAME [type_params] &&'(' [params] ')' ['->' expression ] &&':' [func_type_comment] block
//     | ASYNC 'def' NAME [type_params] &&'(' [params] ')' ['->' expression ] &&':' [func_type_comment] block
function function_def_raw(p: Parser): A.FunctionDef | A.AsyncFunctionDef | null {
  const start = p.mark;
  if (p.callInvalid) {
    inv.invalid_def_raw(p);
    p.mark = start;
  }
  const isAsync = p.eat(T.ASYNC);
  if (!p.eat(T.K_DEF) || p.peek() !== T.NAME) return null;
  const nameIdx = p.mark++;
  const tp = optTypeParams(p);
  forced(p, T.LPAR, '(');
  const m = p.mark;
  let a = params(p);
  if (a === null) p.mark = m;
  if (!p.eat(T.RPAR)) return null;
  let returns: A.expr | null = null;
  const r = p.mark;
  if (p.eat(T.RARROW)) {
    returns = expression(p);
    if (returns === null) p.mark = r;
  }
  forced(p, T.COLON, ':');
  const tc = func_type_comment(p);
  const b = block(p);
  if (b === null) return null;
  return extra(p, start, {
    _type: (isAsync ? 'AsyncFunctionDef' : 'FunctionDef') as 'FunctionDef', name: p.nameId(nameIdx), args: a ?? emptyArguments(), body: b,
    decorator_list: [] as A.expr[], returns, type_comment: tc, type_params: tp, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0,
  } as A.FunctionDef);
}

/** `[TYPE_COMMENT]`: its text, or null. */
export function typeComment(p: Parser): string | null {
  if (p.peek() !== T.TYPE_COMMENT) return null;
  return p.toks[p.mark++].string;
}

// func_type_comment:
//     | NEWLINE TYPE_COMMENT &(NEWLINE INDENT)
//     | invalid_double_type_comments
//     | TYPE_COMMENT
function func_type_comment(p: Parser): string | null {
  const start = p.mark;
  if (p.peek() === T.NEWLINE && p.peekAt(start + 1) === T.TYPE_COMMENT && p.peekAt(start + 2) === T.NEWLINE && p.peekAt(start + 3) === T.INDENT) {
    p.mark = start + 2;
    return p.toks[start + 1].string;
  }
  if (p.callInvalid) {
    // invalid_double_type_comments: TYPE_COMMENT NEWLINE TYPE_COMMENT NEWLINE INDENT
    if (p.peek() === T.TYPE_COMMENT && p.peekAt(start + 1) === T.NEWLINE && p.peekAt(start + 2) === T.TYPE_COMMENT &&
        p.peekAt(start + 3) === T.NEWLINE && p.peekAt(start + 4) === T.INDENT) {
      p.mark = start + 5;
      p.syntaxError('Cannot have two type comments on def');
    }
  }
  return typeComment(p);
}

/** `&&tok`: the token must be there, else "expected 'x'" at the current token. */
export function forced(p: Parser, ty: number, text: string): void {
  if (p.eat(ty)) return;
  const t = p.toks[p.mark];
  p.errNode(t, `expected '${text}'`);
}

// if_stmt:
//     | invalid_if_stmt
//     | 'if' named_expression ':' block elif_stmt
//     | 'if' named_expression ':' block [else_block]
function if_stmt(p: Parser): A.stmt | null {
  const start = p.mark;
  if (p.callInvalid) {
    inv.invalid_if_stmt(p);
    p.mark = start;
  }
  return ifBody(p, start, T.K_IF);
}

// elif_stmt:
//     | invalid_elif_stmt
//     | 'elif' named_expression ':' block elif_stmt
//     | 'elif' named_expression ':' block [else_block]
function elif_stmt(p: Parser): A.stmt | null {
  const start = p.mark;
  if (p.callInvalid) {
    inv.invalid_elif_stmt(p);
    p.mark = start;
  }
  return ifBody(p, start, T.K_ELIF);
}

function ifBody(p: Parser, start: number, kw: number): A.stmt | null {
  if (!p.eat(kw)) return null;
  const a = named_expression(p);
  if (a === null || !p.eat(T.COLON)) return null;
  const b = block(p);
  if (b === null) return null;
  const m = p.mark;
  if (p.peek() === T.K_ELIF) {
    const c = elif_stmt(p);
    if (c !== null) return extra<A.If>(p, start, { _type: 'If', test: a, body: b, orelse: [c], lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    p.mark = m;
  }
  const c = optElse(p);
  return extra<A.If>(p, start, { _type: 'If', test: a, body: b, orelse: c, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

function optElse(p: Parser): A.stmt[] {
  const m = p.mark;
  const e = else_block(p);
  if (e === null) {
    p.mark = m;
    return [];
  }
  return e;
}

// else_block: invalid_else_stmt | 'else' &&':' block
function else_block(p: Parser): A.stmt[] | null {
  const start = p.mark;
  if (p.callInvalid) {
    inv.invalid_else_stmt(p);
    p.mark = start;
  }
  if (!p.eat(T.K_ELSE)) return null;
  forced(p, T.COLON, ':');
  return block(p);
}

// while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]
function while_stmt(p: Parser): A.stmt | null {
  const start = p.mark;
  if (p.callInvalid) {
    inv.invalid_while_stmt(p);
    p.mark = start;
  }
  if (!p.eat(T.K_WHILE)) return null;
  const a = named_expression(p);
  if (a === null || !p.eat(T.COLON)) return null;
  const b = block(p);
  if (b === null) return null;
  const c = optElse(p);
  return extra<A.While>(p, start, { _type: 'While', test: a, body: b, orelse: c, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

// for_stmt:
//     | invalid_for_stmt
//     | 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
//     | ASYNC 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
//     | invalid_for_target
function for_stmt(p: Parser): A.stmt | null {
  const start = p.mark;
  if (p.callInvalid) {
    inv.invalid_for_stmt(p);
    p.mark = start;
  }
  const isAsync = p.eat(T.ASYNC);
  if (p.eat(T.K_FOR)) {
    const t = star_targets(p);
    if (t !== null && p.eat(T.K_IN)) {
      const ex = star_expressions(p);
      if (ex === null || !p.eat(T.COLON)) return null; // cut
      const tc = typeComment(p);
      const b = block(p);
      if (b === null) return null;
      const el = optElse(p);
      return extra<A.For>(p, start, { _type: (isAsync ? 'AsyncFor' : 'For') as 'For', target: t, iter: ex, body: b, orelse: el, type_comment: tc, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    }
  }
  p.mark = start;
  if (p.callInvalid) inv.invalid_for_target(p);
  return null;
}

// with_stmt:
//     | invalid_with_stmt_indent
//     | 'with' '(' ','.with_item+ ','? ')' ':' block
//     | 'with' ','.with_item+ ':' [TYPE_COMMENT] block
//     | ASYNC 'with' '(' ','.with_item+ ','? ')' ':' block
//     | ASYNC 'with' ','.with_item+ ':' [TYPE_COMMENT] block
//     | invalid_with_stmt
function with_stmt(p: Parser): A.stmt | null {
  const start = p.mark;
  if (p.callInvalid) {
    inv.invalid_with_stmt_indent(p);
    p.mark = start;
  }
  const isAsync = p.eat(T.ASYNC);
  if (p.eat(T.K_WITH)) {
    const afterWith = p.mark;
    if (p.eat(T.LPAR)) {
      const a = gather(p, with_item);
      if (a !== null) {
        p.eat(T.COMMA);
        if (p.eat(T.RPAR) && p.eat(T.COLON)) {
          const b = block(p);
          if (b !== null) return extra<A.With>(p, start, { _type: (isAsync ? 'AsyncWith' : 'With') as 'With', items: a, body: b, type_comment: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
        }
      }
    }
    p.mark = afterWith;
    const a = gather(p, with_item);
    if (a !== null && p.eat(T.COLON)) {
      const tc = typeComment(p);
      const b = block(p);
      if (b !== null) return extra<A.With>(p, start, { _type: (isAsync ? 'AsyncWith' : 'With') as 'With', items: a, body: b, type_comment: tc, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    }
  }
  p.mark = start;
  if (p.callInvalid) inv.invalid_with_stmt(p);
  return null;
}

// with_item:
//     | expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression
function with_item(p: Parser): A.withitem | null {
  const start = p.mark;
  const e = expression(p);
  if (e === null) return null;
  if (p.eat(T.K_AS)) {
    const t = star_target(p);
    if (t !== null) {
      const ty = p.peek();
      if (ty === T.COMMA || ty === T.RPAR || ty === T.COLON) return { _type: 'withitem', context_expr: e, optional_vars: t };
    }
  }
  p.mark = start;
  if (p.callInvalid) {
    inv.invalid_with_item(p);
    p.mark = start;
  }
  expression(p);
  return { _type: 'withitem', context_expr: e, optional_vars: null };
}

// try_stmt:
//     | invalid_try_stmt
//     | 'try' &&':' block finally_block
//     | 'try' &&':' block except_block+ [else_block] [finally_block]
//     | 'try' &&':' block except_star_block+ [else_block] [finally_block]
function try_stmt(p: Parser): A.stmt | null {
  const start = p.mark;
  if (p.callInvalid) {
    inv.invalid_try_stmt(p);
    p.mark = start;
  }
  if (!p.eat(T.K_TRY)) return null;
  forced(p, T.COLON, ':');
  const b = block(p);
  if (b === null) return null;
  const afterBlock = p.mark;
  const f = finally_block(p);
  if (f !== null) return extra<A.Try>(p, start, { _type: 'Try', body: b, handlers: [], orelse: [], finalbody: f, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  for (const star of [false, true]) {
    p.mark = afterBlock;
    const handlers: A.ExceptHandler[] = [];
    while (true) {
      const m = p.mark;
      const h = star ? except_star_block(p) : except_block(p);
      if (h === null) {
        p.mark = m;
        break;
      }
      handlers.push(h);
    }
    if (handlers.length) {
      const el = optElse(p);
      const m = p.mark;
      let fb = finally_block(p);
      if (fb === null) {
        p.mark = m;
        fb = [];
      }
      return extra<A.Try>(p, start, { _type: (star ? 'TryStar' : 'Try') as 'Try', body: b, handlers, orelse: el, finalbody: fb, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    }
  }
  return null;
}

// except_block:
//     | invalid_except_stmt_indent
//     | 'except' expression ['as' NAME ] ':' block
//     | 'except' ':' block
//     | invalid_except_stmt
function except_block(p: Parser): A.ExceptHandler | null {
  const start = p.mark;
  if (p.callInvalid) {
    inv.invalid_except_stmt_indent(p);
    p.mark = start;
  }
  if (p.eat(T.K_EXCEPT)) {
    const e = expression(p);
    if (e !== null) {
      const name = optAsName(p);
      if (p.eat(T.COLON)) {
        const b = block(p);
        if (b !== null) return extra<A.ExceptHandler>(p, start, { _type: 'ExceptHandler', type: e, name, body: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
      }
    }
    p.mark = start + 1;
    if (p.eat(T.COLON)) {
      const b = block(p);
      if (b !== null) return extra<A.ExceptHandler>(p, start, { _type: 'ExceptHandler', type: null, name: null, body: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    }
  }
  p.mark = start;
  if (p.callInvalid) inv.invalid_except_stmt(p);
  return null;
}

// except_star_block:
//     | invalid_except_star_stmt_indent
//     | 'except' '*' expression ['as' NAME ] ':' block
//     | invalid_except_stmt
function except_star_block(p: Parser): A.ExceptHandler | null {
  const start = p.mark;
  if (p.callInvalid) {
    inv.invalid_except_star_stmt_indent(p);
    p.mark = start;
  }
  if (p.eat(T.K_EXCEPT) && p.eat(T.STAR)) {
    const e = expression(p);
    if (e !== null) {
      const name = optAsName(p);
      if (p.eat(T.COLON)) {
        const b = block(p);
        if (b !== null) return extra<A.ExceptHandler>(p, start, { _type: 'ExceptHandler', type: e, name, body: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
      }
    }
  }
  p.mark = start;
  if (p.callInvalid) inv.invalid_except_stmt(p);
  return null;
}

// finally_block: invalid_finally_stmt | 'finally' &&':' block
function finally_block(p: Parser): A.stmt[] | null {
  const start = p.mark;
  if (p.callInvalid) {
    inv.invalid_finally_stmt(p);
    p.mark = start;
  }
  if (!p.eat(T.K_FINALLY)) return null;
  forced(p, T.COLON, ':');
  return block(p);
}

// ---- type aliases and type parameters --------------------------------------------------------

// type_alias: "type" NAME [type_params] '=' expression
function type_alias(p: Parser): A.stmt | null {
  const start = p.mark;
  p.mark++;
  if (p.peek() !== T.NAME) return null;
  const n = p.mark++;
  const tp = optTypeParams(p);
  if (!p.eat(T.EQUAL)) return null;
  const b = expression(p);
  if (b === null) return null;
  return extra<A.TypeAlias>(p, start, { _type: 'TypeAlias', name: nameFromTok(p, n, STORE), type_params: tp, value: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

function optTypeParams(p: Parser): A.type_param[] {
  const m = p.mark;
  const t = type_params(p);
  if (t === null) {
    p.mark = m;
    return [];
  }
  return t;
}

// type_params: '[' type_param_seq ']'
// type_param_seq: ','.type_param+ [',']
function type_params(p: Parser): A.type_param[] | null {
  if (!p.eat(T.LSQB)) return null;
  const a = gather(p, type_param);
  if (a === null) return null;
  p.eat(T.COMMA);
  if (!p.eat(T.RSQB)) return null;
  return a;
}

// type_param (memo):
//     | NAME [type_param_bound]
//     | '*' NAME ':' expression          (error)
//     | '*' NAME
//     | '**' NAME ':' expression         (error)
//     | '**' NAME
function type_param(p: Parser): A.type_param | null {
  const start = p.mark;
  if (p.memoGet(M.type_param)) return p.memoHit as A.type_param | null;
  const r = typeParamBody(p, start);
  p.memoSet(M.type_param, start, r);
  return r;
}

function typeParamBody(p: Parser, start: number): A.type_param | null {
  const ty = p.peek();
  if (ty === T.NAME) {
    p.mark++;
    let bound: A.expr | null = null;
    const m = p.mark;
    if (p.eat(T.COLON)) {
      bound = expression(p);
      if (bound === null) p.mark = m;
    }
    return extra<A.TypeVar>(p, start, { _type: 'TypeVar', name: p.nameId(start), bound, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  }
  if ((ty === T.STAR || ty === T.DOUBLESTAR) && p.peekAt(start + 1) === T.NAME) {
    const what = ty === T.STAR ? 'TypeVarTuple' : 'ParamSpec';
    p.mark = start + 2;
    const colon = p.expect(T.COLON);
    if (colon !== null) {
      const e = expression(p);
      if (e !== null) p.errFrom(colon, e._type === 'Tuple' ? `cannot use constraints with ${what}` : `cannot use bound with ${what}`);
    }
    p.mark = start + 2;
    return extra<A.TypeVarTuple>(p, start, { _type: what as 'TypeVarTuple', name: p.nameId(start + 1), lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  }
  return null;
}

export { except_block as except_block_ref, except_star_block as except_star_block_ref, type_params as type_params_ref };
