/**
 * Builtin exceptions with their own fields (Objects/exceptions.c): OSError (errno, strerror,
 * filename, filename2, BlockingIOError.characters_written; errno picks the subclass; str forms
 * "[Errno 2] No such file or directory: 'x'"), ImportError (msg, name, path keywords),
 * AttributeError/NameError (name, obj keywords), StopIteration.value, SystemExit.code and
 * SyntaxError (msg and the location tuple; str "msg (file.py, line 3)").
 *
 * Invariants: field objects are owned (null = unset, read as None) and visited/cleared besides
 * the BaseException fields. Exceptions the runtime makes directly (makeException) are plain
 * PyBaseException instances: their fields read as None and their str is BaseException's.
 */
import { PyObject } from './object';
import { PyType, RefKindCode, lookup, type Visit } from './type';
import { PyStr, newStr } from './str';
import { PyInt, newInt } from './int';
import { tupleFrom, tupleSteal } from './tuple';
import { None } from './singletons';
import { PyBaseException, baseExceptionType } from './exceptions';
import { defGetSet } from './descriptors';
import { defMethods } from './builtin_function';
import { PyExc, raise } from '../runtime/errors';
import { decref, xdecref } from '../runtime/refcount';
import { gcTrack } from '../runtime/gc';
import * as A from '../runtime/abstract';

/** Extra owned fields by name; `written` is BlockingIOError.characters_written (-1 = unset). */
export class PyExcWithFields extends PyBaseException {
  f: Record<string, PyObject | null> = {};
  written = -1;
}

const ref = (o: PyObject | null | undefined): PyObject => { const x = o ?? None; x.ob_refcnt++; return x; };
const F = (o: PyObject): Record<string, PyObject | null> => (o instanceof PyExcWithFields ? o.f : {});

function setField(o: PyObject, name: string, v: PyObject | null): void {
  if (!(o instanceof PyExcWithFields)) return;
  if (v) v.ob_refcnt++;
  const old = o.f[name] ?? null;
  o.f[name] = v;
  xdecref(old);
}

function fieldsNew(t: PyType, args: PyObject[], kw: readonly string[] | null): PyExcWithFields {
  const npos = args.length - (kw ? kw.length : 0);
  const e = new PyExcWithFields(t, tupleFrom(args.slice(0, npos)));
  if (t.isHeap()) t.ob_refcnt++;
  gcTrack(e);
  return e;
}

function setArgs(e: PyBaseException, items: PyObject[]): void {
  const old = e.args;
  e.args = tupleFrom(items);
  decref(old);
}

function traverseFields(o: PyObject, visit: Visit): void {
  baseExceptionType.slots.traverse!(o, visit);
  const f = F(o);
  for (const k in f) { const v = f[k]; if (v) visit(v, RefKindCode.Attr, k); }
}

function clearFields(o: PyObject): void {
  if (o instanceof PyExcWithFields) {
    const vals = Object.values(o.f);
    o.f = {};
    for (const v of vals) xdecref(v);
  }
}

// ---- OSError -------------------------------------------------------------------------------

/** errno (Linux) → OSError subclass, as CPython's errnomap. */
const ERRNO_MAP: [number, string][] = [
  [11, 'BlockingIOError'], [114, 'BlockingIOError'], [115, 'BlockingIOError'],
  [10, 'ChildProcessError'], [32, 'BrokenPipeError'], [108, 'BrokenPipeError'],
  [103, 'ConnectionAbortedError'], [111, 'ConnectionRefusedError'], [104, 'ConnectionResetError'],
  [17, 'FileExistsError'], [2, 'FileNotFoundError'], [21, 'IsADirectoryError'], [20, 'NotADirectoryError'],
  [4, 'InterruptedError'], [13, 'PermissionError'], [1, 'PermissionError'], [3, 'ProcessLookupError'],
  [110, 'TimeoutError'],
];

