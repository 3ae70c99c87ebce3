/**
 * The `invalid_*` rules of CPython 3.12's grammar. They run only in the second pass (after the
 * first pass failed) and turn recognizable mistakes into CPython's specific messages. Each one
 * either raises (throws ParseAbort) or returns null/false: "no match", and the caller restores
 * the position. A few return a value to their caller rule, as in the grammar.
 */
import type * as A from '../ast/nodes';
import { T, type Parser, type PToken } from './core';
import { Targets, exprName, raiseInvalidTarget } from './build';
import {
  args, assignment_expression, bitwise_or, disjunction, double_starred_kvpair, expression,
  expression_without_invalid, expressions, for_if_clauses, gather, genexp, kwargs, list, arguments_,
  named_expression, star_expressions, star_named_expression, star_named_expressions, star_targets,
  starred_expression, star_target, tupleAtom, yield_expr, type CallArgs,
} from './expressions';
import {
  Kind, param, param_maybe_default, param_no_default, param_with_default, parameters as parametersRef,
  params as paramsRule, repeat, slash_no_default, slash_with_default,
} from './params';
import {
  block, dotted_name, except_block_ref, except_star_block_ref, import_from_as_name, type_params_ref,
} from './statements';
import { keyword_pattern, name_or_attr, optGuard, orPattern, pattern, patterns as patternsRule, subject_expr } from './patterns';
import { fstringFieldRef } from './strings';

function tok(p: Parser): PToken | null {
  return p.toks[p.mark] ?? null;
}

function eatTok(p: Parser, ty: number): PToken | null {
  return p.expect(ty);
}

function lastComprehensionItem(c: A.comprehension): A.expr {
  return c.ifs.length ? c.ifs[c.ifs.length - 1] : c.iter;
}

/** `(assignment_expression | expression !':=') !'='` or starred_expression: one positional call argument. */
function positional(p: Parser): A.expr | null {
  const s = p.mark;
  let e = starred_expression(p);
  if (e !== null) return e;
  p.mark = s;
  e = assignment_expression(p);
  if (e === null) {
    p.mark = s;
    e = expression(p);
    if (e !== null && p.at(T.COLONEQUAL)) e = null;
  }
  if (e !== null && !p.at(T.EQUAL)) return e;
  p.mark = s;
  return null;
}

