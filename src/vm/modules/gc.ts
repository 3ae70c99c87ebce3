/** The `gc` module: thin bindings over src/vm/runtime/gc.ts. */
import type { PyObject } from '../objects/object';
import type { VM } from '../runtime/vm';
import { PyModule, newModule } from '../objects/module';
import { PyDict, newDict } from '../objects/dict';
import { newStr } from '../objects/str';
import { newInt, boolObj } from '../objects/int';
import { tupleSteal } from '../objects/tuple';
import { listSteal, newList } from '../objects/list';
import { None } from '../objects/singletons';
import { newBuiltin, type NativeFn } from '../objects/builtin_function';
import { raise, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import { gcState, collect, gcObjects, isTracked, DEBUG_STATS, DEBUG_COLLECTABLE, DEBUG_UNCOLLECTABLE, DEBUG_SAVEALL, DEBUG_LEAK } from '../runtime/gc';
import * as A from '../runtime/abstract';
import { bindArgs } from '../runtime/args';
import { referentsOf } from '../debug/heap';

function none(): PyObject { None.ob_refcnt++; return None; }

export function makeGcModule(vm: VM): PyModule {
  const m = newModule('gc', newStr('This module provides access to the garbage collector for reference cycles.'));
  const d = m.dict as PyDict;
  const g = gcState;
  const F: Record<string, NativeFn> = {
    collect: (_s, args, kw) => {
      const [gen] = bindArgs('collect', args, kw, ['generation'], 0);
      const n = gen ? A.asSize(gen) : 2;
      if (n < 0 || n > 2) raise(PyExc.ValueError, 'invalid generation');
      return newInt(collect(n));
    },
    enable: () => { g.enabled = true; return none(); },
    disable: () => { g.enabled = false; return none(); },
    isenabled: () => boolObj(g.enabled),
    get_count: () => tupleSteal(g.counts.map((c) => newInt(c))),
    get_threshold: () => tupleSteal(g.thresholds.map((c) => newInt(c))),
    set_threshold: (_s, args) => {
      if (args.length < 1 || args.length > 3) raise(PyExc.TypeError, `set_threshold expected at least 1 argument, got ${args.length}`);
      args.forEach((a, i) => { g.thresholds[i] = A.asSize(a); });
      return none();
    },
    set_debug: (_s, args) => { g.debug = A.asSize(args[0]!); return none(); },
    get_debug: () => newInt(g.debug),
    is_tracked: (_s, args) => boolObj(isTracked(args[0]!)),
    is_finalized: (_s, args) => boolObj((args[0]!.flags & 2) !== 0),
    get_objects: (_s, args, kw) => {
      const [gen] = bindArgs('get_objects', args, kw, ['generation'], 0);
      const objs = gcObjects(gen && gen !== None ? A.asSize(gen) : undefined);
      return newList(objs);
    },
    get_referents: (_s, args) => {
      const out: PyObject[] = [];
      for (const a of args) for (const r of referentsOf(a)) if (r.gcGen !== -1 || r.type.slots.traverse) out.push(r);
      return newList(out);
    },
    get_referrers: (_s, args) => {
      const targets = new Set(args);
      const out: PyObject[] = [];
      for (const o of gcObjects()) if (referentsOf(o).some((r) => targets.has(r))) out.push(o);
      return newList(out);
    },
    get_stats: () => listSteal(g.stats.map((s) => {
      const dd = newDict();
      const a = newInt(s.collections), b = newInt(s.collected), c = newInt(s.uncollectable);
      dd.setStr('collections', a); dd.setStr('collected', b); dd.setStr('uncollectable', c);
      decref(a); decref(b); decref(c);
      return dd;
    })),
    freeze: () => none(),
    unfreeze: () => none(),
    get_freeze_count: () => newInt(0),
  };
  for (const name in F) {
    const f = newBuiltin(name, F[name]!, null);
    d.setStr(name, f);
    decref(f);
  }
  const set = (k: string, v: PyObject) => { d.setStr(k, v); decref(v); };
  vm.gcGarbage = newList([]);
  vm.gcCallbacksList = newList([]);
  d.setStr('garbage', vm.gcGarbage);
  d.setStr('callbacks', vm.gcCallbacksList);
  set('DEBUG_STATS', newInt(DEBUG_STATS));
  set('DEBUG_COLLECTABLE', newInt(DEBUG_COLLECTABLE));
  set('DEBUG_UNCOLLECTABLE', newInt(DEBUG_UNCOLLECTABLE));
  set('DEBUG_SAVEALL', newInt(DEBUG_SAVEALL));
  set('DEBUG_LEAK', newInt(DEBUG_LEAK));
  return m;
}
