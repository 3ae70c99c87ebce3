/**
 * Import system and stdlib-module programs (tests/golden-data/modules/<case>/main.py) run on the
 * VM with the stdlib zip, compared with CPython 3.12's stdout/stderr/exit status recorded by
 * scripts/oracle/modules_goldens.py (same path normalization as there).
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { VM } from '../../src/vm/runtime/vm';
import type { Host } from '../../src/vm/runtime/host';
import { compile } from '../../src/vm/compiler/index';

const ROOT = path.resolve(__dirname, '../..');
const DATA = path.join(ROOT, 'tests/golden-data/modules');
const ZIP = path.join(ROOT, 'node_modules/pyodide/python_stdlib.zip');

export function nodeHost(out: { stdout: string; stderr: string }): Host {
  return {
    argv: [''],
    stdout: (t) => { out.stdout += t; },
    stderr: (t) => { out.stderr += t; },
    readLine: () => null,
    readFile: (p) => { try { return readFileSync(p, 'utf8'); } catch { return null; } },
    readBinary: (p) => { try { return readFileSync(p); } catch { return null; } },
    stdlibZip: ZIP,
    isDir: (p) => { try { return statSync(p).isDirectory(); } catch { return false; } },
    cwd: () => process.cwd(),
  };
}

export function runCase(dir: string): { stdout: string; stderr: string; status: number } {
  const out = { stdout: '', stderr: '' };
  const file = path.join(dir, 'main.py');
  const vm = new VM(nodeHost(out));
  const co = compile(readFileSync(file, 'utf8'), file, 'exec');
  const status = vm.runMain(co, file);
  vm.finalize();
  const norm = (s: string) => s.split(dir).join('<case>');
  return { stdout: norm(out.stdout), stderr: norm(out.stderr), status };
}

const cases = readdirSync(DATA).filter((d) => existsSync(path.join(DATA, d + '.expected.json'))).sort();

describe('imports: programs vs CPython 3.12', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(0));
  for (const c of cases) {
    it(c, () => {
      const want = JSON.parse(readFileSync(path.join(DATA, c + '.expected.json'), 'utf8'));
      const got = runCase(path.join(DATA, c));
      expect(got.stdout).toBe(want.stdout);
      expect(got.stderr).toBe(want.stderr);
      expect(got.status).toBe(want.status);
    });
  }
});
