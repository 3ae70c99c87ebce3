/**
 * The Node web host: serves the built renderer and speaks the session protocol over a WebSocket,
 * so the same UI runs in a browser. Each WebSocket connection owns one Session (one worker).
 *
 * Security invariants:
 * - listens on 127.0.0.1 only, on a port the OS picks unless one is given;
 * - a per-launch secret token (32 random bytes) is required on EVERY connection: as `?token=` on
 *   the first page load (answered with an HttpOnly SameSite=Strict cookie) or the cookie after that;
 *   the WebSocket upgrade needs the token too, and an Origin of this very host;
 * - the Host header must name the loopback address (defeats DNS rebinding);
 * - only files inside the renderer directory are served, GET/HEAD only, with the app's CSP.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import type { HostMessage } from '../shared/protocol';
import { AppServices } from '../main/session/app-services';
import type { AppServicesOptions } from '../main/session/app-services';
import { Connection } from '../main/session/connection';

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; " +
  "img-src 'self' data: blob:; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

const COOKIE = 'bytescope_token';
const MAX_MESSAGE = 16 * 1024 * 1024;

export interface WebHostOptions {
  rendererDir: string;
  workerUrl: URL;
  app: Omit<AppServicesOptions, 'host'>;
  port?: number;
  token?: string;
}

export interface WebHost {
  url: string; // includes the token
  port: number;
  token: string;
  connections(): number;
  close(): Promise<void>;
}

export async function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  const token = opts.token ?? randomBytes(32).toString('base64url');
  const tokenBuf = Buffer.from(token);
  const app = new AppServices({ ...opts.app, host: 'web' });
  const rendererDir = path.resolve(opts.rendererDir);
  const open = new Set<Connection>();
  let port = 0;

  const tokenOk = (candidate: string | null | undefined): boolean => {
    if (!candidate) return false;
    const b = Buffer.from(candidate);
    return b.length === tokenBuf.length && timingSafeEqual(b, tokenBuf);
  };
  const hostOk = (req: IncomingMessage): boolean => {
    const h = req.headers.host ?? '';
    return h === `127.0.0.1:${port}` || h === `localhost:${port}`;
  };
  const requestToken = (req: IncomingMessage, url: URL): string | null =>
    url.searchParams.get('token') ?? parseCookies(req.headers.cookie)[COOKIE] ?? null;

  const server = createServer((req, res) => {
    void serve(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!hostOk(req)) return deny(res, 421, 'Bytescope only answers on its loopback address.');
    if (!tokenOk(requestToken(req, url))) return deny(res, 403, 'Bytescope: this address needs the token printed when the host started.');
    if (req.method !== 'GET' && req.method !== 'HEAD') return deny(res, 405, 'Method not allowed.');
    let rel: string;
    try {
      rel = decodeURIComponent(url.pathname);
    } catch {
      return deny(res, 400, 'Bad path.');
    }
    if (rel === '/' || rel === '') rel = '/index.html';
    const file = path.resolve(rendererDir, '.' + rel);
    if (!file.startsWith(rendererDir + path.sep)) return deny(res, 404, 'Not found.');
    let body: Buffer;
    try {
      body = await fs.readFile(file);
    } catch {
      return deny(res, 404, 'Not found.');
    }
    const headers: Record<string, string> = {
      'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
      'Cross-Origin-Opener-Policy': 'same-origin',
    };
    if (url.searchParams.has('token')) headers['Set-Cookie'] = `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const origin = req.headers.origin;
    const originOk = origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
    if (url.pathname !== '/session' || !hostOk(req) || !originOk || !tokenOk(requestToken(req, url))) {
      socket.write('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => attach(ws));
  });

  function attach(ws: WebSocket): void {
    const send = (m: HostMessage) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(m));
    };
    const conn = new Connection(app, opts.workerUrl, send);
    open.add(conn);
    ws.on('message', (data, isBinary) => {
      if (isBinary) return send({ kind: 'res', seq: -1, ok: false, error: 'binary messages are not part of the protocol' });
      let msg: unknown;
      try {
        msg = JSON.parse(data.toString());
      } catch {
        return send({ kind: 'res', seq: -1, ok: false, error: 'message is not JSON' });
      }
      void conn.handle(msg).then(send);
    });
    ws.on('close', () => {
      open.delete(conn);
      void conn.dispose();
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    connections: () => open.size,
    async close() {
      for (const c of open) await c.dispose();
      for (const ws of wss.clients) ws.terminate();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

function deny(res: ServerResponse, code: number, text: string): void {
  res.writeHead(code, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  res.end(text + '\n');
}

function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = part.slice(i + 1).trim();
  }
  return out;
}
