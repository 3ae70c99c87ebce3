/**
 * Engines goldens: our compiler + VM on tests/golden-data/engines/programs/*.py (tracemalloc,
 * frames and code attributes, sys internals, _thread scheduling) against CPython 3.12's output
 * recorded by scripts/oracle/engines_goldens.py.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createVM, CaptureHost } from '../../src/vm/index';
import { compile } from '../../src/vm/compiler/index';
import type { CodeObject } from '../../src/vm/bytecode/code';

const DIR = resolve(__dirname, '../golden-data/engines');
const RUN_DIR = '/tmp/bytescope_eng';

function run(name: string): { stdout: string; stderr: string; status: number } {
  const source = readFileSync(join(DIR, 'programs', `${name}.py`), 'utf8');
  const filename = `${RUN_DIR}/${name}.py`;
  const host = new CaptureHost({ argv: [filename], files: { [filename]: source } });
  const vm = createVM(host);
  vm.compileSource = (src, fn) => compile(src, fn, 'exec') as unknown as CodeObject;
  const status = vm.runMain(compile(source, filename, 'exec') as unknown as CodeObject, filename);
  return { stdout: host.out, stderr: host.err, status };
}

const names = readdirSync(join(DIR, 'programs')).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort();

describe('engines goldens (CPython 3.12 output)', () => {
  for (const name of names) {
    it(name, () => {
      const want = JSON.parse(readFileSync(join(DIR, `${name}.out.json`), 'utf8'));
      const got = run(name);
      expect(got.stdout).toBe(want.stdout);
      expect(got.stderr).toBe(want.stderr);
      expect(got.status).toBe(want.status);
    }, 60_000);
  }
});
