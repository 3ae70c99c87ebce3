/**
 * Structural pattern matching codegen (PEP 634; CPython 3.12 compile.c pattern helpers).
 *
 * Convention (as in CPython): every pattern routine consumes the subject on top of the stack
 * and, on failure, jumps to fail_pop[n] where n = items on top (pc.onTop) + captured names so
 * far; captures are rotated underneath the items still in use and stored only once the whole
 * pattern has matched.
 */
import type * as A from '../ast/nodes';
import type { ConstValue } from '../ast/constants';
import { Op } from '../bytecode/opcodes';
import { NO_LOCATION, type Label, type Location } from './instr';
import { Compiler, LOC } from './codegen_core';
import { visitExpr, jumpIf } from './codegen_expr';
import { visitStmts } from './codegen_stmt';
import { constKey } from './consts';

interface PatternContext {
  stores: string[];
  allowIrrefutable: boolean;
  failPop: Label[];
  onTop: number;
}

const isWildcard = (p: A.pattern): boolean => p._type === 'MatchAs' && p.name === null;
const isWildcardStar = (p: A.pattern): boolean => p._type === 'MatchStar' && p.name === null;

function ensureFailPop(c: Compiler, pc: PatternContext, n: number): void {
  while (pc.failPop.length < n + 1) pc.failPop.push(c.newLabel());
}

function jumpToFailPop(c: Compiler, loc: Location, pc: PatternContext, op: number): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.addopJ(op, pc.failPop[pops]!, loc);
}

function emitAndResetFailPop(c: Compiler, loc: Location, pc: PatternContext): void {
  if (!pc.failPop.length) return;
  for (let i = pc.failPop.length - 1; i > 0; i--) {
    c.useLabel(pc.failPop[i]!);
    c.addop(Op.POP_TOP, loc);
  }
  c.useLabel(pc.failPop[0]!);
  pc.failPop = [];
}

function patternRotate(c: Compiler, loc: Location, count: number): void {
  while (1 < count) c.addopI(Op.SWAP, count--, loc);
}

function reprName(n: string): string {
  return `'${n}'`;
}

function storeName(c: Compiler, loc: Location, n: string | null, pc: PatternContext): void {
  if (n === null) {
    c.addop(Op.POP_TOP, loc);
    return;
  }
  c.forbiddenName(loc, n, 'Store');
  if (pc.stores.includes(n)) c.error(loc, `multiple assignments to name ${reprName(n)} in pattern`);
  patternRotate(c, loc, pc.onTop + pc.stores.length + 1);
  pc.stores.push(n);
}

function unpackHelper(c: Compiler, loc: Location, elts: A.pattern[]): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    const elt = elts[i]!;
    if (elt._type === 'MatchStar' && !seenStar) {
      if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) c.error(loc, 'too many expressions in star-unpacking sequence pattern');
      c.addopI(Op.UNPACK_EX, i + ((n - i - 1) << 8), loc);
      seenStar = true;
    } else if (elt._type === 'MatchStar') {
      c.error(loc, 'multiple starred expressions in sequence pattern');
    }
  }
  if (!seenStar) c.addopI(Op.UNPACK_SEQUENCE, n, loc);
}

function sequenceUnpack(c: Compiler, loc: Location, patterns: A.pattern[], pc: PatternContext): void {
  unpackHelper(c, loc, patterns);
  pc.onTop += patterns.length;
  for (const p of patterns) {
    pc.onTop--;
    subpattern(c, p, pc);
  }
}

function sequenceSubscr(c: Compiler, loc: Location, patterns: A.pattern[], star: number, pc: PatternContext): void {
  pc.onTop++;
  const size = patterns.length;
  for (let i = 0; i < size; i++) {
    const p = patterns[i]!;
    if (isWildcard(p) || i === star) continue;
    c.addopI(Op.COPY, 1, loc);
    if (i < star) {
      c.loadConst({ k: 'int', v: BigInt(i) }, loc);
    } else {
      c.addop(Op.GET_LEN, loc);
      c.loadConst({ k: 'int', v: BigInt(size - i) }, loc);
      c.addopI(Op.BINARY_OP, 10, loc);
    }
    c.addop(Op.BINARY_SUBSCR, loc);
    subpattern(c, p, pc);
  }
  pc.onTop--;
  c.addop(Op.POP_TOP, loc);
}

