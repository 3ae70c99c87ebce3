/**
 * Frame objects (PyFrameObject): the Python-visible view of an interpreter frame, created on
 * demand (sys._getframe, tracebacks). While the frame runs it is owned by the interpreter frame;
 * when the frame finishes with the frame object still referenced, the frame object takes over the
 * frame's locals (`Frame.finished`), as CPython's take_ownership does.
 */
import { PyObject } from './object';
import { makeStaticType, objectType, PyType, RefKindCode, TF_HAVE_GC } from './type';
import { newStr } from './str';
import type { Frame } from '../interp/frame';
import { dealloc, decref } from '../runtime/refcount';
import { gcTrack } from '../runtime/gc';
import { pyIdHex } from '../runtime/address';

export class PyFrameObject extends PyObject {
  constructor(type: PyType, public f: Frame, public back: PyFrameObject | null = null) {
    super(type);
  }
}
export let frameType: PyType;

/** The frame object of `f` (borrowed; created and owned by the frame on first use). */
export function frameObjectOf(f: Frame): PyFrameObject {
  if (!f.frameObj) {
    f.frameObj = new PyFrameObject(frameType, f);
    gcTrack(f.frameObj);
  }
  return f.frameObj;
}

/** Releases the locals and stack a finished frame still owns. */
export function releaseFrameSlots(f: Frame): void {
  // Slots at and above f.sp are always null (every pop clears its slot; f.sp is exact whenever a
  // frame is popped, discarded or suspended), so only [0, sp) can hold references.
  const lp = f.lp, n = f.sp;
  for (let i = 0; i < n; i++) { const v = lp[i]; if (v) { lp[i] = null; decref(v); } }
  f.sp = f.code.nlocalsplus;
  // Written out instead of decref(): V8 keeps type feedback per function, so decref's own
  // property accesses are megamorphic, while these sites see one type each (dict, function).
  if (f.locals) { const l = f.locals; f.locals = null; if (--l.ob_refcnt === 0) dealloc(l); }
  if (f.funcObj) { const fn = f.funcObj; f.funcObj = null; if (--fn.ob_refcnt === 0) dealloc(fn); }
}

export function initFrameType(): void {
  frameType = makeStaticType('frame', objectType, {
    repr: (o) => { const f = (o as PyFrameObject).f; return newStr(`<frame at 0x${pyIdHex(o)}, file '${f.code.co.co_filename}', line ${f.line()}, code ${f.code.co.co_name}>`); },
    traverse: (o, visit) => {
      const fo = o as PyFrameObject;
      const f = fo.f;
      if (fo.back) visit(fo.back, RefKindCode.Attr, 'f_back');
      if (!f.finished) return;
      const names = f.code.co.co_localsplusnames;
      for (let i = 0; i < f.lp.length; i++) { const v = f.lp[i]; if (v) visit(v, i < names.length ? RefKindCode.FrameSlot : RefKindCode.Stack, names[i] ?? i); }
      if (f.locals) visit(f.locals, RefKindCode.Attr, 'f_locals');
      if (f.funcObj) visit(f.funcObj, RefKindCode.Internal, 'f_funcobj');
      // A finished frame's code reference passed to this frame object (VM.popFrame).
      visit(f.code, RefKindCode.Internal, 'f_code');
    },
    clear: (o) => { const fo = o as PyFrameObject; if (fo.f.finished) releaseFrameSlots(fo.f); },
    dealloc: (o) => {
      const fo = o as PyFrameObject;
      const f = fo.f;
      if (f.frameObj === fo) f.frameObj = null;
      if (f.finished) {
        releaseFrameSlots(f);
        // Only this frame object still reached the finished frame (a traceback's, typically):
        // it is parked for reuse like a frame popped without one (VM.popFrame).
        if (f.gen === null) { f.finished = false; f.nextFree = f.code.freeFrame; f.code.freeFrame = f; }
        // The code reference VM.popFrame handed over with the finished frame.
        decref(f.code);
      }
      if (fo.back) { const b = fo.back; fo.back = null; decref(b); }
    },
    // offsetof(PyFrameObject, _f_frame_data) + offsetof(_PyInterpreterFrame, localsplus) = 120, plus
    // one pointer per localsplus and value-stack slot of the frame's code (frame_sizeof).
    sizeof: (o) => { const co = (o as PyFrameObject).f.code.co; return 120 + 8 * (co.co_localsplusnames.length + co.co_stacksize); },
  }, { noSubclass: true, flags: TF_HAVE_GC });
}
