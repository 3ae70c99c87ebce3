// Deterministic checks behind the interpreter's performance work (docs/performance.md): they assert
// that the allocation-free paths are taken, never how long anything takes.
import { describe, it, expect } from 'vitest';
import { createVM, CaptureHost, BaseHook } from '../../src/vm/index';
import type { VM } from '../../src/vm/runtime/vm';
import type { Frame } from '../../src/vm/interp/frame';
import { newStr, strConcat } from '../../src/vm/objects/str';

describe('str: lazily measured, concatenation propagates the measure', () => {
  it('a str made from a JS string is measured on first use only', () => {
    createVM(new CaptureHost()); // bootstraps the types
    const s = newStr('héllo');
    expect(s.measured).toBe(false);
    expect(s.n).toBe(5);
    expect(s.kind).toBe(1);
    expect(s.measured).toBe(true);
  });

  it('concatenating measured strs gives a measured str with the summed length and wider kind', () => {
    createVM(new CaptureHost());
    const a = newStr('abc'), b = newStr('€😀');
    void a.n; void b.n;
    const c = strConcat(a, b);
    expect(c.measured).toBe(true);
    expect(c.n).toBe(5);
    expect(c.kind).toBe(4);
    expect(c.s).toBe('abc€😀');
  });

  it('a lone high surrogate meeting a lone low one is rescanned (the JS string reads one code point)', () => {
    createVM(new CaptureHost());
    const a = newStr('x\ud83d'), b = newStr('\ude00y');
    expect(a.n).toBe(2);
    expect(b.n).toBe(2);
    const c = strConcat(a, b);
    expect(c.measured).toBe(false);
    expect(c.n).toBe(3);
  });
});

describe('frames: a finished plain frame is reused by the next call of the same code', () => {
  it('calling a function repeatedly runs every call in the same Frame object', async () => {
    const host = new CaptureHost();
    const vm = createVM(host);
    const seen = new Map<string, Set<Frame>>();
    class Recorder extends BaseHook {
      // Function entry (RESUME) is an eval-breaker point, seen while a hook is attached.
      override onBreaker(_vm: VM, f: Frame): void {
        const name = f.code.co.co_name;
        if (!seen.has(name)) seen.set(name, new Set());
        seen.get(name)!.add(f);
      }
    }
    vm.setHook(new Recorder());
    const src = [
      'def leaf(x):',
      '    return x + 1',
      'def gen():',
      '    yield 1',
      't = 0',
      'for i in range(50):',
      '    t += leaf(i)',
      '    t += sum(gen())',
      'print(t)',
      '',
    ].join('\n');
    const status = await vm.runSource(src, '/tmp/perf_frames.py');
    expect(host.err).toBe('');
    expect(status).toBe(0);
    expect(host.out).toBe('1325\n');
    expect(seen.get('leaf')!.size).toBe(1);
    // Generator frames belong to their generator: never pooled.
    expect(seen.get('gen')!.size).toBeGreaterThan(1);
  });
});

describe('LOAD_GLOBAL/LOAD_NAME cache: every binding change is seen', () => {
  it('rebinding, shadowing and unshadowing builtins, deleting, other globals (expected output from CPython 3.12)', async () => {
    const host = new CaptureHost();
    const vm = createVM(host);
    const src = [
      'import builtins',
      'def f():',
      '    return len(\'abc\'), g',
      'g = 1',
      'r = [f()]',
      'g = 2',
      'r.append(f())',
      'def len(x): return -1',
      'r.append(f())',
      'del len',
      'r.append(f())',
      'real = builtins.len',
      'builtins.len = lambda x: 99',
      'r.append(f())',
      'builtins.len = real',
      'del g',
      'try:',
      '    f()',
      'except NameError as e:',
      '    r.append(str(e))',
      'ns = {\'g\': \'other\', \'__builtins__\': builtins}',
      'exec(f.__code__, ns)',
      'r.append(eval(f.__code__, ns))',
      'for i in range(3):',
      '    if i == 1: x = \'x1\'',
      '    r.append(x if i else \'none\')',
      '    x = i',
      'print(r)',
      '',
    ].join('\n');
    const status = await vm.runSource(src, '/tmp/perf_gcache.py');
    expect(host.err).toBe('');
    expect(status).toBe(0);
    expect(host.out).toBe(`[(3, 1), (3, 2), (-1, 2), (3, 2), (99, 2), "name 'g' is not defined", (3, 'other'), 'none', 'x1', 1]\n`);
  });
});
