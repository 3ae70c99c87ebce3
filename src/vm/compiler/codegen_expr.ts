/**
 * Expression codegen (CPython 3.12 compile.c): names, constants, operators, boolean jumps
 * (jump_if), comparisons, displays with starred unpacking, calls (method calls, super() forms,
 * KW_NAMES, CALL_FUNCTION_EX), f-strings, subscripts/slices, lambda, yield/await.
 * Comprehensions are in codegen_comp.ts.
 */
import type * as A from '../ast/nodes';
import type { ConstValue } from '../ast/constants';
import { Op } from '../bytecode/opcodes';
import { NO_LOCATION, type Label, type Location } from './instr';
import { Compiler, LOC, STACK_USE_GUIDELINE, type Ctx } from './codegen_core';
import { isFunctionLike, GLOBAL_IMPLICIT, FREE, DEF_IMPORT } from './symtable';
import { compilerLambda } from './codegen_defs';
import { compilerComprehension } from './codegen_comp';
import { unparseAnnotation } from './codegen_unparse';

const NONE: ConstValue = { k: 'none' };

const BINOPS: Record<string, number> = {
  Add: 0, BitAnd: 1, FloorDiv: 2, LShift: 3, MatMult: 4, Mult: 5, Mod: 6, BitOr: 7, Pow: 8, RShift: 9,
  Sub: 10, Div: 11, BitXor: 12,
};

export function addopBinary(c: Compiler, loc: Location, op: A.operator, inplace: boolean): void {
  const v = BINOPS[op._type]!;
  c.addopI(Op.BINARY_OP, inplace ? v + 13 : v, loc);
}

const CMP: Record<string, number> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 };

function addCompare(c: Compiler, loc: Location, op: A.cmpop): void {
  switch (op._type) {
    case 'Is': c.addopI(Op.IS_OP, 0, loc); return;
    case 'IsNot': c.addopI(Op.IS_OP, 1, loc); return;
    case 'In': c.addopI(Op.CONTAINS_OP, 0, loc); return;
    case 'NotIn': c.addopI(Op.CONTAINS_OP, 1, loc); return;
    default: {
      const cmp = CMP[op._type]!;
      c.addopI(Op.COMPARE_OP, (cmp << 4) | compareMask(cmp), loc);
    }
  }
}
// COMPARISON_LESS_THAN 2, COMPARISON_GREATER_THAN 4, COMPARISON_EQUALS 8, COMPARISON_NOT_EQUALS 1|2|4 (=7)
function compareMask(cmp: number): number {
  switch (cmp) {
    case 0: return 2;
    case 1: return 2 | 8;
    case 2: return 8;
    case 3: return 7;
    case 4: return 4;
    default: return 4 | 8;
  }
}

/** CPython's infer_type(): the type name an expression statically has, or null. */
export function inferTypeName(e: A.expr): string | null {
  switch (e._type) {
    case 'Tuple': return 'tuple';
    case 'List': case 'ListComp': return 'list';
    case 'Dict': case 'DictComp': return 'dict';
    case 'Set': case 'SetComp': return 'set';
    case 'GeneratorExp': return 'generator';
    case 'Lambda': return 'function';
    case 'JoinedStr': case 'FormattedValue': return 'str';
    case 'Constant': {
      const names: Record<string, string> = {
        none: 'NoneType', ellipsis: 'ellipsis', bool: 'bool', int: 'int', float: 'float', complex: 'complex',
        str: 'str', bytes: 'bytes', tuple: 'tuple', frozenset: 'frozenset', code: 'code',
      };
      return names[e.value.k]!;
    }
    default: return null;
  }
}

function checkIsArg(e: A.expr): boolean {
  if (e._type !== 'Constant') return true;
  const k = e.value.k;
  return k === 'none' || k === 'bool' || k === 'ellipsis';
}

/** Warns on `is` / `is not` with a literal operand (check_compare). */
function checkCompare(c: Compiler, e: A.Compare): void {
  let left = checkIsArg(e.left);
  let leftExpr = e.left;
  for (let i = 0; i < e.ops.length; i++) {
    const op = e.ops[i]!._type;
    const rightExpr = e.comparators[i]!;
    const right = checkIsArg(rightExpr);
    if (op === 'Is' || op === 'IsNot') {
      if (!right || !left) {
        const literal = !left ? leftExpr : rightExpr;
        const t = inferTypeName(literal);
        c.warn(LOC(e), op === 'Is' ? `"is" with '${t}' literal. Did you mean "=="?` : `"is not" with '${t}' literal. Did you mean "!="?`);
        return;
      }
    }
    left = right;
    leftExpr = rightExpr;
  }
}

