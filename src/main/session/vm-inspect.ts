/**
 * Inspection of the paused VM: frames, variables, value stacks, objects, references, the heap
 * graph (with strongly connected components and the cyclic garbage the collector would free) and
 * the GC's state — all read from the VM's real objects while its JS stack is blocked in the pause
 * loop. Runs in the session worker; returns views from src/shared/views.ts.
 *
 * Invariants:
 * - inspection never changes a refcount: objects are read, not held (the `handles` map keeps JS
 *   references only, and is cleared whenever the program resumes);
 * - reprs never run Python code (safeRepr); only sys.getsizeof of a class with its own __sizeof__
 *   does, with the debug hook muted by the caller's guard, and a failing one reports size 0;
 * - the garbage set is computed the way CPython's collector does (gc_refs = refcount minus
 *   references from other tracked objects, where an instance's inline dict values count as its own
 *   references; what is not reachable from an object with external references is garbage),
 *   without touching the collector's own fields.
 */
import type { VM } from '../../vm/runtime/vm';
import type { Frame } from '../../vm/interp/frame';
import type { PyObject } from '../../vm/objects/object';
import { F_DEAD, F_INTERNED, IMMORTAL_REPORTED, isImmortal } from '../../vm/objects/object';
import { PyCell } from '../../vm/objects/cell';
import { PyDict, newDict } from '../../vm/objects/dict';
import { PyStr } from '../../vm/objects/str';
import { PyType } from '../../vm/objects/type';
import { CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL } from '../../vm/bytecode/code';
import { isException } from '../../vm/objects/exceptions';
import { decref } from '../../vm/runtime/refcount';
import { gcObjects, gcState } from '../../vm/runtime/gc';
import { sizeOf } from '../../vm/modules/sys';
import { referencesOf, referentsOf } from '../../vm/debug/heap';
import { safeRepr } from '../../vm/debug/inspect';
import type {
  CodeView, FrameDetail, FrameObjectView, FrameView, GcView, HeapEdge, HeapGraphView, HeapNode, ObjectChip, ObjectId, ObjectView, Reference, RefKind, VariableView,
} from '../../shared/views';
import type { Page } from '../../shared/protocol';
import { codeViewOf } from './code-view';
import { localKinds } from '../../vm/debug/views-compile';

const KINDS: RefKind[] = ['attribute', 'item', 'key', 'value', 'cell', 'frame-slot', 'stack', 'type', 'closure', 'internal'];
const REPR_MAX = 120;
/** Types whose objects the heap graph expands (their references are the program's data). */
const EXPAND = new Set(['list', 'tuple', 'dict', 'set', 'frozenset', 'cell', 'method', 'deque', 'defaultdict', 'OrderedDict', 'Counter']);

export class Inspector {
  private handles = new Map<ObjectId, PyObject>();
  /**
   * Objects opened in the object inspector stay addressable across resumes (a JS reference only,
   * never a refcount), so their refcount can be followed step by step; a freed one reports so.
   */
  private watched = new Map<ObjectId, PyObject>();
  /** Frames to show instead of the live stack (the traceback's frames while stopped on an exception). */
  frameOverride: Frame[] | null = null;
  private reprCache = new Map<PyObject, string>();

  constructor(private readonly vm: VM, private readonly guard: <T>(fn: () => T) => T) {}

  /** Forget everything handed out: called whenever the program resumes. */
  reset(): void {
    this.handles.clear();
    this.reprCache.clear();
  }

  // ---- frames --------------------------------------------------------------------------------

  frameList(): Frame[] {
    if (this.frameOverride) return this.frameOverride;
    const out: Frame[] = [];
    for (let f = this.vm.top; f; f = f.back) out.push(f);
    return out;
  }

  private frameAt(index: number): Frame {
    const f = this.frameList()[index];
    if (!f) throw new Error(`no frame ${index}`);
    return f;
  }

  frameView(f: Frame, index: number): FrameView {
    const co = f.code.co;
    const line = f.code.lineAt(f.lasti >> 1);
    return { index, function: co.co_qualname, filename: co.co_filename, line: line >= 0 ? line : null, offset: f.lasti, codeId: this.handle(f.code) };
  }

