/**
 * Electron main process: one window per program, each with its own Connection (and so its own
 * session worker). The renderer is loaded from disk with a strict CSP (meta tag in index.html),
 * context isolation and the sandbox on, no Node integration; it reaches the main process only through
 * the preload bridge's allow-listed channels, and every payload is validated again here.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu } from 'electron';
import type { IpcMainInvokeEvent, MenuItemConstructorOptions, WebContents } from 'electron';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { IPC_EVENT_CHANNEL, IPC_NATIVE_CHANNELS, IPC_REQUEST_CHANNEL } from '../shared/protocol';
import type { MenuCommand, ProgramFile } from '../shared/protocol';
import { AppServices, readPythonFile } from './session/app-services';
import { Connection } from './session/connection';
import { VM_STATUS } from './session/vm-status';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererIndex = path.join(here, '../renderer/index.html');
const workerUrl = pathToFileURL(path.join(here, 'session-worker.js'));
const MAX_SNAPSHOT = 512 * 1024 * 1024;

const connections = new Map<number, Connection>(); // by webContents id
let services: AppServices;

function initialFileArg(): string | null {
  const args = process.argv.slice(app.isPackaged ? 1 : 2);
  return args.find((a) => a.endsWith('.py')) ?? null;
}

async function createServices(): Promise<AppServices> {
  let initialFile: ProgramFile | null = null;
  const arg = initialFileArg();
  if (arg) {
    try {
      initialFile = await readPythonFile(arg);
    } catch (e) {
      dialog.showErrorBox('Bytescope', (e as Error).message);
    }
  }
  return new AppServices({
    host: 'electron',
    version: app.getVersion(),
    examplesDir: app.isPackaged ? path.join(process.resourcesPath, 'examples') : path.join(here, '../../examples'),
    recentFile: path.join(app.getPath('userData'), 'recent.json'),
    initialFile,
    vm: VM_STATUS,
  });
}

/** Accepts IPC only from our own top-level renderer document. */
function trusted(e: IpcMainInvokeEvent): boolean {
  const frame = e.senderFrame;
  return !!frame && frame.parent === null && frame.url.startsWith(pathToFileURL(rendererIndex).href);
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    title: 'Bytescope',
    icon: path.join(here, '../../build/icon.png'),
    backgroundColor: '#1e1e1e',
    webPreferences: {
      preload: path.join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  const wc = win.webContents;
  const conn = new Connection(services, workerUrl, (msg) => {
    if (!wc.isDestroyed()) wc.send(IPC_EVENT_CHANNEL, msg);
  });
  connections.set(wc.id, conn);
  wc.on('will-navigate', (e) => e.preventDefault());
  wc.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.on('closed', () => {
    void conn.dispose();
    connections.delete(wc.id);
  });
  void win.loadFile(rendererIndex);
  return win;
}

function sendMenu(wc: WebContents | undefined, c: MenuCommand): void {
  wc?.send(IPC_NATIVE_CHANNELS.menu, c);
}

async function openFileDialog(win: BrowserWindow | null): Promise<ProgramFile | null> {
  const r = await (win
    ? dialog.showOpenDialog(win, { filters: [{ name: 'Python', extensions: ['py'] }], properties: ['openFile'] })
    : dialog.showOpenDialog({ filters: [{ name: 'Python', extensions: ['py'] }], properties: ['openFile'] }));
  if (r.canceled || !r.filePaths[0]) return null;
  return services.readFile(r.filePaths[0]);
}

async function openSnapshotDialog(win: BrowserWindow | null): Promise<{ name: string; json: string } | null> {
  const opts = { filters: [{ name: 'Bytescope heap snapshot', extensions: ['bsheap', 'json'] }], properties: ['openFile' as const] };
  const r = await (win ? dialog.showOpenDialog(win, opts) : dialog.showOpenDialog(opts));
  if (r.canceled || !r.filePaths[0]) return null;
  const st = await fs.stat(r.filePaths[0]);
  if (st.size > MAX_SNAPSHOT) throw new Error(`the snapshot is larger than ${MAX_SNAPSHOT} bytes`);
  return { name: path.basename(r.filePaths[0]), json: await fs.readFile(r.filePaths[0], 'utf8') };
}

async function buildMenu(): Promise<void> {
  const recent = await services.recentFiles();
  const focused = () => BrowserWindow.getFocusedWindow();
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        {
          label: 'Open…', accelerator: 'CmdOrCtrl+O',
          click: async () => {
            const f = await openFileDialog(focused()).catch((e: Error) => (dialog.showErrorBox('Bytescope', e.message), null));
            if (f) sendMenu(focused()?.webContents, { command: 'open-file', file: f });
            void buildMenu();
          },
        },
        {
          label: 'Open Recent',
          submenu: recent.length
            ? recent.map((r) => ({
                label: r.path,
                click: async () => {
                  const f = await services.readFile(r.path).catch((e: Error) => (dialog.showErrorBox('Bytescope', e.message), null));
                  if (f) sendMenu(focused()?.webContents, { command: 'open-file', file: f });
                },
              }))
            : [{ label: 'No recent files', enabled: false }],
        },
        { type: 'separator' },
        { label: 'Save Heap Snapshot…', accelerator: 'CmdOrCtrl+S', click: () => sendMenu(focused()?.webContents, { command: 'save-snapshot' }) },
        {
          label: 'Open Heap Snapshot…', accelerator: 'CmdOrCtrl+Shift+O',
          click: async () => {
            const s = await openSnapshotDialog(focused()).catch((e: Error) => (dialog.showErrorBox('Bytescope', e.message), null));
            if (s) sendMenu(focused()?.webContents, { command: 'open-snapshot', ...s });
          },
        },
        { type: 'separator' },
        { label: 'Examples', click: () => sendMenu(focused()?.webContents, { command: 'welcome' }) },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { label: 'View', submenu: [{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

app.whenReady().then(async () => {
  services = await createServices();
  ipcMain.handle(IPC_REQUEST_CHANNEL, async (e, msg: unknown) => {
    if (!trusted(e)) return { kind: 'res', seq: -1, ok: false, error: 'untrusted sender' };
    const conn = connections.get(e.sender.id);
    if (!conn) return { kind: 'res', seq: -1, ok: false, error: 'no session for this window' };
    const res = await conn.handle(msg);
    if ((msg as { method?: string })?.method === 'launch') void buildMenu();
    return res;
  });
  ipcMain.handle(IPC_NATIVE_CHANNELS.openFile, async (e) => {
    if (!trusted(e)) return null;
    const f = await openFileDialog(BrowserWindow.fromWebContents(e.sender));
    void buildMenu();
    return f;
  });
  ipcMain.handle(IPC_NATIVE_CHANNELS.saveSnapshot, async (e, json: unknown, name: unknown) => {
    if (!trusted(e) || typeof json !== 'string' || typeof name !== 'string') return null;
    const win = BrowserWindow.fromWebContents(e.sender);
    const opts = { defaultPath: name.replace(/[^\w.-]/g, '_'), filters: [{ name: 'Bytescope heap snapshot', extensions: ['bsheap'] }] };
    const r = await (win ? dialog.showSaveDialog(win, opts) : dialog.showSaveDialog(opts));
    if (r.canceled || !r.filePath) return null;
    await fs.writeFile(r.filePath, json);
    return r.filePath;
  });
  ipcMain.handle(IPC_NATIVE_CHANNELS.openSnapshot, async (e) => {
    if (!trusted(e)) return null;
    return openSnapshotDialog(BrowserWindow.fromWebContents(e.sender));
  });
  await buildMenu();
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('web-contents-created', (_e, contents) => {
  contents.on('will-attach-webview', (ev) => ev.preventDefault());
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
