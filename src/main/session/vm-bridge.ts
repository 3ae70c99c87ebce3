/**
 * The Debuggee over Bytescope's VM (src/vm): compiles and runs the program on the worker thread,
 * feeds the session's InstructionSink from the VM's one debug hook, and inspects the paused VM.
 * The only session file (with vm-inspect.ts and code-view.ts) that imports the VM.
 *
 * Invariants:
 * - the hook asks the VM for per-instruction calls only while stepping, with breakpoints, or when a
 *   pause is pending; otherwise the VM calls it at eval-breaker points (calls, backward jumps) only;
 * - while inspecting (repr, sizeof, condition evaluation run Python code) the hook is muted, so
 *   inspection never re-enters the pause loop or moves the stepper.
 */
import type { Debuggee, DebuggeeFactory, DebuggeeIO, InstructionSink } from './debuggee';
import { VM } from '../../vm/runtime/vm';
import type { Host } from '../../vm/runtime/host';
import { nodeEntropy, nodeFs, nodeListdir, nodePid, nodeStat } from '../../vm/host-node';
import type { DebugHook } from '../../vm/debug/hook';
import type { Frame } from '../../vm/interp/frame';
import type { PyBaseException } from '../../vm/objects/exceptions';
import type { PyTraceback } from '../../vm/objects/traceback';
import { PyExc, raiseWith } from '../../vm/runtime/errors';
import { safeRepr } from '../../vm/debug/inspect';
import type { PyCode } from '../../vm/objects/code';
import { newCode } from '../../vm/objects/code';
import { compile } from '../../vm/compiler/index';
import { isException } from '../../vm/objects/exceptions';
import { decref } from '../../vm/runtime/refcount';
import * as A from '../../vm/runtime/abstract';
import { formatSyntaxError, isPySyntaxError } from '../../cli/syntax-error';
import { writeSnapshot } from '../../shared/protocol-snapshot';
import { Inspector } from './vm-inspect';
import { codeObjectView, pipelineView } from '../../vm/debug/views-compile';
import { MemoryViews } from '../../vm/debug/views-memory';
import { threadsView } from '../../vm/debug/views-threads';
import { collect } from '../../vm/runtime/gc';
import { F_DEAD } from '../../vm/objects/object';
import type { GcCollectResult, GcEventView, ObjectView } from '../../shared/views';

const GC_HISTORY = 200;


export const createVmDebuggee: DebuggeeFactory = (io) => new VmDebuggee(io);

class VmDebuggee implements Debuggee {
  private readonly vm: VM;
  private readonly inspector: Inspector;
  private muted = 0;
  private sink: InstructionSink | null = null;
  private keyCode: PyCode | null = null;
  private key = '';

  private filename = '';
  private source = '';
  private readonly memViews: MemoryViews;
  private readonly gcHistory: GcEventView[] = [];
  private collectingForDebugger = false;

  constructor(io: DebuggeeIO) {
    // Files; the worker thread keeps its own working directory (os.chdir changes only it).
    const fs = nodeFs();
    const host: Host = {
      stdout: (t) => io.write('stdout', t),
      stderr: (t) => io.write('stderr', t),
      readLine: (prompt) => {
        if (prompt) io.write('stdout', prompt);
        return this.unmuted(() => io.readLine(prompt));
      },
      readFile: (p) => (p === this.filename ? this.source : null),
      argv: [''],
      fs,
      stat: (p, follow) => nodeStat(fs.resolve(p), follow),
      listdir: (p) => nodeListdir(fs.resolve(p)),
      cwd: () => fs.getcwd(),
      pid: nodePid,
      entropy: nodeEntropy,
    };
    this.vm = new VM(host);
    this.vm.compileSource = (src, fn) => compile(src, fn, 'exec');
    this.inspector = new Inspector(this.vm, (fn) => this.mute(fn));
    this.breakOnUncaught();
    this.memViews = new MemoryViews(this.vm);
    this.recordGcCallbacks();
  }

  /** Records every collection's start/stop as gc.callbacks would see them (then runs the program's callbacks). */
  private recordGcCallbacks(): void {
    const vm = this.vm;
    const call = vm.gcCallbacks.bind(vm);
    vm.gcCallbacks = (phase, generation, collected, uncollectable) => {
      if (this.gcHistory.length >= GC_HISTORY) this.gcHistory.shift();
      this.gcHistory.push({ phase, generation, collected, uncollectable, trigger: this.collectingForDebugger ? 'debugger' : 'program' });
      call(phase, generation, collected, uncollectable);
    };
  }

  /**
   * Stops on an uncaught exception before its traceback is printed, showing the frames the
   * traceback holds (their locals live on in the frame objects, as in CPython's post-mortem).
   */
  private breakOnUncaught(): void {
    const vm = this.vm;
    const report = vm.handleUncaught.bind(vm);
    vm.handleUncaught = (e: PyBaseException) => {
      const sink = this.sink;
      if (sink && !this.muted && !e.type.isSubtype(PyExc.SystemExit!)) {
        const frames: Frame[] = [];
        for (let tb = e.traceback as PyTraceback | null; tb; tb = tb.next) frames.unshift(tb.frame.f);
        if (frames.length) {
          this.inspector.frameOverride = frames;
          try {
            sink.stopAt('exception', `Uncaught ${safeRepr(e, 100)} — continue to print the traceback`);
          } finally {
            this.inspector.frameOverride = null;
            this.inspector.reset();
          }
        }
      }
      return report(e);
    };
  }

