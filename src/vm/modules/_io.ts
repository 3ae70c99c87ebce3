/**
 * The `_io` module: Python part in py/io_py.ts + py/fileio_py.ts + py/textio_py.ts; `_bytescope_read(path)` reads a
 * whole file through the host (the stdlib zip for /usr/lib/python3.12/..., and every file read when
 * the host has no file descriptors). Also gives `builtins.open` (= _io.open,
 * imported on first call), as CPython's startup does.
 */
import type { PyObject } from '../objects/object';
import type { VM } from '../runtime/vm';
import { PyDict } from '../objects/dict';
import { PyStr, newStr } from '../objects/str';
import { newBytes } from '../objects/bytes';
import { newInt } from '../objects/int';
import { tupleSteal } from '../objects/tuple';
import { newBuiltin } from '../objects/builtin_function';
import { raise, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import * as A from '../runtime/abstract';
import { pySourceModule } from './pysource';
import { IO_SRC } from './py/io_py';
import { FILEIO_SRC } from './py/fileio_py';
import { TEXTIO_SRC } from './py/textio_py';
import { installTextFastPaths } from './textio_fast';
import { STDLIB_ROOT } from '../runtime/importer/finder';

function readWhole(vm: VM, path: string): Uint8Array | null {
  if (path.startsWith(STDLIB_ROOT + '/')) {
    const z = vm.importer.finder.stdlib();
    return z ? z.readBytes(path.slice(STDLIB_ROOT.length + 1)) : null;
  }
  if (vm.host.readBinary) return vm.host.readBinary(path);
  const t = vm.host.readFile(path);
  return t === null ? null : new TextEncoder().encode(t);
}

export function makeIoModule(vm: VM): PyObject {
  const m = pySourceModule('_io', IO_SRC + FILEIO_SRC + TEXTIO_SRC)(vm);
  const d = A.dictOf(m) as PyDict;
  const read = newBuiltin('_bytescope_read', (_s, args) => {
    const p = args[0]!;
    const path = p instanceof PyStr ? p.s : A.strJS(p);
    const data = readWhole(vm, path);
    if (data === null) {
      const e = vm.host.isDir?.(path)
        ? A.call(PyExc.IsADirectoryError!, [newInt(21), newStr('Is a directory'), p])
        : A.call(PyExc.FileNotFoundError!, [newInt(2), newStr('No such file or directory'), p]);
      throw e;
    }
    return newBytes(data);
  }, m);
  d.setStr('_bytescope_read', read);
  decref(read);
  installTextFastPaths(d);
  // From now on builtins.open is _io.open itself, as in CPython (`io.open is open`).
  const open = d.getStr('open');
  if (open) vm.builtinsDict.setStr('open', open);
  return m;
}

/** builtins.open: imports _io on first use and calls _io.open. */
export function installBuiltinOpen(vm: VM): void {
  if (vm.builtinsDict.getStr('open')) return;
  const fn = newBuiltin('open', (_s, args, kw) => {
    const io = vm.importModule('_io');
    try {
      const open = A.getAttr(io, 'open');
      try { return A.call(open, args, kw); } finally { decref(open); }
    } finally { decref(io); }
  });
  vm.builtinsDict.setStr('open', fn);
  decref(fn);
  void tupleSteal; void raise;
}
