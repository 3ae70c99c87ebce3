/**
 * The location block CPython 3.12's exception printer writes before a SyntaxError's message
 * (Python/pythonrun.c: print_exception_file_and_line + print_error_text): the `File` line, the
 * source line with its leading whitespace stripped, and the caret line.
 *
 * Fidelity notes: the offsets are whatever the exception carries (characters for str sources,
 * UTF-8 bytes for parser errors of bytes sources), but CPython measures and walks the text in
 * UTF-8 bytes; that arithmetic is reproduced so non-ASCII lines print the same (misplaced) carets.
 * Only an exact SyntaxError uses its end offset; subclasses (IndentationError, TabError) get one
 * caret.
 */

/** A syntax error's location as the printer reads it; offsets 1-based, -1 when absent. */
export interface SyntaxErrorLocation {
  filename: string;
  lineno: number;
  offset: number;
  text: string | null;
  end_lineno: number;
  end_offset: number;
  /** The exception's type is SyntaxError itself (not a subclass). */
  exact: boolean;
}

const encoder = new TextEncoder();
const utf8Length = (s: string): number => {
  let ascii = true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) { ascii = false; break; }
  return ascii ? s.length : encoder.encode(s).length;
};

function errorText(text: string, offset: number, endOffset: number): string {
  const reps = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
  let off = offset - 1;
  let i = 0;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\f')) {
    i++;
    off--;
  }
  let t = text.slice(i);
  let len = utf8Length(t);
  if (len > 0 && t.endsWith('\n')) len--;
  if (off > len) off = len;
  for (;;) {
    const nl = t.indexOf('\n');
    if (nl < 0) break;
    const inl = utf8Length(t.slice(0, nl));
    if (inl >= off) break;
    t = t.slice(nl + 1);
    len -= inl + 1;
    off -= inl + 1;
  }
  const out = '    ' + t + (t.endsWith('\n') ? '' : '\n');
  if (off < 0) return out;
  return out + '    ' + ' '.repeat(off) + '^'.repeat(reps) + '\n';
}

/** The `File "…", line N` line, and the source and caret lines when the error has text. */
export function syntaxErrorLocationText(e: SyntaxErrorLocation): string {
  const offset = e.offset;
  let endOffset = e.exact ? e.end_offset : -1;
  const endLineno = e.exact && e.end_lineno >= 0 ? e.end_lineno : e.lineno;
  let out = `  File "${e.filename}", line ${e.lineno}\n`;
  if (e.text !== null) {
    const lineSize = utf8Length(e.text);
    if (endLineno > e.lineno) endOffset = lineSize;
    if (endOffset > lineSize + 1) endOffset = lineSize + 1;
    out += errorText(e.text, offset, endOffset);
  }
  return out;
}
