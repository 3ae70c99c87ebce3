/** Traceback objects: one per frame an exception passed through, innermost last via tb_next. */
import { PyObject } from './object';
import { makeStaticType, objectType, PyType, RefKindCode, TF_HAVE_GC } from './type';
import type { PyFrameObject } from './frame';
import { decref, xdecref } from '../runtime/refcount';
import { gcTrack } from '../runtime/gc';

export class PyTraceback extends PyObject {
  constructor(type: PyType, public next: PyTraceback | null, public frame: PyFrameObject, public lasti: number, public lineno: number) {
    super(type);
  }
}
export let tracebackType: PyType;

/** New traceback entry in front of `next` (stolen); takes a new reference to the frame object. */
export function newTraceback(next: PyTraceback | null, frame: PyFrameObject, lasti: number, lineno: number): PyTraceback {
  frame.ob_refcnt++;
  const tb = new PyTraceback(tracebackType, next, frame, lasti, lineno);
  gcTrack(tb);
  return tb;
}

export function initTracebackType(): void {
  tracebackType = makeStaticType('traceback', objectType, {
    traverse: (o, visit) => { const t = o as PyTraceback; if (t.next) visit(t.next, RefKindCode.Attr, 'tb_next'); visit(t.frame, RefKindCode.Attr, 'tb_frame'); },
    clear: (o) => { const t = o as PyTraceback; const n = t.next; t.next = null; xdecref(n); },
    dealloc: (o) => { const t = o as PyTraceback; const n = t.next; t.next = null; xdecref(n); decref(t.frame); },
    sizeof: () => 40, // head + tb_next, tb_frame, tb_lasti/tb_lineno (two ints)
  }, { noSubclass: true, flags: TF_HAVE_GC });
}
