/**
 * The `_sre` module: the Python part (py/sre_py.ts: Pattern, compile, template, case helpers) over
 * the TypeScript engine (sre_engine.ts) and the native Match / SRE_Scanner types (sre_match.ts).
 * Pattern's match/fullmatch/search/findall/split/sub/subn are native method descriptors added to
 * the Python class here; `_scanner(pattern, string, pos, endpos)` serves scanner() and finditer().
 * sub's replacement is a literal (str/bytes without a backslash), a template (a _Template from
 * Pattern._template_filter) or a callable (called with a Match).
 * The loops follow Modules/_sre/sre.c's pattern_findall/pattern_split/pattern_subx: each search
 * resumes where the last match ended, an empty match forbids another empty match at the same
 * position (must_advance), slices of an exact str/bytes covering it whole are the object itself.
 */
import type { PyObject } from '../objects/object';
import type { VM } from '../runtime/vm';
import { PyDict } from '../objects/dict';
import { PyStr, newStr, strType } from '../objects/str';
import { newInt } from '../objects/int';
import { PyTuple, tupleSteal } from '../objects/tuple';
import { listSteal } from '../objects/list';
import { None } from '../objects/singletons';
import { newBuiltin, defMethods } from '../objects/builtin_function';
import { bytesOf } from '../objects/bytes';
import { type PyType, invalidateCache } from '../objects/type';
import { bindArgs } from '../runtime/args';
import { raise, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import * as A from '../runtime/abstract';
import { pySourceModule } from './pysource';
import { SRE_SRC } from './py/sre_py';
import type { SreState } from './sre_engine';
import { type Subject, progOf, subjectOf, getslice, clampRange, newState, releaseState, runState } from './sre_support';
import { initSreTypes, newMatch, newScanner } from './sre_match';

/** Group g's slice after a match (g >= 1), or `dflt` (a borrowed reference) when unset. */
function groupSlice(st: SreState, sub: Subject, g: number, dflt: PyObject | null): PyObject {
  const a = st.marks[2 * g - 2]!, b = st.marks[2 * g - 1]!;
  if (a < 0 || b < 0) {
    if (dflt === null) return getslice(sub, 0, 0);
    dflt.ob_refcnt++;
    return dflt;
  }
  return getslice(sub, a, b);
}

function none(): PyObject {
  None.ob_refcnt++;
  return None;
}

/** `sep.join(items)` with str.join / bytes.join's own checks and messages; steals `items`. */
function joinItems(sub: Subject, items: PyObject[]): PyObject {
  const joiner = getslice(sub, 0, 0);
  if (items.length === 0) return joiner;
  if (!sub.isbytes) {
    let all = true;
    for (let i = 0; i < items.length; i++) if (items[i]!.type !== strType) { all = false; break; }
    if (all) {
      decref(joiner);
      if (items.length === 1) return items[0]!;
      let s = '';
      for (let i = 0; i < items.length; i++) { s += (items[i] as PyStr).s; decref(items[i]!); }
      return newStr(s);
    }
  }
  const list = listSteal(items);
  try {
    const join = A.getAttr(joiner, 'join');
    try {
      return A.call(join, [list]);
    } finally {
      decref(join);
    }
  } finally {
    decref(list);
    decref(joiner);
  }
}

export function makeSreModule(vm: VM): PyObject {
  const m = pySourceModule('_sre', SRE_SRC)(vm);
  const d = A.dictOf(m) as PyDict;
  const types = initSreTypes();
  d.setStr('Match', types.match);
  const def = (name: string, fn: (args: PyObject[]) => PyObject): void => {
    const f = newBuiltin(name, (_s, args) => fn(args as PyObject[]), m);
    d.setStr(name, f);
    decref(f);
  };

  function exec(pat: PyObject, string: PyObject, posO: PyObject | null, endO: PyObject | null, mode: number): PyObject {
    const p = progOf(pat);
    const sub = subjectOf(p, string);
    const [pos, endpos] = clampRange(sub, posO, endO);
    if (endpos < pos) return none();
    const st = newState(p, sub, endpos);
    try {
      if (!runState(st, pos, mode, false)) return none();
      return newMatch(pat, p, sub, st, pos, endpos);
    } finally {
      releaseState(p, st);
    }
  }

  // (scanner()/finditer() are Python methods: their endpos default is None, not sys.maxsize.)
  def('_scanner', (args) => newScanner(args[0]!, args[1]!, args[2]!, args[3] === None ? null : args[3]!));

  function findall(pat: PyObject, string: PyObject, posO: PyObject | null, endO: PyObject | null): PyObject {
    const p = progOf(pat);
    const sub = subjectOf(p, string);
    const [pos, endpos] = clampRange(sub, posO, endO);
    const out: PyObject[] = [];
    let stHolder: SreState | null = null;
    try {
      if (endpos < pos) return listSteal(out);
      const st = stHolder = newState(p, sub, endpos);
      let start = pos;
      let adv = false;
      while (start <= endpos) {
        if (!runState(st, start, 2, adv)) break;
        let item: PyObject;
        if (p.groups === 0) item = getslice(sub, st.start, st.end);
        else if (p.groups === 1) item = groupSlice(st, sub, 1, null);
        else {
          const t: PyObject[] = [];
          for (let g = 1; g <= p.groups; g++) t.push(groupSlice(st, sub, g, null));
          item = tupleSteal(t);
        }
        out.push(item);
        adv = st.end === st.start;
        start = st.end;
      }
    } catch (e) {
      for (const x of out) decref(x);
      throw e;
    } finally {
      if (stHolder) releaseState(p, stHolder);
    }
    return listSteal(out);
  }

  function split(pat: PyObject, string: PyObject, maxO: PyObject | null): PyObject {
    const p = progOf(pat);
    const sub = subjectOf(p, string);
    const maxsplit = maxO === null ? 0 : A.asSize(maxO);
    const out: PyObject[] = [];
    let stHolder: SreState | null = null;
    try {
      const endpos = sub.n;
      const st = stHolder = newState(p, sub, endpos);
      let last = 0, start = 0, n = 0;
      let adv = false;
      while (maxsplit <= 0 || n < maxsplit) {
        if (!runState(st, start, 2, adv)) break;
        out.push(getslice(sub, last, st.start));
        for (let g = 1; g <= p.groups; g++) out.push(groupSlice(st, sub, g, None));
        n++;
        adv = st.end === st.start;
        last = start = st.end;
      }
      out.push(getslice(sub, last, endpos));
    } catch (e) {
      for (const x of out) decref(x);
      throw e;
    } finally {
      if (stHolder) releaseState(p, stHolder);
    }
    return listSteal(out);
  }

  /** pattern_subx: (new string, number of substitutions); `filt` as subFilter returned it. */
  function subx(pat: PyObject, filt: PyObject, kind: number, string: PyObject, countO: PyObject | null): PyObject {
    const p = progOf(pat);
    const sub = subjectOf(p, string);
    const count = countO === null ? 0 : A.asSize(countO);
    let tItems: PyObject[] = [];
    if (kind === 1) {
      const it = A.getAttr(filt, 'items');
      tItems = A.toArray(it);
      decref(it);
    }
    const out: PyObject[] = [];
    let n = 0;
    let stHolder: SreState | null = null;
    try {
      const endpos = sub.n;
      const st = stHolder = newState(p, sub, endpos);
      let i = 0, start = 0;
      let adv = false;
      while (count <= 0 || n < count) {
        if (!runState(st, start, 2, adv)) break;
        const b = st.start, e = st.end;
        if (i < b) out.push(getslice(sub, i, b));
        if (kind === 0) {
          filt.ob_refcnt++;
          out.push(filt);
        } else if (kind === 1) {
          for (let k = 0; k < tItems.length; k++) {
            const x = tItems[k]!;
            if (k % 2 === 0) {
              if (A.isTrue(x)) { x.ob_refcnt++; out.push(x); }
            } else {
              const g = A.asSize(x);
              if (g === 0) out.push(getslice(sub, b, e));
              else if (g < 0 || g > p.groups) raise(PyExc.IndexError, 'no such group');
              else if (st.marks[2 * g - 2]! >= 0 && st.marks[2 * g - 1]! >= 0) out.push(groupSlice(st, sub, g, null));
            }
          }
        } else {
          const mo = newMatch(pat, p, sub, st, 0, endpos);
          let r: PyObject;
          try {
            r = A.call(filt, [mo]);
          } finally {
            decref(mo);
          }
          if (r === None) decref(r);
          else out.push(r);
        }
        i = e;
        n++;
        adv = st.end === st.start;
        start = st.end;
      }
      if (i < endpos) out.push(getslice(sub, i, endpos));
    } catch (e) {
      for (const x of out) decref(x);
      for (const x of tItems) decref(x);
      throw e;
    } finally {
      if (stHolder) releaseState(p, stHolder);
    }
    for (const x of tItems) decref(x);
    const res = joinItems(sub, out);
    return tupleSteal([res, newInt(n)]);
  }
  /** The filter and its kind for a replacement (0 literal, 1 template, 2 callable); new reference. */
  function subFilter(pat: PyObject, repl: PyObject): [PyObject, number] {
    if (repl.type.slots.call !== undefined) { repl.ob_refcnt++; return [repl, 2]; }
    let literal = false;
    if (repl instanceof PyStr) literal = repl.s.indexOf('\\') < 0;
    else {
      const b = bytesOf(repl);
      if (b !== null) literal = b.indexOf(92) < 0;
    }
    if (literal) { repl.ob_refcnt++; return [repl, 0]; }
    const f = A.getAttr(pat, '_template_filter');
    let r: PyObject;
    try {
      r = A.call(f, [repl]);
    } finally {
      decref(f);
    }
    const [filt, kind] = (r as PyTuple).items;
    filt!.ob_refcnt++;
    const k = A.asSize(kind!);
    decref(r);
    return [filt!, k];
  }

  function subEntry(pat: PyObject, args: PyObject[], kw: readonly string[] | null, name: string): PyObject {
    const [repl, string, countO] = bindArgs(name, args, kw, ['repl', 'string', 'count'], 2);
    const [filt, kind] = subFilter(pat, repl!);
    try {
      return subx(pat, filt, kind, string!, countO);
    } finally {
      decref(filt);
    }
  }

  // Pattern's matching methods are method descriptors, as in CPython (the class is Python).
  const patType = d.getStr('Pattern') as PyType;
  const execM = (name: string, mode: number) => (o: PyObject, args: PyObject[], kw: readonly string[] | null): PyObject => {
    if (kw === null && args.length === 1) return exec(o, args[0]!, null, null, mode);
    const [string, pos, end] = bindArgs(name, args, kw, ['string', 'pos', 'endpos'], 1);
    return exec(o, string!, pos, end, mode);
  };
  defMethods(patType, {
    match: execM('match', 0),
    fullmatch: execM('fullmatch', 1),
    search: execM('search', 2),
    findall: (o, args, kw) => {
      if (kw === null && args.length === 1) return findall(o, args[0]!, null, null);
      const [string, pos, end] = bindArgs('findall', args, kw, ['string', 'pos', 'endpos'], 1);
      return findall(o, string!, pos, end);
    },
    split: (o, args, kw) => {
      const [string, maxsplit] = bindArgs('split', args, kw, ['string', 'maxsplit'], 1);
      return split(o, string!, maxsplit);
    },
    sub: (o, args, kw) => {
      const r = subEntry(o, args, kw, 'sub') as PyTuple;
      const s = r.items[0]!;
      s.ob_refcnt++;
      decref(r);
      return s;
    },
    subn: (o, args, kw) => subEntry(o, args, kw, 'subn'),
  });
  invalidateCache(patType);
  return m;
}