function checkCaller(c: Compiler, e: A.expr): void {
  switch (e._type) {
    case 'Constant': case 'Tuple': case 'List': case 'ListComp': case 'Dict': case 'DictComp': case 'Set':
    case 'SetComp': case 'GeneratorExp': case 'JoinedStr': case 'FormattedValue':
      c.warn(LOC(e), `'${inferTypeName(e)}' object is not callable; perhaps you missed a comma?`);
      return;
    default:
      return;
  }
}

function checkSubscripter(c: Compiler, e: A.expr): void {
  switch (e._type) {
    case 'Constant': {
      const k = e.value.k;
      if (!(k === 'none' || k === 'ellipsis' || k === 'int' || k === 'bool' || k === 'float' || k === 'complex' || k === 'frozenset')) return;
      break;
    }
    case 'Set': case 'SetComp': case 'GeneratorExp': case 'Lambda':
      break;
    default:
      return;
  }
  c.warn(LOC(e), `'${inferTypeName(e)}' object is not subscriptable; perhaps you missed a comma?`);
}

function checkIndex(c: Compiler, e: A.expr, s: A.expr): void {
  const indexType = inferTypeName(s);
  if (indexType === null || indexType === 'int' || indexType === 'bool' || s._type === 'Slice') return;
  switch (e._type) {
    case 'Constant': {
      const k = e.value.k;
      if (!(k === 'str' || k === 'bytes' || k === 'tuple')) return;
      break;
    }
    case 'Tuple': case 'List': case 'ListComp': case 'JoinedStr': case 'FormattedValue':
      break;
    default:
      return;
  }
  c.warn(LOC(e), `${inferTypeName(e)} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`);
}

export function addYieldFrom(c: Compiler, loc: Location, isAwait: boolean): void {
  const send = c.newLabel();
  const fail = c.newLabel();
  const exit = c.newLabel();
  c.useLabel(send);
  c.addopJ(Op.SEND, exit, loc);
  c.addopJ(Op.SETUP_FINALLY, fail, loc);
  c.addopI(Op.YIELD_VALUE, 0, loc);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.addopI(Op.RESUME, isAwait ? 3 : 2, loc);
  c.addopJ(Op.JUMP_NO_INTERRUPT, send, loc);
  c.useLabel(fail);
  c.addop(Op.CLEANUP_THROW, loc);
  c.useLabel(exit);
  c.addop(Op.END_SEND, loc);
}

export function addopYield(c: Compiler, loc: Location): void {
  if (c.u.ste.generator && c.u.ste.coroutine) c.addopI(Op.CALL_INTRINSIC_1, 4, loc);
  c.addopI(Op.YIELD_VALUE, 0, loc);
  c.addopI(Op.RESUME, 1, loc);
}

export function visitAnnexpr(c: Compiler, annotation: A.expr): void {
  c.loadConst({ k: 'str', v: unparseAnnotation(annotation) }, LOC(annotation));
}

export function jumpIf(c: Compiler, loc: Location, e: A.expr, next: Label, cond: boolean): void {
  switch (e._type) {
    case 'UnaryOp':
      if (e.op._type === 'Not') return jumpIf(c, loc, e.operand, next, !cond);
      break;
    case 'BoolOp': {
      const s = e.values;
      const n = s.length - 1;
      const cond2 = e.op._type === 'Or';
      let next2 = next;
      if (cond2 !== cond) next2 = c.newLabel();
      for (let i = 0; i < n; i++) jumpIf(c, loc, s[i]!, next2, cond2);
      jumpIf(c, loc, s[n]!, next, cond);
      if (next2 !== next) c.useLabel(next2);
      return;
    }
    case 'IfExp': {
      const end = c.newLabel();
      const next2 = c.newLabel();
      jumpIf(c, loc, e.test, next2, false);
      jumpIf(c, loc, e.body, next, cond);
      c.addopJ(Op.JUMP, end, NO_LOCATION);
      c.useLabel(next2);
      jumpIf(c, loc, e.orelse, next, cond);
      c.useLabel(end);
      return;
    }
    case 'Compare': {
      const n = e.ops.length - 1;
      if (n > 0) {
        checkCompare(c, e);
        const eloc = LOC(e);
        const cleanup = c.newLabel();
        visitExpr(c, e.left);
        for (let i = 0; i < n; i++) {
          visitExpr(c, e.comparators[i]!);
          c.addopI(Op.SWAP, 2, eloc);
          c.addopI(Op.COPY, 2, eloc);
          addCompare(c, eloc, e.ops[i]!);
          c.addopJ(Op.POP_JUMP_IF_FALSE, cleanup, eloc);
        }
        visitExpr(c, e.comparators[n]!);
        addCompare(c, eloc, e.ops[n]!);
        c.addopJ(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next, eloc);
        const end = c.newLabel();
        c.addopJ(Op.JUMP, end, NO_LOCATION);
        c.useLabel(cleanup);
        c.addop(Op.POP_TOP, eloc);
        if (!cond) c.addopJ(Op.JUMP, next, NO_LOCATION);
        c.useLabel(end);
        return;
      }
      break;
    }
    default:
      break;
  }
  visitExpr(c, e);
  c.addopJ(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next, LOC(e));
}

