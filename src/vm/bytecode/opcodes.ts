/**
 * The one opcode table of CPython 3.12 (Lib/opcode.py + Python/bytecodes.c facts). Codegen,
 * the CFG optimizer's stack-depth pass, the assembler, the interpreter and the disassembler all
 * read this file; nothing else may hard-code an opcode number.
 *
 * Each row: name, number, inline CACHE entries, flags, and the stack effect as (popped, pushed)
 * functions of oparg. For pseudo-ops (number >= 256) `jumpEffect` gives the effect along the
 * jump edge where it differs from the fall-through edge.
 */

export const HAS_ARG = 1;
export const HAS_CONST = 2;
export const HAS_NAME = 4;
export const HAS_LOCAL = 8;
export const HAS_FREE = 16;
export const HAS_JUMP = 32; // argument is a relative jump (forward unless JUMP_BACK)
export const JUMP_BACK = 64;
export const HAS_EXC = 128; // pseudo-op that sets up an exception handler
export const IS_PSEUDO = 256;
export const HAS_COMPARE = 512;

type Eff = (oparg: number) => number;
const k = (n: number): Eff => () => n;

export interface OpInfo {
  readonly name: string;
  readonly code: number;
  readonly caches: number;
  readonly flags: number;
  readonly popped: Eff;
  readonly pushed: Eff;
  /** Net effect along the jump edge, if it differs from pushed - popped. */
  readonly jumpEffect?: Eff;
}

const rows: OpInfo[] = [];
function op(name: string, code: number, popped: Eff | number, pushed: Eff | number, flags = 0, caches = 0, jumpEffect?: Eff): void {
  const p = typeof popped === 'number' ? k(popped) : popped;
  const q = typeof pushed === 'number' ? k(pushed) : pushed;
  rows.push({ name, code, caches, flags: code >= 90 && code < 256 ? flags | HAS_ARG : flags, popped: p, pushed: q, jumpEffect });
}
const popcount = (n: number): number => { let c = 0; while (n) { c += n & 1; n >>= 1; } return c; };

