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
  /**
   * True for errors CPython's tokenizer words and locates itself (unterminated strings, bad
   * literals, invalid characters, unmatched brackets): their columns count characters even when
   * the source was bytes. Errors worded by the parser count bytes then (see withByteColumns).
   */
  charColumns = false;
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

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) { n += 4; i++; }
    else n += 3;
  }
  return n;
}

/**
 * A tokenizer/parser error as CPython reports it when the source was bytes (a file run, an
 * import, `compile(b"...")`): its columns count UTF-8 bytes, not characters, so offset and
 * end_offset (1-based) move right past every non-ASCII character before them. Errors of later
 * stages (symbol table, codegen) already count bytes (AST columns) and must not pass through here.
 */
export function withByteColumns(e: PySyntaxError, source: string): PySyntaxError {
  if (e.charColumns) return e;
  const col = (lineno: number, offset: number): number => {
    if (offset <= 1) return offset;
    const line = sourceLineOf(source, lineno);
    if (line === null) return offset;
    return utf8Length(line.slice(0, offset - 1)) + 1;
  };
  const offset = col(e.lineno, e.offset);
  const end = e.end_offset > 0 ? col(e.end_lineno > 0 ? e.end_lineno : e.lineno, e.end_offset) : e.end_offset;
  if (offset === e.offset && end === e.end_offset) return e;
  return new PySyntaxError(e.kind, e.msg, e.filename, e.lineno, offset, e.text, e.end_lineno, end);
}
