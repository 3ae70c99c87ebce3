/**
 * Serializable views of the VM's state, as the debugger shows them. Produced inside the worker
 * by src/vm/debug (from the VM's real objects), carried by the session protocol, rendered by the
 * renderer. Plain JSON-compatible data only: no VM objects, no functions, no bigint.
 *
 * Objects are named by `ObjectId`, the VM's stable id of a live object (what `id()` returns);
 * views are fetched lazily by id, and lists of references in pages.
 */
export type ObjectId = number;

export interface ObjectChip {
  id: ObjectId;
  type: string; // type name, e.g. 'int', 'list', 'Node'
  repr: string; // repr(), cut to a length limit with '…'
  refcount: number; // ob_refcnt as sys.getrefcount would report minus its argument's reference
  immortal: boolean;
  size?: number; // sys.getsizeof, when the producer computed it (variables and stack entries do)
}

export interface ObjectView extends ObjectChip {
  size: number; // sys.getsizeof
  gcTracked: boolean;
  gcGeneration: number | null; // 0, 1, 2, or null when untracked
  referentCount: number; // number of outgoing references (page through `references`)
  allocation?: { filename: string; lineno: number } | null; // tracemalloc site, when tracked
}

export type RefKind = 'attribute' | 'item' | 'key' | 'value' | 'cell' | 'frame-slot' | 'stack' | 'type' | 'closure' | 'internal';

export interface Reference {
  kind: RefKind;
  label: string; // attribute name, index, repr of key, slot name, ...
  target: ObjectChip;
}

export interface VariableView {
  name: string;
  kind: 'local' | 'cell' | 'free' | 'global';
  value: ObjectChip | null; // null when unbound
}

export interface FrameView {
  index: number; // 0 = innermost
  function: string; // co_qualname
  filename: string;
  line: number | null;
  offset: number; // byte offset of the instruction about to execute (f_lasti semantics)
  codeId: ObjectId;
}

export interface FrameDetail extends FrameView {
  locals: VariableView[];
  cells: VariableView[];
  globals: VariableView[];
  stack: ObjectChip[]; // value stack, bottom first
}

export interface DisInstructionView {
  offset: number;
  opname: string;
  arg: number | null;
  argrepr: string;
  line: number | null; // starts_line in dis terms
  isJumpTarget: boolean;
  jumpTarget: number | null;
  positions: { lineno: number | null; end_lineno: number | null; col_offset: number | null; end_col_offset: number | null };
  popped?: number; // value-stack entries the instruction consumes (from the opcode table)
  pushed?: number; // and produces (on the fall-through edge)
}

export interface CodeView {
  codeId: ObjectId;
  qualname: string;
  filename: string;
  firstlineno: number;
  instructions: DisInstructionView[];
  exceptionTable: { start: number; end: number; target: number; depth: number; lasti: boolean }[];
  listing: string; // exactly what dis.dis(code) prints for this code object (without nested code)
}

export interface HeapNode {
  id: ObjectId;
  type: string;
  label: string;
  refcount: number;
  size: number;
  gcGeneration: number | null;
}

export interface HeapEdge {
  from: ObjectId;
  to: ObjectId;
  kind: RefKind;
  label: string;
}

export interface HeapGraphView {
  nodes: HeapNode[];
  edges: HeapEdge[];
  roots: { id: ObjectId; label: string }[]; // frame slots, globals, stack entries
  /** Strongly connected components with more than one node, or a self-loop. */
  cycles: ObjectId[][];
  /** Objects kept alive only by cycles: the GC would free them. */
  garbage: ObjectId[];
  truncated: boolean;
}

export interface GcView {
  thresholds: [number, number, number];
  counts: [number, number, number];
  generations: { generation: number; objects: number }[];
  collections: { generation: number; collected: number; uncollectable: number }[];
}
