import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createVM, CaptureHost, codeFromJSON, BaseHook } from '../../src/vm/index';
import type { VM } from '../../src/vm/runtime/vm';
import type { Frame } from '../../src/vm/interp/frame';
import { Inspector, frames, frameDetail } from '../../src/vm/debug/inspect';
import { PyExc, raise } from '../../src/vm/runtime/errors';

const dir = resolve(__dirname, '../golden-data/runtime/debug');
const load = (n: string) => codeFromJSON(JSON.parse(readFileSync(`${dir}/${n}.code.json`, 'utf8')));

describe('debug hook', () => {
  it('pause requests are seen inside `while True: pass` at eval-breaker points', () => {
    const host = new CaptureHost();
    const vm = createVM(host);
    let polls = 0;
    let seen: number | null = null;
    class Pauser extends BaseHook {
      override onBreaker(v: VM, f: Frame): void {
        if (++polls === 1000) {
          // The worker would block here (Atomics.wait); the test inspects and then stops the program.
          const d = frameDetail(v, 0)!;
          seen = Number(d.globals.find((g) => g.name === 'n')!.value!.repr);
          void f;
          raise(PyExc.KeyboardInterrupt!, '');
        }
      }
    }
    vm.setHook(new Pauser());
    const status = vm.runCode(load('busy'), { filename: '/tmp/bytescope_rt/busy.py' });
    expect(status).toBe(1);
    expect(polls).toBe(1000);
    expect(seen).toBeGreaterThan(900);
    expect(host.err).toContain('KeyboardInterrupt');
  });

  it('single-steps every instruction with byte offsets and sees calls/returns', () => {
    const host = new CaptureHost();
    const vm = createVM(host);
    const trace: string[] = [];
    class Stepper extends BaseHook {
      override wantsInstructions(): boolean { return true; }
      override onInstruction(_v: VM, f: Frame, off: number): void { trace.push(`${f.code.co.co_name}@${off}`); }
      override onCall(_v: VM, f: Frame): void { trace.push(`call ${f.code.co.co_name}`); }
      override onReturn(_v: VM, f: Frame): void { trace.push(`return ${f.code.co.co_name}`); }
    }
    vm.setHook(new Stepper());
    expect(vm.runCode(load('steps'), { filename: '/tmp/bytescope_rt/steps.py' })).toBe(0);
    expect(host.out).toBe('3\n');
    expect(trace.slice(0, 2)).toEqual(['call <module>', '<module>@0']);
    expect(trace).toContain('call add');
    const i = trace.indexOf('call add');
    expect(trace.slice(i + 1, i + 6)).toEqual(['add@0', 'add@2', 'add@4', 'add@6', 'add@10']);
    expect(trace).toContain('return add');
  });
});

describe('inspection views', () => {
  it('frames, locals, heap graph cycles and garbage', () => {
    const host = new CaptureHost();
    const vm = createVM(host);
    let checked = false;
    class AtReturn extends BaseHook {
      override wantsInstructions(): boolean { return true; }
      override onInstruction(v: VM, f: Frame, off: number): void {
        if (checked || f.code.co.co_name !== 'f' || f.code.co.co_code[off] !== 83) return; // RETURN_VALUE
        checked = true;
        const fr = frames(v);
        expect(fr.map((x) => x.function)).toEqual(['f', '<module>']);
        const d = frameDetail(v, 0)!;
        expect(d.locals.map((l) => l.name)).toEqual(['x', 'y']);
        expect(d.locals[1]!.value!.repr).toBe("[[1, 'two', 3.0], [1, 'two', 3.0]]");
        expect(d.stack.length).toBe(1);
        const ins = new Inspector(v);
        const items = d.locals[0]!.value!;
        // items: global + x + two slots of y = 4
        expect(items.refcount).toBe(4);
        const view = ins.object(items.id)!;
        expect(view.size).toBe(88);
        expect(view.gcTracked).toBe(true);
        const refs = ins.references(items.id);
        expect(refs.map((r) => `${r.kind}:${r.label}:${r.target.repr}`)).toEqual(["item:0:1", "item:1:'two'", 'item:2:3.0']);
        const g = ins.heapGraph();
        const a = d.globals.find((x) => x.name === 'a')!.value!;
        const b = d.globals.find((x) => x.name === 'b')!.value!;
        expect(g.cycles.some((c) => c.includes(a.id) && c.includes(b.id))).toBe(true);
        // c <-> d were deleted: only their cycle keeps them alive.
        expect(g.garbage.length).toBe(2);
        const gcv = ins.gc();
        expect(gcv.thresholds).toEqual([700, 10, 10]);
        const snap = ins.snapshot();
        expect(snap.objects.some((o) => o.id === items.id && o.refs.length === 3)).toBe(true);
      }
    }
    vm.setHook(new AtReturn());
    expect(vm.runCode(load('graph'), { filename: '/tmp/bytescope_rt/graph.py' })).toBe(0);
    expect(checked).toBe(true);
  });
});

describe('host interrupt check', () => {
  it('host.interrupted() stops `while True: pass` with KeyboardInterrupt', () => {
    const host = new CaptureHost();
    let calls = 0;
    (host as unknown as { interrupted: () => boolean }).interrupted = () => ++calls >= 5;
    const vm = createVM(host);
    const status = vm.runCode(load('busy'), { filename: '/tmp/bytescope_rt/busy.py' });
    expect(status).toBe(1);
    expect(calls).toBe(5);
    expect(host.err).toBe('Traceback (most recent call last):\n  File "/tmp/bytescope_rt/busy.py", line 2, in <module>\nKeyboardInterrupt\n');
  });
});
