/**
 * The debug session contract, shared by the Electron main process, the preload bridge, the Node
 * web host and the renderer. Transport-agnostic: the same request/response/event messages travel
 * over Electron IPC or a WebSocket. Vocabulary follows the Debug Adapter Protocol (launch,
 * continue, next, stepIn, stepOut, stackTrace, setBreakpoints, ...), plus bytecode-level requests
 * (stepInstruction, code listing, value stack) and heap requests (object, references, heapGraph,
 * gc, snapshot).
 *
 * Invariants:
 * - every payload is plain JSON data (no bigint, no functions); views come from src/shared/views.ts;
 * - `Requests` is the ONE channel map: a method not in it is rejected at every boundary, and every
 *   request's args are checked by `validateRequest` (src/shared/protocol-validate.ts) before use;
 * - the renderer never sees VM objects, only views and ObjectIds fetched lazily.
 */
import type {
  CodeObjectView, CodeView, FrameDetail, FrameObjectView, FrameView, GcCollectResult, GcView, HeapGraphView, MemoryView, ObjectId, ObjectView,
  PipelineView, Reference, ThreadsView,
} from './views';

export const PROTOCOL_VERSION = 1;

export type SessionState = 'idle' | 'running' | 'paused' | 'terminated';

export interface LineBreakpoint {
  line: number;
  condition?: string; // Python expression evaluated in the paused frame; stop when truthy
  hitCount?: number; // stop only from the Nth hit on
}

/** Code objects are named across runs by `codeKey` = `${co_qualname}@${co_firstlineno}`. */
export interface InstructionBreakpoint {
  codeKey: string;
  offset: number;
  condition?: string;
  hitCount?: number;
}

export interface BreakpointSet {
  lines: LineBreakpoint[];
  instructions: InstructionBreakpoint[];
}

export type StopReason = 'entry' | 'step' | 'breakpoint' | 'instruction-breakpoint' | 'pause' | 'exception';

export interface StoppedEvent {
  reason: StopReason;
  description: string; // one line for the status bar
  frames: FrameView[]; // innermost first
  waitingForInput: boolean; // paused while the program is blocked in input()
}

export interface ProgramFile {
  name: string; // base name shown in the UI
  path: string | null; // absolute path on the host, null for dropped/uploaded files and examples
  source: string;
}

export interface ExampleInfo {
  name: string; // file name in examples/
  title: string; // first comment line of the file
  mechanism: string;
}

export interface RecentFile {
  name: string;
  path: string;
}

export interface AppInfo {
  host: 'electron' | 'web';
  version: string;
  protocol: number;
  vm: { available: boolean; detail: string };
  initialFile: ProgramFile | null;
}

export interface Page<T> {
  total: number;
  start: number;
  items: T[];
}

type NoArgs = Record<string, never>;

/** The one channel map: method → args and result. */
export interface Requests {
  // app level (host services, no session needed)
  'app.info': { args: NoArgs; result: AppInfo };
  'app.examples': { args: NoArgs; result: ExampleInfo[] };
  'app.readExample': { args: { name: string }; result: ProgramFile };
  'app.readFile': { args: { path: string }; result: ProgramFile };
  'app.recentFiles': { args: NoArgs; result: RecentFile[] };

  // session control
  launch: { args: { file: ProgramFile; stopOnEntry: boolean; breakpoints: BreakpointSet }; result: { state: SessionState } };
  continue: { args: NoArgs; result: { state: SessionState } };
  pause: { args: NoArgs; result: { state: SessionState } };
  stop: { args: NoArgs; result: { state: SessionState } };
  restart: { args: NoArgs; result: { state: SessionState } };
  stepInstruction: { args: NoArgs; result: { state: SessionState } };
  next: { args: NoArgs; result: { state: SessionState } };
  stepIn: { args: NoArgs; result: { state: SessionState } };
  stepOut: { args: NoArgs; result: { state: SessionState } };
  setBreakpoints: { args: BreakpointSet; result: { accepted: number } };
  input: { args: { text: string | null }; result: { accepted: boolean } }; // null = end of input (EOF)

