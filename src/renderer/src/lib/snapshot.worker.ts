/**
 * Off-UI-thread snapshot loading and analysis (as DevTools does): parses and validates the file,
 * computes type groups, cycles and reachability once, then answers paged queries.
 */
import {
  cycleComponents, loadSnapshot, nodeToHeapNode, reachable, referrersIndex, SnapshotError, typeGroups, EDGE_KINDS,
} from '../../../shared/protocol-snapshot';
import type { Snapshot } from '../../../shared/protocol-snapshot';
import type { HeapEdge, HeapGraphView, HeapNode } from '../../../shared/views';
import type { SnapshotQuery, SnapshotReply, SnapshotObject, SnapshotRef } from './snapshot-types';

let snap: Snapshot | null = null;
let comp: Int32Array | null = null;
let components: number[][] = [];
let reach: Uint8Array | null = null;
let rev: ReturnType<typeof referrersIndex> | null = null;
let byType = new Map<string, number[]>();
let byId = new Map<number, number>();

const ctx = self as unknown as { postMessage(m: SnapshotReply): void; onmessage: ((e: MessageEvent<SnapshotQuery>) => void) | null };

ctx.onmessage = (e) => {
  const q = e.data;
  try {
    ctx.postMessage({ seq: q.seq, ok: true, result: answer(q) });
  } catch (err) {
    const msg = err instanceof SnapshotError ? err.message : `could not read the snapshot: ${err instanceof Error ? err.message : String(err)}`;
    ctx.postMessage({ seq: q.seq, ok: false, error: msg });
  }
};

function need(): Snapshot {
  if (!snap) throw new Error('no snapshot loaded');
  return snap;
}

function ref(s: Snapshot, k: number, node: number): SnapshotRef {
  return { kind: EDGE_KINDS[s.edgeKind[k]!]!, label: s.strings[s.edgeLabel[k]!]!, node, chip: nodeToHeapNode(s, node) };
}

function answer(q: SnapshotQuery): unknown {
  switch (q.type) {
    case 'load': {
      snap = null;
      const s = loadSnapshot(q.text);
      const c = cycleComponents(s);
      comp = c.comp;
      components = c.components;
      reach = reachable(s);
      rev = referrersIndex(s);
      byType = new Map();
      byId = new Map();
      for (let i = 0; i < s.nodeCount; i++) byId.set(s.id[i]!, i);
      for (let i = 0; i < s.nodeCount; i++) {
        const t = s.strings[s.type[i]!]!;
        let l = byType.get(t);
        if (!l) byType.set(t, (l = []));
        l.push(i);
      }
      snap = s;
      let unreachable = 0;
      for (let i = 0; i < s.nodeCount; i++) if (!reach[i]) unreachable++;
      return {
        meta: s.meta, nodeCount: s.nodeCount, edgeCount: s.edgeCount, rootCount: s.roots.length,
        types: typeGroups(s), cycles: components.length, unreachable,
        totalSize: s.size.reduce((a, b) => a + b, 0),
      };
    }
    case 'objectsOfType': {
      const s = need();
      const list = byType.get(q.typeName) ?? [];
      return { total: list.length, items: list.slice(q.start, q.start + Math.min(q.count, 1000)).map((i) => ({ node: i, chip: nodeToHeapNode(s, i) })) };
    }
    case 'cycles': {
      const s = need();
      return components.slice(q.start, q.start + Math.min(q.count, 500)).map((c) => ({ size: c.length, members: c.slice(0, 8).map((i) => ({ node: i, chip: nodeToHeapNode(s, i) })) }));
    }
    case 'objectById':
      return answer({ seq: q.seq, type: 'object', node: byId.get(q.id) ?? -1 });
    case 'object': {
      const s = need();
      const i = q.node;
      if (!Number.isInteger(i) || i < 0 || i >= s.nodeCount) throw new Error('no such object');
      const refs: SnapshotRef[] = [];
      for (let k = s.firstEdge[i]!; k < s.firstEdge[i + 1]! && refs.length < 500; k++) refs.push(ref(s, k, s.edgeTo[k]!));
      const back: SnapshotRef[] = [];
      for (let j = rev!.inFirst[i]!; j < rev!.inFirst[i + 1]! && back.length < 500; j++) {
        const k = rev!.inEdges[j]!;
        back.push(ref(s, k, rev!.edgeFrom[k]!));
      }
      const rootLabels = s.roots.filter((r) => r.node === i).map((r) => s.strings[r.label]!);
      const c = comp![i]!;
      const obj: SnapshotObject = {
        node: i, chip: nodeToHeapNode(s, i),
        immortal: (s.flags[i]! & 1) !== 0, gcTracked: (s.flags[i]! & 2) !== 0,
        allocation: s.allocFile[i]! >= 0 ? { filename: s.strings[s.allocFile[i]!]!, lineno: s.allocLine[i]! } : null,
        references: refs, referenceTotal: s.firstEdge[i + 1]! - s.firstEdge[i]!,
        referrers: back, referrerTotal: rev!.inFirst[i + 1]! - rev!.inFirst[i]!,
        rootLabels, reachable: reach![i] === 1,
        cycle: c >= 0 ? components[c]!.slice(0, 200).map((n) => ({ node: n, chip: nodeToHeapNode(s, n) })) : [],
        cycleSize: c >= 0 ? components[c]!.length : 0,
        graph: neighbourhood(s, i),
      };
      return obj;
    }
  }
}

