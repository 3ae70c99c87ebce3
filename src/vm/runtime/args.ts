/**
 * Argument checking for builtins with CPython's messages (METH_O, METH_NOARGS, Argument Clinic).
 */
import type { PyObject } from '../objects/object';
import { raise, PyExc } from './errors';
import { nullArray } from '../util/arrays';

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
  raise(PyExc.TypeError, `${short} expected ${min === max ? '' : 'at most '}${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/**
 * Binds positional + keyword arguments to `names` (Argument Clinic style, the checks and their
 * order of _PyArg_UnpackKeywords). Returns an array of borrowed values, null for missing optional
 * parameters. `npos` = parameters accepting positional values; the first `posonly` of them are
 * positional-only; parameters after `npos` are keyword-only; the first `required` are required.
 */
export function bindArgs(fname: string, args: readonly PyObject[], kwnames: readonly string[] | null, names: readonly string[], required: number, npos = names.length, posonly = 0): (PyObject | null)[] {
  const nk = kwnames ? kwnames.length : 0;
  const np = args.length - nk;
  const out: (PyObject | null)[] = nullArray<PyObject>(names.length);
  const maxargs = names.length;
  const minpos = Math.min(required, npos);
  if (nk === 0 && np >= minpos && np <= npos) {
    for (let i = 0; i < np; i++) out[i] = args[i]!;
    return out;
  }
  if (np + nk > maxargs) {
    raise(PyExc.TypeError, `${fname}() takes at most ${maxargs} ${np === 0 ? 'keyword ' : ''}argument${maxargs === 1 ? '' : 's'} (${np + nk} given)`);
  }
  if (np > npos) {
    if (npos === 0) raise(PyExc.TypeError, `${fname}() takes no positional arguments`);
    raise(PyExc.TypeError, `${fname}() takes ${minpos < npos ? 'at most' : 'exactly'} ${npos} positional argument${npos === 1 ? '' : 's'} (${np} given)`);
  }
  const minposonly = Math.min(posonly, minpos);
  if (np < minposonly) {
    raise(PyExc.TypeError, `${fname}() takes ${minposonly < npos ? 'at least' : 'exactly'} ${minposonly} positional argument${minposonly === 1 ? '' : 's'} (${np} given)`);
  }
  for (let i = 0; i < np; i++) out[i] = args[i]!;
  let left = nk;
  for (let i = Math.max(np, posonly); i < maxargs; i++) {
    let cur: PyObject | null = null;
    if (left) {
      const j = kwnames!.indexOf(names[i]!);
      if (j >= 0) cur = args[np + j]!;
    } else if (i >= minpos) break;
    out[i] = cur;
    if (cur) left--;
    else if (i < minpos) raise(PyExc.TypeError, `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  if (left > 0) {
    for (let i = posonly; i < np; i++) {
      if (kwnames!.includes(names[i]!)) raise(PyExc.TypeError, `argument for ${fname}() given by name ('${names[i]}') and position (${i + 1})`);
    }
    for (const k of kwnames!) {
      if (names.indexOf(k) < posonly) raise(PyExc.TypeError, `'${k}' is an invalid keyword argument for ${fname}()`);
    }
  }
  return out;
}
