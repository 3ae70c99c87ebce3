/**
 * Parser state shared by every rule: the token array (produced once by the tokenizer), the
 * current position `mark`, per-rule memo tables, and CPython's error machinery.
 *
 * Rules are free functions `(p: Parser) => Node | null`: null means "this alternative did not
 * match" and the caller restores `p.mark`. A SyntaxError is a thrown `ParseAbort`, which unwinds
 * the whole parse exactly as pegen's `error_indicator` does (the first raised error wins).
 *
 * Token types are CPython 3.12's token numbers; reserved keywords get their own codes (>= 100) so
 * that a rule tests one integer per token. Soft keywords stay NAME.
 */
import { PySyntaxError, type SyntaxErrorKind } from '../compiler/errors';
import type { TokenizerError, TokenizerWarning } from '../tokenizer/index';

/** The token shape the parser consumes (a structural subset of the tokenizer's Token). */
export interface PToken {
  type: number;
  string: string;
  lineno: number;
  col: number;
  end_lineno: number;
  end_col: number;
  bcol: number;
  end_bcol: number;
  line: string;
}

export const enum T {
  ENDMARKER = 0, NAME = 1, NUMBER = 2, STRING = 3, NEWLINE = 4, INDENT = 5, DEDENT = 6,
  LPAR = 7, RPAR = 8, LSQB = 9, RSQB = 10, COLON = 11, COMMA = 12, SEMI = 13, PLUS = 14,
  MINUS = 15, STAR = 16, SLASH = 17, VBAR = 18, AMPER = 19, LESS = 20, GREATER = 21, EQUAL = 22,
  DOT = 23, PERCENT = 24, LBRACE = 25, RBRACE = 26, EQEQUAL = 27, NOTEQUAL = 28, LESSEQUAL = 29,
  GREATEREQUAL = 30, TILDE = 31, CIRCUMFLEX = 32, LEFTSHIFT = 33, RIGHTSHIFT = 34,
  DOUBLESTAR = 35, PLUSEQUAL = 36, MINEQUAL = 37, STAREQUAL = 38, SLASHEQUAL = 39,
  PERCENTEQUAL = 40, AMPEREQUAL = 41, VBAREQUAL = 42, CIRCUMFLEXEQUAL = 43, LEFTSHIFTEQUAL = 44,
  RIGHTSHIFTEQUAL = 45, DOUBLESTAREQUAL = 46, DOUBLESLASH = 47, DOUBLESLASHEQUAL = 48, AT = 49,
  ATEQUAL = 50, RARROW = 51, ELLIPSIS = 52, COLONEQUAL = 53, EXCLAMATION = 54, OP = 55,
  AWAIT = 56, ASYNC = 57, TYPE_IGNORE = 58, TYPE_COMMENT = 59, SOFT_KEYWORD = 60,
  FSTRING_START = 61, FSTRING_MIDDLE = 62, FSTRING_END = 63, COMMENT = 64, NL = 65,
  ERRORTOKEN = 66,
  // Reserved keywords (NAME tokens whose text is a keyword).
  K_FALSE = 100, K_NONE, K_TRUE, K_AND, K_AS, K_ASSERT, K_BREAK, K_CLASS, K_CONTINUE, K_DEF,
  K_DEL, K_ELIF, K_ELSE, K_EXCEPT, K_FINALLY, K_FOR, K_FROM, K_GLOBAL, K_IF, K_IMPORT, K_IN,
  K_IS, K_LAMBDA, K_NONLOCAL, K_NOT, K_OR, K_PASS, K_RAISE, K_RETURN, K_TRY, K_WHILE, K_WITH,
  K_YIELD,
}

const KEYWORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  False: T.K_FALSE, None: T.K_NONE, True: T.K_TRUE, and: T.K_AND, as: T.K_AS,
  assert: T.K_ASSERT, break: T.K_BREAK, class: T.K_CLASS, continue: T.K_CONTINUE, def: T.K_DEF,
  del: T.K_DEL, elif: T.K_ELIF, else: T.K_ELSE, except: T.K_EXCEPT, finally: T.K_FINALLY,
  for: T.K_FOR, from: T.K_FROM, global: T.K_GLOBAL, if: T.K_IF, import: T.K_IMPORT, in: T.K_IN,
  is: T.K_IS, lambda: T.K_LAMBDA, nonlocal: T.K_NONLOCAL, not: T.K_NOT, or: T.K_OR,
  pass: T.K_PASS, raise: T.K_RAISE, return: T.K_RETURN, try: T.K_TRY, while: T.K_WHILE,
  with: T.K_WITH, yield: T.K_YIELD, async: T.ASYNC, await: T.AWAIT,
}));

