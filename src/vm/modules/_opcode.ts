/** The `_opcode` module: stack_effect over the shared opcode table (src/vm/bytecode/opcodes.ts). */
import type { VM } from '../runtime/vm';
import { PyModule, newModule } from '../objects/module';
import { PyDict } from '../objects/dict';
import { newStr } from '../objects/str';
import { newInt } from '../objects/int';
import { None } from '../objects/singletons';
import { newBuiltin } from '../objects/builtin_function';
import { raise, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import * as A from '../runtime/abstract';
import { OPS, HAS_ARG, HAVE_ARGUMENT, stackEffect } from '../bytecode/opcodes';

export function makeOpcodeModule(vm: VM): PyModule {
  void vm;
  const m = newModule('_opcode', newStr('Opcode support module.'));
  const d = m.dict as PyDict;
  const fn = newBuiltin('stack_effect', (_s, args, kw) => {
    const npos = args.length - (kw?.length ?? 0);
    if (npos < 1 || npos > 2) raise(PyExc.TypeError, npos < 1 ? 'stack_effect expected at least 1 argument, got 0' : `stack_effect expected at most 2 arguments, got ${npos}`);
    let jump: boolean | null = null;
    kw?.forEach((k, i) => {
      if (k !== 'jump') raise(PyExc.TypeError, `stack_effect() got an unexpected keyword argument '${k}'`);
      const v = args[npos + i]!;
      jump = v === None ? null : A.isTrue(v);
    });
    const code = A.asSize(args[0]!);
    const opargO = npos > 1 ? args[1]! : None;
    const info = code >= 0 && code < OPS.length ? OPS[code] : undefined;
    if (!info || info.name.startsWith('INSTRUMENTED_')) raise(PyExc.ValueError, 'invalid opcode or oparg');
    const hasArg = code >= HAVE_ARGUMENT || (info.flags & HAS_ARG) !== 0;
    if (hasArg && opargO === None) raise(PyExc.ValueError, 'stack_effect: opcode requires oparg but oparg was not specified');
    if (!hasArg && opargO !== None) raise(PyExc.ValueError, 'stack_effect: opcode does not permit oparg but oparg was specified');
    const oparg = opargO === None ? 0 : A.asSize(opargO);
    let eff: number;
    try {
      eff = jump === null ? Math.max(stackEffect(code, oparg, true), stackEffect(code, oparg, false)) : stackEffect(code, oparg, jump);
    } catch {
      raise(PyExc.ValueError, 'invalid opcode or oparg');
    }
    return newInt(eff);
  }, m);
  d.setStr('stack_effect', fn);
  decref(fn);
  return m;
}
