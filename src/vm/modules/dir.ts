/** dir(obj) names (PyObject_Dir): instance dict + class attributes along the MRO, sorted. */
import type { PyObject } from '../objects/object';
import { PyType, lookup } from '../objects/type';
import { PyDict } from '../objects/dict';
import { PyStr } from '../objects/str';
import { PyModule } from '../objects/module';
import * as A from '../runtime/abstract';
import { decref } from '../runtime/refcount';

function keys(d: PyObject | null | undefined, out: Set<string>): void {
  if (!(d instanceof PyDict)) return;
  for (const k of d.ks) if (k instanceof PyStr) out.add(k.s);
}

export function dirNames(o: PyObject): string[] {
  const custom = lookup(o.type, '__dir__');
  if (custom && o.type.isHeap() && custom.type.name === 'function') {
    const r = A.callDescr(custom, o, []);
    const items = A.toArray(r);
    decref(r);
    const names = items.map((x) => A.strJS(x));
    for (const x of items) decref(x);
    return names.sort();
  }
  const out = new Set<string>();
  if (o instanceof PyModule) { keys(o.dict, out); return [...out].sort(cmp); }
  if (o instanceof PyType) {
    for (const t of o.mro) keys(t.tdict, out);
    return [...out].sort(cmp);
  }
  keys(o.dict, out);
  for (const t of o.type.mro) keys(t.tdict, out);
  out.add('__class__');
  return [...out].sort(cmp);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