let osNew: NonNullable<PyType['slots']['new']>;
let osInit: NonNullable<PyType['slots']['init']>;

/** oserror_use_init: a subclass with its own __init__ (and OSError's __new__) parses in __init__. */
function osUseInit(t: PyType): boolean {
  return t.slots.init !== osInit && t.slots.new === osNew;
}

/** oserror_init_fields + the args truncation of oserror_init. */
function osParse(e: PyObject, args: PyObject[]): void {
  if (args.length < 2 || args.length > 5) return;
  setField(e, 'errno', args[0]!);
  setField(e, 'strerror', args[1]!);
  const filename = args.length >= 3 ? args[2]! : None;
  const filename2 = args.length === 5 ? args[4]! : None;
  if (filename !== None) {
    if (e.type.isSubtype(PyExc.BlockingIOError!) && (filename instanceof PyInt || filename.type.slots.index)) {
      (e as PyExcWithFields).written = A.asSize(filename);
    } else {
      setField(e, 'filename', filename);
      if (filename2 !== None) setField(e, 'filename2', filename2);
    }
  }
  setArgs(e as PyBaseException, [args[0]!, args[1]!]);
}

function osStr(o: PyObject): PyObject {
  const f = F(o);
  const errno = f.errno ?? null, strerror = f.strerror ?? null, fn = f.filename ?? null, fn2 = f.filename2 ?? null;
  if (fn) {
    const head = `[Errno ${A.strJS(errno ?? None)}] ${A.strJS(strerror ?? None)}: ${A.reprJS(fn)}`;
    return newStr(fn2 ? `${head} -> ${A.reprJS(fn2)}` : head);
  }
  if (errno && strerror) return newStr(`[Errno ${A.strJS(errno)}] ${A.strJS(strerror)}`);
  return baseExceptionType.slots.str!(o);
}

// ---- SyntaxError ---------------------------------------------------------------------------

const SYNTAX_FIELDS = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'];

function syntaxInit(e: PyObject, args: PyObject[], kw: readonly string[] | null): void {
  if (kw && kw.length) raise(PyExc.TypeError, `${e.type.name}() takes no keyword arguments`);
  setArgs(e as PyBaseException, args);
  if (args.length >= 1) setField(e, 'msg', args[0]!);
  if (args.length === 2) {
    const info = A.toArray(args[1]!);
    try {
      if (info.length < 4) raise(PyExc.TypeError, `function takes at least 4 arguments (${info.length} given)`);
      if (info.length > 6) raise(PyExc.TypeError, `function takes at most 6 arguments (${info.length} given)`);
      SYNTAX_FIELDS.forEach((k, i) => { if (i < info.length) setField(e, k, info[i]!); });
    } finally { for (const x of info) decref(x); }
  }
}

function syntaxStr(o: PyObject): PyObject {
  const f = F(o);
  const fnObj = f.filename ?? null, ln = f.lineno ?? null;
  const filename = fnObj instanceof PyStr ? fnObj.s.slice(fnObj.s.lastIndexOf('/') + 1) : null;
  const haveLine = ln !== null && ln.type === newIntType();
  const msg = A.strJS(f.msg ?? None);
  if (filename === null && !haveLine) return newStr(msg);
  if (filename !== null && haveLine) return newStr(`${msg} (${filename}, line ${A.strJS(ln!)})`);
  if (filename !== null) return newStr(`${msg} (${filename})`);
  return newStr(`${msg} (line ${A.strJS(ln!)})`);
}

let intTypeRef: PyType | null = null;
function newIntType(): PyType {
  if (!intTypeRef) { const i = newInt(0); intTypeRef = i.type; decref(i); }
  return intTypeRef;
}

// ---- keyword-taking inits ------------------------------------------------------------------

