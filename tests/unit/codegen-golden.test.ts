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
import { PyRecursionError, PySyntaxError } from '../../src/vm/compiler/errors';
import { parse } from '../../src/vm/parser/index';
import type { mod } from '../../src/vm/ast/nodes';
import type { InstrSequence } from '../../src/vm/compiler/instr';
import { decodeAst } from '../helpers/ast-json';
import { bytesHex, decodeCode, decodeConst, type CodeJson, type ConstJson } from '../helpers/code-json';

const DIR = join(__dirname, '..', 'golden-data', 'codegen');
const names = readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();

interface Golden {
  /** null when too deep for CPython's ast module: then `source` is parsed with our parser. */
  ast: unknown;
  source?: string;
  mode?: 'exec' | 'eval' | 'single';
  optimize?: number;
  flags?: number;
  warnings?: [string, number][];
  error?: [string, number | string, number | null, number?, number?];
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

/** Every code object of the tree (pre-order), field by field; nested code consts by qualname. */
function codeFields(co: CodeObject, out: Record<string, string>[] = []): Record<string, string>[] {
  out.push({
    co_argcount: String(co.co_argcount), co_posonlyargcount: String(co.co_posonlyargcount),
    co_kwonlyargcount: String(co.co_kwonlyargcount), co_stacksize: String(co.co_stacksize),
    co_flags: String(co.co_flags), co_firstlineno: String(co.co_firstlineno), co_code: bytesHex(co.co_code),
    co_consts: co.co_consts.map(constText).join('|'),
    co_names: co.co_names.join(','), co_localsplusnames: co.co_localsplusnames.join(','),
    co_localspluskinds: bytesHex(co.co_localspluskinds), co_name: co.co_name, co_qualname: co.co_qualname,
    co_linetable: bytesHex(co.co_linetable), co_exceptiontable: bytesHex(co.co_exceptiontable),
  });
  for (const c of co.co_consts) if (c.k === 'code') codeFields(c.v, out);
  return out;
}

function inputOf(g: Golden, filename: string): mod {
  return g.ast !== null ? decodeAst(g.ast) : parse(g.source!, filename, g.mode ?? 'exec');
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
          codegenModule(inputOf(g, filename), filename, { optimize: g.optimize ?? 0 });
        } catch (e) {
          err = e;
        }
        if (g.error![0] === 'RecursionError') {
          expect(err).toBeInstanceOf(PyRecursionError);
          expect((err as PyRecursionError).msg).toEqual(g.error![1]);
        } else {
          expect(err).toBeInstanceOf(PySyntaxError);
          const e = err as PySyntaxError;
          expect([e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]).toEqual(g.error);
        }
        tally.errors++;
      });
      continue;
    }
    if (g.ast === null || !g.codegen) {
      it(`${name}: full pipeline code object${g.ast === null ? ' (our parser)' : ''}`, () => {
        const co = codegenModule(inputOf(g, filename), filename, { optimize: g.optimize ?? 0, flags: g.flags ?? 0 });
        expect(codeFields(co)).toEqual(codeFields(decodeCode(g.expected!)));
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
      codegenModule(inputOf(g, filename), filename, { optimize: g.optimize ?? 0, onWarning: (msg, _f, lineno) => { got.push([msg, lineno]); } });
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
