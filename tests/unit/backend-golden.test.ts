/**
 * Back end vs CPython 3.12: for each corpus snippet, CPython's own codegen output (unoptimized
 * instructions + metadata) goes through our assembleUnit and every field of the result is
 * compared with the code object CPython's compile() produced. Goldens: scripts/oracle/backend_goldens.py.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { assembleUnit } from '../../src/vm/compiler/assemble';
import type { CodeObject } from '../../src/vm/bytecode/code';
import type { ConstValue } from '../../src/vm/ast/constants';
import { constKey } from '../../src/vm/compiler/flowgraph-consts';
import { type BackendGolden, bytesHex, decodeCode, decodeCodegen, decodeMeta } from '../helpers/code-json';

const DIR = join(__dirname, '..', 'golden-data', 'backend');
const names = readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();

/** Comparable text of a constant; nested code objects by their full field set. */
function constText(c: ConstValue): string {
  if (c.k === 'code') return 'code:' + JSON.stringify(codeFields(c.v));
  if (c.k === 'tuple') return 'T(' + c.v.map(constText).join(',') + ')';
  if (c.k === 'frozenset') return 'Z(' + c.v.map(constText).join(',') + ')';
  return constKey(c);
}

export function codeFields(co: CodeObject): Record<string, string> {
  return {
    co_argcount: String(co.co_argcount), co_posonlyargcount: String(co.co_posonlyargcount),
    co_kwonlyargcount: String(co.co_kwonlyargcount), co_stacksize: String(co.co_stacksize),
    co_flags: String(co.co_flags), co_firstlineno: String(co.co_firstlineno), co_code: bytesHex(co.co_code),
    co_consts: co.co_consts.map(constText).join('|'), co_names: co.co_names.join(','),
    co_localsplusnames: co.co_localsplusnames.join(','), co_localspluskinds: bytesHex(co.co_localspluskinds),
    co_name: co.co_name, co_qualname: co.co_qualname, co_linetable: bytesHex(co.co_linetable),
    co_exceptiontable: bytesHex(co.co_exceptiontable),
  };
}

const stats = new Map<string, number>();
let total = 0;
const failures: string[] = [];

describe('back end vs CPython 3.12 (codegen goldens)', () => {
  it('has a corpus of 100+ snippets', () => {
    expect(names.length).toBeGreaterThanOrEqual(100);
  });
  for (const name of names) {
    it(name, () => {
      const g = JSON.parse(readFileSync(join(DIR, name + '.json'), 'utf8')) as BackendGolden;
      const ours = codeFields(assembleUnit(decodeCodegen(g.codegen), decodeMeta(g.meta)));
      const want = codeFields(decodeCode(g.expected));
      total++;
      const bad: string[] = [];
      for (const k of Object.keys(want)) {
        if (ours[k] === want[k]) stats.set(k, (stats.get(k) ?? 0) + 1);
        else bad.push(k);
      }
      if (bad.length) failures.push(`${name}: ${bad.join(', ')}`);
      expect(ours).toEqual(want);
    });
  }
  it.sequential('summary', () => {
    if (process.env.BACKEND_STATS) {
      const lines = [...stats.entries()].map(([k, v]) => `${k}: ${((100 * v) / total).toFixed(1)}%`);
      console.log(`back end: ${total} units\n` + lines.join('\n') + '\n' + failures.join('\n'));
    }
  });
});