  frames(): FrameView[] {
    return this.frameList().map((f, i) => this.frameView(f, i));
  }

  frameDetail(index: number): FrameDetail {
    const f = this.frameAt(index);
    const co = f.code.co;
    const locals: VariableView[] = [];
    const cells: VariableView[] = [];
    for (let i = 0; i < f.code.nlocalsplus; i++) {
      const kind = co.co_localspluskinds[i]!;
      const name = co.co_localsplusnames[i]!;
      const v = f.lp[i] ?? null;
      if (kind & (CO_FAST_CELL | CO_FAST_FREE)) {
        // a cell slot holds the PyCell once MAKE_CELL/COPY_FREE_VARS ran; show its contents
        const content = v instanceof PyCell ? v.ref : v;
        cells.push({ name, kind: kind & CO_FAST_FREE ? 'free' : 'cell', value: content ? this.chip(content, true) : null });
      } else if (kind & CO_FAST_LOCAL) {
        locals.push({ name, kind: 'local', value: v ? this.chip(v, true) : null });
      }
    }
    const globals: VariableView[] = [];
    const g = f.globals;
    for (let i = 0; i < g.ks.length; i++) {
      const k = g.ks[i];
      const v = g.vs[i];
      if (!(k instanceof PyStr) || !v) continue;
      if (k.s === '__builtins__') continue;
      globals.push({ name: k.s, kind: 'global', value: this.chip(v, true) });
    }
    const stack: ObjectChip[] = [];
    for (let i = f.code.nlocalsplus; i < f.sp; i++) {
      const v = f.lp[i];
      stack.push(v ? this.chip(v, true) : { id: 0, type: 'NULL', repr: 'NULL', refcount: 0, immortal: false });
    }
    return { ...this.frameView(f, index), locals, cells, globals, stack };
  }

  /** The frame object's fields (f_lasti, f_lineno, f_back chain, f_code, localsplus kinds, stack depth). */
  frameObject(index: number): FrameObjectView {
    const frames = this.frameList();
    const f = this.frameAt(index);
    const co = f.code.co;
    const line = f.line();
    const name = f.globals.getStr('__name__');
    const back: FrameObjectView['f_back'] = [];
    for (let i = index + 1; i < frames.length; i++) {
      const b = frames[i]!;
      const l = b.line();
      back.push({ index: i, function: b.code.co.co_qualname, line: l >= 0 ? l : null });
    }
    return {
      index,
      f_lasti: f.lasti,
      f_lineno: line >= 0 ? line : null,
      f_code: co.co_qualname,
      codeId: this.handle(f.code),
      f_back: back,
      f_globals: name instanceof PyStr ? name.s : '?',
      f_locals: f.locals ? 'dict' : 'fast locals (the frame has no locals dict)',
      slots: co.co_localsplusnames.map((n, i) => ({ index: i, name: n, kinds: localKinds(co.co_localspluskinds[i]!), bound: !!f.lp[i] })),
      stackDepth: f.sp - f.code.nlocalsplus,
      stacksize: co.co_stacksize,
      owner: f.gen ? 'generator' : 'thread',
      entry: f.entry,
    };
  }

  /** The code object run by frame `index` (the root for co_consts paths). */
  frameCode(index: number): import('../../vm/bytecode/code').CodeObject {
    return this.frameAt(index).code.co;
  }

  code(index: number): CodeView {
    const f = this.frameAt(index);
    return codeViewOf(f.code.co, this.handle(f.code));
  }

  /** Fast locals (and cell contents) of a frame as a dict, for evaluating conditions. */
  frameLocalsDict(f: Frame): { dict: PyObject; owned: boolean } {
    if (f.locals) return { dict: f.locals, owned: false };
    const d = newDict();
    const co = f.code.co;
    for (let i = 0; i < f.code.nlocalsplus; i++) {
      let v = f.lp[i] ?? null;
      if (v instanceof PyCell && co.co_localspluskinds[i]! & (CO_FAST_CELL | CO_FAST_FREE)) v = v.ref;
      if (v) (d as PyDict).setStr(co.co_localsplusnames[i]!, v);
    }
    return { dict: d, owned: true };
  }

