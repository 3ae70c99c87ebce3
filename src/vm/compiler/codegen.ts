/**
 * Codegen entry points: runs future parsing, the AST optimizer and the symbol table over a
 * module AST, then generates every unit (CPython's compiler_setup + compiler_mod). Nested units
 * are finished (CFG optimizer + assembler) as soon as their body is generated, exactly where
 * CPython calls optimize_and_assemble, so their code objects can go into the parent's consts.
 *
 * Note: the AST is optimized in place (constant folding), as CPython does on its own AST copy.
 */
import type * as A from '../ast/nodes';
import type { CodeObject } from '../bytecode/code';
import type { InstrSequence } from './instr';
import type { UnitMetadata } from './unit';
import { Compiler, type FinishUnit, type WarningHandler } from './codegen_core';
import { compilerBody, visitStmts } from './codegen_stmt';
import { visitExpr } from './codegen_expr';
import { futureFromAst } from './future';
import { astOptimize } from './ast_opt';
import { buildSymtable } from './symtable';
import { assembleUnit } from './assemble';
import { Op } from '../bytecode/opcodes';
import { resetCodeKeys } from './consts';

export interface CodegenOptions {
  optimize?: number;
  flags?: number;
  /** Source text, used only for the `text` of compile-time SyntaxErrors. */
  source?: string | null;
  /** Compile-time SyntaxWarnings go here (none are reported without it). */
  onWarning?: WarningHandler;
}

function setup(mod: A.mod, filename: string, opts: CodegenOptions, finish: FinishUnit): Compiler {
  resetCodeKeys();
  const future = futureFromAst(mod, filename);
  const merged = future.features | (opts.flags ?? 0);
  future.features = merged;
  const optimize = opts.optimize ?? 0;
  astOptimize(mod, { optimize, features: merged });
  const source = opts.source ?? null;
  const st = buildSymtable(mod, filename, merged, source);
  return new Compiler(st, future, filename, optimize, merged, finish, source, opts.onWarning ?? null);
}

/** compiler_codegen: the module unit's body (the unit stays open). */
function codegenTop(c: Compiler, mod: A.mod): void {
  c.enterScope('<module>', 'module', mod, 1);
  const loc = { lineno: 1, end_lineno: 1, col_offset: 0, end_col_offset: 0 };
  switch (mod._type) {
    case 'Module':
      compilerBody(c, loc, mod.body);
      break;
    case 'Interactive':
      c.interactive = true;
      if (mod.body.some((s) => s._type === 'AnnAssign')) c.addop(Op.SETUP_ANNOTATIONS, loc);
      visitStmts(c, mod.body);
      break;
    case 'Expression':
      visitExpr(c, mod.body);
      break;
    default:
      throw new Error(`module kind ${mod._type} should not be possible`);
  }
}

/** Compiles a module AST to its code object (nested code objects inside its consts). */
export function codegenModule(mod: A.mod, filename: string, opts: CodegenOptions = {}): CodeObject {
  const c = setup(mod, filename, opts, assembleUnit);
  codegenTop(c, mod);
  const co = c.optimizeAndAssemble(mod._type !== 'Expression');
  c.exitScope();
  return co;
}

export interface CodegenUnit {
  seq: InstrSequence;
  meta: UnitMetadata;
}

/**
 * Instruction sequences and metadata of every unit, before the CFG optimizer: [0] is the
 * module unit, then nested units in the order they were finished. Nested units are still
 * assembled with `finish` (default: the real back end) to produce parent constants.
 */
export function codegenUnitsForTest(mod: A.mod, filename: string, opts: CodegenOptions = {}, finish: FinishUnit = assembleUnit): CodegenUnit[] {
  const nested: CodegenUnit[] = [];
  const record: FinishUnit = (seq, meta) => {
    nested.push({ seq, meta: { ...meta, consts: meta.consts.slice() } });
    return finish(seq, meta);
  };
  const c = setup(mod, filename, opts, record);
  codegenTop(c, mod);
  const flags = c.computeCodeFlags();
  c.addReturnAtEnd(mod._type !== 'Expression');
  const top: CodegenUnit = { seq: c.u.seq, meta: c.metadata(flags) };
  c.exitScope();
  return [top, ...nested];
}
