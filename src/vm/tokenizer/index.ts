/**
 * Tokenizer entry points.
 *
 *  - `tokenize(source, {mode: 'parser'})`: the tokens CPython 3.12's C tokenizer hands the PEG
 *    parser for `compile(source, filename, 'exec')` (newlines translated, a final newline added
 *    unless `execInput: false`). Exact operator types, ASYNC/AWAIT for `async`/`await`, no
 *    COMMENT/NL, FSTRING_* tokens. INDENT/DEDENT/ENDMARKER have col/bcol -1 as in C (no text).
 *    End columns are the tokenizer's cursor when the token was made (NEWLINE: after the '\n',
 *    string ''; FSTRING_MIDDLE before '{{' ends after both braces).
 *  - `tokenize(source, {mode: 'tokenize'})`: the stream of `tokenize.tokenize()` (ENCODING
 *    first, OP for operators, COMMENT, NL, trailing NEWLINE/DEDENT/ENDMARKER rules).
 *
 * Both throw PySyntaxError on a tokenizer error; `tokenizeUntilError` instead returns the tokens
 * made before it plus the error, which is what the parser needs to decide between its own error
 * and the tokenizer's (pegen reports a tokenizer error only when it asks for that token, and
 * `_PyPegen_tokenize_full_source_to_check_for_errors` prefers later tokenizer errors over a
 * generic "invalid syntax").
 */
import { PySyntaxError } from '../compiler/errors';
import * as T from './tokens';
import { Done, Scanner, TokError, type Warning } from './scanner';
import { ColumnCache, byteOffsetToCharOffset, utf8Len } from './columns';
import { pyStrRepr } from '../util/strrepr';
import { EncodingError, cookieEncoding, decodeSource } from './encoding';

export type { Token } from './tokens';
export type { Warning as TokenizerWarning } from './scanner';
export * from './tokens';

export interface TokenizeOptions {
  mode: 'parser' | 'tokenize';
  filename?: string;
  /** Parser mode: append '\n' when the source lacks one (compile() 'exec'); default true. */
  execInput?: boolean;
  /**
   * Tokenize mode: the ENCODING token's value (default: from the text's coding cookie); null
   * for no ENCODING token (tokenize.generate_tokens over str lines).
   */
  encoding?: string | null;
  /** Receives SyntaxWarnings the tokenizer emits (e.g. "invalid decimal literal" before `if`). */
  warnings?: Warning[];
}

/** A tokenizer error with the state pegen consults when it meets it. */
export interface TokenizerError {
  /** The exception CPython raises when the parser reaches this token. */
  error: PySyntaxError;
  /**
   * True when the tokenizer raised it itself (PyErr_Occurred() in pegen); false for the
   * done-code errors pegen words itself (EOF, bad dedent, tabs, line continuation).
   */
  immediate: boolean;
  /** The tokenizer hit the end of input (E_EOF): unclosed bracket or continuation at EOF. */
  eof: boolean;
  /** Open brackets when the error happened, innermost last: char, line, 0-based char col. */
  openBrackets: { ch: string; lineno: number; col: number; bcol: number }[];
  /** Inside an f-string (tok_mode_stack_index > 0). */
  inFString: boolean;
}

export interface TokenizeResult {
  tokens: T.Token[];
  error: TokenizerError | null;
}

/** Tokens, or throws PySyntaxError. */
export function tokenize(source: string, opts: TokenizeOptions): T.Token[] {
  const r = tokenizeUntilError(source, opts);
  if (r.error) throw r.error.error;
  return r.tokens;
}

