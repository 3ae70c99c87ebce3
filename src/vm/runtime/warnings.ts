/**
 * The warnings engine: what CPython's `_warnings` C module does (Python/_warnings.c in 3.12),
 * over which `Lib/warnings.py` sits once a program imports it. Filtering, registries, the
 * "once"/"module"/"default"/"always"/"error"/"ignore" actions, stack-level attribution, and the
 * fallback printer used while `warnings` is not imported.
 *
 * Invariants:
 * - The state (filters list, once-registry dict, default action str) is created lazily, on the
 *   first warning or the first `import _warnings`: an empty program allocates none of it.
 * - When `sys.modules['warnings']` exists, its `filters`, `onceregistry` and `defaultaction`
 *   replace the state's (the same objects unless a program rebinds them), exactly as
 *   get_warnings_attr does; the module is imported only where CPython imports it (a warning
 *   carrying a `source` object, the never-awaited-coroutine warning).
 * - `vm.warnings` owns one reference to each state object (refcount audit roots).
 */
import type { PyObject } from '../objects/object';
import type { VM } from './vm';
import type { Frame } from '../interp/frame';
import { PyDict, newDict, dictClear, dictGet, dictSet } from '../objects/dict';
import { PyList, listSteal } from '../objects/list';
import { PyStr, newStr, intern, strType } from '../objects/str';
import { PyTuple, tupleSteal, tupleFrom } from '../objects/tuple';
import { PyInt, newInt, True } from '../objects/int';
import { None } from '../objects/singletons';
import { PyType } from '../objects/type';
import { PyModule } from '../objects/module';
import { isException } from '../objects/exceptions';
import { raise, PyExc } from './errors';
import { decref, xdecref } from './refcount';
import * as A from './abstract';

export interface WarningsState {
  filters: PyObject;
  onceRegistry: PyObject;
  defaultAction: PyObject;
  /** Bumped by `_filters_mutated()`; registries remember the version they were filled under. */
  version: number;
}

function filterTuple(action: string, category: PyType, module: string | null): PyTuple {
  const mod = module === null ? (None.ob_refcnt++, None) : intern(module);
  None.ob_refcnt++;
  category.ob_refcnt++;
  return tupleSteal([intern(action), None, category, mod, newInt(0)]);
}

/** The state, created on first use with a regular (non-debug) build's five default filters. */
export function warningsState(vm: VM): WarningsState {
  let st = vm.warnings;
  if (st === null) {
    st = {
      filters: listSteal([
        filterTuple('default', PyExc.DeprecationWarning!, '__main__'),
        filterTuple('ignore', PyExc.DeprecationWarning!, null),
        filterTuple('ignore', PyExc.PendingDeprecationWarning!, null),
        filterTuple('ignore', PyExc.ImportWarning!, null),
        filterTuple('ignore', PyExc.ResourceWarning!, null),
      ]),
      onceRegistry: newDict(),
      defaultAction: newStr('default'),
      version: 0,
    };
    vm.warnings = st;
  }
  return st;
}

/** Drops the state's references (interpreter shutdown). */
export function clearWarningsState(vm: VM): void {
  const st = vm.warnings;
  if (st === null) return;
  vm.warnings = null;
  decref(st.filters); decref(st.onceRegistry); decref(st.defaultAction);
}

/**
 * `warnings.<name>` as a new reference, or null. With `tryImport` the module is imported first
 * (an ImportError counts as "absent"); otherwise only an already imported module is consulted.
 */
function warningsAttr(vm: VM, name: string, tryImport: boolean): PyObject | null {
  // Past the start of finalization sys.modules is gone: no Python-level warnings module.
  if (vm.finalizing) return null;
  let mod: PyObject | null;
  if (tryImport) {
    try {
      mod = vm.importModule('warnings');
    } catch (e) {
      if (isException(e) && e.type.isSubtype(PyExc.ImportError!)) { decref(e); return null; }
      throw e;
    }
  } else {
    mod = vm.modules.getStr('warnings');
    if (mod === null) return null;
    mod.ob_refcnt++;
  }
  try {
    return A.getAttrOpt(mod, name);
  } finally { decref(mod); }
}

