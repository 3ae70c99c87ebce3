// co_lines()/co_positions() of every code object (depth first) as the JSON text that
// scripts/parity/cpython_dump.py hashes, so parity.mjs can compare our decoders' output.
import type { CodeObject } from '../../src/vm/bytecode/code';
import { coLines, coPositions } from '../../src/vm/bytecode/positions';

function* walk(co: CodeObject): Generator<CodeObject> {
  yield co;
  for (const c of co.co_consts) if (c.k === 'code') yield* walk(c.v);
}

export function positionsDigestInput(co: CodeObject): string {
  return JSON.stringify([...walk(co)].map((c) => [coLines(c), [...coPositions(c)]]));
}
