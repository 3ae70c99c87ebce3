/**
 * Annotation text for `from __future__ import annotations`: CPython 3.12's
 * Python/ast_unparse.c (_PyAST_ExprAsUnicode), which differs from ast.unparse in details
 * (e.g. it always uses repr() for constants and its own precedence table).
 */
import type * as A from '../ast/nodes';
import type { ConstValue } from '../ast/constants';

// Precedence levels, lowest first (ast_unparse.c's enum).
const PR_TUPLE = 0, PR_TEST = 1, PR_OR = 2, PR_AND = 3, PR_NOT = 4, PR_CMP = 5, PR_EXPR = 6, PR_BOR = PR_EXPR,
  PR_BXOR = 7, PR_BAND = 8, PR_SHIFT = 9, PR_ARITH = 10, PR_TERM = 11, PR_FACTOR = 12, PR_POWER = 13, PR_AWAIT = 14, PR_ATOM = 15;

export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (Object.is(x, -0)) return '-0.0';
  if (x === 0) return '0.0';
  const exp = Math.floor(Math.log10(Math.abs(x)));
  let s: string;
  if (exp < -4 || exp >= 16) {
    s = x.toExponential();
    let [mant, e] = s.split('e') as [string, string];
    const sign = e.startsWith('-') ? '-' : '+';
    e = e.replace(/^[+-]/, '');
    if (e.length < 2) e = '0' + e;
    return `${mant}e${sign}${e}`;
  }
  s = String(x);
  if (s.includes('e')) {
    s = x.toFixed(Math.max(0, -exp + 17)).replace(/0+$/, '');
  }
  if (!s.includes('.')) s += '.0';
  return s;
}

export function pyStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp >= 0x80 && cp < 0xa0) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp >= 0xd800 && cp < 0xe000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + quote;
}

