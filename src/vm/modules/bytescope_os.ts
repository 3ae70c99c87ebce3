/**
 * `_bytescope_os`: the host primitives under the `posix` module (src/vm/modules/py/posix_py.ts).
 * Each function either returns a value or, for a failing host call, the errno code name as a str
 * (the Python layer raises the matching OSError); None means the host does not offer it.
 */
import type { VM } from '../runtime/vm';
import { PyModule, newModule } from '../objects/module';
import { PyDict } from '../objects/dict';
import { PyStr, newStr } from '../objects/str';
import { intFrom, isInt, intValue } from '../objects/int';
import { newFloat } from '../objects/float';
import { newBytes, bytesOf } from '../objects/bytes';
import { tupleSteal } from '../objects/tuple';
import { listSteal } from '../objects/list';
import { None } from '../objects/singletons';
import { newBuiltin, type NativeFn } from '../objects/builtin_function';
import type { PyObject } from '../objects/object';
import { raise, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import { nargs } from '../runtime/args';

function none(): PyObject { None.ob_refcnt++; return None; }

function strArg(fn: string, o: PyObject): string {
  if (!(o instanceof PyStr)) raise(PyExc.TypeError, `${fn}: path should be string, not ${o.type.name}`);
  return o.s;
}

export function makeBytescopeOsModule(vm: VM): PyModule {
  const m = newModule('_bytescope_os', null);
  const d = m.dict as PyDict;
  const h = vm.host;
  const F: Record<string, NativeFn> = {
    getcwd: () => (h.cwd ? newStr(h.cwd()) : none()),
    environ: () => {
      const env = h.env ? h.env() : {};
      const items: PyObject[] = [];
      for (const k of Object.keys(env)) items.push(tupleSteal([newStr(k), newStr(env[k]!)]));
      return listSteal(items);
    },
    stat: (_s, args) => {
      nargs('stat', args, 2, 2, true);
      if (!h.stat) return none();
      const r = h.stat(strArg('stat', args[0]!), args[1] !== None && !(isInt(args[1]!) && intValue(args[1]! as never) === 0));
      if (typeof r === 'string') return newStr(r);
      const items: PyObject[] = r.slice(0, 7).map((v) => intFrom(v));
      for (let i = 7; i < 10; i++) items.push(newFloat(r[i]!));
      return tupleSteal(items);
    },
    listdir: (_s, args) => {
      nargs('listdir', args, 1, 1, true);
      if (!h.listdir) return none();
      const r = h.listdir(strArg('listdir', args[0]!));
      if (typeof r === 'string') return newStr(r);
      return tupleSteal(r.map((n) => newStr(n)));
    },
    urandom: (_s, args) => {
      nargs('urandom', args, 1, 1, true);
      const n = isInt(args[0]!) ? Number(intValue(args[0]! as never)) : -1;
      if (n < 0) raise(PyExc.ValueError, 'negative argument not allowed');
      const b = new Uint8Array(n);
      for (let i = 0; i < n; i += 65536) globalThis.crypto.getRandomValues(b.subarray(i, Math.min(n, i + 65536)));
      return newBytes(b);
    },
    write: (_s, args) => {
      nargs('write', args, 2, 2, true);
      const fd = isInt(args[0]!) ? Number(intValue(args[0]! as never)) : -1;
      const b = bytesOf(args[1]!);
      if (b === null) raise(PyExc.TypeError, `a bytes-like object is required, not '${args[1]!.type.name}'`);
      if (fd !== 1 && fd !== 2) return newStr('EBADF');
      const text = new TextDecoder('utf-8').decode(b);
      if (fd === 1) h.stdout(text); else h.stderr(text);
      return intFrom(b.length);
    },
    getpid: () => intFrom(h.pid ? h.pid() : 1),
    cpu_count: () => { const n = h.cpuCount ? h.cpuCount() : null; return n === null ? none() : intFrom(n); },
  };
  for (const name in F) { const fn = newBuiltin(name, F[name]!, m); d.setStr(name, fn); decref(fn); }
  return m;
}
