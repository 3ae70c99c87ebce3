/**
 * The Electron main process without an Electron binary: src/main/index.ts is bundled with `electron`
 * replaced by a recording stand-in, then run in a child Node process. Checks the window's security
 * preferences, the allow-listed IPC channels, that requests from a foreign frame are refused, that
 * payloads are validated, and that a program launched over IPC runs on the session worker.
 */
import { describe, expect, it } from 'vitest';
import { buildSync } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { VM_STATUS } from '../../src/main/session/vm-status';

const STUB = `
const handlers = {};
const out = (kind, data) => console.log(JSON.stringify({ kind, data }));
export const app = {
  isPackaged: false, getVersion: () => '0.0.0-test', getPath: () => process.env.STUB_USER_DATA,
  whenReady: () => Promise.resolve(), on: () => {}, quit: () => {},
};
export const ipcMain = { handle: (ch, fn) => { handlers[ch] = fn; out('handle', ch); } };
export const dialog = { showErrorBox: (a, b) => out('errorBox', b), showOpenDialog: async () => ({ canceled: true, filePaths: [] }), showSaveDialog: async () => ({ canceled: true }) };
export const Menu = { buildFromTemplate: (t) => t, setApplicationMenu: (t) => out('menu', t.map((m) => m.label ?? m.role)) };
export class BrowserWindow {
  constructor(opts) {
    out('window', opts.webPreferences);
    const listeners = {};
    this.webContents = { id: 1, isDestroyed: () => false, send: (ch, m) => out('send', { ch, m }), on: () => {}, setWindowOpenHandler: () => {} };
    this.on = (ev, fn) => { listeners[ev] = fn; };
    this.loadFile = async (file) => {
      out('loadFile', file);
      const own = { sender: this.webContents, senderFrame: { parent: null, url: 'file://' + file } };
      const call = async (ev, msg) => out('reply', await handlers['bytescope:request'](ev, msg));
      await call(own, { kind: 'req', seq: 1, method: 'app.info', args: {} });
      await call({ sender: this.webContents, senderFrame: { parent: null, url: 'https://evil.example/' } }, { kind: 'req', seq: 2, method: 'app.info', args: {} });
      await call(own, { kind: 'req', seq: 3, method: 'frameDetail', args: { frame: -1 } });
      await call(own, { kind: 'req', seq: 4, method: 'launch', args: { file: { name: 'p.py', path: null, source: 'print(6 * 7)\\n' }, stopOnEntry: false, breakpoints: { lines: [], instructions: [] } } });
      setTimeout(() => { listeners.closed?.(); setTimeout(() => process.exit(0), 200); }, 3000);
    };
  }
  static getFocusedWindow() { return null; }
  static getAllWindows() { return []; }
  static fromWebContents() { return null; }
}
`;

describe('Electron main process (electron replaced by a recording stand-in)', () => {
  it('opens a locked-down window, allow-lists its channels, refuses foreign frames and runs programs', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bytescope-emain-'));
    const mainDir = path.join(dir, 'out', 'main');
    mkdirSync(path.join(dir, 'out', 'renderer'), { recursive: true });
    writeFileSync(path.join(dir, 'out', 'renderer', 'index.html'), '<!doctype html>');
    const stub = path.join(dir, 'electron-stub.mjs');
    writeFileSync(stub, STUB);
    const common = { bundle: true, platform: 'node' as const, format: 'esm' as const, logLevel: 'silent' as const, external: ['pyodide'],
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" } };
    buildSync({ ...common, entryPoints: [path.resolve('src/main/index.ts')], outfile: path.join(mainDir, 'index.js'), alias: { electron: stub } });
    buildSync({ ...common, entryPoints: [path.resolve('src/main/session/worker.ts')], outfile: path.join(mainDir, 'session-worker.js') });
    const r = spawnSync(process.execPath, [path.join(mainDir, 'index.js')], {
      cwd: process.cwd(), encoding: 'utf8', timeout: 30_000, env: { ...process.env, STUB_USER_DATA: path.join(dir, 'user') },
    });
    const events = r.stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { kind: string; data: any });
    const of = (k: string) => events.filter((e) => e.kind === k).map((e) => e.data);

    expect(of('window')[0]).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(String(of('window')[0].preload)).toMatch(/out\/preload\/index\.cjs$/);
    expect(of('handle').sort()).toEqual(['bytescope:native:open-file', 'bytescope:native:open-snapshot', 'bytescope:native:save-snapshot', 'bytescope:request']);
    expect(of('menu')[0]).toContain('File');
    const replies = of('reply');
    expect(replies[0]).toMatchObject({ ok: true, result: { host: 'electron', version: '0.0.0-test' } });
    expect(replies[1]).toMatchObject({ ok: false, error: 'untrusted sender' });
    expect(replies[2]).toMatchObject({ ok: false });
    expect(replies[2].error).toMatch(/invalid request: args.frame out of range/);
    expect(replies[3]).toMatchObject({ ok: true, result: { state: 'running' } });
    if (VM_STATUS.available) {
      const sent = of('send').map((s) => s.m);
      expect(sent).toContainEqual({ kind: 'evt', event: 'output', body: { category: 'stdout', text: '42\n' } });
      expect(sent).toContainEqual({ kind: 'evt', event: 'exited', body: { code: 0 } });
    }
  }, 60_000);

  it('the preload exposes only the typed bridge and validates requests before they cross', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bytescope-preload-'));
    const stub = path.join(dir, 'electron-stub.mjs');
    writeFileSync(stub, `
      export const contextBridge = { exposeInMainWorld: (name, api) => { globalThis.__exposed = { name, api }; } };
      export const ipcRenderer = {
        invoke: async (ch, msg) => { (globalThis.__invoked ??= []).push({ ch, msg }); return { kind: 'res', seq: msg?.seq ?? 0, ok: true, result: 'ok' }; },
        on: () => {}, removeListener: () => {},
      };`);
    const out = path.join(dir, 'preload.mjs');
    buildSync({ entryPoints: [path.resolve('src/preload/index.ts')], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'silent', alias: { electron: stub } });
    await import(pathToFileURL(out).href);
    const g = globalThis as unknown as { __exposed: { name: string; api: Record<string, any> }; __invoked?: { ch: string; msg: any }[] };
    expect(g.__exposed.name).toBe('bytescope');
    expect(Object.keys(g.__exposed.api).sort()).toEqual(['native', 'onEvent', 'request']);
    await expect(g.__exposed.api.request('shell.exec', {})).rejects.toThrow(/unknown method/);
    await expect(g.__exposed.api.request('object', { id: 'x' })).rejects.toThrow(/integer/);
    expect(g.__invoked ?? []).toEqual([]);
    await expect(g.__exposed.api.request('gc', {})).resolves.toBe('ok');
    expect(g.__invoked).toEqual([{ ch: 'bytescope:request', msg: { kind: 'req', seq: 1, method: 'gc', args: {} } }]);
  });
});
