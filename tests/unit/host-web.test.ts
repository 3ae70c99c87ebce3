/**
 * The web host's security boundary and protocol: loopback only, token on every HTTP request and
 * WebSocket upgrade, Origin/Host checks, no path traversal, payload validation, and one session per
 * connection (driven with a stand-in worker: the real VM is not needed for these properties).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSync } from 'esbuild';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import WebSocket from 'ws';
import { startWebHost } from '../../src/host/server';
import type { WebHost } from '../../src/host/server';

const STANDIN = `
import { runWorker } from './worker-core';
runWorker((io) => ({
  run(sink, filename, source) { const f = {}; sink.onInstruction(f, 1, '<module>@1', filename, 0, 1); io.write('stdout', source.toUpperCase()); return 0; },
  frames: () => [{ index: 0, function: '<module>', filename: 'p.py', line: 1, offset: 0, codeId: 1 }],
  frameDetail: () => { throw new Error('n/a'); }, code: () => { throw new Error('n/a'); },
  object: () => { throw new Error('n/a'); }, references: () => ({ total: 0, start: 0, items: [] }),
  referrers: () => ({ total: 0, start: 0, items: [] }), heapGraph: () => { throw new Error('n/a'); },
  gc: () => { throw new Error('n/a'); }, snapshot: () => '{}', evaluateCondition: () => true,
}));
`;

let host: WebHost;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'bytescope-host-'));
  const renderer = path.join(dir, 'renderer');
  mkdirSync(renderer);
  writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(path.join(dir, 'secret.txt'), 'do not serve');
  mkdirSync(path.join(dir, 'examples'));
  writeFileSync(path.join(dir, 'examples', 'a.py'), '# Title A\n# Mechanism: testing\nprint(1)\n');
  const worker = path.join(dir, 'standin.mjs');
  buildSync({ stdin: { contents: STANDIN, resolveDir: path.resolve('src/main/session'), loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', outfile: worker, logLevel: 'silent' });
  host = await startWebHost({
    rendererDir: renderer,
    workerUrl: pathToFileURL(worker),
    app: { version: '0.0.0-test', examplesDir: path.join(dir, 'examples'), recentFile: null, initialFile: null, vm: { available: false, detail: 'test' } },
  });
});

afterAll(async () => {
  await host?.close();
});

function get(p: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path: p, headers: { host: `127.0.0.1:${host.port}`, ...headers } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

function ws(query: string, origin: string | null = `http://127.0.0.1:${host.port}`): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const s = new WebSocket(`ws://127.0.0.1:${host.port}/session${query}`, origin ? { origin } : {});
    s.once('open', () => resolve(s));
    s.once('error', reject);
    s.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
}

function rpc(s: WebSocket) {
  let seq = 1;
  const events: { event: string; body: unknown }[] = [];
  const pending = new Map<number, (m: { ok: boolean; result?: unknown; error?: string }) => void>();
  s.on('message', (d) => {
    const m = JSON.parse(d.toString());
    if (m.kind === 'evt') events.push(m);
    else pending.get(m.seq)?.(m);
  });
  const call = (method: string, args: unknown) =>
    new Promise<{ ok: boolean; result?: unknown; error?: string }>((resolve) => {
      const n = seq++;
      pending.set(n, resolve);
      s.send(JSON.stringify({ kind: 'req', seq: n, method, args }));
    });
  return { call, events };
}

describe('web host', () => {
  it('listens on loopback with a random port and a long token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{40,}$/);
    expect(host.port).toBeGreaterThan(0);
  });

  it('refuses HTTP without the token, serves with it and sets a strict cookie and CSP', async () => {
    expect((await get('/')).status).toBe(403);
    expect((await get('/?token=wrong')).status).toBe(403);
    const ok = await get(`/?token=${host.token}`);
    expect(ok.status).toBe(200);
    expect(String(ok.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    expect(String(ok.headers['content-security-policy'])).toContain("script-src 'self'");
    expect((await get('/index.html', { cookie: `bytescope_token=${host.token}` })).status).toBe(200);
  });

  it('rejects foreign Host headers (DNS rebinding) and path traversal', async () => {
    expect((await get(`/?token=${host.token}`, { host: `evil.example:${host.port}` })).status).toBe(421);
    const t = await get(`/../secret.txt?token=${host.token}`);
    expect(t.body).not.toContain('do not serve');
    const t2 = await get(`/%2e%2e/secret.txt?token=${host.token}`);
    expect(t2.status).toBe(404);
    expect(t2.body).not.toContain('do not serve');
  });

  it('refuses WebSocket upgrades without the token or from another origin', async () => {
    await expect(ws('')).rejects.toThrow(/403/);
    await expect(ws('?token=nope')).rejects.toThrow(/403/);
    await expect(ws(`?token=${host.token}`, 'http://evil.example')).rejects.toThrow(/403/);
    await expect(ws(`?token=${host.token}`, null)).rejects.toThrow(/403/);
    const s = await ws(`?token=${host.token}`);
    s.close();
  });

  it('validates payloads and answers app requests', async () => {
    const s = await ws(`?token=${host.token}`);
    const { call } = rpc(s);
    expect((await call('nope', {})).error).toMatch(/unknown method/);
    expect((await call('frameDetail', { frame: 'x' })).error).toMatch(/integer/);
    expect((await call('launch', { file: { name: 'a.py', path: null, source: 'x' }, stopOnEntry: false, breakpoints: { lines: [], instructions: [] }, extra: 1 })).error).toMatch(/not expected/);
    expect((await call('app.readExample', { name: '../secret.txt' })).error).toMatch(/not an example/);
    const ex = await call('app.examples', {});
    expect(ex.result).toEqual([{ name: 'a.py', title: 'Title A', mechanism: 'testing' }]);
    const info = (await call('app.info', {})).result as { host: string };
    expect(info.host).toBe('web');
    s.close();
  });

  it('runs a session per connection and tears it down when the socket closes', async () => {
    const s = await ws(`?token=${host.token}`);
    const { call, events } = rpc(s);
    const r = await call('launch', { file: { name: 'p.py', path: null, source: 'hi' }, stopOnEntry: false, breakpoints: { lines: [], instructions: [] } });
    expect(r.ok).toBe(true);
    for (let i = 0; i < 100 && !events.some((e) => e.event === 'exited'); i++) await new Promise((res) => setTimeout(res, 20));
    expect(events.find((e) => e.event === 'output')?.body).toEqual({ category: 'stdout', text: 'HI' });
    expect(events.find((e) => e.event === 'exited')?.body).toEqual({ code: 0 });
    expect(host.connections()).toBe(1);
    s.close();
    for (let i = 0; i < 50 && host.connections() > 0; i++) await new Promise((res) => setTimeout(res, 20));
    expect(host.connections()).toBe(0);
  });
});