  topFrame(): Frame {
    return this.frameAt(0);
  }

  // ---- objects -------------------------------------------------------------------------------

  handle(o: PyObject): ObjectId {
    this.handles.set(o.id, o);
    return o.id;
  }

  byId(id: ObjectId): PyObject {
    const o = this.handles.get(id) ?? this.watched.get(id);
    if (!o) throw new Error(`object ${id} is not available (it was not shown since the last pause)`);
    return o;
  }

  refcount(o: PyObject): number {
    return isImmortal(o) ? IMMORTAL_REPORTED : o.ob_refcnt;
  }

  chip(o: PyObject, withSize = false): ObjectChip {
    const c: ObjectChip = { id: this.handle(o), type: typeName(o), repr: this.repr(o), refcount: this.refcount(o), immortal: isImmortal(o) };
    if (withSize) c.size = this.size(o);
    return c;
  }

  /** sys.getsizeof(o); a failing __sizeof__ gives 0 rather than an error in the view. */
  size(o: PyObject): number {
    try {
      return this.guard(() => sizeOf(o));
    } catch (e) {
      if (isException(e)) {
        decref(e);
        return 0;
      }
      throw e;
    }
  }

  /** repr without running user code (src/vm/debug/inspect.ts safeRepr): looking must not change the heap. */
  repr(o: PyObject): string {
    let s = this.reprCache.get(o);
    if (s === undefined) {
      s = safeRepr(o, REPR_MAX);
      this.reprCache.set(o, s);
    }
    return s;
  }

  object(id: ObjectId): ObjectView {
    const o = this.byId(id);
    if (o.flags & F_DEAD) throw new Error(`object ${id} was freed (its refcount reached 0)`);
    if (!this.watched.has(id)) {
      if (this.watched.size >= 64) this.watched.delete(this.watched.keys().next().value!);
      this.watched.set(id, o);
    }
    return {
      ...this.chip(o),
      size: this.size(o),
      gcTracked: o.gcGen >= 0 && o.gcGen <= 2,
      gcGeneration: o.gcGen >= 0 && o.gcGen <= 2 ? o.gcGen : null,
      referentCount: this.outgoing(o).length,
      allocation: null,
      typeInfo: typeInfoOf(o.type),
      sharing: sharingOf(o),
    };
  }

  /** Every strong reference `o` holds (src/vm/debug/heap.ts: tp_traverse, instance dict, heap type). */
  outgoing(o: PyObject): { kind: RefKind; label: string; target: PyObject }[] {
    return referencesOf(o).map((r) => ({ kind: KINDS[r.kind] ?? 'internal', label: this.label(r.kind, r.label), target: r.target }));
  }

  private label(kind: number, label: string | number): string {
    if (typeof label === 'number') return KINDS[kind] === 'item' ? `[${label}]` : String(label);
    return label;
  }

  references(id: ObjectId, start: number, count: number): Page<Reference> {
    const all = this.outgoing(this.byId(id));
    return { total: all.length, start, items: all.slice(start, start + count).map((r) => ({ kind: r.kind, label: r.label, target: this.chip(r.target) })) };
  }

  referrers(id: ObjectId, start: number, count: number): Page<Reference> {
    const target = this.byId(id);
    const found: Reference[] = [];
    const frames = this.frameList();
    frames.forEach((f, fi) => {
      const co = f.code.co;
      for (let i = 0; i < f.sp; i++) {
        if (f.lp[i] !== target) continue;
        const slot = i < f.code.nlocalsplus ? `${co.co_qualname}: ${co.co_localsplusnames[i]}` : `${co.co_qualname}: stack[${i - f.code.nlocalsplus}]`;
        found.push({ kind: i < f.code.nlocalsplus ? 'frame-slot' : 'stack', label: `frame ${fi} ${slot}`, target: { id: 0, type: 'frame', repr: `<frame ${co.co_qualname}>`, refcount: 0, immortal: false } });
      }
    });
    for (const o of this.allTracked()) {
      for (const r of this.outgoing(o)) if (r.target === target) found.push({ kind: r.kind, label: r.label, target: this.chip(o) });
    }
    return { total: found.length, start, items: found.slice(start, start + count) };
  }

