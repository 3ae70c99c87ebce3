/**
 * The compiler's product: a code object as plain data, field for field CPython 3.12's
 * PyCodeObject as seen from Python. The runtime wraps it (src/vm/objects/code.ts) to give it an
 * identity, a refcount and runtime constants.
 *
 * Invariants:
 * - co_code is little-endian 16-bit code units (opcode byte, arg byte), inline CACHE units zeroed;
 * - locals are stored as CPython 3.12 does: co_localsplusnames with a kind byte each
 *   (CO_FAST_LOCAL / CO_FAST_CELL / CO_FAST_FREE, possibly combined); co_varnames, co_cellvars,
 *   co_freevars and co_nlocals are derived from them (see helpers below);
 * - co_linetable / co_exceptiontable are byte-exact with CPython's formats.
 */
import type { ConstValue } from '../ast/constants';

export const CO_FAST_LOCAL = 0x20;
export const CO_FAST_CELL = 0x40;
export const CO_FAST_FREE = 0x80;

export const CO_OPTIMIZED = 0x1;
export const CO_NEWLOCALS = 0x2;
export const CO_VARARGS = 0x4;
export const CO_VARKEYWORDS = 0x8;
export const CO_NESTED = 0x10;
export const CO_GENERATOR = 0x20;
export const CO_NOFREE = 0x40; // unused in 3.12 but reserved
export const CO_COROUTINE = 0x80;
export const CO_ITERABLE_COROUTINE = 0x100;
export const CO_ASYNC_GENERATOR = 0x200;
export const CO_FUTURE_ANNOTATIONS = 0x1000000;

export interface CodeObject {
  readonly co_argcount: number;
  readonly co_posonlyargcount: number;
  readonly co_kwonlyargcount: number;
  readonly co_stacksize: number;
  readonly co_flags: number;
  readonly co_firstlineno: number;
  readonly co_code: Uint8Array;
  readonly co_consts: readonly ConstValue[];
  readonly co_names: readonly string[];
  readonly co_localsplusnames: readonly string[];
  readonly co_localspluskinds: Uint8Array;
  readonly co_filename: string;
  readonly co_name: string;
  readonly co_qualname: string;
  readonly co_linetable: Uint8Array;
  readonly co_exceptiontable: Uint8Array;
}

export function coVarnames(co: CodeObject): string[] {
  return co.co_localsplusnames.filter((_, i) => (co.co_localspluskinds[i]! & CO_FAST_LOCAL) !== 0);
}
export function coCellvars(co: CodeObject): string[] {
  return co.co_localsplusnames.filter((_, i) => (co.co_localspluskinds[i]! & CO_FAST_CELL) !== 0);
}
export function coFreevars(co: CodeObject): string[] {
  return co.co_localsplusnames.filter((_, i) => (co.co_localspluskinds[i]! & CO_FAST_FREE) !== 0);
}
export function coNlocals(co: CodeObject): number {
  return coVarnames(co).length;
}