/** The graph around node `center`: its cycle, 2 hops out and 1 hop in, capped at 300 nodes. */
function neighbourhood(s: Snapshot, center: number): HeapGraphView {
  const CAP = 300;
  const keep = new Map<number, number>(); // node → order
  const add = (v: number) => { if (!keep.has(v) && keep.size < CAP) keep.set(v, keep.size); };
  add(center);
  const c = comp![center]!;
  if (c >= 0) for (const v of components[c]!) add(v);
  let frontier = [...keep.keys()];
  for (let hop = 0; hop < 2; hop++) {
    const next: number[] = [];
    for (const v of frontier) for (let k = s.firstEdge[v]!; k < s.firstEdge[v + 1]!; k++) {
      const w = s.edgeTo[k]!;
      if (!keep.has(w) && keep.size < CAP) { add(w); next.push(w); }
    }
    frontier = next;
  }
  for (let j = rev!.inFirst[center]!; j < rev!.inFirst[center + 1]!; j++) add(rev!.edgeFrom[rev!.inEdges[j]!]!);
  const nodes: HeapNode[] = [...keep.keys()].map((v) => nodeToHeapNode(s, v));
  const edges: HeapEdge[] = [];
  for (const v of keep.keys()) for (let k = s.firstEdge[v]!; k < s.firstEdge[v + 1]!; k++) {
    const w = s.edgeTo[k]!;
    if (keep.has(w)) edges.push({ from: s.id[v]!, to: s.id[w]!, kind: EDGE_KINDS[s.edgeKind[k]!]!, label: s.strings[s.edgeLabel[k]!]! });
  }
  const cyclesHere = new Map<number, number[]>();
  for (const v of keep.keys()) {
    const cv = comp![v]!;
    if (cv < 0) continue;
    let l = cyclesHere.get(cv);
    if (!l) cyclesHere.set(cv, (l = []));
    l.push(s.id[v]!);
  }
  const roots = [{ id: s.id[center]!, label: 'selected' }];
  for (const r of s.roots) if (keep.has(r.node) && r.node !== center) roots.push({ id: s.id[r.node]!, label: s.strings[r.label]! });
  return {
    nodes, edges, roots,
    cycles: [...cyclesHere.values()],
    garbage: [...keep.keys()].filter((v) => !reach![v]).map((v) => s.id[v]!),
    truncated: keep.size >= CAP,
  };
}
