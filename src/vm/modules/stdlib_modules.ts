/**
 * The C-level stdlib modules the imports helper provides (TS bindings and Python-source
 * implementations), registered by registry.ts through `registerStdlibModules`.
 */
import type { PyObject } from '../objects/object';
import type { VM } from '../runtime/vm';
import { makeMathModule } from './math';
import { makeTimeModule } from './time';
import { makeWeakrefModule } from './_weakref';
import { makeSreModule } from './_sre';
import { makeIoModule } from './_io';
import { makeOpcodeModule } from './_opcode';
import { pySourceModule } from './pysource';
import { makeItertoolsModule } from './itertools';
import { GENERICALIAS_SRC } from './py/genericalias_py';
import { makeCollectionsModule } from './_collections';
import { STRING_SRC, ATEXIT_SRC, errnoSrc } from './py/small_py';
import { makeBisectModule } from './_bisect';
import { makeHeapqModule } from './_heapq';
import { makeJsonModule } from './_json';
import { makeFunctoolsModule } from './_functools';
import { makeOperatorModule } from './_operator';

export function registerStdlibModules(register: (name: string, factory: (vm: VM) => PyObject) => void): void {
  register('math', makeMathModule);
  register('time', makeTimeModule);
  register('_weakref', makeWeakrefModule);
  register('_sre', makeSreModule);
  register('_io', makeIoModule);
  register('_opcode', makeOpcodeModule);
  register('itertools', makeItertoolsModule);
  register('_string', pySourceModule('_string', STRING_SRC));
  register('atexit', pySourceModule('atexit', ATEXIT_SRC));
  register('_collections', makeCollectionsModule);
  register('_bytescope_types', pySourceModule('_bytescope_types', GENERICALIAS_SRC));
  register('_bisect', makeBisectModule);
  register('_heapq', makeHeapqModule);
  register('_json', makeJsonModule);
  register('_functools', makeFunctoolsModule);
  register('_operator', makeOperatorModule);
  register('errno', (vm) => pySourceModule('errno', errnoSrc())(vm));
}
