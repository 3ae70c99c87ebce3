// Our parser + astDump against python3.12's ast.dump(ast.parse(src), include_attributes=True,
// indent=1) for every snippet of tests/golden-data/ast (goldens: scripts/oracle/ast_goldens.py),
// and formatAstModule against `python3.12 -m ast FILE`.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from '../../src/vm/parser/index';
import { astDump, formatAstModule } from '../../src/vm/ast/dump';
import { PySyntaxError } from '../../src/vm/compiler/errors';

const dir = path.resolve(__dirname, '../golden-data/ast');
const files = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();

describe('parser goldens (ast.dump with attributes)', () => {
  it('has a corpus', () => {
    expect(files.length).toBeGreaterThanOrEqual(60);
  });
  for (const f of files) {
    it(f, () => {
      const src = readFileSync(path.join(dir, f), 'utf8');
      const expected = readFileSync(path.join(dir, f.replace(/\.py$/, '.dump')), 'utf8');
      const tree = parse(src, f, 'exec');
      expect(astDump(tree, { includeAttributes: true, indent: 1 }) + '\n').toBe(expected);
    });
  }
});

describe('formatAstModule = python3.12 -m ast', () => {
  for (const f of files) {
    const golden = path.join(dir, f.replace(/\.py$/, '.m_ast'));
    if (!existsSync(golden)) continue;
    it(f, () => {
      const file = path.join(dir, f);
      expect(formatAstModule(readFileSync(file, 'utf8'), file)).toBe(readFileSync(golden, 'utf8'));
    });
  }
});

describe('astDump options', () => {
  const tree = parse('x = f(1, *a, k=None)\n', '<s>', 'exec');
  it('one line without attributes', () => {
    expect(astDump(tree)).toBe(
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Call(func=Name(id='f', ctx=Load()), args=[Constant(value=1), Starred(value=Name(id='a', ctx=Load()), ctx=Load())], keywords=[keyword(arg='k', value=Constant(value=None))]))], type_ignores=[])",
    );
  });
  it('annotate_fields=False', () => {
    expect(astDump(parse('a.b\n', '<s>', 'exec'), { annotateFields: false })).toBe(
      "Module([Expr(Attribute(Name('a', Load()), 'b', Load()))], [])",
    );
  });
  it('string indent', () => {
    expect(astDump(parse('x\n', '<s>', 'eval'), { indent: '\t' })).toBe("Expression(\n\tbody=Name(id='x', ctx=Load()))");
  });
});

describe("modes 'eval', 'single', 'func_type'", () => {
  interface ModeCase { mode: 'eval' | 'single' | 'func_type'; source: string; dump?: string; error?: (string | number)[] }
  const cases: ModeCase[] = JSON.parse(readFileSync(path.join(dir, 'modes.json'), 'utf8'));
  for (const c of cases) {
    it(`${c.mode}: ${JSON.stringify(c.source)}`, () => {
      let got: string | (string | number)[];
      try {
        got = astDump(parse(c.source, '<s>', c.mode), { includeAttributes: true });
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e;
        got = [e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset];
      }
      expect(got).toEqual(c.dump ?? c.error);
    });
  }
});
