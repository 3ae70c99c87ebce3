/**
 * The `exec`, `eval` and `compile` builtins (Python/bltinmodule.c semantics and messages) over
 * Bytescope's compiler, and the conversion of compile-time errors (PySyntaxError,
 * PyRecursionError) into Python exceptions.
 *
 * AST objects (`compile(tree, ...)`, `compile(src, ..., PyCF_ONLY_AST)`) go through the `_ast`
 * bridge registered in `astBridge` (src/vm/modules/_ast.ts) when that module is present.
 */
import type { VM } from '../vm';
import type { PyObject } from '../../objects/object';
import type { CodeObject } from '../../bytecode/code';
import { PyDict, newDict } from '../../objects/dict';
import { PyStr, newStr } from '../../objects/str';
import { PyCode, newCode } from '../../objects/code';
import { PyInt, newInt } from '../../objects/int';
import { tupleSteal } from '../../objects/tuple';
import { None } from '../../objects/singletons';
import { PyBaseException } from '../../objects/exceptions';
import { raise, PyExc } from '../errors';
import { decref } from '../refcount';
import * as A from '../abstract';
import { bindArgs } from '../args';
import { lookup } from '../../objects/type';
import { compile as compileSource, type CompileMode, type CompileWarningSink } from '../../compiler/index';
import { PySyntaxError, PyRecursionError, withByteColumns } from '../../compiler/errors';
import { codegenModule } from '../../compiler/codegen';
import { parse } from '../../parser/index';
import type { CodeCache } from './codecache';

export const PyCF_ONLY_AST = 0x400;
export const PyCF_TYPE_COMMENTS = 0x1000;
export const PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
const CO_FUTURE_MASK = 0x3e0000 | 0x1000000;
const CO_FREE_VARS_KIND = 0x80;

/** The `_ast` module's hooks: Python AST objects ⇄ TS AST nodes. */
export const astBridge: {
  /** TS node of a Python AST object, or null when `o` is not an AST node. */
  toNode: ((o: PyObject) => { node: unknown; kind: string } | null) | null;
  /** A new Python AST object for a TS node. */
  fromNode: ((node: unknown) => PyObject) | null;
  parse: ((src: string, filename: string, mode: string, flags: number) => unknown) | null;
} = { toNode: null, fromNode: null, parse: null };

/** Raises the Python exception for a compiler error (anything else is rethrown). */
export function raiseCompileError(e: unknown): never {
  if (e instanceof PySyntaxError) {
    const t = PyExc[e.kind] ?? PyExc.SyntaxError!;
    const msg = newStr(e.msg);
    const fn = newStr(e.filename);
    const text = e.text === null ? (None.ob_refcnt++, None) : newStr(e.text);
    const details = tupleSteal([fn, newInt(e.lineno), newInt(e.offset), text, newInt(e.end_lineno), newInt(e.end_offset)]);
    const exc = A.call(t, [msg, details]) as PyBaseException;
    decref(msg);
    decref(details);
    // msg, filename, lineno, ... are set by SyntaxError.__init__ from (msg, details).
    throw exc;
  }
  if (e instanceof PyRecursionError) raise(PyExc.RecursionError!, e.msg);
  throw e;
}

/** Where compile-time warnings of the running VM go (set by VM.install: its warnings engine). */
export const compileHooks: { onWarning: CompileWarningSink | null } = { onWarning: null };

/** Compiles source text with Python's error conversion. */
export function compileText(src: string, filename: string, mode: CompileMode, flags = 0, optimize = 0, fromBytes = false): CodeObject {
  try {
    return compileSource(src, filename, mode, { flags, optimize, onWarning: compileHooks.onWarning ?? undefined, fromBytes });
  } catch (e) {
    raiseCompileError(e instanceof PySyntaxError ? withCPythonText(e, src, filename, mode) : e);
  }
}

/**
 * compileText for the source strings of exec, eval and compile(): through the compiled-code cache
 * (codecache.ts getExec), which keeps what a program generates and compiles on every run — the
 * methods dataclasses and namedtuple write as text — so its next run does not compile them again.
 * A compile that issued a warning is not cached (a later hit would not issue it).
 */
function compileSourceCached(vm: VM, src: string, filename: string, mode: CompileMode, flags: number, optimize: number, fromBytes: boolean): CodeObject {
  const cache = (vm as { importer?: { codeCache?: CodeCache } }).importer?.codeCache;
  const sink = compileHooks.onWarning;
  if (!cache || !sink) return compileText(src, filename, mode, flags, optimize, fromBytes);
  return cache.getExec(`${mode}:${flags}:${optimize}:${fromBytes ? 1 : 0}`, filename, src, () => {
    let warned = false;
    compileHooks.onWarning = (...a) => { warned = true; return sink(...a); };
    try {
      return { co: compileText(src, filename, mode, flags, optimize, fromBytes), cacheable: !warned };
    } finally {
      compileHooks.onWarning = sink;
    }
  });
}

