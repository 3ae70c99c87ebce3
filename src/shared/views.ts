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
  /** The object's type: its MRO (attribute lookup order), metaclass, and whether instances have __dict__ / __slots__. */
  typeInfo?: { mro: string[]; metaclass: string; slots: string[] | null; instanceDict: boolean };
  /** Sharing facts: interned str, small-int cache, singletons (why two names may be the same object). */
  sharing?: string | null;
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
  history?: GcEventView[]; // gc.callbacks-style start/stop events seen while the debugger watched, oldest first
}

// ---- compile pipeline (src/vm/debug/views-compile.ts) --------------------------------------------

/** One token as `python -m tokenize` lists it; columns are character offsets (tokenize's). */
export interface TokenView {
  type: string; // token type name (NAME, OP, NEWLINE, ...)
  exact: string; // exact type name (LPAR, PLUS, ...; = type for non-operators)
  string: string;
  start: [number, number]; // (line, col)
  end: [number, number];
}

/** An AST node: scalar fields as Python reprs, node fields as children; columns are UTF-8 byte offsets. */
export interface AstNodeView {
  type: string;
  pos: [number, number, number | null, number | null] | null; // lineno, col_offset, end_lineno, end_col_offset
  scalars: [string, string][]; // field name, repr (operators and contexts appear here as 'Add()', 'Load()')
  children: { field: string; list: boolean; nodes: AstNodeView[] }[];
}

export interface PipelineView {
  filename: string;
  tokens: TokenView[];
  tokensTruncated: boolean;
  tokenError: string | null;
  ast: AstNodeView | null;
  astError: string | null;
}

/** A code object's co_* fields (the current frame's, or a nested one reached through co_consts). */
export interface CodeObjectView {
  path: number[]; // indices into co_consts from the frame's code to this one
  co_name: string;
  co_qualname: string;
  co_filename: string;
  co_firstlineno: number;
  co_argcount: number;
  co_posonlyargcount: number;
  co_kwonlyargcount: number;
  co_nlocals: number;
  co_stacksize: number;
  co_flags: number;
  flagNames: string[];
  co_consts: { index: number; repr: string; isCode: boolean }[];
  co_names: string[];
  co_varnames: string[];
  co_cellvars: string[];
  co_freevars: string[];
  localsplus: { name: string; kinds: string[] }[];
  codeBytes: number; // len(co_code)
  linetable: { start: number; end: number; line: number | null; endLine: number | null; col: number | null; endCol: number | null }[]; // byte offsets
  lines: [number, number, number | null][]; // co_lines()
  exceptionTable: { start: number; end: number; target: number; depth: number; lasti: boolean }[];
  linetableBytes: number;
  exceptiontableBytes: number;
}

/** The frame object's fields for one frame of the stack. */
export interface FrameObjectView {
  index: number;
  f_lasti: number;
  f_lineno: number | null;
  f_code: string; // co_qualname
  codeId: ObjectId;
  f_back: { index: number; function: string; line: number | null }[]; // the chain, from f_back outwards
  f_globals: string; // __name__ of the globals' module
  f_locals: 'fast locals (the frame has no locals dict)' | 'dict';
  slots: { index: number; name: string; kinds: string[]; bound: boolean }[]; // localsplus
  stackDepth: number; // entries on the value stack now
  stacksize: number; // co_stacksize
  owner: 'thread' | 'generator';
  entry: boolean; // started from native code (the top level, or a builtin calling back into Python)
}

// ---- memory (src/vm/debug/views-memory.ts) --------------------------------------------------------

export interface MemoryView {
  /**
   * Who started the pymalloc model: the program (tracemalloc, sys._debugmallocstats) or the
   * debugger (when this view was first asked for). Blocks of objects allocated before it started
   * are not in it — as in CPython, where tracemalloc only sees what was allocated after start().
   */
  modelSince: 'program' | 'debugger';
  classes: { cls: number; size: number; pools: number; blocks: number; avail: number }[];
  arenas: { allocatedTotal: number; current: number; highwater: number };
  freePools: number;
  allocatedBytes: number;
  availableBytes: number;
  rawBlocks: number;
  rawBytes: number;
  allocatedBlocks: number; // sys.getallocatedblocks()
  freelists: { name: string; count: number }[];
  debugmallocstats: string; // what sys._debugmallocstats() prints (pymalloc part)
  tracemalloc: TracemallocView;
}

export interface TracemallocView {
  tracing: boolean;
  startedBy: 'program' | 'debugger' | null;
  nframe: number;
  traced: number; // tracemalloc.get_traced_memory()[0]
  peak: number;
  traces: number;
  /** Snapshot.statistics('lineno'), biggest first (a page of them). */
  top: { filename: string; lineno: number; size: number; count: number; line: string }[];
  totalSites: number;
}

// ---- GC actions and threads ------------------------------------------------------------------------

export interface GcEventView {
  phase: 'start' | 'stop';
  generation: number;
  collected: number;
  uncollectable: number;
  trigger: 'program' | 'debugger';
}

export interface GcCollectResult {
  generation: number;
  collected: number;
  freed: { type: string; repr: string }[]; // what the collector found unreachable (captured before it ran)
  before: GcView;
  after: GcView;
}

export interface ThreadsView {
  threads: { ident: number; name: string; status: 'runnable' | 'blocked' | 'finished'; main: boolean; holdsGil: boolean; function: string | null; line: number | null; waitingOn: string | null; ranMs: number }[];
  switchInterval: number; // sys.getswitchinterval()
  switchCount: number;
  switches: { at: number; from: number; to: number; reason: string }[]; // oldest first
}
