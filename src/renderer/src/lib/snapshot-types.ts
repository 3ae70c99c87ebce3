/** Messages between the snapshot browser and its worker (lib/snapshot.worker.ts). */
import type { SnapshotMeta, TypeGroup } from '../../../shared/protocol-snapshot';
import type { HeapGraphView, HeapNode, RefKind } from '../../../shared/views';

export type SnapshotQuery =
  | { seq: number; type: 'load'; text: string }
  | { seq: number; type: 'objectsOfType'; typeName: string; start: number; count: number }
  | { seq: number; type: 'cycles'; start: number; count: number }
  | { seq: number; type: 'object'; node: number }
  | { seq: number; type: 'objectById'; id: number };

export type SnapshotReply = { seq: number; ok: true; result: unknown } | { seq: number; ok: false; error: string };

export interface SnapshotSummary {
  meta: SnapshotMeta;
  nodeCount: number;
  edgeCount: number;
  rootCount: number;
  types: TypeGroup[];
  cycles: number;
  unreachable: number;
  totalSize: number;
}

export interface SnapshotItem {
  node: number;
  chip: HeapNode;
}

export interface SnapshotRef extends SnapshotItem {
  kind: RefKind;
  label: string;
}

export interface SnapshotObject extends SnapshotItem {
  immortal: boolean;
  gcTracked: boolean;
  allocation: { filename: string; lineno: number } | null;
  references: SnapshotRef[];
  referenceTotal: number;
  referrers: SnapshotRef[];
  referrerTotal: number;
  rootLabels: string[];
  reachable: boolean;
  cycle: SnapshotItem[];
  cycleSize: number;
  graph: HeapGraphView;
}

type WithoutSeq<T> = T extends unknown ? Omit<T, 'seq'> : never;
export type SnapshotRequest = WithoutSeq<SnapshotQuery>;

/** Client side: one worker per opened snapshot; a hung or crashed worker is reported, not waited on forever. */
export class SnapshotClient {
  private worker: Worker;
  private seq = 1;
  private pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  constructor() {
    this.worker = new Worker(new URL('./snapshot.worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (e: MessageEvent<SnapshotReply>) => {
      const p = this.pending.get(e.data.seq);
      if (!p) return;
      this.pending.delete(e.data.seq);
      if (e.data.ok) p.resolve(e.data.result);
      else p.reject(new Error(e.data.error));
    };
    this.worker.onerror = (e) => {
      for (const p of this.pending.values()) p.reject(new Error(`the snapshot reader failed: ${e.message || 'out of memory?'}`));
      this.pending.clear();
    };
  }

  ask<T>(q: SnapshotRequest, timeoutMs = 120_000): Promise<T> {
    const seq = this.seq++;
    return new Promise<T>((resolve, reject) => {
      const t = setTimeout(() => {
        this.pending.delete(seq);
        reject(new Error('reading the snapshot took too long; the file may be too large'));
      }, timeoutMs);
      this.pending.set(seq, { resolve: (v) => { clearTimeout(t); resolve(v as T); }, reject: (e) => { clearTimeout(t); reject(e); } });
      this.worker.postMessage({ ...q, seq });
    });
  }

  dispose(): void {
    this.worker.terminate();
  }
}
