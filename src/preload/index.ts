/**
 * The preload bridge (sandboxed, context-isolated): exposes `window.bytescope`, a BytescopeBridge.
 * Only the channels named in src/shared/protocol.ts exist; every request is validated here before it
 * crosses into the main process (and validated again there), so a compromised renderer gains nothing
 * beyond the session protocol.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { IPC_EVENT_CHANNEL, IPC_NATIVE_CHANNELS, IPC_REQUEST_CHANNEL } from '../shared/protocol';
import type { ArgsOf, BytescopeBridge, EventMessage, MenuCommand, Method, ResponseMessage, ResultOf } from '../shared/protocol';
import { validateRequest } from '../shared/protocol-validate';

let seq = 1;

const bridge: BytescopeBridge = {
  async request<M extends Method>(method: M, args: ArgsOf<M>): Promise<ResultOf<M>> {
    const invalid = validateRequest(method, args);
    if (invalid) throw new Error(`invalid request: ${invalid}`);
    const res = (await ipcRenderer.invoke(IPC_REQUEST_CHANNEL, { kind: 'req', seq: seq++, method, args })) as ResponseMessage;
    if (!res.ok) throw new Error(res.error);
    return res.result as ResultOf<M>;
  },
  onEvent(listener) {
    const h = (_e: IpcRendererEvent, msg: EventMessage) => listener(msg);
    ipcRenderer.on(IPC_EVENT_CHANNEL, h);
    return () => ipcRenderer.removeListener(IPC_EVENT_CHANNEL, h);
  },
  native: {
    openFileDialog: () => ipcRenderer.invoke(IPC_NATIVE_CHANNELS.openFile),
    saveSnapshotDialog: (json: string, suggestedName: string) => {
      if (typeof json !== 'string' || typeof suggestedName !== 'string') return Promise.reject(new Error('invalid snapshot'));
      return ipcRenderer.invoke(IPC_NATIVE_CHANNELS.saveSnapshot, json, suggestedName.slice(0, 200));
    },
    openSnapshotDialog: () => ipcRenderer.invoke(IPC_NATIVE_CHANNELS.openSnapshot),
    onMenu(listener: (c: MenuCommand) => void) {
      const h = (_e: IpcRendererEvent, c: MenuCommand) => listener(c);
      ipcRenderer.on(IPC_NATIVE_CHANNELS.menu, h);
      return () => ipcRenderer.removeListener(IPC_NATIVE_CHANNELS.menu, h);
    },
  },
};

contextBridge.exposeInMainWorld('bytescope', bridge);