function onceRegistry(vm: VM, st: WarningsState): PyObject {
  const r = warningsAttr(vm, 'onceregistry', false);
  if (r === null) return st.onceRegistry;
  if (!(r instanceof PyDict)) {
    const tn = r.type.name;
    decref(r);
    raise(PyExc.TypeError!, `_warnings.onceregistry must be a dict, not '${tn}'`);
  }
  const old = st.onceRegistry;
  st.onceRegistry = r;
  decref(old);
  return r;
}

function defaultAction(vm: VM, st: WarningsState): PyObject {
  const r = warningsAttr(vm, 'defaultaction', false);
  if (r === null) return st.defaultAction;
  if (!(r instanceof PyStr)) {
    const tn = r.type.name;
    decref(r);
    raise(PyExc.TypeError!, `_warnings.defaultaction must be a string, not '${tn}'`);
  }
  const old = st.defaultAction;
  st.defaultAction = r;
  decref(old);
  return r;
}

/** None matches anything; a plain str must be equal; anything else is a regex: `obj.match(arg)`. */
function matches(obj: PyObject, arg: PyObject): boolean {
  if (obj === None) return true;
  if (obj.type === strType) {
    return arg instanceof PyStr && (obj as PyStr).s === arg.s;
  }
  const r = A.callMethod(obj, 'match', [arg]);
  try { return A.isTrue(r); } finally { decref(r); }
}

function isSubclass(c: PyObject, base: PyObject, vm: VM): boolean {
  if (c instanceof PyType && base instanceof PyType) return c.isSubtype(base);
  const f = vm.builtinsDict.getStr('issubclass')!;
  const r = A.call(f, [c, base]);
  try { return A.isTrue(r); } finally { decref(r); }
}

/** The matching filter's action (borrowed) and the filter itself (borrowed; None for the default). */
function getFilter(vm: VM, st: WarningsState, category: PyObject, text: PyObject, lineno: number, module: PyObject): [PyObject, PyObject] {
  const wf = warningsAttr(vm, 'filters', false);
  if (wf !== null) { const old = st.filters; st.filters = wf; decref(old); }
  const filters = st.filters;
  if (!(filters instanceof PyList)) raise(PyExc.ValueError!, '_warnings.filters must be a list');
  // The list may change while a filter's match() runs: re-read its length every step.
  for (let i = 0; i < filters.items.length; i++) {
    const item = filters.items[i]!;
    if (!(item instanceof PyTuple) || item.items.length !== 5) raise(PyExc.ValueError!, `_warnings.filters item ${i} isn't a 5-tuple`);
    const [action, msg, cat, mod, ln] = item.items as [PyObject, PyObject, PyObject, PyObject, PyObject];
    item.ob_refcnt++;
    try {
      if (!(action instanceof PyStr)) raise(PyExc.TypeError!, `action must be a string, not '${action.type.name}'`);
      const goodMsg = matches(msg, text);
      const goodMod = matches(mod, module);
      const sub = isSubclass(category, cat, vm);
      const n = A.asSize(ln);
      if (goodMsg && sub && goodMod && (n === 0 || n === lineno)) return [action, item];
    } finally { decref(item); }
  }
  return [defaultAction(vm, st), None];
}

/** True when `key` is already in `registry` (registries are reset when the filters changed). */
function alreadyWarned(st: WarningsState, registry: PyDict, key: PyObject, set: boolean): boolean {
  const v = registry.getStr('version');
  if (!(v instanceof PyInt) || v.type.name !== 'int' || Number(v.v) !== st.version) {
    dictClear(registry);
    const nv = newInt(st.version);
    registry.setStr('version', nv);
    decref(nv);
  } else {
    const w = dictGet(registry, key);
    if (w !== null && A.isTrue(w)) return true;
  }
  if (set) dictSet(registry, key, True);
  return false;
}

