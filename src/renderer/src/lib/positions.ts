/** Source ↔ instruction mapping from co_positions (as carried in DisInstructionView.positions). */
import type { CodeView, DisInstructionView } from '../../../shared/views';

export function instructionAt(code: CodeView | null, offset: number | undefined): DisInstructionView | null {
  if (!code || offset === undefined) return null;
  return code.instructions.find((i) => i.offset === offset) ?? null;
}

/** Instructions whose source range contains (line, byteCol); columns are UTF-8 byte offsets. */
export function instructionsCovering(code: CodeView | null, line: number, byteCol: number): Set<number> {
  const out = new Set<number>();
  if (!code) return out;
  for (const ins of code.instructions) {
    const p = ins.positions;
    if (p.lineno === null || p.end_lineno === null) continue;
    if (line < p.lineno || line > p.end_lineno) continue;
    if (p.col_offset === null || p.end_col_offset === null) {
      out.add(ins.offset);
      continue;
    }
    const afterStart = line > p.lineno || byteCol >= p.col_offset;
    const beforeEnd = line < p.end_lineno || byteCol < p.end_col_offset;
    if (afterStart && beforeEnd) out.add(ins.offset);
  }
  return out;
}

export function codeKeyOf(code: CodeView): string {
  return `${code.qualname}@${code.firstlineno}`;
}