op('CACHE', 0, 0, 0);
op('POP_TOP', 1, 1, 0);
op('PUSH_NULL', 2, 0, 1);
op('INTERPRETER_EXIT', 3, 1, 0);
op('END_FOR', 4, 2, 0);
op('END_SEND', 5, 2, 1);
op('NOP', 9, 0, 0);
op('UNARY_NEGATIVE', 11, 1, 1);
op('UNARY_NOT', 12, 1, 1);
op('UNARY_INVERT', 15, 1, 1);
op('RESERVED', 17, 0, 0);
op('BINARY_SUBSCR', 25, 2, 1, 0, 1);
op('BINARY_SLICE', 26, 3, 1);
op('STORE_SLICE', 27, 4, 0);
op('GET_LEN', 30, 1, 2);
op('MATCH_MAPPING', 31, 1, 2);
op('MATCH_SEQUENCE', 32, 1, 2);
op('MATCH_KEYS', 33, 2, 3);
op('PUSH_EXC_INFO', 35, 1, 2);
op('CHECK_EXC_MATCH', 36, 2, 2);
op('CHECK_EG_MATCH', 37, 2, 2);
op('WITH_EXCEPT_START', 49, 4, 5);
op('GET_AITER', 50, 1, 1);
op('GET_ANEXT', 51, 1, 2);
op('BEFORE_ASYNC_WITH', 52, 1, 2);
op('BEFORE_WITH', 53, 1, 2);
op('END_ASYNC_FOR', 54, 2, 0);
op('CLEANUP_THROW', 55, 3, 2);
op('STORE_SUBSCR', 60, 3, 0, 0, 1);
op('DELETE_SUBSCR', 61, 2, 0);
op('GET_ITER', 68, 1, 1);
op('GET_YIELD_FROM_ITER', 69, 1, 1);
op('LOAD_BUILD_CLASS', 71, 0, 1);
op('LOAD_ASSERTION_ERROR', 74, 0, 1);
op('RETURN_GENERATOR', 75, 0, 0);
op('RETURN_VALUE', 83, 1, 0);
op('SETUP_ANNOTATIONS', 85, 0, 0);
op('LOAD_LOCALS', 87, 0, 1);
op('POP_EXCEPT', 89, 1, 0);
op('STORE_NAME', 90, 1, 0, HAS_NAME);
op('DELETE_NAME', 91, 0, 0, HAS_NAME);
op('UNPACK_SEQUENCE', 92, 1, (n) => n, 0, 1);
op('FOR_ITER', 93, 1, 2, HAS_JUMP, 1);
op('UNPACK_EX', 94, 1, (n) => (n & 0xff) + (n >> 8) + 1);
op('STORE_ATTR', 95, 2, 0, HAS_NAME, 4);
op('DELETE_ATTR', 96, 1, 0, HAS_NAME);
op('STORE_GLOBAL', 97, 1, 0, HAS_NAME);
op('DELETE_GLOBAL', 98, 0, 0, HAS_NAME);
op('SWAP', 99, (n) => n, (n) => n);
op('LOAD_CONST', 100, 0, 1, HAS_CONST);
op('LOAD_NAME', 101, 0, 1, HAS_NAME);
op('BUILD_TUPLE', 102, (n) => n, 1);
op('BUILD_LIST', 103, (n) => n, 1);
op('BUILD_SET', 104, (n) => n, 1);
op('BUILD_MAP', 105, (n) => 2 * n, 1);
op('LOAD_ATTR', 106, 1, (n) => 1 + (n & 1), HAS_NAME, 9);
op('COMPARE_OP', 107, 2, 1, HAS_COMPARE, 1);
op('IMPORT_NAME', 108, 2, 1, HAS_NAME);
op('IMPORT_FROM', 109, 1, 2, HAS_NAME);
op('JUMP_FORWARD', 110, 0, 0, HAS_JUMP);
op('POP_JUMP_IF_FALSE', 114, 1, 0, HAS_JUMP);
op('POP_JUMP_IF_TRUE', 115, 1, 0, HAS_JUMP);
op('LOAD_GLOBAL', 116, 0, (n) => 1 + (n & 1), HAS_NAME, 4);
op('IS_OP', 117, 2, 1);
op('CONTAINS_OP', 118, 2, 1);
op('RERAISE', 119, (n) => 1 + n, (n) => n);
op('COPY', 120, (n) => n, (n) => n + 1);
op('RETURN_CONST', 121, 0, 0, HAS_CONST);
op('BINARY_OP', 122, 2, 1, 0, 1);
op('SEND', 123, 2, 2, HAS_JUMP, 1);
op('LOAD_FAST', 124, 0, 1, HAS_LOCAL);
op('STORE_FAST', 125, 1, 0, HAS_LOCAL);
op('DELETE_FAST', 126, 0, 0, HAS_LOCAL);
op('LOAD_FAST_CHECK', 127, 0, 1, HAS_LOCAL);
op('POP_JUMP_IF_NOT_NONE', 128, 1, 0, HAS_JUMP);
op('POP_JUMP_IF_NONE', 129, 1, 0, HAS_JUMP);
op('RAISE_VARARGS', 130, (n) => n, 0);
op('GET_AWAITABLE', 131, 1, 1);
op('MAKE_FUNCTION', 132, (n) => 1 + popcount(n & 0xf), 1);
op('BUILD_SLICE', 133, (n) => (n === 3 ? 3 : 2), 1);
op('JUMP_BACKWARD_NO_INTERRUPT', 134, 0, 0, HAS_JUMP | JUMP_BACK);
op('MAKE_CELL', 135, 0, 0, HAS_FREE);
op('LOAD_CLOSURE', 136, 0, 1, HAS_FREE);
op('LOAD_DEREF', 137, 0, 1, HAS_FREE);
op('STORE_DEREF', 138, 1, 0, HAS_FREE);
op('DELETE_DEREF', 139, 0, 0, HAS_FREE);
op('JUMP_BACKWARD', 140, 0, 0, HAS_JUMP | JUMP_BACK);
op('LOAD_SUPER_ATTR', 141, 3, (n) => 1 + (n & 1), HAS_NAME, 1);
op('CALL_FUNCTION_EX', 142, (n) => 3 + (n & 1), 1);
op('LOAD_FAST_AND_CLEAR', 143, 0, 1, HAS_LOCAL);
op('EXTENDED_ARG', 144, 0, 0);
op('LIST_APPEND', 145, (n) => n + 1, (n) => n);
op('SET_ADD', 146, (n) => n + 1, (n) => n);
op('MAP_ADD', 147, (n) => n + 2, (n) => n);
op('COPY_FREE_VARS', 149, 0, 0);
op('YIELD_VALUE', 150, 1, 1);
op('RESUME', 151, 0, 0);
op('MATCH_CLASS', 152, 3, 1);
op('FORMAT_VALUE', 155, (n) => ((n & 4) ? 2 : 1), 1);
op('BUILD_CONST_KEY_MAP', 156, (n) => n + 1, 1);
op('BUILD_STRING', 157, (n) => n, 1);
op('LIST_EXTEND', 162, (n) => n + 1, (n) => n);
op('SET_UPDATE', 163, (n) => n + 1, (n) => n);
op('DICT_MERGE', 164, (n) => n + 4, (n) => n + 3);
op('DICT_UPDATE', 165, (n) => n + 1, (n) => n);
op('CALL', 171, (n) => n + 2, 1, 0, 3);
op('KW_NAMES', 172, 0, 0, HAS_CONST);
op('CALL_INTRINSIC_1', 173, 1, 1);
op('CALL_INTRINSIC_2', 174, 2, 1);
op('LOAD_FROM_DICT_OR_GLOBALS', 175, 1, 1, HAS_NAME);
op('LOAD_FROM_DICT_OR_DEREF', 176, 1, 1, HAS_FREE);

