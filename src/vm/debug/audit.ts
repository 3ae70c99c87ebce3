/**
 * Debug-only refcount audit: recounts every live object's incoming references from the VM's roots
 * (frames, value stacks, modules, the handled exception, runtime-held references) and from every
 * reachable object's traverse, then compares with the stored ob_refcnt. Immortal objects are
 * skipped. An empty result means every count matches what CPython's invariant requires.
 */
import type { PyObject } from '../objects/object';
import { F_IMMORTAL } from '../objects/object';
import type { VM } from '../runtime/vm';
import { staticTypes } from '../objects/type';
import { gcObjects } from '../runtime/gc';
import { referencesOf } from './heap';

export interface AuditMismatch { id: number; type: string; stored: number; counted: number; repr: string }

/** Runtime roots with the number of references each holds. */
export function runtimeRoots(vm: VM): [PyObject, string][] {
  const roots: [PyObject, string][] = [];
  const add = (o: PyObject | null | undefined, label: string) => { if (o) roots.push([o, label]); };
  add(vm.modules, 'sys.modules');
  add(vm.builtins, 'builtins');
  add(vm.sys, 'sys');
  add(vm.handled, 'exc_info');
  add(vm.gcGarbage, 'gc.garbage');
  add(vm.gcCallbacksList, 'gc.callbacks');
  add(vm.mainModule, '__main__');
  add(vm.asyncGenFirstiter, 'sys.get_asyncgen_hooks().firstiter');
  add(vm.asyncGenFinalizer, 'sys.get_asyncgen_hooks().finalizer');
  if (vm.warnings) {
    add(vm.warnings.filters, '_warnings.filters');
    add(vm.warnings.onceRegistry, '_warnings._onceregistry');
    add(vm.warnings.defaultAction, '_warnings._defaultaction');
  }
  for (const o of vm.arena) add(o, 'arena');
  for (let f = vm.top; f; f = f.back) {
    const names = f.code.co.co_localsplusnames;
    for (let i = 0; i < f.sp; i++) add(f.lp[i], i < names.length ? names[i]! : `stack[${i - names.length}]`);
    add(f.locals, 'f_locals');
    add(f.funcObj, 'f_funcobj');
    add(f.code, 'f_code');
    add(f.frameObj, 'frame_obj');
    const g = f.gen as { excPrev?: PyObject | null } | null;
    if (g && g.excPrev) add(g.excPrev, 'caller exc_info (running generator)');
  }
  return roots;
}

export function auditRefcounts(vm: VM, extraRoots: PyObject[] = []): AuditMismatch[] {
  const counted = new Map<PyObject, number>();
  const seen = new Set<PyObject>();
  const queue: PyObject[] = [];
  const visit = (o: PyObject) => {
    counted.set(o, (counted.get(o) ?? 0) + 1);
    if (!seen.has(o)) { seen.add(o); queue.push(o); }
  };
  for (const [o] of runtimeRoots(vm)) visit(o);
  for (const o of extraRoots) visit(o);
  // Static types' dicts and gc-tracked objects are reachable even without a counted root.
  const enqueue = (o: PyObject) => { if (!seen.has(o)) { seen.add(o); queue.push(o); } };
  for (const t of staticTypes) { enqueue(t); if (t.tdict) enqueue(t.tdict); }
  for (const o of gcObjects()) enqueue(o);
  while (queue.length) {
    const o = queue.pop()!;
    for (const r of referencesOf(o)) visit(r.target);
  }
  const out: AuditMismatch[] = [];
  for (const o of seen) {
    if (o.flags & F_IMMORTAL) continue;
    const c = counted.get(o) ?? 0;
    if (c !== o.ob_refcnt) {
      let repr = '';
      try { repr = String((o as unknown as { s?: string }).s ?? ''); } catch { /* ignore */ }
      out.push({ id: o.id, type: o.type.name, stored: o.ob_refcnt, counted: c, repr });
    }
  }
  return out;
}
