/**
 * The tokenizer state machine: CPython 3.12's Parser/tokenizer.c behaviour, reimplemented over a
 * JS string. It reads UTF-16 code units; every code unit >= 128 is treated as the C tokenizer
 * treats a non-ASCII UTF-8 byte (a potential identifier character), so token boundaries agree.
 *
 * Two flavours, fixed at construction:
 *  - parser (`extra` false): the string has had its newlines translated (\r\n and \r -> \n) and a
 *    final newline appended for exec input, as `compile()` does; errors are raised as the PEG
 *    parser would report them.
 *  - tokenize (`extra` true, tok_extra_tokens): lines are read as `readline()` returns them (only
 *    \n ends a line), a missing final newline is faked (implicit_newline), COMMENT/NL tokens are
 *    produced and most literal checks are skipped, like Lib/tokenize.py.
 *
 * `next()` returns the next raw token kind and leaves its extent in the `t*` fields; the driver
 * (index.ts) turns those into Token objects. Errors are thrown as TokError.
 */
import * as T from './tokens';
import { isPrintableCodePoint, isXidContinue, isXidStart } from '../util/strrepr';
import { byteOffsetToCharOffset, utf8Len } from './columns';

export const EOF = -1;

/** tok->done codes that matter for error reporting. */
export const enum Done {
  OK = 10,
  EOF_ = 11,
  ERROR = 17, // error already raised (syntaxerror)
  TABSPACE = 18,
  LINECONT = 25,
  DEDENT = 21,
  TOODEEP = 20,
}

const MAXINDENT = 100;
const MAXLEVEL = 200;
const MAXFSTRINGLEVEL = 150;
const MAX_EXPR_NESTING = 3;
const TABSIZE = 8;

const enum Mode { REGULAR, FSTRING }

/** One entry of tok_mode_stack. */
interface TokMode {
  kind: Mode;
  curlyDepth: number;
  exprStartDepth: number;
  quote: number;
  quoteSize: number;
  raw: boolean;
  /** Offset of the f-string's prefix, and of the line it starts on; its line number. */
  start: number;
  multiLineStart: number;
  lineStart: number;
  /** Offset just after the '{' opening the current replacement field (-1: none). */
  exprStart: number;
  /** Offset of the first '}', '!' or ':' ending that expression (-1: not seen). */
  exprEnd: number;
  debug: boolean;
}

function newMode(): TokMode {
  return {
    kind: Mode.REGULAR, curlyDepth: 0, exprStartDepth: -1, quote: 0, quoteSize: 0, raw: false,
    start: 0, multiLineStart: 0, lineStart: 0, exprStart: -1, exprEnd: -1, debug: false,
  };
}

/** A tokenizer error, with what the caller needs to report it as CPython does. */
export class TokError {
  constructor(
    /** 'immediate': the tokenizer raised it itself (syntaxerror()); else it set a done code. */
    readonly immediate: boolean,
    readonly done: Done,
    readonly kind: 'SyntaxError' | 'IndentationError' | 'TabError',
    readonly msg: string,
    readonly lineno: number,
    /** 1-based character column as CPython stores it in SyntaxError.offset. */
    readonly offset: number,
    readonly text: string | null,
    readonly end_lineno: number,
    readonly end_offset: number,
  ) {}
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isXDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
}
function isIdentStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c >= 128;
}
function isIdentChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ||
    c === 0x5f || c >= 128;
}




export interface Warning {
  category: 'SyntaxWarning' | 'DeprecationWarning';
  msg: string;
  lineno: number;
}

export class Scanner {
  readonly src: string;
  readonly n: number;
  readonly extra: boolean;
  /** Offset where the faked final newline sits (tokenize mode), or -1. */
  private readonly fakeNl: number;

  cur = 0;
  /** End (exclusive) of the current physical line, including its '\n'. */
  inp = 0;
  lineStart = 0;
  lineno = 0;
  /** tok->buf: start of the line buffer still held (start of a token spanning lines). */
  buf = 0;
  done: Done = Done.OK;
  /** tok->start: start of the token being read, -1 when none. */
  start = -1;
  firstLineno = 0;
  multiLineStart = 0;
  implicitNewline = false;
  private commentNewline = false;
  private atbol = true;
  private pendin = 0;
  private indent = 0;
  private readonly indstack = new Int32Array(MAXINDENT);
  private readonly altindstack = new Int32Array(MAXINDENT);
  level = 0;
  readonly parenstack = new Int32Array(MAXLEVEL);
  readonly parenlinenostack = new Int32Array(MAXLEVEL);
  /** Offset (into src) of each open bracket. */
  readonly parenoffstack = new Int32Array(MAXLEVEL);
  readonly parenlinestartstack = new Int32Array(MAXLEVEL);
  private readonly modes: TokMode[] = [newMode()];
  modeIndex = 0;
  private readonly hasNul: boolean;

