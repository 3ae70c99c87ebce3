/**
 * `ast.dump` of CPython 3.12 (Lib/ast.py), byte for byte: the same field order (NODE_FIELDS),
 * the same omissions (an optional field holding None is left out), the same single-line rule
 * (a node whose arguments are all simple and at most three stays on one line) and Python reprs
 * of every value.
 */
import { LOCATED_NODES, NODE_FIELDS, type AnyNode, type mod } from './nodes';
import type { ConstValue } from './constants';
import { constRepr } from '../bytecode/constrepr';
import { pyStrRepr } from '../util/strrepr';
import { parse } from '../parser/index';

export interface DumpOptions {
  /** null/undefined: one line; a number of spaces or a string: pretty-printed with that indent. */
  indent?: number | string | null;
  includeAttributes?: boolean;
  annotateFields?: boolean;
}

const ATTRIBUTES = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'] as const;
/** Node kinds with a `lineno` attribute but no column attributes. */
const TYPE_IGNORE = 'TypeIgnore';

export function astDump(node: AnyNode | mod, opts: DumpOptions = {}): string {
  const annotate = opts.annotateFields ?? true;
  const attrs = opts.includeAttributes ?? false;
  let indent: string | null = null;
  if (opts.indent !== undefined && opts.indent !== null) indent = typeof opts.indent === 'string' ? opts.indent : ' '.repeat(Math.max(0, opts.indent));

  // Returns [text, simple].
  function fmt(value: unknown, kind: string, level: number): [string, boolean] {
    let prefix = '';
    let sep = ', ';
    if (indent !== null) {
      level += 1;
      prefix = '\n' + indent.repeat(level);
      sep = ',\n' + indent.repeat(level);
    }
    if (Array.isArray(value)) {
      if (value.length === 0) return ['[]', true];
      return ['[' + prefix + value.map((x) => fmt(x, kind, level)[0]).join(sep) + ']', false];
    }
    if (value === null || value === undefined) return ['None', true];
    if (typeof value === 'object' && '_type' in (value as object)) {
      const n = value as AnyNode;
      const fields = NODE_FIELDS[n._type];
      const args: string[] = [];
      let allSimple = true;
      let keywords = annotate;
      const rec = n as unknown as Record<string, unknown>;
      for (const [name, type, q] of fields) {
        const v = rec[name];
        if ((v === null || v === undefined) && q === '?') {
          keywords = true;
          continue;
        }
        const [s, simple] = fmt(v, type, level);
        allSimple = allSimple && simple;
        args.push(keywords ? `${name}=${s}` : s);
      }
      if (attrs && (LOCATED_NODES.has(n._type) || n._type === TYPE_IGNORE)) {
        if (n._type !== TYPE_IGNORE) {
          for (const name of ATTRIBUTES) {
            const v = rec[name];
            if (v === null || v === undefined) {
              if (name === 'end_lineno' || name === 'end_col_offset') continue;
            }
            const [s, simple] = fmt(v, 'int', level);
            allSimple = allSimple && simple;
            args.push(`${name}=${s}`);
          }
        }
      }
      if (allSimple && args.length <= 3) return [`${n._type}(${args.join(', ')})`, args.length === 0];
      return [`${n._type}(${prefix}${args.join(sep)})`, false];
    }
    return [scalarRepr(value, kind), true];
  }

  return fmt(node, 'mod', 0)[0];
}

function scalarRepr(v: unknown, kind: string): string {
  if (kind === 'constant') return constRepr(v as ConstValue);
  if (typeof v === 'string') return pyStrRepr(v);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  return String(v);
}

/** What `python3.12 -m ast FILE` prints: `ast.dump(ast.parse(source, type_comments=True), indent=3)` and a newline. */
export function formatAstModule(source: string, filename: string): string {
  return astDump(parse(source, filename, 'exec', { typeComments: true }), { indent: 3 }) + '\n';
}
