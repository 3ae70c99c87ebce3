/**
 * Layered layout of a heap graph: objects are placed in columns by their distance from the roots
 * (breadth-first), ordered inside a column by the mean row of their referrers (one barycenter pass,
 * enough to untangle the usual frames → containers → items shape); tall columns wrap into several
 * sub-columns. Objects unreachable from the roots (cycle garbage) form their own band below.
 * Linear in nodes + edges, so 2,000 nodes lay out in a few milliseconds.
 */
import type { HeapGraphView, ObjectId } from '../../../shared/views';

export const NODE_W = 156;
export const NODE_H = 22;
export const COL_GAP = 50;
export const ROW_GAP = 8;
export const ROOT_W = 130;

export interface LaidNode {
  index: number;
  id: ObjectId;
  x: number;
  y: number;
  depth: number;
  cycle: number; // index into HeapGraphView.cycles, or -1
  garbage: boolean;
}

export interface RootTag {
  label: string;
  target: number; // node index
  x: number;
  y: number;
}

export interface Layout {
  nodes: LaidNode[];
  byId: Map<ObjectId, number>;
  roots: RootTag[];
  out: number[][]; // adjacency by node index (edge indices)
  inc: number[][];
  edgeFrom: Int32Array;
  edgeTo: Int32Array;
  width: number;
  height: number;
}

export function layoutHeap(g: HeapGraphView): Layout {
  const n = g.nodes.length;
  // tall columns wrap; bigger graphs get taller columns so the picture stays roughly 2:1
  const MAX_ROWS = Math.min(200, Math.max(40, Math.ceil(Math.sqrt(n) * 2)));
  const byId = new Map<ObjectId, number>();
  g.nodes.forEach((node, i) => byId.set(node.id, i));
  const out: number[][] = Array.from({ length: n }, () => []);
  const inc: number[][] = Array.from({ length: n }, () => []);
  const edgeFrom = new Int32Array(g.edges.length).fill(-1);
  const edgeTo = new Int32Array(g.edges.length).fill(-1);
  g.edges.forEach((e, k) => {
    const a = byId.get(e.from);
    const b = byId.get(e.to);
    if (a === undefined || b === undefined) return;
    edgeFrom[k] = a;
    edgeTo[k] = b;
    out[a]!.push(k);
    inc[b]!.push(k);
  });
  const cycleOf = new Int32Array(n).fill(-1);
  g.cycles.forEach((c, ci) => c.forEach((id) => {
    const i = byId.get(id);
    if (i !== undefined) cycleOf[i] = ci;
  }));
  const garbage = new Set(g.garbage);

  // breadth-first depth from the roots; then from every still-unplaced node (unreachable band)
  const depth = new Int32Array(n).fill(-1);
  const band = new Uint8Array(n);
  const order: number[] = [];
  const bfs = (starts: number[], b: number, base: number) => {
    const q: number[] = [];
    for (const s of starts) if (depth[s] === -1) { depth[s] = base; band[s] = b; q.push(s); }
    for (let h = 0; h < q.length; h++) {
      const v = q[h]!;
      order.push(v);
      for (const k of out[v]!) {
        const w = edgeTo[k]!;
        if (depth[w] === -1) { depth[w] = depth[v]! + 1; band[w] = b; q.push(w); }
      }
    }
  };
  const rootIdx = g.roots.map((r) => byId.get(r.id)).filter((i): i is number => i !== undefined);
  bfs(rootIdx, 0, 0);
  for (let i = 0; i < n; i++) if (depth[i] === -1) bfs([i], 1, 0);

  // group into columns per band, order by referrers' mean row
  const rowOf = new Float64Array(n);
  const columns = new Map<string, number[]>();
  for (const v of order) {
    const key = `${band[v]}:${depth[v]}`;
    let col = columns.get(key);
    if (!col) columns.set(key, (col = []));
    col.push(v);
  }
  rootIdx.forEach((r, i) => (rowOf[r] = i));
  const keys = [...columns.keys()].sort((a, b) => {
    const [ba, da] = a.split(':').map(Number);
    const [bb, db] = b.split(':').map(Number);
    return ba! - bb! || da! - db!;
  });
  const nodes: LaidNode[] = new Array(n);
  const bandTop = [0, 0];
  const bandHeight = [0, 0];
  // first pass: compute rows; second: coordinates (band 1 goes under band 0)
  const placed: { v: number; colX: number; row: number; b: number }[] = [];
  let xCursor = [0, 0];
  for (const key of keys) {
    const b = Number(key.split(':')[0]);
    const col = columns.get(key)!;
    const score = (v: number) => {
      let s = 0, c = 0;
      for (const k of inc[v]!) {
        const u = edgeFrom[k]!;
        if (depth[u]! < depth[v]! && band[u] === band[v]) { s += rowOf[u]!; c++; }
      }
      return c ? s / c : rowOf[v]!;
    };
    const scored = col.map((v) => [v, score(v)] as const).sort((p, q) => p[1] - q[1]);
    const subCols = Math.ceil(scored.length / MAX_ROWS);
    scored.forEach(([v], i) => {
      const sub = Math.floor(i / MAX_ROWS);
      const row = i % MAX_ROWS;
      rowOf[v] = row;
      placed.push({ v, colX: xCursor[b]! + sub * (NODE_W + 24), row, b });
    });
    bandHeight[b] = Math.max(bandHeight[b]!, Math.min(scored.length, MAX_ROWS));
    xCursor[b] = xCursor[b]! + subCols * (NODE_W + 24) - 24 + COL_GAP;
  }
  const rootColW = rootIdx.length ? ROOT_W : 0;
  bandTop[1] = bandHeight[0]! * (NODE_H + ROW_GAP) + (bandHeight[0] ? 60 : 0);
  for (const p of placed) {
    nodes[p.v] = {
      index: p.v,
      id: g.nodes[p.v]!.id,
      x: rootColW + p.colX,
      y: bandTop[p.b]! + p.row * (NODE_H + ROW_GAP),
      depth: depth[p.v]!,
      cycle: cycleOf[p.v]!,
      garbage: garbage.has(g.nodes[p.v]!.id),
    };
  }
  // several roots may name one object (`out` and `stack[1]`): one tag lists them all
  const byTarget = new Map<number, RootTag>();
  const roots: RootTag[] = [];
  g.roots.forEach((r) => {
    const t = byId.get(r.id);
    if (t === undefined) return;
    const have = byTarget.get(t);
    if (have) {
      have.label += `, ${r.label}`;
      return;
    }
    const tag = { label: r.label, target: t, x: 0, y: nodes[t]!.y };
    byTarget.set(t, tag);
    roots.push(tag);
  });
  const width = rootColW + Math.max(xCursor[0]!, xCursor[1]!);
  const height = bandTop[1]! + bandHeight[1]! * (NODE_H + ROW_GAP);
  return { nodes, byId, roots, out, inc, edgeFrom, edgeTo, width, height };
}

const palette = ['#264f78', '#3a5a40', '#5c3c6e', '#6b4b1f', '#1f5c5c', '#5a2e3a', '#3d4a6b', '#4b5a23'];
export function typeColor(type: string): string {
  let h = 0;
  for (let i = 0; i < type.length; i++) h = (h * 31 + type.charCodeAt(i)) | 0;
  return palette[Math.abs(h) % palette.length]!;
}
