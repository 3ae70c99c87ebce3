/**
 * Expression rules of CPython 3.12's Grammar/python.gram (section EXPRESSIONS and FUNCTION CALL
 * ARGUMENTS). One function per rule, the rule quoted above it. Left-recursive rules are loops
 * that grow the left operand, which is what pegen's seed-growing computes for them.
 */
import type * as A from '../ast/nodes';
import { FALSE, NONE, TRUE, ELLIPSIS } from '../ast/constants';
import { M, T, type Parser } from './core';
import { DEL, LOAD, STORE, extra, nameFromTok, op, setCtx } from './build';
import * as inv from './invalid';
import { strings } from './strings';
import { numberToken } from './literals';
import { lambdaParams } from './params';

const AND = op('And'), OR = op('Or'), NOT = op('Not'), USUB = op('USub'), UADD = op('UAdd'), INVERT = op('Invert');
const BIN: Record<number, A.operator> = {
  [T.VBAR]: op('BitOr'), [T.CIRCUMFLEX]: op('BitXor'), [T.AMPER]: op('BitAnd'), [T.LEFTSHIFT]: op('LShift'),
  [T.RIGHTSHIFT]: op('RShift'), [T.PLUS]: op('Add'), [T.MINUS]: op('Sub'), [T.STAR]: op('Mult'),
  [T.SLASH]: op('Div'), [T.DOUBLESLASH]: op('FloorDiv'), [T.PERCENT]: op('Mod'), [T.AT]: op('MatMult'),
  [T.DOUBLESTAR]: op('Pow'),
};
export const BINOPS = BIN;
const CMP: Record<number, A.cmpop> = {
  [T.EQEQUAL]: op('Eq'), [T.NOTEQUAL]: op('NotEq'), [T.LESSEQUAL]: op('LtE'), [T.LESS]: op('Lt'),
  [T.GREATEREQUAL]: op('GtE'), [T.GREATER]: op('Gt'), [T.K_IN]: op('In'),
};
const NOTIN = op('NotIn'), ISNOT = op('IsNot'), IS = op('Is');