function subpattern(c: Compiler, p: A.pattern, pc: PatternContext): void {
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  compilePattern(c, p, pc);
  pc.allowIrrefutable = allow;
}

function patternAs(c: Compiler, p: A.MatchAs, pc: PatternContext): void {
  const loc = LOC(p);
  if (p.pattern === null) {
    if (!pc.allowIrrefutable) {
      if (p.name) c.error(loc, `name capture ${reprName(p.name)} makes remaining patterns unreachable`);
      c.error(loc, 'wildcard makes remaining patterns unreachable');
    }
    storeName(c, loc, p.name, pc);
    return;
  }
  pc.onTop++;
  c.addopI(Op.COPY, 1, loc);
  compilePattern(c, p.pattern, pc);
  pc.onTop--;
  storeName(c, loc, p.name, pc);
}

function patternClass(c: Compiler, p: A.MatchClass, pc: PatternContext): void {
  const loc = LOC(p);
  const nargs = p.patterns.length;
  const nattrs = p.kwd_attrs.length;
  if (nattrs !== p.kwd_patterns.length) {
    c.error(loc, `kwd_attrs (${nattrs}) / kwd_patterns (${p.kwd_patterns.length}) length mismatch in class pattern`);
  }
  for (let i = 0; i < nattrs; i++) {
    const attr = p.kwd_attrs[i]!;
    c.forbiddenName(LOC(p.kwd_patterns[i]!), attr, 'Store');
    for (let j = i + 1; j < nattrs; j++) {
      if (p.kwd_attrs[j] === attr) c.error(LOC(p.kwd_patterns[j]!), `attribute name repeated in class pattern: ${attr}`);
    }
  }
  visitExpr(c, p.cls);
  c.loadConst({ k: 'tuple', v: p.kwd_attrs.map((a): ConstValue => ({ k: 'str', v: a })) }, loc);
  c.addopI(Op.MATCH_CLASS, nargs, loc);
  c.addopI(Op.COPY, 1, loc);
  c.loadConst({ k: 'none' }, loc);
  c.addopI(Op.IS_OP, 1, loc);
  pc.onTop++;
  jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
  c.addopI(Op.UNPACK_SEQUENCE, nargs + nattrs, loc);
  pc.onTop += nargs + nattrs - 1;
  for (let i = 0; i < nargs + nattrs; i++) {
    pc.onTop--;
    const sub = i < nargs ? p.patterns[i]! : p.kwd_patterns[i - nargs]!;
    if (isWildcard(sub)) {
      c.addop(Op.POP_TOP, loc);
      continue;
    }
    subpattern(c, sub, pc);
  }
}

function constRepr(v: ConstValue): string {
  switch (v.k) {
    case 'str': return `'${v.v}'`;
    case 'int': return v.v.toString();
    case 'none': return 'None';
    case 'bool': return v.v ? 'True' : 'False';
    default: return constKey(v);
  }
}