// Pseudo-ops: emitted by codegen, removed or rewritten before assembly.
const PSEUDO = IS_PSEUDO | HAS_ARG;
op('SETUP_FINALLY', 256, 0, 0, PSEUDO | HAS_JUMP | HAS_EXC, 0, k(1));
op('SETUP_CLEANUP', 257, 0, 0, PSEUDO | HAS_JUMP | HAS_EXC, 0, k(2));
op('SETUP_WITH', 258, 0, 0, PSEUDO | HAS_JUMP | HAS_EXC, 0, k(1));
op('POP_BLOCK', 259, 0, 0, IS_PSEUDO);
op('JUMP', 260, 0, 0, PSEUDO | HAS_JUMP);
op('JUMP_NO_INTERRUPT', 261, 0, 0, PSEUDO | HAS_JUMP);
op('LOAD_METHOD', 262, 1, 2, PSEUDO | HAS_NAME);
op('LOAD_SUPER_METHOD', 263, 3, 2, PSEUDO | HAS_NAME);
op('LOAD_ZERO_SUPER_METHOD', 264, 3, 2, PSEUDO | HAS_NAME);
op('LOAD_ZERO_SUPER_ATTR', 265, 3, 2, PSEUDO | HAS_NAME); // CPython's compile.c counts -1 here too
op('STORE_FAST_MAYBE_NULL', 266, 1, 0, PSEUDO | HAS_LOCAL);

/** Indexed by opcode number (0..266); undefined for unused numbers. */
export const OPS: readonly (OpInfo | undefined)[] = (() => {
  const t: (OpInfo | undefined)[] = new Array(267).fill(undefined);
  for (const r of rows) t[r.code] = r;
  return t;
})();

/** Opcode numbers by name, e.g. `Op.LOAD_FAST === 124`. */
export const Op = Object.freeze(Object.fromEntries(rows.map((r) => [r.name, r.code]))) as Readonly<Record<OpName, number>>;
export type OpName = typeof rows[number]['name'];

