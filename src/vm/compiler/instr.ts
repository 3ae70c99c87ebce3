/**
 * The instruction sequence that codegen (codegen.ts) hands to the CFG optimizer (flowgraph.ts):
 * CPython 3.12's `instr_sequence` with symbolic labels. Opcodes may be pseudo-ops (>= 256).
 *
 * Contract:
 * - jump instructions (HAS_JUMP in opcodes.ts, including SETUP_* pseudo-ops) carry `target`, a
 *   label; their `oparg` is ignored until the assembler resolves offsets;
 * - a label is placed with `useLabel`, before the instruction it names; several labels may name
 *   the same position;
 * - `loc` is the source range of the AST node that produced the instruction; NO_LOCATION
 *   (all -1) for artificial instructions, exactly where CPython emits NO_LOCATION;
 * - the sequence handed to the back end is complete: it already ends with what CPython's
 *   add_return_at_end appends (`LOAD_CONST None; RETURN_VALUE` with NO_LOCATION, or only
 *   `RETURN_VALUE` for 'eval' units), as `_testinternalcapi.compiler_codegen` shows it;
 * - `oparg` of a non-jump instruction is its final argument except for cell/free variable ops,
 *   whose oparg is the cell/free index (see unit.ts) that the back end rewrites.
 */
export interface Location {
  readonly lineno: number;
  readonly end_lineno: number;
  readonly col_offset: number;
  readonly end_col_offset: number;
}

export const NO_LOCATION: Location = Object.freeze({ lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1 });

export interface Label {
  readonly id: number;
}

export interface Instr {
  opcode: number;
  oparg: number;
  target: Label | null;
  loc: Location;
}

export class InstrSequence {
  readonly instrs: Instr[] = [];
  /** labelPos[label.id] = index in `instrs` of the instruction the label names (-1 = unplaced). */
  readonly labelPos: number[] = [];

  newLabel(): Label {
    this.labelPos.push(-1);
    return { id: this.labelPos.length - 1 };
  }

  useLabel(l: Label): void {
    if (this.labelPos[l.id] !== -1) throw new Error(`label ${l.id} placed twice`);
    this.labelPos[l.id] = this.instrs.length;
  }

  emit(opcode: number, oparg: number, loc: Location, target: Label | null = null): void {
    this.instrs.push({ opcode, oparg, target, loc });
  }
}