function compilerBoolop(c: Compiler, e: A.BoolOp): void {
  const loc = LOC(e);
  const jumpi = e.op._type === 'And' ? Op.POP_JUMP_IF_FALSE : Op.POP_JUMP_IF_TRUE;
  const end = c.newLabel();
  const s = e.values;
  const n = s.length - 1;
  for (let i = 0; i < n; i++) {
    visitExpr(c, s[i]!);
    c.addopI(Op.COPY, 1, loc);
    c.addopJ(jumpi, end, loc);
    c.addop(Op.POP_TOP, loc);
  }
  visitExpr(c, s[n]!);
  c.useLabel(end);
}

function allConst(elts: (A.expr | null)[], begin: number, end: number): boolean {
  for (let i = begin; i < end; i++) {
    const e = elts[i];
    if (!e || e._type !== 'Constant') return false;
  }
  return true;
}

/** Dedups frozenset items as Python's set() would (1 == 1.0 == True keep the first). */
function frozensetOf(items: ConstValue[]): ConstValue {
  const out: ConstValue[] = [];
  const seen = new Set<string>();
  const norm = (v: ConstValue): string => {
    switch (v.k) {
      case 'bool': return 'n' + (v.v ? 1 : 0);
      case 'int': return 'n' + v.v;
      case 'float': return Number.isInteger(v.v) ? 'n' + BigInt(v.v) : 'f' + v.v;
      case 'complex': return v.im === 0 ? norm({ k: 'float', v: v.re }) : 'c' + v.re + ',' + v.im;
      case 'str': return 's' + v.v;
      case 'bytes': return 'b' + Array.from(v.v).join(',');
      case 'tuple': return 't(' + v.v.map(norm).join(';') + ')';
      case 'frozenset': return 'z(' + v.v.map(norm).sort().join(';') + ')';
      default: return v.k;
    }
  };
  for (const it of items) {
    const k = norm(it);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(it);
    }
  }
  return { k: 'frozenset', v: out };
}

export function starunpackHelper(c: Compiler, loc: Location, elts: A.expr[], pushed: number,
  build: number, add: number, extend: number, tuple: boolean): void {
  const n = elts.length;
  if (n > 2 && allConst(elts, 0, n)) {
    const items = elts.map((e) => (e as A.Constant).value);
    if (tuple && !pushed) {
      c.loadConst({ k: 'tuple', v: items }, loc);
    } else {
      const folded: ConstValue = add === Op.SET_ADD ? frozensetOf(items) : { k: 'tuple', v: items };
      c.addopI(build, pushed, loc);
      c.loadConst(folded, loc);
      c.addopI(extend, 1, loc);
      if (tuple) c.addopI(Op.CALL_INTRINSIC_1, 6, loc);
    }
    return;
  }
  const big = n + pushed > STACK_USE_GUIDELINE;
  const seenStar = elts.some((e) => e._type === 'Starred');
  if (!seenStar && !big) {
    for (const e of elts) visitExpr(c, e);
    c.addopI(tuple ? Op.BUILD_TUPLE : build, n + pushed, loc);
    return;
  }
  let sequenceBuilt = false;
  if (big) {
    c.addopI(build, pushed, loc);
    sequenceBuilt = true;
  }
  for (let i = 0; i < n; i++) {
    const elt = elts[i]!;
    if (elt._type === 'Starred') {
      if (!sequenceBuilt) {
        c.addopI(build, i + pushed, loc);
        sequenceBuilt = true;
      }
      visitExpr(c, elt.value);
      c.addopI(extend, 1, loc);
    } else {
      visitExpr(c, elt);
      if (sequenceBuilt) c.addopI(add, 1, loc);
    }
  }
  if (tuple) c.addopI(Op.CALL_INTRINSIC_1, 6, loc);
}

