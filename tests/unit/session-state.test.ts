/**
 * Session state machine, worker lifecycle and pausing, driven with a stand-in debuggee (a tiny
 * line interpreter compiled into a real worker). The stand-in only exercises the transitions;
 * the real VM is exercised by session-vm.test.ts.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildSync } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Session } from '../../src/main/session/session';
import type { EventMessage, StoppedEvent } from '../../src/shared/protocol';

// Stand-in program language, one statement per line:
//   `forever` loops on its line; `input` calls readLine and prints what it got;
//   `print TEXT` writes TEXT; `call N` runs N instructions in a nested frame; anything else: 2 instructions.
const STANDIN = `
import { runWorker } from './worker-core';
runWorker((io) => {
  let lines = [];
  let filename = '';
  const frames = [];
  const api = {
    run(sink, fname, source) {
      filename = fname;
      lines = source.split('\\n');
      const top = { name: '<module>' };
      frames.push({ tok: top, line: 1, offset: 0 });
      for (let i = 0; i < lines.length; i++) {
        const f = frames[0]; f.line = i + 1;
        const l = lines[i].trim();
        const step = () => { sink.onInstruction(top, frames.length, '<module>@1', filename, f.offset, i + 1); f.offset += 2; };
        if (l === 'forever') { for (;;) step(); }
        step();
        if (l === 'input') { const s = io.readLine('? '); io.write('stdout', 'got ' + s + '\\n'); }
        else if (l.startsWith('print ')) io.write('stdout', l.slice(6) + '\\n');
        else if (l.startsWith('call ')) {
          const tok = { name: 'f' }; frames.unshift({ tok, line: 100, offset: 0 });
          for (let k = 0; k < Number(l.slice(5)); k++) { sink.onInstruction(tok, frames.length, 'f@100', filename, frames[0].offset, 100 + k); frames[0].offset += 2; }
          frames.shift();
        }
        step();
      }
      return 0;
    },
    frames: () => frames.map((f, index) => ({ index, function: f.tok.name, filename, line: f.line, offset: f.offset, codeId: 1 })),
    frameDetail: (i) => ({ ...api.frames()[i], locals: [], cells: [], globals: [], stack: [] }),
    code: () => { throw new Error('no code in stand-in'); },
    object: () => { throw new Error('no objects'); },
    references: () => ({ total: 0, start: 0, items: [] }),
    referrers: () => ({ total: 0, start: 0, items: [] }),
    heapGraph: () => ({ nodes: [], edges: [], roots: [], cycles: [], garbage: [], truncated: false }),
    gc: () => { throw new Error('no gc'); },
    snapshot: () => '{}',
    evaluateCondition: (expr) => expr === 'True',
  };
  return api;
});
`;

let workerUrl: URL;
beforeAll(() => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bytescope-standin-'));
  const outfile = path.join(dir, 'standin-worker.mjs');
  buildSync({
    stdin: { contents: STANDIN, resolveDir: path.resolve('src/main/session'), loader: 'ts' },
    bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'silent',
  });
  workerUrl = pathToFileURL(outfile);
});

const sessions: Session[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.dispose();
});

function open() {
  const events: EventMessage[] = [];
  const waiters: { pred: (e: EventMessage) => boolean; resolve: (e: EventMessage) => void }[] = [];
  const s = new Session({
    workerUrl,
    emit: (e) => {
      events.push(e);
      for (const w of waiters.splice(0)) if (w.pred(e)) w.resolve(e); else waiters.push(w);
    },
  });
  sessions.push(s);
  const next = (event: string, timeout = 5000) =>
    new Promise<EventMessage>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no ${event} event within ${timeout} ms`)), timeout);
      waiters.push({ pred: (e) => e.event === event, resolve: (e) => { clearTimeout(t); resolve(e); } });
    });
  return { s, events, next };
}

const file = (source: string) => ({ name: 'p.py', path: '/tmp/p.py', source });
const noBps = { lines: [], instructions: [] };

describe('session state machine (stand-in debuggee)', () => {
  it('starts idle, runs to completion, reports exit and terminated', async () => {
    const { s, next, events } = open();
    expect(s.state).toBe('idle');
    const exited = next('exited');
    await s.request('launch', { file: file('print hello\nx'), stopOnEntry: false, breakpoints: noBps });
    expect((await exited).body).toEqual({ code: 0 });
    expect(s.state).toBe('terminated');
    expect(events.filter((e) => e.event === 'output').map((e) => (e.body as { text: string }).text).join('')).toBe('hello\n');
    expect(events.filter((e) => e.event === 'state').map((e) => (e.body as { state: string }).state)).toEqual(['running', 'terminated']);
  });

  it('stops on entry, steps one instruction, continues', async () => {
    const { s, next } = open();
    const stopped = next('stopped');
    await s.request('launch', { file: file('a\nb'), stopOnEntry: true, breakpoints: noBps });
    const st = (await stopped).body as StoppedEvent;
    expect(s.state).toBe('paused');
    expect(st.frames[0]!.offset).toBe(0);
    const stopped2 = next('stopped');
    await s.request('stepInstruction', {});
    expect(((await stopped2).body as StoppedEvent).frames[0]!.offset).toBe(2);
    const exited = next('exited');
    await s.request('continue', {});
    await exited;
    expect(s.state).toBe('terminated');
  });

  it('rejects inspection and stepping when not paused', async () => {
    const { s } = open();
    await expect(s.request('stackTrace', {})).rejects.toThrow(/idle/);
    await expect(s.request('continue', {})).rejects.toThrow(/idle/);
  });

  it('stops at a line breakpoint, honours hit counts and conditions', async () => {
    const { s, next } = open();
    const stopped = next('stopped');
    await s.request('launch', { file: file('a\nb\nc\nd'), stopOnEntry: false, breakpoints: { lines: [{ line: 3 }], instructions: [] } });
    const st = (await stopped).body as StoppedEvent;
    expect(st.reason).toBe('breakpoint');
    expect(st.frames[0]!.line).toBe(3);
    const s2 = next('stopped');
    await s.request('setBreakpoints', { lines: [{ line: 4, condition: 'False' }], instructions: [] });
    const exited = next('exited');
    await s.request('continue', {});
    await Promise.race([exited, s2.then(() => { throw new Error('false condition stopped'); })]);
  });

  it('pauses a runaway loop within 100 ms and stops it', async () => {
    const { s, next } = open();
    const looping = next('output');
    await s.request('launch', { file: file('print looping\nforever'), stopOnEntry: false, breakpoints: noBps });
    await looping;
    await new Promise((r) => setTimeout(r, 50));
    expect(s.state).toBe('running');
    const stopped = next('stopped');
    const t0 = performance.now();
    await s.request('pause', {});
    const st = (await stopped).body as StoppedEvent;
    expect(performance.now() - t0).toBeLessThan(100);
    expect(st.reason).toBe('pause');
    expect(st.frames[0]!.line).toBe(2);
    await s.request('continue', {});
    expect(s.state).toBe('running');
    const terminated = next('terminated');
    await s.request('stop', {});
    await terminated;
    expect(s.state).toBe('terminated');
  });

  it('pauses while blocked in input(), then delivers input', async () => {
    const { s, next, events } = open();
    const asked = next('inputRequested');
    await s.request('launch', { file: file('input'), stopOnEntry: false, breakpoints: noBps });
    await asked;
    const stopped = next('stopped');
    await s.request('pause', {});
    const st = (await stopped).body as StoppedEvent;
    expect(st.waitingForInput).toBe(true);
    expect(s.state).toBe('paused');
    await s.request('continue', {});
    const exited = next('exited');
    await s.request('input', { text: 'xyz' });
    await exited;
    expect(events.some((e) => e.event === 'output' && (e.body as { text: string }).text.includes('got xyz'))).toBe(true);
  });

  it('steps over a call and out of a nested frame', async () => {
    const { s, next } = open();
    let stopped = next('stopped');
    await s.request('launch', { file: file('a\ncall 5\nb'), stopOnEntry: false, breakpoints: { lines: [{ line: 2 }], instructions: [] } });
    await stopped;
    stopped = next('stopped');
    await s.request('next', {});
    const over = (await stopped).body as StoppedEvent;
    expect(over.frames).toHaveLength(1);
    expect(over.frames[0]!.line).toBe(3);

    await s.request('restart', {});
    stopped = next('stopped');
    await stopped;
    stopped = next('stopped');
    await s.request('stepIn', {});
    let st = (await stopped).body as StoppedEvent;
    expect(st.frames[0]!.function).toBe('f');
    expect(st.frames[0]!.line).toBe(100);
    stopped = next('stopped');
    await s.request('stepOut', {});
    st = (await stopped).body as StoppedEvent;
    expect(st.frames).toHaveLength(1);
    expect(st.frames[0]!.line).toBe(2);
  });

  it('restart replaces a running worker and stop always works', async () => {
    const { s, next } = open();
    await s.request('launch', { file: file('forever'), stopOnEntry: false, breakpoints: noBps });
    await s.request('restart', {});
    expect(s.state).toBe('running');
    const terminated = next('terminated');
    await s.request('stop', {});
    await terminated;
    expect(s.state).toBe('terminated');
    await expect(s.request('restart', {})).resolves.toEqual({ state: 'running' });
  });
});