function updateRegistry(st: WarningsState, registry: PyDict, text: PyObject, category: PyObject, addZero: boolean): boolean {
  const zero = newInt(0);
  const key = tupleFrom(addZero ? [text, category, zero] : [text, category]);
  decref(zero);
  try { return alreadyWarned(st, registry, key, true); } finally { decref(key); }
}

/** Module name of a file: the file name without a trailing ".py" ('<unknown>' for ''). */
function normalizeModule(filename: PyObject): PyObject {
  const s = filename instanceof PyStr ? filename.s : '';
  if (s.length === 0) return newStr('<unknown>');
  if (s.endsWith('.py')) return newStr(s.slice(0, -3));
  filename.ob_refcnt++;
  return filename;
}

function sysStderr(vm: VM): PyObject | null {
  return (vm.sys.dict as PyDict).getStr('stderr');
}

/** Line `lineno` of `filename` as CPython's file reader sees it (no newline), or null. */
export function fileLine(vm: VM, filename: string, lineno: number): string | null {
  if (filename.startsWith('<') && filename.endsWith('>')) return null;
  let src: string | null = null;
  try { src = vm.importer.finder.source(filename); } catch { src = null; }
  if (src === null) src = vm.host.readFile(filename);
  if (src === null || lineno < 1) return null;
  const lines = src.split(/\r\n|\r|\n/);
  if (src.endsWith('\n') || src.endsWith('\r')) lines.pop();
  return lineno <= lines.length ? lines[lineno - 1]! : null;
}

/** The C fallback printer (show_warning): "file:line: Category: text" and the source line. */
function showWarning(vm: VM, filename: PyObject, lineno: number, text: PyObject, category: PyObject, sourceline: PyObject | null): void {
  const f = sysStderr(vm);
  if (f === null) { vm.host.stderr('lost sys.stderr\n'); return; }
  try {
    const name = A.getAttr(category, '__name__');
    const parts = `${A.strJS(filename)}:${lineno}: ${A.strJS(name)}: ${A.strJS(text)}\n`;
    decref(name);
    write(f, parts);
    if (sourceline !== null) {
      // CPython computes the stripped line but writes the original one, without indent.
      write(f, A.strJS(sourceline) + '\n');
    } else if (filename instanceof PyStr) {
      const line = fileLine(vm, filename.s, lineno);
      if (line !== null) write(f, '  ' + line.replace(/^[ \t\f]+/, '') + '\n');
    }
  } catch (e) {
    // PyErr_Clear(): a failing stderr loses the warning, never raises.
    if (!isException(e)) throw e;
    decref(e);
  }
}

function write(f: PyObject, s: string): void {
  const o = newStr(s);
  try { decref(A.callMethod(f, 'write', [o])); } finally { decref(o); }
}

function callShowWarning(vm: VM, category: PyObject, text: PyObject, message: PyObject, filename: PyObject, lineno: number,
  linenoObj: PyObject, sourceline: PyObject | null, source: PyObject | null): void {
  const show = warningsAttr(vm, '_showwarnmsg', source !== null);
  if (show === null) { showWarning(vm, filename, lineno, text, category, sourceline); return; }
  try {
    if (!show.type.slots.call && !A.getAttrOpt(show, '__call__')) raise(PyExc.TypeError!, 'warnings._showwarnmsg() must be set to a callable');
    const cls = warningsAttr(vm, 'WarningMessage', false);
    if (cls === null) raise(PyExc.RuntimeError!, 'unable to get warnings.WarningMessage');
    let msg: PyObject;
    try { msg = A.call(cls, [message, category, filename, linenoObj, None, None, source ?? None]); } finally { decref(cls); }
    try { decref(A.call(show, [msg])); } finally { decref(msg); }
  } finally { decref(show); }
}

/**
 * warn_explicit: filters and shows (or raises) one warning. `module` null = derived from the file
 * name; `registry` null/None = no per-module registry. Throws the warning itself for "error".
 */