/** Memoized rules (CPython memoizes the same ones, plus the left-recursive rules). */
export const enum M {
  simple_stmt, block, closed_pattern, star_pattern, type_param, expression, star_expression,
  disjunction, conjunction, inversion, factor, await_primary, strings, arguments, star_target,
  target_with_star_atom, del_target, invalid_named_expression, primary, t_primary, bitwise_or,
  bitwise_xor, bitwise_and, shift_expr, sum, term, dotted_name, COUNT,
}

/** Thrown to abort the parse with a SyntaxError; `err` is what `parse()` throws. */
export class ParseAbort {
  constructor(readonly err: PySyntaxError, readonly fromTokenizer = false) {}
}

/** Something with a start and end position (a token or a located node). */
export interface Span { lineno: number; col_offset: number; end_lineno: number | null; end_col_offset: number | null }

export type Mode = 'exec' | 'eval' | 'single' | 'func_type';

export class Parser {
  readonly toks: PToken[];
  /** Token types with keywords resolved; one extra slot past ENDMARKER holding -1. */
  readonly tt: Int32Array;
  /** Bracket nesting level after each token, as the C tokenizer records it. */
  readonly level: Int32Array;
  mark = 0;
  /** One past the furthest token the parser has asked for (pegen's `fill`). */
  fill = 0;
  callInvalid = false;
  /** Index of the token at which the tokenizer failed (its error is `tokErr`), or Infinity. */
  readonly errAt: number;
  readonly tokErr: PySyntaxError | null;
  private memo: (MemoEntry | undefined)[] = [];
  private names: (string | undefined)[] = [];
  /** Receives SyntaxWarnings (invalid escapes) when the caller asked for them. */
  warnings: TokenizerWarning[] | null = null;
  private readonly asciiSource: boolean;
  private srcLines: string[] | null = null;

  constructor(
    toks: PToken[],
    readonly source: string,
    readonly filename: string,
    readonly mode: Mode,
    readonly tokErrInfo: TokenizerError | null,
  ) {
    this.tokErr = tokErrInfo ? tokErrInfo.error : null;
    this.toks = toks;
    // eslint-disable-next-line no-control-regex
    this.asciiSource = !/[^\x00-\x7f]/.test(source);
    const n = toks.length;
    this.errAt = tokErrInfo ? n : Infinity;
    const tt = new Int32Array(n + 1);
    const lv = new Int32Array(n + 1);
    let level = 0;
    for (let i = 0; i < n; i++) {
      const t = toks[i];
      let ty = t.type;
      if (ty === T.NAME) {
        const k = KEYWORDS.get(t.string);
        if (k !== undefined) ty = k;
      } else if (ty === T.LPAR || ty === T.LSQB || ty === T.LBRACE) {
        level++;
      } else if (ty === T.RPAR || ty === T.RSQB || ty === T.RBRACE) {
        if (level > 0) level--;
      }
      tt[i] = ty;
      lv[i] = level;
    }
    tt[n] = -1;
    this.tt = tt;
    this.level = lv;
  }

  resetForSecondPass(): void {
    this.mark = 0;
    this.callInvalid = true;
    this.memo = [];
  }

  // ---- token access -------------------------------------------------------------------------

  /** Type of the token at `mark`, recording that the parser looked at it. */
  peek(): number {
    const m = this.mark;
    if (m >= this.fill) this.touch(m);
    return this.tt[m];
  }

  peekAt(i: number): number {
    if (i >= this.fill) this.touch(i);
    return this.tt[i];
  }

  touch(m: number): void {
    if (m >= this.errAt) throw new ParseAbort(this.tokErr!, true);
    if (m >= this.fill) this.fill = m + 1;
  }

  /** Consume a token of type `type` (exact type or keyword code). */
  expect(type: number): PToken | null {
    const m = this.mark;
    if (m >= this.fill) this.touch(m);
    if (this.tt[m] === type) {
      this.mark = m + 1;
      return this.toks[m];
    }
    return null;
  }

  /** Consume a token of type `type`, returning true. */
  eat(type: number): boolean {
    const m = this.mark;
    if (m >= this.fill) this.touch(m);
    if (this.tt[m] === type) {
      this.mark = m + 1;
      return true;
    }
    return false;
  }

  /** Lookahead without consuming. */
  at(type: number): boolean {
    const m = this.mark;
    if (m >= this.fill) this.touch(m);
    return this.tt[m] === type;
  }

