/**
 * Codegen vs CPython 3.12 over our own snippet corpus (tests/golden-data/codegen/*.py; goldens
 * from scripts/oracle/codegen_goldens.py). Input is CPython's own AST (ast.parse), so this
 * checks ast_opt + symtable + codegen independently of our parser:
 * - the module unit's instruction sequence (opcode, oparg / jump target index, location) and
 *   metadata equal _testinternalcapi.compiler_codegen's;
 * - the whole pipeline (codegenModule → back end) gives the code object compile() gives,
 *   nested code objects included;
 * - compile-time SyntaxErrors carry CPython's message and position.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { OPS } from '../../src/vm/bytecode/opcodes';
import type { ConstValue } from '../../src/vm/ast/constants';
import type { CodeObject } from '../../src/vm/bytecode/code';
import { codegenModule, codegenUnitsForTest } from '../../src/vm/compiler/codegen';
import { constKey } from '../../src/vm/compiler/consts';
import { PySyntaxError } from '../../src/vm/compiler/errors';
import type { InstrSequence } from '../../src/vm/compiler/instr';
import { decodeAst } from '../helpers/ast-json';
import { bytesHex, decodeCode, decodeConst, type CodeJson, type ConstJson } from '../helpers/code-json';

const DIR = join(__dirname, '..', 'golden-data', 'codegen');
const names = readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();

interface Golden {
  ast: unknown;
  optimize?: number;
  warnings?: [string, number][];
  error?: [string, number, number];
  codegen?: number[][];
  meta?: {
    name: string; qualname: string; argcount: number; posonlyargcount: number; kwonlyargcount: number;
    consts: ConstJson[]; names: string[]; varnames: string[]; cellvars: string[]; freevars: string[];
  };
  expected?: CodeJson;
}

function opName(op: number): string {
  return OPS[op]?.name ?? `<${op}>`;
}
function instrText(op: number, arg: number, l: number, el: number, c: number, ec: number): string {
  return `${opName(op)} ${arg} @${l}:${c}-${el}:${ec}`;
}
function oursText(seq: InstrSequence): string[] {
  return seq.instrs.map((i) => {
    const arg = i.target ? seq.labelPos[i.target.id]! : i.oparg;
    return instrText(i.opcode, arg, i.loc.lineno, i.loc.end_lineno, i.loc.col_offset, i.loc.end_col_offset);
  });
}
function cpythonText(list: number[][]): string[] {
  return list.map(([op, arg, l, el, c, ec]) => instrText(op!, arg!, l!, el!, c!, ec!));
}

function constText(c: ConstValue): string {
  if (c.k === 'code') return 'code:' + c.v.co_qualname;
  if (c.k === 'tuple') return 'T(' + c.v.map(constText).join(',') + ')';
  if (c.k === 'frozenset') return 'Z(' + c.v.map(constText).sort().join(',') + ')';
  return constKey(c).replace(/nan#\d+/g, 'nan'); // NaN keys are per object; compare by kind
}
function goldenConstText(j: ConstJson): string {
  if (j.k === 'code') return 'code:' + (j as unknown as { name: string }).name;
  return constText(decodeConst(j));
}

function codeFields(co: CodeObject): Record<string, string> {
  return {
    co_argcount: String(co.co_argcount), co_posonlyargcount: String(co.co_posonlyargcount),
    co_kwonlyargcount: String(co.co_kwonlyargcount), co_stacksize: String(co.co_stacksize),
    co_flags: String(co.co_flags), co_firstlineno: String(co.co_firstlineno), co_code: bytesHex(co.co_code),
    co_consts: co.co_consts.map((c) => (c.k === 'code' ? 'code:' + JSON.stringify(codeFields(c.v)) : constText(c))).join('|'),
    co_names: co.co_names.join(','), co_localsplusnames: co.co_localsplusnames.join(','),
    co_localspluskinds: bytesHex(co.co_localspluskinds), co_name: co.co_name, co_qualname: co.co_qualname,
    co_linetable: bytesHex(co.co_linetable), co_exceptiontable: bytesHex(co.co_exceptiontable),
  };
}

const tally = { codegen: 0, meta: 0, code: 0, errors: 0, total: 0, errTotal: 0 };

describe('codegen vs CPython 3.12 (compiler_codegen goldens)', () => {
  it('has a corpus of 120+ snippets', () => {
    expect(names.length).toBeGreaterThanOrEqual(120);
  });
  for (const name of names) {
    const g = JSON.parse(readFileSync(join(DIR, name + '.json'), 'utf8')) as Golden;
    const filename = name + '.py';
    if (g.error) {
      it(`${name}: SyntaxError`, () => {
        tally.errTotal++;
        let err: unknown = null;
        try {
          codegenModule(decodeAst(g.ast), filename, { optimize: g.optimize ?? 0 });
        } catch (e) {
          err = e;
        }
        expect(err).toBeInstanceOf(PySyntaxError);
        const e = err as PySyntaxError;
        expect([e.msg, e.lineno, e.offset]).toEqual(g.error);
        tally.errors++;
      });
      continue;
    }
    it(`${name}: module unit instructions`, () => {
      tally.total++;
      const [top] = codegenUnitsForTest(decodeAst(g.ast), filename, { optimize: g.optimize ?? 0 });
      expect(oursText(top!.seq).join('\n')).toEqual(cpythonText(g.codegen!).join('\n'));
      tally.codegen++;
    });
    it(`${name}: module unit metadata`, () => {
      const [top] = codegenUnitsForTest(decodeAst(g.ast), filename, { optimize: g.optimize ?? 0 });
      const m = top!.meta;
      const want = g.meta!;
      expect({
        name: m.name, argcount: m.argcount, posonly: m.posonlyargcount, kwonly: m.kwonlyargcount,
        consts: m.consts.map(constText), names: m.names, varnames: m.varnames, cellvars: m.cellvars, freevars: m.freevars,
      }).toEqual({
        name: want.name, argcount: want.argcount, posonly: want.posonlyargcount, kwonly: want.kwonlyargcount,
        consts: want.consts.map(goldenConstText), names: want.names, varnames: want.varnames, cellvars: want.cellvars, freevars: want.freevars,
      });
      tally.meta++;
    });
    it(`${name}: SyntaxWarnings`, () => {
      const got: [string, number][] = [];
      codegenModule(decodeAst(g.ast), filename, { optimize: g.optimize ?? 0, onWarning: (msg, _f, lineno) => { got.push([msg, lineno]); } });
      expect(got).toEqual(g.warnings ?? []);
    });
    it(`${name}: full pipeline code object`, () => {
      const co = codegenModule(decodeAst(g.ast), filename, { optimize: g.optimize ?? 0 });
      expect(codeFields(co)).toEqual(codeFields(decodeCode(g.expected!)));
      tally.code++;
    });
  }
  afterAll(() => {
    const pct = (a: number, b: number): string => `${a}/${b} (${b ? ((100 * a) / b).toFixed(1) : '0'}%)`;
    console.log(`codegen goldens: instructions ${pct(tally.codegen, tally.total)}, metadata ${pct(tally.meta, tally.total)}, ` +
      `code objects ${pct(tally.code, tally.total)}, syntax errors ${pct(tally.errors, tally.errTotal)}`);
  });
});
