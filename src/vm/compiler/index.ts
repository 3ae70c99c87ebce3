/**
 * The whole compiler pipeline, as Python's built-in `compile(source, filename, mode)` with
 * `dont_inherit=True`: parse (src/vm/parser) → codegen (future, AST optimizer, symbol table,
 * units; src/vm/compiler/codegen.ts) → CFG optimizer + assembler per unit (assemble.ts).
 *
 * Throws PySyntaxError (src/vm/compiler/errors.ts) for syntax errors from any stage.
 */
import type { CodeObject } from '../bytecode/code';
import { parse } from '../parser/index';
import type { TokenizerWarning } from '../tokenizer/index';
import { codegenModule } from './codegen';
import { PySyntaxError, withByteColumns } from './errors';

export { withByteColumns } from './errors';

export type CompileMode = 'exec' | 'eval' | 'single';

/**
 * Receives every compile-time warning in CPython's order (tokenizer and parser warnings first,
 * then the code generator's). Returning true means the warning filters turned it into an
 * exception: the compiler then fails with a SyntaxError carrying the same message.
 */
export type CompileWarningSink = (category: 'SyntaxWarning' | 'DeprecationWarning', msg: string, filename: string, lineno: number) => boolean | void;

export interface CompileOptions {
  /** -O level: 0 keeps asserts and __debug__ is True; 1 drops asserts; 2 also drops docstrings. */
  optimize?: number;
  /** Compiler flags (CO_FUTURE_* / PyCF_*) as compile()'s `flags` argument. */
  flags?: number;
  /** Compile-time warnings go here; without a sink none are reported. */
  onWarning?: CompileWarningSink;
  /**
   * The source was decoded from bytes (a file, an import, compile(b"...")): tokenizer and
   * parser errors then report byte columns, as CPython's do.
   */
  fromBytes?: boolean;
}

export function compile(source: string, filename: string, mode: CompileMode, opts: CompileOptions = {}): CodeObject {
  const sink = opts.onWarning;
  let mod;
  try {
    mod = parseWarning(source, filename, mode, sink);
  } catch (e) {
    throw opts.fromBytes && e instanceof PySyntaxError ? withByteColumns(e, source) : e;
  }
  const onWarning = sink ? (msg: string, file: string, lineno: number) => sink('SyntaxWarning', msg, file, lineno) : undefined;
  return codegenModule(mod, filename, { optimize: opts.optimize ?? 0, flags: opts.flags ?? 0, source, onWarning });
}

/**
 * Parses with the tokenizer's and parser's warnings delivered to `sink` (in line order, as
 * CPython's on-demand tokenizer interleaves them), before a syntax error is reported. `mode`
 * 'func_type' and AST-only compiles (`ast.parse`) use it too.
 */
export function parseWarning(source: string, filename: string, mode: CompileMode | 'func_type', sink: CompileWarningSink | undefined, typeComments = false) {
  if (!sink) return parse(source, filename, mode, { typeComments });
  const warnings: TokenizerWarning[] = [];
  let mod;
  let err: unknown = null;
  try {
    mod = parse(source, filename, mode, { warnings, typeComments });
  } catch (e) {
    err = e;
  }
  const ordered = warnings.map((w, i) => [w, i] as const).sort((a, b) => a[0].lineno - b[0].lineno || a[1] - b[1]);
  for (const [w] of ordered) {
    if (sink(w.category, w.msg, filename, w.lineno) === true) {
      const lines = source.split('\n');
      const text = lines[w.lineno - 1];
      throw new PySyntaxError('SyntaxError', w.msg, filename, w.lineno, 1, text === undefined ? null : text + '\n', w.lineno, 1);
    }
  }
  if (err !== null) throw err;
  return mod!;
}
