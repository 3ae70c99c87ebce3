/**
 * Builtin objects the eval loop recognises by identity at CALL, to run them in the loop (as
 * CPython 3.12 specializes CALL_NO_KW_LEN): filled by modules/builtins.ts when the builtins
 * module is made. Null until then; those builtins are immortal, so a stale entry cannot alias.
 */
import type { PyObject } from '../objects/object';

export const knownBuiltins: { len: PyObject | null } = { len: null };
