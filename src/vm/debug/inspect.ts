/**
 * Inspection views for the debugger (src/shared/views.ts), computed from the VM's real objects
 * while it is paused. Nothing here runs user code: reprs are produced by `safeRepr`, a bounded
 * formatter that never calls Python-level __repr__.
 *
 * An `Inspector` is created per pause; it indexes live objects by id lazily (walking the roots and
 * the GC lists once) so ObjectView/references lookups by id are cheap until the VM resumes.
 */
import type { PyObject } from '../objects/object';
import { F_IMMORTAL, IMMORTAL_REPORTED } from '../objects/object';
import type { VM } from '../runtime/vm';
import type { Frame } from '../interp/frame';
import { PyType, RefKindCode } from '../objects/type';
import { PyStr, strRepr } from '../objects/str';
import { PyInt, intRepr } from '../objects/int';
import { PyFloat } from '../objects/float';
import { floatRepr } from '../objects/float_repr';
import { PyTuple } from '../objects/tuple';
import { PyList } from '../objects/list';
import { PyDict } from '../objects/dict';
import { PySet, setItems } from '../objects/set';
import { PyFunction } from '../objects/function';
import { PyCode } from '../objects/code';
import { PyModule, moduleName } from '../objects/module';
import { PyCell } from '../objects/cell';
import { PyBaseException } from '../objects/exceptions';
import { None } from '../objects/singletons';
import { gcState, gcObjects } from '../runtime/gc';
import { sizeOf } from '../modules/sys';
import { referencesOf } from './heap';
import { runtimeRoots } from './audit';
import type {
  ObjectChip, ObjectView, Reference, RefKind, VariableView, FrameView, FrameDetail, HeapGraphView, HeapNode, HeapEdge, GcView, ObjectId,
} from '../../shared/views';

const KIND_NAMES: RefKind[] = ['attribute', 'item', 'key', 'value', 'cell', 'frame-slot', 'stack', 'type', 'closure', 'internal'];

export function refKindName(k: RefKindCode): RefKind {
  return KIND_NAMES[k] ?? 'internal';
}

/** repr without running user code: builtin formats, `<Type object at 0x...>` otherwise. */
export function safeRepr(o: PyObject, limit = 80, depth = 0): string {
  const cut = (s: string) => (s.length > limit ? s.slice(0, limit - 1) + '…' : s);
  if (o === None) return 'None';
  if (o instanceof PyInt) {
    if (o.type.name === 'bool') return o.v ? 'True' : 'False';
    return cut(intRepr(o.v));
  }
  if (o instanceof PyFloat) return floatRepr(o.v);
  if (o instanceof PyStr) return cut(strRepr(o.s.length > limit ? o.s.slice(0, limit) : o.s));
  if (depth > 2) return '…';
  const seq = (items: PyObject[], open: string, close: string, one = '') => {
    let out = open;
    for (let i = 0; i < items.length; i++) {
      if (out.length > limit) { out += '…'; break; }
      out += (i ? ', ' : '') + safeRepr(items[i]!, limit, depth + 1);
    }
    return cut(out + (items.length === 1 ? one : '') + close);
  };
  if (o instanceof PyTuple && o.type.name === 'tuple') return seq(o.items, '(', ')', ',');
  if (o instanceof PyList && o.type.name === 'list') return seq(o.items, '[', ']');
  if (o instanceof PySet && (o.type.name === 'set' || o.type.name === 'frozenset')) {
    const it = setItems(o);
    if (!it.length) return `${o.type.name}()`;
    const body = seq(it, '{', '}');
    return o.type.name === 'set' ? body : `frozenset(${body})`;
  }
  if (o instanceof PyDict && o.type.name === 'dict') {
    let out = '{';
    let first = true;
    for (let i = 0; i < o.ks.length; i++) {
      const k = o.ks[i];
      if (k === null) continue;
      if (out.length > limit) { out += '…'; break; }
      out += (first ? '' : ', ') + safeRepr(k!, limit, depth + 1) + ': ' + safeRepr(o.vs[i]!, limit, depth + 1);
      first = false;
    }
    return cut(out + '}');
  }
  const addr = `0x${o.id.toString(16)}`;
  if (o instanceof PyType) {
    const m = o.isHeap() ? o.tdict.getStr('__module__') : null;
    const mod = m instanceof PyStr ? m.s : o.moduleName;
    return mod === 'builtins' ? `<class '${o.qualname}'>` : `<class '${mod}.${o.qualname}'>`;
  }
  if (o instanceof PyFunction) return `<function ${o.qualname.s} at ${addr}>`;
  if (o instanceof PyCode) return `<code object ${o.co.co_name} at ${addr}, file "${o.co.co_filename}", line ${o.co.co_firstlineno}>`;
  if (o instanceof PyModule) return `<module '${moduleName(o)}'>`;
  if (o instanceof PyCell) return o.ref ? `<cell at ${addr}: ${o.ref.type.name} object at 0x${o.ref.id.toString(16)}>` : `<cell at ${addr}: empty>`;
  if (o instanceof PyBaseException) {
    const a = o.args.items;
    return cut(`${o.type.name}(${a.map((x) => safeRepr(x, limit, depth + 1)).join(', ')})`);
  }
  const t = o.type;
  const m = t.isHeap() ? t.tdict.getStr('__module__') : null;
  const mod = m instanceof PyStr ? m.s : t.moduleName;
  return `<${mod !== 'builtins' ? mod + '.' : ''}${t.qualname} object at ${addr}>`;
}

