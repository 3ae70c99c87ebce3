/**
 * The `_sre` module: the Python part (py/sre_py.ts: Pattern, compile, template, case helpers) over
 * the TypeScript engine (sre_engine.ts) and the native Match / SRE_Scanner types (sre_match.ts).
 * Native entry points (private to the Python part):
 *   _exec(pattern, string, pos, endpos, mode) → Match or None; mode 0 match, 1 fullmatch, 2 search
 *   _scanner(pattern, string, pos, endpos) → SRE_Scanner
 *   _findall(pattern, string, pos, endpos) → list
 *   _split(pattern, string, maxsplit) → list
 *   _subx(pattern, filter, string, count, kind) → (new string, n); kind 0 literal, 1 template
 *     (a _Template), 2 callable (called with a Match)
 * The loops follow Modules/_sre/sre.c's pattern_findall/pattern_split/pattern_subx: each search
 * resumes where the last match ended, an empty match forbids another empty match at the same
 * position (must_advance), slices of an exact str/bytes covering it whole are the object itself.
 */
import type { PyObject } from '../objects/object';
import type { VM } from '../runtime/vm';
import { PyDict } from '../objects/dict';
import { PyStr, newStr, strType } from '../objects/str';
import { newInt } from '../objects/int';
import { tupleSteal } from '../objects/tuple';
import { listSteal } from '../objects/list';
import { None } from '../objects/singletons';
import { newBuiltin } from '../objects/builtin_function';
import { raise, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import * as A from '../runtime/abstract';
import { pySourceModule } from './pysource';
import { SRE_SRC } from './py/sre_py';
import type { SreState } from './sre_engine';
import { type Subject, progOf, subjectOf, getslice, clampRange, newState, runState } from './sre_support';
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

  def('_exec', (args) => {
    const [pat, string, posO, endO, modeO] = args;
    const p = progOf(pat!);
    const sub = subjectOf(p, string!);
    const [pos, endpos] = clampRange(sub, posO!, endO!);
    if (endpos < pos) return none();
    const st = newState(p, sub, endpos);
    if (!runState(st, pos, A.asSize(modeO!), false)) return none();
    return newMatch(pat!, p, sub, st, pos, endpos);
  });

  def('_scanner', (args) => newScanner(args[0]!, args[1]!, args[2]!, args[3]!));

  def('_findall', (args) => {
    const [pat, string, posO, endO] = args;
    const p = progOf(pat!);
    const sub = subjectOf(p, string!);
    const [pos, endpos] = clampRange(sub, posO!, endO!);
    const out: PyObject[] = [];
    try {
      if (endpos < pos) return listSteal(out);
      const st = newState(p, sub, endpos);
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
    }
    return listSteal(out);
  });

  def('_split', (args) => {
    const [pat, string, maxO] = args;
    const p = progOf(pat!);
    const sub = subjectOf(p, string!);
    const maxsplit = A.asSize(maxO!);
    const out: PyObject[] = [];
    try {
      const endpos = sub.n;
      const st = newState(p, sub, endpos);
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
    }
    return listSteal(out);
  });

  def('_subx', (args) => {
    const [pat, filt, string, countO, kindO] = args;
    const p = progOf(pat!);
    const sub = subjectOf(p, string!);
    const count = A.asSize(countO!);
    const kind = A.asSize(kindO!);
    let tItems: PyObject[] = [];
    if (kind === 1) {
      const it = A.getAttr(filt!, 'items');
      tItems = A.toArray(it);
      decref(it);
    }
    const out: PyObject[] = [];
    let n = 0;
    try {
      const endpos = sub.n;
      const st = newState(p, sub, endpos);
      let i = 0, start = 0;
      let adv = false;
      while (count <= 0 || n < count) {
        if (!runState(st, start, 2, adv)) break;
        const b = st.start, e = st.end;
        if (i < b) out.push(getslice(sub, i, b));
        if (kind === 0) {
          filt!.ob_refcnt++;
          out.push(filt!);
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
          const mo = newMatch(pat!, p, sub, st, 0, endpos);
          let r: PyObject;
          try {
            r = A.call(filt!, [mo]);
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
    }
    for (const x of tItems) decref(x);
    const res = joinItems(sub, out);
    return tupleSteal([res, newInt(n)]);
  });
  return m;
}