  private allTracked(): PyObject[] {
    return gcObjects();
  }

  // ---- heap graph ----------------------------------------------------------------------------

  heapGraph(maxNodes: number): HeapGraphView {
    const nodes = new Map<PyObject, number>();
    const order: PyObject[] = [];
    const edges: HeapEdge[] = [];
    const roots: { id: ObjectId; label: string }[] = [];
    let truncated = false;
    const add = (o: PyObject): boolean => {
      if (nodes.has(o)) return true;
      if (order.length >= maxNodes) {
        truncated = true;
        return false;
      }
      nodes.set(o, order.length);
      order.push(o);
      return true;
    };
    // roots: frame slots, value stacks, module globals
    const frames = this.frameList();
    const seenGlobals = new Set<PyDict>();
    frames.forEach((f, fi) => {
      const co = f.code.co;
      for (let i = 0; i < f.sp; i++) {
        const v = f.lp[i];
        if (!v) continue;
        if (v instanceof PyCell && i < f.code.nlocalsplus && co.co_localspluskinds[i]! & (CO_FAST_CELL | CO_FAST_FREE)) {
          if (add(v)) roots.push({ id: v.id, label: `${fi ? `${co.co_name}: ` : ''}cell ${co.co_localsplusnames[i]}` });
          continue;
        }
        const name = i < f.code.nlocalsplus ? co.co_localsplusnames[i]! : `stack[${i - f.code.nlocalsplus}]`;
        if (add(v)) roots.push({ id: v.id, label: fi === 0 ? name : `${co.co_name}: ${name}` });
      }
      if (!seenGlobals.has(f.globals)) {
        seenGlobals.add(f.globals);
        const g = f.globals;
        for (let i = 0; i < g.ks.length; i++) {
          const k = g.ks[i];
          const v = g.vs[i];
          if (!(k instanceof PyStr) || !v || (k.s.startsWith('__') && k.s.endsWith('__'))) continue;
          if (typeName(v) === 'module' || typeName(v) === 'builtin_function_or_method') continue;
          if (add(v)) roots.push({ id: v.id, label: `global ${k.s}` });
        }
      }
    });
    // the cyclic garbage: kept alive only by reference cycles
    const garbage = this.cyclicGarbage();
    for (const o of garbage) add(o);
    // breadth-first over references of expandable objects
    for (let h = 0; h < order.length; h++) {
      const o = order[h]!;
      if (!this.expands(o)) continue;
      for (const r of this.outgoing(o)) {
        if (r.kind === 'type') continue;
        if (r.kind === 'key' && r.target instanceof PyStr) continue; // attribute names: noise in a picture
        if (!add(r.target)) continue;
        edges.push({ from: o.id, to: r.target.id, kind: r.kind, label: r.label });
      }
    }
    const heapNodes: HeapNode[] = order.map((o) => {
      this.handle(o);
      return { id: o.id, type: typeName(o), label: this.repr(o), refcount: this.refcount(o), size: this.size(o), gcGeneration: o.gcGen >= 0 && o.gcGen <= 2 ? o.gcGen : null };
    });
    return { nodes: heapNodes, edges, roots, cycles: sccs(order, nodes, edges), garbage: garbage.filter((o) => nodes.has(o)).map((o) => o.id), truncated };
  }

  private expands(o: PyObject): boolean {
    if (o instanceof PyType) return false;
    const t = o.type;
    if (EXPAND.has(t.name)) return true;
    return t.isHeap() && !(o instanceof PyType);
  }

  /** What a full collection would find unreachable, without running it. */
  cyclicGarbage(): PyObject[] {
    const all = this.allTracked();
    const refs = new Map<PyObject, number>();
    for (const o of all) refs.set(o, isImmortal(o) ? 1 << 30 : o.ob_refcnt);
    // CPython's tp_traverse of an instance visits its inline (managed) dict values directly
    const visitTracked = (o: PyObject, fn: (c: PyObject) => void) => {
      for (const c of referentsOf(o)) fn(c);
    };
    for (const o of all) visitTracked(o, (c) => {
      const r = refs.get(c);
      if (r !== undefined) refs.set(c, r - 1);
    });
    const reachable = new Set<PyObject>();
    const stack: PyObject[] = [];
    for (const o of all) if (refs.get(o)! > 0) { reachable.add(o); stack.push(o); }
    while (stack.length) {
      const o = stack.pop()!;
      visitTracked(o, (c) => {
        if (refs.has(c) && !reachable.has(c)) { reachable.add(c); stack.push(c); }
      });
    }
    return all.filter((o) => !reachable.has(o));
  }