function unpackHelper(c: Compiler, loc: Location, elts: A.expr[]): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    const elt = elts[i]!;
    if (elt._type === 'Starred' && !seenStar) {
      if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) c.error(loc, 'too many expressions in star-unpacking assignment');
      c.addopI(Op.UNPACK_EX, i + ((n - i - 1) << 8), loc);
      seenStar = true;
    } else if (elt._type === 'Starred') {
      c.error(loc, 'multiple starred expressions in assignment');
    }
  }
  if (!seenStar) c.addopI(Op.UNPACK_SEQUENCE, n, loc);
}

function assignmentHelper(c: Compiler, loc: Location, elts: A.expr[]): void {
  unpackHelper(c, loc, elts);
  for (const elt of elts) visitExpr(c, elt._type !== 'Starred' ? elt : elt.value);
}

function compilerSubdict(c: Compiler, e: A.Dict, begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  const loc = LOC(e);
  if (n > 1 && !big && allConst(e.keys, begin, end)) {
    for (let i = begin; i < end; i++) visitExpr(c, e.values[i]!);
    const keys: ConstValue[] = [];
    for (let i = begin; i < end; i++) keys.push((e.keys[i] as A.Constant).value);
    c.loadConst({ k: 'tuple', v: keys }, loc);
    c.addopI(Op.BUILD_CONST_KEY_MAP, n, loc);
    return;
  }
  if (big) c.addopI(Op.BUILD_MAP, 0, loc);
  for (let i = begin; i < end; i++) {
    visitExpr(c, e.keys[i]!);
    visitExpr(c, e.values[i]!);
    if (big) c.addopI(Op.MAP_ADD, 1, loc);
  }
  if (!big) c.addopI(Op.BUILD_MAP, n, loc);
}

function compilerDict(c: Compiler, e: A.Dict): void {
  const loc = LOC(e);
  const n = e.values.length;
  let haveDict = false;
  let elements = 0;
  for (let i = 0; i < n; i++) {
    const isUnpacking = e.keys[i] === null;
    if (isUnpacking) {
      if (elements) {
        compilerSubdict(c, e, i - elements, i);
        if (haveDict) c.addopI(Op.DICT_UPDATE, 1, loc);
        haveDict = true;
        elements = 0;
      }
      if (!haveDict) {
        c.addopI(Op.BUILD_MAP, 0, loc);
        haveDict = true;
      }
      visitExpr(c, e.values[i]!);
      c.addopI(Op.DICT_UPDATE, 1, loc);
    } else if (elements * 2 > STACK_USE_GUIDELINE) {
      compilerSubdict(c, e, i - elements, i + 1);
      if (haveDict) c.addopI(Op.DICT_UPDATE, 1, loc);
      haveDict = true;
      elements = 0;
    } else {
      elements++;
    }
  }
  if (elements) {
    compilerSubdict(c, e, n - elements, n);
    if (haveDict) c.addopI(Op.DICT_UPDATE, 1, loc);
    haveDict = true;
  }
  if (!haveDict) c.addopI(Op.BUILD_MAP, 0, loc);
}

function compilerCompare(c: Compiler, e: A.Compare): void {
  const loc = LOC(e);
  checkCompare(c, e);
  visitExpr(c, e.left);
  const n = e.ops.length - 1;
  if (n === 0) {
    visitExpr(c, e.comparators[0]!);
    addCompare(c, loc, e.ops[0]!);
    return;
  }
  const cleanup = c.newLabel();
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.comparators[i]!);
    c.addopI(Op.SWAP, 2, loc);
    c.addopI(Op.COPY, 2, loc);
    addCompare(c, loc, e.ops[i]!);
    c.addopI(Op.COPY, 1, loc);
    c.addopJ(Op.POP_JUMP_IF_FALSE, cleanup, loc);
    c.addop(Op.POP_TOP, loc);
  }
  visitExpr(c, e.comparators[n]!);
  addCompare(c, loc, e.ops[n]!);
  const end = c.newLabel();
  c.addopJ(Op.JUMP, end, NO_LOCATION);
  c.useLabel(cleanup);
  c.addopI(Op.SWAP, 2, loc);
  c.addop(Op.POP_TOP, loc);
  c.useLabel(end);
}

// ---- calls ----------------------------------------------------------------------------------

