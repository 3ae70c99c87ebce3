/**
 * Parser entry point: source text → CPython 3.12 AST (`ast.parse` / `compile(..., PyCF_ONLY_AST)`).
 *
 * Two passes as in pegen: the first without `invalid_*` rules; if it fails, a second pass with
 * them produces the specialised message, else a generic "invalid syntax" at the furthest token
 * the first pass reached. Tokenizer errors keep CPython's precedence (see `finishError`).
 */
import type * as A from '../ast/nodes';
import { PySyntaxError } from '../compiler/errors';
import { tokenizeUntilError, type TokenizerError, type TokenizerWarning } from '../tokenizer/index';
import { Parser, ParseAbort, T, type Mode, type PToken } from './core';
import { expressions, expression, gather } from './expressions';
import { statement_newline, statements } from './statements';

export type { Mode };

export interface ParseOptions {
  /** Receives the SyntaxWarnings CPython emits while parsing (tokenizer's and invalid escapes). */
  warnings?: TokenizerWarning[];
  /** `ast.parse(..., type_comments=True)`: `# type:` comments become TYPE_COMMENT tokens / TypeIgnores. */
  typeComments?: boolean;
}

/**
 * CPython's MemoryError "Parser stack overflowed - Python source too complex to parse": thrown
 * when the source nests deeper than our recursion can go (CPython's limit is its MAXSTACK=6000
 * rule levels; ours is the JS stack, so the threshold differs).
 */
export class ParserStackOverflow extends Error {
  readonly pyType = 'MemoryError';
  constructor() {
    super('Parser stack overflowed - Python source too complex to parse');
  }
}

/** Parse `source`; throws PySyntaxError (SyntaxError / IndentationError / TabError) or ParserStackOverflow. */
export function parse(source: string, filename: string, mode: 'exec', opts?: ParseOptions): A.Module;
export function parse(source: string, filename: string, mode: 'eval', opts?: ParseOptions): A.Expression;
export function parse(source: string, filename: string, mode: 'single', opts?: ParseOptions): A.Interactive;
export function parse(source: string, filename: string, mode: 'func_type', opts?: ParseOptions): A.FunctionType;
export function parse(source: string, filename: string, mode: Mode, opts?: ParseOptions): A.mod;
export function parse(source: string, filename: string, mode: Mode, opts: ParseOptions = {}): A.mod {
  const warnings = opts.warnings;
  const r = tokenizeUntilError(source, { mode: 'parser', filename, execInput: mode === 'exec', warnings });
  let toks = r.tokens as unknown as PToken[];
  const tokErr = r.error;
  let ignores: A.TypeIgnore[] = [];
  if (opts.typeComments) [toks, ignores] = withTypeComments(source, toks);
  if (mode === 'single') toks = singleInputTokens(toks);
  const res = parseTokens(toks, source, filename, mode, tokErr, warnings ?? null);
  if (res._type === 'Module' && ignores.length) res.type_ignores = ignores;
  return res;
}

/** Parse an already tokenized source (parser-mode tokens). `tokErr`: the tokenizer failed after `toks`. */
export function parseTokens(
  toks: PToken[], source: string, filename: string, mode: Mode, tokErr: TokenizerError | null = null,
  warnings: TokenizerWarning[] | null = null,
): A.mod {
  try {
    return parseWith(new Parser(toks, source, filename, mode, tokErr), warnings);
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw new ParserStackOverflow();
    throw e;
  }
}

function parseWith(p: Parser, warnings: TokenizerWarning[] | null): A.mod {
  p.warnings = warnings;
  let res: A.mod | null;
  try {
    res = runRule(p);
  } catch (e) {
    // An error raised in the first pass (forced tokens, f-string checks, ...) stands, except
    // that a later tokenizer error may still override it.
    if (e instanceof ParseAbort) throw finishError(p, e.err, e.fromTokenizer);
    throw e;
  }
  if (res !== null) {
    if (p.mode === 'single') checkSingleStatement(p);
    return res;
  }
  // Second pass with the invalid_ rules.
  const lastIdx = Math.max(0, p.fill - 1);
  p.resetForSecondPass();
  try {
    runRule(p);
  } catch (e) {
    if (e instanceof ParseAbort) throw finishError(p, e.err, e.fromTokenizer);
    throw e;
  }
  const ty = p.tt[lastIdx];
  if (ty === T.INDENT || ty === T.DEDENT) throw genericError(p, lastIdx); // final: no tokenizer check
  throw finishError(p, genericError(p, lastIdx), false);
}

