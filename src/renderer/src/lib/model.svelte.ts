/**
 * The renderer's debugger model (VS Code's "model" layer): session state, the program, breakpoints,
 * and the views fetched from the host while paused. Views are fetched lazily: the frame detail and
 * code object of the selected frame on every stop, the heap graph and GC view only when their tab
 * is visible, object references a page at a time by the components that show them.
 */
import type {
  BreakpointSet, BytescopeBridge, EventMessage, ExampleInfo, InstructionBreakpoint, LineBreakpoint, ProgramFile,
  RecentFile, SessionState, StoppedEvent, AppInfo, ArgsOf, Method, ResultOf,
} from '../../../shared/protocol';
import type { CodeView, FrameDetail, FrameView, GcView, HeapGraphView, ObjectId, PipelineView } from '../../../shared/views';
import { connect } from './transport';

export type RightTab = 'variables' | 'heap' | 'gc' | 'object' | 'compile' | 'frame' | 'memory' | 'threads';

/** A source range to highlight; `bytes`: columns are UTF-8 byte offsets (AST, co_positions), else characters (tokens). */
export interface SourceRange { line: number; col: number; endLine: number; endCol: number; bytes: boolean }

/** One sample of the selected object's refcount, taken at a stop. */
export interface RefSample { stop: number; line: number | null; offset: number | null; refcount: number | null; note: string }

export interface ConsoleSink {
  write(text: string, category: 'stdout' | 'stderr' | 'console'): void;
  inputRequested(prompt: string): void;
  clear(): void;
}

export class DebugModel {
  bridge: BytescopeBridge;
  info = $state<AppInfo | null>(null);
  examples = $state<ExampleInfo[]>([]);
  recent = $state<RecentFile[]>([]);
  state = $state<SessionState>('idle');
  file = $state<ProgramFile | null>(null);
  stopped = $state<StoppedEvent | null>(null);
  frames = $state<FrameView[]>([]);
  selectedFrame = $state(0);
  detail = $state<FrameDetail | null>(null);
  previousDetail = $state<FrameDetail | null>(null);
  code = $state<CodeView | null>(null);
  codeError = $state<string | null>(null);
  heap = $state<HeapGraphView | null>(null);
  heapError = $state<string | null>(null);
  gc = $state<GcView | null>(null);
  gcError = $state<string | null>(null);
  lineBps = $state<LineBreakpoint[]>([]);
  instrBps = $state<InstructionBreakpoint[]>([]);
  selectedObject = $state<ObjectId | null>(null);
  rightTab = $state<RightTab>('variables');
  status = $state('');
  error = $state<string | null>(null);
  waitingForInput = $state(false);
  showWelcome = $state(true);
  fatal = $state<string | null>(null);
  /** Monotonic counter bumped per stop; components refetch lazily-loaded data when it changes. */
  stopId = $state(0);
  /** Offset of the instruction hovered in the bytecode pane (its source range is highlighted). */
  hoverOffset = $state<number | null>(null);
  /** Caret in the source editor while paused (instructions covering it are highlighted). */
  sourceCaret = $state<{ line: number; col: number } | null>(null);
  /** Range picked in a compile-pipeline view (token, AST node), highlighted in the source. */
  highlight = $state<SourceRange | null>(null);
  /** Tokens and AST of the running program (they do not change while it runs). */
  pipeline = $state<PipelineView | null>(null);
  /** Refcount of watched objects at each stop since they were selected (real values from the VM). */
  refHistory = $state<Record<number, RefSample[]>>({});
  console: ConsoleSink | null = null;
  private queuedOutput: { text: string; category: 'stdout' | 'stderr' | 'console' }[] = [];

  constructor() {
    this.bridge = connect((why) => (this.fatal = why));
    this.bridge.onEvent((m) => this.onEvent(m));
  }

  async init(): Promise<void> {
    try {
      this.info = await this.call('app.info', {});
      this.examples = await this.call('app.examples', {});
      this.recent = await this.call('app.recentFiles', {});
      if (this.info.initialFile) this.openFile(this.info.initialFile);
    } catch (e) {
      this.fatal = (e as Error).message;
    }
  }

  call<M extends Method>(method: M, args: ArgsOf<M>): Promise<ResultOf<M>> {
    return this.bridge.request(method, args);
  }

  attachConsole(sink: ConsoleSink): void {
    this.console = sink;
    for (const o of this.queuedOutput.splice(0)) sink.write(o.text, o.category);
  }

  private print(text: string, category: 'stdout' | 'stderr' | 'console'): void {
    if (this.console) this.console.write(text, category);
    else this.queuedOutput.push({ text, category });
  }