function patternMapping(c: Compiler, p: A.MatchMapping, pc: PatternContext): void {
  const loc = LOC(p);
  const keys = p.keys;
  let size = keys.length;
  if (size !== p.patterns.length) c.error(loc, `keys (${size}) / patterns (${p.patterns.length}) length mismatch in mapping pattern`);
  const starTarget = p.rest;
  pc.onTop++;
  c.addop(Op.MATCH_MAPPING, loc);
  jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
  if (!size && !starTarget) {
    pc.onTop--;
    c.addop(Op.POP_TOP, loc);
    return;
  }
  if (size) {
    c.addop(Op.GET_LEN, loc);
    c.loadConst({ k: 'int', v: BigInt(size) }, loc);
    c.addopI(Op.COMPARE_OP, (5 << 4) | 12, loc);
    jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
  }
  const seen = new Set<string>();
  for (let i = 0; i < size; i++) {
    const key = keys[i]!;
    if (key._type === 'Constant') {
      const k = setKey(key.value);
      if (seen.has(k)) c.error(loc, `mapping pattern checks duplicate key (${constRepr(key.value)})`);
      seen.add(k);
    } else if (key._type !== 'Attribute') {
      c.error(loc, 'mapping pattern keys may only match literals and attribute lookups');
    }
    visitExpr(c, key);
  }
  c.addopI(Op.BUILD_TUPLE, size, loc);
  c.addop(Op.MATCH_KEYS, loc);
  pc.onTop += 2;
  c.addopI(Op.COPY, 1, loc);
  c.loadConst({ k: 'none' }, loc);
  c.addopI(Op.IS_OP, 1, loc);
  jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
  c.addopI(Op.UNPACK_SEQUENCE, size, loc);
  pc.onTop += size - 1;
  for (let i = 0; i < size; i++) {
    pc.onTop--;
    subpattern(c, p.patterns[i]!, pc);
  }
  pc.onTop -= 2;
  if (starTarget) {
    c.addopI(Op.BUILD_MAP, 0, loc);
    c.addopI(Op.SWAP, 3, loc);
    c.addopI(Op.DICT_UPDATE, 2, loc);
    c.addopI(Op.UNPACK_SEQUENCE, size, loc);
    while (size) {
      c.addopI(Op.COPY, 1 + size--, loc);
      c.addopI(Op.SWAP, 2, loc);
      c.addop(Op.DELETE_SUBSCR, loc);
    }
    storeName(c, loc, starTarget, pc);
  } else {
    c.addop(Op.POP_TOP, loc);
    c.addop(Op.POP_TOP, loc);
  }
}

/** Python set-membership key: 1, 1.0 and True are the same key. */
function setKey(v: ConstValue): string {
  switch (v.k) {
    case 'bool': return 'n' + (v.v ? 1 : 0);
    case 'int': return 'n' + v.v;
    case 'float': return Number.isInteger(v.v) ? 'n' + BigInt(v.v) : constKey(v);
    default: return constKey(v);
  }
}

function patternOr(c: Compiler, p: A.MatchOr, pc: PatternContext): void {
  const loc = LOC(p);
  const end = c.newLabel();
  const size = p.patterns.length;
  const old: PatternContext = { ...pc, stores: pc.stores, failPop: pc.failPop };
  let control: string[] | null = null;
  for (let i = 0; i < size; i++) {
    const alt = p.patterns[i]!;
    pc.stores = [];
    pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    c.addopI(Op.COPY, 1, LOC(alt));
    compilePattern(c, alt, pc);
    const nstores = pc.stores.length;
    if (!i) {
      control = pc.stores;
    } else if (nstores !== control!.length) {
      c.error(loc, 'alternative patterns bind different names');
    } else if (nstores) {
      let icontrol = nstores;
      while (icontrol--) {
        const name = control![icontrol]!;
        const istores = pc.stores.indexOf(name);
        if (istores < 0) c.error(loc, 'alternative patterns bind different names');
        if (icontrol !== istores) {
          let rotations = istores + 1;
          const rotated = pc.stores.slice(0, rotations);
          pc.stores.splice(0, rotations);
          pc.stores.splice(icontrol - istores, 0, ...rotated);
          while (rotations--) patternRotate(c, LOC(alt), icontrol + 1);
        }
      }
    }
    c.addopJ(Op.JUMP, end, LOC(alt));
    emitAndResetFailPop(c, LOC(alt), pc);
  }
  pc.stores = old.stores;
  pc.allowIrrefutable = old.allowIrrefutable;
  pc.failPop = old.failPop;
  pc.onTop = old.onTop;
  c.addop(Op.POP_TOP, loc);
  jumpToFailPop(c, loc, pc, Op.JUMP);
  c.useLabel(end);
  const nstores = control!.length;
  const nrots = nstores + 1 + pc.onTop + pc.stores.length;
  for (let i = 0; i < nstores; i++) {
    patternRotate(c, loc, nrots);
    const name = control![i]!;
    if (pc.stores.includes(name)) c.error(loc, `multiple assignments to name ${reprName(name)} in pattern`);
    pc.stores.push(name);
  }
  c.addop(Op.POP_TOP, loc);
}

