/**
 * Sessions on the real VM (the production worker, src/main/session/worker.ts, bundled): pausing
 * within 100 ms in a busy loop, inside Python called from builtins (sorted's key=, list.index's
 * __eq__, __init__ from type.__call__), while blocked in input(); stop; stepping and inspection.
 * Skipped, saying so, while the VM cannot run programs yet (src/main/session/vm-status.ts).
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildSync } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Session } from '../../src/main/session/session';
import { VM_STATUS } from '../../src/main/session/vm-status';
import type { EventMessage, StoppedEvent } from '../../src/shared/protocol';

let workerUrl: URL;
beforeAll(() => {
  if (!VM_STATUS.available) return;
  const dir = mkdtempSync(path.join(tmpdir(), 'bytescope-vmworker-'));
  const outfile = path.join(dir, 'session-worker.mjs');
  buildSync({
    entryPoints: [path.resolve('src/main/session/worker.ts')],
    bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'silent',
    external: ['pyodide'],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  workerUrl = pathToFileURL(outfile);
});

const sessions: Session[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.dispose();
});

function open() {
  const events: EventMessage[] = [];
  const waiters: { event: string; resolve: (e: EventMessage) => void }[] = [];
  const s = new Session({
    workerUrl,
    emit: (e) => {
      events.push(e);
      for (const w of waiters.splice(0)) if (w.event === e.event) w.resolve(e); else waiters.push(w);
    },
  });
  sessions.push(s);
  const next = (event: string, timeout = 10_000) =>
    new Promise<EventMessage>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no ${event} event within ${timeout} ms`)), timeout);
      waiters.push({ event, resolve: (e) => { clearTimeout(t); resolve(e); } });
    });
  const output = () => events.filter((e) => e.event === 'output').map((e) => (e.body as { text: string }).text).join('');
  return { s, next, output };
}

const file = (source: string) => ({ name: 'prog.py', path: '/tmp/prog.py', source });
const noBps = { lines: [], instructions: [] };

/** Runs `source` (which must print "ready" just before spinning), then pauses it. */
async function pauseAfter(source: string) {
  const h = open();
  const ready = h.next('output');
  await h.s.request('launch', { file: file(source), stopOnEntry: false, breakpoints: noBps });
  expect(((await ready).body as { text: string }).text).toContain('ready');
  await new Promise((r) => setTimeout(r, 50));
  expect(h.s.state).toBe('running');
  const stopped = h.next('stopped');
  const t0 = performance.now();
  await h.s.request('pause', {});
  const st = (await stopped).body as StoppedEvent;
  return { ...h, st, latency: performance.now() - t0 };
}