  get breakpoints(): BreakpointSet {
    return { lines: $state.snapshot(this.lineBps), instructions: $state.snapshot(this.instrBps) };
  }

  get isPaused(): boolean {
    return this.state === 'paused';
  }

  get isLive(): boolean {
    return this.state === 'running' || this.state === 'paused';
  }

  // ---- program files ----

  openFile(file: ProgramFile): void {
    if (this.isLive) void this.call('stop', {});
    this.file = file;
    this.lineBps = [];
    this.instrBps = [];
    this.clearPausedViews();
    this.showWelcome = false;
    this.status = `Opened ${file.name}. Press F5 to run, F7 to step the first instruction.`;
    this.console?.clear();
    if (file.path) void this.call('app.recentFiles', {}).then((r) => (this.recent = r)).catch(() => {});
  }

  async openExample(name: string): Promise<void> {
    try {
      this.openFile(await this.call('app.readExample', { name }));
    } catch (e) {
      this.error = (e as Error).message;
    }
  }

  async openRecent(path: string): Promise<void> {
    try {
      this.openFile(await this.call('app.readFile', { path }));
      this.recent = await this.call('app.recentFiles', {});
    } catch (e) {
      this.error = (e as Error).message;
    }
  }

  /** The editor's current text becomes the program (edits are allowed while not running). */
  setSource(source: string): void {
    if (this.file && this.file.source !== source) this.file = { ...this.file, source };
  }

  // ---- session control ----

  async launch(stopOnEntry: boolean): Promise<void> {
    if (!this.file) return;
    this.clearPausedViews();
    this.console?.clear();
    this.error = null;
    this.status = `Running ${this.file.name}…`;
    await this.guard(this.call('launch', { file: $state.snapshot(this.file), stopOnEntry, breakpoints: this.breakpoints }));
  }

  async continueOrStart(): Promise<void> {
    if (this.state === 'paused') await this.resume('continue');
    else if (!this.isLive) await this.launch(false);
  }

  async stepInstruction(): Promise<void> {
    if (this.state === 'paused') await this.resume('stepInstruction');
    else if (!this.isLive) await this.launch(true);
  }

  async stepOver(): Promise<void> {
    if (this.state === 'paused') await this.resume('next');
    else if (!this.isLive) await this.launch(true);
  }

  async stepInto(): Promise<void> {
    if (this.state === 'paused') await this.resume('stepIn');
    else if (!this.isLive) await this.launch(true);
  }

  async stepOut(): Promise<void> {
    if (this.state === 'paused') await this.resume('stepOut');
  }

  async pause(): Promise<void> {
    if (this.state === 'running') await this.guard(this.call('pause', {}));
  }

  async stop(): Promise<void> {
    if (this.isLive) await this.guard(this.call('stop', {}));
  }

  /** Restart runs the program as it is now in the editor (a re-launch replaces any running worker). */
  async restart(): Promise<void> {
    if (!this.file) return;
    await this.launch(false);
  }

  private async resume(method: 'continue' | 'next' | 'stepIn' | 'stepOut' | 'stepInstruction'): Promise<void> {
    this.previousDetail = this.detail;
    await this.guard(this.call(method, {}));
  }

  async sendInput(text: string | null): Promise<void> {
    await this.guard(this.call('input', { text }));
  }

  private async guard(p: Promise<unknown>): Promise<void> {
    try {
      await p;
    } catch (e) {
      this.error = (e as Error).message;
    }
  }

  // ---- breakpoints ----

  toggleLineBreakpoint(line: number): void {
    const i = this.lineBps.findIndex((b) => b.line === line);
    if (i >= 0) this.lineBps.splice(i, 1);
    else this.lineBps.push({ line });
    void this.syncBreakpoints();
  }

  setLineBreakpointOptions(line: number, condition: string | undefined, hitCount: number | undefined): void {
    const bp = this.lineBps.find((b) => b.line === line);
    if (!bp) return;
    bp.condition = condition || undefined;
    bp.hitCount = hitCount && hitCount > 1 ? hitCount : undefined;
    void this.syncBreakpoints();
  }

  toggleInstructionBreakpoint(codeKey: string, offset: number): void {
    const i = this.instrBps.findIndex((b) => b.codeKey === codeKey && b.offset === offset);
    if (i >= 0) this.instrBps.splice(i, 1);
    else this.instrBps.push({ codeKey, offset });
    void this.syncBreakpoints();
  }

  private async syncBreakpoints(): Promise<void> {
    if (this.isLive) await this.guard(this.call('setBreakpoints', this.breakpoints));
  }

  // ---- inspection ----

