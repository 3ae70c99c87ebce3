/**
 * Whole pipeline (our parser + codegen + back end) then dis, against CPython 3.12's dis.dis of
 * compile() for every snippet of the back-end corpus (tests/golden-data/backend/*.py and the dis
 * goldens made from them by scripts/oracle/backend_goldens.py).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '../../src/vm/compiler/index';
import { disassemble } from '../../src/vm/bytecode/dis';

const ROOT = join(__dirname, '..', 'golden-data');
const names = readdirSync(join(ROOT, 'backend')).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort();
const normalize = (s: string): string => s.replace(/ at 0x[0-9a-f]+,/g, ' at 0xADDR,');

describe('compile() + dis vs CPython 3.12 on the back-end corpus', () => {
  for (const name of names) {
    it(name, () => {
      const src = readFileSync(join(ROOT, 'backend', name + '.py'), 'utf8');
      const want = readFileSync(join(ROOT, 'dis', name + '.txt'), 'utf8');
      expect(normalize(disassemble(compile(src, name + '.py', 'exec')))).toBe(want);
    });
  }
});
