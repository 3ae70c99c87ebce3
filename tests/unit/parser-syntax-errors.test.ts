// SyntaxErrors of our parser (and the tokenizer errors it reports) against python3.12's
// compile(): type, msg, lineno, offset, end_lineno, end_offset for every snippet of
// tests/golden-data/syntax-errors/snippets.txt (goldens: scripts/oracle/syntax_errors.py).
// Snippets CPython rejects only in the compiler stage (symtable/codegen) must parse.
// KNOWN_DIFFERENCES is the ledger of snippets we still get wrong; each must keep failing, so a
// fix shows up as a test failure asking to shrink the ledger.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ParserStackOverflow, parse } from '../../src/vm/parser/index';
import { PySyntaxError } from '../../src/vm/compiler/errors';
import type { TokenizerWarning } from '../../src/vm/tokenizer/index';

interface Case { name: string; source: string; error: (string | number)[] | null; stage: 'tokenizer' | 'parser' | 'compiler' | null; text?: string | null }
const cases: Case[] = JSON.parse(readFileSync(path.resolve(__dirname, '../golden-data/syntax-errors/expected.json'), 'utf8'));

const KNOWN_DIFFERENCES = new Set<string>([]);
/** Snippets whose SyntaxError.text differs: CPython shows its multi-line tokenizer buffer there. */
const KNOWN_TEXT_DIFFERENCES = new Set<string>([]);

function ours(src: string): (string | number)[] | null {
  try {
    parse(src, '<snippet>', 'exec');
    return null;
  } catch (e) {
    if (e instanceof PySyntaxError) return [e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset];
    throw e;
  }
}

describe('syntax errors match CPython 3.12', () => {
  it('has a corpus of 200+ snippets', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
  });
  for (const c of cases) {
    const expected = c.stage === 'compiler' ? null : c.error;
    it(`${c.name} [${c.stage ?? 'valid'}]`, () => {
      const got = ours(c.source);
      if (KNOWN_DIFFERENCES.has(c.name)) expect(got).not.toEqual(expected);
      else expect(got).toEqual(expected);
    });
  }
});

describe('SyntaxError.text matches CPython 3.12', () => {
  for (const c of cases) {
    if (c.stage === 'compiler' || c.error === null) continue;
    it(c.name, () => {
      let text: string | null | undefined;
      try {
        parse(c.source, '<snippet>', 'exec');
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e;
        text = e.text;
      }
      if (KNOWN_TEXT_DIFFERENCES.has(c.name)) expect(text).not.toEqual(c.text);
      else expect(text).toEqual(c.text);
    });
  }
});

describe('SyntaxWarnings while parsing match CPython 3.12', () => {
  interface WCase { source: string; warnings: [string, string, number][] }
  const wcases: WCase[] = JSON.parse(readFileSync(path.resolve(__dirname, '../golden-data/syntax-errors/warnings.json'), 'utf8'));
  for (const c of wcases) {
    it(JSON.stringify(c.source), () => {
      const warnings: TokenizerWarning[] = [];
      try {
        parse(c.source, '<snippet>', 'exec', { warnings });
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e;
      }
      expect(warnings.map((w) => [w.category, w.msg, w.lineno])).toEqual(c.warnings);
    });
  }
});

describe('sources nested too deeply', () => {
  it("raise CPython's MemoryError message instead of a JS stack overflow", () => {
    // python3.12: ast.parse('x = ' + '-' * 10000 + '1') -> MemoryError: Parser stack overflowed - Python source too complex to parse
    expect(() => parse('x = ' + '-'.repeat(100000) + '1\n', '<s>', 'exec')).toThrow(ParserStackOverflow);
  });
});