function patternSequence(c: Compiler, p: A.MatchSequence, pc: PatternContext): void {
  const loc = LOC(p);
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  for (let i = 0; i < size; i++) {
    const q = patterns[i]!;
    if (q._type === 'MatchStar') {
      if (star >= 0) c.error(loc, 'multiple starred names in sequence pattern');
      starWildcard = isWildcardStar(q);
      onlyWildcard &&= starWildcard;
      star = i;
      continue;
    }
    onlyWildcard &&= isWildcard(q);
  }
  pc.onTop++;
  c.addop(Op.MATCH_SEQUENCE, loc);
  jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
  if (star < 0) {
    c.addop(Op.GET_LEN, loc);
    c.loadConst({ k: 'int', v: BigInt(size) }, loc);
    c.addopI(Op.COMPARE_OP, (2 << 4) | 8, loc);
    jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
  } else if (size > 1) {
    c.addop(Op.GET_LEN, loc);
    c.loadConst({ k: 'int', v: BigInt(size - 1) }, loc);
    c.addopI(Op.COMPARE_OP, (5 << 4) | 12, loc);
    jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
  }
  pc.onTop--;
  if (onlyWildcard) c.addop(Op.POP_TOP, loc);
  else if (starWildcard) sequenceSubscr(c, loc, patterns, star, pc);
  else sequenceUnpack(c, loc, patterns, pc);
}

function compilePattern(c: Compiler, p: A.pattern, pc: PatternContext): void {
  const loc = LOC(p);
  switch (p._type) {
    case 'MatchValue':
      if (p.value._type !== 'Constant' && p.value._type !== 'Attribute') c.error(loc, 'patterns may only match literals and attribute lookups');
      visitExpr(c, p.value);
      c.addopI(Op.COMPARE_OP, (2 << 4) | 8, loc);
      jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
      return;
    case 'MatchSingleton':
      c.loadConst(p.value, loc);
      c.addopI(Op.IS_OP, 0, loc);
      jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
      return;
    case 'MatchSequence': return patternSequence(c, p, pc);
    case 'MatchMapping': return patternMapping(c, p, pc);
    case 'MatchClass': return patternClass(c, p, pc);
    case 'MatchStar': return storeName(c, loc, p.name, pc);
    case 'MatchAs': return patternAs(c, p, pc);
    case 'MatchOr': return patternOr(c, p, pc);
  }
}

export function compilerMatch(c: Compiler, s: A.Match): void {
  visitExpr(c, s.subject);
  const end = c.newLabel();
  const cases = s.cases.length;
  let m = s.cases[cases - 1]!;
  const hasDefault = isWildcard(m.pattern) && 1 < cases ? 1 : 0;
  const pc: PatternContext = { stores: [], allowIrrefutable: false, failPop: [], onTop: 0 };
  for (let i = 0; i < cases - hasDefault; i++) {
    m = s.cases[i]!;
    const ploc = LOC(m.pattern);
    if (i !== cases - hasDefault - 1) c.addopI(Op.COPY, 1, ploc);
    pc.stores = [];
    pc.allowIrrefutable = m.guard !== null || i === cases - 1;
    pc.failPop = [];
    pc.onTop = 0;
    compilePattern(c, m.pattern, pc);
    for (const name of pc.stores) c.nameop(ploc, name, 'Store');
    if (m.guard) {
      ensureFailPop(c, pc, 0);
      jumpIf(c, ploc, m.guard, pc.failPop[0]!, false);
    }
    if (i !== cases - hasDefault - 1) c.addop(Op.POP_TOP, ploc);
    visitStmts(c, m.body);
    c.addopJ(Op.JUMP, end, NO_LOCATION);
    emitAndResetFailPop(c, ploc, pc);
  }
  if (hasDefault) {
    m = s.cases[cases - 1]!;
    const ploc = LOC(m.pattern);
    if (cases === 1) c.addop(Op.POP_TOP, ploc);
    else c.addop(Op.NOP, ploc);
    if (m.guard) jumpIf(c, ploc, m.guard, end, false);
    visitStmts(c, m.body);
  }
  c.useLabel(end);
}