export function warnExplicit(vm: VM, category: PyObject, message: PyObject, filename: PyObject, lineno: number,
  module: PyObject | null, registry: PyObject | null, sourceline: PyObject | null, source: PyObject | null): void {
  if (module === None) return;
  if (registry !== null && registry !== None && !(registry instanceof PyDict)) raise(PyExc.TypeError!, "'registry' must be a dict or None");
  const reg = registry instanceof PyDict ? registry : null;
  const st = warningsState(vm);
  const mod = module === null ? normalizeModule(filename) : (module.ob_refcnt++, module);
  let text: PyObject | null = null;
  let msgObj: PyObject | null = null;
  let key: PyObject | null = null;
  const linenoObj = newInt(lineno);
  try {
    if (message.type.isSubtype(PyExc.Warning!)) {
      text = A.str(message);
      category = message.type;
      message.ob_refcnt++;
      msgObj = message;
    } else {
      message.ob_refcnt++;
      text = message;
      msgObj = A.call(category, [message]);
    }
    if (source === None) source = null;
    key = tupleFrom([text, category, linenoObj]);
    if (reg !== null && alreadyWarned(st, reg, key, false)) return;
    const [action, item] = getFilter(vm, st, category, text, lineno, mod);
    const act = action instanceof PyStr ? action.s : '';
    if (act === 'error') {
      if (isException(msgObj)) { msgObj.ob_refcnt++; throw msgObj; }
      const e = A.call(category, [msgObj]);
      throw e;
    }
    if (act === 'ignore') return;
    let already = false;
    if (act !== 'always') {
      if (reg !== null) dictSet(reg, key, True);
      if (act === 'once') {
        const r = reg ?? onceRegistry(vm, st);
        if (!(r instanceof PyDict)) raise(PyExc.TypeError!, "'registry' must be a dict or None");
        already = updateRegistry(st, r, text, category, false);
      } else if (act === 'module') {
        if (reg !== null) already = updateRegistry(st, reg, text, category, false);
      } else if (act !== 'default') {
        raise(PyExc.RuntimeError!, `Unrecognized action (${A.reprJS(action)}) in warnings.filters:\n ${A.reprJS(item)}`);
      }
    }
    if (already) return;
    callShowWarning(vm, category, text, msgObj, filename, lineno, linenoObj, sourceline, source);
  } finally {
    xdecref(key); xdecref(text); xdecref(msgObj); decref(linenoObj); decref(mod);
  }
}

function isInternalFilename(f: Frame): boolean {
  const fn = f.code.co.co_filename;
  return fn.includes('importlib') && fn.includes('_bootstrap');
}

function skipFile(f: Frame, prefixes: PyTuple | null): boolean {
  if (prefixes === null) return false;
  const fn = f.code.co.co_filename;
  return prefixes.items.some((p) => p instanceof PyStr && fn.startsWith(p.s));
}

/** Where a warning raised at `stacklevel` is attributed: [filename, lineno, module, registry]. */
function setupContext(vm: VM, stacklevel: number, prefixes: PyTuple | null): [PyObject, number, PyObject, PyObject] {
  let f: Frame | null = vm.top;
  if (stacklevel <= 0 || (f !== null && isInternalFilename(f))) {
    while (--stacklevel > 0 && f !== null) f = f.back;
  } else {
    while (--stacklevel > 0 && f !== null) {
      do { f = f.back; } while (f !== null && (isInternalFilename(f) || skipFile(f, prefixes)));
    }
  }
  let globals: PyDict;
  let filename: PyObject;
  let lineno: number;
  if (f === null) {
    globals = vm.sys.dict as PyDict;
    filename = newStr('sys');
    lineno = 1;
  } else {
    globals = f.globals;
    filename = newStr(f.code.co.co_filename);
    lineno = f.line();
  }
  let registry = globals.getStr('__warningregistry__');
  if (registry === null) {
    registry = newDict();
    globals.setStr('__warningregistry__', registry);
  } else registry.ob_refcnt++;
  let module = globals.getStr('__name__');
  if (module === None || module instanceof PyStr) module.ob_refcnt++;
  else module = newStr('<string>');
  return [filename, lineno, module, registry];
}

