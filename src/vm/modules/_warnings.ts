/**
 * The `_warnings` module: thin bindings over the warnings engine (src/vm/runtime/warnings.ts).
 * `Lib/warnings.py` imports `filters`, `_defaultaction`, `_onceregistry`, `warn`, `warn_explicit`
 * and `_filters_mutated` from it, so `warnings.warn` is this module's `warn`.
 */
import type { PyObject } from '../objects/object';
import type { VM } from '../runtime/vm';
import { PyModule, newModule } from '../objects/module';
import { PyDict } from '../objects/dict';
import { PyStr, newStr } from '../objects/str';
import { PyTuple } from '../objects/tuple';
import { None } from '../objects/singletons';
import { newBuiltin, type NativeFn } from '../objects/builtin_function';
import { raise, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import * as A from '../runtime/abstract';
import { bindArgs } from '../runtime/args';
import { fillWarningsModule, filtersMutated, warnAt, warnCategory, warnExplicit } from '../runtime/warnings';

function none(): PyObject { None.ob_refcnt++; return None; }

/** get_source_line: line `lineno` of the module's source through its loader's get_source(). */
function loaderSourceLine(globals: PyDict, lineno: number): PyObject | null {
  let loader: PyObject | null = null;
  const spec = globals.getStr('__spec__');
  if (spec !== null && spec !== None) loader = A.getAttrOpt(spec, 'loader');
  if (loader === null || loader === None) {
    if (loader) decref(loader);
    loader = globals.getStr('__loader__');
    if (loader === null || loader === None) return null;
    loader.ob_refcnt++;
  }
  try {
    const name = globals.getStr('__name__');
    if (name === null) return null;
    const getSource = A.getAttrOpt(loader, 'get_source');
    if (getSource === null) return null;
    let src: PyObject;
    try { src = A.call(getSource, [name]); } finally { decref(getSource); }
    try {
      if (!(src instanceof PyStr)) return null;
      const lines = A.callMethod(src, 'splitlines', []);
      try {
        const items = (lines as unknown as { items: PyObject[] }).items;
        const line = items[lineno - 1];
        if (line === undefined) raise(PyExc.IndexError!, 'list index out of range');
        line.ob_refcnt++;
        return line;
      } finally { decref(lines); }
    } finally { decref(src); }
  } finally { decref(loader); }
}

export function makeWarningsModule(vm: VM): PyModule {
  const m = newModule('_warnings', newStr('_warnings provides basic warning filtering support.\nIt is a helper module to speed up interpreter start-up.'));
  const d = m.dict as PyDict;
  const F: Record<string, NativeFn> = {
    warn: (_s, args, kw) => {
      const [message, category, stacklevel, source, prefixes] = bindArgs('warn', args, kw,
        ['message', 'category', 'stacklevel', 'source', 'skip_file_prefixes'], 1, 4);
      const cat = warnCategory(message!, category);
      let level = stacklevel ? A.asSize(stacklevel) : 1;
      let skip: PyTuple | null = null;
      if (prefixes !== null) {
        if (!(prefixes instanceof PyTuple)) raise(PyExc.TypeError!, `warn() argument 'skip_file_prefixes' must be tuple, not ${prefixes.type.name}`);
        for (const p of prefixes.items) if (!(p instanceof PyStr)) raise(PyExc.TypeError!, `Found non-str '${p.type.name}' in skip_file_prefixes.`);
        if (prefixes.items.length > 0) { skip = prefixes; if (level < 2) level = 2; }
      }
      warnAt(vm, message!, cat, level, source && source !== None ? source : null, skip);
      return none();
    },
    warn_explicit: (_s, args, kw) => {
      const [message, category, filename, lineno, mod, registry, globals, source] = bindArgs('warn_explicit', args, kw,
        ['message', 'category', 'filename', 'lineno', 'module', 'registry', 'module_globals', 'source'], 4);
      if (!(filename instanceof PyStr)) raise(PyExc.TypeError!, `warn_explicit() argument 'filename' must be str, not ${filename!.type.name}`);
      const ln = A.asSize(lineno!);
      let sourceline: PyObject | null = null;
      if (globals !== null && globals !== None) {
        if (!(globals instanceof PyDict)) raise(PyExc.TypeError!, `module_globals must be a dict, not '${globals.type.name}'`);
        sourceline = loaderSourceLine(globals, ln);
      }
      try {
        warnExplicit(vm, category!, message!, filename, ln, mod, registry ?? None, sourceline, source);
      } finally { if (sourceline) decref(sourceline); }
      return none();
    },
    _filters_mutated: () => { filtersMutated(vm); return none(); },
  };
  for (const name in F) {
    const f = newBuiltin(name, F[name]!, null);
    d.setStr(name, f);
    decref(f);
  }
  fillWarningsModule(vm, m);
  return m;
}
