/**
 * The `time` module: the clocks here — time, time_ns, perf_counter(_ns), monotonic(_ns),
 * process_time(_ns), thread_time(_ns), sleep — over the host's clocks (Host.wallTime / Host.now); the calendar
 * functions (struct_time, gmtime, localtime, mktime, strftime, strptime, asctime, ctime) are
 * Python source run in the same module (py/time_py.ts).
 */
import type { VM } from '../runtime/vm';
import { threadSleep } from '../runtime/threads';
import type { PyModule } from '../objects/module';
import { pySourceModule } from './pysource';
import { TIME_SRC } from './py/time_py';
import { PyDict } from '../objects/dict';
import { intFrom } from '../objects/int';
import { newFloat, toDouble } from '../objects/float';
import { None } from '../objects/singletons';
import { newBuiltin, type NativeFn } from '../objects/builtin_function';
import { raise, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import { nargs } from '../runtime/args';

export function makeTimeModule(vm: VM): PyModule {
  const m = pySourceModule('time', TIME_SRC, 'This module provides various functions to manipulate time values.')(vm) as PyModule;
  const d = m.dict as PyDict;
  const wall = (): number => (vm.host.wallTime ? vm.host.wallTime() : Date.now() / 1000);
  const mono = (): number => (vm.host.now ? vm.host.now() : performance.now() / 1000);
  // Without a CPU clock in the host (a browser), the process clocks fall back to the monotonic one.
  const cpu = (): number => (vm.host.cpuTime ? vm.host.cpuTime() : mono());
  const ns = (s: number): bigint => BigInt(Math.round(s * 1e9));
  const F: Record<string, NativeFn> = {
    time: () => newFloat(wall()),
    time_ns: () => intFrom(ns(wall())),
    perf_counter: () => newFloat(mono()),
    perf_counter_ns: () => intFrom(ns(mono())),
    monotonic: () => newFloat(mono()),
    monotonic_ns: () => intFrom(ns(mono())),
    process_time: () => newFloat(cpu()),
    process_time_ns: () => intFrom(ns(cpu())),
    // Node has no per-thread CPU clock before v23; the VM runs on one thread, so the process's
    // CPU time stands in for it.
    thread_time: () => newFloat(cpu()),
    thread_time_ns: () => intFrom(ns(cpu())),
    sleep: (_s, args) => {
      nargs('sleep', args, 1, 1, true);
      const t = toDouble(args[0]!);
      if (t === null) raise(PyExc.TypeError, `'${args[0]!.type.name}' object cannot be interpreted as an integer`);
      if (t < 0) raise(PyExc.ValueError, 'sleep length must be non-negative');
      // Blocks this Python thread (others run meanwhile) or sleeps the worker: runtime/threads.ts.
      return threadSleep(vm, t, () => { None.ob_refcnt++; return None; });
    },
  };
  for (const name in F) { const fn = newBuiltin(name, F[name]!, m); d.setStr(name, fn); decref(fn); }
  return m;
}
