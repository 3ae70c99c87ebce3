/**
 * The import system (importlib._bootstrap's semantics, in TypeScript): `__import__`, relative
 * names, packages and submodules, `from x import y` (IMPORT_FROM), `import *`, sys.modules and
 * sys.path, module attributes and specs, partially initialized modules (circular imports).
 *
 * Finding: builtin modules (src/vm/modules/registry.ts) first, then each sys.path entry (or the
 * parent package's __path__) through finder.ts. Loading: source → code object (codecache.ts) →
 * executed in a fresh module's dict, which is in sys.modules before its body runs.
 *
 * Refcounts: every public method returns a new reference; arguments are borrowed.
 */
import type { VM } from '../vm';
import type { PyObject } from '../../objects/object';
import { PyDict, newDict } from '../../objects/dict';
import { tupleSteal } from '../../objects/tuple';
import { PyModule, newModule } from '../../objects/module';
import { PyStr, newStr } from '../../objects/str';
import { PyList, listSteal } from '../../objects/list';
import { boolObj } from '../../objects/int';
import { None } from '../../objects/singletons';
import { newCode } from '../../objects/code';
import { newBuiltin } from '../../objects/builtin_function';
import { raise, PyExc } from '../errors';
import { decref } from '../refcount';
import * as A from '../abstract';
import { builtinModuleFactories } from '../../modules/registry';
import { Finder, STDLIB_ROOT, type Found } from './finder';
import { CodeCache } from './codecache';
import { compileText, textHook } from './execeval';
import { installGenericAlias } from '../../modules/genericalias';
import { installBuiltinOpen } from '../../modules/_io';
import { FROZEN_IMPORTLIB_SRC, FROZEN_IMPORTLIB_EXTERNAL_SRC } from './bootstrap_py';

export { STDLIB_ROOT } from './finder';

/**
 * Developer switch (environment variable BYTESCOPE_IMPORTTIME, read from the host once per
 * Importer): every import that loads a module writes a line like CPython's `-X importtime` to the
 * host's stderr. Off in normal runs.
 */
const importTimeReport = { enabled: false, headerDone: false };

// Module files are compiled from their bytes (byte columns in syntax errors).
const compileModule = (src: string, filename: string) => compileText(src, filename, 'exec', 0, 0, true);

function moduleNotFound(msg: string, name: string): never {
  const e = A.newExc(PyExc.ModuleNotFoundError!, msg);
  (e as unknown as { nameAttr: string }).nameAttr = name;
  throw e;
}

function importError(msg: string, name: string | null): never {
  const e = A.newExc(PyExc.ImportError!, msg);
  if (name !== null) (e as unknown as { nameAttr: string }).nameAttr = name;
  throw e;
}

function strAttr(o: PyObject, name: string): string | null {
  const v = A.getAttrOpt(o, name);
  if (v === null) return null;
  const s = v instanceof PyStr ? v.s : null;
  decref(v);
  return s;
}

/** Modules CPython 3.12 (Linux) ships as lib-dynload extension modules, among those this VM
 * provides natively (the rest of its native modules are built into CPython's binary). */
const EXTENSION_MODULES = new Set(['math', 'cmath', '_random', '_struct', '_json', '_bisect', '_heapq', '_datetime',
  'array', 'select', '_socket', 'unicodedata', '_contextvars', '_posixsubprocess', '_asyncio', '_decimal', '_csv',
  '_opcode', '_zoneinfo', '_md5', '_sha1', '_sha2', '_blake2', '_hashlib', '_statistics', 'fcntl', '_pickle', '_queue',
  'binascii', 'zlib', '_lsprof', '_multibytecodec', 'mmap', 'resource', 'termios', 'grp', '_ctypes', '_sqlite3',
  '_ssl', '_uuid', '_bz2', '_lzma', 'readline', '_curses', 'syslog', '_posixshmem', '_multiprocessing', 'pyexpat',
  '_elementtree', '_xxsubinterpreters', '_xxinterpchannels', 'audioop', 'nis', 'ossaudiodev', 'spwd', '_crypt']);

export class Importer {
  readonly finder: Finder;
  readonly codeCache: CodeCache;
  /** Milliseconds spent in find+compile+exec per module (outermost import only; for reports). */
  timings: { name: string; ms: number }[] = [];
  private spec: PyObject | null = null;
  private builtinImporter: PyObject | null = null;
  private sourceLoader: PyObject | null = null;
  private bootstrapping = false;