/** BaseException_init plus keyword-only fields; other keywords are Clinic-style errors. */
function kwInit(names: string[], apply: (e: PyObject, name: string, v: PyObject) => void, after?: (e: PyObject, pos: PyObject[]) => void) {
  return (e: PyObject, args: PyObject[], kw: readonly string[] | null): void => {
    const nk = kw ? kw.length : 0;
    const npos = args.length - nk;
    for (let j = 0; j < nk; j++) {
      if (!names.includes(kw![j]!)) raise(PyExc.TypeError, `'${kw![j]}' is an invalid keyword argument for ${e.type.name}()`);
    }
    setArgs(e as PyBaseException, args.slice(0, npos));
    if (after) after(e, args.slice(0, npos));
    for (let j = 0; j < nk; j++) apply(e, kw![j]!, args[npos + j]!);
  };
}

function setNameAttr(e: PyObject, v: PyObject | null): void {
  const x = e as PyBaseException;
  x.nameAttr = v instanceof PyStr ? v.s : undefined;
  setField(e, 'name', v === None ? null : v);
}

/** Installs the slots (call before slots are inherited). */
export function initExceptionFieldSlots(): void {
  const withFields = (t: PyType, slots: Partial<PyType['slots']>) => {
    Object.assign(t.ownSlots, { new: fieldsNew, traverse: traverseFields, clear: (o: PyObject) => { clearFields(o); baseExceptionType.slots.clear!(o); }, dealloc: (o: PyObject) => { clearFields(o); baseExceptionType.slots.dealloc!(o); } }, slots);
  };
  osNew = (t, args, kw) => {
    const npos = args.length - (kw ? kw.length : 0);
    let type = t;
    if (!osUseInit(t) && kw && kw.length) raise(PyExc.TypeError, `${t.name}() takes no keyword arguments`);
    if (t === PyExc.OSError && npos >= 2 && npos <= 5 && args[0] instanceof PyInt) {
      const hit = ERRNO_MAP.find(([n]) => n === Number((args[0] as PyInt).v));
      if (hit) type = PyExc[hit[1]]!;
    }
    const e = fieldsNew(type, args, kw);
    if (!osUseInit(type)) osParse(e, args.slice(0, npos));
    return e;
  };
  osInit = (e, args, kw) => {
    if (!osUseInit(e.type)) return;
    if (kw && kw.length) raise(PyExc.TypeError, `${e.type.name}() takes no keyword arguments`);
    setArgs(e as PyBaseException, args);
    osParse(e, args);
  };
  withFields(PyExc.OSError!, { new: osNew, init: osInit, str: osStr });
  withFields(PyExc.SyntaxError!, { init: syntaxInit, str: syntaxStr });
  withFields(PyExc.ImportError!, {
    init: kwInit(['name', 'path'], (e, k, v) => { if (k === 'name') setNameAttr(e, v); else setField(e, k, v); }, (e, pos) => { if (pos.length === 1) setField(e, 'msg', pos[0]!); }),
    str: (o) => {
      const msg = F(o).msg;
      if (msg && msg !== None) return A.str(msg);
      return baseExceptionType.slots.str!(o);
    },
  });
  const attrInit = kwInit(['name', 'obj'], (e, k, v) => {
    if (k === 'name') setNameAttr(e, v);
    else { const x = e as PyBaseException; v.ob_refcnt++; xdecref(x.objAttr); x.objAttr = v === None ? (decref(v), null) : v; }
  });
  withFields(PyExc.AttributeError!, { init: attrInit });
  withFields(PyExc.NameError!, { init: kwInit(['name'], (e, _k, v) => setNameAttr(e, v)) });
  const plainInit = (t: PyType, after: (e: PyObject, args: PyObject[]) => void) => withFields(t, {
    init: (e, args, kw) => {
      if (kw && kw.length) raise(PyExc.TypeError, `${e.type.name}() takes no keyword arguments`);
      setArgs(e as PyBaseException, args);
      after(e, args);
    },
  });
  plainInit(PyExc.StopIteration!, (e, args) => setField(e, 'value', args.length ? args[0]! : None));
  plainInit(PyExc.SystemExit!, (e, args) => {
    if (args.length === 0) return;
    if (args.length === 1) { setField(e, 'code', args[0]!); return; }
    const t = (e as PyBaseException).args;
    setField(e, 'code', t);
  });
}

