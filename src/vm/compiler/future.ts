/**
 * `from __future__ import ...` handling: CPython 3.12's Python/future.c. Only future imports
 * at the very top of a module (after an optional docstring) count; the compiler later rejects
 * later ones using `location`.
 */
import type * as A from '../ast/nodes';
import { PySyntaxError } from './errors';
import { NO_LOCATION, type Location } from './instr';

export const CO_FUTURE_BARRY_AS_BDFL = 0x400000;
export const CO_FUTURE_ANNOTATIONS = 0x1000000;

const ACCEPTED = new Set(['nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement',
  'print_function', 'unicode_literals', 'generator_stop']);

export interface FutureFeatures {
  features: number;
  /** Location of the last leading `from __future__` statement (NO_LOCATION if none). */
  location: Location;
}

/** The docstring of a body: its first statement when it is a str constant expression. */
export function getDocString(body: A.stmt[]): string | null {
  const s = body[0];
  if (!s || s._type !== 'Expr') return null;
  const e = s.value;
  if (e._type === 'Constant' && e.value.k === 'str') return e.value.v;
  return null;
}

export function futureFromAst(mod: A.mod, filename: string): FutureFeatures {
  const ff: FutureFeatures = { features: 0, location: NO_LOCATION };
  if (mod._type !== 'Module' && mod._type !== 'Interactive') return ff;
  const body = mod.body;
  let i = getDocString(body) !== null ? 1 : 0;
  for (; i < body.length; i++) {
    const s = body[i]!;
    if (s._type !== 'ImportFrom' || s.module !== '__future__') break;
    for (const a of s.names) {
      const f = a.name;
      if (ACCEPTED.has(f)) continue;
      if (f === 'barry_as_FLUFL') ff.features |= CO_FUTURE_BARRY_AS_BDFL;
      else if (f === 'annotations') ff.features |= CO_FUTURE_ANNOTATIONS;
      else {
        const msg = f === 'braces' ? 'not a chance' : `future feature ${f} is not defined`;
        throw new PySyntaxError('SyntaxError', msg, filename, s.lineno, s.col_offset + 1, null, s.lineno, s.col_offset + 1);
      }
    }
    ff.location = { lineno: s.lineno, end_lineno: s.end_lineno ?? s.lineno, col_offset: s.col_offset, end_col_offset: s.end_col_offset ?? s.col_offset };
  }
  return ff;
}