  constructor(private readonly vm: VM) {
    this.finder = new Finder(vm.host);
    this.codeCache = new CodeCache(vm.host);
    if (vm.host.env?.()['BYTESCOPE_IMPORTTIME']) importTimeReport.enabled = true;
    // Modules written partly in Python (src/vm/modules) compile through vm.compileSource.
    vm.compileSource ??= compileModule;
    installGenericAlias(vm);
    vm.sourceText = (filename) => (filename.startsWith(STDLIB_ROOT + '/') ? this.finder.source(filename) : null);
    textHook.programText = (filename, lineno) => {
      if (filename.startsWith('<')) return null;
      const src = this.finder.source(filename);
      if (src === null) return null;
      const line = src.split('\n')[lineno - 1];
      return line === undefined ? null : line + '\n';
    };
  }

  // ---- sys.path ------------------------------------------------------------------------------

  /** sys.path for a script: its directory first, then the stdlib. */
  initSysPath(scriptFilename: string | null): void {
    let dir = '';
    if (scriptFilename !== null && !scriptFilename.startsWith('<')) {
      const i = scriptFilename.lastIndexOf('/');
      dir = i < 0 ? '' : i === 0 ? '/' : scriptFilename.slice(0, i);
      if (dir !== '' && !dir.startsWith('/') && this.vm.host.cwd) dir = this.vm.host.cwd() + '/' + dir;
      else if (dir === '' && this.vm.host.cwd) dir = this.vm.host.cwd();
    }
    const sd = this.vm.sys.dict as PyDict;
    const l = listSteal([newStr(dir), newStr(STDLIB_ROOT)]);
    sd.setStr('path', l);
    decref(l);
    // The import-related sys attributes the stdlib reads (absent ones only: sys.ts may define them).
    const put = (k: string, v: () => PyObject) => { if (sd.getStr(k) === null) { const o = v(); sd.setStr(k, o); decref(o); } };
    put('meta_path', () => listSteal([]));
    put('path_hooks', () => listSteal([]));
    put('path_importer_cache', () => newDict());
    put('warnoptions', () => listSteal([]));
    put('_xoptions', () => newDict());
    put('dont_write_bytecode', () => boolObj(true));
    put('pycache_prefix', () => (None.ob_refcnt++, None));
    put('prefix', () => newStr('/usr'));
    put('base_prefix', () => newStr('/usr'));
    put('exec_prefix', () => newStr('/usr'));
    put('base_exec_prefix', () => newStr('/usr'));
    put('platlibdir', () => newStr('lib'));
    put('stdlib_module_names', () => tupleSteal([]));
    installBuiltinOpen(this.vm);
    const names = new Set(['builtins', 'sys', ...builtinModuleFactories.keys()]);
    const bm = tupleSteal([...names].sort().map((n) => newStr(n)));
    sd.setStr('builtin_module_names', bm);
    decref(bm);
  }

  private sysPathEntries(): string[] {
    const p = (this.vm.sys.dict as PyDict).getStr('path');
    if (!(p instanceof PyList)) return [];
    return p.items.filter((x): x is PyStr => x instanceof PyStr).map((x) => x.s);
  }

  // ---- __import__ ----------------------------------------------------------------------------

  /** `__import__(name, globals, locals, fromlist, level)`; globals may be null. */
  importName(name: string, globals: PyObject | null, fromlist: PyObject, level: number): PyObject {
    if (level < 0) raise(PyExc.ValueError, 'level must be >= 0');
    if (level > 0) name = this.resolveName(name, globals, level);
    else if (name === '') raise(PyExc.ValueError, 'Empty module name');
    const module = this.gcdImport(name);
    const hasFromlist = fromlist !== None && A.isTrue(fromlist);
    if (!hasFromlist) {
      if (level === 0) {
        decref(module);
        const topName = name.split('.')[0]!;
        return this.sysModule(topName) ?? moduleNotFound(`No module named '${topName}'`, topName);
      }
      if (name === '') return module;
      // The top-level package of the resolved name, relative to the module's real name.
      const partLen = name.split('.')[0]!.length;
      const cutOff = name.length - partLen;
      const mname = strAttr(module, '__name__') ?? name;
      decref(module);
      const want = mname.slice(0, mname.length - cutOff);
      return this.sysModule(want) ?? raise(PyExc.KeyError, `'${want}' not in sys.modules as expected`);
    }
    const path = A.getAttrOpt(module, '__path__');
    if (path !== null) {
      decref(path);
      try { this.handleFromlist(module, fromlist, false); } catch (e) { decref(module); throw e; }
    }
    return module;
  }