export function chip(o: PyObject): ObjectChip {
  const immortal = (o.flags & F_IMMORTAL) !== 0;
  return {
    id: o.id,
    type: o.type.name,
    repr: safeRepr(o),
    refcount: immortal ? IMMORTAL_REPORTED : o.ob_refcnt,
    immortal,
  };
}

/** Frames, innermost first. */
export function frames(vm: VM): FrameView[] {
  const out: FrameView[] = [];
  let i = 0;
  for (let f = vm.top; f; f = f.back) out.push(frameView(f, i++));
  return out;
}

function frameView(f: Frame, index: number): FrameView {
  const line = f.code.lineAt(f.lasti >> 1);
  return {
    index,
    function: f.code.co.co_qualname,
    filename: f.code.co.co_filename,
    line: line >= 0 ? line : null,
    offset: f.lasti,
    codeId: f.code.id,
  };
}

function frameAt(vm: VM, index: number): Frame | null {
  let f = vm.top;
  for (let i = 0; f && i < index; i++) f = f.back;
  return f;
}

export function frameDetail(vm: VM, index: number): FrameDetail | null {
  const f = frameAt(vm, index);
  if (!f) return null;
  const co = f.code.co;
  const locals: VariableView[] = [];
  const cells: VariableView[] = [];
  for (let i = 0; i < co.co_localsplusnames.length; i++) {
    const k = co.co_localspluskinds[i]!;
    const v = f.lp[i] ?? null;
    const name = co.co_localsplusnames[i]!;
    if (k & 0xc0) {
      const inner = v instanceof PyCell ? v.ref : v;
      cells.push({ name, kind: k & 0x80 ? 'free' : 'cell', value: inner ? chip(inner) : null });
      if (k & 0x20 && !(v instanceof PyCell)) locals.push({ name, kind: 'local', value: v ? chip(v) : null });
    } else locals.push({ name, kind: 'local', value: v ? chip(v) : null });
  }
  const globals: VariableView[] = [];
  const ns = f.locals instanceof PyDict ? f.locals : f.globals;
  for (let i = 0; i < ns.ks.length; i++) {
    const k = ns.ks[i];
    if (!(k instanceof PyStr) || (k.s.startsWith('__') && k.s.endsWith('__'))) continue;
    globals.push({ name: k.s, kind: 'global', value: chip(ns.vs[i]!) });
  }
  const stack: ObjectChip[] = [];
  for (let i = co.co_localsplusnames.length; i < f.sp; i++) {
    const v = f.lp[i];
    stack.push(v ? chip(v) : { id: 0, type: 'NULL', repr: 'NULL', refcount: 0, immortal: false });
  }
  return { ...frameView(f, index), locals, cells, globals, stack };
}

export class Inspector {
  private index: Map<ObjectId, PyObject> | null = null;
  constructor(readonly vm: VM) {}

  /** Every live object reachable from the roots or on the GC lists, by id. */
  objects(): Map<ObjectId, PyObject> {
    if (this.index) return this.index;
    const idx = new Map<ObjectId, PyObject>();
    const stack: PyObject[] = [];
    const add = (o: PyObject) => { if (!idx.has(o.id)) { idx.set(o.id, o); stack.push(o); } };
    for (const [o] of runtimeRoots(this.vm)) add(o);
    for (const o of gcObjects()) add(o);
    while (stack.length) {
      const o = stack.pop()!;
      for (const r of referencesOf(o)) add(r.target);
    }
    this.index = idx;
    return idx;
  }

