/**
 * Modules that CPython implements in C and Bytescope implements in Python source (compiled by our
 * compiler and run on the VM when first imported): their classes and functions carry the C
 * module's `__module__`/qualnames so reprs and `type()` read as CPython's. Frames of this code show
 * the filename `<bytescope:NAME>`.
 */
import type { PyObject } from '../objects/object';
import type { VM } from '../runtime/vm';
import { PyDict } from '../objects/dict';
import { newModule } from '../objects/module';
import { newStr } from '../objects/str';
import { newCode } from '../objects/code';
import { decref } from '../runtime/refcount';
import { compileText } from '../runtime/importer/execeval';
import { CodeCache } from '../runtime/importer/codecache';

/** A registry factory running `src` as the body of module `name`. */
export function pySourceModule(name: string, src: string, doc: string | null = null): (vm: VM) => PyObject {
  return (vm: VM) => {
    const m = newModule(name, doc === null ? null : newStr(doc));
    const d = m.dict as PyDict;
    d.setStr('__builtins__', vm.builtinsDict);
    // The module is visible in sys.modules while its body runs (it may import itself indirectly).
    vm.modules.setStr(name, m);
    const filename = `<bytescope:${name}>`;
    try {
      const co = new CodeCache(vm.host).get(filename, src, (s, f) => compileText(s, f, 'exec'));
      const code = newCode(co);
      try { decref(vm.execCode(code, d, d)); } finally { decref(code); }
    } catch (e) {
      vm.modules.delStr(name);
      decref(m);
      throw e;
    }
    return m;
  };
}