  /** A NAME token whose text is `kw` (soft keyword). */
  atSoft(kw: string): boolean {
    const m = this.mark;
    if (m >= this.fill) this.touch(m);
    return this.tt[m] === T.NAME && this.toks[m].string === kw;
  }

  /** Identifier of NAME token i: NFKC-normalized when it is not ASCII. */
  nameId(i: number): string {
    let s = this.names[i];
    if (s === undefined) {
      s = this.toks[i].string;
      // eslint-disable-next-line no-control-regex
      if (!this.asciiSource && /[^\x00-\x7f]/.test(s)) s = s.normalize('NFKC');
      this.names[i] = s;
    }
    return s;
  }

  /** The last token before `mark` that is not NEWLINE/INDENT/DEDENT/ENDMARKER (EXTRA's end). */
  lastTok(): PToken {
    const tt = this.tt;
    let m = this.mark - 1;
    while (m > 0) {
      const ty = tt[m];
      if (ty !== T.ENDMARKER && (ty < T.NEWLINE || ty > T.DEDENT)) break;
      m--;
    }
    return this.toks[m < 0 ? 0 : m];
  }

  // ---- memoization ----------------------------------------------------------------------------
  // As in pegen, memo entries hang off the token where the rule started: a short list per
  // position (few rules are memoized at any one token), so memory follows actual use.

  /** If rule `r` is memoized at `mark`, move to its end and return true (result in `memoHit`). */
  memoGet(r: M): boolean {
    const m = this.mark;
    if (m >= this.fill) this.touch(m);
    for (let e = this.memo[m]; e !== undefined; e = e.next) {
      if (e.rule === r) {
        this.memoHit = e.res;
        this.mark = e.end;
        return true;
      }
    }
    return false;
  }

  memoHit: unknown = null;

  memoSet(r: M, start: number, res: unknown): void {
    this.memo[start] = { rule: r, end: this.mark, res, next: this.memo[start] };
  }

  // ---- errors ---------------------------------------------------------------------------------

  lineText(lineno: number): string {
    if (this.srcLines === null) {
      let s = this.source.replace(/\r\n?/g, '\n');
      // compile() in 'exec' mode reads the source with a final newline added (translate_newlines)
      if (this.mode === 'exec' && s.length > 0 && !s.endsWith('\n')) s += '\n';
      const lines = s.split('\n');
      this.srcLines = lines.map((l, i) => (i < lines.length - 1 ? l + '\n' : l));
    }
    return this.srcLines[lineno - 1] ?? '';
  }

  /**
   * The line CPython reports for an error on `lineno` (SyntaxError.text) and measures offsets in.
   * While the tokenizer is still on that line it is the tokenizer's buffer: every physical line
   * since the buffer last restarted (a backslash continuation or a multi-line token keeps it
   * going), newlines included. Once the tokenizer has moved on, it is the bare line.
   */
  errorLine(lineno: number): string {
    const cur = this.toks[Math.max(0, Math.min(this.fill, this.toks.length) - 1)];
    const curLine = cur === undefined ? lineno : cur.end_lineno;
    if (curLine > lineno) return this.lineText(lineno).replace(/\n$/, '');
    let first = curLine;
    while (first > 1 && this.joinsPrevious(first)) first--;
    let s = '';
    for (let l = first; l <= curLine; l++) s += this.lineText(l);
    return s;
  }

  /** Whether the tokenizer read line `k` while a token was still in progress. */
  private joinsPrevious(k: number): boolean {
    const n = Math.min(this.fill, this.toks.length);
    for (let i = 0; i < n; i++) {
      const t = this.toks[i];
      if (t.lineno < k && t.end_lineno >= k) return true;
      if (t.lineno >= k) break;
    }
    const prev = this.lineText(k - 1);
    return /\\\n$/.test(prev) && !/#/.test(prev);
  }

  /** CPython's `_PyPegen_byte_offset_to_character_offset` for a 1-based byte offset into `line`. */
  static byteToCharOffset(line: string, off: number): number {
    const bytes = Buffer.from(line, 'utf8');
    if (off > bytes.length + 1) off = bytes.length + 1;
    if (off <= 0) return off;
    if (off > bytes.length) return [...line].length + (off - bytes.length);
    return [...bytes.subarray(0, off).toString('utf8')].length;
  }