function runRule(p: Parser): A.mod | null {
  switch (p.mode) {
    case 'exec': {
      // file: [statements] ENDMARKER
      const m = p.mark;
      let a = statements(p);
      if (a === null) p.mark = m;
      if (!p.eat(T.ENDMARKER)) return null;
      return { _type: 'Module', body: a ?? [], type_ignores: [] };
    }
    case 'eval': {
      // eval: expressions NEWLINE* ENDMARKER
      const a = expressions(p);
      if (a === null) return null;
      while (p.eat(T.NEWLINE));
      if (!p.eat(T.ENDMARKER)) return null;
      return { _type: 'Expression', body: a };
    }
    case 'single': {
      // interactive: statement_newline
      const a = statement_newline(p);
      if (a === null) return null;
      return { _type: 'Interactive', body: a };
    }
    case 'func_type': {
      // func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER
      if (!p.eat(T.LPAR)) return null;
      const m = p.mark;
      let a = type_expressions(p);
      if (a === null) p.mark = m;
      if (!p.eat(T.RPAR) || !p.eat(T.RARROW)) return null;
      const b = expression(p);
      if (b === null) return null;
      while (p.eat(T.NEWLINE));
      if (!p.eat(T.ENDMARKER)) return null;
      return { _type: 'FunctionType', argtypes: a ?? [], returns: b };
    }
  }
}

// type_expressions:
//     | ','.expression+ ',' '*' expression ',' '**' expression
//     | ','.expression+ ',' '*' expression | ','.expression+ ',' '**' expression
//     | '*' expression ',' '**' expression | '*' expression | '**' expression
//     | ','.expression+
function type_expressions(p: Parser): A.expr[] | null {
  const start = p.mark;
  const a = gather(p, expression);
  if (a !== null) {
    const m = p.mark;
    if (p.eat(T.COMMA)) {
      if (p.eat(T.STAR)) {
        const b = expression(p);
        if (b !== null) {
          const k = p.mark;
          if (p.eat(T.COMMA) && p.eat(T.DOUBLESTAR)) {
            const c = expression(p);
            if (c !== null) return [...a, b, c];
          }
          p.mark = k;
          return [...a, b];
        }
      } else if (p.eat(T.DOUBLESTAR)) {
        const b = expression(p);
        if (b !== null) return [...a, b];
      }
    }
    p.mark = m;
    return a;
  }
  p.mark = start;
  if (p.eat(T.STAR)) {
    const a2 = expression(p);
    if (a2 === null) return null;
    const k = p.mark;
    if (p.eat(T.COMMA) && p.eat(T.DOUBLESTAR)) {
      const b = expression(p);
      if (b !== null) return [a2, b];
    }
    p.mark = k;
    return [a2];
  }
  if (p.eat(T.DOUBLESTAR)) {
    const a2 = expression(p);
    return a2 === null ? null : [a2];
  }
  return null;
}

/**
 * Type comments (the C tokenizer's type_comments mode): a comment `#<ws>type:<ws>X` becomes a
 * TYPE_COMMENT token holding X where the comment is (followed by a NEWLINE when it stands alone
 * on a line outside brackets); `# type: ignore...` becomes a TypeIgnore (its tag is the text after
 * "ignore", plus the newline when the comment stands alone) and no token.
 */
function withTypeComments(source: string, toks: PToken[]): [PToken[], A.TypeIgnore[]] {
  const comments = tokenizeUntilError(source, { mode: 'tokenize' }).tokens.filter((t) => t.type === T.COMMENT);
  const ignores: A.TypeIgnore[] = [];
  const extra: PToken[] = [];
  /** Column where each extra token's comment starts: a NEWLINE after a comment starts there too. */
  const starts: number[] = [];
  for (const c of comments) {
    const m = /^#[ \t]*type:[ \t]*/.exec(c.string);
    if (m === null) continue;
    const rest = c.string.slice(m[0].length);
    const alone = c.line.slice(0, [...c.line].slice(0, c.col).join('').length).trim() === '';
    if (rest.startsWith('ignore') && (rest.length === 6 || !/[A-Za-z0-9\u0080-\uffff]/.test(rest[6]))) {
      ignores.push({ _type: 'TypeIgnore', lineno: c.lineno, tag: rest.slice(6) + (alone ? '\n' : '') });
      continue;
    }
    const pre = [...m[0]].length;
    const t: PToken = {
      type: T.TYPE_COMMENT, string: rest, lineno: c.lineno, col: c.col + pre, end_lineno: c.end_lineno, end_col: c.end_col,
      bcol: c.bcol + Buffer.byteLength(m[0], 'utf8'), end_bcol: c.end_bcol, line: c.line,
    };
    extra.push(t);
    starts.push(c.col);
    if (alone) {
      extra.push({ ...t, type: T.NEWLINE, string: '', col: c.end_col, end_col: c.end_col + 1, bcol: c.end_bcol, end_bcol: c.end_bcol + 1 });
      starts.push(c.col);
    }
  }
  if (extra.length === 0) return [toks, ignores];
  const out: PToken[] = [];
  let level = 0;
  let j = 0;
  for (const t of toks) {
    const col = t.type === T.ENDMARKER ? Infinity : t.col;
    while (j < extra.length && (t.type === T.ENDMARKER || extra[j].lineno < t.lineno || (extra[j].lineno === t.lineno && starts[j] <= col))) {
      const x = extra[j++];
      // a lone type comment's NEWLINE is an NL inside brackets
      if (!(x.type === T.NEWLINE && level > 0)) out.push(x);
    }
    if (t.type === T.LPAR || t.type === T.LSQB || t.type === T.LBRACE) level++;
    else if ((t.type === T.RPAR || t.type === T.RSQB || t.type === T.RBRACE) && level > 0) level--;
    out.push(t);
  }
  return [out, ignores];
}

