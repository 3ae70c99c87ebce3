/**
 * Token type numbers and names of CPython 3.12's `token` module (Lib/token.py), and the exact
 * operator table (`token.EXACT_TOKEN_TYPES`).
 *
 * The C tokenizer hands the PEG parser ASYNC (57) and AWAIT (56) for the words `async`/`await`
 * (3.12's grammar still names those tokens); `tokenize.py` reports them as NAME.
 */

export const ENDMARKER = 0;
export const NAME = 1;
export const NUMBER = 2;
export const STRING = 3;
export const NEWLINE = 4;
export const INDENT = 5;
export const DEDENT = 6;
export const LPAR = 7;
export const RPAR = 8;
export const LSQB = 9;
export const RSQB = 10;
export const COLON = 11;
export const COMMA = 12;
export const SEMI = 13;
export const PLUS = 14;
export const MINUS = 15;
export const STAR = 16;
export const SLASH = 17;
export const VBAR = 18;
export const AMPER = 19;
export const LESS = 20;
export const GREATER = 21;
export const EQUAL = 22;
export const DOT = 23;
export const PERCENT = 24;
export const LBRACE = 25;
export const RBRACE = 26;
export const EQEQUAL = 27;
export const NOTEQUAL = 28;
export const LESSEQUAL = 29;
export const GREATEREQUAL = 30;
export const TILDE = 31;
export const CIRCUMFLEX = 32;
export const LEFTSHIFT = 33;
export const RIGHTSHIFT = 34;
export const DOUBLESTAR = 35;
export const PLUSEQUAL = 36;
export const MINEQUAL = 37;
export const STAREQUAL = 38;
export const SLASHEQUAL = 39;
export const PERCENTEQUAL = 40;
export const AMPEREQUAL = 41;
export const VBAREQUAL = 42;
export const CIRCUMFLEXEQUAL = 43;
export const LEFTSHIFTEQUAL = 44;
export const RIGHTSHIFTEQUAL = 45;
export const DOUBLESTAREQUAL = 46;
export const DOUBLESLASH = 47;
export const DOUBLESLASHEQUAL = 48;
export const AT = 49;
export const ATEQUAL = 50;
export const RARROW = 51;
export const ELLIPSIS = 52;
export const COLONEQUAL = 53;
export const EXCLAMATION = 54;
export const OP = 55;
export const AWAIT = 56;
export const ASYNC = 57;
export const TYPE_IGNORE = 58;
export const TYPE_COMMENT = 59;
export const SOFT_KEYWORD = 60;
export const FSTRING_START = 61;
export const FSTRING_MIDDLE = 62;
export const FSTRING_END = 63;
export const COMMENT = 64;
export const NL = 65;
export const ERRORTOKEN = 66;
export const ENCODING = 67;
export const N_TOKENS = 68;
export const NT_OFFSET = 256;

/** `token.tok_name` for 0..N_TOKENS (NT_OFFSET is looked up separately). */
export const TOK_NAMES: readonly string[] = [
  'ENDMARKER', 'NAME', 'NUMBER', 'STRING', 'NEWLINE', 'INDENT', 'DEDENT', 'LPAR', 'RPAR', 'LSQB',
  'RSQB', 'COLON', 'COMMA', 'SEMI', 'PLUS', 'MINUS', 'STAR', 'SLASH', 'VBAR', 'AMPER', 'LESS',
  'GREATER', 'EQUAL', 'DOT', 'PERCENT', 'LBRACE', 'RBRACE', 'EQEQUAL', 'NOTEQUAL', 'LESSEQUAL',
  'GREATEREQUAL', 'TILDE', 'CIRCUMFLEX', 'LEFTSHIFT', 'RIGHTSHIFT', 'DOUBLESTAR', 'PLUSEQUAL',
  'MINEQUAL', 'STAREQUAL', 'SLASHEQUAL', 'PERCENTEQUAL', 'AMPEREQUAL', 'VBAREQUAL',
  'CIRCUMFLEXEQUAL', 'LEFTSHIFTEQUAL', 'RIGHTSHIFTEQUAL', 'DOUBLESTAREQUAL', 'DOUBLESLASH',
  'DOUBLESLASHEQUAL', 'AT', 'ATEQUAL', 'RARROW', 'ELLIPSIS', 'COLONEQUAL', 'EXCLAMATION', 'OP',
  'AWAIT', 'ASYNC', 'TYPE_IGNORE', 'TYPE_COMMENT', 'SOFT_KEYWORD', 'FSTRING_START',
  'FSTRING_MIDDLE', 'FSTRING_END', 'COMMENT', 'NL', 'ERRORTOKEN', 'ENCODING', 'N_TOKENS',
];

export function tokName(type: number): string {
  if (type === NT_OFFSET) return 'NT_OFFSET';
  return TOK_NAMES[type] ?? String(type);
}

