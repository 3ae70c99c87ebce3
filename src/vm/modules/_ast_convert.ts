/**
 * Conversions between the `_ast` module's Python node objects and the TS AST of src/vm/ast/nodes.ts
 * (obj2ast/ast2obj semantics of CPython's Python-ast.c: required fields, expected node kinds,
 * Constant value types, end positions defaulting to the start), installed into `astBridge`.
 */
import type { PyObject } from '../objects/object';
import type { PyType } from '../objects/type';
import { NODE_FIELDS, LOCATED_NODES, type ConstValue } from '../ast/nodes';
import { PyDict } from '../objects/dict';
import { PyStr, newStr } from '../objects/str';
import { PyInt, newInt, True, False, intValue } from '../objects/int';
import { PyFloat } from '../objects/float';
import { PyComplex } from '../objects/complex';
import { PyBytes } from '../objects/bytes';
import { PyTuple } from '../objects/tuple';
import { PyList, listSteal } from '../objects/list';
import { frozensetType } from '../objects/set';
import { None, Ellipsis } from '../objects/singletons';
import { constToObject } from '../objects/code';
import { raise, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import * as A from '../runtime/abstract';
import { astBridge } from '../runtime/importer/execeval';

export const AST_GROUPS: Record<string, readonly string[]> = {
  mod: ['Expression', 'FunctionType', 'Interactive', 'Module'],
  stmt: ['AnnAssign', 'Assert', 'Assign', 'AsyncFor', 'AsyncFunctionDef', 'AsyncWith', 'AugAssign', 'Break', 'ClassDef', 'Continue', 'Delete', 'Expr', 'For', 'FunctionDef', 'Global', 'If', 'Import', 'ImportFrom', 'Match', 'Nonlocal', 'Pass', 'Raise', 'Return', 'Try', 'TryStar', 'TypeAlias', 'While', 'With'],
  expr: ['Attribute', 'Await', 'BinOp', 'BoolOp', 'Call', 'Compare', 'Constant', 'Dict', 'DictComp', 'FormattedValue', 'GeneratorExp', 'IfExp', 'JoinedStr', 'Lambda', 'List', 'ListComp', 'Name', 'NamedExpr', 'Set', 'SetComp', 'Slice', 'Starred', 'Subscript', 'Tuple', 'UnaryOp', 'Yield', 'YieldFrom'],
  expr_context: ['Del', 'Load', 'Store'],
  boolop: ['And', 'Or'],
  operator: ['Add', 'BitAnd', 'BitOr', 'BitXor', 'Div', 'FloorDiv', 'LShift', 'MatMult', 'Mod', 'Mult', 'Pow', 'RShift', 'Sub'],
  unaryop: ['Invert', 'Not', 'UAdd', 'USub'],
  cmpop: ['Eq', 'Gt', 'GtE', 'In', 'Is', 'IsNot', 'Lt', 'LtE', 'NotEq', 'NotIn'],
  excepthandler: ['ExceptHandler'],
  pattern: ['MatchAs', 'MatchClass', 'MatchMapping', 'MatchOr', 'MatchSequence', 'MatchSingleton', 'MatchStar', 'MatchValue'],
  type_ignore: ['TypeIgnore'],
  type_param: ['ParamSpec', 'TypeVar', 'TypeVarTuple'],
};

type Field = readonly [string, string, string];
const FIELDS = NODE_FIELDS as Record<string, readonly Field[]>;
const GROUP_OF = new Map<string, string>();
for (const [g, ms] of Object.entries(AST_GROUPS)) for (const m of ms) GROUP_OF.set(m, g);
const SINGLETON_GROUPS = new Set(['expr_context', 'boolop', 'operator', 'unaryop', 'cmpop']);
const LOC_FIELDS = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'] as const;

/** Node class name of each type object of the (last imported) `_ast` module. */
const kindOfType = new WeakMap<PyType, string>();
let classes = new Map<string, PyObject>();
let singletons = new Map<string, PyObject>();

export function installConverters(d: PyDict): void {
  classes = new Map();
  singletons = new Map();
  for (const name of Object.keys(FIELDS)) {
    const c = d.getStr(name);
    if (c) { classes.set(name, c); kindOfType.set(c as PyType, name); }
  }
  astBridge.fromNode = (n) => fromNode(n as TsNode, new Map());
  astBridge.toNode = (o) => {
    const k = kindOf(o);
    if (k === null) return null;
    return { node: toNode(o, k), kind: k };
  };
}

type TsNode = { _type: string; [k: string]: unknown };

function fromValue(v: unknown, type: string, cache: Map<string, PyObject>): PyObject {
  if (v === null || v === undefined) { None.ob_refcnt++; return None; }
  if (type === 'identifier' || type === 'string') return newStr(v as string);
  if (type === 'int') return newInt(v as number);
  if (type === 'constant') return constToObject(v as ConstValue, cache, []);
  return fromNode(v as TsNode, cache);
}

function fromNode(n: TsNode, cache: Map<string, PyObject>): PyObject {
  const kind = n._type;
  if (SINGLETON_GROUPS.has(GROUP_OF.get(kind) ?? '')) {
    let s = singletons.get(kind);
    if (!s) { s = A.call(classes.get(kind)!, []); singletons.set(kind, s); }
    s.ob_refcnt++;
    return s;
  }
  const cls = classes.get(kind);
  if (!cls) raise(PyExc.SystemError, `_ast: no class for node ${kind}`);
  const o = A.call(cls, []);
  try {
    for (const [name, type, q] of FIELDS[kind] ?? []) {
      const v = n[name];
      let py: PyObject;
      if (q === '*') py = listSteal(((v as unknown[]) ?? []).map((x) => fromValue(x, type, cache)));
      else py = fromValue(v, type, cache);
      A.setAttr(o, name, py);
      decref(py);
    }
    if (LOCATED_NODES.has(kind)) {
      for (const name of LOC_FIELDS) {
        const py = fromValue(n[name], 'int', cache);
        A.setAttr(o, name, py);
        decref(py);
      }
    }
  } catch (e) { decref(o); throw e; }
  return o;
}

function kindOf(o: PyObject): string | null {
  for (const t of o.type.mro) {
    const k = kindOfType.get(t);
    if (k !== undefined && k in FIELDS) return k;
  }
  return null;
}

function reprOf(o: PyObject): string {
  const r = A.repr(o);
  const s = r.s;
  decref(r);
  return s;
}

const LOCATED_GROUPS = new Set(['stmt', 'expr', 'excepthandler', 'pattern', 'type_param']);

function expectKind(o: PyObject, type: string): string {
  const k = kindOf(o);
  if (k !== null && (k === type || GROUP_OF.get(k) === type)) return k;
  // CPython reads the location of a located sum type before checking the object's class.
  if (LOCATED_GROUPS.has(type)) {
    for (const name of ['lineno', 'col_offset']) {
      const v = A.getAttrOpt(o, name);
      if (v === null) raise(PyExc.TypeError, `required field "${name}" missing from ${type}`);
      decref(v);
    }
  }
  raise(PyExc.TypeError, `expected some sort of ${type}, but got ${reprOf(o)}`);
}

function toConst(o: PyObject): ConstValue {
  if (o === None) return { k: 'none' };
  if (o === Ellipsis) return { k: 'ellipsis' };
  if (o === True) return { k: 'bool', v: true };
  if (o === False) return { k: 'bool', v: false };
  if (o instanceof PyInt) { const v = intValue(o); return { k: 'int', v: typeof v === 'bigint' ? v : BigInt(v) }; }
  if (o instanceof PyFloat) return { k: 'float', v: o.v };
  if (o instanceof PyComplex) return { k: 'complex', re: o.re, im: o.im };
  if (o instanceof PyStr) return { k: 'str', v: o.s };
  if (o instanceof PyBytes) return { k: 'bytes', v: (o as unknown as { bytes: Uint8Array }).bytes };
  if (o instanceof PyTuple) return { k: 'tuple', v: o.items.map(toConst) };
  if (o.type === frozensetType) {
    const items = A.toArray(o);
    try { return { k: 'frozenset', v: items.map(toConst) }; } finally { for (const x of items) decref(x); }
  }
  raise(PyExc.TypeError, `got an invalid type in Constant: ${o.type.name}`);
}

function toValue(o: PyObject, type: string, owner: string, field: string): unknown {
  switch (type) {
    case 'identifier':
      if (!(o instanceof PyStr)) raise(PyExc.TypeError, 'AST identifier must be of type str');
      return o.s;
    case 'string':
      if (!(o instanceof PyStr)) raise(PyExc.TypeError, 'AST string must be of type str');
      return o.s;
    case 'int':
      if (!(o instanceof PyInt)) raise(PyExc.ValueError, `invalid integer value: ${reprOf(o)}`);
      return Number(intValue(o));
    case 'constant':
      return toConst(o);
    default:
      if (o === None) return null;
      return toNode(o, expectKind(o, type));
  }
  void owner; void field;
}

function getField(o: PyObject, name: string): PyObject | null {
  return A.getAttrOpt(o, name);
}

function toNode(o: PyObject, kind: string): TsNode {
  const n: TsNode = { _type: kind };
  // CPython reads a node's location before its fields.
  if (LOCATED_NODES.has(kind)) {
    const owner = GROUP_OF.get(kind) ?? kind;
    const loc: (number | null)[] = [];
    for (const name of LOC_FIELDS) {
      const v = getField(o, name);
      try {
        if (v === null || v === None) {
          if (name === 'lineno' || name === 'col_offset') raise(PyExc.TypeError, `required field "${name}" missing from ${owner}`);
          loc.push(null);
        } else loc.push(toValue(v, 'int', kind, name) as number);
      } finally { if (v) decref(v); }
    }
    n.lineno = loc[0];
    n.col_offset = loc[1];
    n.end_lineno = loc[2] ?? loc[0];
    n.end_col_offset = loc[3] ?? loc[1];
  }
  for (const [name, type, q] of FIELDS[kind] ?? []) {
    const v = getField(o, name);
    try {
      if (v === null) {
        if (q !== '?') raise(PyExc.TypeError, `required field "${name}" missing from ${kind}`);
        n[name] = null;
        continue;
      }
      if (v === None && q !== '*' && type !== 'constant') {
        if (q === '?') { n[name] = null; continue; }
        if (type === 'int') raise(PyExc.ValueError, 'invalid integer value: None');
        raise(PyExc.ValueError, `field '${name}' is required for ${kind}`);
      }
      if (q === '*') {
        if (!(v instanceof PyList) && !(v instanceof PyTuple)) raise(PyExc.TypeError, `${kind} field "${name}" must be a list, not a ${v.type.name}`);
        n[name] = v.items.slice().map((x) => toValue(x, type, kind, name));
      } else {
        n[name] = toValue(v, type, kind, name);
      }
    } finally { if (v) decref(v); }
  }
  return n;
}
