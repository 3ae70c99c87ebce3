/**
 * The match statement and its patterns (grammar section "Match statement").
 */
import type * as A from '../ast/nodes';
import { FALSE, NONE, TRUE } from '../ast/constants';
import { M, T, type Parser } from './core';
import { LOAD, STORE, extra, nameFromTok, op } from './build';
import { named_expression, star_named_expression, star_named_expressions, gather } from './expressions';
import { strings } from './strings';
import { numberToken } from './literals';
import { block } from './statements';
import * as inv from './invalid';

// match_stmt:
//     | "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
//     | invalid_match_stmt
export function match_stmt(p: Parser): A.stmt | null {
  const start = p.mark;
  p.mark++;
  const subject = subject_expr(p);
  if (subject !== null && p.eat(T.COLON) && p.eat(T.NEWLINE) && p.eat(T.INDENT)) {
    const cases: A.match_case[] = [];
    while (true) {
      const m = p.mark;
      const c = case_block(p);
      if (c === null) {
        p.mark = m;
        break;
      }
      cases.push(c);
    }
    if (cases.length && p.eat(T.DEDENT)) return extra<A.Match>(p, start, { _type: 'Match', subject, cases, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  }
  p.mark = start;
  if (p.callInvalid) inv.invalid_match_stmt(p);
  return null;
}

// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
export function subject_expr(p: Parser): A.expr | null {
  const start = p.mark;
  const v = star_named_expression(p);
  if (v !== null && p.eat(T.COMMA)) {
    const m = p.mark;
    const rest = star_named_expressions(p);
    if (rest === null) p.mark = m;
    return extra<A.Tuple>(p, start, { _type: 'Tuple', elts: rest ? [v, ...rest] : [v], ctx: LOAD, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  }
  p.mark = start;
  return named_expression(p);
}

// case_block: invalid_case_block | "case" patterns guard? ':' block
function case_block(p: Parser): A.match_case | null {
  const start = p.mark;
  if (p.callInvalid) {
    inv.invalid_case_block(p);
    p.mark = start;
  }
  if (!p.atSoft('case')) return null;
  p.mark++;
  const pattern = patterns(p);
  if (pattern === null) return null;
  const guard = optGuard(p);
  if (!p.eat(T.COLON)) return null;
  const body = block(p);
  if (body === null) return null;
  return { _type: 'match_case', pattern, guard, body };
}

// guard: 'if' named_expression
export function optGuard(p: Parser): A.expr | null {
  const m = p.mark;
  if (p.eat(T.K_IF)) {
    const g = named_expression(p);
    if (g !== null) return g;
  }
  p.mark = m;
  return null;
}

// patterns: open_sequence_pattern | pattern
export function patterns(p: Parser): A.pattern | null {
  const start = p.mark;
  const s = open_sequence_pattern(p);
  if (s !== null) return extra<A.MatchSequence>(p, start, { _type: 'MatchSequence', patterns: s, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  p.mark = start;
  return pattern(p);
}

// pattern: as_pattern | or_pattern
export function pattern(p: Parser): A.pattern | null {
  const start = p.mark;
  const a = as_pattern(p);
  if (a !== null) return a;
  p.mark = start;
  return or_pattern(p);
}

// as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern
function as_pattern(p: Parser): A.pattern | null {
  const start = p.mark;
  const pat = or_pattern(p);
  if (pat !== null && p.eat(T.K_AS)) {
    const t = pattern_capture_target(p);
    if (t !== null) return extra<A.MatchAs>(p, start, { _type: 'MatchAs', pattern: pat, name: t, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  }
  p.mark = start;
  if (p.callInvalid) inv.invalid_as_pattern(p);
  return null;
}

// or_pattern: '|'.closed_pattern+
export function or_pattern(p: Parser): A.pattern | null {
  const start = p.mark;
  const first = closed_pattern(p);
  if (first === null) return null;
  const pats = [first];
  while (true) {
    const m = p.mark;
    if (!p.eat(T.VBAR)) break;
    const b = closed_pattern(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    pats.push(b);
  }
  if (pats.length === 1) return first;
  return extra<A.MatchOr>(p, start, { _type: 'MatchOr', patterns: pats, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

// closed_pattern (memo):
//     | literal_pattern | capture_pattern | wildcard_pattern | value_pattern | group_pattern
//     | sequence_pattern | mapping_pattern | class_pattern
function closed_pattern(p: Parser): A.pattern | null {
  const start = p.mark;
  if (p.memoGet(M.closed_pattern)) return p.memoHit as A.pattern | null;
  let r: A.pattern | null = null;
  const alts = [literal_pattern, capture_pattern, wildcard_pattern, value_pattern, group_pattern, sequence_pattern, mapping_pattern, class_pattern];
  for (const alt of alts) {
    p.mark = start;
    r = alt(p);
    if (r !== null) break;
  }
  if (r === null) p.mark = start;
  p.memoSet(M.closed_pattern, start, r);
  return r;
}

function constNode(p: Parser, i: number, v: A.Constant['value']): A.Constant {
  const t = p.toks[i];
  return { _type: 'Constant', value: v, kind: null, lineno: t.lineno, col_offset: t.bcol, end_lineno: t.end_lineno, end_col_offset: t.end_bcol };
}

// literal_pattern:
//     | signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False'
function literal_pattern(p: Parser): A.pattern | null {
  const start = p.mark;
  const ty = p.peek();
  if (ty === T.K_NONE || ty === T.K_TRUE || ty === T.K_FALSE) {
    p.mark++;
    return extra<A.MatchSingleton>(p, start, { _type: 'MatchSingleton', value: ty === T.K_NONE ? NONE : ty === T.K_TRUE ? TRUE : FALSE, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  }
  const v = literalValue(p);
  if (v === null) return null;
  return extra<A.MatchValue>(p, start, { _type: 'MatchValue', value: v, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

/** The number/complex/strings alternatives shared by literal_pattern and literal_expr. */
function literalValue(p: Parser): A.expr | null {
  const start = p.mark;
  const n = signed_number(p);
  if (n !== null) {
    const ty = p.peek();
    if (ty !== T.PLUS && ty !== T.MINUS) return n;
  }
  p.mark = start;
  const c = complex_number(p);
  if (c !== null) return c;
  p.mark = start;
  const ty = p.peek();
  if (ty === T.STRING || ty === T.FSTRING_START) return strings(p);
  return null;
}

// literal_expr: signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False'
function literal_expr(p: Parser): A.expr | null {
  const start = p.mark;
  const ty = p.peek();
  if (ty === T.K_NONE || ty === T.K_TRUE || ty === T.K_FALSE) {
    p.mark++;
    return constNode(p, start, ty === T.K_NONE ? NONE : ty === T.K_TRUE ? TRUE : FALSE);
  }
  return literalValue(p);
}

const ADD = op('Add'), SUB = op('Sub'), USUB = op('USub');

// complex_number: signed_real_number ('+' | '-') imaginary_number
function complex_number(p: Parser): A.expr | null {
  const start = p.mark;
  const real = signed_real_number(p);
  if (real === null) return null;
  const ty = p.peek();
  if (ty !== T.PLUS && ty !== T.MINUS) return null;
  p.mark++;
  // imaginary_number: NUMBER
  if (p.peek() !== T.NUMBER) return null;
  const imag = numberToken(p, p.mark++);
  if (imag.value.k !== 'complex') p.errNode(imag, 'imaginary number required in complex literal');
  return extra<A.BinOp>(p, start, { _type: 'BinOp', left: real, op: ty === T.PLUS ? ADD : SUB, right: imag, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

// signed_number: NUMBER | '-' NUMBER
function signed_number(p: Parser): A.expr | null {
  const start = p.mark;
  if (p.peek() === T.NUMBER) return numberToken(p, p.mark++);
  if (p.eat(T.MINUS) && p.peek() === T.NUMBER) {
    const n = numberToken(p, p.mark++);
    return extra<A.UnaryOp>(p, start, { _type: 'UnaryOp', op: USUB, operand: n, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  }
  return null;
}

// signed_real_number: real_number | '-' real_number
function signed_real_number(p: Parser): A.expr | null {
  const start = p.mark;
  const neg = p.eat(T.MINUS);
  // real_number: NUMBER
  if (p.peek() !== T.NUMBER) return null;
  const n = numberToken(p, p.mark++);
  if (n.value.k === 'complex') p.errNode(n, 'real number required in complex literal');
  if (!neg) return n;
  return extra<A.UnaryOp>(p, start, { _type: 'UnaryOp', op: USUB, operand: n, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

// capture_pattern: pattern_capture_target
function capture_pattern(p: Parser): A.pattern | null {
  const start = p.mark;
  const t = pattern_capture_target(p);
  if (t === null) return null;
  return extra<A.MatchAs>(p, start, { _type: 'MatchAs', pattern: null, name: t, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

// pattern_capture_target: !"_" NAME !('.' | '(' | '=')
function pattern_capture_target(p: Parser): string | null {
  const start = p.mark;
  if (p.peek() !== T.NAME || p.toks[start].string === '_') return null;
  const ty = p.peekAt(start + 1);
  if (ty === T.DOT || ty === T.LPAR || ty === T.EQUAL) return null;
  p.mark = start + 1;
  return p.nameId(start);
}

// wildcard_pattern: "_"
function wildcard_pattern(p: Parser): A.pattern | null {
  const start = p.mark;
  if (!p.atSoft('_')) return null;
  p.mark++;
  return extra<A.MatchAs>(p, start, { _type: 'MatchAs', pattern: null, name: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

// value_pattern: attr !('.' | '(' | '=')
function value_pattern(p: Parser): A.pattern | null {
  const start = p.mark;
  const a = attr(p);
  if (a === null) return null;
  const ty = p.peek();
  if (ty === T.DOT || ty === T.LPAR || ty === T.EQUAL) return null;
  return extra<A.MatchValue>(p, start, { _type: 'MatchValue', value: a, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

// attr: name_or_attr '.' NAME        (left-recursive through name_or_attr)
function attr(p: Parser): A.expr | null {
  const start = p.mark;
  if (p.peek() !== T.NAME || p.peekAt(start + 1) !== T.DOT || p.peekAt(start + 2) !== T.NAME) return null;
  let a: A.expr = nameFromTok(p, start);
  p.mark = start + 1;
  while (p.peek() === T.DOT && p.peekAt(p.mark + 1) === T.NAME) {
    const n = p.mark + 1;
    p.mark += 2;
    a = extra<A.Attribute>(p, start, { _type: 'Attribute', value: a, attr: p.nameId(n), ctx: LOAD, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  }
  return a;
}

// name_or_attr: attr | NAME
function name_or_attr(p: Parser): A.expr | null {
  const start = p.mark;
  const a = attr(p);
  if (a !== null) return a;
  p.mark = start;
  if (p.peek() === T.NAME) return nameFromTok(p, p.mark++);
  return null;
}

// group_pattern: '(' pattern ')'
function group_pattern(p: Parser): A.pattern | null {
  if (!p.eat(T.LPAR)) return null;
  const a = pattern(p);
  if (a === null || !p.eat(T.RPAR)) return null;
  return a;
}

// sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'
function sequence_pattern(p: Parser): A.pattern | null {
  const start = p.mark;
  if (p.eat(T.LSQB)) {
    const m = p.mark;
    const s = maybe_sequence_pattern(p);
    if (s === null) p.mark = m;
    if (!p.eat(T.RSQB)) return null;
    return extra<A.MatchSequence>(p, start, { _type: 'MatchSequence', patterns: s ?? [], lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  }
  if (p.eat(T.LPAR)) {
    const m = p.mark;
    const s = open_sequence_pattern(p);
    if (s === null) p.mark = m;
    if (!p.eat(T.RPAR)) return null;
    return extra<A.MatchSequence>(p, start, { _type: 'MatchSequence', patterns: s ?? [], lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  }
  return null;
}

// open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
function open_sequence_pattern(p: Parser): A.pattern[] | null {
  const a = maybe_star_pattern(p);
  if (a === null || !p.eat(T.COMMA)) return null;
  const m = p.mark;
  const rest = maybe_sequence_pattern(p);
  if (rest === null) {
    p.mark = m;
    return [a];
  }
  return [a, ...rest];
}

// maybe_sequence_pattern: ','.maybe_star_pattern+ ','?
function maybe_sequence_pattern(p: Parser): A.pattern[] | null {
  const a = gather(p, maybe_star_pattern);
  if (a === null) return null;
  p.eat(T.COMMA);
  return a;
}

// maybe_star_pattern: star_pattern | pattern
function maybe_star_pattern(p: Parser): A.pattern | null {
  const start = p.mark;
  const s = star_pattern(p);
  if (s !== null) return s;
  p.mark = start;
  return pattern(p);
}

// star_pattern (memo): '*' pattern_capture_target | '*' wildcard_pattern
function star_pattern(p: Parser): A.pattern | null {
  const start = p.mark;
  if (p.memoGet(M.star_pattern)) return p.memoHit as A.pattern | null;
  let r: A.pattern | null = null;
  if (p.eat(T.STAR)) {
    const t = pattern_capture_target(p);
    if (t !== null) r = extra<A.MatchStar>(p, start, { _type: 'MatchStar', name: t, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    else if (p.atSoft('_')) {
      p.mark++;
      r = extra<A.MatchStar>(p, start, { _type: 'MatchStar', name: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    }
  }
  if (r === null) p.mark = start;
  p.memoSet(M.star_pattern, start, r);
  return r;
}

// mapping_pattern:
//     | '{' '}'
//     | '{' double_star_pattern ','? '}'
//     | '{' items_pattern ',' double_star_pattern ','? '}'
//     | '{' items_pattern ','? '}'
function mapping_pattern(p: Parser): A.pattern | null {
  const start = p.mark;
  if (!p.eat(T.LBRACE)) return null;
  if (p.eat(T.RBRACE)) return extra<A.MatchMapping>(p, start, { _type: 'MatchMapping', keys: [], patterns: [], rest: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  const rest = double_star_pattern(p);
  if (rest !== null) {
    p.eat(T.COMMA);
    if (p.eat(T.RBRACE)) return extra<A.MatchMapping>(p, start, { _type: 'MatchMapping', keys: [], patterns: [], rest, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  }
  p.mark = start + 1;
  const items = gather(p, key_value_pattern);
  if (items === null) return null;
  const afterItems = p.mark;
  if (p.eat(T.COMMA)) {
    const r = double_star_pattern(p);
    if (r !== null) {
      p.eat(T.COMMA);
      if (p.eat(T.RBRACE)) {
        return extra<A.MatchMapping>(p, start, { _type: 'MatchMapping', keys: items.map((x) => x[0]), patterns: items.map((x) => x[1]), rest: r, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
      }
    }
  }
  p.mark = afterItems;
  p.eat(T.COMMA);
  if (!p.eat(T.RBRACE)) return null;
  return extra<A.MatchMapping>(p, start, { _type: 'MatchMapping', keys: items.map((x) => x[0]), patterns: items.map((x) => x[1]), rest: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

// key_value_pattern: (literal_expr | attr) ':' pattern
function key_value_pattern(p: Parser): [A.expr, A.pattern] | null {
  const start = p.mark;
  let key = literal_expr(p);
  if (key === null) {
    p.mark = start;
    key = attr(p);
  }
  if (key === null || !p.eat(T.COLON)) return null;
  const pat = pattern(p);
  if (pat === null) return null;
  return [key, pat];
}

// double_star_pattern: '**' pattern_capture_target
function double_star_pattern(p: Parser): string | null {
  if (!p.eat(T.DOUBLESTAR)) return null;
  return pattern_capture_target(p);
}

// class_pattern:
//     | name_or_attr '(' ')'
//     | name_or_attr '(' positional_patterns ','? ')'
//     | name_or_attr '(' keyword_patterns ','? ')'
//     | name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
//     | invalid_class_pattern
function class_pattern(p: Parser): A.pattern | null {
  const start = p.mark;
  const cls = name_or_attr(p);
  if (cls !== null && p.eat(T.LPAR)) {
    const afterParen = p.mark;
    if (p.eat(T.RPAR)) return extra<A.MatchClass>(p, start, { _type: 'MatchClass', cls, patterns: [], kwd_attrs: [], kwd_patterns: [], lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    const pos = gather(p, pattern);
    if (pos !== null) {
      const m = p.mark;
      p.eat(T.COMMA);
      if (p.eat(T.RPAR)) return extra<A.MatchClass>(p, start, { _type: 'MatchClass', cls, patterns: pos, kwd_attrs: [], kwd_patterns: [], lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
      p.mark = m;
    }
    p.mark = afterParen;
    let kw = gather(p, keyword_pattern);
    if (kw !== null) {
      p.eat(T.COMMA);
      if (p.eat(T.RPAR)) {
        return extra<A.MatchClass>(p, start, { _type: 'MatchClass', cls, patterns: [], kwd_attrs: kw.map((x) => x[0]), kwd_patterns: kw.map((x) => x[1]), lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
      }
    }
    p.mark = afterParen;
    const pos2 = gather(p, pattern);
    if (pos2 !== null && p.eat(T.COMMA)) {
      kw = gather(p, keyword_pattern);
      if (kw !== null) {
        p.eat(T.COMMA);
        if (p.eat(T.RPAR)) {
          return extra<A.MatchClass>(p, start, { _type: 'MatchClass', cls, patterns: pos2, kwd_attrs: kw.map((x) => x[0]), kwd_patterns: kw.map((x) => x[1]), lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
        }
      }
    }
  }
  p.mark = start;
  if (p.callInvalid) inv.invalid_class_pattern(p);
  return null;
}

// keyword_pattern: NAME '=' pattern
function keyword_pattern(p: Parser): [string, A.pattern] | null {
  const start = p.mark;
  if (p.peek() !== T.NAME || p.peekAt(start + 1) !== T.EQUAL) return null;
  p.mark = start + 2;
  const v = pattern(p);
  if (v === null) return null;
  return [p.nameId(start), v];
}

export { or_pattern as orPattern, name_or_attr, keyword_pattern, pattern_capture_target, STORE };
