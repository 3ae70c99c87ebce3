/**
 * Views of the compile pipeline for the debugger (src/shared/views.ts): the token stream of our
 * tokenizer (tokenize mode, what `python -m tokenize` lists), the AST of our parser, and a code
 * object's co_* fields decoded (flags, line table, exception table, co_lines()).
 *
 * Invariants: everything is computed from the same stages the VM compiles with — nothing here
 * re-implements tokenizing, parsing or table decoding; views are plain JSON data.
 */
import { tokenizeUntilError, tokName } from '../tokenizer/index';
import { parse } from '../parser/index';
import { NODE_FIELDS } from '../ast/nodes';
import type { ConstValue } from '../ast/constants';
import type { CodeObject } from '../bytecode/code';
import * as C from '../bytecode/code';
import { coLines, decodeLinetable, parseExceptionTable } from '../bytecode/positions';
import { constRepr } from '../bytecode/constrepr';
import { pyStrRepr } from '../util/strrepr';
import type { AstNodeView, CodeObjectView, PipelineView, TokenView } from '../../shared/views';

export const MAX_TOKENS = 50_000;

export function tokensView(source: string, filename: string): { tokens: TokenView[]; truncated: boolean; error: string | null } {
  const r = tokenizeUntilError(source, { mode: 'tokenize', filename });
  const n = Math.min(r.tokens.length, MAX_TOKENS);
  const tokens: TokenView[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const t = r.tokens[i]!;
    tokens[i] = { type: tokName(t.type), exact: tokName(t.exact), string: t.string, start: [t.lineno, t.col], end: [t.end_lineno, t.end_col] };
  }
  const e = r.error?.error;
  return { tokens, truncated: r.tokens.length > n, error: e ? `${e.kind ?? 'SyntaxError'}: ${e.msg} (line ${e.lineno}, offset ${e.offset})` : null };
}

type AnyNode = { _type: string } & Record<string, unknown>;

function isNode(v: unknown): v is AnyNode {
  return typeof v === 'object' && v !== null && typeof (v as AnyNode)._type === 'string';
}

/** Operators and contexts are field-less nodes: shown inline, as ast.dump does ('Add()'). */
function isLeafNode(v: AnyNode): boolean {
  const f = (NODE_FIELDS as Record<string, readonly unknown[]>)[v._type];
  return !!f && f.length === 0 && !('lineno' in v);
}

function scalarRepr(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'string') return pyStrRepr(v);
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'object' && 'k' in (v as object)) return constRepr(v as ConstValue);
  return String(v);
}

export function astView(node: AnyNode): AstNodeView {
  const fields = (NODE_FIELDS as Record<string, readonly (readonly [string, string, string])[]>)[node._type] ?? [];
  const scalars: [string, string][] = [];
  const children: AstNodeView['children'] = [];
  for (const [name, , q] of fields) {
    const v = node[name];
    if (Array.isArray(v) || q === '*') {
      const list = (v as unknown[] | null) ?? [];
      if (list.length && list.every((x) => isNode(x) && !isLeafNode(x))) children.push({ field: name, list: true, nodes: list.map((x) => astView(x as AnyNode)) });
      else scalars.push([name, '[' + list.map((x) => (isNode(x) ? `${x._type}()` : scalarRepr(x))).join(', ') + ']']);
    } else if (isNode(v)) {
      if (isLeafNode(v)) scalars.push([name, `${v._type}()`]);
      else children.push({ field: name, list: false, nodes: [astView(v)] });
    } else {
      scalars.push([name, scalarRepr(v)]);
    }
  }
  const pos: AstNodeView['pos'] = typeof node.lineno === 'number'
    ? [node.lineno as number, node.col_offset as number, (node.end_lineno as number | null) ?? null, (node.end_col_offset as number | null) ?? null]
    : null;
  return { type: node._type, pos, scalars, children };
}

export function pipelineView(source: string, filename: string): PipelineView {
  const t = tokensView(source, filename);
  let ast: AstNodeView | null = null;
  let astError: string | null = null;
  try {
    ast = astView(parse(source, filename, 'exec') as unknown as AnyNode);
  } catch (e) {
    const se = e as { msg?: string; lineno?: number; message?: string };
    astError = se.msg ? `SyntaxError: ${se.msg} (line ${se.lineno})` : String(se.message ?? e);
  }
  return { filename, tokens: t.tokens, tokensTruncated: t.truncated, tokenError: t.error, ast, astError };
}