export function tokenizeUntilError(source: string, opts: TokenizeOptions): TokenizeResult {
  const filename = opts.filename ?? '<string>';
  const extra = opts.mode === 'tokenize';
  let src = source;
  if (!extra && source.indexOf('\0') >= 0) {
    // compile() refuses such a string before tokenizing: a SyntaxError without location
    return { tokens: [], error: { error: new PySyntaxError('SyntaxError', 'source code string cannot contain null bytes',
      filename, 0, 0, null, 0, 0), immediate: true, eof: false, openBrackets: [], inFString: false } };
  }
  if (!extra) {
    src = translateNewlines(source, opts.execInput !== false);
  } else if (src.charCodeAt(0) === 0xfeff) {
    src = src.slice(1);
  }
  const sc = new Scanner(src, extra);
  if (opts.warnings) sc.warnings = opts.warnings;
  const out: T.Token[] = [];
  if (extra && opts.encoding !== null) {
    const encoding = opts.encoding ?? cookieEncoding(src);
    out.push({ type: T.ENCODING, exact: T.ENCODING, string: encoding, lineno: 0, col: 0, end_lineno: 0,
      end_col: 0, bcol: 0, end_bcol: 0, line: '', metadata: undefined });
  }
  const cols = new ColumnCache(src);
  let lineCacheStart = -1;
  let lineCacheEnd = -1;
  let lineCache = '';
  for (;;) {
    let type: number;
    try {
      type = sc.next();
    } catch (e) {
      if (!(e instanceof TokError)) throw e;
      return { tokens: out, error: toTokenizerError(sc, e, filename, extra) };
    }
    const isStr = type === T.STRING || type === T.FSTRING_MIDDLE;
    const lineno = isStr ? sc.firstLineno : sc.lineno;
    const endLineno = sc.lineno;
    const startLs = isStr ? sc.multiLineStart : sc.lineStart;
    const ts = sc.tStart;
    const te = sc.tEnd;
    let str = ts >= 0 ? src.slice(ts, te) : '';
    const trailing = type === T.ENDMARKER || (type === T.DEDENT && sc.atEOF());

    let line = '';
    if (!(extra && trailing)) {
      let lend = sc.inp;
      if (sc.implicitNewline && lend - startLs >= 1) lend--;
      if (startLs !== lineCacheStart || lend !== lineCacheEnd) {
        lineCache = src.slice(startLs, lend);
        lineCacheStart = startLs;
        lineCacheEnd = lend;
      }
      line = lineCache;
    }

    let col = -1, bcol = -1, endCol = -1, endBcol = -1;
    if (extra) {
      if (ts >= 0 && ts >= startLs) {
        col = cols.col(startLs, ts);
        bcol = cols.bcol;
      }
      if (te >= 0 && te >= sc.lineStart) {
        endCol = cols.col(sc.lineStart, te);
        endBcol = cols.bcol;
        // 3.12.1 converts the end's byte offset (from the last line's start) to characters
        // against the token's first line: only differs for multi-line string tokens
        if (startLs !== sc.lineStart && !cols.ascii) endCol = byteOffsetToCharOffset(line, endBcol);
      }
    } else if (ts >= 0) {
      col = cols.col(startLs, ts);
      bcol = cols.bcol;
      endCol = cols.col(sc.lineStart, sc.cur);
      endBcol = cols.bcol;
    }

    let outType = type;
    let ln = lineno;
    let eln = endLineno;
    if (extra) {
      if (trailing) {
        ln = eln = lineno + 1;
        col = endCol = bcol = endBcol = 0;
      }
      if (type > T.DEDENT && type < T.OP) {
        outType = T.OP;
      } else if (type === T.ASYNC || type === T.AWAIT) {
        outType = T.NAME;
      } else if (type === T.NEWLINE) {
        if (!sc.implicitNewline) str = src.charCodeAt(sc.start) === 0x0d ? '\r\n' : '\n';
        endCol++;
        endBcol++;
      } else if (type === T.NL) {
        if (sc.implicitNewline) str = '';
      }
    }
    const tok: T.Token = { type: outType, exact: type, string: str, lineno: ln, col, end_lineno: eln, end_col: endCol,
      bcol, end_bcol: endBcol, line, metadata: sc.tMetadata ?? undefined };
    out.push(tok);
    if (type === T.ENDMARKER) break;
  }
  return { tokens: out, error: null };
}

/** \r\n and lone \r become \n; exec input gets a final \n (Parser/tokenizer.c translate_newlines). */
function translateNewlines(s: string, execInput: boolean): string {
  let t = s;
  if (t.indexOf('\r') >= 0) t = t.replace(/\r\n?/g, '\n');
  if (execInput && t.length > 0 && t.charCodeAt(t.length - 1) !== 0x0a) t += '\n';
  return t;
}

function toTokenizerError(sc: Scanner, e: TokError, filename: string, extra: boolean): TokenizerError {
  const openBrackets: TokenizerError['openBrackets'] = [];
  for (let i = 0; i < sc.level; i++) {
    const ls = sc.parenlinestartstack[i];
    const off = sc.parenoffstack[i];
    openBrackets.push({ ch: String.fromCharCode(sc.parenstack[i]), lineno: sc.parenlinenostack[i],
      col: sc.cpLen(ls, off), bcol: utf8Len(sc.src, ls, off) });
  }
  const err = extra ? tokenizeModeError(sc, e, filename) :
    new PySyntaxError(e.kind, e.msg, filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset);
  if (e.immediate) err.charColumns = true;
  return { error: err, immediate: e.immediate, eof: e.done === Done.EOF_, openBrackets, inFString: sc.modeIndex > 0 };
}

/**
 * The exception `tokenize.tokenize()` lets out, as a PySyntaxError: kind 'SyntaxError' stands
 * for tokenize.TokenError (offset = the column TokenError carries), 'IndentationError' and
 * 'TabError' for themselves.
 */
