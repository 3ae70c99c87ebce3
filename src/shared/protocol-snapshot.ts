/**
 * Heap snapshot file format v1 (docs/snapshot-format.md): writer, validating loader and the
 * offline analyses the snapshot browser needs (type groups, strongly connected components,
 * reachability, neighbourhood graphs, referrers).
 *
 * Invariants of the loader — it is fed untrusted files:
 * - every count, length, index and string reference is checked before use; nothing is trusted
 *   from the header that the arrays do not confirm;
 * - work is linear in the file's size and capped (MAX_* below), so a hostile file cannot make
 *   it hang; all failures are SnapshotError with a one-line message for the user.
 */
import type { HeapGraphView, HeapNode, ObjectId, RefKind } from './views';

export const SNAPSHOT_FORMAT = 'bytescope-heap-snapshot';
export const SNAPSHOT_VERSION = 1;
export const NODE_FIELDS = ['type', 'id', 'size', 'refcount', 'flags', 'gc_generation', 'edge_count', 'repr', 'alloc_file', 'alloc_line'] as const;
export const EDGE_FIELDS = ['kind', 'label', 'to_node'] as const;
export const ROOT_FIELDS = ['node', 'label'] as const;
export const EDGE_KINDS: readonly RefKind[] = ['attribute', 'item', 'key', 'value', 'cell', 'frame-slot', 'stack', 'type', 'closure', 'internal'];
export const FLAG_IMMORTAL = 1;
export const FLAG_GC_TRACKED = 2;
export const IMMORTAL_REFCOUNT = 4294967295;

export const MAX_TEXT = 512 * 1024 * 1024;
export const MAX_NODES = 4_000_000;
export const MAX_EDGES = 16_000_000;
export const MAX_ROOTS = 1_000_000;
export const MAX_STRINGS = 8_000_000;

const NF = NODE_FIELDS.length;
const EF = EDGE_FIELDS.length;
const RF = ROOT_FIELDS.length;

export class SnapshotError extends Error {}

export interface SnapshotMeta {
  program: string;
  created: string;
  python: string;
  generator: string;
}

/** A loaded snapshot: structure-of-arrays, node i's edges are edges[firstEdge[i] .. firstEdge[i+1]). */
export interface Snapshot {
  meta: SnapshotMeta;
  nodeCount: number;
  edgeCount: number;
  type: Int32Array; // string index
  id: Float64Array;
  size: Float64Array;
  refcount: Float64Array;
  flags: Int32Array;
  gen: Int32Array; // -1 untracked
  repr: Int32Array; // string index
  allocFile: Int32Array; // string index or -1
  allocLine: Int32Array;
  firstEdge: Int32Array; // length nodeCount + 1
  edgeKind: Int32Array;
  edgeLabel: Int32Array;
  edgeTo: Int32Array;
  roots: { node: number; label: number }[];
  strings: string[];
}

// ---------------------------------------------------------------- writer

export interface AllocationSite {
  filename: string;
  lineno: number;
}

/** Serializes a heap graph (every node the VM walked, with its edges and roots) as format v1. */
export function writeSnapshot(graph: HeapGraphView, meta: SnapshotMeta, allocations?: Map<ObjectId, AllocationSite>): string {
  const strings: string[] = [];
  const stringIdx = new Map<string, number>();
  const s = (v: string) => {
    let i = stringIdx.get(v);
    if (i === undefined) {
      i = strings.length;
      strings.push(v);
      stringIdx.set(v, i);
    }
    return i;
  };
  const nodeIndex = new Map<ObjectId, number>();
  graph.nodes.forEach((n, i) => nodeIndex.set(n.id, i));
  const outgoing: number[][] = graph.nodes.map(() => []);
  graph.edges.forEach((e, k) => {
    const a = nodeIndex.get(e.from);
    if (a !== undefined && nodeIndex.has(e.to)) outgoing[a]!.push(k);
  });
  const nodes: number[] = [];
  const edges: number[] = [];
  graph.nodes.forEach((n: HeapNode, i) => {
    const immortal = n.refcount >= IMMORTAL_REFCOUNT;
    const alloc = allocations?.get(n.id);
    nodes.push(
      s(n.type), n.id, n.size, n.refcount,
      (immortal ? FLAG_IMMORTAL : 0) | (n.gcGeneration !== null ? FLAG_GC_TRACKED : 0),
      n.gcGeneration ?? -1, outgoing[i]!.length, s(n.label),
      alloc ? s(alloc.filename) : -1, alloc ? alloc.lineno : 0,
    );
    for (const k of outgoing[i]!) {
      const e = graph.edges[k]!;
      edges.push(Math.max(0, EDGE_KINDS.indexOf(e.kind)), s(e.label), nodeIndex.get(e.to)!);
    }
  });
  const roots: number[] = [];
  for (const r of graph.roots) {
    const i = nodeIndex.get(r.id);
    if (i !== undefined) roots.push(i, s(r.label));
  }
  return JSON.stringify({
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    meta: { ...meta, node_fields: NODE_FIELDS, edge_fields: EDGE_FIELDS, root_fields: ROOT_FIELDS, edge_kinds: EDGE_KINDS },
    node_count: graph.nodes.length,
    edge_count: edges.length / EF,
    root_count: roots.length / RF,
    nodes,
    edges,
    roots,
    strings,
  });
}