function isImportOriginated(c: Compiler, e: A.expr): boolean {
  if (e._type !== 'Name') return false;
  // Observed in CPython 3.12.1: inside a module-level inlined comprehension the module's own
  // (import) flags still count, not the comprehension's temporary ones.
  // Also in code nested in such a comprehension (a generator expression in its body).
  let flags = c.st.top.getSymbol(e.id);
  const top = c.u.ste === c.st.top ? c.u : c.stack.find((u) => u.ste === c.st.top);
  if (top) {
    for (const saved of top.savedSymbols) {
      const v = saved.get(e.id);
      if (v !== undefined) {
        flags = v;
        break;
      }
    }
  }
  return (flags & DEF_IMPORT) !== 0;
}

function canOptimizeSuperCall(c: Compiler, attr: A.Attribute): boolean {
  const e = attr.value;
  if (e._type !== 'Call' || e.func._type !== 'Name' || e.func.id !== 'super' || attr.attr === '__class__' || e.keywords.length !== 0) return false;
  const numArgs = e.args.length;
  const superName = e.func.id;
  if (c.u.ste.getScope(superName) !== GLOBAL_IMPLICIT) return false;
  if (c.st.top.getScope(superName) !== 0) return false;
  if (numArgs === 2) return !e.args.some((a) => a._type === 'Starred');
  if (numArgs !== 0) return false;
  if (c.u.argcount === 0 && c.u.posonlyargcount === 0) return false;
  return c.getRefType('__class__') === FREE;
}

function loadArgsForSuper(c: Compiler, e: A.Call): void {
  const loc = LOC(e);
  c.nameop(LOC(e.func), (e.func as A.Name).id, 'Load');
  if (e.args.length === 2) {
    visitExpr(c, e.args[0]!);
    visitExpr(c, e.args[1]!);
    return;
  }
  c.nameop(loc, '__class__', 'Load');
  const first = c.u.varnames.keys().next();
  if (first.done) throw new Error('super(): no first argument');
  c.nameop(loc, first.value, 'Load');
}

export function updateStartLocationToMatchAttr(loc: Location, attr: A.Attribute): Location {
  const endLineno = attr.end_lineno ?? attr.lineno;
  if (loc.lineno !== endLineno) {
    let lineno = endLineno;
    let col = loc.col_offset;
    let endCol = loc.end_col_offset;
    const len = [...attr.attr].length;
    const attrEndCol = attr.end_col_offset ?? 0;
    if (len <= attrEndCol) {
      col = attrEndCol - len;
    } else {
      col = -1;
      endCol = -1;
    }
    const endLine = Math.max(lineno, loc.end_lineno);
    if (lineno === endLine) endCol = Math.max(col, endCol);
    return { lineno, end_lineno: endLine, col_offset: col, end_col_offset: endCol };
  }
  return loc;
}

function callSimpleKwHelper(c: Compiler, loc: Location, keywords: A.keyword[]): void {
  const names: ConstValue[] = keywords.map((k) => ({ k: 'str', v: k.arg! }));
  c.addopI(Op.KW_NAMES, c.addConst({ k: 'tuple', v: names }), loc);
}

function maybeOptimizeMethodCall(c: Compiler, e: A.Call): boolean {
  const meth = e.func;
  const args = e.args;
  const kwds = e.keywords;
  if (meth._type !== 'Attribute' || meth.ctx._type !== 'Load') return false;
  if (isImportOriginated(c, meth.value)) return false;
  const argsl = args.length;
  const kwdsl = kwds.length;
  if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
  if (args.some((a) => a._type === 'Starred')) return false;
  if (kwds.some((k) => k.arg === null)) return false;
  let loc = LOC(meth);
  if (canOptimizeSuperCall(c, meth)) {
    const call = meth.value as A.Call;
    loadArgsForSuper(c, call);
    c.addopName(call.args.length ? Op.LOAD_SUPER_METHOD : Op.LOAD_ZERO_SUPER_METHOD, meth.attr, c.u.names, loc);
    loc = updateStartLocationToMatchAttr(loc, meth);
    c.addop(Op.NOP, loc);
  } else {
    visitExpr(c, meth.value);
    loc = updateStartLocationToMatchAttr(loc, meth);
    c.addopName(Op.LOAD_METHOD, meth.attr, c.u.names, loc);
  }
  for (const a of args) visitExpr(c, a);
  if (kwdsl) {
    for (const k of kwds) visitExpr(c, k.value);
    callSimpleKwHelper(c, loc, kwds);
  }
  loc = updateStartLocationToMatchAttr(LOC(e), meth);
  c.addopI(Op.CALL, argsl + kwdsl, loc);
  return true;
}

