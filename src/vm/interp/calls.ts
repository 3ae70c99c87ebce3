/**
 * Binding call arguments into a new frame's fast locals (CPython's initialize_locals), with the
 * exact TypeError messages of Python/ceval.c. Arguments are STOLEN: each value in `args` is an
 * owned reference that ends up in the frame (or is released on error).
 */
import type { PyObject } from '../objects/object';
import { CO_VARARGS, CO_VARKEYWORDS } from '../bytecode/code';
import type { PyFunction } from '../objects/function';
import { PyDict, newDict, dictGetStr } from '../objects/dict';
import { tupleSteal, emptyTuple } from '../objects/tuple';
import { newStr, intern } from '../objects/str';
import { raise, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';

/** The function's __qualname__ (3.12's argument errors name the function object, not its code). */
function qualOf(fn: PyFunction): string {
  return fn.qualname.s;
}

function quoteList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0]!;
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return q.slice(0, -1).join(', ') + ', and ' + q[q.length - 1];
}

/**
 * Fills lp[0..] for calling `fn` with `nargs` positional values at args[off..] followed by
 * keyword values named by kwnames. All values are stolen.
 */
export function bindArgs(fn: PyFunction, lp: (PyObject | null)[], args: (PyObject | null)[], off: number, total: number, kwnames: readonly string[] | null): void {
  const co = fn.code.co;
  const nk = kwnames ? kwnames.length : 0;
  const npos = total - nk;
  const argcount = co.co_argcount;
  const kwonly = co.co_kwonlyargcount;
  const flags = co.co_flags;
  const names = co.co_localsplusnames;
  let kwdict: PyDict | null = null;
  let i = argcount + kwonly;
  const varargsIdx = flags & CO_VARARGS ? i++ : -1;
  const kwargsIdx = flags & CO_VARKEYWORDS ? i++ : -1;
  const release = (from: number) => { for (let j = from; j < total; j++) { const v = args[off + j]; if (v) { args[off + j] = null; decref(v); } } };
  try {
    if (kwargsIdx >= 0) { kwdict = newDict(); lp[kwargsIdx] = kwdict; }
    const n = Math.min(npos, argcount);
    for (let j = 0; j < n; j++) { lp[j] = args[off + j]!; args[off + j] = null; }
    if (varargsIdx >= 0) {
      const extra: PyObject[] = [];
      for (let j = argcount; j < npos; j++) { extra.push(args[off + j]!); args[off + j] = null; }
      lp[varargsIdx] = extra.length ? tupleSteal(extra) : (emptyTuple.ob_refcnt++, emptyTuple);
    }
    // Keywords (before the positional count check, as initialize_locals orders its errors).
    for (let j = 0; j < nk; j++) {
      const name = kwnames![j]!;
      const v = args[off + npos + j]!;
      let idx = -1;
      for (let p = co.co_posonlyargcount; p < argcount + kwonly; p++) if (names[p] === name) { idx = p; break; }
      if (idx < 0) {
        if (kwdict === null) {
          // Every positional-only name given as a keyword, in parameter order.
          const posonly = names.slice(0, co.co_posonlyargcount).filter((p) => kwnames!.includes(p));
          if (posonly.length) raise(PyExc.TypeError, `${qualOf(fn)}() got some positional-only arguments passed as keyword arguments: '${posonly.join(', ')}'`);
          raise(PyExc.TypeError, `${qualOf(fn)}() got an unexpected keyword argument '${name}'`);
        }
        const k = intern(name);
        if (dictGetStr(kwdict, name) !== null) raise(PyExc.TypeError, `${qualOf(fn)}() got multiple values for argument '${name}'`);
        kwdict.set(k, v);
        args[off + npos + j] = null;
        decref(v);
        continue;
      }
      if (lp[idx] !== null) raise(PyExc.TypeError, `${qualOf(fn)}() got multiple values for argument '${name}'`);
      lp[idx] = v;
      args[off + npos + j] = null;
    }
    if (npos > argcount && varargsIdx < 0) tooManyPositional(fn, npos, nk, lp);
    // Defaults.
    if (npos < argcount) {
      const defs = fn.defaults ? fn.defaults.items : [];
      const firstDefault = argcount - defs.length;
      const missing: string[] = [];
      for (let j = npos; j < argcount; j++) {
        if (lp[j] !== null) continue;
        if (j >= firstDefault) { const d = defs[j - firstDefault]!; d.ob_refcnt++; lp[j] = d; }
        else missing.push(names[j]!);
      }
      if (missing.length) raise(PyExc.TypeError, `${qualOf(fn)}() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${quoteList(missing)}`);
    }
    if (kwonly) {
      const missing: string[] = [];
      for (let j = argcount; j < argcount + kwonly; j++) {
        if (lp[j] !== null) continue;
        const d = fn.kwdefaults ? dictGetStr(fn.kwdefaults, names[j]!) : null;
        if (d) { d.ob_refcnt++; lp[j] = d; } else missing.push(names[j]!);
      }
      if (missing.length) raise(PyExc.TypeError, `${qualOf(fn)}() missing ${missing.length} required keyword-only argument${missing.length > 1 ? 's' : ''}: ${quoteList(missing)}`);
    }
  } catch (e) {
    release(0);
    throw e;
  }
  void newStr;
}

function tooManyPositional(fn: PyFunction, given: number, nk: number, lp: (PyObject | null)[]): never {
  const co = fn.code.co;
  const argcount = co.co_argcount;
  const defcount = fn.defaults ? fn.defaults.items.length : 0;
  let kwonlyGiven = 0;
  for (let j = argcount; j < argcount + co.co_kwonlyargcount; j++) if (lp[j] !== null) kwonlyGiven++;
  void nk;
  const plural = (n: number) => (n === 1 ? '' : 's');
  let sig: string;
  if (defcount) sig = `from ${argcount - defcount} to ${argcount} positional argument${plural(argcount)}`;
  else sig = `${argcount} positional argument${plural(argcount)}`;
  let kwMsg = '';
  if (kwonlyGiven) kwMsg = ` positional argument${plural(given)} (and ${kwonlyGiven} keyword-only argument${plural(kwonlyGiven)})`;
  raise(PyExc.TypeError, `${qualOf(fn)}() takes ${sig} but ${given}${kwMsg} ${given === 1 && !kwonlyGiven ? 'was' : 'were'} given`);
}
