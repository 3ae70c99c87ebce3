/**
 * CodeView (src/shared/views.ts) of a code object, from the VM's own disassembler: the same
 * instructions, line starts, positions and exception table `dis` prints. Runs in the worker.
 */
import type { CodeObject } from '../../vm/bytecode/code';
import { disassembleOne, getInstructions } from '../../vm/bytecode/dis';
import { HAS_JUMP, OPS } from '../../vm/bytecode/opcodes';
import { parseExceptionTable } from '../../vm/bytecode/positions';
import type { CodeView, ObjectId } from '../../shared/views';

const cache = new WeakMap<CodeObject, Omit<CodeView, 'codeId'>>();

export function codeViewOf(co: CodeObject, codeId: ObjectId): CodeView {
  let v = cache.get(co);
  if (!v) {
    const none = (n: number) => (n < 0 ? null : n);
    v = {
      qualname: co.co_qualname,
      filename: co.co_filename,
      firstlineno: co.co_firstlineno,
      instructions: getInstructions(co).map((ins) => ({
        offset: ins.offset,
        opname: ins.opname,
        arg: ins.arg,
        argrepr: ins.argrepr,
        line: ins.startsLine,
        isJumpTarget: ins.isJumpTarget,
        jumpTarget: (OPS[ins.opcode]?.flags ?? 0) & HAS_JUMP && typeof ins.argval === 'number' ? ins.argval : null,
        positions: { lineno: none(ins.positions[0]), end_lineno: none(ins.positions[1]), col_offset: none(ins.positions[2]), end_col_offset: none(ins.positions[3]) },
        ...effect(ins.opcode, ins.arg ?? 0),
      })),
      exceptionTable: parseExceptionTable(co.co_exceptiontable).map((e) => ({ start: e.start * 2, end: e.end * 2 - 2, target: e.target * 2, depth: e.depth, lasti: e.lasti })),
      listing: disassembleOne(co),
    };
    cache.set(co, v);
  }
  return { codeId, ...v };
}

function effect(opcode: number, arg: number): { popped?: number; pushed?: number } {
  const info = OPS[opcode];
  if (!info) return {};
  return { popped: info.popped(arg), pushed: info.pushed(arg) };
}

export function codeKeyOf(co: CodeObject): string {
  return `${co.co_qualname}@${co.co_firstlineno}`;
}