  get(id: ObjectId): PyObject | null {
    return this.objects().get(id) ?? null;
  }

  object(id: ObjectId): ObjectView | null {
    const o = this.get(id);
    if (!o) return null;
    let size = 0;
    try { size = sizeOf(o); } catch { size = o.type.basicsize; }
    return {
      ...chip(o),
      size,
      gcTracked: o.gcGen !== -1,
      gcGeneration: o.gcGen >= 0 && o.gcGen <= 2 ? o.gcGen : null,
      referentCount: referencesOf(o).length,
      allocation: null,
    };
  }

  references(id: ObjectId, offset = 0, limit = 100): Reference[] {
    const o = this.get(id);
    if (!o) return [];
    return referencesOf(o).slice(offset, offset + limit).map((r) => ({ kind: refKindName(r.kind), label: String(r.label), target: chip(r.target) }));
  }

  /** Objects holding a reference to `id` (gc.get_referrers, plus frames as pseudo-referrers). */
  referrers(id: ObjectId, limit = 100): Reference[] {
    const target = this.get(id);
    if (!target) return [];
    const out: Reference[] = [];
    for (const o of this.objects().values()) {
      for (const r of referencesOf(o)) {
        if (r.target === target) { out.push({ kind: refKindName(r.kind), label: String(r.label), target: chip(o) }); break; }
      }
      if (out.length >= limit) break;
    }
    return out;
  }

  /**
   * The object graph reachable from the user-visible roots (frame slots, value stacks, __main__
   * globals) plus garbage the collector would free; cycles are strongly connected components.
   */
  heapGraph(maxNodes = 500): HeapGraphView {
    const vm = this.vm;
    const roots: { id: ObjectId; label: string }[] = [];
    const nodes = new Map<PyObject, HeapNode>();
    const edges: HeapEdge[] = [];
    const order: PyObject[] = [];
    let truncated = false;
    const skip = (o: PyObject) => (o.flags & F_IMMORTAL) !== 0 || o instanceof PyModule || o === vm.builtinsDict || o instanceof PyCode;
    const addNode = (o: PyObject): boolean => {
      if (nodes.has(o)) return true;
      if (nodes.size >= maxNodes) { truncated = true; return false; }
      let size = 0;
      try { size = sizeOf(o); } catch { size = 0; }
      nodes.set(o, { id: o.id, type: o.type.name, label: safeRepr(o, 40), refcount: o.ob_refcnt, size, gcGeneration: o.gcGen >= 0 && o.gcGen <= 2 ? o.gcGen : null });
      order.push(o);
      return true;
    };
    const rootObjs: PyObject[] = [];
    for (let f = vm.top; f; f = f.back) {
      const names = f.code.co.co_localsplusnames;
      for (let i = 0; i < f.sp; i++) {
        const v = f.lp[i];
        if (!v || skip(v)) continue;
        const inner = v instanceof PyCell && v.ref ? v.ref : v;
        roots.push({ id: inner.id, label: `${f.code.co.co_name}:${names[i] ?? 'stack'}` });
        rootObjs.push(inner);
      }
    }
    const main = vm.mainModule?.dict as PyDict | undefined;
    if (main) {
      for (let i = 0; i < main.ks.length; i++) {
        const k = main.ks[i], v = main.vs[i];
        if (!(k instanceof PyStr) || !v || skip(v) || (k.s.startsWith('__') && k.s.endsWith('__'))) continue;
        roots.push({ id: v.id, label: k.s });
        rootObjs.push(v);
      }
    }
    const reachable = new Set<PyObject>();
    const queue = rootObjs.slice();
    for (const o of queue) reachable.add(o);
    while (queue.length) {
      const o = queue.shift()!;
      if (!addNode(o)) continue;
      for (const r of referencesOf(o)) {
        const t = r.target;
        if (skip(t)) continue;
        if (t instanceof PyType && !t.isHeap()) continue;
        edges.push({ from: o.id, to: t.id, kind: refKindName(r.kind), label: String(r.label) });
        if (!reachable.has(t)) { reachable.add(t); queue.push(t); }
      }
    }
    // Garbage: tracked objects not reachable from any runtime root (only cycles keep them).
    const live = new Set<PyObject>();
    const st: PyObject[] = [];
    for (const [o] of runtimeRoots(vm)) { if (!live.has(o)) { live.add(o); st.push(o); } }
    while (st.length) { const o = st.pop()!; for (const r of referencesOf(o)) if (!live.has(r.target)) { live.add(r.target); st.push(r.target); } }
    const garbage: ObjectId[] = [];
    for (const o of gcObjects()) {
      if (live.has(o) || o instanceof PyType && !o.isHeap()) continue;
      garbage.push(o.id);
      if (addNode(o)) for (const r of referencesOf(o)) if (!skip(r.target)) edges.push({ from: o.id, to: r.target.id, kind: refKindName(r.kind), label: String(r.label) });
    }
    const ids = new Set([...nodes.values()].map((n) => n.id));
    const keptEdges = edges.filter((e) => ids.has(e.from) && ids.has(e.to));
    return { nodes: [...nodes.values()], edges: keptEdges, roots, cycles: sccs([...ids], keptEdges), garbage, truncated };
  }

