/**
 * Function and lambda parameter lists (grammar sections "Function parameters" and "Lambda
 * functions"). The two grammars differ only in annotations and in the token that may follow
 * the last parameter (')' for def, ':' for lambda), so each rule takes a `Kind`.
 */
import type * as A from '../ast/nodes';
import { T, type Parser } from './core';
import { extra } from './build';
import { expression, star_expression } from './expressions';
import * as inv from './invalid';

export const enum Kind { DEF, LAMBDA }

interface NameDefault { arg: A.arg; value: A.expr | null }
interface SlashWithDefault { plain: A.arg[]; withDefaults: NameDefault[] }
interface StarEtc { vararg: A.arg | null; kwonly: NameDefault[] | null; kwarg: A.arg | null }

const closer = (k: Kind): number => (k === Kind.DEF ? T.RPAR : T.COLON);

// params: invalid_parameters | parameters
export function params(p: Parser): A.arguments | null {
  const start = p.mark;
  if (p.callInvalid) {
    inv.invalid_parameters(p, Kind.DEF);
    p.mark = start;
  }
  return parameters(p, Kind.DEF);
}

// lambda_params: invalid_lambda_parameters | lambda_parameters
export function lambdaParams(p: Parser): A.arguments | null {
  const start = p.mark;
  if (p.callInvalid) {
    inv.invalid_parameters(p, Kind.LAMBDA);
    p.mark = start;
  }
  return parameters(p, Kind.LAMBDA);
}

function makeArguments(
  slashNoDefault: A.arg[] | null, slashWithDefault: SlashWithDefault | null, plain: A.arg[] | null,
  withDefaults: NameDefault[] | null, starEtc: StarEtc | null,
): A.arguments {
  let posonlyargs: A.arg[] = [];
  if (slashNoDefault !== null) posonlyargs = slashNoDefault;
  else if (slashWithDefault !== null) posonlyargs = slashWithDefault.plain.concat(slashWithDefault.withDefaults.map((x) => x.arg));
  const args = (plain ?? []).concat((withDefaults ?? []).map((x) => x.arg));
  const defaults = (slashWithDefault ? slashWithDefault.withDefaults.map((x) => x.value!) : []).concat(
    (withDefaults ?? []).map((x) => x.value!),
  );
  const kwonly = starEtc?.kwonly ?? [];
  return {
    _type: 'arguments', posonlyargs, args, vararg: starEtc?.vararg ?? null,
    kwonlyargs: kwonly.map((x) => x.arg), kw_defaults: kwonly.map((x) => x.value) as A.expr[],
    kwarg: starEtc?.kwarg ?? null, defaults,
  };
}

// parameters:
//     | slash_no_default param_no_default* param_with_default* [star_etc]
//     | slash_with_default param_with_default* [star_etc]
//     | param_no_default+ param_with_default* [star_etc]
//     | param_with_default+ [star_etc]
//     | star_etc
export function parameters(p: Parser, k: Kind): A.arguments | null {
  const start = p.mark;
  const a = slash_no_default(p, k);
  if (a !== null) {
    const b = repeat(p, k, param_no_default);
    const c = repeat(p, k, param_with_default);
    const d = optStarEtc(p, k);
    return makeArguments(a, null, b, c, d);
  }
  p.mark = start;
  const sw = slash_with_default(p, k);
  if (sw !== null) {
    const b = repeat(p, k, param_with_default);
    const c = optStarEtc(p, k);
    return makeArguments(null, sw, null, b, c);
  }
  p.mark = start;
  const pn = repeat(p, k, param_no_default);
  if (pn.length) {
    const b = repeat(p, k, param_with_default);
    const c = optStarEtc(p, k);
    return makeArguments(null, null, pn, b, c);
  }
  p.mark = start;
  const pw = repeat(p, k, param_with_default);
  if (pw.length) {
    const b = optStarEtc(p, k);
    return makeArguments(null, null, null, pw, b);
  }
  p.mark = start;
  const se = star_etc(p, k);
  if (se !== null) return makeArguments(null, null, null, null, se);
  p.mark = start;
  return null;
}

function optStarEtc(p: Parser, k: Kind): StarEtc | null {
  const m = p.mark;
  const r = star_etc(p, k);
  if (r === null) p.mark = m;
  return r;
}

export function repeat<X>(p: Parser, k: Kind, rule: (p: Parser, k: Kind) => X | null): X[] {
  const out: X[] = [];
  while (true) {
    const m = p.mark;
    const x = rule(p, k);
    if (x === null) {
      p.mark = m;
      return out;
    }
    out.push(x);
  }
}

// slash_no_default: param_no_default+ '/' ',' | param_no_default+ '/' &')'
export function slash_no_default(p: Parser, k: Kind): A.arg[] | null {
  const a = repeat(p, k, param_no_default);
  if (!a.length || !p.eat(T.SLASH)) return null;
  if (p.eat(T.COMMA) || p.at(closer(k))) return a;
  return null;
}

// slash_with_default: param_no_default* param_with_default+ '/' ',' | ... '/' &')'
export function slash_with_default(p: Parser, k: Kind): SlashWithDefault | null {
  const a = repeat(p, k, param_no_default);
  const b = repeat(p, k, param_with_default);
  if (!b.length || !p.eat(T.SLASH)) return null;
  if (p.eat(T.COMMA) || p.at(closer(k))) return { plain: a, withDefaults: b };
  return null;
}