function tuple(p: Parser, start: number, elts: A.expr[], ctx: A.expr_context = LOAD): A.Tuple {
  return extra<A.Tuple>(p, start, { _type: 'Tuple', elts, ctx, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

// expressions:
//     | expression (',' expression )+ [','] | expression ',' | expression
export function expressions(p: Parser): A.expr | null {
  const start = p.mark;
  const a = expression(p);
  if (a === null) return null;
  if (!p.at(T.COMMA)) return a;
  const elts = [a];
  while (true) {
    const m = p.mark;
    if (!p.eat(T.COMMA)) break;
    const b = expression(p);
    if (b === null) {
      p.mark = m + 1; // trailing ','
      break;
    }
    elts.push(b);
  }
  return tuple(p, start, elts);
}

// expression (memo):
//     | invalid_expression | invalid_legacy_expression
//     | disjunction 'if' disjunction 'else' expression | disjunction | lambdef
export function expression(p: Parser): A.expr | null {
  const start = p.mark;
  if (p.memoGet(M.expression)) return p.memoHit as A.expr | null;
  if (p.callInvalid) {
    inv.invalid_expression(p);
    p.mark = start;
    inv.invalid_legacy_expression(p);
    p.mark = start;
  }
  const r = expressionBody(p, start);
  p.memoSet(M.expression, start, r);
  return r;
}

function expressionBody(p: Parser, start: number): A.expr | null {
  const a = disjunction(p);
  if (a !== null) {
    const m = p.mark;
    if (p.eat(T.K_IF)) {
      const b = disjunction(p);
      if (b !== null && p.eat(T.K_ELSE)) {
        const c = expression(p);
        if (c !== null) return extra<A.IfExp>(p, start, { _type: 'IfExp', test: b, body: a, orelse: c, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
      }
    }
    p.mark = m;
    return a;
  }
  p.mark = start;
  if (p.at(T.K_LAMBDA)) return lambdef(p);
  return null;
}

// expression_without_invalid: the same alternatives, with invalid rules switched off below it.
export function expression_without_invalid(p: Parser): A.expr | null {
  const saved = p.callInvalid;
  p.callInvalid = false;
  try {
    const start = p.mark;
    return expressionBody(p, start);
  } finally {
    p.callInvalid = saved;
  }
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
export function yield_expr(p: Parser): A.expr | null {
  const start = p.mark;
  if (!p.eat(T.K_YIELD)) return null;
  if (p.eat(T.K_FROM)) {
    const a = expression(p);
    if (a !== null) return extra<A.YieldFrom>(p, start, { _type: 'YieldFrom', value: a, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    p.mark = start + 1;
  }
  const m = p.mark;
  const v = star_expressions(p);
  if (v === null) p.mark = m;
  return extra<A.Yield>(p, start, { _type: 'Yield', value: v, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

// star_expressions:
//     | star_expression (',' star_expression )+ [','] | star_expression ',' | star_expression
export function star_expressions(p: Parser): A.expr | null {
  const start = p.mark;
  const a = star_expression(p);
  if (a === null) return null;
  if (!p.at(T.COMMA)) return a;
  const elts = [a];
  while (true) {
    const m = p.mark;
    if (!p.eat(T.COMMA)) break;
    const b = star_expression(p);
    if (b === null) {
      p.mark = m + 1;
      break;
    }
    elts.push(b);
  }
  return tuple(p, start, elts);
}

// star_expression (memo): '*' bitwise_or | expression
export function star_expression(p: Parser): A.expr | null {
  const start = p.mark;
  if (p.memoGet(M.star_expression)) return p.memoHit as A.expr | null;
  let r: A.expr | null = null;
  if (p.eat(T.STAR)) {
    const a = bitwise_or(p);
    if (a !== null) r = extra<A.Starred>(p, start, { _type: 'Starred', value: a, ctx: LOAD, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    else p.mark = start;
  }
  if (r === null) r = expression(p);
  p.memoSet(M.star_expression, start, r);
  return r;
}

// star_named_expressions: ','.star_named_expression+ [',']
export function star_named_expressions(p: Parser): A.expr[] | null {
  const a = star_named_expression(p);
  if (a === null) return null;
  const out = [a];
  while (true) {
    const m = p.mark;
    if (!p.eat(T.COMMA)) break;
    const b = star_named_expression(p);
    if (b === null) {
      p.mark = m + 1;
      break;
    }
    out.push(b);
  }
  return out;
}

// star_named_expression: '*' bitwise_or | named_expression
export function star_named_expression(p: Parser): A.expr | null {
  const start = p.mark;
  if (p.eat(T.STAR)) {
    const a = bitwise_or(p);
    if (a !== null) return extra<A.Starred>(p, start, { _type: 'Starred', value: a, ctx: LOAD, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    p.mark = start;
  }
  return named_expression(p);
}

// assignment_expression: NAME ':=' ~ expression
export function assignment_expression(p: Parser): A.expr | null {
  const start = p.mark;
  if (p.peek() !== T.NAME || p.peekAt(start + 1) !== T.COLONEQUAL) return null;
  p.mark = start + 2;
  const b = expression(p);
  if (b === null) return null; // cut: no other alternative
  return extra<A.NamedExpr>(p, start, { _type: 'NamedExpr', target: nameFromTok(p, start, STORE), value: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

// named_expression: assignment_expression | invalid_named_expression | expression !':='
export function named_expression(p: Parser): A.expr | null {
  const start = p.mark;
  const a = assignment_expression(p);
  if (a !== null) return a;
  p.mark = start;
  if (p.callInvalid) {
    inv.invalid_named_expression(p);
    p.mark = start;
  }
  const e = expression(p);
  if (e !== null && !p.at(T.COLONEQUAL)) return e;
  p.mark = start;
  return null;
}

// disjunction (memo): conjunction ('or' conjunction )+ | conjunction
export function disjunction(p: Parser): A.expr | null {
  const start = p.mark;
  if (p.memoGet(M.disjunction)) return p.memoHit as A.expr | null;
  let r = conjunction(p);
  if (r !== null && p.at(T.K_OR)) {
    const values = [r];
    while (true) {
      const m = p.mark;
      if (!p.eat(T.K_OR)) break;
      const b = conjunction(p);
      if (b === null) {
        p.mark = m;
        break;
      }
      values.push(b);
    }
    if (values.length > 1) r = extra<A.BoolOp>(p, start, { _type: 'BoolOp', op: OR, values, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  }
  p.memoSet(M.disjunction, start, r);
  return r;
}

// conjunction (memo): inversion ('and' inversion )+ | inversion
export function conjunction(p: Parser): A.expr | null {
  const start = p.mark;
  if (p.memoGet(M.conjunction)) return p.memoHit as A.expr | null;
  let r = inversion(p);
  if (r !== null && p.at(T.K_AND)) {
    const values = [r];
    while (true) {
      const m = p.mark;
      if (!p.eat(T.K_AND)) break;
      const b = inversion(p);
      if (b === null) {
        p.mark = m;
        break;
      }
      values.push(b);
    }
    if (values.length > 1) r = extra<A.BoolOp>(p, start, { _type: 'BoolOp', op: AND, values, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  }
  p.memoSet(M.conjunction, start, r);
  return r;
}

// inversion (memo): 'not' inversion | comparison
export function inversion(p: Parser): A.expr | null {
  const start = p.mark;
  if (p.memoGet(M.inversion)) return p.memoHit as A.expr | null;
  let r: A.expr | null = null;
  if (p.eat(T.K_NOT)) {
    const a = inversion(p);
    if (a !== null) r = extra<A.UnaryOp>(p, start, { _type: 'UnaryOp', op: NOT, operand: a, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    else p.mark = start;
  }
  if (r === null) r = comparison(p);
  p.memoSet(M.inversion, start, r);
  return r;
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
export function comparison(p: Parser): A.expr | null {
  const start = p.mark;
  const a = bitwise_or(p);
  if (a === null) return null;
  let ops: A.cmpop[] | null = null;
  let comparators: A.expr[] | null = null;
  while (true) {
    // compare_op_bitwise_or_pair: '==' | '!=' | '<=' | '<' | '>=' | '>' | 'not' 'in' | 'in' | 'is' 'not' | 'is'
    const m = p.mark;
    const ty = p.peek();
    let o: A.cmpop | undefined = CMP[ty];
    if (o !== undefined) {
      if (ty === T.NOTEQUAL && p.toks[m].string !== '!=') break;
      p.mark = m + 1;
    } else if (ty === T.K_NOT) {
      if (p.peekAt(m + 1) !== T.K_IN) break;
      o = NOTIN;
      p.mark = m + 2;
    } else if (ty === T.K_IS) {
      if (p.peekAt(m + 1) === T.K_NOT) {
        p.mark = m + 2;
        const b = bitwise_or(p);
        if (b !== null) {
          (ops ??= []).push(ISNOT);
          (comparators ??= []).push(b);
          continue;
        }
        p.mark = m;
      }
      o = IS;
      p.mark = m + 1;
    } else {
      break;
    }
    const b = bitwise_or(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    (ops ??= []).push(o);
    (comparators ??= []).push(b);
  }
  if (ops === null) return a;
  return extra<A.Compare>(p, start, { _type: 'Compare', left: a, ops, comparators: comparators!, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

// bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor   (left-recursive; memoized)
export function bitwise_or(p: Parser): A.expr | null {
  const start = p.mark;
  if (p.memoGet(M.bitwise_or)) return p.memoHit as A.expr | null;
  let a = bitwise_xor(p);
  if (a !== null) {
    while (true) {
      const m = p.mark;
      if (!p.eat(T.VBAR)) break;
      const b = bitwise_xor(p);
      if (b === null) {
        p.mark = m;
        break;
      }
      a = extra<A.BinOp>(p, start, { _type: 'BinOp', left: a, op: BIN[T.VBAR], right: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    }
  }
  p.memoSet(M.bitwise_or, start, a);
  return a;
}

// bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
function bitwise_xor(p: Parser): A.expr | null {
  const start = p.mark;
  let a = bitwise_and(p);
  if (a === null) return null;
  while (true) {
    const m = p.mark;
    if (!p.eat(T.CIRCUMFLEX)) break;
    const b = bitwise_and(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    a = extra<A.BinOp>(p, start, { _type: 'BinOp', left: a, op: BIN[T.CIRCUMFLEX], right: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  }
  return a;
}

// bitwise_and: bitwise_and '&' shift_expr | shift_expr
function bitwise_and(p: Parser): A.expr | null {
  const start = p.mark;
  let a = shift_expr(p);
  if (a === null) return null;
  while (true) {
    const m = p.mark;
    if (!p.eat(T.AMPER)) break;
    const b = shift_expr(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    a = extra<A.BinOp>(p, start, { _type: 'BinOp', left: a, op: BIN[T.AMPER], right: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  }
  return a;
}

// shift_expr: shift_expr '<<' sum | shift_expr '>>' sum | sum
function shift_expr(p: Parser): A.expr | null {
  const start = p.mark;
  let a = sum(p);
  if (a === null) return null;
  while (true) {
    const m = p.mark;
    const ty = p.peek();
    if (ty !== T.LEFTSHIFT && ty !== T.RIGHTSHIFT) break;
    p.mark = m + 1;
    const b = sum(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    a = extra<A.BinOp>(p, start, { _type: 'BinOp', left: a, op: BIN[ty], right: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  }
  return a;
}

// sum: sum '+' term | sum '-' term | term
function sum(p: Parser): A.expr | null {
  const start = p.mark;
  let a = term(p);
  if (a === null) return null;
  while (true) {
    const m = p.mark;
    const ty = p.peek();
    if (ty !== T.PLUS && ty !== T.MINUS) break;
    p.mark = m + 1;
    const b = term(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    a = extra<A.BinOp>(p, start, { _type: 'BinOp', left: a, op: BIN[ty], right: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  }
  return a;
}

// term: term ('*' | '/' | '//' | '%' | '@') factor | factor
function term(p: Parser): A.expr | null {
  const start = p.mark;
  let a = factor(p);
  if (a === null) return null;
  while (true) {
    const m = p.mark;
    const ty = p.peek();
    if (ty !== T.STAR && ty !== T.SLASH && ty !== T.DOUBLESLASH && ty !== T.PERCENT && ty !== T.AT) break;
    p.mark = m + 1;
    const b = factor(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    a = extra<A.BinOp>(p, start, { _type: 'BinOp', left: a, op: BIN[ty], right: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  }
  return a;
}

// factor (memo): '+' factor | '-' factor | '~' factor | power
export function factor(p: Parser): A.expr | null {
  const start = p.mark;
  const ty = p.peek();
  if (ty === T.PLUS || ty === T.MINUS || ty === T.TILDE) {
    if (p.memoGet(M.factor)) return p.memoHit as A.expr | null;
    p.mark = start + 1;
    let r: A.expr | null = factor(p);
    if (r !== null) {
      r = extra<A.UnaryOp>(p, start, { _type: 'UnaryOp', op: ty === T.PLUS ? UADD : ty === T.MINUS ? USUB : INVERT, operand: r, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    } else {
      p.mark = start;
      r = power(p);
    }
    p.memoSet(M.factor, start, r);
    return r;
  }
  return power(p);
}

// power: await_primary '**' factor | await_primary
function power(p: Parser): A.expr | null {
  const start = p.mark;
  const a = await_primary(p);
  if (a === null) return null;
  const m = p.mark;
  if (p.eat(T.DOUBLESTAR)) {
    const b = factor(p);
    if (b !== null) return extra<A.BinOp>(p, start, { _type: 'BinOp', left: a, op: BIN[T.DOUBLESTAR], right: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    p.mark = m;
  }
  return a;
}

// await_primary (memo): AWAIT primary | primary
function await_primary(p: Parser): A.expr | null {
  const start = p.mark;
  if (p.peek() === T.AWAIT) {
    if (p.memoGet(M.await_primary)) return p.memoHit as A.expr | null;
    p.mark = start + 1;
    let r = primary(p);
    if (r !== null) r = extra<A.Await>(p, start, { _type: 'Await', value: r, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    else p.mark = start;
    p.memoSet(M.await_primary, start, r);
    return r;
  }
  return primary(p);
}

// primary:
//     | primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']'
//     | atom
export function primary(p: Parser): A.expr | null {
  const start = p.mark;
  if (p.memoGet(M.primary)) return p.memoHit as A.expr | null;
  let a = atom(p);
  if (a !== null) {
    while (true) {
      const m = p.mark;
      const ty = p.peek();
      if (ty === T.DOT) {
        if (p.peekAt(m + 1) === T.NAME) {
          p.mark = m + 2;
          a = extra<A.Attribute>(p, start, { _type: 'Attribute', value: a, attr: p.nameId(m + 1), ctx: LOAD, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
          continue;
        }
        break;
      } else if (ty === T.LPAR) {
        const g = genexp(p);
        if (g !== null) {
          a = extra<A.Call>(p, start, { _type: 'Call', func: a, args: [g], keywords: [], lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
          continue;
        }
        p.mark = m + 1;
        const args = arguments_(p);
        if (args === null) p.mark = m + 1;
        if (p.eat(T.RPAR)) {
          a = extra<A.Call>(p, start, { _type: 'Call', func: a, args: args ? args.args : [], keywords: args ? args.keywords : [], lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
          continue;
        }
        p.mark = m;
        break;
      } else if (ty === T.LSQB) {
        // `primary genexp` comes first: genexp's invalid_comprehension also starts with '['
        if (p.callInvalid) {
          genexp(p);
          p.mark = m;
        }
        p.mark = m + 1;
        const s = slices(p);
        if (s !== null && p.eat(T.RSQB)) {
          a = extra<A.Subscript>(p, start, { _type: 'Subscript', value: a, slice: s, ctx: LOAD, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
          continue;
        }
        p.mark = m;
        break;
      } else {
        // `primary genexp`: in the second pass genexp's invalid_comprehension may start with '{'
        if (ty === T.LBRACE && p.callInvalid) {
          genexp(p);
          p.mark = m;
        }
        break;
      }
    }
  }
  p.memoSet(M.primary, start, a);
  return a;
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
export function slices(p: Parser): A.expr | null {
  const start = p.mark;
  const a = slice(p);
  if (a !== null && !p.at(T.COMMA)) return a;
  p.mark = start;
  const elts: A.expr[] = [];
  while (true) {
    const m = p.mark;
    let e = slice(p);
    if (e === null) {
      p.mark = m;
      e = starred_expression(p);
    }
    if (e === null) {
      p.mark = m;
      if (elts.length === 0) return null;
      break;
    }
    elts.push(e);
    const c = p.mark;
    if (!p.eat(T.COMMA)) break;
    // the separator is only consumed if another element follows; else it is the trailing ','
    void c;
  }
  return tuple(p, start, elts);
}

// slice: [expression] ':' [expression] [':' [expression] ] | named_expression
function slice(p: Parser): A.expr | null {
  const start = p.mark;
  let lower = expression(p);
  if (lower === null) p.mark = start;
  if (p.eat(T.COLON)) {
    let m = p.mark;
    let upper = expression(p);
    if (upper === null) p.mark = m;
    let step: A.expr | null = null;
    if (p.eat(T.COLON)) {
      m = p.mark;
      step = expression(p);
      if (step === null) p.mark = m;
    }
    return extra<A.Slice>(p, start, { _type: 'Slice', lower, upper, step, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  }
  p.mark = start;
  return named_expression(p);
}

// atom:
//     | NAME | 'True' | 'False' | 'None' | &(STRING|FSTRING_START) strings | NUMBER
//     | &'(' (tuple | group | genexp) | &'[' (list | listcomp)
//     | &'{' (dict | set | dictcomp | setcomp) | '...'
export function atom(p: Parser): A.expr | null {
  const start = p.mark;
  const ty = p.peek();
  switch (ty) {
    case T.NAME:
      p.mark = start + 1;
      return nameFromTok(p, start);
    case T.K_TRUE:
    case T.K_FALSE:
    case T.K_NONE: {
      const t = p.toks[start];
      p.mark = start + 1;
      return { _type: 'Constant', value: ty === T.K_TRUE ? TRUE : ty === T.K_FALSE ? FALSE : NONE, kind: null, lineno: t.lineno, col_offset: t.bcol, end_lineno: t.end_lineno, end_col_offset: t.end_bcol };
    }
    case T.STRING:
    case T.FSTRING_START:
      return strings(p);
    case T.NUMBER:
      p.mark = start + 1;
      return numberToken(p, start);
    case T.LPAR: {
      let r = tupleAtom(p);
      if (r !== null) return r;
      p.mark = start;
      r = group(p);
      if (r !== null) return r;
      p.mark = start;
      return genexp(p);
    }
    case T.LSQB: {
      const r = list(p);
      if (r !== null) return r;
      p.mark = start;
      return listcomp(p);
    }
    case T.LBRACE: {
      let r = dict(p);
      if (r !== null) return r;
      p.mark = start;
      r = set(p);
      if (r !== null) return r;
      p.mark = start;
      r = dictcomp(p);
      if (r !== null) return r;
      p.mark = start;
      return setcomp(p);
    }
    case T.ELLIPSIS: {
      const t = p.toks[start];
      p.mark = start + 1;
      return { _type: 'Constant', value: ELLIPSIS, kind: null, lineno: t.lineno, col_offset: t.bcol, end_lineno: t.end_lineno, end_col_offset: t.end_bcol };
    }
    default:
      return null;
  }
}

// group: '(' (yield_expr | named_expression) ')' | invalid_group
function group(p: Parser): A.expr | null {
  const start = p.mark;
  if (!p.eat(T.LPAR)) return null;
  let a = yield_expr(p);
  if (a === null) {
    p.mark = start + 1;
    a = named_expression(p);
  }
  if (a !== null && p.eat(T.RPAR)) return a;
  p.mark = start;
  if (p.callInvalid) inv.invalid_group(p);
  return null;
}

// lambdef: 'lambda' [lambda_params] ':' expression
export function lambdef(p: Parser): A.expr | null {
  const start = p.mark;
  if (!p.eat(T.K_LAMBDA)) return null;
  const m = p.mark;
  let a = lambdaParams(p);
  if (a === null) p.mark = m;
  if (!p.eat(T.COLON)) return null;
  const b = expression(p);
  if (b === null) return null;
  a ??= { _type: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
  return extra<A.Lambda>(p, start, { _type: 'Lambda', args: a, body: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

// list: '[' [star_named_expressions] ']'
export function list(p: Parser): A.expr | null {
  const start = p.mark;
  if (!p.eat(T.LSQB)) return null;
  let a = star_named_expressions(p);
  if (a === null) p.mark = start + 1;
  if (!p.eat(T.RSQB)) return null;
  return extra<A.List>(p, start, { _type: 'List', elts: a ?? [], ctx: LOAD, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

// tuple: '(' [star_named_expression ',' [star_named_expressions] ] ')'
export function tupleAtom(p: Parser): A.expr | null {
  const start = p.mark;
  if (!p.eat(T.LPAR)) return null;
  let elts: A.expr[] = [];
  const y = star_named_expression(p);
  if (y !== null && p.eat(T.COMMA)) {
    const m = p.mark;
    const z = star_named_expressions(p);
    if (z === null) p.mark = m;
    elts = z ? [y, ...z] : [y];
  } else {
    p.mark = start + 1;
  }
  if (!p.eat(T.RPAR)) return null;
  return tuple(p, start, elts);
}

// set: '{' star_named_expressions '}'
function set(p: Parser): A.expr | null {
  const start = p.mark;
  if (!p.eat(T.LBRACE)) return null;
  const a = star_named_expressions(p);
  if (a === null || !p.eat(T.RBRACE)) return null;
  return extra<A.Set>(p, start, { _type: 'Set', elts: a, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

// dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'
function dict(p: Parser): A.expr | null {
  const start = p.mark;
  if (!p.eat(T.LBRACE)) return null;
  const keys: (A.expr | null)[] = [];
  const values: A.expr[] = [];
  // double_starred_kvpairs: ','.double_starred_kvpair+ [',']
  if (double_starred_kvpair(p, keys, values)) {
    while (true) {
      const m = p.mark;
      if (!p.eat(T.COMMA)) break;
      if (!double_starred_kvpair(p, keys, values)) {
        p.mark = m + 1;
        break;
      }
    }
  } else {
    p.mark = start + 1;
  }
  if (p.eat(T.RBRACE)) return extra<A.Dict>(p, start, { _type: 'Dict', keys: keys as A.expr[], values, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  // Not guarded by call_invalid_rules in pegen (the invalid rule is not the alternative's first
  // item), so this runs in the first pass too.
  p.mark = start + 1;
  inv.invalid_double_starred_kvpairs(p);
  return null;
}

// double_starred_kvpair: '**' bitwise_or | kvpair
export function double_starred_kvpair(p: Parser, keys: (A.expr | null)[], values: A.expr[]): boolean {
  const start = p.mark;
  if (p.eat(T.DOUBLESTAR)) {
    const a = bitwise_or(p);
    if (a !== null) {
      keys.push(null);
      values.push(a);
      return true;
    }
    p.mark = start;
  }
  const kv = kvpair(p);
  if (kv === null) return false;
  keys.push(kv[0]);
  values.push(kv[1]);
  return true;
}

// kvpair: expression ':' expression
export function kvpair(p: Parser): [A.expr, A.expr] | null {
  const a = expression(p);
  if (a === null || !p.eat(T.COLON)) return null;
  const b = expression(p);
  if (b === null) return null;
  return [a, b];
}

// for_if_clauses: for_if_clause+
export function for_if_clauses(p: Parser): A.comprehension[] | null {
  const out: A.comprehension[] = [];
  while (true) {
    const m = p.mark;
    const c = for_if_clause(p);
    if (c === null) {
      p.mark = m;
      break;
    }
    out.push(c);
  }
  return out.length ? out : null;
}

// for_if_clause:
//     | ASYNC 'for' star_targets 'in' ~ disjunction ('if' disjunction )*
//     | 'for' star_targets 'in' ~ disjunction ('if' disjunction )*
//     | invalid_for_target
function for_if_clause(p: Parser): A.comprehension | null {
  const start = p.mark;
  const isAsync = p.eat(T.ASYNC) ? 1 : 0;
  if (p.eat(T.K_FOR)) {
    const a = star_targets(p);
    if (a !== null && p.eat(T.K_IN)) {
      const b = disjunction(p);
      if (b === null) return null; // cut
      const ifs: A.expr[] = [];
      while (true) {
        const m = p.mark;
        if (!p.eat(T.K_IF)) break;
        const z = disjunction(p);
        if (z === null) {
          p.mark = m;
          break;
        }
        ifs.push(z);
      }
      return { _type: 'comprehension', target: a, iter: b, ifs, is_async: isAsync };
    }
  }
  p.mark = start;
  if (p.callInvalid) inv.invalid_for_target(p);
  return null;
}

// listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
function listcomp(p: Parser): A.expr | null {
  const start = p.mark;
  if (p.eat(T.LSQB)) {
    const a = named_expression(p);
    if (a !== null) {
      const b = for_if_clauses(p);
      if (b !== null && p.eat(T.RSQB)) return extra<A.ListComp>(p, start, { _type: 'ListComp', elt: a, generators: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    }
  }
  p.mark = start;
  if (p.callInvalid) inv.invalid_comprehension(p);
  return null;
}

// setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
function setcomp(p: Parser): A.expr | null {
  const start = p.mark;
  if (p.eat(T.LBRACE)) {
    const a = named_expression(p);
    if (a !== null) {
      const b = for_if_clauses(p);
      if (b !== null && p.eat(T.RBRACE)) return extra<A.SetComp>(p, start, { _type: 'SetComp', elt: a, generators: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    }
  }
  p.mark = start;
  if (p.callInvalid) inv.invalid_comprehension(p);
  return null;
}

// genexp: '(' ( assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension
export function genexp(p: Parser): A.expr | null {
  const start = p.mark;
  if (p.eat(T.LPAR)) {
    let a = assignment_expression(p);
    if (a === null) {
      p.mark = start + 1;
      a = expression(p);
      if (a !== null && p.at(T.COLONEQUAL)) a = null;
    }
    if (a !== null) {
      const b = for_if_clauses(p);
      if (b !== null && p.eat(T.RPAR)) return extra<A.GeneratorExp>(p, start, { _type: 'GeneratorExp', elt: a, generators: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    }
  }
  p.mark = start;
  if (p.callInvalid) inv.invalid_comprehension(p);
  return null;
}

// dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
function dictcomp(p: Parser): A.expr | null {
  const start = p.mark;
  if (p.eat(T.LBRACE)) {
    const a = kvpair(p);
    if (a !== null) {
      const b = for_if_clauses(p);
      if (b !== null && p.eat(T.RBRACE)) return extra<A.DictComp>(p, start, { _type: 'DictComp', key: a[0], value: a[1], generators: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    }
  }
  p.mark = start;
  if (p.callInvalid) inv.invalid_dict_comprehension(p);
  return null;
}

// ---- call arguments --------------------------------------------------------------------------

export interface CallArgs { args: A.expr[]; keywords: A.keyword[] }

// arguments (memo): args [','] &')' | invalid_arguments
export function arguments_(p: Parser): CallArgs | null {
  const start = p.mark;
  if (p.memoGet(M.arguments)) return p.memoHit as CallArgs | null;
  let r = args(p);
  if (r !== null) {
    p.eat(T.COMMA);
    if (!p.at(T.RPAR)) r = null;
  }
  if (r === null) {
    p.mark = start;
    if (p.callInvalid) {
      inv.invalid_arguments(p);
      p.mark = start;
    }
  }
  p.memoSet(M.arguments, start, r);
  return r;
}

/** One positional item of `args`: starred_expression | (assignment_expression | expression !':=') !'=' */
function positionalArg(p: Parser): A.expr | null {
  const start = p.mark;
  let e = starred_expression(p);
  if (e !== null) return e;
  p.mark = start;
  e = assignment_expression(p);
  if (e === null) {
    p.mark = start;
    e = expression(p);
    if (e !== null && p.at(T.COLONEQUAL)) e = null;
  }
  if (e !== null && !p.at(T.EQUAL)) return e;
  p.mark = start;
  return null;
}

// args:
//     | ','.(starred_expression | ( assignment_expression | expression !':=') !'=')+ [',' kwargs ]
//     | kwargs
export function args(p: Parser): CallArgs | null {
  const start = p.mark;
  const first = positionalArg(p);
  if (first !== null) {
    const a = [first];
    while (true) {
      const m = p.mark;
      if (!p.eat(T.COMMA)) break;
      const e = positionalArg(p);
      if (e === null) {
        p.mark = m;
        break;
      }
      a.push(e);
    }
    const m = p.mark;
    let keywords: A.keyword[] = [];
    if (p.eat(T.COMMA)) {
      const k = kwargs(p);
      if (k !== null) {
        for (const x of k) {
          if (x._type === 'keyword') keywords.push(x);
          else a.push(x);
        }
      } else {
        p.mark = m;
      }
    }
    return { args: a, keywords };
  }
  p.mark = start;
  const k = kwargs(p);
  if (k === null) return null;
  const a: A.expr[] = [];
  const keywords: A.keyword[] = [];
  for (const x of k) {
    if (x._type === 'keyword') keywords.push(x);
    else a.push(x);
  }
  return { args: a, keywords };
}

type KwOrStarred = A.keyword | A.expr;

// kwargs:
//     | ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
//     | ','.kwarg_or_starred+
//     | ','.kwarg_or_double_starred+
export function kwargs(p: Parser): KwOrStarred[] | null {
  const start = p.mark;
  const a = gather(p, kwarg_or_starred);
  if (a !== null) {
    const m = p.mark;
    if (p.eat(T.COMMA)) {
      const b = gather(p, kwarg_or_double_starred);
      if (b !== null) return a.concat(b);
    }
    p.mark = m;
    return a;
  }
  p.mark = start;
  return gather(p, kwarg_or_double_starred);
}

/** `','.rule+` */
export function gather<X>(p: Parser, rule: (p: Parser) => X | null): X[] | null {
  const first = rule(p);
  if (first === null) return null;
  const out = [first];
  while (true) {
    const m = p.mark;
    if (!p.eat(T.COMMA)) break;
    const e = rule(p);
    if (e === null) {
      p.mark = m;
      break;
    }
    out.push(e);
  }
  return out;
}

// starred_expression: invalid_starred_expression | '*' expression | '*'
export function starred_expression(p: Parser): A.expr | null {
  const start = p.mark;
  if (p.callInvalid) {
    inv.invalid_starred_expression(p);
    p.mark = start;
  }
  if (!p.eat(T.STAR)) return null;
  const a = expression(p);
  if (a !== null) return extra<A.Starred>(p, start, { _type: 'Starred', value: a, ctx: LOAD, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  p.mark = start;
  return null;
}

// kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression
function kwarg_or_starred(p: Parser): KwOrStarred | null {
  const start = p.mark;
  if (p.callInvalid) {
    inv.invalid_kwarg(p);
    p.mark = start;
  }
  if (p.peek() === T.NAME && p.peekAt(start + 1) === T.EQUAL) {
    p.mark = start + 2;
    const b = expression(p);
    if (b !== null) return extra<A.keyword>(p, start, { _type: 'keyword', arg: p.nameId(start), value: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    p.mark = start;
  }
  return starred_expression(p);
}

// kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression
function kwarg_or_double_starred(p: Parser): KwOrStarred | null {
  const start = p.mark;
  if (p.callInvalid) {
    inv.invalid_kwarg(p);
    p.mark = start;
  }
  if (p.peek() === T.NAME && p.peekAt(start + 1) === T.EQUAL) {
    p.mark = start + 2;
    const b = expression(p);
    if (b !== null) return extra<A.keyword>(p, start, { _type: 'keyword', arg: p.nameId(start), value: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    p.mark = start;
  }
  if (p.eat(T.DOUBLESTAR)) {
    const a = expression(p);
    if (a !== null) return extra<A.keyword>(p, start, { _type: 'keyword', arg: null, value: a, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  }
  p.mark = start;
  return null;
}

// ---- assignment targets ----------------------------------------------------------------------

// star_targets: star_target !',' | star_target (',' star_target )* [',']
export function star_targets(p: Parser): A.expr | null {
  const start = p.mark;
  const a = star_target(p);
  if (a === null) return null;
  if (!p.at(T.COMMA)) return a;
  const elts = [a];
  while (true) {
    const m = p.mark;
    if (!p.eat(T.COMMA)) break;
    const b = star_target(p);
    if (b === null) {
      p.mark = m + 1;
      break;
    }
    elts.push(b);
  }
  return tuple(p, start, elts, STORE);
}

// star_targets_list_seq: ','.star_target+ [',']
function star_targets_list_seq(p: Parser): A.expr[] | null {
  const a = gather(p, star_target);
  if (a === null) return null;
  p.eat(T.COMMA);
  return a;
}

// star_targets_tuple_seq: star_target (',' star_target )+ [','] | star_target ','
function star_targets_tuple_seq(p: Parser): A.expr[] | null {
  const a = star_target(p);
  if (a === null || !p.at(T.COMMA)) return null;
  const out = [a];
  while (true) {
    const m = p.mark;
    if (!p.eat(T.COMMA)) break;
    const b = star_target(p);
    if (b === null) {
      p.mark = m + 1;
      break;
    }
    out.push(b);
  }
  return out;
}

// star_target (memo): '*' (!'*' star_target) | target_with_star_atom
export function star_target(p: Parser): A.expr | null {
  const start = p.mark;
  if (p.memoGet(M.star_target)) return p.memoHit as A.expr | null;
  let r: A.expr | null = null;
  if (p.eat(T.STAR)) {
    if (!p.at(T.STAR)) {
      const a = star_target(p);
      if (a !== null) r = extra<A.Starred>(p, start, { _type: 'Starred', value: setCtx(a, STORE), ctx: STORE, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    }
    if (r === null) p.mark = start;
  }
  if (r === null) r = target_with_star_atom(p);
  p.memoSet(M.star_target, start, r);
  return r;
}

function isTLookahead(ty: number): boolean {
  return ty === T.LPAR || ty === T.LSQB || ty === T.DOT;
}

/** The common head `t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead`. */
function subscriptAttributeTarget(p: Parser, ctx: A.expr_context): A.expr | null {
  const start = p.mark;
  const a = t_primary(p);
  if (a === null) return null;
  const m = p.mark;
  if (p.eat(T.DOT)) {
    if (p.peek() === T.NAME) {
      p.mark = m + 2;
      if (!isTLookahead(p.peek())) return extra<A.Attribute>(p, start, { _type: 'Attribute', value: a, attr: p.nameId(m + 1), ctx, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    }
  }
  p.mark = m;
  if (p.eat(T.LSQB)) {
    const b = slices(p);
    if (b !== null && p.eat(T.RSQB) && !isTLookahead(p.peek())) {
      return extra<A.Subscript>(p, start, { _type: 'Subscript', value: a, slice: b, ctx, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    }
  }
  p.mark = start;
  return null;
}

// target_with_star_atom (memo):
//     | t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | star_atom
export function target_with_star_atom(p: Parser): A.expr | null {
  const start = p.mark;
  if (p.memoGet(M.target_with_star_atom)) return p.memoHit as A.expr | null;
  let r = subscriptAttributeTarget(p, STORE);
  if (r === null) {
    p.mark = start;
    r = star_atom(p);
  }
  p.memoSet(M.target_with_star_atom, start, r);
  return r;
}

// star_atom:
//     | NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')'
//     | '[' [star_targets_list_seq] ']'
function star_atom(p: Parser): A.expr | null {
  const start = p.mark;
  const ty = p.peek();
  if (ty === T.NAME) {
    p.mark = start + 1;
    return nameFromTok(p, start, STORE);
  }
  if (ty === T.LPAR) {
    p.mark = start + 1;
    const a = target_with_star_atom(p);
    if (a !== null && p.eat(T.RPAR)) return setCtx(a, STORE);
    p.mark = start + 1;
    const b = star_targets_tuple_seq(p);
    if (b === null) p.mark = start + 1;
    if (p.eat(T.RPAR)) return tuple(p, start, b ?? [], STORE);
    p.mark = start;
    return null;
  }
  if (ty === T.LSQB) {
    p.mark = start + 1;
    const b = star_targets_list_seq(p);
    if (b === null) p.mark = start + 1;
    if (p.eat(T.RSQB)) return extra<A.List>(p, start, { _type: 'List', elts: b ?? [], ctx: STORE, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    p.mark = start;
  }
  return null;
}

// single_target: single_subscript_attribute_target | NAME | '(' single_target ')'
export function single_target(p: Parser): A.expr | null {
  const start = p.mark;
  const a = single_subscript_attribute_target(p);
  if (a !== null) return a;
  p.mark = start;
  const ty = p.peek();
  if (ty === T.NAME) {
    p.mark = start + 1;
    return nameFromTok(p, start, STORE);
  }
  if (ty === T.LPAR) {
    p.mark = start + 1;
    const b = single_target(p);
    if (b !== null && p.eat(T.RPAR)) return b;
    p.mark = start;
  }
  return null;
}

// single_subscript_attribute_target: t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
export function single_subscript_attribute_target(p: Parser): A.expr | null {
  return subscriptAttributeTarget(p, STORE);
}

// t_primary:
//     | t_primary '.' NAME &t_lookahead | t_primary '[' slices ']' &t_lookahead
//     | t_primary genexp &t_lookahead | t_primary '(' [arguments] ')' &t_lookahead
//     | atom &t_lookahead
export function t_primary(p: Parser): A.expr | null {
  const start = p.mark;
  if (p.memoGet(M.t_primary)) return p.memoHit as A.expr | null;
  let a = atom(p);
  if (a !== null && !isTLookahead(p.peek())) a = null;
  if (a === null) {
    p.mark = start;
  } else {
    while (true) {
      const m = p.mark;
      const ty = p.peek();
      if (ty === T.DOT) {
        if (p.peekAt(m + 1) === T.NAME) {
          p.mark = m + 2;
          if (isTLookahead(p.peek())) {
            a = extra<A.Attribute>(p, start, { _type: 'Attribute', value: a, attr: p.nameId(m + 1), ctx: LOAD, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
            continue;
          }
        }
        p.mark = m;
        break;
      } else if (ty === T.LSQB) {
        p.mark = m + 1;
        const s = slices(p);
        if (s !== null && p.eat(T.RSQB) && isTLookahead(p.peek())) {
          a = extra<A.Subscript>(p, start, { _type: 'Subscript', value: a, slice: s, ctx: LOAD, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
          continue;
        }
        p.mark = m;
        // then `t_primary genexp &t_lookahead`: genexp's invalid_comprehension also starts with '['
        if (p.callInvalid) {
          genexp(p);
          p.mark = m;
        }
        break;
      } else if (ty === T.LPAR) {
        const g = genexp(p);
        if (g !== null && isTLookahead(p.peek())) {
          a = extra<A.Call>(p, start, { _type: 'Call', func: a, args: [g], keywords: [], lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
          continue;
        }
        p.mark = m + 1;
        const args = arguments_(p);
        if (args === null) p.mark = m + 1;
        if (p.eat(T.RPAR) && isTLookahead(p.peek())) {
          a = extra<A.Call>(p, start, { _type: 'Call', func: a, args: args ? args.args : [], keywords: args ? args.keywords : [], lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
          continue;
        }
        p.mark = m;
        break;
      } else {
        if (ty === T.LBRACE && p.callInvalid) {
          genexp(p);
          p.mark = m;
        }
        break;
      }
    }
  }
  p.memoSet(M.t_primary, start, a);
  return a;
}

// del_targets: ','.del_target+ [',']
export function del_targets(p: Parser): A.expr[] | null {
  const a = gather(p, del_target);
  if (a === null) return null;
  p.eat(T.COMMA);
  return a;
}

// del_target (memo): t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | del_t_atom
function del_target(p: Parser): A.expr | null {
  const start = p.mark;
  if (p.memoGet(M.del_target)) return p.memoHit as A.expr | null;
  let r = subscriptAttributeTarget(p, DEL);
  if (r === null) {
    p.mark = start;
    r = del_t_atom(p);
  }
  p.memoSet(M.del_target, start, r);
  return r;
}


// del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']'
function del_t_atom(p: Parser): A.expr | null {
  const start = p.mark;
  const ty = p.peek();
  if (ty === T.NAME) {
    p.mark = start + 1;
    return nameFromTok(p, start, DEL);
  }
  if (ty === T.LPAR) {
    p.mark = start + 1;
    const a = del_target(p);
    if (a !== null && p.eat(T.RPAR)) return setCtx(a, DEL);
    p.mark = start + 1;
    const b = del_targets(p);
    if (b === null) p.mark = start + 1;
    if (p.eat(T.RPAR)) return tuple(p, start, b ?? [], DEL);
    p.mark = start;
    return null;
  }
  if (ty === T.LSQB) {
    p.mark = start + 1;
    const b = del_targets(p);
    if (b === null) p.mark = start + 1;
    if (p.eat(T.RSQB)) return extra<A.List>(p, start, { _type: 'List', elts: b ?? [], ctx: DEL, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    p.mark = start;
  }
  return null;
}