  // Extent of the token last returned by next(); tStart -1 means no text (p_start NULL).
  tStart = -1;
  tEnd = -1;
  /** Debug-expression text of an f-string replacement field (token->metadata). */
  tMetadata: string | null = null;

  warnings: Warning[] | null = null;

  constructor(src: string, extra: boolean) {
    this.extra = extra;
    let fakeNl = -1;
    if (extra && src.length > 0 && src.charCodeAt(src.length - 1) !== 0x0a) {
      fakeNl = src.length;
      src += '\n';
    }
    this.src = src;
    this.n = src.length;
    this.fakeNl = fakeNl;
    this.hasNul = src.indexOf('\0') >= 0;
  }

  // ---- character level -------------------------------------------------------------------------

  nextc(): number {
    for (;;) {
      if (this.cur !== this.inp) return this.src.charCodeAt(this.cur++);
      if (this.done !== Done.OK) return EOF;
      if (!this.underflow()) {
        this.cur = this.inp;
        return EOF;
      }
    }
  }

  backup(c: number): void {
    if (c !== EOF) this.cur--;
  }

  /** Reads the next physical line into view; false at end of input. */
  private underflow(): boolean {
    const begin = this.inp;
    if (begin >= this.n) {
      // readline mode drops the held buffer first when no token is in progress
      if (this.extra && this.start === -1 && this.modeIndex === 0) this.buf = begin;
      this.done = Done.EOF_;
      return false;
    }
    if (this.extra) {
      if (this.start === -1 && this.modeIndex === 0) this.buf = begin;
    } else if (this.start === -1) {
      this.buf = begin;
    }
    const nl = this.src.indexOf('\n', begin);
    this.inp = nl < 0 ? this.n : nl + 1;
    this.lineStart = begin;
    this.lineno++;
    if (this.extra) this.implicitNewline = this.fakeNl >= begin && this.fakeNl < this.inp;
    if (this.hasNul) {
      const z = this.src.indexOf('\0', begin);
      if (z >= 0 && z < this.inp) {
        this.cur = begin;
        this.syntaxError('source code cannot contain null bytes');
      }
    }
    return true;
  }

  // ---- errors ----------------------------------------------------------------------------------

  /** Code points in src[from, to). */
  cpLen(from: number, to: number): number {
    let k = 0;
    for (let i = from; i < to; i++) {
      const c = this.src.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
        const d = this.src.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
      k++;
    }
    return k;
  }

  /** The current line without its newline (error text of tokenizer-raised errors). */
  private lineText(lineStart: number): string {
    const e = this.src.indexOf('\n', lineStart);
    return this.src.slice(lineStart, e < 0 ? this.n : e);
  }

  /** syntaxerror(): column from cur unless given (offsets into src). */
  syntaxError(msg: string, colFrom = -1, colTo = -1): never {
    const col = colFrom >= 0 ? this.cpLen(this.lineStart, colFrom) : this.cpLen(this.lineStart, this.cur);
    const endCol = colTo >= 0 ? this.cpLen(this.lineStart, colTo) : col;
    this.done = Done.ERROR;
    throw new TokError(true, Done.ERROR, 'SyntaxError', msg, this.lineno, col, this.lineText(this.lineStart),
      this.lineno, endCol);
  }

  /**
   * syntaxerror_known_range(): CPython passes UTF-8 byte offsets from the line start and stores
   * them unconverted as the error's columns.
   */
  private syntaxErrorRange(msg: string, fromOff: number, toOff: number): never {
    const col = utf8Len(this.src, this.lineStart, fromOff);
    const endCol = utf8Len(this.src, this.lineStart, toOff);
    this.done = Done.ERROR;
    throw new TokError(true, Done.ERROR, 'SyntaxError', msg, this.lineno, col, this.lineText(this.lineStart),
      this.lineno, endCol);
  }

  /** An error signalled by a done code; the parser (or tokenize module) words it. */
  private doneError(done: Done): never {
    this.done = done;
    if (done !== Done.LINECONT) this.cur = this.inp;
    throw this.describeDone(done);
  }

