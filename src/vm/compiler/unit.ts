/**
 * What codegen knows about one compilation unit (module, class body, function, lambda,
 * generator expression) when it hands the unit's instruction sequence to the back end
 * (flowgraph.ts → assemble.ts): CPython 3.12's `u_metadata`.
 *
 * Contract: `consts` holds the constants in first-use order, deduplicated by type and value
 * (1 and 1.0 and True are distinct); the back end may append folded constants and drops unused
 * ones (keeping index 0 when it is the docstring / None slot, as CPython does). `varnames`
 * begins with the parameters in order. `fasthidden` names locals hidden by inlined
 * comprehensions (PEP 709).
 *
 * Field meanings follow CPython's `_PyCompile_CodeUnitMetadata` (back end reads them so):
 * - `argcount` is u_argcount: positional-or-keyword parameters only, posonly NOT included
 *   (the back end writes co_argcount = posonlyargcount + argcount);
 * - `flags` are the final co_flags (compute_code_flags result, incl. future flags);
 * - `cellvars` / `freevars` are in cell/free index order (index = LOAD_DEREF oparg before the
 *   back end's cell-offset fix-up: cells first, then frees at ncellvars + j);
 * - `fasthidden` holds every name that was ever hidden by an inlined comprehension in this unit
 *   (CPython keys u_fasthidden whatever its True/False value).
 */
import type { ConstValue } from '../ast/constants';

export interface UnitMetadata {
  name: string;
  qualname: string;
  filename: string;
  firstlineno: number;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;
  consts: ConstValue[];
  names: string[];
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  fasthidden: Set<string>;
}
