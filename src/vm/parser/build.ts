/**
 * Node-building helpers shared by the rules: shared context/operator singletons, positions
 * (pegen's EXTRA = start token .. last non-whitespace token consumed), and the action helpers
 * of CPython's Parser/action_helpers.c that rebuild nodes (set_expr_context, ...).
 */
import type * as A from '../ast/nodes';
import type { Parser, PToken } from './core';

export const LOAD: A.Load = Object.freeze({ _type: 'Load' });
export const STORE: A.Store = Object.freeze({ _type: 'Store' });
export const DEL: A.Del = Object.freeze({ _type: 'Del' });
export type Ctx = A.expr_context;

export function op<K extends string>(name: K): { readonly _type: K } {
  return Object.freeze({ _type: name });
}

/** Positions of a node spanning token `start` .. the last token consumed. */
export interface Pos { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }

/** EXTRA for a node starting at token index `start`. Callers build `n` with placeholder
 * positions already in the literal, so every node keeps its fields in-object (one hidden class per
 * node kind, no out-of-object property store). */
export function extra<N extends object>(p: Parser, start: number, n: N): N & Pos {
  const s = p.toks[start];
  const e = p.lastTok();
  const o = n as N & Pos;
  o.lineno = s.lineno;
  o.col_offset = s.bcol;
  o.end_lineno = e.end_lineno;
  o.end_col_offset = e.end_bcol;
  return o;
}

/** Positions copied from `a` (start) and `b` (end): EXTRA_EXPR(a, b). */
export function span<N extends object>(a: A.Located, b: A.Located, n: N): N & Pos {
  const o = n as N & Pos;
  o.lineno = a.lineno;
  o.col_offset = a.col_offset;
  o.end_lineno = b.end_lineno!;
  o.end_col_offset = b.end_col_offset!;
  return o;
}

export function tokPos<N extends object>(t: PToken, n: N): N & Pos {
  const o = n as N & Pos;
  o.lineno = t.lineno;
  o.col_offset = t.bcol;
  o.end_lineno = t.end_lineno;
  o.end_col_offset = t.end_bcol;
  return o;
}

export function nameFromTok(p: Parser, i: number, ctx: Ctx = LOAD): A.Name {
  const t = p.toks[i];
  return { _type: 'Name', id: p.nameId(i), ctx, lineno: t.lineno, col_offset: t.bcol, end_lineno: t.end_lineno, end_col_offset: t.end_bcol };
}

/** _PyPegen_set_expr_context: a copy of `e` (and of its target children) with context `ctx`. */
export function setCtx(e: A.expr, ctx: Ctx): A.expr {
  switch (e._type) {
    case 'Name':
      return { _type: 'Name', id: e.id, ctx, lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
    case 'Tuple':
      return { _type: 'Tuple', elts: e.elts.map((x) => setCtx(x, ctx)), ctx, lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
    case 'List':
      return { _type: 'List', elts: e.elts.map((x) => setCtx(x, ctx)), ctx, lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
    case 'Subscript':
      return { _type: 'Subscript', value: e.value, slice: e.slice, ctx, lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
    case 'Attribute':
      return { _type: 'Attribute', value: e.value, attr: e.attr, ctx, lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
    case 'Starred':
      return { _type: 'Starred', value: setCtx(e.value, ctx), ctx, lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
    default:
      return e;
  }
}

export function emptyArguments(): A.arguments {
  return { _type: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
}

/** _PyPegen_get_expr_name: how error messages name an expression kind. */
export function exprName(e: A.expr): string {
  switch (e._type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v.k === 'none') return 'None';
      if (v.k === 'bool') return v.v ? 'True' : 'False';
      if (v.k === 'ellipsis') return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    default: return 'expression';
  }
}

export const enum Targets { STAR, DEL, FOR }

/** _PyPegen_get_invalid_target: the first sub-expression that cannot be a target. */
export function invalidTarget(e: A.expr | null, kind: Targets): A.expr | null {
  if (e === null) return null;
  switch (e._type) {
    case 'List':
    case 'Tuple':
      for (const x of e.elts) {
        const c = invalidTarget(x, kind);
        if (c !== null) return c;
      }
      return null;
    case 'Starred':
      if (kind === Targets.DEL) return e;
      return invalidTarget(e.value, kind);
    case 'Compare':
      if (kind === Targets.FOR) {
        if (e.ops[0]._type === 'In') return invalidTarget(e.left, kind);
        return null;
      }
      return e;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}

/** RAISE_SYNTAX_ERROR_INVALID_TARGET: raises, or returns null when every target is valid. */
export function raiseInvalidTarget(p: Parser, kind: Targets, e: A.expr): null {
  const t = invalidTarget(e, kind);
  if (t !== null) {
    const msg = kind === Targets.DEL ? 'cannot delete %s' : 'cannot assign to %s';
    p.errNode(t, msg.replace('%s', exprName(t)));
  }
  return null;
}
