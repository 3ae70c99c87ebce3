/**
 * Heap walking shared by the gc module, the refcount audit and the inspector: an object's outgoing
 * references with their kinds (tp_traverse plus the instance dict / heap type), and the set of
 * live objects reachable from the VM's roots.
 */
import type { PyObject } from '../objects/object';
import { RefKindCode } from '../objects/type';
import type { PyDict } from '../objects/dict';

export interface Ref { target: PyObject; kind: RefKindCode; label: string | number }

/** Every strong reference `o` holds, in traverse order (each counted once per slot). */
export function referencesOf(o: PyObject): Ref[] {
  const out: Ref[] = [];
  const tr = o.type.slots.traverse;
  if (tr) tr(o, (target, kind, label) => out.push({ target, kind, label }));
  const d = o.dict as PyDict | null;
  if (d) {
    if (d.inline) {
      const dt = d.type.slots.traverse!;
      dt(d, (target, kind, label) => { if (kind === RefKindCode.Value) out.push({ target, kind: RefKindCode.Attr, label }); });
    } else out.push({ target: d, kind: RefKindCode.Attr, label: '__dict__' });
  }
  if (o.type.isHeap()) out.push({ target: o.type, kind: RefKindCode.Type, label: '__class__' });
  return out;
}

export function referentsOf(o: PyObject): PyObject[] {
  return referencesOf(o).map((r) => r.target);
}
