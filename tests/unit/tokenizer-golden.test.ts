/**
 * Tokenizer vs CPython 3.12 goldens (scripts/oracle/tokens_goldens.py):
 *  - `-m tokenize` stdout for every snippet,
 *  - the parser-mode stream against the C tokenizer's own stream,
 *  - error snippets against compile() and `-m tokenize` stderr/status.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runTokenizeCli, tokenizeUntilError, FSTRING_MIDDLE, NEWLINE, type Token } from '../../src/vm/tokenizer/index';

const DIR = join(__dirname, '..', 'golden-data', 'tokens');
const names = readdirSync(DIR).filter((f) => f.endsWith('.expected')).map((f) => f.slice(0, -9)).sort();

describe('python -m tokenize goldens', () => {
  it('has the corpus', () => {
    expect(names.length).toBeGreaterThanOrEqual(60);
  });
  for (const name of names) {
    it(name, () => {
      const bytes = readFileSync(join(DIR, name + '.py'));
      const expected = readFileSync(join(DIR, name + '.expected'), 'utf8');
      const r = runTokenizeCli(bytes, name + '.py');
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(expected);
    });
  }
});

type Expected = [number, string, [number, number], [number, number]] | ['ERROR', string, string];

/**
 * The oracle stream reports ends from the token's text end; the parser sees the cursor, one
 * further for NEWLINE (after the '\n') and for an FSTRING_MIDDLE cut before a doubled brace.
 */
function oracleView(t: Token, src: string[]): [number, string, [number, number], [number, number]] {
  let endCol = t.end_col;
  if (t.exact === NEWLINE) endCol -= 1;
  if (t.exact === FSTRING_MIDDLE && t.lineno === t.end_lineno && t.string.length > 0) {
    const last = t.string[t.string.length - 1];
    const line = src[t.end_lineno - 1] ?? '';
    const cps = Array.from(line);
    if ((last === '{' || last === '}') && t.col + Array.from(t.string).length < t.end_col && cps[t.end_col - 1] === last) {
      endCol -= 1;
    }
  }
  return [t.exact, t.string, [t.lineno, t.col], [t.end_lineno, endCol]];
}

describe('parser-mode stream matches the C tokenizer', () => {
  for (const name of names) {
    let expected: Expected[];
    try {
      expected = JSON.parse(readFileSync(join(DIR, name + '.parser.json'), 'utf8'));
    } catch {
      continue;
    }
    it(name, () => {
      const src = readFileSync(join(DIR, name + '.py'), 'utf8');
      const r = tokenizeUntilError(src, { mode: 'parser' });
      const lines = src.replace(/\r\n?/g, '\n').split('\n');
      const got: unknown[] = r.tokens.map((t) => oracleView(t, lines));
      if (r.error) got.push(['ERROR', r.error.error.kind, r.error.error.msg]);
      expect(got).toEqual(expected);
    });
  }
});

interface ErrorCase {
  tokenize: { stdout: string; stderr: string; status: number };
  compile: { kind: string; msg: string; lineno: number; offset: number; end_lineno: number; end_offset: number; text: string } | null;
}

/** compile() errors the parser, not the tokenizer, reports. */
const PARSER_ERRORS = new Set(['err_fstring_backslash_newline']);

describe('tokenizer errors', () => {
  const cases: Record<string, ErrorCase> = JSON.parse(readFileSync(join(DIR, 'errors.json'), 'utf8'));
  for (const [name, c] of Object.entries(cases)) {
    it(`${name}: -m tokenize`, () => {
      const bytes = readFileSync(join(DIR, name + '.py'));
      const r = runTokenizeCli(bytes, name + '.py');
      expect({ stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual(c.tokenize);
    });
    it(`${name}: compile()`, () => {
      const src = readFileSync(join(DIR, name + '.py'), 'utf8');
      const r = tokenizeUntilError(src, { mode: 'parser', filename: 'x.py' });
      if (PARSER_ERRORS.has(name)) {
        expect(r.error).toBeNull();
        return;
      }
      expect(c.compile).not.toBeNull();
      expect(r.error).not.toBeNull();
      const e = r.error!.error;
      expect({ kind: e.kind, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.end_lineno,
        end_offset: e.end_offset, text: e.text }).toEqual(c.compile);
    });
  }
});

describe('-m tokenize -e FILE and -m tokenize < FILE', () => {
  const variants: Record<string, { exact: ErrorCase['tokenize']; stdin?: ErrorCase['tokenize'] }> =
    JSON.parse(readFileSync(join(DIR, 'cli_variants.json'), 'utf8'));
  for (const [name, v] of Object.entries(variants)) {
    it(name, () => {
      const bytes = readFileSync(join(DIR, name + '.py'));
      const e = runTokenizeCli(bytes, name + '.py', { exact: true });
      expect({ stdout: e.stdout, stderr: e.stderr, status: e.status }).toEqual(v.exact);
      if (v.stdin) {
        const s = runTokenizeCli(bytes, '<stdin>', { stdin: true });
        expect({ stdout: s.stdout, stderr: s.stderr, status: s.status }).toEqual(v.stdin);
      }
    });
  }
});