  // inspection (paused only)
  stackTrace: { args: NoArgs; result: FrameView[] };
  frameDetail: { args: { frame: number }; result: FrameDetail };
  code: { args: { frame: number }; result: CodeView };
  object: { args: { id: ObjectId }; result: ObjectView };
  references: { args: { id: ObjectId; start: number; count: number }; result: Page<Reference> };
  referrers: { args: { id: ObjectId; start: number; count: number }; result: Page<Reference> };
  heapGraph: { args: { maxNodes: number }; result: HeapGraphView };
  gc: { args: NoArgs; result: GcView };
  snapshot: { args: NoArgs; result: { json: string } }; // docs/snapshot-format.md
  // mechanism panels (paused only)
  pipeline: { args: NoArgs; result: PipelineView }; // tokens + AST of the running program's source
  codeObject: { args: { frame: number; path: number[] }; result: CodeObjectView }; // path: co_consts indices
  frameObject: { args: { frame: number }; result: FrameObjectView };
  memory: { args: { start: number; count: number }; result: MemoryView }; // start/count page tracemalloc's statistics
  trackAllocations: { args: { on: boolean }; result: MemoryView['tracemalloc'] };
  gcCollect: { args: { generation: number }; result: GcCollectResult };
  threads: { args: NoArgs; result: ThreadsView };
}

export type Method = keyof Requests;
export type ArgsOf<M extends Method> = Requests[M]['args'];
export type ResultOf<M extends Method> = Requests[M]['result'];

export interface Events {
  state: { state: SessionState };
  stopped: StoppedEvent;
  continued: Record<string, never>;
  output: { category: 'stdout' | 'stderr' | 'console'; text: string };
  inputRequested: { prompt: string };
  terminated: { reason: string };
  exited: { code: number };
}
export type EventName = keyof Events;

/** Wire messages (WebSocket JSON; Electron uses the same shapes over ipc). */
export interface RequestMessage<M extends Method = Method> {
  kind: 'req';
  seq: number;
  method: M;
  args: ArgsOf<M>;
}
export type ResponseMessage =
  | { kind: 'res'; seq: number; ok: true; result: unknown }
  | { kind: 'res'; seq: number; ok: false; error: string };
export interface EventMessage<E extends EventName = EventName> {
  kind: 'evt';
  event: E;
  body: Events[E];
}
export type HostMessage = ResponseMessage | EventMessage;

/** Requests that need a paused session. */
export const INSPECTION_METHODS: ReadonlySet<Method> = new Set<Method>([
  'stackTrace', 'frameDetail', 'code', 'object', 'references', 'referrers', 'heapGraph', 'gc', 'snapshot',
  'pipeline', 'codeObject', 'frameObject', 'memory', 'trackAllocations', 'gcCollect', 'threads',
]);

/** Electron IPC channel names: the only two the preload bridge exposes. */
export const IPC_REQUEST_CHANNEL = 'bytescope:request';
export const IPC_EVENT_CHANNEL = 'bytescope:event';

/** What the preload exposes on `window.bytescope` (and what the web transport implements). */
export interface BytescopeBridge {
  request<M extends Method>(method: M, args: ArgsOf<M>): Promise<ResultOf<M>>;
  onEvent(listener: (msg: EventMessage) => void): () => void;
  /** Electron only: native dialogs; absent in the browser. */
  native?: NativeBridge;
}

export interface NativeBridge {
  openFileDialog(): Promise<ProgramFile | null>;
  saveSnapshotDialog(json: string, suggestedName: string): Promise<string | null>;
  openSnapshotDialog(): Promise<{ name: string; json: string } | null>;
  onMenu(listener: (command: MenuCommand) => void): () => void;
}

export type MenuCommand =
  | { command: 'open-file'; file: ProgramFile }
  | { command: 'save-snapshot' }
  | { command: 'open-snapshot'; name: string; json: string }
  | { command: 'welcome' };

export const IPC_NATIVE_CHANNELS = {
  openFile: 'bytescope:native:open-file',
  saveSnapshot: 'bytescope:native:save-snapshot',
  openSnapshot: 'bytescope:native:open-snapshot',
  menu: 'bytescope:native:menu',
} as const;