// invalid_arguments:
//     | ((','.(starred_expression | ( assignment_expression | expression !':=') !'=')+ ',' kwargs) | kwargs) ',' '*'   (3.12.1)
//     | expression for_if_clauses ',' [args | expression for_if_clauses]
//     | NAME '=' expression for_if_clauses
//     | (args ',')? NAME '=' &(',' | ')')
//     | args for_if_clauses
//     | args ',' expression for_if_clauses
//     | args ',' args
export function invalid_arguments(p: Parser): null {
  const start = p.mark;
  // alternative 1
  let ok = false;
  if (gather(p, positional) !== null && p.eat(T.COMMA) && kwargs(p) !== null) ok = true;
  if (!ok) {
    p.mark = start;
    ok = kwargs(p) !== null;
  }
  if (ok && p.eat(T.COMMA)) {
    const b = eatTok(p, T.STAR);
    if (b !== null) p.errNode(b, 'iterable argument unpacking follows keyword argument unpacking');
  }
  // alternative 2
  p.mark = start;
  {
    const a = expression(p);
    if (a !== null) {
      const b = for_if_clauses(p);
      if (b !== null && p.eat(T.COMMA)) {
        const m = p.mark;
        if (args(p) === null) {
          p.mark = m;
          if (expression(p) === null || for_if_clauses(p) === null) p.mark = m;
        }
        p.errRange(a, lastComprehensionItem(b[b.length - 1]), 'Generator expression must be parenthesized');
      }
    }
  }
  // alternative 3
  p.mark = start;
  if (p.peek() === T.NAME && p.peekAt(start + 1) === T.EQUAL) {
    const a = p.toks[start], b = p.toks[start + 1];
    p.mark = start + 2;
    if (expression(p) !== null && for_if_clauses(p) !== null) {
      p.errRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
  }
  // alternative 4
  p.mark = start;
  {
    const m = p.mark;
    if (!(args(p) !== null && p.eat(T.COMMA))) p.mark = m;
    const i = p.mark;
    if (p.peek() === T.NAME && p.peekAt(i + 1) === T.EQUAL) {
      const nx = p.peekAt(i + 2);
      if (nx === T.COMMA || nx === T.RPAR) p.errRange(p.toks[i], p.toks[i + 1], 'expected argument value expression');
    }
  }
  // alternative 5
  p.mark = start;
  let a: CallArgs | null = args(p);
  if (a !== null) {
    const b = for_if_clauses(p);
    if (b !== null) {
      // _PyPegen_nonparen_genexp_in_call; when it does not raise, the matched alternative ends the rule.
      if (a.args.length > 1) {
        p.errRange(a.args[a.args.length - 1], lastComprehensionItem(b[b.length - 1]), 'Generator expression must be parenthesized');
      }
      return null;
    }
  }
  // alternative 6
  p.mark = start;
  if (args(p) !== null && p.eat(T.COMMA)) {
    const e = expression(p);
    if (e !== null) {
      const b = for_if_clauses(p);
      if (b !== null) p.errRange(e, lastComprehensionItem(b[b.length - 1]), 'Generator expression must be parenthesized');
    }
  }
  // alternative 7
  p.mark = start;
  a = args(p);
  if (a !== null && p.eat(T.COMMA) && args(p) !== null) {
    const unpack = a.keywords.some((k) => k.arg === null);
    p.syntaxError(unpack ? 'positional argument follows keyword argument unpacking' : 'positional argument follows keyword argument');
  }
  return null;
}

// invalid_kwarg:
//     | ('True'|'False'|'None') '='
//     | NAME '=' expression for_if_clauses
//     | !(NAME '=') expression '='
//     | '**' expression '=' expression
export function invalid_kwarg(p: Parser): null {
  const start = p.mark;
  const ty = p.peek();
  if ((ty === T.K_TRUE || ty === T.K_FALSE || ty === T.K_NONE) && p.peekAt(start + 1) === T.EQUAL) {
    const a = p.toks[start];
    p.errRange(a, p.toks[start + 1], `cannot assign to ${a.string}`);
  }
  if (ty === T.NAME && p.peekAt(start + 1) === T.EQUAL) {
    p.mark = start + 2;
    if (expression(p) !== null && for_if_clauses(p) !== null) {
      p.errRange(p.toks[start], p.toks[start + 1], "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
  } else {
    p.mark = start;
    const a = expression(p);
    if (a !== null && p.at(T.EQUAL)) {
      p.errRange(a, p.toks[p.mark], 'expression cannot contain assignment, perhaps you meant "=="?');
    }
  }
  p.mark = start;
  const s = eatTok(p, T.DOUBLESTAR);
  if (s !== null && expression(p) !== null && p.eat(T.EQUAL)) {
    const b = expression(p);
    if (b !== null) p.errRange(s, b, 'cannot assign to keyword argument unpacking');
  }
  return null;
}

function isLegacy(e: A.expr): boolean {
  return e._type === 'Name' && (e.id === 'print' || e.id === 'exec');
}

// invalid_legacy_expression: NAME !'(' star_expressions
export function invalid_legacy_expression(p: Parser): null {
  const start = p.mark;
  if (p.peek() !== T.NAME || p.peekAt(start + 1) === T.LPAR) return null;
  const id = p.nameId(start);
  p.mark = start + 1;
  const b = star_expressions(p);
  if (b === null) return null;
  if (id === 'print' || id === 'exec') p.errRange(p.toks[start], b, `Missing parentheses in call to '${id}'. Did you mean ${id}(...)?`);
  return null;
}

/** pegen's SOFT_KEYWORD test: a NAME whose text is a prefix of a soft keyword (strncmp quirk). */
function isSoftKeywordTok(p: Parser, i: number): boolean {
  if (p.peekAt(i) !== T.NAME) return false;
  const s = p.toks[i].string;
  for (const kw of ['_', 'case', 'match', 'type']) {
    if (kw.startsWith(s)) return true;
  }
  return false;
}

// invalid_expression:
//     | !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
//     | disjunction 'if' disjunction !('else'|':')
//     | 'lambda' [lambda_params] ':' &FSTRING_MIDDLE
export function invalid_expression(p: Parser): null {
  const start = p.mark;
  const nameString = p.peek() === T.NAME && p.peekAt(start + 1) === T.STRING;
  if (!nameString && !isSoftKeywordTok(p, start)) {
    const a = disjunction(p);
    if (a !== null) {
      const b = expression_without_invalid(p);
      if (b !== null) {
        if (!isLegacy(a) && p.level[p.mark - 1] !== 0) p.errRange(a, b, 'invalid syntax. Perhaps you forgot a comma?');
        // The alternative matched: pegen returns its (null) result without trying the others.
        return null;
      }
    }
  }
  p.mark = start;
  const a = disjunction(p);
  if (a !== null && p.eat(T.K_IF)) {
    const b = disjunction(p);
    if (b !== null) {
      const ty = p.peek();
      if (ty !== T.K_ELSE && ty !== T.COLON) p.errRange(a, b, "expected 'else' after 'if' expression");
    }
  }
  p.mark = start;
  const l = eatTok(p, T.K_LAMBDA);
  if (l !== null) {
    const m = p.mark;
    if (lambdaParamsNoInvalid(p) === null) p.mark = m;
    const c = eatTok(p, T.COLON);
    if (c !== null && p.at(T.FSTRING_MIDDLE)) p.errRange(l, c, 'f-string: lambda expressions are not allowed without parentheses');
  }
  return null;
}

function lambdaParamsNoInvalid(p: Parser): A.arguments | null {
  // [lambda_params] inside an invalid rule: lambda_params itself tries invalid_lambda_parameters first.
  const s = p.mark;
  invalid_parameters(p, Kind.LAMBDA);
  p.mark = s;
  return parametersRef(p, Kind.LAMBDA);
}


// invalid_named_expression (memo):
//     | expression ':=' expression
//     | NAME '=' bitwise_or !('='|':=')
//     | !(list|tuple|genexp|'True'|'None'|'False') bitwise_or '=' bitwise_or !('='|':=')
export function invalid_named_expression(p: Parser): null {
  const start = p.mark;
  const a = expression(p);
  if (a !== null && p.eat(T.COLONEQUAL) && expression(p) !== null) {
    p.errNode(a, `cannot use assignment expressions with ${exprName(a)}`);
  }
  p.mark = start;
  if (p.peek() === T.NAME && p.peekAt(start + 1) === T.EQUAL) {
    p.mark = start + 2;
    const b = bitwise_or(p);
    if (b !== null) {
      const ty = p.peek();
      if (ty !== T.EQUAL && ty !== T.COLONEQUAL) p.errRange(p.toks[start], b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
  }
  p.mark = start;
  const ty0 = p.peek();
  let blocked = ty0 === T.K_TRUE || ty0 === T.K_NONE || ty0 === T.K_FALSE;
  if (!blocked) {
    blocked = list(p) !== null;
    p.mark = start;
    if (!blocked) blocked = tupleAtom(p) !== null;
    p.mark = start;
    if (!blocked) blocked = genexp(p) !== null;
    p.mark = start;
  }
  if (!blocked) {
    const a2 = bitwise_or(p);
    if (a2 !== null && p.eat(T.EQUAL) && bitwise_or(p) !== null) {
      const ty = p.peek();
      if (ty !== T.EQUAL && ty !== T.COLONEQUAL) p.errNode(a2, `cannot assign to ${exprName(a2)} here. Maybe you meant '==' instead of '='?`);
    }
  }
  p.mark = start;
  return null;
}

const AUGASSIGN = new Set([T.PLUSEQUAL, T.MINEQUAL, T.STAREQUAL, T.ATEQUAL, T.SLASHEQUAL, T.PERCENTEQUAL, T.AMPEREQUAL, T.VBAREQUAL, T.CIRCUMFLEXEQUAL, T.LEFTSHIFTEQUAL, T.RIGHTSHIFTEQUAL, T.DOUBLESTAREQUAL, T.DOUBLESLASHEQUAL]);

// invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
function invalid_ann_assign_target(p: Parser): A.expr | null {
  const start = p.mark;
  let a = list(p);
  if (a !== null) return a;
  p.mark = start;
  a = tupleAtom(p);
  if (a !== null) return a;
  p.mark = start;
  if (p.eat(T.LPAR)) {
    a = invalid_ann_assign_target(p);
    if (a !== null && p.eat(T.RPAR)) return a;
  }
  return null;
}

/** `(star_targets '=')*` */
function skipTargets(p: Parser): void {
  while (true) {
    const m = p.mark;
    if (star_targets(p) === null || !p.eat(T.EQUAL)) {
      p.mark = m;
      return;
    }
  }
}

// invalid_assignment:
//     | invalid_ann_assign_target ':' expression
//     | star_named_expression ',' star_named_expressions* ':' expression
//     | expression ':' expression
//     | (star_targets '=')* star_expressions '='
//     | (star_targets '=')* yield_expr '='
//     | star_expressions augassign (yield_expr | star_expressions)
export function invalid_assignment(p: Parser): null {
  const start = p.mark;
  let a = invalid_ann_assign_target(p);
  if (a !== null && p.eat(T.COLON) && expression(p) !== null) {
    p.errNode(a, `only single target (not ${exprName(a)}) can be annotated`);
  }
  p.mark = start;
  a = star_named_expression(p);
  if (a !== null && p.eat(T.COMMA)) {
    while (true) {
      const m = p.mark;
      if (star_named_expressions(p) === null) {
        p.mark = m;
        break;
      }
    }
    if (p.eat(T.COLON) && expression(p) !== null) p.errNode(a, 'only single target (not tuple) can be annotated');
  }
  p.mark = start;
  a = expression(p);
  if (a !== null && p.eat(T.COLON) && expression(p) !== null) p.errNode(a, 'illegal target for annotation');
  p.mark = start;
  skipTargets(p);
  a = star_expressions(p);
  if (a !== null && p.eat(T.EQUAL)) return raiseInvalidTarget(p, Targets.STAR, a); // matched: no other alternative
  p.mark = start;
  skipTargets(p);
  a = yield_expr(p);
  if (a !== null && p.eat(T.EQUAL)) p.errNode(a, 'assignment to yield expression not possible');
  p.mark = start;
  a = star_expressions(p);
  if (a !== null && AUGASSIGN.has(p.peek())) {
    p.mark++;
    const m = p.mark;
    let v = yield_expr(p);
    if (v === null) {
      p.mark = m;
      v = star_expressions(p);
    }
    if (v !== null) p.errNode(a, `'${exprName(a)}' is an illegal expression for augmented assignment`);
  }
  return null;
}

// invalid_del_stmt: 'del' star_expressions
export function invalid_del_stmt(p: Parser): null {
  if (!p.eat(T.K_DEL)) return null;
  const a = star_expressions(p);
  if (a !== null) raiseInvalidTarget(p, Targets.DEL, a);
  return null;
}

// invalid_block: NEWLINE !INDENT
export function invalid_block(p: Parser): null {
  if (p.eat(T.NEWLINE) && !p.at(T.INDENT)) p.indentError('expected an indented block');
  return null;
}

// invalid_comprehension:
//     | ('[' | '(' | '{') starred_expression for_if_clauses
//     | ('[' | '{') star_named_expression ',' star_named_expressions for_if_clauses
//     | ('[' | '{') star_named_expression ',' for_if_clauses
export function invalid_comprehension(p: Parser): null {
  const start = p.mark;
  const ty = p.peek();
  if (ty !== T.LSQB && ty !== T.LPAR && ty !== T.LBRACE) return null;
  p.mark = start + 1;
  const a = starred_expression(p);
  if (a !== null && for_if_clauses(p) !== null) p.errNode(a, 'iterable unpacking cannot be used in comprehension');
  if (ty === T.LPAR) return null;
  p.mark = start + 1;
  const b = star_named_expression(p);
  if (b !== null && p.at(T.COMMA)) {
    const comma = p.toks[p.mark];
    p.mark++;
    const m = p.mark;
    const c = star_named_expressions(p);
    if (c !== null && for_if_clauses(p) !== null) p.errRange(b, c[c.length - 1], 'did you forget parentheses around the comprehension target?');
    p.mark = m;
    if (for_if_clauses(p) !== null) p.errRange(b, comma, 'did you forget parentheses around the comprehension target?');
  }
  return null;
}

// invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'
export function invalid_dict_comprehension(p: Parser): null {
  if (!p.eat(T.LBRACE)) return null;
  const a = eatTok(p, T.DOUBLESTAR);
  if (a !== null && bitwise_or(p) !== null && for_if_clauses(p) !== null && p.eat(T.RBRACE)) {
    p.errNode(a, 'dict unpacking cannot be used in dict comprehension');
  }
  return null;
}

/** `(slash_no_default | slash_with_default)` */
function anySlash(p: Parser, k: Kind): boolean {
  const m = p.mark;
  if (slash_no_default(p, k) !== null) return true;
  p.mark = m;
  if (slash_with_default(p, k) !== null) return true;
  p.mark = m;
  return false;
}

// invalid_parameters / invalid_lambda_parameters:
//     | "/" ','
//     | (slash_no_default | slash_with_default) param_maybe_default* '/'
//     | slash_no_default? param_no_default* invalid_parameters_helper param_no_default
//     | param_no_default* '(' param_no_default+ ','? ')'          (lambda: ','.lambda_param+)
//     | (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default) param_maybe_default* '/'
//     | param_maybe_default+ '/' '*'
export function invalid_parameters(p: Parser, k: Kind): null {
  const start = p.mark;
  let a = eatTok(p, T.SLASH);
  if (a !== null && p.eat(T.COMMA)) p.errNode(a, 'at least one argument must precede /');
  p.mark = start;
  if (anySlash(p, k)) {
    repeat(p, k, param_maybe_default);
    a = eatTok(p, T.SLASH);
    if (a !== null) p.errNode(a, '/ may appear only once');
  }
  p.mark = start;
  {
    const m = p.mark;
    if (slash_no_default(p, k) === null) p.mark = m;
    repeat(p, k, param_no_default);
    // invalid_parameters_helper: slash_with_default | param_with_default+
    const h = p.mark;
    let ok = slash_with_default(p, k) !== null;
    if (!ok) {
      p.mark = h;
      ok = repeat(p, k, param_with_default).length > 0;
    }
    if (ok) {
      const b = param_no_default(p, k);
      if (b !== null) p.errNode(b, 'parameter without a default follows parameter with a default');
    }
  }
  p.mark = start;
  repeat(p, k, param_no_default);
  a = eatTok(p, T.LPAR);
  if (a !== null) {
    let ok: boolean;
    if (k === Kind.DEF) ok = repeat(p, k, param_no_default).length > 0;
    else ok = gather(p, (q) => param(q, Kind.LAMBDA)) !== null;
    if (ok) {
      p.eat(T.COMMA);
      const b = eatTok(p, T.RPAR);
      if (b !== null) p.errRange(a, b, k === Kind.DEF ? 'Function parameters cannot be parenthesized' : 'Lambda expression parameters cannot be parenthesized');
    }
  }
  p.mark = start;
  anySlash(p, k);
  repeat(p, k, param_maybe_default);
  if (p.eat(T.STAR)) {
    let ok = p.eat(T.COMMA);
    if (!ok) ok = param_no_default(p, k) !== null;
    if (ok) {
      repeat(p, k, param_maybe_default);
      a = eatTok(p, T.SLASH);
      if (a !== null) p.errNode(a, '/ must be ahead of *');
    }
  }
  p.mark = start;
  if (repeat(p, k, param_maybe_default).length && p.eat(T.SLASH)) {
    a = eatTok(p, T.STAR);
    if (a !== null) p.errNode(a, 'expected comma between / and *');
  }
  return null;
}

// invalid_default: '=' &(')'|',')
export function invalid_default(p: Parser): null {
  const a = eatTok(p, T.EQUAL);
  if (a !== null && (p.at(T.RPAR) || p.at(T.COMMA))) p.errNode(a, 'expected default value expression');
  return null;
}

// invalid_star_etc:
//     | '*' (')' | ',' (')' | '**'))          lambda: '*' (':' | ',' (':' | '**'))
//     | '*' ',' TYPE_COMMENT
//     | '*' param '='
//     | '*' (param_no_default | ',') param_maybe_default* '*' (param_no_default | ',')
export function invalid_star_etc(p: Parser, k: Kind): null {
  const start = p.mark;
  const a = eatTok(p, T.STAR);
  if (a === null) return null;
  const close = k === Kind.DEF ? T.RPAR : T.COLON;
  if (p.at(close) || (p.eat(T.COMMA) && (p.at(close) || p.at(T.DOUBLESTAR)))) {
    if (k === Kind.DEF) p.errNode(a, 'named arguments must follow bare *');
    p.mark++;
    p.syntaxError('named arguments must follow bare *');
  }
  p.mark = start + 1;
  if (k === Kind.DEF && p.eat(T.COMMA) && p.at(T.TYPE_COMMENT)) {
    p.mark++;
    p.syntaxError('bare * has associated type comment');
  }
  p.mark = start + 1;
  if (param(p, k) !== null) {
    const e = eatTok(p, T.EQUAL);
    if (e !== null) p.errNode(e, 'var-positional argument cannot have default value');
  }
  p.mark = start + 1;
  let ok = param_no_default(p, k) !== null;
  if (!ok) {
    p.mark = start + 1;
    ok = p.eat(T.COMMA);
  }
  if (ok) {
    repeat(p, k, param_maybe_default);
    const b = eatTok(p, T.STAR);
    if (b !== null) {
      const m = p.mark;
      let ok2 = param_no_default(p, k) !== null;
      if (!ok2) {
        p.mark = m;
        ok2 = p.eat(T.COMMA);
      }
      if (ok2) p.errNode(b, '* argument may appear only once');
    }
  }
  return null;
}

// invalid_kwds: '**' param '=' | '**' param ',' param | '**' param ',' ('*'|'**'|'/')
export function invalid_kwds(p: Parser, k: Kind): null {
  if (!p.eat(T.DOUBLESTAR) || param(p, k) === null) return null;
  const e = eatTok(p, T.EQUAL);
  if (e !== null) p.errNode(e, 'var-keyword argument cannot have default value');
  if (!p.eat(T.COMMA)) return null;
  const m = p.mark;
  const a = param(p, k);
  if (a !== null) p.errNode(a, 'arguments cannot follow var-keyword argument');
  p.mark = m;
  const ty = p.peek();
  if (ty === T.STAR || ty === T.DOUBLESTAR || ty === T.SLASH) p.errNode(p.toks[m], 'arguments cannot follow var-keyword argument');
  return null;
}

// invalid_with_item: expression 'as' expression &(',' | ')' | ':')
export function invalid_with_item(p: Parser): null {
  if (expression(p) === null || !p.eat(T.K_AS)) return null;
  const a = expression(p);
  if (a === null) return null;
  const ty = p.peek();
  if (ty === T.COMMA || ty === T.RPAR || ty === T.COLON) raiseInvalidTarget(p, Targets.STAR, a);
  return null;
}

// invalid_for_target: ASYNC? 'for' star_expressions
export function invalid_for_target(p: Parser): null {
  p.eat(T.ASYNC);
  if (!p.eat(T.K_FOR)) return null;
  const a = star_expressions(p);
  if (a !== null) raiseInvalidTarget(p, Targets.FOR, a);
  return null;
}

// invalid_group: '(' starred_expression ')' | '(' '**' expression ')'
export function invalid_group(p: Parser): null {
  const start = p.mark;
  if (!p.eat(T.LPAR)) return null;
  const a = starred_expression(p);
  if (a !== null && p.eat(T.RPAR)) p.errNode(a, 'cannot use starred expression here');
  p.mark = start + 1;
  const s = eatTok(p, T.DOUBLESTAR);
  if (s !== null && expression(p) !== null && p.eat(T.RPAR)) p.errNode(s, 'cannot use double starred expression here');
  return null;
}

// invalid_import: 'import' ','.dotted_name+ 'from' dotted_name
export function invalid_import(p: Parser): null {
  const a = eatTok(p, T.K_IMPORT);
  if (a === null) return null;
  if (gather(p, dotted_name) !== null && p.eat(T.K_FROM) && dotted_name(p) !== null) {
    p.errFrom(a, "Did you mean to use 'from ... import ...' instead?");
  }
  return null;
}

// invalid_import_from_targets: import_from_as_names ',' NEWLINE
export function invalid_import_from_targets(p: Parser): null {
  if (gather(p, import_from_as_name) !== null && p.eat(T.COMMA) && p.eat(T.NEWLINE)) {
    p.syntaxError('trailing comma not allowed without surrounding parentheses');
  }
  return null;
}

/** `','.(expression ['as' star_target])+` (or with `expressions` inside parentheses). */
function withItemsLoose(p: Parser, exprs: boolean): boolean {
  return gather(p, (q) => {
    const e = exprs ? expressions(q) : expression(q);
    if (e === null) return null;
    const m = q.mark;
    if (!(q.eat(T.K_AS) && star_target(q) !== null)) q.mark = m;
    return e;
  }) !== null;
}

// invalid_with_stmt:
//     | [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE
//     | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE
export function invalid_with_stmt(p: Parser): null {
  p.eat(T.ASYNC);
  if (!p.eat(T.K_WITH)) return null;
  const afterWith = p.mark;
  if (withItemsLoose(p, false) && p.eat(T.NEWLINE)) p.syntaxError("expected ':'");
  p.mark = afterWith;
  if (p.eat(T.LPAR) && withItemsLoose(p, true)) {
    p.eat(T.COMMA);
    if (p.eat(T.RPAR) && p.eat(T.NEWLINE)) p.syntaxError("expected ':'");
  }
  return null;
}

function indentAfter(p: Parser, what: string, line: number): never {
  return p.indentError(`expected an indented block after ${what} on line ${line}`);
}

/** `':' NEWLINE !INDENT` */
function colonNoIndent(p: Parser): boolean {
  return p.eat(T.COLON) && p.eat(T.NEWLINE) && !p.at(T.INDENT);
}

// invalid_with_stmt_indent:
//     | [ASYNC] 'with' ','.(expression ['as' star_target])+ ':' NEWLINE !INDENT
//     | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' ':' NEWLINE !INDENT
export function invalid_with_stmt_indent(p: Parser): null {
  p.eat(T.ASYNC);
  const a = eatTok(p, T.K_WITH);
  if (a === null) return null;
  const afterWith = p.mark;
  if (withItemsLoose(p, false) && colonNoIndent(p)) indentAfter(p, "'with' statement", a.lineno);
  p.mark = afterWith;
  if (p.eat(T.LPAR) && withItemsLoose(p, true)) {
    p.eat(T.COMMA);
    if (p.eat(T.RPAR) && colonNoIndent(p)) indentAfter(p, "'with' statement", a.lineno);
  }
  return null;
}

function optAsName(p: Parser): void {
  const m = p.mark;
  if (!(p.eat(T.K_AS) && p.eat(T.NAME))) p.mark = m;
}


// invalid_try_stmt:
//     | 'try' ':' NEWLINE !INDENT
//     | 'try' ':' block !('except' | 'finally')
//     | 'try' ':' block* except_block+ 'except' '*' expression ['as' NAME] ':'
//     | 'try' ':' block* except_star_block+ 'except' [expression ['as' NAME]] ':'
export function invalid_try_stmt(p: Parser): null {
  const start = p.mark;
  const a = eatTok(p, T.K_TRY);
  if (a === null) return null;
  if (colonNoIndent(p)) indentAfter(p, "'try' statement", a.lineno);
  p.mark = start + 1;
  if (p.eat(T.COLON) && block(p) !== null) {
    const ty = p.peek();
    if (ty !== T.K_EXCEPT && ty !== T.K_FINALLY) p.syntaxError("expected 'except' or 'finally' block");
  }
  for (const star of [false, true]) {
    p.mark = start + 1;
    if (!p.eat(T.COLON)) return null;
    while (true) {
      const m = p.mark;
      if (block(p) === null) {
        p.mark = m;
        break;
      }
    }
    let n = 0;
    while (true) {
      const m = p.mark;
      if ((star ? except_star_block_ref(p) : except_block_ref(p)) === null) {
        p.mark = m;
        break;
      }
      n++;
    }
    if (n === 0) continue;
    const e = eatTok(p, T.K_EXCEPT);
    if (e === null) continue;
    if (!star) {
      const s = eatTok(p, T.STAR);
      if (s !== null && expression(p) !== null) {
        optAsName(p);
        if (p.eat(T.COLON)) p.errRange(e, s, "cannot have both 'except' and 'except*' on the same 'try'");
      }
    } else {
      const m = p.mark;
      if (expression(p) !== null) optAsName(p);
      else p.mark = m;
      if (p.eat(T.COLON)) p.errNode(e, "cannot have both 'except' and 'except*' on the same 'try'");
    }
  }
  return null;
}

// invalid_except_stmt:
//     | 'except' '*'? expression ',' expressions ['as' NAME ] ':'
//     | 'except' '*'? expression ['as' NAME ] NEWLINE
//     | 'except' NEWLINE
//     | 'except' '*' (NEWLINE | ':')
export function invalid_except_stmt(p: Parser): null {
  const start = p.mark;
  if (!p.eat(T.K_EXCEPT)) return null;
  p.eat(T.STAR);
  const a = expression(p);
  if (a !== null && p.eat(T.COMMA) && expressions(p) !== null) {
    optAsName(p);
    if (p.eat(T.COLON)) p.errFrom(a, 'multiple exception types must be parenthesized');
  }
  p.mark = start + 1;
  p.eat(T.STAR);
  if (expression(p) !== null) {
    optAsName(p);
    if (p.eat(T.NEWLINE)) p.syntaxError("expected ':'");
  }
  p.mark = start + 1;
  if (p.eat(T.NEWLINE)) p.syntaxError("expected ':'");
  p.mark = start + 1;
  if (p.eat(T.STAR) && (p.eat(T.NEWLINE) || p.eat(T.COLON))) p.syntaxError('expected one or more exception types');
  return null;
}

// invalid_finally_stmt: 'finally' ':' NEWLINE !INDENT
export function invalid_finally_stmt(p: Parser): null {
  const a = eatTok(p, T.K_FINALLY);
  if (a !== null && colonNoIndent(p)) indentAfter(p, "'finally' statement", a.lineno);
  return null;
}

// invalid_except_stmt_indent:
//     | 'except' expression ['as' NAME ] ':' NEWLINE !INDENT
//     | 'except' ':' NEWLINE !INDENT
export function invalid_except_stmt_indent(p: Parser): null {
  const start = p.mark;
  const a = eatTok(p, T.K_EXCEPT);
  if (a === null) return null;
  if (expression(p) !== null) {
    optAsName(p);
    if (colonNoIndent(p)) indentAfter(p, "'except' statement", a.lineno);
  }
  p.mark = start + 1;
  if (colonNoIndent(p)) indentAfter(p, "'except' statement", a.lineno);
  return null;
}

// invalid_except_star_stmt_indent: 'except' '*' expression ['as' NAME ] ':' NEWLINE !INDENT
export function invalid_except_star_stmt_indent(p: Parser): null {
  const a = eatTok(p, T.K_EXCEPT);
  if (a === null || !p.eat(T.STAR) || expression(p) === null) return null;
  optAsName(p);
  if (colonNoIndent(p)) indentAfter(p, "'except*' statement", a.lineno);
  return null;
}

// invalid_match_stmt:
//     | "match" subject_expr NEWLINE
//     | "match" subject_expr ':' NEWLINE !INDENT
export function invalid_match_stmt(p: Parser): null {
  const start = p.mark;
  if (!p.atSoft('match')) return null;
  const a = p.toks[start];
  p.mark++;
  if (subject_expr(p) !== null && p.eat(T.NEWLINE)) p.syntaxError("expected ':'");
  p.mark = start + 1;
  if (subject_expr(p) !== null && colonNoIndent(p)) indentAfter(p, "'match' statement", a.lineno);
  return null;
}

// invalid_case_block:
//     | "case" patterns guard? NEWLINE
//     | "case" patterns guard? ':' NEWLINE !INDENT
export function invalid_case_block(p: Parser): null {
  const start = p.mark;
  if (!p.atSoft('case')) return null;
  const a = p.toks[start];
  p.mark++;
  if (patternsRule(p) !== null) {
    optGuard(p);
    if (p.eat(T.NEWLINE)) p.syntaxError("expected ':'");
  }
  p.mark = start + 1;
  if (patternsRule(p) !== null) {
    optGuard(p);
    if (colonNoIndent(p)) indentAfter(p, "'case' statement", a.lineno);
  }
  return null;
}

// invalid_as_pattern: or_pattern 'as' "_" | or_pattern 'as' !NAME expression
export function invalid_as_pattern(p: Parser): null {
  if (orPattern(p) === null || !p.eat(T.K_AS)) return null;
  const m = p.mark;
  if (p.atSoft('_')) p.errNode(p.toks[m], "cannot use '_' as a target");
  if (p.peek() === T.NAME) return null;
  const a = expression(p);
  if (a !== null) p.errNode(a, 'invalid pattern target');
  return null;
}

// invalid_class_pattern: name_or_attr '(' invalid_class_argument_pattern
// invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ',' positional_patterns
export function invalid_class_pattern(p: Parser): null {
  if (name_or_attr(p) === null || !p.eat(T.LPAR)) return null;
  const m = p.mark;
  if (!(gather(p, pattern) !== null && p.eat(T.COMMA))) p.mark = m;
  if (gather(p, keyword_pattern) === null || !p.eat(T.COMMA)) return null;
  const a = gather(p, pattern);
  if (a !== null) p.errRange(a[0], a[a.length - 1], 'positional patterns follow keyword patterns');
  return null;
}

/** Shared shape of the if/elif/while invalid rules. */
function invalidCondStmt(p: Parser, kw: number, what: string): null {
  const start = p.mark;
  const a = eatTok(p, kw);
  if (a === null) return null;
  if (named_expression(p) !== null && p.eat(T.NEWLINE)) p.syntaxError("expected ':'");
  p.mark = start + 1;
  const e = named_expression(p);
  if (e !== null && colonNoIndent(p)) indentAfter(p, what, a.lineno);
  return null;
}

// invalid_if_stmt: 'if' named_expression NEWLINE | 'if' named_expression ':' NEWLINE !INDENT
export function invalid_if_stmt(p: Parser): null {
  return invalidCondStmt(p, T.K_IF, "'if' statement");
}

// invalid_elif_stmt: 'elif' named_expression NEWLINE | 'elif' named_expression ':' NEWLINE !INDENT
export function invalid_elif_stmt(p: Parser): null {
  return invalidCondStmt(p, T.K_ELIF, "'elif' statement");
}

// invalid_else_stmt: 'else' ':' NEWLINE !INDENT
export function invalid_else_stmt(p: Parser): null {
  const a = eatTok(p, T.K_ELSE);
  if (a !== null && colonNoIndent(p)) indentAfter(p, "'else' statement", a.lineno);
  return null;
}

// invalid_while_stmt: 'while' named_expression NEWLINE | 'while' named_expression ':' NEWLINE !INDENT
export function invalid_while_stmt(p: Parser): null {
  return invalidCondStmt(p, T.K_WHILE, "'while' statement");
}

// invalid_for_stmt:
//     | [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE
//     | [ASYNC] 'for' star_targets 'in' star_expressions ':' NEWLINE !INDENT
export function invalid_for_stmt(p: Parser): null {
  p.eat(T.ASYNC);
  const a = eatTok(p, T.K_FOR);
  if (a === null) return null;
  const after = p.mark;
  if (star_targets(p) !== null && p.eat(T.K_IN) && star_expressions(p) !== null) {
    if (p.eat(T.NEWLINE)) p.syntaxError("expected ':'");
  }
  p.mark = after;
  if (star_targets(p) !== null && p.eat(T.K_IN) && star_expressions(p) !== null && colonNoIndent(p)) {
    indentAfter(p, "'for' statement", a.lineno);
  }
  return null;
}


function optTypeParamsLoose(p: Parser): void {
  const m = p.mark;
  if (type_params_ref(p) === null) p.mark = m;
}

// invalid_def_raw:
//     | [ASYNC] 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
export function invalid_def_raw(p: Parser): null {
  p.eat(T.ASYNC);
  const a = eatTok(p, T.K_DEF);
  if (a === null || !p.eat(T.NAME)) return null;
  optTypeParamsLoose(p);
  if (!p.eat(T.LPAR)) return null;
  let m = p.mark;
  if (paramsRule(p) === null) p.mark = m;
  if (!p.eat(T.RPAR)) return null;
  m = p.mark;
  if (!(p.eat(T.RARROW) && expression(p) !== null)) p.mark = m;
  if (colonNoIndent(p)) indentAfter(p, 'function definition', a.lineno);
  return null;
}

// invalid_class_def_raw:
//     | 'class' NAME [type_params] ['(' [arguments] ')'] NEWLINE
//     | 'class' NAME [type_params] ['(' [arguments] ')'] ':' NEWLINE !INDENT
export function invalid_class_def_raw(p: Parser): null {
  const a = eatTok(p, T.K_CLASS);
  if (a === null || !p.eat(T.NAME)) return null;
  optTypeParamsLoose(p);
  const m = p.mark;
  if (p.eat(T.LPAR)) {
    const k = p.mark;
    if (arguments_(p) === null) p.mark = k;
    if (!p.eat(T.RPAR)) p.mark = m;
  }
  const afterHead = p.mark;
  if (p.eat(T.NEWLINE)) p.syntaxError("expected ':'");
  p.mark = afterHead;
  if (colonNoIndent(p)) indentAfter(p, 'class definition', a.lineno);
  return null;
}

// invalid_double_starred_kvpairs:
//     | ','.double_starred_kvpair+ ',' invalid_kvpair
//     | expression ':' '*' bitwise_or
//     | expression ':' &('}'|',')
export function invalid_double_starred_kvpairs(p: Parser): null {
  const start = p.mark;
  const ks: (A.expr | null)[] = [];
  const vs: A.expr[] = [];
  if (gather(p, (q) => (double_starred_kvpair(q, ks, vs) ? true : null)) !== null && p.eat(T.COMMA)) {
    invalid_kvpair(p);
  }
  p.mark = start;
  kvStarOrMissing(p);
  return null;
}

function kvStarOrMissing(p: Parser): void {
  const start = p.mark;
  if (expression(p) !== null && p.eat(T.COLON)) {
    const s = eatTok(p, T.STAR);
    if (s !== null && bitwise_or(p) !== null) p.errFrom(s, 'cannot use a starred expression in a dictionary value');
  }
  p.mark = start;
  if (expression(p) !== null) {
    const c = eatTok(p, T.COLON);
    if (c !== null && (p.at(T.RBRACE) || p.at(T.COMMA))) p.errNode(c, "expression expected after dictionary key and ':'");
  }
}

// invalid_kvpair:
//     | expression !(':')
//     | expression ':' '*' bitwise_or
//     | expression ':' &('}'|',')
function invalid_kvpair(p: Parser): null {
  const start = p.mark;
  const a = expression(p);
  if (a !== null && !p.at(T.COLON)) {
    p.raiseRaw('SyntaxError', a.lineno, a.end_col_offset!, a.end_lineno!, 0, "':' expected after dictionary key");
  }
  p.mark = start;
  kvStarOrMissing(p);
  return null;
}

// invalid_starred_expression: '*' expression '=' expression
export function invalid_starred_expression(p: Parser): null {
  const a = eatTok(p, T.STAR);
  if (a === null || expression(p) === null || !p.eat(T.EQUAL)) return null;
  const b = expression(p);
  if (b !== null) p.errRange(a, b, 'cannot assign to iterable argument unpacking');
  return null;
}

/** `(yield_expr | star_expressions)` */
function fexpr(p: Parser): A.expr | null {
  const m = p.mark;
  const y = yield_expr(p);
  if (y !== null) return y;
  p.mark = m;
  return star_expressions(p);
}

// invalid_replacement_field: see the grammar; each alternative names what the f-string lacks.
export function invalid_replacement_field(p: Parser): null {
  const start = p.mark;
  if (!p.eat(T.LBRACE)) return null;
  const t = tok(p);
  const ty = p.peek();
  if (ty === T.EQUAL) p.errNode(t!, "f-string: valid expression required before '='");
  if (ty === T.EXCLAMATION) p.errNode(t!, "f-string: valid expression required before '!'");
  if (ty === T.COLON) p.errNode(t!, "f-string: valid expression required before ':'");
  if (ty === T.RBRACE) p.errNode(t!, "f-string: valid expression required before '}'");
  if (fexpr(p) === null) {
    p.mark = start + 1;
    p.raiseAtToken('SyntaxError', "f-string: expecting a valid expression after '{'", true);
  }
  let ty2 = p.peek();
  if (ty2 !== T.EQUAL && ty2 !== T.EXCLAMATION && ty2 !== T.COLON && ty2 !== T.RBRACE) {
    p.raiseAtToken('SyntaxError', "f-string: expecting '=', or '!', or ':', or '}'", true);
  }
  if (p.eat(T.EQUAL)) {
    ty2 = p.peek();
    if (ty2 !== T.EXCLAMATION && ty2 !== T.COLON && ty2 !== T.RBRACE) {
      p.raiseAtToken('SyntaxError', "f-string: expecting '!', or ':', or '}'", true);
    }
  }
  const afterEq = p.mark;
  // invalid_conversion_character: '!' &(':' | '}') | '!' !NAME
  if (p.eat(T.EXCLAMATION)) {
    const n = p.peek();
    if (n === T.COLON || n === T.RBRACE) p.raiseAtToken('SyntaxError', 'f-string: missing conversion character', true);
    if (n !== T.NAME) p.raiseAtToken('SyntaxError', 'f-string: invalid conversion character', true);
  }
  p.mark = afterEq;
  const m = p.mark;
  if (!(p.eat(T.EXCLAMATION) && p.eat(T.NAME))) p.mark = m;
  const afterConv = p.mark;
  ty2 = p.peek();
  if (ty2 !== T.COLON && ty2 !== T.RBRACE) p.raiseAtToken('SyntaxError', "f-string: expecting ':' or '}'", true);
  if (p.eat(T.COLON)) {
    while (true) {
      const k = p.mark;
      if (p.eat(T.FSTRING_MIDDLE)) continue;
      if (p.at(T.LBRACE)) {
        // fstring_replacement_field (raises on its own errors in this pass)
        const r = fstringFieldRef(p);
        if (r !== null) continue;
      }
      p.mark = k;
      break;
    }
    if (!p.at(T.RBRACE)) p.raiseAtToken('SyntaxError', "f-string: expecting '}', or format specs", true);
  }
  p.mark = afterConv;
  if (!p.at(T.RBRACE)) p.raiseAtToken('SyntaxError', "f-string: expecting '}'", true);
  return null;
}

