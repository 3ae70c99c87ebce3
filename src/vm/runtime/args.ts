/**
 * Argument checking for builtins with CPython's messages (METH_O, METH_NOARGS, Argument Clinic).
 */
import type { PyObject } from '../objects/object';
import { raise, PyExc } from './errors';

export function noKw(fname: string, kwnames: readonly string[] | null): void {
  if (kwnames && kwnames.length) raise(PyExc.TypeError, `${fname}() takes no keyword arguments`);
}

/** Positional count check; `exactStyle` gives METH_O / METH_NOARGS wording. */
export function nargs(fname: string, args: readonly PyObject[], min: number, max: number, exactStyle = false): void {
  const n = args.length;
  if (n >= min && n <= max) return;
  if (exactStyle && min === max) {
    if (min === 0) raise(PyExc.TypeError, `${fname}() takes no arguments (${n} given)`);
    if (min === 1) raise(PyExc.TypeError, `${fname}() takes exactly one argument (${n} given)`);
  }
  const short = fname.includes('.') ? fname.slice(fname.lastIndexOf('.') + 1) : fname;
  if (n < min) raise(PyExc.TypeError, `${short} expected ${min === max ? '' : 'at least '}${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  raise(PyExc.TypeError, `${short} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/**
 * Binds positional + keyword arguments to `names` (Argument Clinic style). Returns an array of
 * borrowed values, null for missing optional parameters. `npos` = parameters accepting positional.
 */
export function bindArgs(fname: string, args: readonly PyObject[], kwnames: readonly string[] | null, names: readonly string[], required: number, npos = names.length): (PyObject | null)[] {
  const nk = kwnames ? kwnames.length : 0;
  const np = args.length - nk;
  const out: (PyObject | null)[] = new Array(names.length).fill(null);
  if (np > npos) {
    raise(PyExc.TypeError, `${fname}() takes ${required === npos ? '' : 'at most '}${npos} positional argument${npos === 1 ? '' : 's'} (${np} given)`);
  }
  for (let i = 0; i < np; i++) out[i] = args[i]!;
  for (let j = 0; j < nk; j++) {
    const k = kwnames![j]!;
    const idx = names.indexOf(k);
    if (idx < 0) raise(PyExc.TypeError, `${fname}() got an unexpected keyword argument '${k}'`);
    if (out[idx] !== null) raise(PyExc.TypeError, `argument for ${fname}() given by name ('${k}') and position (${idx + 1})`);
    out[idx] = args[np + j]!;
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === null) {
      if (i < np || kwnames) raise(PyExc.TypeError, `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
      raise(PyExc.TypeError, `${fname}() takes ${required === npos ? 'exactly' : 'at least'} ${required} argument${required === 1 ? '' : 's'} (${np} given)`);
    }
  }
  return out;
}
