/**
 * Allocations the VM cannot make end in Python's MemoryError, never in a JS exception or a V8
 * abort (docs/runtime-limits.md). CPython on a large machine would build some of these objects:
 * these are our documented limits, not CPython's behaviour, so they are tested here rather than
 * in the golden corpus.
 */
import { describe, it, expect } from 'vitest';
import { createVM, CaptureHost } from '../../src/vm/index';
import { compile } from '../../src/vm/compiler/index';
import type { CodeObject } from '../../src/vm/bytecode/code';

function run(source: string) {
  const filename = '/tmp/bytescope_limits/prog.py';
  const host = new CaptureHost({ argv: [filename], files: { [filename]: source } });
  const vm = createVM(host);
  vm.compileSource = (src, fn) => compile(src, fn, 'exec') as unknown as CodeObject;
  const status = vm.runMain(compile(source, filename, 'exec') as unknown as CodeObject, filename);
  return { status, out: host.out, err: host.err };
}

const caught = (expr: string) => `try:\n    x = ${expr}\nexcept MemoryError as e:\n    print(repr(e), e.args)\nelse:\n    print('built', len(x))\n`;

describe('allocations past the VM limits raise MemoryError', () => {
  it('list, tuple and bytes repeats past the limit, before allocating anything', () => {
    for (const expr of ['[0] * 10**9', '(1, 2) * 10**8', 'b"ab" * 10**10', '[None] * 2**40']) {
      expect(run(caught(expr)).out, expr).toBe('MemoryError() ()\n');
    }
  });

  it('in-place repeat leaves the list as it was', () => {
    expect(run('l = [1, 2]\ntry:\n    l *= 10**9\nexcept MemoryError:\n    print(l)\n').out).toBe('[1, 2]\n');
  });

  it('a string longer than a JS string can be', () => {
    expect(run(caught('"ab" * 10**9')).out).toBe('MemoryError() ()\n');
  });

  it('uncaught, it prints a traceback and exits with status 1', () => {
    const r = run('x = "ab" * 10**9\n');
    expect(r.status).toBe(1);
    expect(r.err).toBe('Traceback (most recent call last):\n  File "/tmp/bytescope_limits/prog.py", line 1, in <module>\n    x = "ab" * 10**9\n        ~~~~~^~~~~~~\nMemoryError\n');
  });

  it('repeats under the limit still build', () => {
    expect(run(caught('[0] * 10**6')).out).toBe('built 1000000\n');
  });
});
