/**
 * The renderer's side of the session protocol. Under Electron the preload bridge
 * (`window.bytescope`) is used; in a browser, a WebSocket to the web host that served the page.
 * The choice is made by the presence of the bridge, never by the URL (file:// has no host).
 */
import type { ArgsOf, BytescopeBridge, EventMessage, HostMessage, Method, ResultOf } from '../../../shared/protocol';

export function connect(onClosed: (why: string) => void): BytescopeBridge {
  if (window.bytescope) return window.bytescope;
  return webSocketBridge(onClosed);
}

function webSocketBridge(onClosed: (why: string) => void): BytescopeBridge {
  const params = new URLSearchParams(location.search);
  const fromUrl = params.get('token');
  if (fromUrl) sessionStorage.setItem('bytescope-token', fromUrl);
  const token = fromUrl ?? sessionStorage.getItem('bytescope-token') ?? '';
  if (fromUrl) history.replaceState(null, '', location.pathname);
  const ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/session?token=${encodeURIComponent(token)}`);
  const opened = new Promise<void>((resolve, reject) => {
    ws.addEventListener('open', () => resolve());
    ws.addEventListener('error', () => reject(new Error('cannot connect to the Bytescope host')));
  });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const listeners = new Set<(m: EventMessage) => void>();
  let seq = 1;
  ws.addEventListener('message', (ev) => {
    let msg: HostMessage;
    try {
      msg = JSON.parse(String(ev.data)) as HostMessage;
    } catch {
      return;
    }
    if (msg.kind === 'evt') for (const l of listeners) l(msg);
    else {
      const p = pending.get(msg.seq);
      if (!p) return;
      pending.delete(msg.seq);
      if (msg.ok) p.resolve(msg.result);
      else p.reject(new Error(msg.error));
    }
  });
  ws.addEventListener('close', () => {
    for (const p of pending.values()) p.reject(new Error('the connection to the Bytescope host closed'));
    pending.clear();
    onClosed('The connection to the Bytescope host closed. Restart `npm start` / `npm run web` and reload.');
  });
  return {
    async request<M extends Method>(method: M, args: ArgsOf<M>): Promise<ResultOf<M>> {
      await opened;
      const s = seq++;
      return new Promise<ResultOf<M>>((resolve, reject) => {
        pending.set(s, { resolve: resolve as (v: unknown) => void, reject });
        ws.send(JSON.stringify({ kind: 'req', seq: s, method, args }));
      });
    },
    onEvent(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}