// star_etc:
//     | invalid_star_etc
//     | '*' param_no_default param_maybe_default* [kwds]
//     | '*' param_no_default_star_annotation param_maybe_default* [kwds]   (def only)
//     | '*' ',' param_maybe_default+ [kwds]
//     | kwds
export function star_etc(p: Parser, k: Kind): StarEtc | null {
  const start = p.mark;
  if (p.callInvalid) {
    inv.invalid_star_etc(p, k);
    p.mark = start;
  }
  if (p.eat(T.STAR)) {
    let a = param_no_default(p, k);
    if (a === null && k === Kind.DEF) {
      p.mark = start + 1;
      a = param_no_default_star_annotation(p);
    }
    if (a !== null) {
      const b = repeat(p, k, param_maybe_default);
      const c = optKwds(p, k);
      return { vararg: a, kwonly: b, kwarg: c };
    }
    p.mark = start + 1;
    if (p.eat(T.COMMA)) {
      const b = repeat(p, k, param_maybe_default);
      if (b.length) {
        const c = optKwds(p, k);
        return { vararg: null, kwonly: b, kwarg: c };
      }
    }
    p.mark = start;
  }
  const kw = kwds(p, k);
  if (kw !== null) return { vararg: null, kwonly: null, kwarg: kw };
  return null;
}

function optKwds(p: Parser, k: Kind): A.arg | null {
  const m = p.mark;
  const r = kwds(p, k);
  if (r === null) p.mark = m;
  return r;
}

// kwds: invalid_kwds | '**' param_no_default
function kwds(p: Parser, k: Kind): A.arg | null {
  const start = p.mark;
  if (p.callInvalid) {
    inv.invalid_kwds(p, k);
    p.mark = start;
  }
  if (!p.eat(T.DOUBLESTAR)) return null;
  return param_no_default(p, k);
}

// param_no_default: param ',' TYPE_COMMENT? | param TYPE_COMMENT? &')'
export function param_no_default(p: Parser, k: Kind): A.arg | null {
  const a = param(p, k);
  if (a === null) return null;
  return paramEnd(p, k, a);
}

/** The `',' TYPE_COMMENT? | TYPE_COMMENT? &')'` tail of a parameter (lambda: `',' | &':'`). */
function paramEnd(p: Parser, k: Kind, a: A.arg): A.arg | null {
  if (p.eat(T.COMMA)) return k === Kind.DEF ? withTypeComment(p, a) : a;
  if (k === Kind.DEF) {
    const m = p.mark;
    const b = withTypeComment(p, a);
    if (p.at(T.RPAR)) return b;
    p.mark = m;
    return null;
  }
  return p.at(T.COLON) ? a : null;
}

/** _PyPegen_add_type_comment_to_arg for an optional TYPE_COMMENT token. */
function withTypeComment(p: Parser, a: A.arg): A.arg {
  if (p.peek() !== T.TYPE_COMMENT) return a;
  const tc = p.toks[p.mark++].string;
  return { ...a, type_comment: tc };
}

// param_no_default_star_annotation: param_star_annotation ',' | param_star_annotation &')'
function param_no_default_star_annotation(p: Parser): A.arg | null {
  const start = p.mark;
  // param_star_annotation: NAME star_annotation ; star_annotation: ':' star_expression
  if (p.peek() !== T.NAME || p.peekAt(start + 1) !== T.COLON) return null;
  p.mark = start + 2;
  const ann = star_expression(p);
  if (ann === null) return null;
  const a = extra<A.arg>(p, start, { _type: 'arg', arg: p.nameId(start), annotation: ann, type_comment: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  return paramEnd(p, Kind.DEF, a);
}

// param_with_default: param default ',' | param default &')'
export function param_with_default(p: Parser, k: Kind): NameDefault | null {
  const a = param(p, k);
  if (a === null) return null;
  const d = default_(p);
  if (d === null) return null;
  const e = paramEnd(p, k, a);
  return e === null ? null : { arg: e, value: d };
}

// param_maybe_default: param default? ',' | param default? &')'
export function param_maybe_default(p: Parser, k: Kind): NameDefault | null {
  const a = param(p, k);
  if (a === null) return null;
  const m = p.mark;
  const d = default_(p);
  if (d === null) p.mark = m;
  const e = paramEnd(p, k, a);
  return e === null ? null : { arg: e, value: d };
}

// param: NAME annotation?      lambda_param: NAME
export function param(p: Parser, k: Kind): A.arg | null {
  const start = p.mark;
  if (p.peek() !== T.NAME) return null;
  p.mark = start + 1;
  let ann: A.expr | null = null;
  if (k === Kind.DEF && p.eat(T.COLON)) {
    ann = expression(p);
    if (ann === null) p.mark = start + 1;
  }
  return extra<A.arg>(p, start, { _type: 'arg', arg: p.nameId(start), annotation: ann, type_comment: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

// default: '=' expression | invalid_default
export function default_(p: Parser): A.expr | null {
  const start = p.mark;
  if (p.eat(T.EQUAL)) {
    const a = expression(p);
    if (a !== null) return a;
  }
  p.mark = start;
  if (p.callInvalid) inv.invalid_default(p);
  return null;
}
