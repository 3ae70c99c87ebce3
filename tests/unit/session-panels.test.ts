/**
 * The mechanism panels' requests on the real VM (bundled production worker): tokens and AST of the
 * program, co_* fields of a frame's code and of a nested code object, the frame object, the
 * pymalloc model and tracemalloc statistics, "Collect now" on a cycle, and the threads view.
 * Expected values come from CPython 3.12 on tests/e2e/programs/mechanisms.py:
 *   tracemalloc.take_snapshot().statistics('lineno')[0] at line 27 →
 *     "mechanisms.py:15: size=11.0 KiB, count=201, average=56 B"
 *   gc.collect() there → 2 (the two Node objects of the a <-> b cycle)
 *   build.__code__.co_varnames == ('n', 'total', 'i', 'items', 's'); co_flags 3 (OPTIMIZED, NEWLOCALS)
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildSync } from 'esbuild';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Session } from '../../src/main/session/session';
import { VM_STATUS } from '../../src/main/session/vm-status';
import type { EventMessage } from '../../src/shared/protocol';

let workerUrl: URL;
beforeAll(() => {
  if (!VM_STATUS.available) return;
  const dir = mkdtempSync(path.join(tmpdir(), 'bytescope-panels-'));
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

const SOURCE = readFileSync(path.resolve('tests/e2e/programs/mechanisms.py'), 'utf8');

async function pausedAt(line: number, source = SOURCE) {
  let resolveStop: (e: EventMessage) => void = () => {};
  const stopped = new Promise<EventMessage>((r) => (resolveStop = r));
  const s = new Session({ workerUrl, emit: (e) => { if (e.event === 'stopped') resolveStop(e); } });
  sessions.push(s);
  await s.request('launch', { file: { name: 'mechanisms.py', path: '/tmp/mechanisms.py', source }, stopOnEntry: false, breakpoints: { lines: [{ line }], instructions: [] } });
  await stopped;
  return s;
}

describe.skipIf(!VM_STATUS.available)('mechanism panels on the real VM', () => {
  it('pipeline: tokens as tokenize lists them, AST nodes with positions', async () => {
    const s = await pausedAt(27);
    const p = await s.request('pipeline', {});
    expect(p.tokens[0]).toEqual({ type: 'ENCODING', exact: 'ENCODING', string: 'utf-8', start: [0, 0], end: [0, 0] });
    expect(p.tokens[1]).toEqual({ type: 'NAME', exact: 'NAME', string: 'import', start: [1, 0], end: [1, 6] });
    const lpar = p.tokens.find((t) => t.string === '(')!;
    expect([lpar.type, lpar.exact]).toEqual(['OP', 'LPAR']);
    expect(p.ast!.type).toBe('Module');
    const body = p.ast!.children.find((c) => c.field === 'body')!.nodes;
    expect(body.map((n) => n.type).slice(0, 5)).toEqual(['Import', 'Import', 'Expr', 'ClassDef', 'FunctionDef']);
    expect(body[4]!.pos).toEqual([13, 0, 18, 23]);
    expect(body[4]!.scalars.find(([k]) => k === 'name')).toEqual(['name', "'build'"]);
  });

  it('code object: co_* of the frame and of a nested function reached through co_consts', async () => {
    const s = await pausedAt(17);
    const top = await s.request('codeObject', { frame: 0, path: [] });
    expect(top.co_qualname).toBe('build');
    expect(top.co_varnames).toEqual(['n', 'total', 'i', 'items', 's']);
    expect(top.co_flags).toBe(3);
    expect(top.flagNames).toEqual(['OPTIMIZED', 'NEWLOCALS']);
    expect(top.co_argcount).toBe(1);
    expect(top.localsplus.map((l) => l.kinds.includes('local'))).toEqual([true, true, true, true, true]);
    const mod = await s.request('codeObject', { frame: 1, path: [] });
    const idx = mod.co_consts.find((c) => c.isCode && c.repr.includes('build'))!.index;
    const nested = await s.request('codeObject', { frame: 1, path: [idx] });
    expect(nested.co_qualname).toBe('build');
    expect(nested.lines[0]).toEqual([0, 2, 13]);
    const f = await s.request('frameObject', { frame: 0 });
    expect(f.f_code).toBe('build');
    expect(f.f_lineno).toBe(17);
    expect(f.f_back).toEqual([{ index: 1, function: '<module>', line: 21 }]);
    expect(f.f_globals).toBe('__main__');
  });

  it('memory: tracemalloc statistics match CPython; Collect now frees the cycle', async () => {
    const s = await pausedAt(27);
    const m = await s.request('memory', { start: 0, count: 5 });
    expect(m.tracemalloc.tracing).toBe(true);
    expect(m.tracemalloc.startedBy).toBe('program');
    expect(m.tracemalloc.top[0]!.line).toBe('/tmp/mechanisms.py:15: size=11.0 KiB, count=201, average=56 B');
    expect(m.classes.length).toBeGreaterThan(0);
    expect(m.debugmallocstats).toContain('Small block threshold = 512, in 32 size classes.');
    const r = await s.request('gcCollect', { generation: 2 });
    expect(r.collected).toBe(2);
    expect(r.freed.map((f) => f.type)).toEqual(['Node', 'Node']);
    const g = await s.request('gc', {});
    expect(g.history!.filter((h) => h.trigger === 'debugger').map((h) => [h.phase, h.collected])).toEqual([['start', 0], ['stop', 2]]);
    // heap snapshots carry tracemalloc's allocation site per object (docs/snapshot-format.md)
    const snap = JSON.parse((await s.request('snapshot', {})).json);
    const F = snap.meta.node_fields as string[];
    const nf = F.length, fi = F.indexOf('alloc_file'), li = F.indexOf('alloc_line');
    const lines = new Set<number>();
    for (let i = 0; i < snap.nodes.length; i += nf) if (snap.nodes[i + fi] >= 0 && snap.strings[snap.nodes[i + fi]] === '/tmp/mechanisms.py') lines.add(snap.nodes[i + li]);
    expect(lines.has(15)).toBe(true); // the str items of `data`
        const t = await s.request('threads', {});
    expect(t.threads).toHaveLength(1);
    expect(t.threads[0]!.holdsGil).toBe(true);
  });
});
