/**
 * Heap snapshot format v1: round trip through the writer, the analyses, and — above all — the
 * loader's refusal of corrupt, truncated and hostile files with a clear SnapshotError (never a
 * crash, never a hang).
 */
import { describe, expect, it } from 'vitest';
import {
  cycleComponents, loadSnapshot, reachable, referrersIndex, SnapshotError, typeGroups, writeSnapshot, MAX_NODES,
} from '../../src/shared/protocol-snapshot';
import type { HeapGraphView } from '../../src/shared/views';

// a frame slot -> list -> [a <-> b] cycle, plus an unreachable self-referencing dict
const graph: HeapGraphView = {
  nodes: [
    { id: 100, type: 'list', label: '[<Node>, <Node>]', refcount: 1, size: 72, gcGeneration: 0 },
    { id: 200, type: 'Node', label: '<Node a>', refcount: 2, size: 48, gcGeneration: 0 },
    { id: 300, type: 'Node', label: '<Node b>', refcount: 2, size: 48, gcGeneration: 0 },
    { id: 400, type: 'dict', label: "{'self': {...}}", refcount: 1, size: 184, gcGeneration: 1 },
    { id: 500, type: 'NoneType', label: 'None', refcount: 4294967295, size: 16, gcGeneration: null },
  ],
  edges: [
    { from: 100, to: 200, kind: 'item', label: '0' },
    { from: 100, to: 300, kind: 'item', label: '1' },
    { from: 200, to: 300, kind: 'attribute', label: 'other' },
    { from: 300, to: 200, kind: 'attribute', label: 'other' },
    { from: 400, to: 400, kind: 'value', label: "'self'" },
    { from: 200, to: 500, kind: 'attribute', label: 'extra' },
  ],
  roots: [{ id: 100, label: 'global nodes' }],
  cycles: [[200, 300], [400]],
  garbage: [400],
  truncated: false,
};
const meta = { program: 'cycle.py', created: '2026-01-01T00:00:00Z', python: '3.12', generator: 'test' };
const good = () => JSON.parse(writeSnapshot(graph, meta)) as Record<string, unknown>;
const bad = (mutate: (d: Record<string, unknown>) => void) => {
  const d = good();
  mutate(d);
  return JSON.stringify(d);
};
const rejects = (text: string, message: RegExp) => {
  let err: unknown;
  try {
    loadSnapshot(text);
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(SnapshotError);
  expect((err as Error).message).toMatch(message);
};

describe('snapshot format v1', () => {
  it('round-trips a heap graph and analyses it', () => {
    const s = loadSnapshot(writeSnapshot(graph, meta));
    expect(s.nodeCount).toBe(5);
    expect(s.edgeCount).toBe(6);
    expect(s.meta.program).toBe('cycle.py');
    expect(Array.from(s.id)).toEqual([100, 200, 300, 400, 500]);
    expect(s.flags[4]! & 1).toBe(1); // immortal None
    expect(s.gen[4]).toBe(-1);
    const groups = typeGroups(s);
    expect(groups.find((g) => g.type === 'Node')).toEqual({ type: 'Node', count: 2, size: 96 });
    const { components } = cycleComponents(s);
    expect(components.map((c) => c.map((i) => s.id[i]).sort())).toEqual(expect.arrayContaining([[200, 300], [400]]));
    expect(components).toHaveLength(2);
    const r = reachable(s);
    expect(Array.from(r)).toEqual([1, 1, 1, 0, 1]);
    const rev = referrersIndex(s);
    const into200 = Array.from(rev.inEdges.slice(rev.inFirst[1], rev.inFirst[2])).map((k) => s.id[rev.edgeFrom[k]!]);
    expect(into200.sort()).toEqual([100, 300]);
  });

  it('rejects text that is not a snapshot', () => {
    rejects('', /empty/);
    rejects('not json at all', /not valid JSON/);
    rejects('[1,2,3]', /no header object/);
    rejects('{"format":"something-else","version":1}', /not a Bytescope heap snapshot/);
    rejects('null', /no header object/);
  });

  it('rejects truncated files', () => {
    const text = writeSnapshot(graph, meta);
    for (const cut of [1, 10, Math.floor(text.length / 2), text.length - 1]) rejects(text.slice(0, cut), /not valid JSON|truncated/);
  });

  it('rejects versions it does not read', () => {
    rejects(bad((d) => (d.version = 2)), /newer Bytescope/);
    rejects(bad((d) => (d.version = 0)), /unsupported snapshot version/);
    rejects(bad((d) => (d.version = '1')), /version/);
  });

  it('rejects inconsistent counts and lengths', () => {
    rejects(bad((d) => (d.node_count = 6)), /nodes array/);
    rejects(bad((d) => (d.edge_count = 5)), /edges array/);
    rejects(bad((d) => (d.node_count = -1)), /non-negative/);
    rejects(bad((d) => (d.node_count = 1.5)), /non-negative integer/);
    rejects(bad((d) => (d.node_count = MAX_NODES + 1)), /over this viewer's limit/);
    rejects(bad((d) => ((d.nodes as number[]).length -= 1)), /nodes array/);
    rejects(bad((d) => (d.strings = 'abc')), /string table/);
  });

  it('rejects out-of-range indices and bad values without reading past the arrays', () => {
    rejects(bad((d) => ((d.edges as number[])[2] = 99)), /does not exist/);
    rejects(bad((d) => ((d.edges as number[])[2] = -1)), /does not exist/);
    rejects(bad((d) => ((d.edges as number[])[0] = 42)), /unknown kind/);
    rejects(bad((d) => ((d.nodes as number[])[0] = 10_000)), /string table/);
    rejects(bad((d) => ((d.nodes as number[])[6] = 50)), /more edges than the file holds/);
    rejects(bad((d) => ((d.nodes as number[])[6] = 0)), /account for/);
    rejects(bad((d) => ((d.nodes as number[])[5] = 7)), /GC generation/);
    rejects(bad((d) => ((d.nodes as number[])[1] = 'x' as unknown as number)), /not an integer/);
    rejects(bad((d) => ((d.nodes as number[])[2] = -8)), /negative/);
    rejects(bad((d) => ((d.roots as number[])[0] = 77)), /root 0 points at node 77/);
    rejects(bad((d) => ((d.strings as unknown[])[0] = 5)), /string 0 is not a string/);
    rejects(bad((d) => ((d.meta as Record<string, unknown>).node_fields = ['type'])), /field lists/);
  });

  it('survives hostile JSON shapes quickly', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    const t0 = performance.now();
    expect(() => loadSnapshot(deep)).toThrow(SnapshotError);
    const polluted = '{"__proto__":{"polluted":true},' + writeSnapshot(graph, meta).slice(1);
    expect(loadSnapshot(polluted).nodeCount).toBe(5);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // a header claiming huge counts with tiny arrays is refused without allocating for the claim
    rejects(bad((d) => { d.node_count = 3_000_000; }), /nodes array/);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
