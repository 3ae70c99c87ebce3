// The interpreter's three opcode switches (evalFrame, execMid, execRare) must stay dense enough for
// V8's bytecode generator to compile them to a jump table (SwitchOnSmiNoFeedback): it does so when
// every label is a Smi literal (const enum members are inlined as such) and the labels number at
// least a third of their range (--switch-table-spread-threshold=3). Below that, Ignition and
// Sparkplug test the cases one `===` at a time: ~50 builtin calls per dispatched instruction while
// the loop runs unoptimized (before TurboFan's compile and after every deoptimization), measured
// at ~7 % of oop_shapes' main-thread samples.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');

function opcodeValues(): Map<string, number> {
  const src = readFileSync(path.join(ROOT, 'src/vm/bytecode/opcodes.ts'), 'utf8');
  const body = /export const enum O \{([\s\S]*?)\}/.exec(src)![1]!;
  const out = new Map<string, number>();
  for (const m of body.matchAll(/([A-Z_0-9]+) = (\d+)/g)) out.set(m[1]!, Number(m[2]));
  return out;
}

/** Case labels of the first `switch (op)` in a file, nested switches excluded. */
function switchLabels(file: string): string[] {
  const src = readFileSync(path.join(ROOT, file), 'utf8');
  const start = src.indexOf('switch (op) {');
  expect(start, `${file} has a switch (op)`).toBeGreaterThan(0);
  let i = start + 'switch (op) {'.length;
  let depth = 1;
  let own = '';
  while (depth > 0) {
    if (src.startsWith('switch (', i)) {
      // skip a nested switch with its body
      let j = src.indexOf('{', i) + 1, d = 1;
      while (d > 0) { if (src[j] === '{') d++; else if (src[j] === '}') d--; j++; }
      i = j;
      continue;
    }
    const c = src[i++];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    own += c;
  }
  return [...own.matchAll(/case O\.([A-Z_0-9]+):/g)].map((m) => m[1]!);
}

describe('interpreter dispatch switches are jump-table dense', () => {
  const ops = opcodeValues();
  for (const file of ['src/vm/interp/eval.ts', 'src/vm/interp/eval_mid.ts', 'src/vm/interp/eval_rare.ts']) {
    it(file, () => {
      const labels = switchLabels(file);
      const values = new Set(labels.map((l) => {
        const v = ops.get(l);
        expect(v, `opcode ${l}`).toBeDefined();
        return v!;
      }));
      const lo = Math.min(...values), hi = Math.max(...values);
      expect(hi - lo + 1, `${values.size} labels over ${lo}..${hi}`).toBeLessThan(values.size * 3);
    });
  }
});