export const HAVE_ARGUMENT = 90;
export const MIN_PSEUDO_OPCODE = 256;

/** Numbers of the 3.12 opcodes as constants, for the interpreter's switch (keeps dispatch on literals). */
export const enum O {
  CACHE = 0, POP_TOP = 1, PUSH_NULL = 2, INTERPRETER_EXIT = 3, END_FOR = 4, END_SEND = 5, NOP = 9,
  UNARY_NEGATIVE = 11, UNARY_NOT = 12, UNARY_INVERT = 15, RESERVED = 17, BINARY_SUBSCR = 25,
  BINARY_SLICE = 26, STORE_SLICE = 27, GET_LEN = 30, MATCH_MAPPING = 31, MATCH_SEQUENCE = 32,
  MATCH_KEYS = 33, PUSH_EXC_INFO = 35, CHECK_EXC_MATCH = 36, CHECK_EG_MATCH = 37,
  WITH_EXCEPT_START = 49, GET_AITER = 50, GET_ANEXT = 51, BEFORE_ASYNC_WITH = 52, BEFORE_WITH = 53,
  END_ASYNC_FOR = 54, CLEANUP_THROW = 55, STORE_SUBSCR = 60, DELETE_SUBSCR = 61, GET_ITER = 68,
  GET_YIELD_FROM_ITER = 69, LOAD_BUILD_CLASS = 71, LOAD_ASSERTION_ERROR = 74, RETURN_GENERATOR = 75,
  RETURN_VALUE = 83, SETUP_ANNOTATIONS = 85, LOAD_LOCALS = 87, POP_EXCEPT = 89, STORE_NAME = 90,
  DELETE_NAME = 91, UNPACK_SEQUENCE = 92, FOR_ITER = 93, UNPACK_EX = 94, STORE_ATTR = 95,
  DELETE_ATTR = 96, STORE_GLOBAL = 97, DELETE_GLOBAL = 98, SWAP = 99, LOAD_CONST = 100,
  LOAD_NAME = 101, BUILD_TUPLE = 102, BUILD_LIST = 103, BUILD_SET = 104, BUILD_MAP = 105,
  LOAD_ATTR = 106, COMPARE_OP = 107, IMPORT_NAME = 108, IMPORT_FROM = 109, JUMP_FORWARD = 110,
  POP_JUMP_IF_FALSE = 114, POP_JUMP_IF_TRUE = 115, LOAD_GLOBAL = 116, IS_OP = 117, CONTAINS_OP = 118,
  RERAISE = 119, COPY = 120, RETURN_CONST = 121, BINARY_OP = 122, SEND = 123, LOAD_FAST = 124,
  STORE_FAST = 125, DELETE_FAST = 126, LOAD_FAST_CHECK = 127, POP_JUMP_IF_NOT_NONE = 128,
  POP_JUMP_IF_NONE = 129, RAISE_VARARGS = 130, GET_AWAITABLE = 131, MAKE_FUNCTION = 132,
  BUILD_SLICE = 133, JUMP_BACKWARD_NO_INTERRUPT = 134, MAKE_CELL = 135, LOAD_CLOSURE = 136,
  LOAD_DEREF = 137, STORE_DEREF = 138, DELETE_DEREF = 139, JUMP_BACKWARD = 140, LOAD_SUPER_ATTR = 141,
  CALL_FUNCTION_EX = 142, LOAD_FAST_AND_CLEAR = 143, EXTENDED_ARG = 144, LIST_APPEND = 145,
  SET_ADD = 146, MAP_ADD = 147, COPY_FREE_VARS = 149, YIELD_VALUE = 150, RESUME = 151,
  MATCH_CLASS = 152, FORMAT_VALUE = 155, BUILD_CONST_KEY_MAP = 156, BUILD_STRING = 157,
  LIST_EXTEND = 162, SET_UPDATE = 163, DICT_MERGE = 164, DICT_UPDATE = 165, CALL = 171,
  KW_NAMES = 172, CALL_INTRINSIC_1 = 173, CALL_INTRINSIC_2 = 174, LOAD_FROM_DICT_OR_GLOBALS = 175,
  LOAD_FROM_DICT_OR_DEREF = 176,
  SETUP_FINALLY = 256, SETUP_CLEANUP = 257, SETUP_WITH = 258, POP_BLOCK = 259, JUMP = 260,
  JUMP_NO_INTERRUPT = 261, LOAD_METHOD = 262, LOAD_SUPER_METHOD = 263, LOAD_ZERO_SUPER_METHOD = 264,
  LOAD_ZERO_SUPER_ATTR = 265, STORE_FAST_MAYBE_NULL = 266,
}