  private resolveName(name: string, globals: PyObject | null, level: number): string {
    const g = globals instanceof PyDict ? globals : null;
    let pkg: string | null = null;
    const p = g?.getStr('__package__') ?? null;
    if (p !== null && p !== None) {
      if (!(p instanceof PyStr)) raise(PyExc.TypeError, 'package must be a string');
      pkg = p.s;
    } else {
      const spec = g?.getStr('__spec__') ?? null;
      if (spec !== null && spec !== None) pkg = strAttr(spec, 'parent');
      else if (g) {
        const n = g.getStr('__name__');
        if (!(n instanceof PyStr)) raise(PyExc.KeyError, "'__name__' not in globals");
        pkg = g.getStr('__path__') ? n.s : n.s.slice(0, Math.max(0, n.s.lastIndexOf('.')));
      }
    }
    if (!pkg) importError('attempted relative import with no known parent package', null);
    const bits = pkg.split('.');
    if (bits.length < level) importError('attempted relative import beyond top-level package', null);
    const base = bits.slice(0, bits.length - (level - 1)).join('.');
    return name ? `${base}.${name}` : base;
  }

  private sysModule(name: string): PyObject | null {
    const m = this.vm.modules.getStr(name);
    if (m === null) return null;
    m.ob_refcnt++;
    return m;
  }

  /** The host's clock (the global `performance` costs Node a module load on first use). */
  private clockMs(): number {
    return this.vm.host.now ? this.vm.host.now() * 1000 : Date.now();
  }

  /** importlib._bootstrap._gcd_import: the module named `name` (absolute), imported if needed. */
  gcdImport(name: string): PyObject {
    const have = this.vm.modules.getStr(name);
    if (have !== null) {
      if (have === None) moduleNotFound(`import of ${name} halted; None in sys.modules`, name);
      have.ob_refcnt++;
      return have;
    }
    if (importTimeReport.enabled) return this.timedFindAndLoad(name);
    const t0 = this.timings.length < 2000 ? this.clockMs() : 0;
    const m = this.findAndLoad(name);
    if (t0) this.timings.push({ name, ms: this.clockMs() - t0 });
    return m;
  }

  private importDepth = 0;
  private childMs = 0;

  /** findAndLoad with a `-X importtime`-style line on stderr (self and cumulative µs, nesting). */
  private timedFindAndLoad(name: string): PyObject {
    const host = this.vm.host;
    if (this.importDepth === 0 && !importTimeReport.headerDone) {
      importTimeReport.headerDone = true;
      host.stderr('import time: self [us] | cumulative | imported package\n');
    }
    const outerChild = this.childMs;
    this.childMs = 0;
    this.importDepth++;
    const t0 = this.clockMs();
    try {
      return this.findAndLoad(name);
    } finally {
      this.importDepth--;
      const total = this.clockMs() - t0;
      const self = total - this.childMs;
      this.childMs = outerChild + total;
      host.stderr(`import time: ${String(Math.round(self * 1000)).padStart(9)} | ${String(Math.round(total * 1000)).padStart(10)} | ${'  '.repeat(this.importDepth)}${name}\n`);
    }
  }

  private findAndLoad(name: string): PyObject {
    const dot = name.lastIndexOf('.');
    let searchPath: string[] | null = null;
    let parentModule: PyObject | null = null;
    if (dot >= 0) {
      const parent = name.slice(0, dot);
      if (this.vm.modules.getStr(parent) === null) decref(this.gcdImport(parent));
      // The parent's import may have imported us.
      const again = this.sysModule(name);
      if (again) return again;
      parentModule = this.vm.modules.getStr(parent);
      if (parentModule === null) moduleNotFound(`No module named '${name}'`, name);
      const pp = A.getAttrOpt(parentModule, '__path__');
      if (pp === null) moduleNotFound(`No module named '${name}'; '${parent}' is not a package`, name);
      try {
        searchPath = A.toArray(pp).filter((x): x is PyStr => x instanceof PyStr).map((x) => x.s);
      } finally { decref(pp); }
    }
    const tail = name.slice(dot + 1);
    let module: PyObject;
    if (searchPath === null && builtinModuleFactories.has(name)) {
      module = this.loadBuiltin(name);
    } else {
      let found: Found | null = null;
      for (const entry of searchPath ?? this.sysPathEntries()) {
        found = this.finder.findIn(entry, tail);
        if (found) break;
      }
      if (!found) moduleNotFound(`No module named '${name}'`, name);
      module = this.loadSource(name, found);
    }
    if (parentModule !== null) {
      try {
        A.setAttr(parentModule, tail, module);
      } catch (e) {
        if (!A.isExcOf(e, PyExc.AttributeError!)) { decref(module); throw e; }
        decref(e as PyObject);
      }
    }
    return module;
  }