  private describeDone(done: Done): TokError {
    // What pegen's tokenizer-error conversion reports; tokenize mode rewords it in index.ts.
    const lineText = this.src.slice(this.buf, this.inp);
    const byteToCol = (byteOff: number): number => byteOffsetToCharOffset(lineText, byteOff);
    switch (done) {
      case Done.TABSPACE:
        return new TokError(false, done, 'TabError', 'inconsistent use of tabs and spaces in indentation',
          this.lineno, byteToCol(1), lineText, this.lineno, 0);
      case Done.TOODEEP:
        return new TokError(false, done, 'IndentationError', 'too many levels of indentation',
          this.lineno, byteToCol(1), lineText, this.lineno, 0);
      case Done.DEDENT: {
        const off = utf8Len(this.src, this.lineStart, this.cur);
        return new TokError(false, done, 'IndentationError',
          'unindent does not match any outer indentation level',
          this.lineno, byteToCol(off), lineText, this.lineno, -1);
      }
      case Done.LINECONT: {
        const off = utf8Len(this.src, this.buf, this.cur) - 1 + 1;
        return new TokError(false, done, 'SyntaxError',
          'unexpected character after line continuation character',
          this.lineno, byteToCol(off), lineText, this.lineno, 0);
      }
      case Done.EOF_:
      default: {
        if (this.level > 0) {
          const i = this.level - 1;
          const pline = this.parenlinenostack[i];
          const pls = this.parenlinestartstack[i];
          const off = utf8Len(this.src, pls, this.parenoffstack[i]) + 1;
          const text = pline === this.lineno ? lineText : this.lineText(pls);
          return new TokError(false, Done.EOF_, 'SyntaxError',
            `'${String.fromCharCode(this.parenstack[i])}' was never closed`,
            pline, byteOffsetToCharOffset(text, off), text, pline, 0);
        }
        const off = utf8Len(this.src, this.lineStart, this.cur);
        return new TokError(false, Done.EOF_, 'SyntaxError', 'unexpected EOF while parsing',
          this.lineno, byteToCol(off), lineText, this.lineno, -1);
      }
    }
  }