/** Member descriptors (call once the type dicts exist). */
export function initExceptionFieldAttrs(): void {
  const member = (t: PyType, name: string, get?: (o: PyObject) => PyObject) => defGetSet(t, name,
    get ?? ((o) => ref(F(o)[name])),
    (o, v) => setField(o, name, v ?? null));
  for (const n of ['errno', 'strerror', 'filename', 'filename2']) member(PyExc.OSError!, n);
  defGetSet(PyExc.BlockingIOError!, 'characters_written', (o) => {
    const w = o instanceof PyExcWithFields ? o.written : -1;
    if (w < 0) raise(PyExc.AttributeError, 'characters_written');
    return newInt(w);
  }, (o, v) => {
    if (!(o instanceof PyExcWithFields)) return;
    if (v === null) {
      if (o.written < 0) raise(PyExc.AttributeError, 'characters_written');
      o.written = -1;
      return;
    }
    o.written = A.asSize(v);
  });
  defMethods(PyExc.OSError!, {
    __reduce__: (self) => {
      const e = self as PyBaseException;
      const f = F(self);
      let args: PyObject;
      if (f.filename) {
        const items = [...e.args.items, f.filename];
        if (f.filename2) items.push(None, f.filename2);
        args = tupleFrom(items);
      } else { e.args.ob_refcnt++; args = e.args; }
      const d = self.dict;
      self.type.ob_refcnt++;
      return tupleSteal(d && A.len(d) ? [self.type, args, ref(d)] : [self.type, args]);
    },
  });
  for (const n of ['msg', ...SYNTAX_FIELDS, 'print_file_and_line']) member(PyExc.SyntaxError!, n);
  member(PyExc.ImportError!, 'msg', (o) => {
    if (o instanceof PyExcWithFields) return ref(o.f.msg);
    const a = (o as PyBaseException).args.items;
    return ref(a.length === 1 ? a[0] : None);
  });
  member(PyExc.ImportError!, 'path');
  member(PyExc.ImportError!, 'name_from');
  const nameGet = (o: PyObject) => {
    const x = o as PyBaseException;
    const stored = F(o).name;
    if (stored) return ref(stored);
    return x.nameAttr !== undefined ? newStr(x.nameAttr) : ref(None);
  };
  for (const t of [PyExc.ImportError!, PyExc.AttributeError!, PyExc.NameError!]) {
    defGetSet(t, 'name', nameGet, (o, v) => setNameAttr(o, v ?? None));
  }
  defGetSet(PyExc.AttributeError!, 'obj', (o) => ref((o as PyBaseException).objAttr), (o, v) => {
    const x = o as PyBaseException;
    const n = v && v !== None ? v : null;
    if (n) n.ob_refcnt++;
    const old = x.objAttr;
    x.objAttr = n;
    xdecref(old);
  });
  // StopIteration.value / SystemExit.code: the field, else what the args imply (runtime-made).
  defGetSet(PyExc.StopIteration!, 'value', (o) => {
    if (o instanceof PyExcWithFields && 'value' in o.f) return ref(o.f.value);
    const a = (o as PyBaseException).args.items;
    return ref(a.length ? a[0] : None);
  }, (o, v) => setField(o, 'value', v ?? null));
  defGetSet(PyExc.SystemExit!, 'code', (o) => {
    if (o instanceof PyExcWithFields && 'code' in o.f) return ref(o.f.code);
    const a = (o as PyBaseException).args;
    return ref(a.items.length === 0 ? None : a.items.length === 1 ? a.items[0] : a);
  }, (o, v) => setField(o, 'code', v ?? null));
  void lookup;
}
