/** Python's str.__repr__ (src/vm/util/strrepr.ts) vs python3.12 (tests/golden-data/tokens/repr.json). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isPrintableCodePoint, pyStrRepr } from '../../src/vm/util/strrepr';

const data: { chars: [number, string][]; strings: [string, string][] } =
  JSON.parse(readFileSync(join(__dirname, '..', 'golden-data', 'tokens', 'repr.json'), 'utf8'));

describe('pyStrRepr', () => {
  it('matches repr(chr(c)) at both ends and the middle of every run of code points', () => {
    const bad: string[] = [];
    for (const [cp, expected] of data.chars) {
      const got = pyStrRepr(String.fromCodePoint(cp));
      if (got !== expected) bad.push(`U+${cp.toString(16)}: ${got} != ${expected}`);
    }
    expect(bad.slice(0, 10)).toEqual([]);
    expect(data.chars.length).toBeGreaterThan(1000);
  });

  it('matches repr() of whole strings (quote choice, escapes, lone surrogates)', () => {
    for (const [s, expected] of data.strings) expect(pyStrRepr(s)).toBe(expected);
  });

  it('agrees with str.isprintable on the sampled code points', () => {
    for (const [cp, expected] of data.chars) {
      if (cp === 0x27 || cp === 0x5c) continue;
      const verbatim = expected.length <= 4 && !expected.startsWith("'\\");
      expect(isPrintableCodePoint(cp)).toBe(verbatim);
    }
  });
});
