/**
 * The parts of `sys` backed by the engines (memory model, thread scheduler) and the
 * interpreter-description constants: `_debugmallocstats`, `getallocatedblocks`,
 * `getswitchinterval`/`setswitchinterval`, `call_tracing`, `flags`, `float_info`, `int_info`,
 * `hash_info`, `thread_info`, `float_repr_style`, `maxunicode`, `api_version`.
 * Installed by makeSysModule after its own entries (these replace any stubs of the same name).
 *
 * Values are CPython 3.12.1's on 64-bit Linux with default options (flags as `python3.12 x.py`
 * without PYTHON* environment variables).
 */
import type { PyObject } from '../objects/object';
import type { VM } from '../runtime/vm';
import type { PyDict } from '../objects/dict';
import { newStr } from '../objects/str';
import { newInt, intFrom, boolObj } from '../objects/int';
import { newFloat, PyFloat } from '../objects/float';
import { None } from '../objects/singletons';
import { newBuiltin, type NativeFn } from '../objects/builtin_function';
import { PyTuple } from '../objects/tuple';
import { structSeq } from '../objects/views';
import { raise, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import { nargs } from '../runtime/args';
import * as A from '../runtime/abstract';
import { memModel, currentMemModel, resetMemModel } from '../runtime/memmodel';
import { formatMallocStats, freeListLine } from '../runtime/allocator';
import { scheduler } from '../runtime/threads';
import { runtimeRoots } from '../debug/audit';

/** The free-list part of _debugmallocstats (dict, float, list, tuples 1..20), from the model. */
function freeListStats(): string {
  const mm = currentMemModel();
  const n = (k: string): number => mm?.freelists.get(k)?.length ?? 0;
  let out = '\n';
  out += freeListLine('free PyDictObject', n('dict'), 48);
  out += freeListLine('free PyFloatObject', n('float'), 24);
  out += freeListLine('free PyListObject', n('list'), 40);
  for (let i = 1; i <= 20; i++) out += freeListLine(`free ${i}-sized PyTupleObject`, n('tuple:' + i), 24 + 8 * i);
  return out;
}

export function installSysEngines(vm: VM, d: PyDict): void {
  // A new interpreter starts with a fresh heap: no memory model (and no allocation hook) yet.
  resetMemModel();
  const F: Record<string, NativeFn> = {
    _debugmallocstats: () => {
      const mm = memModel();
      mm.allocatorWanted = true;
      if (!mm.seeded) mm.seed(runtimeRoots(vm).map(([o]) => o));
      mm.reconcileAll();
      vm.host.stderr(formatMallocStats(mm.pm.stats()) + freeListStats());
      None.ob_refcnt++;
      return None;
    },
    getallocatedblocks: () => {
      const mm = memModel();
      mm.allocatorWanted = true;
      if (!mm.seeded) mm.seed(runtimeRoots(vm).map(([o]) => o));
      mm.flush();
      return newInt(mm.pm.allocatedBlocks);
    },
    getswitchinterval: () => newFloat(scheduler(vm).interval),
    setswitchinterval: (_s, args) => {
      nargs('setswitchinterval', args, 1, 1, true);
      const v = args[0]!;
      const fl = v.type.slots.float;
      if (!fl) raise(PyExc.TypeError, `must be real number, not ${v.type.name}`);
      const x = fl(v) as PyFloat;
      const sec = x.v;
      decref(x);
      if (!(sec > 0)) raise(PyExc.ValueError, 'switch interval must be strictly positive');
      // CPython stores microseconds (at least 1).
      scheduler(vm).interval = Math.max(1, Math.trunc(sec * 1e6)) / 1e6;
      None.ob_refcnt++;
      return None;
    },
    call_tracing: (_s, args) => {
      nargs('call_tracing', args, 2, 2, true);
      const a = args[1]!;
      if (!(a instanceof PyTuple)) raise(PyExc.TypeError, `call_tracing() argument 2 must be tuple, not ${a.type.name}`);
      return A.call(args[0]!, a.items.slice(), null);
    },
  };
  for (const name in F) {
    const f = newBuiltin(name, F[name]!, null);
    d.setStr(name, f);
    decref(f);
  }
  const set = (k: string, v: PyObject): void => { d.setStr(k, v); decref(v); };
  const I = newInt;
  const env = vm.host.env?.() ?? {};
  const dontWriteBytecode = !!env.PYTHONDONTWRITEBYTECODE;
  const hashSeed = env.PYTHONHASHSEED;
  set('flags', structSeq('sys.flags',
    ['debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site', 'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits'],
    // dont_write_bytecode and hash_randomization follow PYTHONDONTWRITEBYTECODE and PYTHONHASHSEED
    // as CPython's do (the hashes themselves are always those of PYTHONHASHSEED=0: objects/pyhash.ts).
    [I(0), I(0), I(0), I(0), I(dontWriteBytecode ? 1 : 0), I(0), I(0), I(0), I(0), I(0), I(0), I(hashSeed === '0' ? 0 : 1), I(0), boolObj(false), I(0), I(0), boolObj(false), I(4300)]));
  set('float_info', structSeq('sys.float_info',
    ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds'],
    [newFloat(Number.MAX_VALUE), I(1024), I(308), newFloat(2.2250738585072014e-308), I(-1021), I(-307), I(15), I(53), newFloat(Number.EPSILON), I(2), I(1)]));
  set('int_info', structSeq('sys.int_info',
    ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold'],
    [I(30), I(4), I(4300), I(640)]));
  set('hash_info', structSeq('sys.hash_info',
    ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff'],
    [I(64), intFrom(2305843009213693951n), I(314159), I(0), I(1000003), newStr('siphash13'), I(64), I(128), I(0)]));
  set('thread_info', structSeq('sys.thread_info', ['name', 'lock', 'version'], [newStr('pthread'), newStr('semaphore'), newStr('NPTL 2.36')]));
  set('float_repr_style', newStr('short'));
  set('maxunicode', I(1114111));
  set('api_version', I(1013));
  set('dont_write_bytecode', boolObj(dontWriteBytecode));
  set('copyright', newStr('Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\nCopyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\nCopyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\nCopyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.'));
}
