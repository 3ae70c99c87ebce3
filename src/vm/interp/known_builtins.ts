/**
 * Builtin objects the eval loop recognises by identity at CALL, to run them in the loop (as
 * CPython 3.12 specializes CALL_NO_KW_LEN and CALL_NO_KW_LIST_APPEND): `len` is filled by
 * modules/builtins.ts, `list.append`'s method descriptor by objects/list.ts. Null until then;
 * both are immortal static objects, so a stale entry cannot alias.
 */
import type { PyObject } from '../objects/object';

export const knownBuiltins: { len: PyObject | null; listAppend: PyObject | null } = { len: null, listAppend: null };
