/**
 * re.Match and _sre.SRE_Scanner as native types (Modules/_sre/sre.c's MatchObject and
 * ScannerObject): GC-tracked, not subclassable, not instantiable from Python.
 *
 * A Match owns references to its Pattern and subject string; `spans` holds 2 * (groups + 1)
 * positions (group g at [2g, 2g+1], -1 when it did not participate); `regs` is built on first use
 * and kept. A Scanner owns its Pattern and string and resumes each search where the last match
 * ended, refusing an empty match there after an empty match (must_advance).
 */
import { PyObject } from '../objects/object';
import { newDict, dictSet } from '../objects/dict';
import { PyStr, newStr } from '../objects/str';
import { newInt } from '../objects/int';
import { PyTuple, tupleSteal } from '../objects/tuple';
import { None } from '../objects/singletons';
import { defMethod, defMethods, defWrapper } from '../objects/builtin_function';
import { defGetSet } from '../objects/descriptors';
import { makeStaticType, objectType, inheritSlots, PyType, TF_HAVE_GC, RefKindCode, type Visit } from '../objects/type';
import { makeImmortal } from '../objects/object';
import { raise, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import { gcTrack } from '../runtime/gc';
import { bindArgs, nargs, noKw } from '../runtime/args';
import * as A from '../runtime/abstract';
import { genericAlias } from './genericalias';
import { type Prog, type Subject, getslice, clampRange, newState, releaseState, runState, progOf, subjectOf } from './sre_support';
import type { SreState } from './sre_engine';

export class PyMatch extends PyObject {
  regs: PyTuple | null = null;
  constructor(t: PyType, public pattern: PyObject | null, public string: PyObject | null, readonly prog: Prog, readonly sub: Subject,
    readonly spans: Int32Array, readonly pos: number, readonly endpos: number, readonly lastindex: number) {
    super(t);
  }
}

export class PyScanner extends PyObject {
  /** Where the next search starts; -1 once a search or match has failed. */
  start: number;
  adv = false;
  constructor(t: PyType, public pattern: PyObject | null, public string: PyObject | null, readonly prog: Prog, readonly sub: Subject,
    readonly pos: number, readonly endpos: number) {
    super(t);
    this.start = pos;
  }
}

let matchType: PyType | null = null;
let scannerType: PyType | null = null;

/** A new Match for the state's current match (pattern and string borrowed, then owned). */
export function newMatch(pattern: PyObject, p: Prog, sub: Subject, st: SreState, pos: number, endpos: number): PyMatch {
  const n = p.groups;
  const spans = new Int32Array(2 * (n + 1));
  spans[0] = st.start;
  spans[1] = st.end;
  const mk = st.marks;
  for (let g = 1; g <= n; g++) {
    const a = mk[2 * g - 2]!, b = mk[2 * g - 1]!;
    const ok = a >= 0 && b >= 0;
    spans[2 * g] = ok ? a : -1;
    spans[2 * g + 1] = ok ? b : -1;
  }
  pattern.ob_refcnt++;
  sub.obj.ob_refcnt++;
  const m = new PyMatch(matchType!, pattern, sub.obj, p, sub, spans, pos, endpos, st.lastindex);
  gcTrack(m);
  return m;
}

export function newScanner(pattern: PyObject, string: PyObject, posO: PyObject | null, endO: PyObject | null): PyScanner {
  const p = progOf(pattern);
  const sub = subjectOf(p, string);
  const [pos, endpos] = clampRange(sub, posO, endO);
  pattern.ob_refcnt++;
  string.ob_refcnt++;
  const s = new PyScanner(scannerType!, pattern, string, p, sub, pos, endpos);
  gcTrack(s);
  return s;
}

const M = (o: PyObject) => o as PyMatch;

/** match_getindex: an int-like index or a group name → group number, else IndexError. */
function groupIndex(m: PyMatch, g: PyObject): number {
  let i = -1;
  if (g.type.slots.index !== undefined) {
    const v = A.index(g);
    const x = v.v;
    decref(v);
    i = typeof x === 'number' ? x : -1;
  } else if (m.prog.groupindex !== null && g instanceof PyStr) {
    const r = m.prog.groupindex.getStr(g.s);
    if (r !== null && r.type.slots.index !== undefined) i = A.asSize(r);
  }
  if (i < 0 || i > m.prog.groups) raise(PyExc.IndexError, 'no such group');
  return i;
}

/** Group i's text, or `dflt` (borrowed) when it did not participate. */
function groupText(m: PyMatch, i: number, dflt: PyObject): PyObject {
  const a = m.spans[2 * i]!;
  if (a < 0) { dflt.ob_refcnt++; return dflt; }
  return getslice(m.sub, a, m.spans[2 * i + 1]!);
}

/** pattern.<name>(match, arg): the Python halves of groupdict() and expand() (py/sre_py.ts). */
function callPatternHelper(m: PyMatch, name: string, arg: PyObject): PyObject {
  const f = A.getAttr(m.pattern!, name);
  try {
    return A.call(f, [m, arg]);
  } finally {
    decref(f);
  }
}

function pair(a: number, b: number): PyTuple {
  return tupleSteal([newInt(a), newInt(b)]);
}

function one(name: string, args: PyObject[], kw: readonly string[] | null): number {
  noKw(name, kw);
  nargs(name, args, 0, 1);
  return args.length ? 0 : -1;
}

function initMatchType(): PyType {
  const t = makeStaticType('Match', objectType, {
    repr: (o) => {
      const m = M(o);
      const g0 = groupText(m, 0, None);
      let r: string;
      try {
        r = A.reprJS(g0);
      } finally {
        decref(g0);
      }
      const cps = [...r];
      if (cps.length > 50) r = cps.slice(0, 50).join('');
      return newStr(`<re.Match object; span=(${m.spans[0]}, ${m.spans[1]}), match=${r}>`);
    },
    getitem: (o, k) => groupText(M(o), groupIndex(M(o), k), None),
    traverse: (o: PyObject, visit: Visit) => {
      const m = M(o);
      if (m.string) visit(m.string, RefKindCode.Attr, 'string');
      if (m.regs) visit(m.regs, RefKindCode.Attr, 'regs');
      if (m.pattern) visit(m.pattern, RefKindCode.Attr, 're');
    },
    clear: (o) => {
      const m = M(o);
      const s = m.string, r = m.regs, p = m.pattern;
      m.string = null; m.regs = null; m.pattern = null;
      if (s) decref(s);
      if (r) decref(r);
      if (p) decref(p);
    },
    dealloc: (o) => {
      const m = M(o);
      const s = m.string, r = m.regs, p = m.pattern;
      m.string = null; m.regs = null; m.pattern = null;
      if (s) decref(s);
      if (r) decref(r);
      if (p) decref(p);
    },
    sizeof: (o) => 88 + 16 * (M(o).prog.groups + 1),
  }, { module: 're', basicsize: 88, itemsize: 8, noSubclass: true, flags: TF_HAVE_GC });
  t.tdict = makeImmortal(newDict());
  inheritSlots(t);
  t.slots.new = undefined;
  t.slots.init = undefined;
  // Created after bootstrap's initSlotWrappers: the slot wrappers are added here.
  defWrapper(t, '__repr__', (o) => t.slots.repr!(o!));
  defWrapper(t, '__getitem__', (o, args) => {
    nargs('__getitem__', args, 1, 1, true);
    return t.slots.getitem!(o!, args[0]!);
  });
  defMethods(t, {
    group: (o, args, kw) => {
      noKw('group', kw);
      const m = M(o);
      if (args.length === 0) return groupText(m, 0, None);
      if (args.length === 1) return groupText(m, groupIndex(m, args[0]!), None);
      const items: PyObject[] = [];
      try {
        for (const a of args) items.push(groupText(m, groupIndex(m, a), None));
      } catch (e) {
        for (const x of items) decref(x);
        throw e;
      }
      return tupleSteal(items);
    },
    start: (o, args, kw) => {
      const m = M(o);
      const i = one('start', args, kw) < 0 ? 0 : groupIndex(m, args[0]!);
      return newInt(m.spans[2 * i]!);
    },
    end: (o, args, kw) => {
      const m = M(o);
      const i = one('end', args, kw) < 0 ? 0 : groupIndex(m, args[0]!);
      return newInt(m.spans[2 * i + 1]!);
    },
    span: (o, args, kw) => {
      const m = M(o);
      const i = one('span', args, kw) < 0 ? 0 : groupIndex(m, args[0]!);
      return pair(m.spans[2 * i]!, m.spans[2 * i + 1]!);
    },
    groups: (o, args, kw) => {
      const m = M(o);
      const [d] = bindArgs('groups', args, kw, ['default'], 0);
      const dflt = d ?? None;
      const items: PyObject[] = [];
      for (let i = 1; i <= m.prog.groups; i++) items.push(groupText(m, i, dflt));
      return tupleSteal(items);
    },
    groupdict: (o, args, kw) => {
      const [d] = bindArgs('groupdict', args, kw, ['default'], 0);
      // match_groupdict: the pattern's groupindex in its order, each name through match_getslice.
      const m = M(o);
      const dflt = d ?? None;
      const res = newDict();
      const gi = m.prog.groupindex;
      if (gi === null) return res;
      try {
        for (let k = 0; k < gi.ks.length; k++) {
          const key = gi.ks[k];
          if (!key) continue;
          const v = groupText(m, groupIndex(m, key), dflt);
          try { dictSet(res, key, v); } finally { decref(v); }
        }
      } catch (e) { decref(res); throw e; }
      return res;
    },
    expand: (o, args, kw) => {
      noKw('expand', kw);
      nargs('expand', args, 1, 1, true);
      return callPatternHelper(M(o), '_m_expand', args[0]!);
    },
    __copy__: (o, args, kw) => {
      noKw('__copy__', kw);
      nargs('__copy__', args, 0, 0, true);
      o.ob_refcnt++;
      return o;
    },
    __deepcopy__: (o, args, kw) => {
      noKw('__deepcopy__', kw);
      nargs('__deepcopy__', args, 1, 1, true);
      o.ob_refcnt++;
      return o;
    },
  });
  defMethod(t, '__class_getitem__', (cls, args) => {
    nargs('__class_getitem__', args, 1, 1, true);
    return genericAlias(cls, args[0]!);
  }, 'class');
  const own = (f: (m: PyMatch) => PyObject | null) => (o: PyObject) => {
    const r = f(M(o)) ?? None;
    r.ob_refcnt++;
    return r;
  };
  defGetSet(t, 'string', own((m) => m.string));
  defGetSet(t, 're', own((m) => m.pattern));
  defGetSet(t, 'pos', (o) => newInt(M(o).pos));
  defGetSet(t, 'endpos', (o) => newInt(M(o).endpos));
  defGetSet(t, 'lastindex', (o) => {
    const li = M(o).lastindex;
    if (li >= 0) return newInt(li);
    None.ob_refcnt++;
    return None;
  });
  defGetSet(t, 'lastgroup', (o) => {
    const m = M(o);
    const ig = m.prog.indexgroup;
    if (ig instanceof PyTuple && m.lastindex >= 0 && m.lastindex < ig.items.length) {
      const r = ig.items[m.lastindex]!;
      r.ob_refcnt++;
      return r;
    }
    None.ob_refcnt++;
    return None;
  });
  defGetSet(t, 'regs', (o) => {
    const m = M(o);
    if (m.regs === null) {
      const items: PyObject[] = [];
      for (let i = 0; i <= m.prog.groups; i++) items.push(pair(m.spans[2 * i]!, m.spans[2 * i + 1]!));
      m.regs = tupleSteal(items);
    }
    m.regs.ob_refcnt++;
    return m.regs;
  });
  const doc = newStr('The result of re.match() and re.search().\nMatch objects always have a boolean value of True.');
  t.tdict.setStr('__doc__', doc);
  decref(doc);
  return t;
}

/** scanner.match() / scanner.search(): the next Match from where the last one ended, or None. */
function scan(o: PyObject, mode: number): PyObject {
  const s = o as PyScanner;
  if (s.start < 0 || s.start > s.endpos || s.pattern === null) { None.ob_refcnt++; return None; }
  const st = newState(s.prog, s.sub, s.endpos);
  try {
    if (!runState(st, s.start, mode, s.adv)) {
      s.start = -1;
      None.ob_refcnt++;
      return None;
    }
    const m = newMatch(s.pattern, s.prog, s.sub, st, s.pos, s.endpos);
    s.adv = st.end === st.start;
    s.start = st.end;
    return m;
  } finally {
    releaseState(s.prog, st);
  }
}

function initScannerType(): PyType {
  const drop = (o: PyObject) => {
    const s = o as PyScanner;
    const a = s.string, p = s.pattern;
    s.string = null; s.pattern = null;
    if (a) decref(a);
    if (p) decref(p);
  };
  const t = makeStaticType('SRE_Scanner', objectType, {
    traverse: (o: PyObject, visit: Visit) => {
      const s = o as PyScanner;
      if (s.pattern) visit(s.pattern, RefKindCode.Attr, 'pattern');
      if (s.string) visit(s.string, RefKindCode.Internal, 'string');
    },
    clear: drop,
    dealloc: drop,
    sizeof: () => 240,
  }, { module: '_sre', basicsize: 240, noSubclass: true, flags: TF_HAVE_GC });
  t.tdict = makeImmortal(newDict());
  inheritSlots(t);
  t.slots.new = undefined;
  t.slots.init = undefined;
  defMethods(t, {
    match: (o, args, kw) => { noKw('match', kw); nargs('match', args, 0, 0, true); return scan(o, 0); },
    search: (o, args, kw) => { noKw('search', kw); nargs('search', args, 0, 0, true); return scan(o, 2); },
  });
  defGetSet(t, 'pattern', (o) => {
    const p = (o as PyScanner).pattern ?? None;
    p.ob_refcnt++;
    return p;
  });
  return t;
}

/** Creates the types once (static types, shared by every VM). */
export function initSreTypes(): { match: PyType; scanner: PyType } {
  if (!matchType) matchType = initMatchType();
  if (!scannerType) scannerType = initScannerType();
  return { match: matchType, scanner: scannerType };
}
