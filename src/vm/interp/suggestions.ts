/**
 * "Did you mean" suggestions for uncaught NameError / AttributeError (Python/suggestions.c of 3.12):
 * Levenshtein distance over UTF-8 bytes with move cost 2 and case-change cost 1, at most 750
 * candidates, names up to 40 bytes, no more than a third of the characters changed.
 */
import type { PyObject } from '../objects/object';
import { PyBaseException } from '../objects/exceptions';
import { PyTraceback } from '../objects/traceback';
import { PyStr } from '../objects/str';
import { PyDict } from '../objects/dict';
import { PyExc } from '../runtime/errors';
import { vmHooks } from '../runtime/hooks';
import { strRepr } from '../objects/str';
import { STDLIB_MODULE_NAMES } from '../modules/stdlib_names';

const MOVE = 2, CASE = 1, MAX_ITEMS = 750, MAX_SIZE = 40;

function subCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE;
  if (a === b) return 0;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  return a === b ? CASE : MOVE;
}

export function levenshtein(a0: Uint8Array, b0: Uint8Array, maxCost: number): number {
  let a = a0, b = b0;
  let s = 0;
  while (s < a.length && s < b.length && a[s] === b[s]) s++;
  a = a.subarray(s); b = b.subarray(s);
  let e = 0;
  while (e < a.length && e < b.length && a[a.length - 1 - e] === b[b.length - 1 - e]) e++;
  a = a.subarray(0, a.length - e); b = b.subarray(0, b.length - e);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE;
  if (a.length > MAX_SIZE || b.length > MAX_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE > maxCost) return maxCost + 1;
  const buf = new Array(a.length);
  for (let i = 0; i < a.length; i++) buf[i] = (i + 1) * MOVE;
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const code = b[bi]!;
    let distance = (result = bi * MOVE);
    let minimum = Infinity;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + subCost(code, a[i]!);
      distance = buf[i];
      const insDel = Math.min(result, distance) + MOVE;
      result = Math.min(insDel, substitute);
      buf[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

const enc = new TextEncoder();

export function calculateSuggestion(dir: string[], name: string): string | null {
  if (dir.length >= MAX_ITEMS) return null;
  const nb = enc.encode(name);
  let best = Infinity;
  let sugg: string | null = null;
  for (const item of dir) {
    if (item === name) continue;
    const ib = enc.encode(item);
    let max = Math.floor(((nb.length + ib.length + 3) * MOVE) / 6);
    max = Math.min(max, best - 1);
    const d = levenshtein(nb, ib, max);
    if (d > max) continue;
    if (sugg === null || d < best) { sugg = item; best = d; }
  }
  return sugg;
}

function dictKeys(d: PyObject | null): string[] {
  if (!(d instanceof PyDict)) return [];
  const out: string[] = [];
  for (const k of d.ks) if (k instanceof PyStr) out.push(k.s);
  return out;
}

/** The text CPython appends to the message: ". Did you mean: 'x'?" and the import hints. */
export function suggestionTrailer(e: PyBaseException): string {
  const ex = e as PyBaseException & { nameAttr?: string; objAttr?: PyObject | null; nameFrom?: string };
  const name = ex.nameAttr;
  if (e.type === PyExc.NameError || e.type === PyExc.UnboundLocalError) {
    if (typeof name !== 'string') return '';
    const s = nameErrorSuggestion(e, name);
    if (!STDLIB_MODULE_NAMES.has(name)) return s === null ? '' : `. Did you mean: ${strRepr(s)}?`;
    if (s === null) return `. Did you forget to import ${strRepr(name)}?`;
    return `. Did you mean: ${strRepr(s)}? Or did you forget to import ${strRepr(name)}?`;
  }
  if (e.type.isSubtype(PyExc.AttributeError!)) {
    if (typeof name !== 'string' || !ex.objAttr) return '';
    let dir: string[];
    try { dir = vmHooks.dirNames(ex.objAttr); } catch { return ''; }
    const s = calculateSuggestion(dir, name);
    return s === null ? '' : `. Did you mean: ${strRepr(s)}?`;
  }
  if (e.type === PyExc.ImportError && typeof ex.nameFrom === 'string' && typeof name === 'string') {
    const mod = vmHooks.moduleByName(name);
    if (!mod) return '';
    let dir: string[];
    try { dir = vmHooks.dirNames(mod); } catch { return ''; }
    const s = calculateSuggestion(dir, ex.nameFrom);
    return s === null ? '' : `. Did you mean: ${strRepr(s)}?`;
  }
  return '';
}

function nameErrorSuggestion(e: PyBaseException, name: string): string | null {
  let tb = e.traceback as PyTraceback | null;
  if (!tb) return null;
  while (tb.next) tb = tb.next;
  const f = tb.frame.f;
  const co = f.code.co;
  const varnames = co.co_localsplusnames.filter((_, i) => (co.co_localspluskinds[i]! & 0x20) !== 0);
  if (varnames.includes('self')) {
    const idx = co.co_localsplusnames.indexOf('self');
    let self = f.lp[idx] ?? null;
    if (self && self.type.name === 'cell' && (co.co_localspluskinds[idx]! & 0x40)) self = (self as unknown as { ref: PyObject | null }).ref;
    if (self && vmHooks.hasAttr(self, name)) return `self.${name}`;
  }
  let s = calculateSuggestion(varnames, name);
  if (s) return s;
  s = calculateSuggestion(dictKeys(f.globals), name);
  if (s) return s;
  return calculateSuggestion(dictKeys(f.builtins), name);
}