  /**
   * `RAISE_ERROR_KNOWN_LOCATION`: positions are 0-based byte columns; end_col -1 means unknown,
   * CURRENT (-5) means "where the tokenizer is".
   */
  errorAt(kind: SyntaxErrorKind, lineno: number, col: number, endLineno: number, endCol: number, msg: string): never {
    let c = col === CURRENT ? CURRENT : col + 1;
    let ec = endCol === CURRENT ? CURRENT : endCol + 1;
    if (endLineno === CURRENT) {
      const t = this.toks[Math.max(0, this.fill - 1)];
      endLineno = t.end_lineno;
    }
    if (ec === CURRENT) ec = this.toks[Math.max(0, this.fill - 1)].end_bcol;
    return this.raiseRaw(kind, lineno, c, endLineno, ec, msg);
  }

  /** `_PyPegen_raise_error_known_location` with 1-based byte offsets. */
  raiseRaw(kind: SyntaxErrorKind, lineno: number, c: number, endLineno: number, ec: number, msg: string): never {
    const line = lineno > 0 ? this.errorLine(lineno) : '';
    const off = Parser.byteToCharOffset(line, c);
    const eoff = ec > 0 ? Parser.byteToCharOffset(line, ec) : ec;
    throw new ParseAbort(new PySyntaxError(kind, msg, this.filename, lineno, off, lineno > 0 ? line : null, endLineno, eoff));
  }

  /** `RAISE_SYNTAX_ERROR` (use_mark=0: at the last token read) / `_ON_NEXT_TOKEN` (at mark). */
  raiseAtToken(kind: SyntaxErrorKind, msg: string, useMark = false): never {
    let i = this.fill - 1;
    if (useMark) {
      this.touch(this.mark);
      i = this.mark;
    }
    return this.raiseAtTokenIdx(kind, msg, Math.max(0, i));
  }

  raiseAtTokenIdx(kind: SyntaxErrorKind, msg: string, i: number): never {
    const t = this.toks[i];
    if (t.bcol < 0) {
      // INDENT/DEDENT/ENDMARKER carry no column: CPython uses the tokenizer's cursor (no +1),
      // which sits at the next token on that line, else just after the previous token.
      let cur = 0;
      let k = i + 1;
      while (k < this.toks.length && this.toks[k].bcol < 0 && this.tt[k] !== T.ENDMARKER) k++;
      const nx = this.toks[k];
      const line = this.lineText(t.lineno);
      if (nx !== undefined && nx.lineno === t.lineno && nx.bcol >= 0) {
        cur = nx.bcol;
      } else if (this.tt[i] !== T.ENDMARKER && (nx === undefined || this.tt[k] !== T.ENDMARKER) && /\S/.test(line)) {
        // INDENT/DEDENT are made once the line's indentation is read: the cursor is at its first
        // non-blank character (even if the tokenizer then fails on that token)
        cur = Buffer.byteLength(/^[ \t\f]*/.exec(line)![0], 'utf8');
      } else {
        // at the end of input: the end of the last line read, newline included
        cur = Buffer.byteLength(line, 'utf8');
      }
      return this.raiseRaw(kind, t.lineno, cur, t.end_lineno, -1, msg);
    }
    return this.raiseRaw(kind, t.lineno, t.bcol + 1, t.end_lineno, t.end_bcol + 1, msg);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a). */
  errNode(a: Span | PToken, msg: string): never {
    const [l, c, el, ec] = spanOf(a);
    return this.errorAt('SyntaxError', l, c, el, ec, msg);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b). */
  errRange(a: Span | PToken, b: Span | PToken, msg: string): never {
    const [l, c] = spanOf(a);
    const [, , el, ec] = spanOf(b);
    return this.errorAt('SyntaxError', l, c, el, ec, msg);
  }

  /** RAISE_SYNTAX_ERROR_STARTING_FROM(a). */
  errFrom(a: Span | PToken, msg: string): never {
    const [l, c] = spanOf(a);
    return this.errorAt('SyntaxError', l, c, CURRENT, CURRENT, msg);
  }

  indentError(msg: string): never {
    return this.raiseAtToken('IndentationError', msg);
  }

  syntaxError(msg: string): never {
    return this.raiseAtToken('SyntaxError', msg);
  }
}

export const CURRENT = -5;

interface MemoEntry { rule: M; end: number; res: unknown; next: MemoEntry | undefined }

export function spanOf(a: Span | PToken): [number, number, number, number] {
  if ('bcol' in a) return [a.lineno, a.bcol, a.end_lineno, a.end_bcol];
  return [a.lineno, a.col_offset, a.end_lineno ?? a.lineno, a.end_col_offset ?? a.col_offset];
}