// ---------------------------------------------------------------- loader

const fail = (msg: string): never => {
  throw new SnapshotError(msg);
};

function count(v: unknown, name: string, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) fail(`the header's ${name} is not a non-negative integer`);
  if ((v as number) > max) fail(`the header's ${name} (${v}) is over this viewer's limit of ${max}`);
  return v as number;
}

function sameList(v: unknown, expected: readonly string[]): boolean {
  return Array.isArray(v) && v.length === expected.length && v.every((x, i) => x === expected[i]);
}

/** Parses and validates a snapshot file's text; throws SnapshotError with a user-facing message. */
export function loadSnapshot(text: string): Snapshot {
  if (typeof text !== 'string') fail('the file is not text');
  if (text.length > MAX_TEXT) fail(`the file is larger than ${MAX_TEXT} bytes`);
  if (text.trim() === '') fail('the file is empty');
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    fail(`the file is not valid JSON — it may be truncated or corrupt (${e instanceof Error ? e.message.slice(0, 120) : 'parse error'})`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) fail('the file is not a Bytescope heap snapshot (no header object)');
  const d = doc as Record<string, unknown>;
  if (d.format !== SNAPSHOT_FORMAT) fail(`the file is not a Bytescope heap snapshot (format is ${JSON.stringify(String(d.format ?? 'missing')).slice(0, 60)})`);
  if (typeof d.version !== 'number' || !Number.isInteger(d.version)) fail('the snapshot has no valid version number');
  if (d.version !== SNAPSHOT_VERSION) {
    fail((d.version as number) > SNAPSHOT_VERSION
      ? `the snapshot is format version ${d.version}, made by a newer Bytescope; this one reads version ${SNAPSHOT_VERSION}`
      : `unsupported snapshot version ${d.version}`);
  }
  const m = d.meta as Record<string, unknown> | undefined;
  if (typeof m !== 'object' || m === null) fail('the snapshot has no meta section');
  if (!sameList(m!.node_fields, NODE_FIELDS) || !sameList(m!.edge_fields, EDGE_FIELDS) || !sameList(m!.root_fields, ROOT_FIELDS)) {
    fail('the snapshot\'s field lists do not match format version 1');
  }
  if (!sameList(m!.edge_kinds, EDGE_KINDS)) fail('the snapshot\'s edge kinds do not match format version 1');
  const metaStr = (k: string) => (typeof m![k] === 'string' ? (m![k] as string).slice(0, 1000) : '');
  const meta: SnapshotMeta = { program: metaStr('program'), created: metaStr('created'), python: metaStr('python'), generator: metaStr('generator') };

  const N = count(d.node_count, 'node_count', MAX_NODES);
  const M = count(d.edge_count, 'edge_count', MAX_EDGES);
  const R = count(d.root_count, 'root_count', MAX_ROOTS);
  const nodes = d.nodes, edges = d.edges, rootsArr = d.roots, strings = d.strings;
  if (!Array.isArray(nodes) || nodes.length !== N * NF) fail(`the nodes array should hold ${N} × ${NF} numbers`);
  if (!Array.isArray(edges) || edges.length !== M * EF) fail(`the edges array should hold ${M} × ${EF} numbers`);
  if (!Array.isArray(rootsArr) || rootsArr.length !== R * RF) fail(`the roots array should hold ${R} × ${RF} numbers`);
  if (!Array.isArray(strings) || strings.length > MAX_STRINGS) fail('the string table is missing or too large');
  const S = (strings as unknown[]).length;
  for (let i = 0; i < S; i++) if (typeof (strings as unknown[])[i] !== 'string') fail(`string ${i} is not a string`);

  const num = (arr: unknown[], i: number, what: string): number => {
    const v = arr[i];
    if (typeof v !== 'number' || !Number.isSafeInteger(v)) fail(`${what} is not an integer`);
    return v as number;
  };
  const strRef = (v: number, what: string, allowNone = false): number => {
    if (allowNone && v === -1) return -1;
    if (v < 0 || v >= S) fail(`${what} points outside the string table`);
    return v;
  };

  const snap: Snapshot = {
    meta, nodeCount: N, edgeCount: M,
    type: new Int32Array(N), id: new Float64Array(N), size: new Float64Array(N), refcount: new Float64Array(N),
    flags: new Int32Array(N), gen: new Int32Array(N), repr: new Int32Array(N), allocFile: new Int32Array(N), allocLine: new Int32Array(N),
    firstEdge: new Int32Array(N + 1), edgeKind: new Int32Array(M), edgeLabel: new Int32Array(M), edgeTo: new Int32Array(M),
    roots: [], strings: strings as string[],
  };
  const nodeArr = nodes as unknown[];
  let edgeSum = 0;
  for (let i = 0; i < N; i++) {
    const b = i * NF;
    const what = `node ${i}`;
    snap.type[i] = strRef(num(nodeArr, b, `${what} type`), `${what} type`);
    snap.id[i] = num(nodeArr, b + 1, `${what} id`);
    const size = num(nodeArr, b + 2, `${what} size`);
    const rc = num(nodeArr, b + 3, `${what} refcount`);
    if (size < 0 || rc < 0) fail(`${what} has a negative size or refcount`);
    snap.size[i] = size;
    snap.refcount[i] = rc;
    snap.flags[i] = num(nodeArr, b + 4, `${what} flags`) & 3;
    const gen = num(nodeArr, b + 5, `${what} gc_generation`);
    if (gen < -1 || gen > 2) fail(`${what} has GC generation ${gen}`);
    snap.gen[i] = gen;
    const ec = num(nodeArr, b + 6, `${what} edge_count`);
    if (ec < 0 || edgeSum + ec > M) fail(`${what} claims more edges than the file holds`);
    snap.firstEdge[i] = edgeSum;
    edgeSum += ec;
    snap.repr[i] = strRef(num(nodeArr, b + 7, `${what} repr`), `${what} repr`);
    snap.allocFile[i] = strRef(num(nodeArr, b + 8, `${what} alloc_file`), `${what} alloc_file`, true);
    const line = num(nodeArr, b + 9, `${what} alloc_line`);
    if (line < 0 || line > 0x7fffffff) fail(`${what} has an invalid allocation line`);
    snap.allocLine[i] = line;
  }
  if (edgeSum !== M) fail(`the nodes account for ${edgeSum} edges but the file holds ${M}`);
  snap.firstEdge[N] = M;
  const edgeArr = edges as unknown[];
  for (let k = 0; k < M; k++) {
    const b = k * EF;
    const kind = num(edgeArr, b, `edge ${k} kind`);
    if (kind < 0 || kind >= EDGE_KINDS.length) fail(`edge ${k} has an unknown kind`);
    snap.edgeKind[k] = kind;
    snap.edgeLabel[k] = strRef(num(edgeArr, b + 1, `edge ${k} label`), `edge ${k} label`);
    const to = num(edgeArr, b + 2, `edge ${k} target`);
    if (to < 0 || to >= N) fail(`edge ${k} points at node ${to}, which does not exist`);
    snap.edgeTo[k] = to;
  }
  const rootArr = rootsArr as unknown[];
  for (let r = 0; r < R; r++) {
    const node = num(rootArr, r * RF, `root ${r}`);
    if (node < 0 || node >= N) fail(`root ${r} points at node ${node}, which does not exist`);
    snap.roots.push({ node, label: strRef(num(rootArr, r * RF + 1, `root ${r} label`), `root ${r} label`) });
  }
  return snap;
}