  gc(): GcView {
    return {
      thresholds: [gcState.thresholds[0]!, gcState.thresholds[1]!, gcState.thresholds[2]!],
      counts: [gcState.counts[0]!, gcState.counts[1]!, gcState.counts[2]!],
      generations: [0, 1, 2].map((g) => ({ generation: g, objects: gcState.sizes[g] ?? gcObjects(g).length })),
      collections: gcState.stats.map((s, g) => ({ generation: g, collected: s.collected, uncollectable: s.uncollectable })),
    };
  }
}

function typeInfoOf(t: PyType): NonNullable<ObjectView['typeInfo']> {
  let slots: string[] | null = null;
  for (const b of t.mro) if (b.slotNames.length) (slots ??= []).push(...b.slotNames);
  return {
    mro: t.mro.map((b) => b.name),
    metaclass: t.type.name,
    slots,
    instanceDict: t.hasDict,
  };
}

function sharingOf(o: PyObject): string | null {
  if (o.flags & F_INTERNED) return 'interned str: every equal interned string is this one object (sys.intern)';
  if (o instanceof PyStr && isImmortal(o) && o.s.length <= 1) return 'a str singleton (empty or one latin-1 character), shared and immortal';
  const t = o.type.name;
  if (t === 'int' && isImmortal(o)) return 'small int cache (-5..256): every such value is this one immortal object';
  if ((t === 'NoneType' || t === 'bool' || t === 'ellipsis' || t === 'NotImplementedType') && isImmortal(o)) return 'a singleton: immortal, shared by the whole interpreter';
  if (isImmortal(o)) return 'immortal: its refcount is never changed';
  return null;
}

export function typeName(o: PyObject): string {
  return o.type.name;
}

/** Strongly connected components with more than one node, or a self-loop (iterative Tarjan). */
function sccs(order: PyObject[], index: Map<PyObject, number>, edges: HeapEdge[]): ObjectId[][] {
  const n = order.length;
  const idOf = new Map<ObjectId, number>();
  order.forEach((o, i) => idOf.set(o.id, i));
  const adj: number[][] = Array.from({ length: n }, () => []);
  const self = new Uint8Array(n);
  for (const e of edges) {
    const a = idOf.get(e.from)!, b = idOf.get(e.to)!;
    adj[a]!.push(b);
    if (a === b) self[a] = 1;
  }
  void index;
  const idx = new Int32Array(n).fill(-1), low = new Int32Array(n), on = new Uint8Array(n);
  const st: number[] = [];
  const out: ObjectId[][] = [];
  let counter = 0;
  for (let s = 0; s < n; s++) {
    if (idx[s] !== -1) continue;
    const call: [number, number][] = [[s, 0]];
    idx[s] = low[s] = counter++;
    st.push(s); on[s] = 1;
    while (call.length) {
      const top = call[call.length - 1]!;
      const v = top[0];
      if (top[1] < adj[v]!.length) {
        const w = adj[v]![top[1]++]!;
        if (idx[w] === -1) { idx[w] = low[w] = counter++; st.push(w); on[w] = 1; call.push([w, 0]); }
        else if (on[w]) low[v] = Math.min(low[v]!, idx[w]!);
        continue;
      }
      call.pop();
      if (call.length) { const u = call[call.length - 1]![0]; low[u] = Math.min(low[u]!, low[v]!); }
      if (low[v] === idx[v]) {
        const comp: number[] = [];
        let w: number;
        do { w = st.pop()!; on[w] = 0; comp.push(w); } while (w !== v);
        if (comp.length > 1 || self[v]) out.push(comp.map((i) => order[i]!.id));
      }
    }
  }
  return out;
}
