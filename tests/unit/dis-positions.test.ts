/**
 * Location/exception table decoders vs CPython 3.12: co_lines(), co_positions() and
 * dis.findlinestarts() of every code object in the back-end corpus (goldens:
 * scripts/oracle/backend_goldens.py), plus the exception table entries dis prints.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeObject } from '../../src/vm/bytecode/code';
import { coLines, coPositions, findLinestarts, parseExceptionTable, findExceptionHandler, addr2line } from '../../src/vm/bytecode/positions';
import { type BackendGolden, decodeCode } from '../helpers/code-json';

const ROOT = join(__dirname, '..', 'golden-data');
const golden = JSON.parse(readFileSync(join(ROOT, 'dis', 'positions.json'), 'utf8')) as Record<string, { lines: number[][]; positions: number[]; linestarts: number[][] }[]>;

function* walk(co: CodeObject): Generator<CodeObject> {
  yield co;
  for (const c of co.co_consts) if (c.k === 'code') yield* walk(c.v);
}

describe('co_lines / co_positions / findlinestarts', () => {
  for (const [name, want] of Object.entries(golden)) {
    it(name, () => {
      const g = JSON.parse(readFileSync(join(ROOT, 'backend', name + '.json'), 'utf8')) as BackendGolden;
      const codes = [...walk(decodeCode(g.expected))];
      expect(codes.length).toBe(want.length);
      codes.forEach((co, i) => {
        expect(coLines(co)).toEqual(want[i]!.lines);
        expect([...coPositions(co)]).toEqual(want[i]!.positions);
        expect(findLinestarts(co)).toEqual(want[i]!.linestarts);
        for (const [s, e, l] of want[i]!.lines) {
          expect(addr2line(co, s!)).toBe(l);
          expect(addr2line(co, e! - 2)).toBe(l);
        }
      });
    });
  }
});

describe('exception table', () => {
  it('decodes entries and finds the innermost covering handler', () => {
    const g = JSON.parse(readFileSync(join(ROOT, 'backend', 'try_except_finally.json'), 'utf8')) as BackendGolden;
    const co = decodeCode(g.expected);
    const entries = parseExceptionTable(co.co_exceptiontable);
    const text = readFileSync(join(ROOT, 'dis', 'try_except_finally.txt'), 'utf8');
    const printed = text.split('ExceptionTable:\n')[1]!.trim().split('\n').map((l) => l.trim());
    expect(entries.map((e) => `${e.start * 2} to ${e.end * 2 - 2} -> ${e.target * 2} [${e.depth}]${e.lasti ? ' lasti' : ''}`)).toEqual(printed);
    const first = entries[0]!;
    expect(findExceptionHandler(entries, first.start)).toBe(first);
    expect(findExceptionHandler(entries, 0)).toBe(first.start === 0 ? first : null);
  });
});