// ---------------------------------------------------------------- analyses (all linear)

export interface TypeGroup {
  type: string;
  count: number;
  size: number;
}

export function typeGroups(s: Snapshot): TypeGroup[] {
  const by = new Map<number, TypeGroup>();
  for (let i = 0; i < s.nodeCount; i++) {
    let g = by.get(s.type[i]!);
    if (!g) by.set(s.type[i]!, (g = { type: s.strings[s.type[i]!]!, count: 0, size: 0 }));
    g.count++;
    g.size += s.size[i]!;
  }
  return [...by.values()].sort((a, b) => b.size - a.size || b.count - a.count);
}

/** Strongly connected components (iterative Tarjan); returns comp index per node, -1 when trivial. */
export function cycleComponents(s: Snapshot): { comp: Int32Array; components: number[][] } {
  const N = s.nodeCount;
  const index = new Int32Array(N).fill(-1);
  const low = new Int32Array(N);
  const onStack = new Uint8Array(N);
  const stack: number[] = [];
  const comp = new Int32Array(N).fill(-1);
  const components: number[][] = [];
  const callNode = new Int32Array(N);
  const callEdge = new Int32Array(N);
  let counter = 0;
  for (let start = 0; start < N; start++) {
    if (index[start] !== -1) continue;
    let sp = 0;
    callNode[0] = start;
    callEdge[0] = s.firstEdge[start]!;
    index[start] = low[start] = counter++;
    stack.push(start);
    onStack[start] = 1;
    while (sp >= 0) {
      const v = callNode[sp]!;
      const e = callEdge[sp]!;
      if (e < s.firstEdge[v + 1]!) {
        callEdge[sp] = e + 1;
        const w = s.edgeTo[e]!;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          sp++;
          callNode[sp] = w;
          callEdge[sp] = s.firstEdge[w]!;
        } else if (onStack[w]) {
          low[v] = Math.min(low[v]!, index[w]!);
        }
        continue;
      }
      if (low[v] === index[v]) {
        const members: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          members.push(w);
        } while (w !== v);
        let selfLoop = false;
        if (members.length === 1) for (let k = s.firstEdge[v]!; k < s.firstEdge[v + 1]!; k++) if (s.edgeTo[k] === v) selfLoop = true;
        if (members.length > 1 || selfLoop) {
          for (const x of members) comp[x] = components.length;
          components.push(members);
        }
      }
      sp--;
      if (sp >= 0) {
        const u = callNode[sp]!;
        low[u] = Math.min(low[u]!, low[v]!);
      }
    }
  }
  return { comp, components };
}