  private warn(msg: string): void {
    if (this.warnings) this.warnings.push({ category: 'SyntaxWarning', msg, lineno: this.lineno });
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private lookahead(test: string): boolean {
    let k = 0;
    let res = false;
    for (;;) {
      const c = this.nextc();
      if (k === test.length) {
        res = !isIdentChar(c);
      } else if (c === test.charCodeAt(k)) {
        k++;
        continue;
      }
      this.backup(c);
      this.cur -= k;
      return res;
    }
  }

  private verifyEndOfNumber(c: number, kind: string): void {
    if (this.extra) return;
    let r = false;
    if (c === 0x61) r = this.lookahead('nd');
    else if (c === 0x65) r = this.lookahead('lse');
    else if (c === 0x66) r = this.lookahead('or');
    else if (c === 0x69) {
      const c2 = this.nextc();
      if (c2 === 0x66 || c2 === 0x6e || c2 === 0x73) r = true;
      this.backup(c2);
    } else if (c === 0x6f) r = this.lookahead('r');
    else if (c === 0x6e) r = this.lookahead('ot');
    if (r) {
      this.backup(c);
      this.warn(`invalid ${kind} literal`);
      this.nextc();
    } else if (c < 128 && c !== EOF && isIdentChar(c)) {
      this.backup(c);
      this.syntaxError(`invalid ${kind} literal`);
    }
  }

  private verifyIdentifier(): void {
    if (this.extra) return;
    const s = this.src;
    let i = this.start;
    const end = this.cur;
    let first = true;
    while (i < end) {
      const cp = s.codePointAt(i)!;
      const w = cp > 0xffff ? 2 : 1;
      const ok = first ? isXidStart(cp) : isXidContinue(cp);
      if (!ok) {
        if (i + w < end) this.cur = i + w;
        const hex = cp.toString(16).toUpperCase().padStart(4, '0');
        if (isPrintableCodePoint(cp)) {
          this.syntaxError(`invalid character '${String.fromCodePoint(cp)}' (U+${hex})`);
        }
        this.syntaxError(`invalid non-printable character U+${hex}`);
      }
      first = false;
      i += w;
    }
  }

  /** Digits with single underscores between them; returns the char after. */
  private decimalTail(): number {
    let c: number;
    for (;;) {
      do c = this.nextc(); while (isDigit(c));
      if (c !== 0x5f) break;
      c = this.nextc();
      if (!isDigit(c)) {
        this.backup(c);
        this.syntaxError('invalid decimal literal');
      }
    }
    return c;
  }

  /** After a backslash: requires a newline; returns the first char of the next line. */
  private continuationLine(): number {
    let c = this.nextc();
    if (c === 0x0d) c = this.nextc();
    if (c !== 0x0a) this.doneError(Done.LINECONT);
    c = this.nextc();
    if (c === EOF) {
      this.done = Done.EOF_;
      this.cur = this.inp;
      throw this.describeDone(Done.EOF_);
    }
    this.backup(c);
    return c;
  }

  private insideFString(): boolean {
    return this.modeIndex > 0;
  }

  /** update_fstring_expr for '{' (start a new expression) and for the terminators. */
  private updateFStringExpr(m: TokMode, c: number): void {
    if (c === 0x7b) {
      m.exprStart = this.cur;
      m.exprEnd = -1;
    } else if (m.exprEnd === -1) {
      m.exprEnd = this.start;
    }
  }

  private setFStringExpr(m: TokMode): void {
    if (!m.debug || this.tMetadata !== null || m.exprStart < 0) return;
    const end = m.exprEnd >= 0 ? m.exprEnd : this.start;
    const text = this.src.slice(m.exprStart, end);
    this.tMetadata = text.indexOf('#') >= 0 ? stripComments(text) : text;
  }

  // ---- tokens ----------------------------------------------------------------------------------

  next(): number {
    this.tStart = this.tEnd = -1;
    this.tMetadata = null;
    const m = this.modes[this.modeIndex];
    return m.kind === Mode.REGULAR ? this.normalMode(m) : this.fstringMode(m);
  }

  private tok(type: number, from: number, to: number): number {
    this.tStart = from;
    this.tEnd = to;
    return type;
  }

  private normalMode(m: TokMode): number {
    let c: number;
    let blankline: boolean;
    for (;;) { // nextline
      this.start = -1;
      blankline = false;

      if (this.atbol) {
        let col = 0;
        let altcol = 0;
        this.atbol = false;
        let contLineCol = 0;
        for (;;) {
          c = this.nextc();
          if (c === 0x20) {
            col++; altcol++;
          } else if (c === 0x09) {
            col = ((col / TABSIZE | 0) + 1) * TABSIZE;
            altcol = altcol + 1;
          } else if (c === 0x0c) {
            col = altcol = 0;
          } else if (c === 0x5c) {
            contLineCol = contLineCol ? contLineCol : col;
            c = this.continuationLine();
          } else {
            break;
          }
        }
        this.backup(c);
        if (c === 0x23 || c === 0x0a || c === 0x0d) blankline = true;
        if (!blankline && this.level === 0) {
          if (contLineCol) {
            col = contLineCol;
            altcol = contLineCol;
          }
          const ind = this.indent;
          if (col === this.indstack[ind]) {
            if (altcol !== this.altindstack[ind]) this.doneError(Done.TABSPACE);
          } else if (col > this.indstack[ind]) {
            if (ind + 1 >= MAXINDENT) this.doneError(Done.TOODEEP);
            if (altcol <= this.altindstack[ind]) this.doneError(Done.TABSPACE);
            this.pendin++;
            this.indent++;
            this.indstack[this.indent] = col;
            this.altindstack[this.indent] = altcol;
          } else {
            while (this.indent > 0 && col < this.indstack[this.indent]) {
              this.pendin--;
              this.indent--;
            }
            if (col !== this.indstack[this.indent]) this.doneError(Done.DEDENT);
            if (altcol !== this.altindstack[this.indent]) this.doneError(Done.TABSPACE);
          }
        }
      }

      this.start = this.cur;
      if (this.pendin !== 0) {
        if (this.pendin < 0) {
          this.pendin++;
          return this.extra ? this.tok(T.DEDENT, this.cur, this.cur) : T.DEDENT;
        }
        this.pendin--;
        return this.extra ? this.tok(T.INDENT, this.buf, this.cur) : T.INDENT;
      }

      // again:
      for (;;) {
        this.start = -1;
        do c = this.nextc(); while (c === 0x20 || c === 0x09 || c === 0x0c);
        this.start = this.cur - (c === EOF ? 0 : 1);

        if (c === 0x23) {
          const p = this.start;
          while (c !== EOF && c !== 0x0a && c !== 0x0d) c = this.nextc();
          if (this.extra) {
            this.backup(c);
            this.commentNewline = blankline;
            return this.tok(T.COMMENT, p, this.cur);
          }
        }

        if (c === EOF) {
          if (this.level) throw this.describeDone(Done.EOF_);
          if (this.done === Done.EOF_) return T.ENDMARKER;
          throw this.describeDone(this.done);
        }

        if (isIdentStart(c)) return this.identifierOrPrefixedString(c);

        if (c === 0x0d) c = this.nextc();

        if (c === 0x0a) {
          this.atbol = true;
          if (blankline || this.level > 0) {
            if (this.extra) {
              this.commentNewline = false;
              return this.tok(T.NL, this.start, this.cur);
            }
            break; // goto nextline
          }
          if (this.commentNewline && this.extra) {
            this.commentNewline = false;
            return this.tok(T.NL, this.start, this.cur);
          }
          return this.tok(T.NEWLINE, this.start, this.cur - 1);
        }

        if (c === 0x2e) {
          c = this.nextc();
          if (isDigit(c)) return this.number(c, 'fraction');
          if (c === 0x2e) {
            c = this.nextc();
            if (c === 0x2e) return this.tok(T.ELLIPSIS, this.start, this.cur);
            this.backup(c);
            this.backup(0x2e);
          } else {
            this.backup(c);
          }
          return this.tok(T.DOT, this.start, this.cur);
        }

        if (isDigit(c)) return this.number(c, 'start');

        if (c === 0x27 || c === 0x22) return this.string(c);

        if (c === 0x5c) {
          this.continuationLine();
          continue; // goto again
        }

        return this.operator(c, m);
      }
    }
  }

  private identifierOrPrefixedString(c: number): number {
    let sawB = false, sawR = false, sawU = false, sawF = false;
    for (;;) {
      if (!(sawB || sawU || sawF) && (c === 0x62 || c === 0x42)) sawB = true;
      else if (!(sawB || sawU || sawR || sawF) && (c === 0x75 || c === 0x55)) sawU = true;
      else if (!(sawR || sawU) && (c === 0x72 || c === 0x52)) sawR = true;
      else if (!(sawF || sawB || sawU) && (c === 0x66 || c === 0x46)) sawF = true;
      else break;
      c = this.nextc();
      if (c === 0x22 || c === 0x27) {
        if (sawF) return this.fstringStart(c);
        return this.string(c);
      }
    }
    let nonascii = false;
    while (isIdentChar(c)) {
      if (c >= 128) nonascii = true;
      c = this.nextc();
    }
    this.backup(c);
    if (nonascii) this.verifyIdentifier();
    const len = this.cur - this.start;
    if (len === 5 && this.src.charCodeAt(this.start) === 0x61) {
      const s = this.src;
      const b = this.start;
      if (s.startsWith('sync', b + 1)) return this.tok(T.ASYNC, b, this.cur);
      if (s.startsWith('wait', b + 1)) return this.tok(T.AWAIT, b, this.cur);
    }
    return this.tok(T.NAME, this.start, this.cur);
  }

  private number(c: number, entry: 'start' | 'fraction'): number {
    if (entry === 'fraction') return this.numberFraction(c);
    if (c === 0x30) {
      c = this.nextc();
      if (c === 0x78 || c === 0x58) {
        c = this.nextc();
        do {
          if (c === 0x5f) c = this.nextc();
          if (!isXDigit(c)) {
            this.backup(c);
            this.syntaxError('invalid hexadecimal literal');
          }
          do c = this.nextc(); while (isXDigit(c));
        } while (c === 0x5f);
        this.verifyEndOfNumber(c, 'hexadecimal');
      } else if (c === 0x6f || c === 0x4f) {
        c = this.nextc();
        do {
          if (c === 0x5f) c = this.nextc();
          if (c < 0x30 || c >= 0x38) {
            if (isDigit(c)) this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in octal literal`);
            this.backup(c);
            this.syntaxError('invalid octal literal');
          }
          do c = this.nextc(); while (c >= 0x30 && c < 0x38);
        } while (c === 0x5f);
        if (isDigit(c)) this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in octal literal`);
        this.verifyEndOfNumber(c, 'octal');
      } else if (c === 0x62 || c === 0x42) {
        c = this.nextc();
        do {
          if (c === 0x5f) c = this.nextc();
          if (c !== 0x30 && c !== 0x31) {
            if (isDigit(c)) this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in binary literal`);
            this.backup(c);
            this.syntaxError('invalid binary literal');
          }
          do c = this.nextc(); while (c === 0x30 || c === 0x31);
        } while (c === 0x5f);
        if (isDigit(c)) this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in binary literal`);
        this.verifyEndOfNumber(c, 'binary');
      } else {
        let nonzero = false;
        for (;;) {
          if (c === 0x5f) {
            c = this.nextc();
            if (!isDigit(c)) {
              this.backup(c);
              this.syntaxError('invalid decimal literal');
            }
          }
          if (c !== 0x30) break;
          c = this.nextc();
        }
        const zerosEnd = this.cur;
        if (isDigit(c)) {
          nonzero = true;
          c = this.decimalTail();
        }
        if (c === 0x2e) {
          c = this.nextc();
          return this.numberFraction(c);
        } else if (c === 0x65 || c === 0x45) {
          return this.numberExponent(c);
        } else if (c === 0x6a || c === 0x4a) {
          return this.numberImaginary();
        } else if (nonzero && !this.extra) {
          this.backup(c);
          this.syntaxErrorRange(
            'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
            this.start + 1, zerosEnd);
        }
        this.verifyEndOfNumber(c, 'decimal');
      }
    } else {
      c = this.decimalTail();
      if (c === 0x2e) {
        c = this.nextc();
        return this.numberFraction(c);
      }
      if (c === 0x65 || c === 0x45) return this.numberExponent(c);
      if (c === 0x6a || c === 0x4a) return this.numberImaginary();
      this.verifyEndOfNumber(c, 'decimal');
    }
    this.backup(c);
    return this.tok(T.NUMBER, this.start, this.cur);
  }

  /** `c` is the first char after the '.'. */
  private numberFraction(c: number): number {
    if (isDigit(c)) c = this.decimalTail();
    if (c === 0x65 || c === 0x45) return this.numberExponent(c);
    if (c === 0x6a || c === 0x4a) return this.numberImaginary();
    this.verifyEndOfNumber(c, 'decimal');
    this.backup(c);
    return this.tok(T.NUMBER, this.start, this.cur);
  }

  /** `e` is the 'e'/'E' just read. */
  private numberExponent(e: number): number {
    let c = this.nextc();
    if (c === 0x2b || c === 0x2d) {
      c = this.nextc();
      if (!isDigit(c)) {
        this.backup(c);
        this.syntaxError('invalid decimal literal');
      }
    } else if (!isDigit(c)) {
      this.backup(c);
      this.verifyEndOfNumber(e, 'decimal');
      this.backup(e);
      return this.tok(T.NUMBER, this.start, this.cur);
    }
    c = this.decimalTail();
    if (c === 0x6a || c === 0x4a) return this.numberImaginary();
    this.verifyEndOfNumber(c, 'decimal');
    this.backup(c);
    return this.tok(T.NUMBER, this.start, this.cur);
  }

  /** After the 'j'/'J'. */
  private numberImaginary(): number {
    const c = this.nextc();
    this.verifyEndOfNumber(c, 'imaginary');
    this.backup(c);
    return this.tok(T.NUMBER, this.start, this.cur);
  }

  private fstringStart(quote: number): number {
    let quoteSize = 1;
    this.firstLineno = this.lineno;
    this.multiLineStart = this.lineStart;
    const afterQuote = this.nextc();
    if (afterQuote === quote) {
      const afterAfter = this.nextc();
      if (afterAfter === quote) {
        quoteSize = 3;
      } else {
        this.backup(afterAfter);
        this.backup(afterQuote);
      }
    }
    if (afterQuote !== quote) this.backup(afterQuote);
    const from = this.start;
    const to = this.cur;
    if (this.modeIndex + 1 >= MAXFSTRINGLEVEL) this.syntaxError('too many nested f-strings');
    const idx = ++this.modeIndex;
    if (idx >= this.modes.length) this.modes.push(newMode());
    const nm = this.modes[idx];
    nm.kind = Mode.FSTRING;
    nm.quote = quote;
    nm.quoteSize = quoteSize;
    nm.start = this.start;
    nm.multiLineStart = this.lineStart;
    nm.lineStart = this.lineno;
    nm.exprStart = -1;
    nm.exprEnd = -1;
    nm.debug = false;
    const p0 = this.src.charCodeAt(this.start) | 0x20;
    nm.raw = p0 === 0x66 ? (this.src.charCodeAt(this.start + 1) | 0x20) === 0x72 : true;
    nm.curlyDepth = 0;
    nm.exprStartDepth = -1;
    return this.tok(T.FSTRING_START, from, to);
  }

  private string(quote: number): number {
    let quoteSize = 1;
    let endQuoteSize = 0;
    this.firstLineno = this.lineno;
    this.multiLineStart = this.lineStart;
    let c = this.nextc();
    if (c === quote) {
      c = this.nextc();
      if (c === quote) quoteSize = 3;
      else endQuoteSize = 1;
    }
    if (c !== quote) this.backup(c);
    while (endQuoteSize !== quoteSize) {
      c = this.nextc();
      if (c === EOF || (quoteSize === 1 && c === 0x0a)) {
        this.cur = this.start + 1;
        this.lineStart = this.multiLineStart;
        const detected = this.lineno;
        this.lineno = this.firstLineno;
        if (this.insideFString()) {
          const cm = this.modes[this.modeIndex];
          if (cm.quote === quote && cm.quoteSize === quoteSize) {
            this.syntaxError("f-string: expecting '}'");
          }
        }
        if (quoteSize === 3) {
          this.syntaxError(`unterminated triple-quoted string literal (detected at line ${detected})`);
        }
        this.syntaxError(`unterminated string literal (detected at line ${detected})`);
      }
      if (c === quote) {
        endQuoteSize++;
      } else {
        endQuoteSize = 0;
        if (c === 0x5c) {
          c = this.nextc();
          if (c === 0x0d) c = this.nextc();
        }
      }
    }
    return this.tok(T.STRING, this.start, this.cur);
  }

  private operator(c: number, m: TokMode): number {
    const isPunct = c === 0x3a || c === 0x7d || c === 0x21 || c === 0x7b;
    if (isPunct && this.insideFString() && m.exprStartDepth >= 0) {
      const cursor = m.curlyDepth - (c !== 0x7b ? 1 : 0);
      // 3.12.1 tracks the expression text only at the field's own level
      if (cursor === 0) {
        this.updateFStringExpr(m, c);
        if (c !== 0x7b) this.setFStringExpr(m);
      }
      if (c === 0x3a && cursor === m.exprStartDepth) {
        m.kind = Mode.FSTRING;
        return this.tok(T.COLON, this.start, this.cur);
      }
    }

    const c2 = this.nextc();
    let two = T.twoCharsType(c, c2);
    if (two !== T.OP) {
      const c3 = this.nextc();
      const three = T.threeCharsType(c, c2, c3);
      if (three !== T.OP) two = three;
      else this.backup(c3);
      return this.tok(two, this.start, this.cur);
    }
    this.backup(c2);

    switch (c) {
      case 0x28: case 0x5b: case 0x7b:
        if (this.level >= MAXLEVEL) this.syntaxError('too many nested parentheses');
        this.parenstack[this.level] = c;
        this.parenlinenostack[this.level] = this.lineno;
        this.parenoffstack[this.level] = this.start;
        this.parenlinestartstack[this.level] = this.lineStart;
        this.level++;
        if (this.insideFString()) m.curlyDepth++;
        break;
      case 0x29: case 0x5d: case 0x7d: {
        const ch = String.fromCharCode(c);
        if (this.insideFString() && !m.curlyDepth && c === 0x7d) {
          this.syntaxError("f-string: single '}' is not allowed");
        }
        if (!this.extra && !this.level) this.syntaxError(`unmatched '${ch}'`);
        if (this.level > 0) {
          this.level--;
          const opening = this.parenstack[this.level];
          if (!this.extra && !((opening === 0x28 && c === 0x29) || (opening === 0x5b && c === 0x5d) ||
            (opening === 0x7b && c === 0x7d))) {
            if (this.insideFString() && opening === 0x7b) {
              if (m.curlyDepth - 1 === m.exprStartDepth) this.syntaxError(`f-string: unmatched '${ch}'`);
            }
            const op = String.fromCharCode(opening);
            if (this.parenlinenostack[this.level] !== this.lineno) {
              this.syntaxError(`closing parenthesis '${ch}' does not match opening parenthesis '${op}' on line ${this.parenlinenostack[this.level]}`);
            }
            this.syntaxError(`closing parenthesis '${ch}' does not match opening parenthesis '${op}'`);
          }
        }
        if (this.insideFString()) {
          // 3.12.1 lets the depth go negative (the "f-string: unmatched" check came later)
          m.curlyDepth--;
          if (c === 0x7d && m.curlyDepth === m.exprStartDepth) {
            m.exprStartDepth--;
            m.kind = Mode.FSTRING;
            m.debug = false;
          }
        }
        break;
      }
      default:
        break;
    }

    if (c < 128 && !isPrintableCodePoint(c)) {
      this.syntaxError(`invalid non-printable character U+${c.toString(16).toUpperCase().padStart(4, '0')}`);
    }
    if (c === 0x3d && m.exprStartDepth >= 0) m.debug = true;
    return this.tok(T.oneCharType(c), this.start, this.cur);
  }

  private fstringMode(m: TokMode): number {
    let endQuoteSize = 0;
    let unicodeEscape = false;
    this.start = this.cur;
    this.firstLineno = this.lineno;

    const startChar = this.nextc();
    if (startChar === 0x7b) {
      const peek1 = this.nextc();
      this.backup(peek1);
      this.backup(startChar);
      if (peek1 !== 0x7b) {
        m.exprStartDepth++;
        if (m.exprStartDepth >= MAX_EXPR_NESTING) this.syntaxError('f-string: expressions nested too deeply');
        m.kind = Mode.REGULAR;
        return this.normalMode(m);
      }
    } else {
      this.backup(startChar);
    }

    let atEnd = true;
    for (let i = 0; i < m.quoteSize; i++) {
      const q = this.nextc();
      if (q !== m.quote) {
        this.backup(q);
        atEnd = false;
        break;
      }
    }
    if (atEnd) {
      m.exprStart = -1;
      m.exprEnd = -1;
      const from = this.start;
      this.modeIndex--;
      return this.tok(T.FSTRING_END, from, this.cur);
    }

    this.multiLineStart = this.lineStart;
    while (endQuoteSize !== m.quoteSize) {
      const c = this.nextc();
      // 3.12.1: "in a format spec" = the field's expression has ended and a field is open
      const inFormatSpec = m.exprEnd !== -1 && m.exprStartDepth >= 0;
      if (c === EOF || (m.quoteSize === 1 && c === 0x0a)) {
        if (inFormatSpec && c === 0x0a) {
          this.backup(c);
          m.kind = Mode.REGULAR;
          return this.tok(T.FSTRING_MIDDLE, this.start, this.cur);
        }
        this.cur = m.start + 1;
        this.lineStart = m.multiLineStart;
        const detected = this.lineno;
        this.lineno = m.lineStart;
        if (m.quoteSize === 3) {
          this.syntaxError(`unterminated triple-quoted f-string literal (detected at line ${detected})`);
        }
        this.syntaxError(`unterminated f-string literal (detected at line ${detected})`);
      }
      if (c === m.quote) {
        endQuoteSize++;
        continue;
      }
      endQuoteSize = 0;
      if (c === 0x7b) {
        const peek = this.nextc();
        if (peek !== 0x7b || inFormatSpec) {
          this.backup(peek);
          this.backup(c);
          m.exprStartDepth++;
          if (m.exprStartDepth >= MAX_EXPR_NESTING) this.syntaxError('f-string: expressions nested too deeply');
          m.kind = Mode.REGULAR;
          return this.tok(T.FSTRING_MIDDLE, this.start, this.cur);
        }
        return this.tok(T.FSTRING_MIDDLE, this.start, this.cur - 1);
      } else if (c === 0x7d) {
        if (unicodeEscape) return this.tok(T.FSTRING_MIDDLE, this.start, this.cur);
        const peek = this.nextc();
        if (peek === 0x7d && !inFormatSpec && m.curlyDepth === 0) {
          return this.tok(T.FSTRING_MIDDLE, this.start, this.cur - 1);
        }
        this.backup(peek);
        this.backup(c);
        m.kind = Mode.REGULAR;
        return this.tok(T.FSTRING_MIDDLE, this.start, this.cur);
      } else if (c === 0x5c) {
        let peek = this.nextc();
        if (peek === 0x0d) peek = this.nextc();
        if (peek === 0x7b || peek === 0x7d) {
          if (!m.raw) this.warn(`invalid escape sequence '\\${String.fromCharCode(peek)}'`);
          this.backup(peek);
          continue;
        }
        if (!m.raw && peek === 0x4e) {
          peek = this.nextc();
          if (peek === 0x7b) unicodeEscape = true;
          else this.backup(peek);
        }
      }
    }
    for (let i = 0; i < m.quoteSize; i++) this.backup(m.quote);
    return this.tok(T.FSTRING_MIDDLE, this.start, this.cur);
  }

  /** True when the token just returned is a DEDENT/ENDMARKER produced at end of input. */
  atEOF(): boolean {
    return this.done === Done.EOF_;
  }
}

/** Drops `#...` up to (not including) each newline: the debug text of `f"{x # c\n=}"`. */
function stripComments(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 0x23) {
      while (i < text.length && text.charCodeAt(i) !== 0x0a) i++;
      if (i < text.length) out += '\n';
    } else {
      out += text[i];
    }
  }
  return out;
}
