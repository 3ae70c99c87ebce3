/**
 * The whole compiler pipeline, as Python's built-in `compile(source, filename, mode)` with
 * `dont_inherit=True`: parse (src/vm/parser) → codegen (future, AST optimizer, symbol table,
 * units; src/vm/compiler/codegen.ts) → CFG optimizer + assembler per unit (assemble.ts).
 *
 * Throws PySyntaxError (src/vm/compiler/errors.ts) for syntax errors from any stage.
 */
import type { CodeObject } from '../bytecode/code';
import { parse } from '../parser/index';
import { codegenModule } from './codegen';

export type CompileMode = 'exec' | 'eval' | 'single';

export interface CompileOptions {
  /** -O level: 0 keeps asserts and __debug__ is True; 1 drops asserts; 2 also drops docstrings. */
  optimize?: number;
  /** Compiler flags (CO_FUTURE_* / PyCF_*) as compile()'s `flags` argument. */
  flags?: number;
}

export function compile(source: string, filename: string, mode: CompileMode, opts: CompileOptions = {}): CodeObject {
  const mod = parse(source, filename, mode);
  return codegenModule(mod, filename, { optimize: opts.optimize ?? 0, flags: opts.flags ?? 0, source });
}
