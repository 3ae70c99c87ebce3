/**
 * A compile-time error as CPython reports it: SyntaxError and its subclasses IndentationError
 * and TabError. Raised by the tokenizer, parser, symtable and codegen; the runtime turns it into a
 * Python exception object, the CLI prints it as CPython's traceback does.
 *
 * Positions follow CPython's SyntaxError attributes: lineno/end_lineno 1-based, offset/end_offset
 * 1-based character columns (0 when unknown), `text` the offending source line including its
 * newline (null when unknown).
 */
export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError';

export class PySyntaxError extends Error {
  constructor(
    readonly kind: SyntaxErrorKind,
    readonly msg: string,
    readonly filename: string,
    readonly lineno: number,
    readonly offset: number,
    readonly text: string | null,
    readonly end_lineno: number,
    readonly end_offset: number,
  ) {
    super(`${kind}: ${msg} (${filename}, line ${lineno})`);
  }
}

/**
 * CPython's RecursionError("maximum recursion depth exceeded during compilation"), raised by
 * the AST optimizer / symbol table when statements and expressions nest deeper than the C
 * recursion limit allows. The runtime turns it into a Python RecursionError.
 */
export class PyRecursionError extends Error {
  constructor(readonly msg: string = 'maximum recursion depth exceeded during compilation') {
    super(`RecursionError: ${msg}`);
  }
}

/** Line `lineno` (1-based) of `source` with its newline, as split on '\n'; null past the end. */
export function sourceLineOf(source: string, lineno: number): string | null {
  if (lineno < 1) return null;
  let start = 0;
  for (let n = 1; n < lineno; n++) {
    const nl = source.indexOf('\n', start);
    if (nl < 0) return null;
    start = nl + 1;
  }
  if (start >= source.length && lineno > 1) return null;
  const nl = source.indexOf('\n', start);
  return nl < 0 ? source.slice(start) : source.slice(start, nl + 1);
}