/** Nodes reachable from the roots. */
export function reachable(s: Snapshot): Uint8Array {
  const seen = new Uint8Array(s.nodeCount);
  const q: number[] = [];
  for (const r of s.roots) if (!seen[r.node]) { seen[r.node] = 1; q.push(r.node); }
  for (let h = 0; h < q.length; h++) {
    const v = q[h]!;
    for (let k = s.firstEdge[v]!; k < s.firstEdge[v + 1]!; k++) {
      const w = s.edgeTo[k]!;
      if (!seen[w]) { seen[w] = 1; q.push(w); }
    }
  }
  return seen;
}

/** Referrers index: for node v, incoming edge ids are inEdges[inFirst[v] .. inFirst[v+1]). */
export function referrersIndex(s: Snapshot): { inFirst: Int32Array; inEdges: Int32Array; edgeFrom: Int32Array } {
  const N = s.nodeCount, M = s.edgeCount;
  const edgeFrom = new Int32Array(M);
  for (let v = 0; v < N; v++) for (let k = s.firstEdge[v]!; k < s.firstEdge[v + 1]!; k++) edgeFrom[k] = v;
  const inFirst = new Int32Array(N + 1);
  for (let k = 0; k < M; k++) inFirst[s.edgeTo[k]! + 1]!++;
  for (let v = 0; v < N; v++) inFirst[v + 1]! += inFirst[v]!;
  const fillPos = inFirst.slice(0, N);
  const inEdges = new Int32Array(M);
  for (let k = 0; k < M; k++) inEdges[fillPos[s.edgeTo[k]!]!++] = k;
  return { inFirst, inEdges, edgeFrom };
}

export function nodeToHeapNode(s: Snapshot, i: number): HeapNode {
  return {
    id: s.id[i]!, type: s.strings[s.type[i]!]!, label: s.strings[s.repr[i]!]!, refcount: s.refcount[i]!, size: s.size[i]!,
    gcGeneration: s.gen[i]! < 0 ? null : s.gen[i]!,
  };
}
