/**
 * `_bytescope_os`: the host primitives under the `posix` module (src/vm/modules/py/posix_py.ts).
 * Each function either returns a value or, for a failing host call, the errno code name as a str
 * (the Python layer raises the matching OSError); None means the host does not offer it.
 */
import type { VM } from '../runtime/vm';
import { PyModule, newModule } from '../objects/module';
import { PyDict } from '../objects/dict';
import { PyStr, newStr } from '../objects/str';
import { intFrom, isInt, intValue, newInt, True, False } from '../objects/int';
import { newFloat, PyFloat } from '../objects/float';
import { newBytes, bytesOf } from '../objects/bytes';
import { tupleSteal } from '../objects/tuple';
import { listSteal } from '../objects/list';
import { None } from '../objects/singletons';
import { newBuiltin, type NativeFn } from '../objects/builtin_function';
import type { PyObject } from '../objects/object';
import { raise, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import { nargs } from '../runtime/args';
import { fillEntropy } from '../runtime/entropy';

function none(): PyObject { None.ob_refcnt++; return None; }

/** A host result: a number, or the errno code name of a failure. */
function result(r: number | string): PyObject {
  return typeof r === 'string' ? newStr(r) : intFrom(r);
}

function intArg(o: PyObject): number {
  if (!isInt(o)) raise(PyExc.TypeError, `'${o.type.name}' object cannot be interpreted as an integer`);
  return Number(intValue(o));
}

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
      fillEntropy(h, b);
      return newBytes(b);
    },
    write: (_s, args) => {
      nargs('write', args, 2, 2, true);
      const fd = intArg(args[0]!);
      const b = bytesOf(args[1]!);
      if (b === null) raise(PyExc.TypeError, `a bytes-like object is required, not '${args[1]!.type.name}'`);
      // stdout/stderr go through the host's text streams, in order with print().
      if (fd === 1 || fd === 2) {
        const text = new TextDecoder('utf-8').decode(b);
        if (fd === 1) vm.writeStdout(text); else h.stderr(text);
        return intFrom(b.length);
      }
      if (!h.fs) return none();
      return result(h.fs.write(fd, b));
    },
    open: (_s, args) => {
      nargs('open', args, 3, 3, true);
      return h.fs ? result(h.fs.open(strArg('open', args[0]!), intArg(args[1]!), intArg(args[2]!))) : none();
    },
    read: (_s, args) => {
      nargs('read', args, 2, 2, true);
      if (!h.fs) return none();
      const r = h.fs.read(intArg(args[0]!), intArg(args[1]!));
      return typeof r === 'string' ? newStr(r) : newBytes(r);
    },
    lseek: (_s, args) => {
      nargs('lseek', args, 3, 3, true);
      return h.fs ? result(h.fs.lseek(intArg(args[0]!), intArg(args[1]!), intArg(args[2]!))) : none();
    },
    ftruncate: (_s, args) => {
      nargs('ftruncate', args, 2, 2, true);
      return h.fs ? result(h.fs.ftruncate(intArg(args[0]!), intArg(args[1]!))) : none();
    },
    fsync: (_s, args) => (h.fs ? result(h.fs.fsync(intArg(args[0]!))) : none()),
    close: (_s, args) => (h.fs ? result(h.fs.close(intArg(args[0]!))) : none()),
    isatty: (_s, args) => (h.fs && h.fs.isatty(intArg(args[0]!)) ? newInt(1) : newInt(0)),
    fstat: (_s, args) => {
      if (!h.fs) return none();
      const r = h.fs.fstat(intArg(args[0]!));
      if (typeof r === 'string') return newStr(r);
      const items: PyObject[] = r.slice(0, 7).map((v) => intFrom(v));
      for (let i = 7; i < 10; i++) items.push(newFloat(r[i]!));
      items.push(intFrom(r[10] ?? 4096));
      return tupleSteal(items);
    },
    unlink: (_s, args) => (h.fs ? result(h.fs.unlink(strArg('unlink', args[0]!))) : none()),
    rmdir: (_s, args) => (h.fs ? result(h.fs.rmdir(strArg('rmdir', args[0]!))) : none()),
    rename: (_s, args) => {
      nargs('rename', args, 2, 2, true);
      return h.fs ? result(h.fs.rename(strArg('rename', args[0]!), strArg('rename', args[1]!))) : none();
    },
    mkdir: (_s, args) => {
      nargs('mkdir', args, 2, 2, true);
      return h.fs ? result(h.fs.mkdir(strArg('mkdir', args[0]!), intArg(args[1]!))) : none();
    },
    chmod: (_s, args) => {
      nargs('chmod', args, 2, 2, true);
      return h.fs ? result(h.fs.chmod(strArg('chmod', args[0]!), intArg(args[1]!))) : none();
    },
    utime: (_s, args) => {
      nargs('utime', args, 3, 3, true);
      const t = (o: PyObject): number => (o instanceof PyFloat ? o.v : intArg(o));
      return h.fs?.utime ? result(h.fs.utime(strArg('utime', args[0]!), t(args[1]!), t(args[2]!))) : none();
    },
    symlink: (_s, args) => {
      nargs('symlink', args, 2, 2, true);
      return h.fs?.symlink ? result(h.fs.symlink(strArg('symlink', args[0]!), strArg('symlink', args[1]!))) : none();
    },
    link: (_s, args) => {
      nargs('link', args, 2, 2, true);
      return h.fs?.link ? result(h.fs.link(strArg('link', args[0]!), strArg('link', args[1]!))) : none();
    },
    readlink: (_s, args) => {
      if (!h.fs?.readlink) return none();
      const r = h.fs.readlink(strArg('readlink', args[0]!));
      // The target as a 1-tuple, a failure as its errno name (a bare str would be ambiguous).
      return typeof r === 'string' ? tupleSteal([newStr(r)]) : newStr(r.error);
    },
    chdir: (_s, args) => (h.fs?.chdir ? result(h.fs.chdir(strArg('chdir', args[0]!))) : none()),
    getpid: () => intFrom(h.pid ? h.pid() : 1),
    cpu_count: () => { const n = h.cpuCount ? h.cpuCount() : null; return n === null ? none() : intFrom(n); },
  };
  for (const name in F) { const fn = newBuiltin(name, F[name]!, m); d.setStr(name, fn); decref(fn); }
  d.setStr('have_fs', h.fs ? True : False);
  return m;
}
