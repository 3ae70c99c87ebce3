/**
 * What `_sre`'s native parts share: a Pattern's compiled program (`Prog`, built once per Pattern
 * object from its `_code`, `pattern`, `groups`, `_groupindex`, `_indexgroup` attributes, which
 * never change), the subject of a match (`Subject`: a JS string read by UTF-16 unit when those are
 * its code points, else code point / byte array) and sre.c's getslice.
 */
import type { PyObject } from '../objects/object';
import { PyDict } from '../objects/dict';
import { PyStr, newStr, strType } from '../objects/str';
import { PyBytes, newBytes, bytesOf, bytesType } from '../objects/bytes';
import { PyInt, newInt } from '../objects/int';
import { sliceSteal } from '../objects/slice';
import { None } from '../objects/singletons';
import { raise, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import * as A from '../runtime/abstract';
import { SreProgram, SreState } from './sre_engine';

/**
 * isbytes: null when the Pattern has no source (re.Scanner's): either kind of subject is accepted.
 * groupindex / indexgroup are borrowed from the Pattern (alive while it is).
 */
export interface Prog {
  prog: SreProgram;
  isbytes: boolean | null;
  groups: number;
  groupindex: PyDict | null;
  indexgroup: PyObject | null;
  /** A state not in use, kept for the next call (a callable sub repl may re-enter the pattern). */
  idle: SreState | null;
}

const progCache = new WeakMap<PyObject, Prog>();
const codeCache = new WeakMap<PyObject, SreProgram>();

function programOf(code: PyObject): SreProgram {
  let p = codeCache.get(code);
  if (p) return p;
  const items = A.toArray(code);
  const arr = new Uint32Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const x = items[i]!;
    arr[i] = x instanceof PyInt ? Number(x.v) : 0;
    decref(x);
  }
  p = new SreProgram(arr);
  codeCache.set(code, p);
  return p;
}

export function progOf(pat: PyObject): Prog {
  let p = progCache.get(pat);
  if (p) return p;
  const code = A.getAttr(pat, '_code');
  const src = A.getAttr(pat, 'pattern');
  const g = A.getAttr(pat, 'groups');
  const gi = A.getAttr(pat, '_groupindex');
  const ig = A.getAttr(pat, '_indexgroup');
  p = {
    prog: programOf(code), isbytes: src === None ? null : !(src instanceof PyStr), groups: A.asSize(g),
    groupindex: gi instanceof PyDict ? gi : null, indexgroup: ig === None ? null : ig, idle: null,
  };
  decref(code); decref(src); decref(g); decref(gi); decref(ig);
  progCache.set(pat, p);
  return p;
}

/** The subject's characters: `str` read with charCodeAt when `arr` is null. `obj` is borrowed. */
export interface Subject { obj: PyObject; str: string; arr: ArrayLike<number> | null; n: number; isbytes: boolean }

export function subjectOf(prog: Prog, o: PyObject): Subject {
  let sub: Subject;
  if (o instanceof PyStr) {
    sub = o.simple ? { obj: o, str: o.s, arr: null, n: o.s.length, isbytes: false } : { obj: o, str: '', arr: o.cps(), n: o.n, isbytes: false };
  } else {
    const b = bytesOf(o);
    if (b === null) raise(PyExc.TypeError, `expected string or bytes-like object, got '${o.type.name}'`);
    sub = { obj: o, str: '', arr: b, n: b.length, isbytes: true };
  }
  if (prog.isbytes !== null && prog.isbytes !== sub.isbytes) {
    raise(PyExc.TypeError, prog.isbytes ? 'cannot use a bytes pattern on a string-like object' : 'cannot use a string pattern on a bytes-like object');
  }
  return sub;
}

/** New reference to subject[a:b] (getslice in sre.c: an exact str/bytes taken whole is itself). */
export function getslice(sub: Subject, a: number, b: number): PyObject {
  const o = sub.obj;
  if (o instanceof PyStr) {
    if (a === 0 && b === sub.n && o.type === strType) { o.ob_refcnt++; return o; }
    return newStr(sub.arr === null ? sub.str.slice(a, b) : o.slice(a, b));
  }
  if (o.type === bytesType) {
    if (a === 0 && b === sub.n) { o.ob_refcnt++; return o; }
    return newBytes((o as PyBytes).bytes.slice(a, b));
  }
  None.ob_refcnt++;
  const sl = sliceSteal(newInt(a), newInt(b), None);
  try {
    return A.getItem(o, sl);
  } finally {
    decref(sl);
  }
}

/** pos / endpos clamped to the subject as state_init does (null: not given; None is a TypeError). */
export function clampRange(sub: Subject, posO: PyObject | null, endO: PyObject | null): [number, number] {
  let pos = posO === null ? 0 : A.asSize(posO);
  let endpos = endO === null ? sub.n : A.asSize(endO);
  if (pos < 0) pos = 0;
  else if (pos > sub.n) pos = sub.n;
  if (endpos > sub.n) endpos = sub.n;
  else if (endpos < 0) endpos = 0;
  return [pos, endpos];
}

/** A matching state for the subject: the Pattern's idle one when free; give it back with releaseState. */
export function newState(p: Prog, sub: Subject, endpos: number): SreState {
  const st = p.idle;
  if (st !== null) {
    p.idle = null;
    st.reset(sub.str, sub.arr, endpos);
    return st;
  }
  return new SreState(p.prog, sub.str, sub.arr, endpos, p.groups);
}

/** Returns a state to its Pattern once nothing reads it any more (it must not keep the subject). */
export function releaseState(p: Prog, st: SreState): void {
  st.reset('', null, 0);
  p.idle = st;
}

/** SreState.run with the engine's own failures ('sre: …') as RuntimeError. */
export function runState(st: SreState, pos: number, mode: number, mustAdvance: boolean): boolean {
  try {
    return st.run(pos, mode, mustAdvance);
  } catch (e) {
    if (e instanceof Error && /^sre:/.test(e.message)) raise(PyExc.RuntimeError, e.message);
    throw e;
  }
}