export function opInfo(code: number): OpInfo {
  const r = OPS[code];
  if (!r) throw new Error(`unknown opcode ${code}`);
  return r;
}

/** Net stack effect of one instruction; `jump` selects the jump edge of branching pseudo-ops. */
export function stackEffect(code: number, oparg: number, jump: boolean): number {
  const r = opInfo(code);
  if (jump && r.jumpEffect) return r.jumpEffect(oparg);
  return r.pushed(oparg) - r.popped(oparg);
}

/** BINARY_OP argument values (NB_* indices) and their operator text, as in dis. */
export const NB_OPS: readonly (readonly [string, string])[] = [
  ['NB_ADD', '+'], ['NB_AND', '&'], ['NB_FLOOR_DIVIDE', '//'], ['NB_LSHIFT', '<<'],
  ['NB_MATRIX_MULTIPLY', '@'], ['NB_MULTIPLY', '*'], ['NB_REMAINDER', '%'], ['NB_OR', '|'],
  ['NB_POWER', '**'], ['NB_RSHIFT', '>>'], ['NB_SUBTRACT', '-'], ['NB_TRUE_DIVIDE', '/'],
  ['NB_XOR', '^'], ['NB_INPLACE_ADD', '+='], ['NB_INPLACE_AND', '&='],
  ['NB_INPLACE_FLOOR_DIVIDE', '//='], ['NB_INPLACE_LSHIFT', '<<='], ['NB_INPLACE_MATRIX_MULTIPLY', '@='],
  ['NB_INPLACE_MULTIPLY', '*='], ['NB_INPLACE_REMAINDER', '%='], ['NB_INPLACE_OR', '|='],
  ['NB_INPLACE_POWER', '**='], ['NB_INPLACE_RSHIFT', '>>='], ['NB_INPLACE_SUBTRACT', '-='],
  ['NB_INPLACE_TRUE_DIVIDE', '/='], ['NB_INPLACE_XOR', '^='],
];

/** COMPARE_OP: oparg >> 4 indexes this list. */
export const CMP_OPS = ['<', '<=', '==', '!=', '>', '>='] as const;

export const INTRINSIC_1 = [
  'INTRINSIC_1_INVALID', 'INTRINSIC_PRINT', 'INTRINSIC_IMPORT_STAR', 'INTRINSIC_STOPITERATION_ERROR',
  'INTRINSIC_ASYNC_GEN_WRAP', 'INTRINSIC_UNARY_POSITIVE', 'INTRINSIC_LIST_TO_TUPLE', 'INTRINSIC_TYPEVAR',
  'INTRINSIC_PARAMSPEC', 'INTRINSIC_TYPEVARTUPLE', 'INTRINSIC_SUBSCRIPT_GENERIC', 'INTRINSIC_TYPEALIAS',
] as const;
export const INTRINSIC_2 = [
  'INTRINSIC_2_INVALID', 'INTRINSIC_PREP_RERAISE_STAR', 'INTRINSIC_TYPEVAR_WITH_BOUND',
  'INTRINSIC_TYPEVAR_WITH_CONSTRAINTS', 'INTRINSIC_SET_FUNCTION_TYPE_PARAMS',
] as const;
