/**
 * One client of a host (an Electron window or a WebSocket connection): validates each request at
 * the boundary, routes `app.*` to AppServices and everything else to the client's own Session.
 */
import type { EventMessage, Method, ResponseMessage } from '../../shared/protocol';
import { validateRequestMessage } from '../../shared/protocol-validate';
import type { AppServices } from './app-services';
import { Session } from './session';

export class Connection {
  readonly session: Session;

  constructor(private readonly app: AppServices, workerUrl: URL, emit: (msg: EventMessage) => void) {
    this.session = new Session({ workerUrl, emit });
  }

  /** Handles one wire request; never throws (errors become `ok: false` responses). */
  async handle(msg: unknown): Promise<ResponseMessage> {
    const seq = typeof (msg as { seq?: unknown })?.seq === 'number' ? (msg as { seq: number }).seq : -1;
    const invalid = validateRequestMessage(msg);
    if (invalid) return { kind: 'res', seq, ok: false, error: `invalid request: ${invalid}` };
    const { method, args } = msg as { method: Method; args: Record<string, unknown> };
    try {
      return { kind: 'res', seq, ok: true, result: await this.call(method, args ?? {}) };
    } catch (e) {
      return { kind: 'res', seq, ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  }

  private async call(method: Method, args: Record<string, unknown>): Promise<unknown> {
    switch (method) {
      case 'app.info': return this.app.info();
      case 'app.examples': return this.app.examples();
      case 'app.readExample': return this.app.readExample(args.name as string);
      case 'app.readFile': return this.app.readFile(args.path as string);
      case 'app.recentFiles': return this.app.recentFiles();
      case 'launch': {
        const r = await this.session.request('launch', args as never);
        await this.app.remember((args as { file: never }).file);
        return r;
      }
      default: return this.session.request(method, args as never);
    }
  }

  dispose(): Promise<void> {
    return this.session.dispose();
  }
}
