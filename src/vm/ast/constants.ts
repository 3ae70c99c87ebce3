/**
 * Compile-time constant values: what `ast.Constant.value` holds and what a code object's
 * `co_consts` holds. Pure data, independent of the runtime object model; the interpreter turns
 * each code object's constants into runtime objects once, when the code object is first loaded.
 *
 * Invariants: ints are bigints (arbitrary precision); `str` is a JS string of Python code points
 * (astral characters stay as surrogate pairs in JS and count as one code point in Python);
 * tuples/frozensets hold constants recursively; `code` appears only in co_consts.
 * frozenset items are in the order the compiler built the set (source order); CPython's
 * iteration order is derived from it (frozensetOrder in src/vm/bytecode/constrepr.ts).
 */
import type { CodeObject } from '../bytecode/code';

export type ConstValue =
  | { readonly k: 'none' }
  | { readonly k: 'ellipsis' }
  | { readonly k: 'bool'; readonly v: boolean }
  | { readonly k: 'int'; readonly v: bigint }
  | { readonly k: 'float'; readonly v: number }
  | { readonly k: 'complex'; readonly re: number; readonly im: number }
  | { readonly k: 'str'; readonly v: string }
  | { readonly k: 'bytes'; readonly v: Uint8Array }
  | { readonly k: 'tuple'; readonly v: readonly ConstValue[] }
  | { readonly k: 'frozenset'; readonly v: readonly ConstValue[] }
  | { readonly k: 'code'; readonly v: CodeObject };

export const NONE: ConstValue = Object.freeze({ k: 'none' });
export const ELLIPSIS: ConstValue = Object.freeze({ k: 'ellipsis' });
export const TRUE: ConstValue = Object.freeze({ k: 'bool', v: true });
export const FALSE: ConstValue = Object.freeze({ k: 'bool', v: false });
