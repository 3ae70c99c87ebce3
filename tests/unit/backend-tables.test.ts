/**
 * Location and exception table writers against their decoders and CPython's documented
 * encodings (Objects/locations.md, Objects/exception_handling_notes.txt): every entry form,
 * multi-byte varints, negative line deltas, runs longer than 8 code units.
 */
import { describe, expect, it } from 'vitest';
import { LinetableWriter } from '../../src/vm/compiler/linetable';
import { ExceptionTableWriter } from '../../src/vm/compiler/exceptiontable';
import { decodeLinetable, parseExceptionTable } from '../../src/vm/bytecode/positions';
import { NO_LOCATION, type Location } from '../../src/vm/compiler/instr';

const L = (lineno: number, end_lineno: number, col_offset: number, end_col_offset: number): Location => ({ lineno, end_lineno, col_offset, end_col_offset });

describe('exception table', () => {
  it('encodes the documented example (start 20, size 8, target 100, depth 3)', () => {
    const w = new ExceptionTableWriter();
    w.entry(20, 28, { offset: 100, startdepth: 4, preserveLasti: false });
    expect([...w.finish()]).toEqual([148, 8, 65, 36, 6]);
  });
  it('round-trips large values and lasti', () => {
    const w = new ExceptionTableWriter();
    w.entry(0, 5, { offset: 70000, startdepth: 3, preserveLasti: true });
    w.entry(5, 1 << 25, { offset: 1 << 20, startdepth: 1, preserveLasti: false });
    expect(parseExceptionTable(w.finish())).toEqual([
      { start: 0, end: 5, target: 70000, depth: 1, lasti: true },
      { start: 5, end: 1 << 25, target: 1 << 20, depth: 0, lasti: false },
    ]);
  });
});

describe('location table', () => {
  const cases: [string, Location, number][] = [
    ['short form', L(1, 1, 4, 9), 1],
    ['one-line form (delta 2)', L(3, 3, 100, 120), 2],
    ['no columns', L(7, 7, -1, -1), 3],
    ['long form (multi-line)', L(9, 12, 2, 200), 1],
    ['negative line delta', L(2, 2, 0, 5), 1],
    ['no location', NO_LOCATION, 2],
    ['run longer than 8 units', L(2, 2, 0, 300), 19],
    ['large line jump', L(100000, 100001, 5000, 7), 1],
  ];
  it('decodes what it wrote, entry by entry', () => {
    const w = new LinetableWriter(1);
    for (const [, loc, n] of cases) w.emit(loc, n);
    const got = decodeLinetable(w.finish(), 1);
    let unit = 0;
    const expected: { start: number; line: number; endLine: number; col: number; endCol: number }[] = [];
    for (const [, loc, n] of cases) {
      for (let left = n; left > 0; left -= 8) {
        const len = Math.min(8, left);
        const noCol = loc.col_offset < 0;
        expected.push({ start: unit, line: loc.lineno, endLine: loc.lineno < 0 ? -1 : noCol ? loc.lineno : loc.end_lineno, col: loc.col_offset, endCol: loc.end_col_offset });
        unit += len;
      }
    }
    expect(got.map(({ start, line, endLine, col, endCol }) => ({ start, line, endLine, col, endCol }))).toEqual(expected);
  });
  it('uses the short form only on the same line with small columns', () => {
    const w = new LinetableWriter(5);
    w.emit(L(5, 5, 10, 12), 1);
    expect([...w.finish()]).toEqual([0x80 | (1 << 3), (2 << 4) | 2]);
  });
});