/** `token.EXACT_TOKEN_TYPES`: operator text to exact type. */
export const EXACT_TOKEN_TYPES: ReadonlyMap<string, number> = new Map<string, number>([
  ['!', EXCLAMATION], ['!=', NOTEQUAL], ['%', PERCENT], ['%=', PERCENTEQUAL], ['&', AMPER],
  ['&=', AMPEREQUAL], ['(', LPAR], [')', RPAR], ['*', STAR], ['**', DOUBLESTAR],
  ['**=', DOUBLESTAREQUAL], ['*=', STAREQUAL], ['+', PLUS], ['+=', PLUSEQUAL], [',', COMMA],
  ['-', MINUS], ['-=', MINEQUAL], ['->', RARROW], ['.', DOT], ['...', ELLIPSIS], ['/', SLASH],
  ['//', DOUBLESLASH], ['//=', DOUBLESLASHEQUAL], ['/=', SLASHEQUAL], [':', COLON],
  [':=', COLONEQUAL], [';', SEMI], ['<', LESS], ['<<', LEFTSHIFT], ['<<=', LEFTSHIFTEQUAL],
  ['<=', LESSEQUAL], ['=', EQUAL], ['==', EQEQUAL], ['>', GREATER], ['>=', GREATEREQUAL],
  ['>>', RIGHTSHIFT], ['>>=', RIGHTSHIFTEQUAL], ['@', AT], ['@=', ATEQUAL], ['[', LSQB],
  [']', RSQB], ['^', CIRCUMFLEX], ['^=', CIRCUMFLEXEQUAL], ['{', LBRACE], ['|', VBAR],
  ['|=', VBAREQUAL], ['}', RBRACE], ['~', TILDE],
]);

/** Exact type of a one-character operator given its char code; OP when it is none. */
export function oneCharType(c: number): number {
  switch (c) {
    case 0x21: return EXCLAMATION; // !
    case 0x25: return PERCENT;
    case 0x26: return AMPER;
    case 0x28: return LPAR;
    case 0x29: return RPAR;
    case 0x2a: return STAR;
    case 0x2b: return PLUS;
    case 0x2c: return COMMA;
    case 0x2d: return MINUS;
    case 0x2e: return DOT;
    case 0x2f: return SLASH;
    case 0x3a: return COLON;
    case 0x3b: return SEMI;
    case 0x3c: return LESS;
    case 0x3d: return EQUAL;
    case 0x3e: return GREATER;
    case 0x40: return AT;
    case 0x5b: return LSQB;
    case 0x5d: return RSQB;
    case 0x5e: return CIRCUMFLEX;
    case 0x7b: return LBRACE;
    case 0x7c: return VBAR;
    case 0x7d: return RBRACE;
    case 0x7e: return TILDE;
    default: return OP;
  }
}

/** Exact type of a two-character operator; OP when the pair is none. */
export function twoCharsType(c1: number, c2: number): number {
  switch (c1) {
    case 0x21: return c2 === 0x3d ? NOTEQUAL : OP; // !=
    case 0x25: return c2 === 0x3d ? PERCENTEQUAL : OP;
    case 0x26: return c2 === 0x3d ? AMPEREQUAL : OP;
    case 0x2a: return c2 === 0x2a ? DOUBLESTAR : c2 === 0x3d ? STAREQUAL : OP;
    case 0x2b: return c2 === 0x3d ? PLUSEQUAL : OP;
    case 0x2d: return c2 === 0x3d ? MINEQUAL : c2 === 0x3e ? RARROW : OP;
    case 0x2f: return c2 === 0x2f ? DOUBLESLASH : c2 === 0x3d ? SLASHEQUAL : OP;
    case 0x3a: return c2 === 0x3d ? COLONEQUAL : OP;
    case 0x3c:
      return c2 === 0x3c ? LEFTSHIFT : c2 === 0x3d ? LESSEQUAL : c2 === 0x3e ? NOTEQUAL : OP;
    case 0x3d: return c2 === 0x3d ? EQEQUAL : OP;
    case 0x3e: return c2 === 0x3d ? GREATEREQUAL : c2 === 0x3e ? RIGHTSHIFT : OP;
    case 0x40: return c2 === 0x3d ? ATEQUAL : OP;
    case 0x5e: return c2 === 0x3d ? CIRCUMFLEXEQUAL : OP;
    case 0x7c: return c2 === 0x3d ? VBAREQUAL : OP;
    default: return OP;
  }
}

/** Exact type of a three-character operator; OP when the triple is none. */
export function threeCharsType(c1: number, c2: number, c3: number): number {
  if (c3 === 0x3d) {
    if (c1 === 0x2a && c2 === 0x2a) return DOUBLESTAREQUAL;
    if (c1 === 0x2f && c2 === 0x2f) return DOUBLESLASHEQUAL;
    if (c1 === 0x3c && c2 === 0x3c) return LEFTSHIFTEQUAL;
    if (c1 === 0x3e && c2 === 0x3e) return RIGHTSHIFTEQUAL;
  }
  if (c1 === 0x2e && c2 === 0x2e && c3 === 0x2e) return ELLIPSIS;
  return OP;
}

/**
 * One token. Columns are 0-based; `col`/`end_col` count code points, `bcol`/`end_bcol` UTF-8
 * bytes (AST col_offset). INDENT/DEDENT/ENDMARKER carry the positions tokenize.py reports.
 */
export interface Token {
  /** Exact type in parser mode (LPAR, PLUS, ...); OP for operators in tokenize mode. */
  type: number;
  /** Always the exact type. */
  exact: number;
  string: string;
  lineno: number;
  col: number;
  end_lineno: number;
  end_col: number;
  bcol: number;
  end_bcol: number;
  /** The physical line(s) the token is on, as tokenize reports them. */
  line: string;
  /**
   * Parser mode, f-string replacement fields with '=': the expression text as written (what
   * the debug Constant holds), on the '!', ':' or '}' token that ends it (token->metadata).
   */
  metadata?: string;
}