  gc(): GcView {
    const g = gcState;
    return {
      thresholds: [g.thresholds[0]!, g.thresholds[1]!, g.thresholds[2]!],
      counts: [g.counts[0]!, g.counts[1]!, g.counts[2]!],
      generations: [0, 1, 2].map((i) => ({ generation: i, objects: g.sizes[i]! })),
      collections: g.stats.map((s, i) => ({ generation: i, collected: s.collected, uncollectable: s.uncollectable })),
    };
  }

  /** Every live object with its references: a full heap snapshot (flat, JSON-friendly). */
  snapshot(): { objects: { id: ObjectId; type: string; size: number; refcount: number; generation: number | null; refs: { to: ObjectId; kind: RefKind; label: string }[] }[]; roots: { id: ObjectId; label: string }[] } {
    const objects = [];
    for (const o of this.objects().values()) {
      let size = 0;
      try { size = sizeOf(o); } catch { size = 0; }
      objects.push({
        id: o.id,
        type: o.type.name,
        size,
        refcount: (o.flags & F_IMMORTAL) ? IMMORTAL_REPORTED : o.ob_refcnt,
        generation: o.gcGen >= 0 && o.gcGen <= 2 ? o.gcGen : null,
        refs: referencesOf(o).map((r) => ({ to: r.target.id, kind: refKindName(r.kind), label: String(r.label) })),
      });
    }
    return { objects, roots: runtimeRoots(this.vm).map(([o, label]) => ({ id: o.id, label })) };
  }
}

/** Tarjan's strongly connected components, iterative; returns SCCs of size > 1 or self-loops. */
export function sccs(ids: ObjectId[], edges: HeapEdge[]): ObjectId[][] {
  const adj = new Map<ObjectId, ObjectId[]>();
  for (const id of ids) adj.set(id, []);
  const selfLoop = new Set<ObjectId>();
  for (const e of edges) { adj.get(e.from)?.push(e.to); if (e.from === e.to) selfLoop.add(e.from); }
  const index = new Map<ObjectId, number>();
  const low = new Map<ObjectId, number>();
  const onStack = new Set<ObjectId>();
  const stack: ObjectId[] = [];
  const out: ObjectId[][] = [];
  let counter = 0;
  for (const start of ids) {
    if (index.has(start)) continue;
    const work: [ObjectId, number][] = [[start, 0]];
    index.set(start, counter); low.set(start, counter); counter++;
    stack.push(start); onStack.add(start);
    while (work.length) {
      const top = work[work.length - 1]!;
      const [v, i] = top;
      const succ = adj.get(v) ?? [];
      if (i < succ.length) {
        top[1]++;
        const w = succ[i]!;
        if (!index.has(w)) {
          index.set(w, counter); low.set(w, counter); counter++;
          stack.push(w); onStack.add(w);
          work.push([w, 0]);
        } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
        continue;
      }
      work.pop();
      if (work.length) { const p = work[work.length - 1]![0]; low.set(p, Math.min(low.get(p)!, low.get(v)!)); }
      if (low.get(v) === index.get(v)) {
        const comp: ObjectId[] = [];
        let w: ObjectId;
        do { w = stack.pop()!; onStack.delete(w); comp.push(w); } while (w !== v);
        if (comp.length > 1 || selfLoop.has(v)) out.push(comp);
      }
    }
  }
  return out;
}
