/**
 * Field-by-field comparison of two code-object trees in code_json form (ours vs CPython's),
 * shared by the parity harness (scripts/parity.mjs) and the ledger test (tests/parity/).
 *
 * Nested code objects are paired by position among the code constants of their parent and
 * compared on their own; in the parent's co_consts they compare equal as long as both sides
 * have a code object at that position. A code object's path is its parent's path + "/" +
 * `qualname@firstlineno` (CPython's values).
 */
import { OPS } from '../../src/vm/bytecode/opcodes';
import { decodeLinetable } from '../../src/vm/bytecode/positions';

export const FIELDS = [
  'co_code', 'co_consts', 'co_names', 'co_varnames', 'co_cellvars', 'co_freevars', 'co_flags',
  'co_stacksize', 'co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_firstlineno',
  'co_qualname', 'co_linetable', 'co_exceptiontable',
] as const;
export type Field = (typeof FIELDS)[number];

export interface CodeJ {
  [k: string]: unknown;
  co_code: string; co_consts: ConstJ[]; co_names: string[]; co_localsplusnames: string[]; co_localspluskinds: string;
  co_qualname: string; co_firstlineno: number;
}
export interface ConstJ { k: string; v?: unknown; re?: string; im?: string }

export interface CodeDiff { path: string; field: Field; detail: string }
export interface CompareResult { codes: number; identical: number; fieldSame: Record<Field, number>; diffs: CodeDiff[] }

export function newResult(): CompareResult {
  const fieldSame = {} as Record<Field, number>;
  for (const f of FIELDS) fieldSame[f] = 0;
  return { codes: 0, identical: 0, fieldSame, diffs: [] };
}

function kindsNames(co: CodeJ, mask: number): string[] {
  const out: string[] = [];
  co.co_localsplusnames.forEach((n, i) => {
    if (parseInt(co.co_localspluskinds.substr(2 * i, 2), 16) & mask) out.push(n);
  });
  return out;
}

function constShape(c: ConstJ): unknown {
  if (c.k === 'code') return { k: 'code' };
  if (c.k === 'tuple') return { k: c.k, v: (c.v as ConstJ[]).map(constShape) };
  // set iteration order follows hashes (randomized for str in CPython): compare as sets
  if (c.k === 'frozenset') return { k: c.k, v: (c.v as ConstJ[]).map((x) => JSON.stringify(constShape(x))).sort() };
  return c;
}

function fieldValue(co: CodeJ, f: Field): string {
  switch (f) {
    case 'co_varnames': return JSON.stringify(kindsNames(co, 0x20));
    case 'co_cellvars': return JSON.stringify(kindsNames(co, 0x40));
    case 'co_freevars': return JSON.stringify(kindsNames(co, 0x80));
    case 'co_consts': return JSON.stringify(co.co_consts.map(constShape));
    default: return JSON.stringify(co[f]);
  }
}

/** Instructions of co_code as [byteOffset, opname, arg] (caches skipped, EXTENDED_ARG folded). */
export function decodeInstrs(codeHex: string): [number, string, number][] {
  const out: [number, string, number][] = [];
  let ext = 0;
  for (let i = 0; i < codeHex.length / 2; i += 2) {
    const op = parseInt(codeHex.substr(2 * i, 2), 16);
    const arg = parseInt(codeHex.substr(2 * i + 2, 2), 16) | ext;
    const info = OPS[op];
    ext = info?.name === 'EXTENDED_ARG' ? arg << 8 : 0;
    if (!ext) out.push([i, info ? info.name : `<${op}>`, op >= 90 ? arg : 0]);
    i += 2 * (info?.caches ?? 0);
  }
  return out;
}

function firstCodeDiff(a: string, b: string): string {
  const x = decodeInstrs(a), y = decodeInstrs(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const p = x[i], q = y[i];
    if (!p || !q || p[1] !== q[1] || p[2] !== q[2]) {
      const fmt = (t?: [number, string, number]): string => (t ? `${t[0]} ${t[1]} ${t[2]}` : '<end>');
      return `instr #${i}: ours ${fmt(p)} | cpython ${fmt(q)}`;
    }
  }
  return 'same instructions, different bytes';
}

function unitPositions(co: CodeJ): string[] {
  const bytes = Uint8Array.from((co.co_linetable as string).match(/../g) ?? [], (h) => parseInt(h, 16));
  const out: string[] = [];
  for (const e of decodeLinetable(bytes, co.co_firstlineno)) {
    for (let u = e.start; u < e.end; u++) out.push(`${e.line},${e.endLine},${e.col},${e.endCol}`);
  }
  return out;
}

function firstLinetableDiff(ours: CodeJ, want: CodeJ): string {
  const a = unitPositions(ours), b = unitPositions(want);
  const ins = decodeInstrs(want.co_code);
  for (let u = 0; u < Math.max(a.length, b.length); u++) {
    if (a[u] !== b[u]) {
      const at = ins.filter((i) => i[0] <= 2 * u).pop();
      return `unit ${u} (${at ? at[1] : '?'} @${at ? at[0] : '?'}): ours (${a[u] ?? 'none'}) | cpython (${b[u] ?? 'none'})`;
    }
  }
  return 'same positions, different encoding';
}

function firstConstDiff(ours: CodeJ, want: CodeJ): string {
  const n = Math.max(ours.co_consts.length, want.co_consts.length);
  for (let i = 0; i < n; i++) {
    const a = ours.co_consts[i] ? JSON.stringify(constShape(ours.co_consts[i]!)) : '<none>';
    const b = want.co_consts[i] ? JSON.stringify(constShape(want.co_consts[i]!)) : '<none>';
    if (a !== b) return `const #${i}: ours ${short(a)} | cpython ${short(b)}`;
  }
  return 'same';
}

function short(s: string): string {
  return s.length > 160 ? s.slice(0, 157) + '...' : s;
}

export function compareCode(ours: CodeJ | null, want: CodeJ, path: string, res: CompareResult): void {
  const here = path ? `${path}/${want.co_qualname}@${want.co_firstlineno}` : `${want.co_qualname}@${want.co_firstlineno}`;
  res.codes++;
  let same = true;
  for (const f of FIELDS) {
    if (ours) {
      const a = fieldValue(ours, f), b = fieldValue(want, f);
      if (a === b) {
        res.fieldSame[f]++;
        continue;
      }
      res.diffs.push({ path: here, field: f, detail: f === 'co_code' ? firstCodeDiff(ours.co_code, want.co_code)
        : f === 'co_linetable' ? firstLinetableDiff(ours, want)
        : f === 'co_consts' ? firstConstDiff(ours, want) : `ours ${short(a)} | cpython ${short(b)}` });
    }
    same = false;
  }
  if (!ours) res.diffs.push({ path: here, field: 'co_code', detail: 'no matching code object in ours' });
  if (same) res.identical++;
  const nested = (co: CodeJ | null): CodeJ[] => (co ? co.co_consts.filter((c) => c.k === 'code').map((c) => c.v as CodeJ) : []);
  const a = nested(ours), b = nested(want);
  b.forEach((w, i) => compareCode(a[i] ?? null, w, here, res));
}

export function mergeResult(into: CompareResult, r: CompareResult): void {
  into.codes += r.codes;
  into.identical += r.identical;
  for (const f of FIELDS) into.fieldSame[f] += r.fieldSame[f];
  for (const d of r.diffs) into.diffs.push(d);
}
