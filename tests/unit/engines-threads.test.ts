/**
 * The thread scheduler seen from the debugger: threads, GIL holder, switch records.
 */
import { describe, it, expect } from 'vitest';
import { createVM, CaptureHost } from '../../src/vm/index';
import { compile } from '../../src/vm/compiler/index';
import type { CodeObject } from '../../src/vm/bytecode/code';
import { threadsView } from '../../src/vm/debug/views-threads';
import { existingScheduler } from '../../src/vm/runtime/threads';

function runProgram(source: string) {
  const filename = '/tmp/bytescope_eng/threads_view.py';
  const host = new CaptureHost({ argv: [filename], files: { [filename]: source } });
  const vm = createVM(host);
  vm.compileSource = (src, fn) => compile(src, fn, 'exec') as unknown as CodeObject;
  const status = vm.runMain(compile(source, filename, 'exec') as unknown as CodeObject, filename);
  return { vm, host, status };
}

describe('threads view', () => {
  it('a program without threads shows the main thread holding the GIL', () => {
    const { vm, status } = runProgram('x = 1\n');
    expect(status).toBe(0);
    const v = threadsView(vm);
    expect(v.threads.length).toBe(1);
    expect(v.threads[0]!.main).toBe(true);
    expect(v.switchCount).toBe(0);
  });

  it('records hand-offs: blocking waits and finished threads', () => {
    const { vm, host, status } = runProgram([
      'import _thread, time',
      'done = _thread.allocate_lock(); done.acquire()',
      'def work():',
      '    time.sleep(0.01)',
      '    done.release()',
      '_thread.start_new_thread(work, ())',
      'done.acquire()',
      'print("joined")',
    ].join('\n') + '\n');
    expect(host.err).toBe('');
    expect(status).toBe(0);
    expect(host.out).toBe('joined\n');
    const v = threadsView(vm);
    expect(v.threads.length).toBe(2);
    expect(v.threads[1]!.status).toBe('finished');
    expect(v.threads[0]!.holdsGil).toBe(true);
    const reasons = v.switches.map((s) => s.reason);
    expect(reasons).toContain('block');
    expect(reasons).toContain('exit');
    expect(v.switches[0]!.from).toBe(v.threads[0]!.ident);
    expect(existingScheduler(vm)!.switchCount).toBe(v.switchCount);
  });

  it('CPU-bound threads are switched after the switch interval', () => {
    const { vm, host } = runProgram([
      'import _thread, sys, time',
      'sys.setswitchinterval(0.001)',
      'locks = [_thread.allocate_lock() for _ in range(2)]',
      'for l in locks: l.acquire()',
      'def spin(k):',
      '    t0 = time.perf_counter()',
      '    while time.perf_counter() - t0 < 0.03:',
      '        pass',
      '    locks[k].release()',
      'for k in range(2): _thread.start_new_thread(spin, (k,))',
      'for l in locks: l.acquire()',
      'print(sys.getswitchinterval())',
    ].join('\n') + '\n');
    expect(host.out).toBe('0.001\n');
    const v = threadsView(vm);
    expect(v.switches.filter((s) => s.reason === 'interval').length).toBeGreaterThan(2);
  });
});
