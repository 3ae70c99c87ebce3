/**
 * Prints a compile-time error exactly as CPython 3.12's default exception printer does for a
 * SyntaxError that escapes a script: the location block (src/vm/interp/syntax_error_text.ts,
 * shared with the VM's printer of SyntaxErrors raised at run time), then "Kind: msg".
 */
import type { PySyntaxError } from '../vm/compiler/errors';
import { syntaxErrorLocationText } from '../vm/interp/syntax_error_text';

type SyntaxErrorLike = Pick<PySyntaxError, 'kind' | 'msg' | 'filename' | 'lineno' | 'offset' | 'text' | 'end_lineno' | 'end_offset'>;

/** The full stderr text CPython prints for an uncaught compile error, ending in a newline. */
export function formatSyntaxError(e: SyntaxErrorLike): string {
  const exact = e.kind === 'SyntaxError';
  return syntaxErrorLocationText({
    filename: e.filename, lineno: e.lineno, offset: e.offset > 0 ? e.offset : -1, text: e.text,
    end_lineno: e.end_lineno > 0 ? e.end_lineno : e.lineno, end_offset: e.end_offset > 0 ? e.end_offset : -1, exact,
  }) + `${e.kind}: ${e.msg}\n`;
}

export function isPySyntaxError(e: unknown): e is SyntaxErrorLike {
  if (typeof e !== 'object' || e === null) return false;
  const o = e as Record<string, unknown>;
  return (
    (o.kind === 'SyntaxError' || o.kind === 'IndentationError' || o.kind === 'TabError') &&
    typeof o.msg === 'string' &&
    typeof o.lineno === 'number'
  );
}