/**
 * Interactive input ('single'): pegen turns the first ENDMARKER after some input into a NEWLINE,
 * closes open blocks with DEDENTs, and does so again for the next ENDMARKER (_PyPegen_fill_token).
 */
function singleInputTokens(toks: PToken[]): PToken[] {
  const out: PToken[] = [];
  let started = false;
  let depth = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.type === T.ENDMARKER && started) {
      out.push({ ...t, type: T.NEWLINE, string: '' });
      started = false;
      for (; depth > 0; depth--) {
        out.push({ ...t, type: T.DEDENT, string: '' });
        started = true;
      }
      i--;
      continue;
    }
    if (t.type === T.INDENT) depth++;
    else if (t.type === T.DEDENT) depth--;
    out.push(t);
    started = true;
  }
  return out;
}

/** bad_single_statement: only blanks and comments may follow the statement. */
function checkSingleStatement(p: Parser): void {
  const last = p.toks[Math.max(0, p.fill - 1)];
  if (last.type === T.ENDMARKER || last.end_col < 0) return;
  let rest = p.lineText(last.end_lineno);
  rest = [...rest].slice(last.end_col).join('');
  for (let l = last.end_lineno + 1; ; l++) {
    const t = p.lineText(l);
    if (t === '') break;
    rest += t;
  }
  if (onlyBlanksAndComments(rest)) return;
  try {
    p.syntaxError('multiple statements found while compiling a single statement');
  } catch (e) {
    if (e instanceof ParseAbort) throw e.err;
    throw e;
  }
}

/** bad_single_statement's scan: whitespace, newlines and comments only. */
function onlyBlanksAndComments(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\f') continue;
    if (c !== '#') return false;
    while (i < s.length && s[i] !== '\n') i++;
  }
  return true;
}

/** _Pypegen_set_syntax_error when no specialised error was raised. */
function genericError(p: Parser, lastIdx: number): PySyntaxError {
  const ty = p.tt[lastIdx];
  try {
    if (ty === T.INDENT) p.raiseAtTokenIdx('IndentationError', 'unexpected indent', lastIdx);
    if (ty === T.DEDENT) p.raiseAtTokenIdx('IndentationError', 'unexpected unindent', lastIdx);
    const t = p.toks[lastIdx];
    p.errorAt('SyntaxError', t.lineno, t.bcol, t.end_lineno, t.end_bcol, 'invalid syntax');
  } catch (e) {
    if (e instanceof ParseAbort) return e.err;
    throw e;
  }
}

/**
 * A parser error may be overridden by a tokenizer error further on in the source (CPython
 * tokenizes the rest of the file before reporting), and by an unclosed bracket opened on a
 * line before the error's line.
 */
function finishError(p: Parser, err: PySyntaxError, fromTokenizer: boolean): PySyntaxError {
  const te = p.tokErrInfo;
  if (fromTokenizer || te === null) return err;
  // Whatever the rest of the source yields is dropped when the tokenizer stopped inside an f-string.
  if (te.inFString) return err;
  if (te.immediate) return te.error;
  const open = te.openBrackets;
  if (open.length) {
    const b = open[open.length - 1];
    const cur = p.toks[Math.max(0, p.fill - 1)];
    if (cur.lineno > b.lineno) {
      try {
        p.raiseRaw('SyntaxError', b.lineno, b.bcol + 1, b.lineno, 0, `'${b.ch}' was never closed`);
      } catch (e) {
        if (e instanceof ParseAbort) return e.err;
        throw e;
      }
    }
  }
  return err;
}