describe.skipIf(!VM_STATUS.available)('sessions on the real VM', () => {
  it('pauses `while True: pass` within 100 ms, resumes, and stops', async () => {
    const { s, st, latency, next } = await pauseAfter('print("ready")\nwhile True:\n    pass\n');
    expect(latency).toBeLessThan(100);
    expect(st.reason).toBe('pause');
    expect(st.frames[0]!.function).toBe('<module>');
    // CPython 3.12: the loop is `>> 20 NOP` (line 3) and `22 JUMP_BACKWARD (to 20)` (line 2)
    expect([20, 22]).toContain(st.frames[0]!.offset);
    await s.request('continue', {});
    const terminated = next('terminated');
    const t0 = performance.now();
    await s.request('stop', {});
    await terminated;
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('pauses inside a key= function called by sorted()', async () => {
    const { st, latency } = await pauseAfter('def key(x):\n    print("ready")\n    while True:\n        pass\n\nsorted([3, 1, 2], key=key)\n');
    expect(latency).toBeLessThan(100);
    expect(st.frames.map((f) => f.function)).toEqual(['key', '<module>']);
  });

  it('pauses inside __eq__ called by list.index()', async () => {
    const { st } = await pauseAfter('class Spin:\n    def __eq__(self, other):\n        print("ready")\n        while True:\n            pass\n\n[1, 2].index(Spin())\n');
    expect(st.frames[0]!.function).toBe('Spin.__eq__');
    expect(st.frames[st.frames.length - 1]!.function).toBe('<module>');
  });

  it('pauses inside __init__ called by type.__call__', async () => {
    const { st } = await pauseAfter('class Slow:\n    def __init__(self):\n        print("ready")\n        while True:\n            pass\n\nSlow()\n');
    expect(st.frames[0]!.function).toBe('Slow.__init__');
  });

  it('pauses while blocked in input(), then takes the line', async () => {
    const h = open();
    const asked = h.next('inputRequested');
    await h.s.request('launch', { file: file('name = input("who? ")\nprint("hi", name)\n'), stopOnEntry: false, breakpoints: noBps });
    await asked;
    const stopped = h.next('stopped');
    await h.s.request('pause', {});
    const st = (await stopped).body as StoppedEvent;
    expect(st.waitingForInput).toBe(true);
    expect(st.frames[0]!.line).toBe(1);
    await h.s.request('continue', {});
    const exited = h.next('exited');
    await h.s.request('input', { text: 'Ada' });
    expect((await exited).body).toEqual({ code: 0 });
    expect(h.output()).toContain('hi Ada');
  });

  it('stops on entry at RESUME, steps instructions and shows the frame and its code', async () => {
    const h = open();
    const stopped = h.next('stopped');
    await h.s.request('launch', { file: file('x = [1, 2]\ny = x\n'), stopOnEntry: true, breakpoints: noBps });
    const st = (await stopped).body as StoppedEvent;
    expect(st.frames[0]!.offset).toBe(0);
    const code = await h.s.request('code', { frame: 0 });
    expect(code.instructions[0]!.opname).toBe('RESUME');
    expect(code.instructions.map((i) => i.opname)).toContain('BUILD_LIST');
    // BUILD_LIST 2 pops the two items and pushes the list (CPython's dis.stack_effect: -1)
    const build = code.instructions.find((i) => i.opname === 'BUILD_LIST')!;
    expect([build.popped, build.pushed]).toEqual([2, 1]);
    let detail = await h.s.request('frameDetail', { frame: 0 });
    expect(detail.stack).toEqual([]);
    // RESUME, LOAD_CONST 1, LOAD_CONST 2 → two ints on the stack
    for (let i = 0; i < 3; i++) {
      const next = h.next('stopped');
      await h.s.request('stepInstruction', {});
      await next;
    }
    detail = await h.s.request('frameDetail', { frame: 0 });
    expect(detail.stack.map((c) => c.repr)).toEqual(['1', '2']);
    expect(detail.stack.every((c) => c.immortal)).toBe(true);
  });

  it('honours a line breakpoint with a condition', async () => {
    const h = open();
    const stopped = h.next('stopped');
    await h.s.request('launch', {
      file: file('total = 0\nfor i in range(10):\n    total += i\nprint(total)\n'),
      stopOnEntry: false,
      breakpoints: { lines: [{ line: 3, condition: 'i == 4' }], instructions: [] },
    });
    const st = (await stopped).body as StoppedEvent;
    expect(st.frames[0]!.line).toBe(3);
    const detail = await h.s.request('frameDetail', { frame: 0 });
    const i = detail.globals.find((g) => g.name === 'i');
    expect(i?.value?.repr).toBe('4');
  });
});

describe.skipIf(!VM_STATUS.available)('runaway programs on the real VM', () => {
  it('a syntax error is reported as CPython prints it, with exit status 1', async () => {
    const h = open();
    const exited = h.next('exited');
    await h.s.request('launch', { file: file('x = (1,\n'), stopOnEntry: true, breakpoints: noBps });
    expect((await exited).body).toEqual({ code: 1 });
    // python3.12: `  File "/tmp/prog.py", line 1` / `    x = (1,` / `        ^` / `SyntaxError: '(' was never closed`
    expect(h.output()).toContain("SyntaxError: '(' was never closed");
    expect(h.output()).toContain('File "/tmp/prog.py", line 1');
  });

  it('a program that spends its heap budget gets MemoryError, and the host and the session live on', async () => {
    const events: EventMessage[] = [];
    const s = new Session({ workerUrl, memoryBudgetMb: 48, emit: (e) => events.push(e) });
    sessions.push(s);
    const next = (name: string, after: number) => new Promise<EventMessage>((r) => {
      const t = setInterval(() => {
        const e = events.slice(after).find((x) => x.event === name);
        if (e) { clearInterval(t); r(e); }
      }, 20);
    });
    await s.request('launch', { file: file('hog = []\nwhile True:\n    hog.append([0] * 1000)\n'), stopOnEntry: false, breakpoints: noBps });
    const st = (await next('stopped', 0)).body as StoppedEvent;
    expect(st.reason).toBe('exception');
    expect(st.description).toContain('MemoryError');
    // raised where the VM polls the budget: the loop's back edge, JUMP_BACKWARD on line 2
    expect(st.frames.map((f) => [f.function, f.line])).toEqual([['<module>', 2]]);
    // raised where the VM polls the budget: the loop's back edge, JUMP_BACKWARD on line 2
    expect(st.frames.map((f) => [f.function, f.line])).toEqual([['<module>', 2]]);
    const mark = events.length;
    await s.request('continue', {});
    expect((await next('exited', mark)).body).toEqual({ code: 1 });
    const text = events.filter((e) => e.event === 'output').map((e) => (e.body as { text: string }).text).join('');
    // the traceback CPython prints for this exception at that instruction (MemoryError has no arguments)
    expect(text.replace(/\r\n/g, '\n')).toBe(
      'Traceback (most recent call last):\n  File "/tmp/prog.py", line 2, in <module>\n    while True:\n          ^^^^\nMemoryError\n');
    // the session is reusable afterwards
    const again = events.length;
    await s.request('launch', { file: file('print(1)\n'), stopOnEntry: false, breakpoints: noBps });
    expect((await next('exited', again)).body).toEqual({ code: 0 });
  }, 60_000);
});

describe.skipIf(!VM_STATUS.available)('uncaught exceptions on the real VM', () => {
  it('stops before the traceback is printed, with the traceback\'s frames and their locals', async () => {
    const h = open();
    const stopped = h.next('stopped');
    await h.s.request('launch', { file: file('def f(x):\n    y = x - 1\n    return 1 / (y - y)\n\nf(5)\n'), stopOnEntry: false, breakpoints: noBps });
    const st = (await stopped).body as StoppedEvent;
    expect(st.reason).toBe('exception');
    expect(st.description).toContain('ZeroDivisionError');
    expect(st.frames.map((f) => f.function)).toEqual(['f', '<module>']);
    expect(st.frames[0]!.line).toBe(3);
    expect(h.output()).not.toContain('Traceback');
    const d = await h.s.request('frameDetail', { frame: 0 });
    expect(d.locals.map((v) => [v.name, v.value?.repr])).toEqual([['x', '5'], ['y', '4']]);
    const exited = h.next('exited');
    await h.s.request('continue', {});
    expect((await exited).body).toEqual({ code: 1 });
    expect(h.output()).toContain('ZeroDivisionError: division by zero');
  });
});

describe.skipIf(!VM_STATUS.available)('breakpoints on the real VM', () => {
  // python3.12 -m dis: `>> 22 FOR_ITER`, `26 STORE_NAME 2 (i)`, line 3: `28 LOAD_NAME 0 (total)` … `36 STORE_NAME 0 (total)`
  const LOOP = 'total = 0\nfor i in range(5):\n    total += i\nprint(total)\n';

  it('stops at an instruction breakpoint (code key + offset) with a hit count', async () => {
    const h = open();
    const stopped = h.next('stopped');
    await h.s.request('launch', {
      file: file(LOOP), stopOnEntry: false,
      breakpoints: { lines: [], instructions: [{ codeKey: '<module>@1', offset: 36, hitCount: 3 }] },
    });
    const st = (await stopped).body as StoppedEvent;
    expect(st.reason).toBe('instruction-breakpoint');
    expect(st.frames[0]!.offset).toBe(36);
    const d = await h.s.request('frameDetail', { frame: 0 });
    // third hit: i == 2, total still 0 + 1 = 1; the stack holds the for-loop's iterator and total + i
    expect(d.globals.find((g) => g.name === 'i')?.value?.repr).toBe('2');
    expect(d.globals.find((g) => g.name === 'total')?.value?.repr).toBe('1');
    expect(d.stack.map((c) => c.type)).toEqual(['range_iterator', 'int']);
    expect(d.stack[1]!.repr).toBe('3');
  });

  it('steps over a line, into a call and out of it', async () => {
    const h = open();
    let stopped = h.next('stopped');
    await h.s.request('launch', {
      file: file('def f(n):\n    m = n * 2\n    return m\n\nx = f(4)\ny = x + 1\n'), stopOnEntry: false,
      breakpoints: { lines: [{ line: 5 }], instructions: [] },
    });
    expect(((await stopped).body as StoppedEvent).frames[0]!.line).toBe(5);
    stopped = h.next('stopped');
    await h.s.request('stepIn', {});
    let st = (await stopped).body as StoppedEvent;
    expect(st.frames.map((f) => f.function)).toEqual(['f', '<module>']);
    stopped = h.next('stopped');
    await h.s.request('stepOut', {});
    st = (await stopped).body as StoppedEvent;
    expect(st.frames.map((f) => f.function)).toEqual(['<module>']);
    expect(st.frames[0]!.line).toBe(5);
    stopped = h.next('stopped');
    await h.s.request('next', {});
    st = (await stopped).body as StoppedEvent;
    expect(st.frames[0]!.line).toBe(6);
  });
});

describe.skipIf(VM_STATUS.available)('sessions on the real VM (not available yet)', () => {
  it('is skipped: the VM cannot run programs in this build', () => {
    expect(VM_STATUS.available).toBe(false);
  });
});