  private loadBuiltin(name: string): PyObject {
    const m = builtinModuleFactories.get(name)!(this.vm);
    const d = A.dictOf(m);
    if (d && EXTENSION_MODULES.has(name) && !d.getStr('__file__')) {
      // CPython builds these as shared libraries in lib-dynload: their repr names the file.
      const f = newStr(`/usr/lib/python3.12/lib-dynload/${name}.cpython-312-x86_64-linux-gnu.so`);
      d.setStr('__file__', f);
      decref(f);
    }
    if (d) {
      const loader = this.loaderFor(null);
      if (loader) {
        d.setStr('__loader__', loader);
        const spec = this.makeSpec(name, loader, 'built-in', false);
        if (spec) { d.setStr('__spec__', spec); decref(spec); }
      }
    }
    this.vm.modules.setStr(name, m);
    return m;
  }

  private loadSource(name: string, found: Found): PyObject {
    // A stdlib module is looked up in the code cache by its zip stamp: its source is inflated only
    // to compile it (and later, lazily, for traceback lines through vm.sourceText).
    const stamp = this.finder.stamp(found.origin);
    const src = stamp === null ? this.finder.source(found.origin) : null;
    if (stamp === null && src === null) moduleNotFound(`No module named '${name}'`, name);
    const m = newModule(name);
    const d = m.dict as PyDict;
    const pkgName = found.isPackage ? name : name.slice(0, Math.max(0, name.lastIndexOf('.')));
    const pk = newStr(pkgName);
    d.setStr('__package__', pk);
    decref(pk);
    const loader = this.loaderFor(found, name);
    let spec: PyObject | null = null;
    if (loader) {
      d.setStr('__loader__', loader);
      spec = this.makeSpec(name, loader, found.origin, found.isPackage);
      decref(loader);
    }
    if (found.isPackage) {
      const pth = listSteal([newStr(found.location!)]);
      d.setStr('__path__', pth);
      if (spec) A.setAttr(spec, 'submodule_search_locations', pth);
      decref(pth);
    }
    const fn = newStr(found.origin);
    d.setStr('__file__', fn);
    decref(fn);
    // importlib's cache_from_source: where CPython would keep the bytecode (never written here).
    const slash = found.origin.lastIndexOf('/');
    const base = found.origin.slice(slash + 1).replace(/\.py$/, '');
    const cached = newStr(`${found.origin.slice(0, slash + 1)}__pycache__/${base}.cpython-312.pyc`);
    d.setStr('__cached__', cached);
    if (spec) A.setAttr(spec, 'cached', cached);
    decref(cached);
    if (spec) {
      A.setAttr(spec, 'has_location', boolObj(true));
      A.setAttr(spec, '_initializing', boolObj(true));
      d.setStr('__spec__', spec);
    }
    d.setStr('__builtins__', this.vm.builtinsDict);
    this.vm.modules.setStr(name, m);
    try {
      let co;
      if (src !== null) {
        co = this.codeCache.get(found.origin, src, compileModule);
        this.vm.sources.set(found.origin, src.split(/\r?\n/));
      } else {
        co = this.codeCache.getStamped(found.origin, stamp!, () => this.finder.source(found.origin) ?? '', compileModule);
      }
      const code = newCode(co);
      try {
        decref(this.vm.execCode(code, d, d));
      } finally { decref(code); }
    } catch (e) {
      this.vm.modules.delStr(name);
      decref(m);
      if (spec) decref(spec);
      throw e;
    } finally {
      if (spec) A.setAttr(spec, '_initializing', boolObj(false));
    }
    if (spec) decref(spec);
    // The module may have replaced itself in sys.modules.
    const r = this.vm.modules.getStr(name);
    if (r === null) { decref(m); importError(`Loaded module ${name} not found in sys.modules`, name); }
    r.ob_refcnt++;
    decref(m);
    return r;
  }