/**
 * CPython's SyntaxError.text: the tokenizer/parser report the source line with its newline;
 * errors found after parsing (symtable, codegen) take the line from the file named `filename`
 * (PyErr_ProgramTextObject), so None for '<string>'-like names.
 */
function withCPythonText(e: PySyntaxError, src: string, filename: string, mode: CompileMode): PySyntaxError {
  let parsed = false;
  try { parse(src, filename, mode); parsed = true; } catch { /* a parser-stage error */ }
  let text = e.text;
  if (parsed) text = textHook.programText ? textHook.programText(filename, e.lineno) : null;
  else if (text !== null && !text.endsWith('\n')) text += '\n';
  if (text === e.text) return e;
  return new PySyntaxError(e.kind, e.msg, e.filename, e.lineno, e.offset, text, e.end_lineno, e.end_offset);
}

/** Reads line `lineno` (with its newline) of a real file, or null (set by the importer from the host). */
export const textHook: { programText: ((filename: string, lineno: number) => string | null) | null } = { programText: null };

function sourceText(o: PyObject, fname: string, what: string): string {
  if (o instanceof PyStr) {
    if (o.s.includes('\0')) raise(PyExc.SyntaxError!, 'source code string cannot contain null bytes');
    return o.s;
  }
  const bytes = (o as { bytes?: Uint8Array }).bytes;
  if (bytes instanceof Uint8Array) {
    if (bytes.includes(0)) raise(PyExc.SyntaxError!, 'source code string cannot contain null bytes');
    return new TextDecoder().decode(bytes);
  }
  raise(PyExc.TypeError, `${fname}() arg 1 must be a ${what} object`);
}

function fsName(o: PyObject): string {
  if (o instanceof PyStr) return o.s;
  const bytes = (o as { bytes?: Uint8Array }).bytes;
  if (bytes instanceof Uint8Array) return new TextDecoder().decode(bytes);
  raise(PyExc.TypeError, `expected str, bytes or os.PathLike object, not ${o.type.name}`);
}

/** compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1). */
export function builtinCompile(vm: VM, args: PyObject[], kwnames: readonly string[] | null): PyObject {
  const [source, filenameO, modeO, flagsO, , optO] = bindArgs('compile', args, kwnames,
    ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize', '_feature_version'], 3);
  const filename = fsName(filenameO!);
  if (!(modeO instanceof PyStr)) raise(PyExc.TypeError, `compile() argument 'mode' must be str, not ${modeO!.type.name}`);
  const mode = modeO.s;
  const flags = flagsO ? A.asSize(flagsO) : 0;
  let optimize = optO ? A.asSize(optO) : -1;
  if (flags & ~(CO_FUTURE_MASK | PyCF_ONLY_AST | PyCF_TYPE_COMMENTS | PyCF_ALLOW_TOP_LEVEL_AWAIT | 0x200 | 0x100 | 0x4000)) {
    raise(PyExc.ValueError, 'compile(): unrecognised flags');
  }
  if (optimize < -1 || optimize > 2) raise(PyExc.ValueError, 'compile(): invalid optimize value');
  if (optimize === -1) optimize = 0;
  const onlyAst = (flags & PyCF_ONLY_AST) !== 0;
  if (mode !== 'exec' && mode !== 'eval' && mode !== 'single' && !(mode === 'func_type' && onlyAst)) {
    raise(PyExc.ValueError, onlyAst ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'" : "compile() mode must be 'exec', 'eval' or 'single'");
  }
  // `_ast` is builtin in CPython: importing it (once per VM) installs the bridge for this VM.
  if (onlyAst && vm.modules.getStr('_ast') === null) decref(vm.importModule('_ast'));
  const asNode = astBridge.toNode ? astBridge.toNode(source!) : null;
  if (asNode) {
    if (onlyAst) { source!.ob_refcnt++; return source!; }
    const expected = mode === 'exec' ? 'Module' : mode === 'eval' ? 'Expression' : 'Interactive';
    if (asNode.kind !== expected) raise(PyExc.TypeError, `expected ${expected} node, got ${asNode.kind}`);
    let co: CodeObject;
    try {
      co = codegenModule(asNode.node as never, filename, { optimize, flags: flags & CO_FUTURE_MASK, source: '' } as never);
    } catch (e) { raiseCompileError(e); }
    return newCode(co);
  }
  const text = sourceText(source!, 'compile', 'string, bytes or AST');
  if (onlyAst) {
    if (!astBridge.parse || !astBridge.fromNode) raise(PyExc.SystemError, 'compile(): the _ast module is not available');
    let tree: unknown;
    try { tree = astBridge.parse(text, filename, mode, flags); } catch (e) { raiseCompileError(e instanceof PySyntaxError && !(source instanceof PyStr) ? withByteColumns(e, text) : e); }
    return astBridge.fromNode(tree);
  }
  return newCode(compileSourceCached(vm, text, filename, mode as CompileMode, flags & CO_FUTURE_MASK, optimize, !(source instanceof PyStr)));
}

function hasGetItem(o: PyObject): boolean {
  return lookup(o.type, '__getitem__') !== null;
}

/** Resolves (globals, locals) as exec/eval do; returns new references. */
function namespaces(vm: VM, fname: 'exec' | 'eval', g: PyObject | null, l: PyObject | null): [PyDict, PyObject] {
  if (g === None) g = null;
  if (l === None) l = null;
  if (g !== null && !(g instanceof PyDict)) {
    raise(PyExc.TypeError, fname === 'exec' ? `exec() globals must be a dict, not ${g.type.name}`
      : (hasGetItem(g) ? 'globals must be a real dict; try eval(expr, {}, mapping)' : 'globals must be a dict'));
  }
  if (l !== null && !hasGetItem(l)) {
    raise(PyExc.TypeError, fname === 'exec' ? `locals must be a mapping or None, not ${l.type.name}` : 'locals must be a mapping');
  }
  let globals: PyDict;
  let locals: PyObject;
  if (g === null) {
    const f = vm.top;
    if (!f) raise(PyExc.SystemError, `${fname}(): no current frame`);
    globals = f.globals;
    globals.ob_refcnt++;
    locals = l ?? vm.frameLocals(f);
    if (l) l.ob_refcnt++;
  } else {
    globals = g;
    globals.ob_refcnt++;
    locals = l ?? g;
    locals.ob_refcnt++;
  }
  if (globals.getStr('__builtins__') === null) {
    const b = vm.top ? vm.top.builtins : vm.builtinsDict;
    globals.setStr('__builtins__', b as PyObject);
  }
  return [globals, locals];
}

function run(vm: VM, code: PyCode, globals: PyDict, locals: PyObject, fname: string): PyObject {
  const kinds = code.co.co_localspluskinds;
  let nfree = 0;
  for (let i = 0; i < kinds.length; i++) if (kinds[i]! & CO_FREE_VARS_KIND) nfree++;
  if (nfree) {
    raise(PyExc.TypeError, fname === 'exec' ? `code object requires a closure of exactly length ${nfree}`
      : 'code object passed to eval() may not contain free variables');
  }
  return vm.execCode(code, globals, locals);
}

/** exec(source, globals=None, locals=None, /, *, closure=None). */
export function builtinExec(vm: VM, args: PyObject[], kwnames: readonly string[] | null): PyObject {
  const npos = args.length - (kwnames?.length ?? 0);
  if (npos < 1 || npos > 3) raise(PyExc.TypeError, npos < 1 ? 'exec expected at least 1 argument, got 0' : `exec expected at most 3 arguments, got ${npos}`);
  const [src, g, l] = [args[0]!, args[1] ?? null, args[2] ?? null];
  kwnames?.forEach((k) => { if (k !== 'closure') raise(PyExc.TypeError, `exec() got an unexpected keyword argument '${k}'`); });
  const [globals, locals] = namespaces(vm, 'exec', g, l);
  try {
    let code: PyCode;
    if (src instanceof PyCode) { src.ob_refcnt++; code = src; }
    else code = newCode(compileSourceCached(vm, sourceText(src, 'exec', 'string, bytes or code'), '<string>', 'exec', 0, 0, !(src instanceof PyStr)));
    try { decref(run(vm, code, globals, locals, 'exec')); } finally { decref(code); }
  } finally {
    decref(globals);
    decref(locals);
  }
  None.ob_refcnt++;
  return None;
}

/** eval(source, globals=None, locals=None, /). */
export function builtinEval(vm: VM, args: PyObject[], kwnames: readonly string[] | null): PyObject {
  if (kwnames && kwnames.length) raise(PyExc.TypeError, 'eval() takes no keyword arguments');
  if (args.length < 1 || args.length > 3) raise(PyExc.TypeError, args.length < 1 ? 'eval expected at least 1 argument, got 0' : `eval expected at most 3 arguments, got ${args.length}`);
  const src = args[0]!;
  const [globals, locals] = namespaces(vm, 'eval', args[1] ?? null, args[2] ?? null);
  try {
    let code: PyCode;
    if (src instanceof PyCode) { src.ob_refcnt++; code = src; }
    else {
      if (!(src instanceof PyStr) && !((src as { bytes?: unknown }).bytes instanceof Uint8Array)) {
        raise(PyExc.TypeError, 'eval() arg 1 must be a string, bytes or code object');
      }
      const text = sourceText(src, 'eval', 'string, bytes or code').replace(/^[ \t]+/, '');
      code = newCode(compileSourceCached(vm, text, '<string>', 'eval', 0, 0, !(src instanceof PyStr)));
    }
    try { return run(vm, code, globals, locals, 'eval'); } finally { decref(code); }
  } finally {
    decref(globals);
    decref(locals);
  }
}

export type { PyInt };