function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const x of b) {
    if (x === 39) hasSingle = true;
    if (x === 34) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const x of b) {
    const ch = String.fromCharCode(x);
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (x === 10) out += '\\n';
    else if (x === 13) out += '\\r';
    else if (x === 9) out += '\\t';
    else if (x < 0x20 || x >= 0x7f) out += '\\x' + x.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

export function constRepr(v: ConstValue): string {
  switch (v.k) {
    case 'none': return 'None';
    case 'ellipsis': return 'Ellipsis';
    case 'bool': return v.v ? 'True' : 'False';
    case 'int': return v.v.toString();
    case 'float': return pyFloatRepr(v.v);
    case 'complex': {
      const im = (x: number): string => {
        const r = pyFloatRepr(x);
        return r.endsWith('.0') ? r.slice(0, -2) : r;
      };
      if (v.re === 0 && !Object.is(v.re, -0)) return im(v.im) + 'j';
      const sign = v.im < 0 || Object.is(v.im, -0) ? '-' : '+';
      return `(${im(v.re)}${sign}${im(Math.abs(v.im))}j)`;
    }
    case 'str': return pyStrRepr(v.v);
    case 'bytes': return bytesRepr(v.v);
    case 'tuple': return v.v.length === 1 ? `(${constRepr(v.v[0]!)},)` : `(${v.v.map(constRepr).join(', ')})`;
    case 'frozenset': return v.v.length ? `frozenset({${v.v.map(constRepr).join(', ')}})` : 'frozenset()';
    case 'code': return '<code>';
  }
}

const BINOP: Record<string, [string, number]> = {
  Add: ['+', PR_ARITH], Sub: ['-', PR_ARITH], Mult: ['*', PR_TERM], MatMult: ['@', PR_TERM], Div: ['/', PR_TERM],
  Mod: ['%', PR_TERM], LShift: ['<<', PR_SHIFT], RShift: ['>>', PR_SHIFT], BitOr: ['|', PR_BOR], BitXor: ['^', PR_BXOR],
  BitAnd: ['&', PR_BAND], FloorDiv: ['//', PR_TERM], Pow: ['**', PR_POWER],
};
const CMPOP: Record<string, string> = {
  Eq: '==', NotEq: '!=', Lt: '<', LtE: '<=', Gt: '>', GtE: '>=', Is: 'is', IsNot: 'is not', In: 'in', NotIn: 'not in',
};

function expr(e: A.expr, level: number): string {
  const paren = (s: string, p: number): string => (level > p ? `(${s})` : s);
  switch (e._type) {
    case 'BoolOp': {
      const p = e.op._type === 'And' ? PR_AND : PR_OR;
      return paren(e.values.map((v) => expr(v, p + 1)).join(e.op._type === 'And' ? ' and ' : ' or '), p);
    }
    case 'BinOp': {
      const [op, p] = BINOP[e.op._type]!;
      const rassoc = e.op._type === 'Pow';
      return paren(`${expr(e.left, rassoc ? p + 1 : p)} ${op} ${expr(e.right, rassoc ? p : p + 1)}`, p);
    }
    case 'UnaryOp': {
      const [op, p] = e.op._type === 'Not' ? ['not ', PR_NOT] : e.op._type === 'Invert' ? ['~', PR_FACTOR] : e.op._type === 'UAdd' ? ['+', PR_FACTOR] : ['-', PR_FACTOR];
      return paren(op + expr(e.operand, p), p as number);
    }
    case 'Lambda': {
      const a = lambdaArgs(e.args);
      const nPositional = e.args.args.length + e.args.posonlyargs.length;
      return paren((nPositional ? 'lambda ' : 'lambda') + a + ': ' + expr(e.body, PR_TEST), PR_TEST);
    }
    case 'IfExp': return paren(`${expr(e.body, PR_TEST + 1)} if ${expr(e.test, PR_TEST + 1)} else ${expr(e.orelse, PR_TEST)}`, PR_TEST);
    case 'Dict': return '{' + e.keys.map((k, i) => (k ? `${expr(k, PR_TEST)}: ${expr(e.values[i]!, PR_TEST)}` : `**${expr(e.values[i]!, PR_EXPR)}`)).join(', ') + '}';
    case 'Set': return e.elts.length ? '{' + e.elts.map((x) => expr(x, PR_TEST)).join(', ') + '}' : '{*()}';
    case 'Await': return paren('await ' + expr(e.value, PR_ATOM), PR_AWAIT);
    case 'Yield': return e.value ? `(yield ${expr(e.value, PR_TEST)})` : '(yield)';
    case 'YieldFrom': return `(yield from ${expr(e.value, PR_TEST)})`;
    case 'Compare': {
      let s = expr(e.left, PR_CMP + 1);
      e.ops.forEach((op, i) => { s += ` ${CMPOP[op._type]} ${expr(e.comparators[i]!, PR_CMP + 1)}`; });
      return paren(s, PR_CMP);
    }
    case 'Call': {
      if (e.args.length === 1 && e.keywords.length === 0 && e.args[0]!._type === 'GeneratorExp') {
        return expr(e.func, PR_ATOM) + expr(e.args[0]!, PR_TEST);
      }
      const args = [...e.args.map((a) => expr(a, PR_TEST)), ...e.keywords.map((k) => (k.arg ? `${k.arg}=${expr(k.value, PR_TEST)}` : `**${expr(k.value, PR_TEST)}`))];
      return `${expr(e.func, PR_ATOM)}(${args.join(', ')})`;
    }
    case 'Constant':
      if (e.value.k === 'ellipsis') return '...';
      return (e.kind ?? '') + annConst(e.value);
    case 'JoinedStr': return fstring(e);
    case 'FormattedValue': return fstring({ _type: 'JoinedStr', values: [e] } as unknown as A.JoinedStr);
    case 'Attribute': {
      let v = expr(e.value, PR_ATOM);
      if (e.value._type === 'Constant' && e.value.value.k === 'int') v += ' ';
      return `${v}.${e.attr}`;
    }
    case 'Subscript': {
      const sl = e.slice;
      const inner = sl._type === 'Tuple' && sl.elts.length ? sl.elts.map((x) => expr(x, PR_TEST)).join(', ') + (sl.elts.length === 1 ? ',' : '') : expr(sl, PR_TUPLE);
      return `${expr(e.value, PR_ATOM)}[${inner}]`;
    }
    case 'Starred': return '*' + expr(e.value, PR_EXPR);
    case 'Slice':
      return (e.lower ? expr(e.lower, PR_TEST) : '') + ':' + (e.upper ? expr(e.upper, PR_TEST) : '') + (e.step ? ':' + expr(e.step, PR_TEST) : '');
    case 'Name': return e.id;
    case 'List': return '[' + e.elts.map((x) => expr(x, PR_TEST)).join(', ') + ']';
    case 'Tuple':
      if (e.elts.length === 0) return '()';
      if (e.elts.length === 1) return paren(expr(e.elts[0]!, PR_TEST) + ',', PR_TUPLE);
      return paren(e.elts.map((x) => expr(x, PR_TEST)).join(', '), PR_TUPLE);
    case 'NamedExpr': return paren(`${expr(e.target, PR_ATOM)} := ${expr(e.value, PR_ATOM)}`, PR_TUPLE);
    case 'ListComp': return `[${expr(e.elt, PR_TEST)}${comps(e.generators)}]`;
    case 'SetComp': return `{${expr(e.elt, PR_TEST)}${comps(e.generators)}}`;
    case 'GeneratorExp': return `(${expr(e.elt, PR_TEST)}${comps(e.generators)})`;
    case 'DictComp': return `{${expr(e.key, PR_TEST)}: ${expr(e.value, PR_TEST)}${comps(e.generators)}}`;
  }
}

function lambdaArgs(a: A.arguments): string {
  const parts: string[] = [];
  const positional = [...a.posonlyargs, ...a.args];
  const firstDefault = positional.length - a.defaults.length;
  positional.forEach((p, i) => {
    parts.push(i >= firstDefault ? `${p.arg}=${expr(a.defaults[i - firstDefault]!, PR_TEST)}` : p.arg);
    if (a.posonlyargs.length && i === a.posonlyargs.length - 1) parts.push('/');
  });
  if (a.vararg || a.kwonlyargs.length) parts.push(a.vararg ? '*' + a.vararg.arg : '*');
  a.kwonlyargs.forEach((k, i) => {
    const d = a.kw_defaults[i];
    parts.push(d ? `${k.arg}=${expr(d, PR_TEST)}` : k.arg);
  });
  if (a.kwarg) parts.push('**' + a.kwarg.arg);
  return parts.join(', ');
}

/** append_ast_constant: tuples item by item; infinities spelled 1e309 so the text evaluates back. */
function annConst(v: ConstValue): string {
  if (v.k === 'tuple') return '(' + v.v.map(annConst).join(', ') + (v.v.length === 1 ? ',' : '') + ')';
  const r = constRepr(v);
  if ((v.k === 'float' && Number.isFinite(v.v) === false && !Number.isNaN(v.v)) || v.k === 'complex') return r.split('inf').join('1e309');
  return r;
}

function comps(gens: A.comprehension[]): string {
  return gens.map((g) => `${g.is_async ? ' async' : ''} for ${expr(g.target, PR_TUPLE)} in ${expr(g.iter, PR_TEST + 1)}${g.ifs.map((i) => ' if ' + expr(i, PR_TEST + 1)).join('')}`).join('');
}

function fstringBody(values: A.expr[]): string {
  let out = '';
  for (const v of values) {
    if (v._type === 'Constant' && v.value.k === 'str') out += v.value.v.replace(/\{/g, '{{').replace(/\}/g, '}}');
    else if (v._type === 'FormattedValue') {
      let inner = expr(v.value, PR_TEST + 1);
      if (inner.startsWith('{')) inner = ' ' + inner;
      let s = '{' + inner;
      if (v.conversion !== -1) s += '!' + String.fromCharCode(v.conversion);
      if (v.format_spec) s += ':' + fstringBody((v.format_spec as A.JoinedStr).values ?? []);
      out += s + '}';
    } else if (v._type === 'JoinedStr') out += fstringBody(v.values);
  }
  return out;
}

function fstring(e: A.JoinedStr): string {
  return 'f' + pyStrRepr(fstringBody(e.values));
}

export function unparseAnnotation(e: A.expr): string {
  return expr(e, PR_TEST);
}
