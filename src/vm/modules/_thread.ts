/**
 * `_thread` over the VM's thread scheduler (runtime/threads.ts): start_new_thread, lock
 * (allocate_lock / LockType: acquire(blocking, timeout), release, locked, context manager),
 * get_ident, get_native_id, _count, _local (minimal), stack_size, TIMEOUT_MAX, _set_sentinel,
 * daemon_threads_allowed, _excepthook/_ExceptHookArgs — enough for CPython's Lib/threading.py
 * (Thread, start, join, Lock, Event, Condition, Semaphore) and functools (RLock). RLock is native
 * so `with rlock:` blocks at the loop's breaker point (a Python __enter__ would run in a nested
 * loop, where the thread cannot be switched out).
 *
 * Takes over the imports helper's first Python-source `_thread` (registered after it).
 */
import { PyObject, makeImmortal } from '../objects/object';
import type { VM } from '../runtime/vm';
import { PyModule, newModule } from '../objects/module';
import type { PyDict } from '../objects/dict';
import { newStr } from '../objects/str';
import { newInt, intFrom, boolObj, True, False } from '../objects/int';
import { newFloat } from '../objects/float';
import { None } from '../objects/singletons';
import { PyTuple, tupleSteal } from '../objects/tuple';
import { PyFunction } from '../objects/function';
import { PyDict as Dict, newDict } from '../objects/dict';
import { newBuiltin, defMethods, type NativeFn } from '../objects/builtin_function';
import { makeStaticType, objectType, PyType, slotTable } from '../objects/type';
import { newCode } from '../objects/code';
import { isException, type PyBaseException } from '../objects/exceptions';
import { raise, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import { bindArgs } from '../runtime/args';
import * as A from '../runtime/abstract';
import { scheduler, existingScheduler, VLock } from '../runtime/threads';
import { formatException } from '../interp/traceback';
import { PyTraceback } from '../objects/traceback';
import { pyIdHex } from '../runtime/address';

export const TIMEOUT_MAX = 9223372036.0;

class PyLock {
  constructor(readonly lock: VLock) {}
}
let lockType: PyType | null = null;

function none(): PyObject {
  None.ob_refcnt++;
  return None;
}

function lockOf(self: PyObject): VLock {
  return (self as unknown as { lk: PyLock }).lk.lock;
}

/** acquire(blocking=True, timeout=-1) on `lock`; may block the current thread (see threads.ts). */
function acquire(vm: VM, lock: VLock, args: readonly PyObject[], kw: readonly string[] | null): PyObject {
  const [b, t] = bindArgs('acquire', args, kw, ['blocking', 'timeout'], 0);
  const blocking = b ? A.isTrue(b) : true;
  let timeout = -1;
  if (t) {
    const fl = t.type.slots.float;
    if (!fl) raise(PyExc.TypeError, `'${t.type.name}' object cannot be interpreted as an integer`);
    const x = fl(t) as unknown as { v: number };
    timeout = x.v;
    decref(x as unknown as PyObject);
  }
  if (!blocking && timeout !== -1) raise(PyExc.ValueError, "can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout !== -1) raise(PyExc.ValueError, 'timeout value must be a non-negative number');
  if (timeout > TIMEOUT_MAX) raise(PyExc.OverflowError, 'timeout value is too large');
  const s = existingScheduler(vm);
  if (!lock.locked) {
    lock.locked = true;
    lock.owner = s ? s.current : null;
    return boolObj(true);
  }
  if (!blocking || timeout === 0) return boolObj(false);
  if (!s || s.alive().length < 2) {
    // Alone: nobody can release it. A timed wait just sleeps; an untimed one would hang forever.
    if (timeout > 0) { (s ?? scheduler(vm)).hostSleep(timeout * 1000); return boolObj(false); }
    raise(PyExc.RuntimeError, 'deadlock: acquiring a lock held by the only running thread');
  }
  s.block(lock, timeout < 0 ? Infinity : s.now() + timeout * 1000, (timedOut) => boolObj(!timedOut));
  return boolObj(false);
}

function release(vm: VM, lock: VLock): void {
  if (!lock.locked) raise(PyExc.RuntimeError, 'release unlocked lock');
  lock.locked = false;
  lock.owner = null;
  const s = existingScheduler(vm);
  if (s) s.requestCheck();
}

class PyLockObj extends PyObject {
  lk: PyLock;
  /** The VM whose scheduler the lock blocks on (the lock type is shared by every VM). */
  vm: VM;
  constructor(t: PyType, vm: VM) {
    super(t);
    this.lk = new PyLock(new VLock());
    this.vm = vm;
  }
}

function newLock(vm: VM): PyObject {
  return new PyLockObj(lockTypeFor(), vm);
}

const vmOf = (self: PyObject): VM => (self as PyLockObj).vm;

function lockTypeFor(): PyType {
  if (lockType) return lockType;
  const t = makeStaticType('lock', objectType, {}, { module: '_thread', noSubclass: true });
  t.slots = slotTable({ ...objectType.slots, repr: (o) => newStr(`<${lockOf(o).locked ? 'locked' : 'unlocked'} _thread.lock object at 0x${pyIdHex(o)}>`) });
  t.tdict = makeImmortal(newDict());
  lockType = t;
  const acq = (self: PyObject, args: readonly PyObject[], kw: readonly string[] | null): PyObject => acquire(vmOf(self), lockOf(self), args, kw);
  const rel = (self: PyObject): PyObject => { release(vmOf(self), lockOf(self)); return none(); };
  const locked = (self: PyObject): PyObject => boolObj(lockOf(self).locked);
  defMethods(t, {
    acquire: acq, acquire_lock: acq, __enter__: acq,
    release: rel, release_lock: rel,
    __exit__: (self) => { release(vmOf(self), lockOf(self)); return none(); },
    locked, locked_lock: locked,
    _at_fork_reinit: (self) => { const l = lockOf(self); l.locked = false; l.owner = null; return none(); },
  });
  return t;
}

/** _thread.RLock: a lock its owner thread may acquire again (count), over a VLock. */
class PyRLockObj extends PyObject {
  lock = new VLock();
  owner = 0;
  count = 0;
  constructor(t: PyType, readonly vm: VM) { super(t); }
}
let rlockType: PyType | null = null;
/** The VM of the most recently imported _thread (RLock() has no other way to find it). */
let rlockVM: VM | null = null;

function currentIdent(vm: VM): number {
  return scheduler(vm).current.ident;
}

function rlockTypeFor(): PyType {
  if (rlockType) return rlockType;
  const t = makeStaticType('RLock', objectType, {}, { module: '_thread' });
  t.slots = slotTable({
    ...objectType.slots,
    repr: (o) => {
      const r = o as PyRLockObj;
      return newStr(`<${r.count ? 'locked' : 'unlocked'} _thread.RLock object owner=${r.owner} count=${r.count} at 0x${pyIdHex(o)}>`);
    },
  });
  t.slots.new = (tp) => {
    const vm = rlockVM;
    if (!vm) raise(PyExc.RuntimeError, '_thread.RLock: no VM');
    return new PyRLockObj(tp, vm);
  };
  t.tdict = makeImmortal(newDict());
  rlockType = t;
  const acq = (self: PyObject, args: readonly PyObject[], kw: readonly string[] | null): PyObject => {
    const r = self as PyRLockObj;
    const me = currentIdent(r.vm);
    if (r.count > 0 && r.owner === me) {
      bindArgs('acquire', args, kw, ['blocking', 'timeout'], 0);
      r.count++;
      return boolObj(true);
    }
    const got = acquire(r.vm, r.lock, args, kw);
    if (got === True) { r.owner = me; r.count = 1; return got; }
    // Blocked (the scheduler resumes with the real result) or failed.
    const s = existingScheduler(r.vm);
    const cur = s?.current;
    if (s && cur && cur.status === 'blocked' && cur.resume) {
      const inner = cur.resume;
      cur.resume = (timedOut) => {
        const v = inner(timedOut);
        if (v === True) { r.owner = me; r.count = 1; }
        return v;
      };
    }
    return got;
  };
  const rel = (self: PyObject): PyObject => {
    const r = self as PyRLockObj;
    if (r.count === 0 || r.owner !== currentIdent(r.vm)) raise(PyExc.RuntimeError, 'cannot release un-acquired lock');
    if (--r.count === 0) { r.owner = 0; release(r.vm, r.lock); }
    return none();
  };
  defMethods(t, {
    acquire: acq, __enter__: acq, release: rel,
    __exit__: (self) => rel(self),
    _is_owned: (self) => { const r = self as PyRLockObj; return boolObj(r.count > 0 && r.owner === currentIdent(r.vm)); },
    _recursion_count: (self) => { const r = self as PyRLockObj; return newInt(r.owner === currentIdent(r.vm) ? r.count : 0); },
    _release_save: (self) => {
      const r = self as PyRLockObj;
      if (r.count === 0) raise(PyExc.RuntimeError, 'cannot release un-acquired lock');
      const st = tupleSteal([newInt(r.count), intFrom(r.owner)]);
      r.count = 0; r.owner = 0;
      release(r.vm, r.lock);
      return st;
    },
    _acquire_restore: (self, args) => {
      const r = self as PyRLockObj;
      const st = args[0] as PyTuple;
      const count = Number(A.asSize(st.items[0]!));
      const owner = Number((st.items[1] as unknown as { v: number | bigint }).v);
      const got = acquire(r.vm, r.lock, [], null);
      if (got === True) { r.count = count; r.owner = owner; return none(); }
      const s = existingScheduler(r.vm);
      const cur = s?.current;
      if (s && cur && cur.status === 'blocked' && cur.resume) {
        cur.resume = () => { r.count = count; r.owner = owner; return none(); };
      }
      decref(got);
      return none();
    },
    _at_fork_reinit: (self) => { const r = self as PyRLockObj; r.lock.locked = false; r.lock.owner = null; r.count = 0; r.owner = 0; return none(); },
  });
  return t;
}

const BOOTSTRAP_PY = String.raw`
def _bootstrap(func, args, kwargs):
    try:
        if kwargs is None:
            func(*args)
        else:
            func(*args, **kwargs)
    except SystemExit:
        pass
    except BaseException as exc:
        _report(func, exc)
    finally:
        _exit()
`;

export function makeThreadModule(vm: VM): PyModule {
  const m = newModule('_thread', newStr("This module provides primitive operations to write multi-threaded programs.\nThe 'threading' module provides a more convenient interface."));
  const d = m.dict as PyDict;
  const lt = lockTypeFor();
  // The bootstrap function (bottom frame of every new thread), compiled from our source.
  let bootstrap: PyFunction | null = null;
  const getBootstrap = (): PyFunction => {
    if (bootstrap) return bootstrap;
    if (!vm.compileSource) raise(PyExc.RuntimeError, "can't start new thread: no compiler");
    const code = newCode(vm.compileSource(BOOTSTRAP_PY, '<bytescope:_thread>'));
    try { decref(vm.execCode(code, d, d)); } finally { decref(code); }
    const f = d.getStr('_bootstrap');
    if (!(f instanceof PyFunction)) raise(PyExc.RuntimeError, 'bootstrap missing');
    f.ob_refcnt++;
    bootstrap = f;
    d.delStr('_bootstrap');
    return f;
  };
  const F: Record<string, NativeFn> = {
    start_new_thread: (_s, args) => {
      if (args.length < 2 || args.length > 3) raise(PyExc.TypeError, `start_new_thread expected at most 3 arguments, got ${args.length}`);
      const [func, fargs, fkw] = args as [PyObject, PyObject, PyObject | undefined];
      if (!func.type.slots.call) raise(PyExc.TypeError, 'first arg must be callable');
      if (!(fargs instanceof PyTuple)) raise(PyExc.TypeError, '2nd arg must be a tuple');
      if (fkw && fkw !== None && !(fkw instanceof Dict)) raise(PyExc.TypeError, 'optional 3rd arg must be a dictionary');
      const s = scheduler(vm);
      const t = s.startThread(getBootstrap(), [func, fargs, fkw ?? None]);
      return intFrom(t.ident);
    },
    allocate_lock: () => newLock(vm),
    allocate: () => newLock(vm),
    _set_sentinel: () => {
      const l = newLock(vm);
      scheduler(vm).current.sentinels.push(lockOf(l));
      return l;
    },
    get_ident: () => intFrom(existingScheduler(vm)?.current.ident ?? scheduler(vm).current.ident),
    get_native_id: () => intFrom(4000 + (existingScheduler(vm) ? existingScheduler(vm)!.threads.indexOf(existingScheduler(vm)!.current) : 0)),
    _get_main_thread_ident: () => intFrom(scheduler(vm).threads[0]!.ident),
    _count: () => {
      const s = existingScheduler(vm);
      return newInt(s ? s.alive().filter((t) => !t.isMain).length : 0);
    },
    stack_size: (_s, args) => {
      if (args.length && A.asSize(args[0]!) !== 0 && A.asSize(args[0]!) < 32768) raise(PyExc.ValueError, 'size not valid: ' + A.asSize(args[0]!) + ' bytes');
      return newInt(0);
    },
    daemon_threads_allowed: () => boolObj(true),
    _is_main_interpreter: () => boolObj(true),
    interrupt_main: () => { raise(PyExc.KeyboardInterrupt, ''); },
    exit: () => raise(PyExc.SystemExit!, ''),
    _exit: () => { scheduler(vm).exitCurrent(); return none(); },
    _report: (_s, args) => {
      const [func, exc] = args as [PyObject, PyObject];
      vm.host.stderr(`Exception ignored in thread started by: ${A.reprJS(func)}\n`);
      if (isException(exc)) {
        // The traceback starts at the thread's function, as CPython's (no bootstrap frame).
        const e = exc as PyBaseException & { traceback: PyObject | null };
        const tb = e.traceback as PyTraceback | null;
        const skip = tb instanceof PyTraceback && tb.frame.f.code.co.co_name === '_bootstrap' ? tb.next : tb;
        e.traceback = skip;
        try {
          vm.host.stderr(formatException(e, (f, l) => vm.sourceLine(f, l)));
        } finally {
          e.traceback = tb;
        }
      }
      return none();
    },
  };
  for (const name in F) {
    const f = newBuiltin(name, F[name]!, m);
    d.setStr(name, f);
    decref(f);
  }
  d.setStr('LockType', lt);
  rlockVM = vm;
  d.setStr('RLock', rlockTypeFor());
  d.setStr('lock', lt);
  const set = (k: string, v: PyObject): void => { d.setStr(k, v); decref(v); };
  set('TIMEOUT_MAX', newFloat(TIMEOUT_MAX));
  d.setStr('error', PyExc.RuntimeError!);
  void True; void False;
  // _local and _ExceptHookArgs/_excepthook: small Python definitions.
  if (vm.compileSource) {
    const src = String.raw`
class _local:
    """Thread-local data (one namespace per thread)."""
    def __init__(self, *args, **kw):
        object.__setattr__(self, '_local__dicts', {})
    def _local__d(self):
        dicts = object.__getattribute__(self, '_local__dicts')
        ident = get_ident()
        d = dicts.get(ident)
        if d is None:
            d = dicts[ident] = {}
        return d
    def __getattribute__(self, name):
        if name.startswith('_local__'):
            return object.__getattribute__(self, name)
        d = object.__getattribute__(self, '_local__d')()
        if name in d:
            return d[name]
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        object.__getattribute__(self, '_local__d')()[name] = value
    def __delattr__(self, name):
        d = object.__getattribute__(self, '_local__d')()
        if name not in d:
            raise AttributeError(name)
        del d[name]

class _ExceptHookArgs(tuple):
    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

def _excepthook(args, /):
    import sys
    if args.exc_type == SystemExit:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    sys.stderr.write("Exception in thread %s:\n" % (name,))
    import traceback
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=sys.stderr)
`;
    const code = newCode(vm.compileSource(src, '<bytescope:_thread>'));
    try { decref(vm.execCode(code, d, d)); } finally { decref(code); }
  }
  return m;
}
