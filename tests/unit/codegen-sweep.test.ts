/**
 * Whole-tree sweep: every source in a dump made by scripts/oracle/codegen_sweep.py (CPython's
 * code objects for e.g. the 511 stdlib modules) is compiled by our full pipeline and compared
 * code object by code object. Runs only when BYTESCOPE_CODEGEN_SWEEP names such a dump (it is
 * large and derived from files outside the repo); otherwise the suite is skipped, saying so.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { compile } from '../../src/vm/compiler/index';
import { constKey } from '../../src/vm/compiler/consts';
import type { CodeObject } from '../../src/vm/bytecode/code';
import type { ConstValue } from '../../src/vm/ast/constants';
import { bytesHex, decodeCode, type CodeJson } from '../helpers/code-json';

const DUMP = process.env.BYTESCOPE_CODEGEN_SWEEP ?? '';

function constText(c: ConstValue): string {
  if (c.k === 'code') return 'code:' + c.v.co_qualname;
  if (c.k === 'tuple') return 'T(' + c.v.map(constText).join(',') + ')';
  if (c.k === 'frozenset') return 'Z(' + c.v.map(constText).sort().join(',') + ')';
  return constKey(c).replace(/nan#\d+/g, 'nan');
}

/** Differences between two code trees, as "qualname.field" strings. */
function diff(a: CodeObject, b: CodeObject, out: string[]): string[] {
  const f = (co: CodeObject): Record<string, string> => ({
    counts: `${co.co_argcount}/${co.co_posonlyargcount}/${co.co_kwonlyargcount}`, stacksize: String(co.co_stacksize),
    flags: String(co.co_flags), firstlineno: String(co.co_firstlineno), code: bytesHex(co.co_code),
    consts: co.co_consts.map(constText).join('|'), names: co.co_names.join(','),
    localsplus: co.co_localsplusnames.join(',') + ':' + bytesHex(co.co_localspluskinds), qualname: co.co_qualname,
    linetable: bytesHex(co.co_linetable), exceptiontable: bytesHex(co.co_exceptiontable),
  });
  const fa = f(a);
  const fb = f(b);
  for (const k of Object.keys(fb)) if (fa[k] !== fb[k]) out.push(`${b.co_qualname}.${k}`);
  const ca = a.co_consts.filter((c) => c.k === 'code');
  const cb = b.co_consts.filter((c) => c.k === 'code');
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) diff((ca[i] as { v: CodeObject }).v, (cb[i] as { v: CodeObject }).v, out);
  return out;
}

describe.skipIf(!DUMP || !existsSync(DUMP))('codegen sweep over a CPython dump (skipped unless BYTESCOPE_CODEGEN_SWEEP names one)', () => {
  it('compiles every dumped source to CPython\'s code objects', () => {
    const dump = JSON.parse(readFileSync(DUMP, 'utf8')) as Record<string, { src: string; co?: CodeJson; error?: [string, number, number] } | number>;
    const optimize = dump.__optimize__ as number;
    const bad: string[] = [];
    let n = 0;
    for (const [name, entry] of Object.entries(dump)) {
      if (typeof entry === 'number') continue;
      n++;
      try {
        const co = compile(entry.src, name, 'exec', { optimize });
        if (entry.error) bad.push(`${name}: compiled, CPython says ${entry.error[0]}`);
        else {
          const d = diff(co, decodeCode(entry.co!), []);
          if (d.length) bad.push(`${name}: ${d.slice(0, 3).join(' ')}`);
        }
      } catch (e) {
        const err = e as { msg?: string; lineno?: number; offset?: number; message: string };
        if (!entry.error || err.msg !== entry.error[0] || err.lineno !== entry.error[1] || err.offset !== entry.error[2]) {
          bad.push(`${name}: ${err.message.split('\n')[0]}`);
        }
      }
    }
    console.log(`codegen sweep: ${n - bad.length}/${n} identical`);
    expect(bad).toEqual([]);
  }, 600_000);
});