/** do_warn: a warning attributed to the frame `stacklevel` levels up (1 = the running frame). */
export function warnAt(vm: VM, message: PyObject, category: PyObject, stacklevel: number, source: PyObject | null, prefixes: PyTuple | null = null): void {
  const [filename, lineno, module, registry] = setupContext(vm, stacklevel, prefixes);
  try {
    warnExplicit(vm, category, message, filename, lineno, module, registry, null, source);
  } finally { decref(filename); decref(module); decref(registry); }
}

/** PyErr_WarnFormat / PyErr_WarnEx: a runtime warning with a text message. */
export function warnText(vm: VM, category: PyType, text: string, stacklevel = 1, source: PyObject | null = null): void {
  const m = newStr(text);
  try { warnAt(vm, m, category, stacklevel, source); } finally { decref(m); }
}

/** get_category: the category a `warn(message, category)` call uses (borrowed). */
export function warnCategory(message: PyObject, category: PyObject | null): PyObject {
  let c: PyObject;
  if (message.type.isSubtype(PyExc.Warning!)) c = message.type;
  else if (category === null || category === None) c = PyExc.UserWarning!;
  else c = category;
  if (!(c instanceof PyType) || !c.isSubtype(PyExc.Warning!)) {
    raise(PyExc.TypeError!, `category must be a Warning subclass, not '${c.type.name}'`);
  }
  return c;
}

/**
 * A compile-time warning (PyErr_WarnExplicitObject with no module and no registry). Returns true
 * when the filters turned it into an exception of `category` (the compiler then reports a
 * SyntaxError at the same place); other exceptions propagate.
 */
export function compileWarning(vm: VM, category: 'SyntaxWarning' | 'DeprecationWarning', msg: string, filename: string, lineno: number): boolean {
  const cat = PyExc[category]!;
  const m = newStr(msg);
  const fn = newStr(filename);
  try {
    warnExplicit(vm, cat, m, fn, lineno, null, null, null, null);
    return false;
  } catch (e) {
    if (isException(e) && e.type.isSubtype(cat)) { decref(e); return true; }
    throw e;
  } finally { decref(m); decref(fn); }
}

/**
 * _PyErr_WarnUnawaitedCoroutine: through `warnings._warn_unawaited_coroutine` (imported for it),
 * else a plain RuntimeWarning. Never raises: failures are reported as unraisable.
 */
export function warnUnawaitedCoroutine(vm: VM, coro: PyObject, qualname: string): void {
  let warned = false;
  let err: unknown = null;
  try {
    const fn = warningsAttr(vm, '_warn_unawaited_coroutine', true);
    if (fn !== null) {
      try { decref(A.call(fn, [coro])); warned = true; } finally { decref(fn); }
    }
  } catch (e) {
    if (!isException(e)) throw e;
    if (e.type.isSubtype(PyExc.RuntimeWarning!)) warned = true;
    err = e;
  }
  if (err !== null) writeUnraisable(vm, err as PyObject, coro);
  if (!warned) {
    try { warnText(vm, PyExc.RuntimeWarning!, `coroutine '${qualname}' was never awaited`, 1, coro); } catch (e) {
      if (!isException(e)) throw e;
      writeUnraisable(vm, e, coro);
    }
  }
}

/** PyErr_WriteUnraisable(obj): "Exception ignored in: <obj>" and the traceback; consumes `e`. */
export function writeUnraisable(vm: VM, e: PyObject, obj: PyObject): void {
  let what: string;
  try { what = A.reprJS(obj); } catch (err) { if (isException(err)) decref(err); what = '<object repr() failed>'; }
  vm.host.stderr(`Exception ignored in: ${what}\n`);
  if (isException(e)) vm.printException(e);
  decref(e);
}

/** The `_warnings` module object over the state (its attributes are the state's objects). */
export function fillWarningsModule(vm: VM, m: PyModule): void {
  const st = warningsState(vm);
  const d = m.dict as PyDict;
  d.setStr('filters', st.filters);
  d.setStr('_onceregistry', st.onceRegistry);
  d.setStr('_defaultaction', st.defaultAction);
}

export function filtersMutated(vm: VM): void {
  warningsState(vm).version++;
}
