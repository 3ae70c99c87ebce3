/**
 * Tokenizer details the parser relies on, checked against python3.12 goldens
 * (scripts/oracle/tokens_goldens.py): tokenizer SyntaxWarnings, f-string debug text (token
 * metadata), and the parser-mode API contract.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ASYNC, AWAIT, DEDENT, ENDMARKER, FSTRING_MIDDLE, INDENT, LPAR, NAME, NEWLINE, NUMBER, OP, STRING,
  tokenize, tokenizeUntilError, type TokenizerWarning,
} from '../../src/vm/tokenizer/index';
import { PySyntaxError } from '../../src/vm/compiler/errors';

const DIR = join(__dirname, '..', 'golden-data', 'tokens');

describe('tokenizer SyntaxWarnings (compile())', () => {
  const cases: { source: string; warnings: [string, string, number][] }[] =
    JSON.parse(readFileSync(join(DIR, 'warnings.json'), 'utf8'));
  for (const c of cases) {
    it(JSON.stringify(c.source), () => {
      const warnings: TokenizerWarning[] = [];
      tokenize(c.source, { mode: 'parser', warnings });
      expect(warnings.map((w) => [w.category, w.msg, w.lineno])).toEqual(c.warnings);
    });
  }
});

describe('f-string debug text (token metadata)', () => {
  const cases: { source: string; text: string }[] = JSON.parse(readFileSync(join(DIR, 'debug_text.json'), 'utf8'));
  for (const c of cases) {
    it(JSON.stringify(c.source), () => {
      const toks = tokenize(c.source, { mode: 'parser' });
      const first = toks.find((t) => t.metadata !== undefined);
      expect(first?.metadata).toBe(c.text);
    });
  }
});

describe('parser-mode contract', () => {
  it('gives exact operator types, ASYNC/AWAIT, NEWLINE with empty text, INDENT/DEDENT without columns', () => {
    const toks = tokenize('async def f():\n    await (x)\n', { mode: 'parser' });
    expect(toks.map((t) => t.type)).toEqual([ASYNC, NAME, NAME, LPAR, 8, 11, NEWLINE, INDENT, AWAIT, LPAR, NAME, 8,
      NEWLINE, DEDENT, ENDMARKER]);
    const nl = toks[6];
    expect([nl.string, nl.col, nl.end_col]).toEqual(['', 14, 15]);
    expect([toks[7].col, toks[7].bcol, toks[13].col]).toEqual([-1, -1, -1]);
  });

  it('reports async/await as NAME in tokenize mode and operators as OP', () => {
    const toks = tokenize('await x+1\n', { mode: 'tokenize' });
    expect(toks.slice(1, 5).map((t) => t.type)).toEqual([NAME, NAME, OP, NUMBER]);
    expect(toks[3].exact).toBe(14);
  });

  it('counts columns in code points and UTF-8 bytes', () => {
    const toks = tokenize("é = 'ü€😀' + x\n", { mode: 'parser' });
    const s = toks.find((t) => t.type === STRING)!;
    // ast.parse gives the Constant col_offset 5..16 and the Name 19..20 (bytes)
    expect([s.col, s.end_col, s.bcol, s.end_bcol]).toEqual([4, 9, 5, 16]);
    const x = toks.find((t) => t.string === 'x')!;
    expect([x.col, x.bcol, x.end_bcol]).toEqual([12, 19, 20]);
  });

  it('adds the final newline only for exec input', () => {
    expect(tokenize('1+2', { mode: 'parser' }).map((t) => t.type)).toEqual([NUMBER, 14, NUMBER, NEWLINE, ENDMARKER]);
    expect(tokenize('1+2', { mode: 'parser', execInput: false }).map((t) => t.type)).toEqual([NUMBER, 14, NUMBER, ENDMARKER]);
  });

  it('translates \\r\\n and \\r like compile()', () => {
    const toks = tokenize('x = 1\r\ny = 2\rz\n', { mode: 'parser' });
    expect(toks.filter((t) => t.type === NAME).map((t) => [t.string, t.lineno])).toEqual([['x', 1], ['y', 2], ['z', 3]]);
  });

  it('ends an FSTRING_MIDDLE before a doubled brace at the cursor (after both braces)', () => {
    const m = tokenize("f'a{{b'\n", { mode: 'parser' }).filter((t) => t.type === FSTRING_MIDDLE);
    expect(m.map((t) => [t.string, t.col, t.end_col])).toEqual([['a{', 2, 5], ['b', 5, 6]]);
  });

  it('returns the tokens before an error with the bracket state', () => {
    const r = tokenizeUntilError('x = (1,\n [2\n', { mode: 'parser', filename: 'm.py' });
    expect(r.tokens.map((t) => t.string)).toEqual(['x', '=', '(', '1', ',', '[', '2']);
    expect(r.error!.eof).toBe(true);
    expect(r.error!.immediate).toBe(false);
    expect(r.error!.openBrackets).toEqual([{ ch: '(', lineno: 1, col: 4, bcol: 4 }, { ch: '[', lineno: 2, col: 1, bcol: 1 }]);
    expect(r.error!.error).toBeInstanceOf(PySyntaxError);
    expect([r.error!.error.msg, r.error!.error.filename, r.error!.error.lineno]).toEqual(["'[' was never closed", 'm.py', 2]);
    expect(() => tokenize('x = )\n', { mode: 'parser' })).toThrow(PySyntaxError);
  });

  it('rejects null bytes before tokenizing, like compile() of a str', () => {
    const r = tokenizeUntilError('x = 1\0\n', { mode: 'parser' });
    expect(r.tokens).toEqual([]);
    expect(r.error!.error.msg).toBe('source code string cannot contain null bytes');
  });
});