  /** importlib._bootstrap._handle_fromlist: imports submodules named in the fromlist. */
  private handleFromlist(module: PyObject, fromlist: PyObject, recursive: boolean): void {
    const items = A.toArray(fromlist);
    try {
      for (const x of items) {
        if (!(x instanceof PyStr)) {
          const where = recursive ? `${strAttr(module, '__name__')}.__all__` : '``from list\'\'';
          raise(PyExc.TypeError, `Item in ${where} must be str, not ${x.type.name}`);
        }
        if (x.s === '*') {
          if (!recursive) {
            const all = A.getAttrOpt(module, '__all__');
            if (all) { try { this.handleFromlist(module, all, true); } finally { decref(all); } }
          }
          continue;
        }
        const have = A.getAttrOpt(module, x.s);
        if (have) { decref(have); continue; }
        const full = `${strAttr(module, '__name__')}.${x.s}`;
        try {
          decref(this.gcdImport(full));
        } catch (e) {
          // A missing submodule is not an error here: IMPORT_FROM reports it.
          if (A.isExcOf(e, PyExc.ModuleNotFoundError!) &&
              (e as unknown as { nameAttr?: string }).nameAttr === full && this.vm.modules.getStr(full) !== None) {
            decref(e as PyObject);
            continue;
          }
          throw e;
        }
      }
    } finally {
      for (const x of items) decref(x);
    }
  }

  // ---- IMPORT_FROM and import * ----------------------------------------------------------------

  /** ceval's import_from: getattr, then sys.modules['pkg.name'], then CPython's ImportError. */
  importFrom(v: PyObject, name: string): PyObject {
    const r = A.getAttrOpt(v, name);
    if (r) return r;
    const pkgname = strAttr(v, '__name__');
    if (pkgname === null) importError(`cannot import name '${name}'`, null);
    const sub = this.sysModule(`${pkgname}.${name}`);
    if (sub) return sub;
    const d = A.dictOf(v);
    const file = d?.getStr('__file__') ?? null;
    if (!(file instanceof PyStr)) importError(`cannot import name '${name}' from '${pkgname}' (unknown location)`, pkgname);
    const spec = d?.getStr('__spec__') ?? null;
    let initializing = false;
    if (spec && spec !== None) {
      const i = A.getAttrOpt(spec, '_initializing');
      if (i) { initializing = A.isTrue(i); decref(i); }
    }
    if (initializing) {
      importError(`cannot import name '${name}' from partially initialized module '${pkgname}' (most likely due to a circular import) (${file.s})`, pkgname);
    }
    importError(`cannot import name '${name}' from '${pkgname}' (${file.s})`, pkgname);
  }

  /** ceval's import_all_from: `from v import *` into `locals`. */
  importStar(locals: PyObject | null, v: PyObject): void {
    if (locals === null) raise(PyExc.SystemError, "no locals found during 'import *'");
    let all = A.getAttrOpt(v, '__all__');
    let skipUnderscore = false;
    if (all === null) {
      const d = A.getAttrOpt(v, '__dict__');
      if (d === null) importError('from-import-* object has no __dict__ and no __all__', null);
      try { all = A.callMethod(d, 'keys', []); } finally { decref(d); }
      skipUnderscore = true;
    }
    const names = A.toArray(all);
    decref(all);
    try {
      for (const n of names) {
        if (!(n instanceof PyStr)) {
          const mn = strAttr(v, '__name__') ?? '?';
          raise(PyExc.TypeError, skipUnderscore ? `Key in ${mn}.__dict__ must be str, not ${n.type.name}`
            : `Item in ${mn}.__all__ must be str, not ${n.type.name}`);
        }
        if (skipUnderscore && n.s.startsWith('_')) continue;
        const value = A.getAttr(v, n.s);
        try {
          if (locals instanceof PyDict) locals.set(n, value); else A.setItem(locals, n, value);
        } finally { decref(value); }
      }
    } finally {
      for (const n of names) decref(n);
    }
  }

  // ---- specs and loaders ---------------------------------------------------------------------