function tokenizeModeError(sc: Scanner, e: TokError, filename: string): PySyntaxError {
  if (e.immediate) {
    let msg = e.msg;
    if (msg.indexOf('unterminated triple-quoted string literal') >= 0) msg = 'EOF in multi-line string';
    return new PySyntaxError('SyntaxError', msg, filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset);
  }
  const src = sc.src;
  if (e.done === Done.EOF_) {
    return new PySyntaxError('SyntaxError', 'unexpected EOF in multi-line statement', filename, sc.lineno,
      utf8Len(src, sc.buf, sc.inp), null, sc.lineno, -1);
  }
  let msg = 'unknown tokenization error';
  let kind: PySyntaxError['kind'] = 'SyntaxError';
  switch (e.done) {
    case Done.DEDENT: msg = 'unindent does not match any outer indentation level'; kind = 'IndentationError'; break;
    case Done.TABSPACE: msg = 'inconsistent use of tabs and spaces in indentation'; kind = 'TabError'; break;
    case Done.TOODEEP: msg = 'too many levels of indentation'; kind = 'IndentationError'; break;
    case Done.LINECONT: msg = 'unexpected character after line continuation character'; break;
    default: break;
  }
  let lineEnd = sc.inp;
  if (lineEnd > sc.buf && src.charCodeAt(lineEnd - 1) === 0x0a) lineEnd--;
  const errorLine = src.slice(sc.buf, lineEnd);
  const offset = byteOffsetToCharOffset(errorLine, utf8Len(src, sc.buf, sc.inp));
  return new PySyntaxError(kind, msg, filename, sc.lineno, offset, errorLine, sc.lineno, -1);
}

/** What `python3.12 -m tokenize FILE` prints, and its exit status. */
export interface TokenizeCliResult {
  stdout: string;
  stderr: string;
  status: number;
}

export interface TokenizeCliOptions {
  /** `-e/--exact`: print exact operator type names (TokenInfo.exact_type). */
  exact?: boolean;
  /**
   * No FILE argument: read text from stdin (`source` is that text, `filename` should be
   * '<stdin>'): no encoding detection, no ENCODING token, and tokens are printed as they come,
   * so an error leaves the tokens before it on stdout.
   */
  stdin?: boolean;
}

/**
 * `python3.12 -m tokenize FILE`. Pass the file's bytes to get tokenize's encoding detection
 * (BOM, coding cookie, its error messages); a string is taken as already-decoded text.
 */
export function runTokenizeCli(source: string | Uint8Array, filename: string, opts: TokenizeCliOptions = {}): TokenizeCliResult {
  let text: string;
  let encoding: string | null | undefined;
  if (typeof source === 'string') {
    text = source;
  } else if (opts.stdin) {
    text = new TextDecoder().decode(source);
  } else {
    try {
      ({ text, encoding } = decodeSource(source, filename));
    } catch (e) {
      if (!(e instanceof EncodingError)) throw e;
      return { stdout: '', stderr: `${filename}: error: ${e.pyMessage}\n`, status: 1 };
    }
  }
  if (opts.stdin) encoding = null;
  const r = tokenizeUntilError(text, { mode: 'tokenize', filename, encoding });
  let stdout = '';
  if (!r.error || opts.stdin) {
    const lines: string[] = new Array(r.tokens.length + 1);
    for (let i = 0; i < r.tokens.length; i++) lines[i] = formatTokenLine(r.tokens[i], opts.exact);
    lines[r.tokens.length] = '';
    stdout = r.tokens.length ? lines.join('\n') : '';
  }
  if (r.error) {
    const e = r.error.error;
    return { stdout, stderr: `${filename}:${e.lineno}:${e.offset}: error: ${e.msg}\n`, status: 1 };
  }
  return { stdout, stderr: '', status: 0 };
}

/** stdout of `python3.12 -m tokenize FILE` (on error: '' — see runTokenizeCli for stderr). */
export function formatTokenize(source: string | Uint8Array, filename: string): string {
  return runTokenizeCli(source, filename).stdout;
}

/** One line of `-m tokenize` output: "%-20s%-15s%-15r". */
export function formatTokenLine(t: T.Token, exact = false): string {
  const range = t.lineno + ',' + t.col + '-' + t.end_lineno + ',' + t.end_col + ':';
  const type = exact && t.type === T.OP ? T.EXACT_TOKEN_TYPES.get(t.string) ?? T.OP : t.type;
  const name = PADDED_NAMES[type] ?? pad(T.tokName(type), 15);
  return (range.length < 20 ? range + SPACES[20 - range.length] : range) + name + pad(pyStrRepr(t.string), 15);
}

const SPACES: string[] = [];
for (let i = 0; i <= 20; i++) SPACES.push(' '.repeat(i));
const PADDED_NAMES: string[] = T.TOK_NAMES.map((n) => pad(n, 15));

/** Pads to `w` (<= 20) code points, as Python's %-Ns does. */
function pad(s: string, w: number): string {
  let n = s.length;
  if (n >= w + 1) return s;
  for (let i = 0; i < s.length; i++) if ((s.charCodeAt(i) & 0xfc00) === 0xdc00) n--;
  return n >= w ? s : s + SPACES[w - n];
}