function validateKeywords(c: Compiler, keywords: A.keyword[]): void {
  for (let i = 0; i < keywords.length; i++) {
    const key = keywords[i]!;
    if (key.arg === null) continue;
    c.forbiddenName(LOC(key), key.arg, 'Store');
    for (let j = i + 1; j < keywords.length; j++) {
      const other = keywords[j]!;
      if (other.arg !== null && other.arg === key.arg) c.error(LOC(other), `keyword argument repeated: ${key.arg}`);
    }
  }
}

function compilerCall(c: Compiler, e: A.Call): void {
  validateKeywords(c, e.keywords);
  if (maybeOptimizeMethodCall(c, e)) return;
  checkCaller(c, e.func);
  c.addop(Op.PUSH_NULL, LOC(e.func));
  visitExpr(c, e.func);
  callHelper(c, LOC(e), 0, e.args, e.keywords);
}

function compilerSubkwargs(c: Compiler, loc: Location, keywords: A.keyword[], begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big) {
    for (let i = begin; i < end; i++) visitExpr(c, keywords[i]!.value);
    const keys: ConstValue[] = [];
    for (let i = begin; i < end; i++) keys.push({ k: 'str', v: keywords[i]!.arg! });
    c.loadConst({ k: 'tuple', v: keys }, loc);
    c.addopI(Op.BUILD_CONST_KEY_MAP, n, loc);
    return;
  }
  if (big) c.addopI(Op.BUILD_MAP, 0, NO_LOCATION);
  for (let i = begin; i < end; i++) {
    const kw = keywords[i]!;
    c.loadConst({ k: 'str', v: kw.arg! }, loc);
    visitExpr(c, kw.value);
    if (big) c.addopI(Op.MAP_ADD, 1, NO_LOCATION);
  }
  if (!big) c.addopI(Op.BUILD_MAP, n, loc);
}