  /** Runs the Python-level spec/loader classes once (lazily); false when unavailable. */
  private ensureBootstrap(): boolean {
    if (this.spec) return true;
    if (this.bootstrapping) return false;
    this.bootstrapping = true;
    try {
      const fi = this.runInternal('_frozen_importlib', FROZEN_IMPORTLIB_SRC, '<frozen importlib._bootstrap>');
      const fe = this.runInternal('_frozen_importlib_external', FROZEN_IMPORTLIB_EXTERNAL_SRC, '<frozen importlib._bootstrap_external>');
      const fid = fi.dict as PyDict, fed = fe.dict as PyDict;
      this.spec = fid.getStr('ModuleSpec');
      this.builtinImporter = fid.getStr('BuiltinImporter');
      this.sourceLoader = fed.getStr('SourceFileLoader');
      decref(fi);
      decref(fe);
      // sys, builtins and the other modules created before the importer get their specs now.
      for (const n of ['sys', 'builtins', 'gc']) {
        const m = this.vm.modules.getStr(n);
        const d = m ? A.dictOf(m) : null;
        if (d && (d.getStr('__spec__') ?? None) === None) {
          d.setStr('__loader__', this.builtinImporter!);
          const spec = this.makeSpec(n, this.builtinImporter!, 'built-in', false);
          if (spec) { d.setStr('__spec__', spec); decref(spec); }
        }
      }
      return this.spec !== null;
    } finally {
      this.bootstrapping = false;
    }
  }

  private runInternal(name: string, src: string, filename: string): PyModule {
    const m = newModule(name);
    const d = m.dict as PyDict;
    d.setStr('__builtins__', this.vm.builtinsDict);
    const fn = newBuiltin('_bytescope_source', (_s, args) => {
      const p = args[0];
      const text = p instanceof PyStr ? this.finder.source(p.s) : null;
      if (text === null) raise(PyExc.OSError, `could not read ${p ? A.reprJS(p) : 'None'}`);
      return newStr(text);
    });
    d.setStr('_bytescope_source', fn);
    decref(fn);
    const co = this.codeCache.get(filename, src, compileModule);
    const code = newCode(co);
    try { decref(this.vm.execCode(code, d, d)); } finally { decref(code); }
    this.vm.modules.setStr(name, m);
    return m;
  }

  /** A new reference to the loader for a found file (null: builtin), or null when unavailable. */
  private loaderFor(found: Found | null, fullname = ''): PyObject | null {
    if (!this.ensureBootstrap()) return null;
    if (found === null) { this.builtinImporter!.ob_refcnt++; return this.builtinImporter; }
    const n = newStr(found.origin);
    const nm = newStr(fullname);
    try { return A.call(this.sourceLoader!, [nm, n]); } finally { decref(n); decref(nm); }
  }

  private makeSpec(name: string, loader: PyObject, origin: string, isPackage: boolean): PyObject | null {
    if (!this.ensureBootstrap()) return null;
    const n = newStr(name), o = newStr(origin);
    try {
      return A.call(this.spec!, [n, loader, o, boolObj(isPackage)], ['origin', 'is_package']);
    } finally { decref(n); decref(o); }
  }

  /** `__import__` builtin: (name, globals=None, locals=None, fromlist=(), level=0). */
  builtinImport(args: PyObject[], kwnames: readonly string[] | null): PyObject {
    const names = ['name', 'globals', 'locals', 'fromlist', 'level'];
    const vals: (PyObject | null)[] = [null, null, null, null, null];
    const npos = args.length - (kwnames?.length ?? 0);
    if (npos > 5) raise(PyExc.TypeError, `__import__() takes at most 5 arguments (${npos} given)`);
    for (let i = 0; i < npos; i++) vals[i] = args[i]!;
    kwnames?.forEach((k, i) => {
      const j = names.indexOf(k);
      if (j < 0) raise(PyExc.TypeError, `__import__() got an unexpected keyword argument '${k}'`);
      vals[j] = args[npos + i]!;
    });
    const name = vals[0];
    if (name === null) raise(PyExc.TypeError, "__import__() missing required argument 'name' (pos 1)");
    if (!(name instanceof PyStr)) raise(PyExc.TypeError, `__import__() argument 1 must be str, not ${name.type.name}`);
    const level = vals[4] ? A.asSize(vals[4]) : 0;
    return this.importName(name.s, vals[1], vals[3] ?? None, level);
  }
}
