/**
 * The runtime services the object layer needs from the running VM, behind one live binding so
 * objects/ and runtime/ modules need no reference to the VM class (no import cycles at load time).
 * Exactly one VM is current at a time (`setRuntime`); tests create VMs one after another.
 */
import type { PyObject } from '../objects/object';
import type { PyType } from '../objects/type';

export interface Runtime {
  /** Ask the interpreter to stop at its next eval-breaker point (GC due, pause, interrupt). */
  requestBreak(): void;
  /** Runs a __del__ with CPython's "Exception ignored in" reporting. */
  callFinalizer(o: PyObject, fin: (o: PyObject) => void): void;
  /** Called for every freed object (debug registries). */
  onFree(o: PyObject): void;
  gcCallbacks(phase: 'start' | 'stop', generation: number, collected: number, uncollectable: number): void;
  gcDebugLine(line: string): void;
  gcSaveGarbage(o: PyObject): void;
  decref(o: PyObject): void;
  tupleType: PyType;
}

export let rt: Runtime = {
  requestBreak() {},
  callFinalizer(o, fin) { fin(o); },
  onFree() {},
  gcCallbacks() {},
  gcDebugLine() {},
  gcSaveGarbage() {},
  decref() {},
  tupleType: null as unknown as PyType,
};

export function setRuntime(r: Runtime): void {
  rt = r;
}
