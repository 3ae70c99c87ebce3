/**
 * `_tracemalloc` (the C half of tracemalloc: start/stop, traces, traced memory) as a binding over
 * runtime/tracemalloc.ts, and `tracemalloc`, the Python half (Snapshot, Statistic, filters ...),
 * written in Python (tracemalloc_py.ts) and compiled by our compiler at import time — CPython's
 * Lib/tracemalloc.py needs pickle, fnmatch, linecache and os.path, which the import system does
 * not provide yet.
 *
 * Tracing keeps every frame's lasti exact (VM.keepLasti) so tracebacks name the executing line.
 */
import type { PyObject } from '../objects/object';
import type { VM } from '../runtime/vm';
import { PyModule, newModule } from '../objects/module';
import type { PyDict } from '../objects/dict';
import { newStr } from '../objects/str';
import { newInt, boolObj } from '../objects/int';
import { tupleSteal } from '../objects/tuple';
import { listSteal } from '../objects/list';
import { None } from '../objects/singletons';
import { newBuiltin, type NativeFn } from '../objects/builtin_function';
import { raise, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import { bindArgs } from '../runtime/args';
import * as A from '../runtime/abstract';
import { Tracer, MAX_NFRAME, type TraceTb } from '../runtime/tracemalloc';
import { acquireMemModel, releaseMemModel, currentMemModel } from '../runtime/memmodel';
import { newCode } from '../objects/code';
import { TRACEMALLOC_PY } from './tracemalloc_py';

function tbTuple(tb: TraceTb): PyObject {
  return tupleSteal(tb.frames.map(([fn, line]) => tupleSteal([newStr(fn), newInt(line)])));
}

function tracesList(traces: readonly { size: number; tb: TraceTb }[]): PyObject {
  const tbCache = new Map<TraceTb, PyObject>();
  const out: PyObject[] = [];
  for (const tr of traces) {
    let tb = tbCache.get(tr.tb);
    if (!tb) { tb = tbTuple(tr.tb); tbCache.set(tr.tb, tb); } else tb.ob_refcnt++;
    out.push(tupleSteal([newInt(0), newInt(tr.size), tb, newInt(tr.tb.total)]));
  }
  return listSteal(out);
}

function none(): PyObject {
  None.ob_refcnt++;
  return None;
}

export function makeTracemallocCModule(vm: VM): PyModule {
  const m = newModule('_tracemalloc', newStr('Debug module to trace memory blocks allocated by Python.'));
  const d = m.dict as PyDict;
  const tracer = (): Tracer | null => currentMemModel()?.tracer ?? null;
  const F: Record<string, NativeFn> = {
    is_tracing: () => boolObj(tracer() !== null),
    start: (_s, args, kw) => {
      const [n] = bindArgs('start', args, kw, ['nframe'], 0);
      const nframe = n ? Number(A.asSize(n)) : 1;
      if (nframe < 1 || nframe > MAX_NFRAME) raise(PyExc.ValueError, `the number of frames must be in range [1; ${MAX_NFRAME}]`);
      const t = tracer();
      if (t !== null) { t.nframe = nframe; return none(); }
      const mm = acquireMemModel();
      mm.flush();
      mm.tracer = new Tracer(nframe, () => vm.top);
      vm.setKeepLasti(true);
      return none();
    },
    stop: () => {
      const mm = currentMemModel();
      if (mm && mm.tracer) {
        mm.flush();
        mm.tracer = null;
        releaseMemModel();
        vm.setKeepLasti(false);
      }
      return none();
    },
    clear_traces: () => { const t = tracer(); if (t) { currentMemModel()!.flush(); t.clear(); } return none(); },
    get_traceback_limit: () => newInt(tracer()?.nframe ?? 1),
    get_traced_memory: () => {
      const t = tracer();
      if (!t) return tupleSteal([newInt(0), newInt(0)]);
      currentMemModel()!.flush();
      return tupleSteal([newInt(t.traced), newInt(t.peak)]);
    },
    reset_peak: () => {
      const t = tracer();
      if (t) { currentMemModel()!.flush(); t.peak = t.traced; }
      return none();
    },
    get_tracemalloc_memory: () => newInt(tracer()?.overhead() ?? 0),
    _get_traces: () => {
      const t = tracer();
      if (!t) return listSteal([]);
      const mm = currentMemModel()!;
      mm.reconcileAll();
      // Like CPython, the result list and tuples are not traced (tracing is suspended meanwhile).
      const traces = t.all();
      mm.flush();
      mm.tracer = null;
      try {
        return tracesList(traces);
      } finally {
        mm.flush();
        mm.tracer = t;
      }
    },
    _get_object_traceback: (_s, args) => {
      if (args.length !== 1) raise(PyExc.TypeError, `_get_object_traceback() takes exactly one argument (${args.length} given)`);
      const t = tracer();
      const mm = currentMemModel();
      if (!t || !mm) return none();
      const addr = mm.objectBlock(args[0]!);
      const tb = addr ? t.tracebackOf(addr) : null;
      return tb ? tbTuple(tb) : none();
    },
  };
  for (const name in F) {
    const f = newBuiltin(name, F[name]!, null);
    d.setStr(name, f);
    decref(f);
  }
  return m;
}

/** `tracemalloc`: our Python source over `_tracemalloc`, compiled and run as a module. */
export function makeTracemallocModule(vm: VM): PyModule {
  if (!vm.compileSource) raise(PyExc.ImportError, 'tracemalloc needs the compiler');
  const m = newModule('tracemalloc');
  const d = m.dict as PyDict;
  const fn = newStr('<bytescope>/tracemalloc.py');
  d.setStr('__file__', fn);
  decref(fn);
  d.setStr('__builtins__', vm.builtins);
  const code = newCode(vm.compileSource(TRACEMALLOC_PY, '<bytescope>/tracemalloc.py'));
  try {
    decref(vm.execCode(code, d, d));
  } finally {
    decref(code);
  }
  return m;
}
