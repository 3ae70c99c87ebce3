/**
 * Builtin (non-file) modules importable by name. To add a module: write
 * `src/vm/modules/<name>.ts` exporting `make<Name>Module(vm)` and register it here.
 */
import type { PyObject } from '../objects/object';
import type { VM } from '../runtime/vm';
import { makeTracemallocCModule, makeTracemallocModule } from './tracemalloc';
import { makeThreadModule } from './_thread';
import { makeAstModule } from './_ast';
import { registerStdlibModules } from './stdlib_modules';
import { pySourceModule } from './pysource';
import { CODECS_SRC } from './py/codecs_py';
import { makeBytescopeCodecsModule } from './codecs_native';
import { POSIX_SRC } from './py/posix_py';
import { makeBlake2Module, makeHashlibModule, makeMd5Module, makeSha1Module, makeSha2Module } from './_hashlib';
import { makeRandomModule } from './_random';
import { IMP_SRC } from './py/imp_py';
import { TYPING_SRC } from './py/typing_py';
import { DATETIME_SRC } from './py/datetime_py';
import { CSV_SRC } from './py/csv_py';
import { makeStructModule } from './_struct';
import { makeBinasciiModule } from './binascii';
import { DECIMAL_SRC } from './py/decimal_py';
import { ARRAY_SRC } from './py/array_py';
import { makeBytescopeTokenizeModule, TOKENIZE_SRC } from './tokenize_mod';
import { makeBytescopeOsModule } from './bytescope_os';
import { makeWarningsModule } from './_warnings';
import { makeAbcModule } from './_abc';
import { CONTEXTVARS_SRC } from './py/contextvars_py';
import { SIGNAL_SRC } from './py/signal_py';
import { POSIXSUBPROCESS_SRC, SELECT_SRC, SOCKET_SRC } from './py/socket_py';
import { CMATH_SRC } from './py/cmath_py';
import { makeUnicodedataNativeModule, UNICODEDATA_SRC } from './unicodedata';
import { SYSCONFIGDATA_SRC, ZONEINFO_SRC } from './py/small_py';
import { makeSymtableModule } from './_symtable';

export const builtinModuleFactories = new Map<string, (vm: VM) => PyObject>();

export function registerModule(name: string, factory: (vm: VM) => PyObject): void {
  builtinModuleFactories.set(name, factory);
}

// Engines (memory, tracemalloc, threads).
registerModule('_tracemalloc', makeTracemallocCModule);
registerModule('tracemalloc', makeTracemallocModule);

// Stdlib C-level modules (math, time, itertools, _string, ...): src/vm/modules/stdlib_modules.ts.
registerStdlibModules(registerModule);

// Engines: _thread over the VM's thread scheduler replaces the imports helper's first Python stub.
registerModule('_thread', makeThreadModule);

// _ast: AST node classes and compile()'s AST hooks (src/vm/modules/_ast.ts).
registerModule('_ast', makeAstModule);

// OS-modules helper: _codecs (Python source), posix, _tokenize. _random and the hashlib modules: TS.
registerModule('_codecs', pySourceModule('_codecs', CODECS_SRC));
registerModule('_bytescope_codecs', makeBytescopeCodecsModule);
registerModule('_bytescope_os', makeBytescopeOsModule);
registerModule('posix', pySourceModule('posix', POSIX_SRC));
registerModule('_random', makeRandomModule);
registerModule('_sha2', makeSha2Module);
registerModule('_md5', makeMd5Module);
registerModule('_sha1', makeSha1Module);
registerModule('_blake2', makeBlake2Module);
registerModule('_hashlib', makeHashlibModule);
registerModule('_imp', pySourceModule('_imp', IMP_SRC));
registerModule('_typing', pySourceModule('_typing', TYPING_SRC));
registerModule('_datetime', pySourceModule('_datetime', DATETIME_SRC));
registerModule('_struct', makeStructModule);
registerModule('binascii', makeBinasciiModule);
registerModule('_decimal', pySourceModule('_decimal', DECIMAL_SRC));
registerModule('array', pySourceModule('array', ARRAY_SRC));
registerModule('_bytescope_tokenize', makeBytescopeTokenizeModule);
registerModule('_tokenize', pySourceModule('_tokenize', TOKENIZE_SRC));
registerModule('_csv', pySourceModule('_csv', CSV_SRC));

// Warnings engine (src/vm/runtime/warnings.ts): Lib/warnings.py builds on it.
registerModule('_warnings', makeWarningsModule);

// _abc: the C accelerator of abc.ABCMeta (src/vm/modules/_abc.ts).
registerModule('_abc', makeAbcModule);

// What asyncio's import chain needs (socket, selectors, signal, subprocess, contextvars), in Python
// source: src/vm/modules/py/{contextvars,signal,socket}_py.ts.
registerModule('_contextvars', pySourceModule('_contextvars', CONTEXTVARS_SRC));
registerModule('_signal', pySourceModule('_signal', SIGNAL_SRC));
registerModule('select', pySourceModule('select', SELECT_SRC));
registerModule('_socket', pySourceModule('_socket', SOCKET_SRC));
registerModule('_posixsubprocess', pySourceModule('_posixsubprocess', POSIXSUBPROCESS_SRC));

// cmath in Python source over the math module (src/vm/modules/py/cmath_py.ts).
registerModule('cmath', pySourceModule('cmath', CMATH_SRC));

// unicodedata over generated Unicode 15.0 tables (src/vm/modules/unicodedata.ts).
registerModule('_bytescope_unicodedata', makeUnicodedataNativeModule);
registerModule('unicodedata', pySourceModule('unicodedata', UNICODEDATA_SRC));

// sysconfig's build-time variables (Lib/sysconfig.py imports _sysconfigdata_{abiflags}_{platform}_
// {multiarch}): those of a CPython 3.12 installed under /usr on x86-64 Linux, as sys.executable
// and the stdlib path say. zoneinfo reads TZPATH from them.
registerModule('_sysconfigdata__linux_x86_64-linux-gnu', pySourceModule('_sysconfigdata__linux_x86_64-linux-gnu', SYSCONFIGDATA_SRC));
registerModule('_zoneinfo', pySourceModule('_zoneinfo', ZONEINFO_SRC));

// _symtable over the compiler's symbol-table pass (src/vm/modules/_symtable.ts).
registerModule('_symtable', makeSymtableModule);