  async selectFrame(index: number): Promise<void> {
    this.selectedFrame = index;
    await this.loadFrame();
  }

  selectObject(id: ObjectId | null, reveal = false): void {
    this.selectedObject = id;
    if (id !== null && this.isPaused) void this.sampleRefcount(id);
    if (reveal && id !== null && this.rightTab === 'variables') this.rightTab = 'object';
  }

  private async loadFrame(): Promise<void> {
    const frame = this.selectedFrame;
    const stopId = this.stopId;
    try {
      const [detail, code] = await Promise.all([
        this.call('frameDetail', { frame }),
        this.call('code', { frame }).then(
          (c) => ((this.codeError = null), c),
          (e: Error) => ((this.codeError = e.message), null),
        ),
      ]);
      if (stopId !== this.stopId) return;
      this.detail = detail;
      this.code = code;
    } catch (e) {
      this.error = (e as Error).message;
    }
  }

  /** Records the watched objects' refcounts at this stop (the VM keeps selected objects addressable). */
  private async sampleRefcount(id: ObjectId): Promise<void> {
    const stop = this.stopId;
    const frame = this.frames[0];
    const list = this.refHistory[id] ?? [];
    if (list.length && list[list.length - 1]!.stop === stop) return;
    let sample: RefSample;
    try {
      const v = await this.call('object', { id });
      sample = { stop, line: frame?.line ?? null, offset: frame?.offset ?? null, refcount: v.immortal ? null : v.refcount, note: v.immortal ? 'immortal' : '' };
    } catch (e) {
      sample = { stop, line: frame?.line ?? null, offset: frame?.offset ?? null, refcount: null, note: (e as Error).message };
    }
    const cur = this.refHistory[id] ?? [];
    if (cur.length && cur[cur.length - 1]!.stop === stop) return;
    this.refHistory = { ...this.refHistory, [id]: [...cur, sample].slice(-500) };
  }

  async loadHeap(maxNodes = 2000): Promise<void> {
    if (!this.isPaused) return;
    try {
      this.heap = await this.call('heapGraph', { maxNodes });
      this.heapError = null;
    } catch (e) {
      this.heapError = (e as Error).message;
    }
  }

  async loadGc(): Promise<void> {
    if (!this.isPaused) return;
    try {
      this.gc = await this.call('gc', {});
      this.gcError = null;
    } catch (e) {
      this.gcError = (e as Error).message;
    }
  }

  async takeSnapshot(): Promise<string> {
    const r = await this.call('snapshot', {});
    return r.json;
  }

  private clearPausedViews(): void {
    this.stopped = null;
    this.frames = [];
    this.detail = null;
    this.previousDetail = null;
    this.code = null;
    this.heap = null;
    this.gc = null;
    this.selectedFrame = 0;
    this.waitingForInput = false;
    this.highlight = null;
    this.refHistory = {};
    this.pipeline = null;
  }

  // ---- events ----

  private onEvent(m: EventMessage): void {
    switch (m.event) {
      case 'state': {
        const s = (m.body as { state: SessionState }).state;
        this.state = s;
        if (s === 'running') this.status = this.waitingForInput ? 'Waiting for input() — type in the console' : 'Running… (Pause to stop it at the next instruction)';
        break;
      }
      case 'stopped': {
        const st = m.body as StoppedEvent;
        this.stopped = st;
        this.frames = st.frames;
        this.selectedFrame = 0;
        this.stopId++;
        this.status = st.description;
        this.waitingForInput = st.waitingForInput;
        this.highlight = null;
        void this.loadFrame();
        for (const id of Object.keys(this.refHistory)) void this.sampleRefcount(Number(id));
        if (this.rightTab === 'heap') void this.loadHeap();
        if (this.rightTab === 'gc') void this.loadGc();
        break;
      }
      case 'continued':
        this.stopped = null;
        break;
      case 'output': {
        const o = m.body as { category: 'stdout' | 'stderr' | 'console'; text: string };
        this.print(o.text, o.category);
        break;
      }
      case 'inputRequested':
        this.waitingForInput = true;
        this.status = 'Waiting for input() — type in the console and press Enter';
        this.console?.inputRequested((m.body as { prompt: string }).prompt);
        break;
      case 'exited': {
        const code = (m.body as { code: number }).code;
        this.print(`\n[program exited with status ${code}]\n`, 'console');
        this.status = `Exited with status ${code}`;
        break;
      }
      case 'terminated':
        this.stopped = null;
        this.waitingForInput = false;
        if (!this.status.startsWith('Exited')) this.status = `Terminated: ${(m.body as { reason: string }).reason}`;
        break;
    }
  }
}