const FLAG_NAMES: [number, string][] = [
  [C.CO_OPTIMIZED, 'OPTIMIZED'], [C.CO_NEWLOCALS, 'NEWLOCALS'], [C.CO_VARARGS, 'VARARGS'], [C.CO_VARKEYWORDS, 'VARKEYWORDS'],
  [C.CO_NESTED, 'NESTED'], [C.CO_GENERATOR, 'GENERATOR'], [C.CO_NOFREE, 'NOFREE'], [C.CO_COROUTINE, 'COROUTINE'],
  [C.CO_ITERABLE_COROUTINE, 'ITERABLE_COROUTINE'], [C.CO_ASYNC_GENERATOR, 'ASYNC_GENERATOR'], [C.CO_FUTURE_ANNOTATIONS, 'FUTURE_ANNOTATIONS'],
];

/** dis.pretty_flags order: the named bits, then any unknown remainder in hex. */
export function flagNames(flags: number): string[] {
  const out: string[] = [];
  let rest = flags;
  for (const [bit, name] of FLAG_NAMES) {
    if (flags & bit) {
      out.push(name);
      rest &= ~bit;
    }
  }
  if (rest) out.push(`0x${rest.toString(16)}`);
  return out;
}

export function localKinds(k: number): string[] {
  const out: string[] = [];
  if (k & C.CO_FAST_LOCAL) out.push('local');
  if (k & C.CO_FAST_CELL) out.push('cell');
  if (k & C.CO_FAST_FREE) out.push('free');
  if (k & 0x10) out.push('hidden'); // CO_FAST_HIDDEN: an inlined comprehension's variable (PEP 709)
  return out;
}

/** The code object reached from `root` by following co_consts indices in `path`. */
export function codeAtPath(root: CodeObject, path: readonly number[]): CodeObject {
  let co = root;
  for (const i of path) {
    const c = co.co_consts[i];
    if (!c || c.k !== 'code') throw new Error(`co_consts[${i}] of ${co.co_qualname} is not a code object`);
    co = c.v;
  }
  return co;
}

const none = (n: number): number | null => (n < 0 ? null : n);

export function codeObjectView(root: CodeObject, path: readonly number[]): CodeObjectView {
  const co = codeAtPath(root, path);
  const varnames = C.coVarnames(co);
  return {
    path: path.slice(),
    co_name: co.co_name,
    co_qualname: co.co_qualname,
    co_filename: co.co_filename,
    co_firstlineno: co.co_firstlineno,
    co_argcount: co.co_argcount,
    co_posonlyargcount: co.co_posonlyargcount,
    co_kwonlyargcount: co.co_kwonlyargcount,
    co_nlocals: varnames.length,
    co_stacksize: co.co_stacksize,
    co_flags: co.co_flags,
    flagNames: flagNames(co.co_flags),
    co_consts: co.co_consts.map((c, index) => ({ index, repr: constRepr(c), isCode: c.k === 'code' })),
    co_names: co.co_names.slice(),
    co_varnames: varnames,
    co_cellvars: C.coCellvars(co),
    co_freevars: C.coFreevars(co),
    localsplus: co.co_localsplusnames.map((name, i) => ({ name, kinds: localKinds(co.co_localspluskinds[i]!) })),
    codeBytes: co.co_code.length,
    linetable: decodeLinetable(co.co_linetable, co.co_firstlineno).map((e) => ({
      start: e.start * 2, end: e.end * 2, line: none(e.line), endLine: none(e.endLine), col: none(e.col), endCol: none(e.endCol),
    })),
    lines: coLines(co).map(([s, e, l]) => [s, e, l < 0 ? null : l] as [number, number, number | null]),
    exceptionTable: parseExceptionTable(co.co_exceptiontable).map((e) => ({ start: e.start * 2, end: e.end * 2, target: e.target * 2, depth: e.depth, lasti: e.lasti })),
    linetableBytes: co.co_linetable.length,
    exceptiontableBytes: co.co_exceptiontable.length,
  };
}
