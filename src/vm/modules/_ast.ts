/**
 * The `_ast` builtin module: CPython 3.12's AST node classes as Python types (built from the
 * shared metadata in src/vm/ast/nodes.ts and run as Python source), PyCF_* flags, and the
 * `astBridge` hooks of compile() (src/vm/runtime/importer/execeval.ts) converting between these
 * objects and the TS AST (src/vm/modules/_ast_convert.ts).
 *
 * Invariant: class `__module__` is 'ast' (as CPython's); optional fields ('?') and
 * end_lineno/end_col_offset are class attributes holding None, so a missing optional field reads
 * as None while a missing required one is an absent attribute.
 */
import type { PyObject } from '../objects/object';
import type { VM } from '../runtime/vm';
import { NODE_FIELDS, LOCATED_NODES } from '../ast/nodes';
import { pySourceModule } from './pysource';
import { PyDict } from '../objects/dict';
import { astBridge, compileHooks, PyCF_TYPE_COMMENTS } from '../runtime/importer/execeval';
import { parseWarning } from '../compiler/index';
import { AST_GROUPS, installConverters } from './_ast_convert';

const LOC = "('lineno', 'col_offset', 'end_lineno', 'end_col_offset')";
const LOCATED_GROUPS = new Set(['stmt', 'expr', 'excepthandler', 'pattern', 'type_param']);

function tuple(names: readonly string[]): string {
  if (names.length === 0) return '()';
  return '(' + names.map((n) => `'${n}'`).join(', ') + (names.length === 1 ? ',)' : ')');
}

function classSource(name: string, base: string): string {
  const fields = (NODE_FIELDS as Record<string, readonly (readonly [string, string, string])[]>)[name] ?? [];
  const names = fields.map((f) => f[0]);
  let s = `class ${name}(${base}):\n    _fields = ${tuple(names)}\n    __match_args__ = ${tuple(names)}\n`;
  if (LOCATED_NODES.has(name)) s += `    _attributes = ${LOC}\n    end_lineno = None\n    end_col_offset = None\n`;
  for (const f of fields) if (f[2] === '?') s += `    ${f[0]} = None\n`;
  return s;
}

function moduleSource(): string {
  let s = `__name__ = 'ast'
PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192

class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()
    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            n = len(fields)
            raise TypeError(f"{type(self).__name__} constructor takes at most {n} positional argument{'' if n == 1 else 's'}")
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name in fields[:len(args)]:
                raise TypeError(f"{type(self).__name__} got multiple values for argument {name!r}")
            setattr(self, name, value)
    def __reduce__(self):
        return type(self), (), getattr(self, '__dict__', None)
`;
  const grouped = new Set<string>();
  for (const [g, members] of Object.entries(AST_GROUPS)) {
    s += `class ${g}(AST):\n    pass\n`;
    if (LOCATED_GROUPS.has(g)) s += `${g}._attributes = ${LOC}\n${g}.end_lineno = None\n${g}.end_col_offset = None\n`;
    for (const m of members) { s += classSource(m, g); grouped.add(m); }
  }
  for (const name of Object.keys(NODE_FIELDS)) if (!grouped.has(name)) s += classSource(name, 'AST');
  s += `__name__ = '_ast'\n`;
  return s;
}

let source: string | null = null;

export function makeAstModule(vm: VM): PyObject {
  source ??= moduleSource();
  const m = pySourceModule('_ast', source)(vm);
  installConverters((m as unknown as { dict: PyDict }).dict);
  astBridge.parse = (text, filename, mode, flags) =>
    parseWarning(text, filename, mode as 'exec', compileHooks.onWarning ?? undefined, (flags & PyCF_TYPE_COMMENTS) !== 0);
  return m;
}
