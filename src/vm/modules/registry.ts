/**
 * Builtin (non-file) modules importable by name. To add a module: write
 * `src/vm/modules/<name>.ts` exporting `make<Name>Module(vm)` and register it here.
 */
import type { PyObject } from '../objects/object';
import type { VM } from '../runtime/vm';
import { makeTracemallocCModule, makeTracemallocModule } from './tracemalloc';
import { makeThreadModule } from './_thread';
import { registerStdlibModules } from './stdlib_modules';

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