/** compiler_call_helper: `n` arguments are already on the stack. */
export function callHelper(c: Compiler, loc: Location, n: number, args: A.expr[], keywords: A.keyword[]): void {
  validateKeywords(c, keywords);
  const nelts = args.length;
  const nkwelts = keywords.length;
  const exCall = nelts + nkwelts * 2 > STACK_USE_GUIDELINE
    || args.some((a) => a._type === 'Starred') || keywords.some((k) => k.arg === null);
  if (!exCall) {
    for (const a of args) visitExpr(c, a);
    if (nkwelts) {
      for (const k of keywords) visitExpr(c, k.value);
      callSimpleKwHelper(c, loc, keywords);
    }
    c.addopI(Op.CALL, n + nelts + nkwelts, loc);
    return;
  }
  if (n === 0 && nelts === 1 && args[0]!._type === 'Starred') {
    visitExpr(c, (args[0] as A.Starred).value);
  } else {
    starunpackHelper(c, loc, args, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
  }
  if (nkwelts) {
    let haveDict = false;
    let nseen = 0;
    for (let i = 0; i < nkwelts; i++) {
      const kw = keywords[i]!;
      if (kw.arg === null) {
        if (nseen) {
          compilerSubkwargs(c, loc, keywords, i - nseen, i);
          if (haveDict) c.addopI(Op.DICT_MERGE, 1, loc);
          haveDict = true;
          nseen = 0;
        }
        if (!haveDict) {
          c.addopI(Op.BUILD_MAP, 0, loc);
          haveDict = true;
        }
        visitExpr(c, kw.value);
        c.addopI(Op.DICT_MERGE, 1, loc);
      } else {
        nseen++;
      }
    }
    if (nseen) {
      compilerSubkwargs(c, loc, keywords, nkwelts - nseen, nkwelts);
      if (haveDict) c.addopI(Op.DICT_MERGE, 1, loc);
      haveDict = true;
    }
  }
  c.addopI(Op.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0, loc);
}

// ---- strings, subscripts, slices --------------------------------------------------------------

function compilerJoinedStr(c: Compiler, e: A.JoinedStr): void {
  const loc = LOC(e);
  const n = e.values.length;
  if (n > STACK_USE_GUIDELINE) {
    c.loadConst({ k: 'str', v: '' }, loc);
    c.addopName(Op.LOAD_METHOD, 'join', c.u.names, loc);
    c.addopI(Op.BUILD_LIST, 0, loc);
    for (const v of e.values) {
      visitExpr(c, v);
      c.addopI(Op.LIST_APPEND, 1, loc);
    }
    c.addopI(Op.CALL, 1, loc);
  } else {
    for (const v of e.values) visitExpr(c, v);
    if (n !== 1) c.addopI(Op.BUILD_STRING, n, loc);
  }
}

function compilerFormattedValue(c: Compiler, e: A.FormattedValue): void {
  visitExpr(c, e.value);
  let oparg: number;
  switch (e.conversion) {
    case 115: oparg = 1; break; // 's'
    case 114: oparg = 2; break; // 'r'
    case 97: oparg = 3; break; // 'a'
    case -1: oparg = 0; break;
    default: throw new Error(`Unrecognized conversion character ${e.conversion}`);
  }
  if (e.format_spec) {
    visitExpr(c, e.format_spec);
    oparg |= 4;
  }
  c.addopI(Op.FORMAT_VALUE, oparg, LOC(e));
}

export function compilerSlice(c: Compiler, s: A.Slice): number {
  let n = 2;
  if (s.lower) visitExpr(c, s.lower);
  else c.loadConst(NONE, LOC(s));
  if (s.upper) visitExpr(c, s.upper);
  else c.loadConst(NONE, LOC(s));
  if (s.step) {
    n++;
    visitExpr(c, s.step);
  }
  return n;
}

function compilerSubscript(c: Compiler, e: A.Subscript): void {
  const loc = LOC(e);
  const ctx = e.ctx._type;
  if (ctx === 'Load') {
    checkSubscripter(c, e.value);
    checkIndex(c, e.value, e.slice);
  }
  visitExpr(c, e.value);
  if (e.slice._type === 'Slice' && e.slice.step === null && ctx !== 'Del') {
    compilerSlice(c, e.slice);
    c.addop(ctx === 'Load' ? Op.BINARY_SLICE : Op.STORE_SLICE, loc);
  } else {
    visitExpr(c, e.slice);
    c.addop(ctx === 'Load' ? Op.BINARY_SUBSCR : ctx === 'Store' ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR, loc);
  }
}

function compilerIfExp(c: Compiler, e: A.IfExp): void {
  const end = c.newLabel();
  const next = c.newLabel();
  jumpIf(c, LOC(e), e.test, next, false);
  visitExpr(c, e.body);
  c.addopJ(Op.JUMP, end, NO_LOCATION);
  c.useLabel(next);
  visitExpr(c, e.orelse);
  c.useLabel(end);
}

function visitNamedExpr(c: Compiler, e: A.NamedExpr): void {
  visitExpr(c, e.value);
  c.addopI(Op.COPY, 1, LOC(e));
  visitExpr(c, e.target);
}

function visitBinOp(c: Compiler, e: A.BinOp): void {
  visitExpr(c, e.left);
  visitExpr(c, e.right);
  addopBinary(c, LOC(e), e.op, false);
}

function visitUnaryOp(c: Compiler, e: A.UnaryOp): void {
  visitExpr(c, e.operand);
  const loc = LOC(e);
  if (e.op._type === 'UAdd') c.addopI(Op.CALL_INTRINSIC_1, 5, loc);
  else c.addop(e.op._type === 'Invert' ? Op.UNARY_INVERT : e.op._type === 'Not' ? Op.UNARY_NOT : Op.UNARY_NEGATIVE, loc);
}

function visitYield(c: Compiler, e: A.Yield): void {
  const loc = LOC(e);
  if (!isFunctionLike(c.u.ste)) c.error(loc, "'yield' outside function");
  if (e.value) visitExpr(c, e.value);
  else c.loadConst(NONE, loc);
  addopYield(c, loc);
}

function visitYieldFrom(c: Compiler, e: A.YieldFrom): void {
  const loc = LOC(e);
  if (!isFunctionLike(c.u.ste)) c.error(loc, "'yield from' outside function");
  if (c.u.scopeType === 'async_function') c.error(loc, "'yield from' inside async function");
  visitExpr(c, e.value);
  c.addop(Op.GET_YIELD_FROM_ITER, loc);
  c.loadConst(NONE, loc);
  addYieldFrom(c, loc, false);
}

function visitAwait(c: Compiler, e: A.Await): void {
  const loc = LOC(e);
  if (!c.isTopLevelAwait()) {
    if (!isFunctionLike(c.u.ste)) c.error(loc, "'await' outside function");
    if (c.u.scopeType !== 'async_function' && c.u.scopeType !== 'comprehension') c.error(loc, "'await' outside async function");
  }
  visitExpr(c, e.value);
  c.addopI(Op.GET_AWAITABLE, 0, loc);
  c.loadConst(NONE, loc);
  addYieldFrom(c, loc, true);
}

function visitAttribute(c: Compiler, e: A.Attribute): void {
  let loc = LOC(e);
  if (e.ctx._type === 'Load' && canOptimizeSuperCall(c, e)) {
    const call = e.value as A.Call;
    loadArgsForSuper(c, call);
    c.addopName(call.args.length ? Op.LOAD_SUPER_ATTR : Op.LOAD_ZERO_SUPER_ATTR, e.attr, c.u.names, loc);
    loc = updateStartLocationToMatchAttr(loc, e);
    c.addop(Op.NOP, loc);
    return;
  }
  visitExpr(c, e.value);
  loc = updateStartLocationToMatchAttr(LOC(e), e);
  switch (e.ctx._type) {
    case 'Load': c.addopName(Op.LOAD_ATTR, e.attr, c.u.names, loc); break;
    case 'Store':
      c.forbiddenName(loc, e.attr, 'Store');
      c.addopName(Op.STORE_ATTR, e.attr, c.u.names, loc);
      break;
    case 'Del': c.addopName(Op.DELETE_ATTR, e.attr, c.u.names, loc); break;
  }
}

function visitStarred(c: Compiler, e: A.Starred): void {
  const loc = LOC(e);
  if (e.ctx._type === 'Store') c.error(loc, 'starred assignment target must be in a list or tuple');
  c.error(loc, "can't use starred expression here");
}

function visitSliceExpr(c: Compiler, e: A.Slice): void {
  const n = compilerSlice(c, e);
  c.addopI(Op.BUILD_SLICE, n, LOC(e));
}

function visitList(c: Compiler, e: A.List): void {
  if (e.ctx._type === 'Store') return assignmentHelper(c, LOC(e), e.elts);
  if (e.ctx._type === 'Load') return starunpackHelper(c, LOC(e), e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, false);
  for (const x of e.elts) visitExpr(c, x);
}

function visitTuple(c: Compiler, e: A.Tuple): void {
  if (e.ctx._type === 'Store') return assignmentHelper(c, LOC(e), e.elts);
  if (e.ctx._type === 'Load') return starunpackHelper(c, LOC(e), e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
  for (const x of e.elts) visitExpr(c, x);
}

/**
 * Dispatch only: every case is a single call so this frame stays small (deeply nested
 * expressions recurse through here once per level).
 */
export function visitExpr(c: Compiler, e: A.expr): void {
  switch (e._type) {
    case 'NamedExpr': return visitNamedExpr(c, e);
    case 'BoolOp': return compilerBoolop(c, e);
    case 'BinOp': return visitBinOp(c, e);
    case 'UnaryOp': return visitUnaryOp(c, e);
    case 'Lambda': return compilerLambda(c, e);
    case 'IfExp': return compilerIfExp(c, e);
    case 'Dict': return compilerDict(c, e);
    case 'Set': return starunpackHelper(c, LOC(e), e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
    case 'GeneratorExp': return compilerComprehension(c, e, 'genexp', '<genexpr>', e.generators, e.elt, null);
    case 'ListComp': return compilerComprehension(c, e, 'list', '<listcomp>', e.generators, e.elt, null);
    case 'SetComp': return compilerComprehension(c, e, 'set', '<setcomp>', e.generators, e.elt, null);
    case 'DictComp': return compilerComprehension(c, e, 'dict', '<dictcomp>', e.generators, e.key, e.value);
    case 'Yield': return visitYield(c, e);
    case 'YieldFrom': return visitYieldFrom(c, e);
    case 'Await': return visitAwait(c, e);
    case 'Compare': return compilerCompare(c, e);
    case 'Call': return compilerCall(c, e);
    case 'Constant': return c.loadConst(e.value, LOC(e));
    case 'JoinedStr': return compilerJoinedStr(c, e);
    case 'FormattedValue': return compilerFormattedValue(c, e);
    case 'Attribute': return visitAttribute(c, e);
    case 'Subscript': return compilerSubscript(c, e);
    case 'Starred': return visitStarred(c, e);
    case 'Slice': return visitSliceExpr(c, e);
    case 'Name': return c.nameop(LOC(e), e.id, e.ctx._type as Ctx);
    case 'List': return visitList(c, e);
    case 'Tuple': return visitTuple(c, e);
  }
}