  run(sink: InstructionSink, filename: string, source: string): number {
    this.sink = sink;
    this.filename = filename;
    this.source = source;
    this.vm.host.argv[0] = filename;
    let co;
    try {
      co = compile(this.source, this.filename, 'exec');
    } catch (e) {
      if (isPySyntaxError(e)) {
        this.vm.host.stderr(formatSyntaxError(e));
        return 1;
      }
      throw e;
    }
    const hook: DebugHook = {
      wantsInstructions: () => sink.wantsInstructions(),
      onBreaker: () => {
        if (this.muted) return;
        sink.poll();
        this.vm.tracing = sink.wantsInstructions();
        if (sink.memoryExhausted()) raiseWith(PyExc.MemoryError!, null);
      },
      onInstruction: (vm, f, offset) => {
        if (this.muted) return;
        const code = f.code;
        if (code !== this.keyCode) {
          this.keyCode = code;
          this.key = `${code.co.co_qualname}@${code.co.co_firstlineno}`;
        }
        const line = code.lineAt(offset >> 1);
        sink.onInstruction(f, vm.depth, this.key, code.co.co_filename, offset, line >= 0 ? line : null);
        this.inspector.reset();
        vm.tracing = sink.wantsInstructions();
      },
      onCall: () => {},
      onReturn: () => {},
      onException: () => {},
    };
    this.vm.setHook(hook);
    try {
      return this.vm.runMain(co, this.filename);
    } finally {
      this.mute(() => this.vm.finalize());
    }
  }

  private mute<T>(fn: () => T): T {
    this.muted++;
    try {
      return fn();
    } finally {
      this.muted--;
    }
  }

  /** input() blocks with the hook live: a pause while waiting must be able to stop there. */
  private unmuted<T>(fn: () => T): T {
    const saved = this.muted;
    this.muted = 0;
    try {
      return fn();
    } finally {
      this.muted = saved;
    }
  }

  frames() { return this.inspector.frames(); }
  frameDetail(i: number) { return this.inspector.frameDetail(i); }
  code(i: number) { return this.inspector.code(i); }
  object(id: number): ObjectView {
    const v = this.inspector.object(id);
    v.allocation = this.memViews.allocationSite(this.inspector.byId(id));
    return v;
  }
  references(id: number, start: number, count: number) { return this.inspector.references(id, start, count); }
  referrers(id: number, start: number, count: number) { return this.inspector.referrers(id, start, count); }
  heapGraph(maxNodes: number) { return this.inspector.heapGraph(maxNodes); }
  gc() { return { ...this.inspector.gc(), history: this.gcHistory.slice() }; }

  pipeline() { return pipelineView(this.source, this.filename); }
  codeObject(frame: number, path: number[]) { return codeObjectView(this.inspector.frameCode(frame), path); }
  frameObject(frame: number) { return this.inspector.frameObject(frame); }
  memory(start: number, count: number) { return this.mute(() => this.memViews.memory(start, count)); }
  threads() { return threadsView(this.vm); }

  trackAllocations(on: boolean) {
    return this.mute(() => {
      if (on) this.memViews.startTracing();
      else this.memViews.stopTracing();
      return this.memViews.tracemalloc(0, 20);
    });
  }

  /** gc.collect(generation) run by the debugger: the VM's own collector, with what it found unreachable. */
  gcCollect(generation: number): GcCollectResult {
    return this.mute(() => {
      const before = this.gc();
      const candidates = this.inspector.cyclicGarbage().map((o) => ({ o, type: o.type.name, repr: this.inspector.repr(o) }));
      this.collectingForDebugger = true;
      let collected: number;
      try {
        collected = collect(generation, 'manual');
      } finally {
        this.collectingForDebugger = false;
      }
      const freed = candidates.filter((c) => c.o.flags & F_DEAD).map(({ type, repr }) => ({ type, repr }));
      this.inspector.reset();
      return { generation, collected, freed, before, after: this.gc() };
    });
  }

  snapshot(): string {
    const g = this.inspector.heapGraph(200_000);
    // tracemalloc's allocation site of each object, when the program (or the debugger) traces
    const sites = new Map<number, { filename: string; lineno: number }>();
    for (const n of g.nodes) {
      const site = this.memViews.allocationSite(this.inspector.byId(n.id));
      if (site) sites.set(n.id, site);
    }
    return writeSnapshot(g, { program: this.filename, created: new Date().toISOString(), python: '3.12', generator: 'bytescope' }, sites);
  }

  evaluateCondition(expr: string, index: number): boolean {
    return this.mute(() => {
      let co;
      try {
        co = compile(expr, '<breakpoint condition>', 'eval');
      } catch (e) {
        if (isPySyntaxError(e)) throw new Error(`SyntaxError: ${e.msg}`);
        throw e;
      }
      const f = index === 0 ? this.inspector.topFrame() : this.inspector.frameList()[index]!;
      const code = newCode(co);
      const { dict, owned } = this.inspector.frameLocalsDict(f);
      try {
        const r = this.vm.execCode(code, f.globals, dict);
        const truth = A.isTrue(r);
        decref(r);
        return truth;
      } catch (e) {
        if (isException(e)) {
          const msg = `${e.type.name}: ${A.strJS(e)}`;
          decref(e);
          throw new Error(msg);
        }
        throw e;
      } finally {
        decref(code);
        if (owned) decref(dict);
      }
    });
  }
}
