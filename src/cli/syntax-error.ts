/**
 * Prints a compile-time error exactly as CPython 3.12's default exception printer does for a
 * SyntaxError that escapes a script (Python/pythonrun.c: the "File" line, the source line with its
 * leading whitespace stripped, the caret line, then "Kind: msg").
 *
 * Fidelity notes: CPython measures the source line in UTF-8 bytes when clipping the carets while
 * the offsets are in characters; we reproduce that arithmetic so non-ASCII lines match too.
 * IndentationError and TabError carry no end offset in this printer: they get one caret.
 */
import type { PySyntaxError } from '../vm/compiler/errors';

type SyntaxErrorLike = Pick<PySyntaxError, 'kind' | 'msg' | 'filename' | 'lineno' | 'offset' | 'text' | 'end_lineno' | 'end_offset'>;

const utf8Length = (s: string): number => Buffer.byteLength(s, 'utf8');

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

/** The full stderr text CPython prints for an uncaught compile error, ending in a newline. */
export function formatSyntaxError(e: SyntaxErrorLike): string {
  const subclass = e.kind !== 'SyntaxError';
  const offset = e.offset > 0 ? e.offset : -1;
  let endOffset = subclass ? -1 : e.end_offset > 0 ? e.end_offset : -1;
  const endLineno = subclass ? e.lineno : e.end_lineno > 0 ? e.end_lineno : e.lineno;
  let out = `  File "${e.filename}", line ${e.lineno}\n`;
  if (e.text !== null) {
    const lineSize = utf8Length(e.text);
    if (endLineno > e.lineno) endOffset = lineSize;
    if (endOffset > lineSize + 1) endOffset = lineSize + 1;
    out += errorText(e.text, offset, endOffset);
  }
  return out + `${e.kind}: ${e.msg}\n`;
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
