/**
 * Fills the compiled-code cache (codecache.ts) with the stdlib modules a typical program imports,
 * so that the first run of a program does not compile them: `import dataclasses` compiles ~60
 * modules (several seconds of CPU) on a cold cache and only loads them on a warm one. Run once per
 * compiler build by scripts/build-cli.mjs (through the CLI's BYTESCOPE_PRECOMPILE switch).
 *
 * Which modules: the seeds below and, transitively, every stdlib module their module-level code
 * imports (IMPORT_NAME in the module's own code object, not in functions: those imports are lazy),
 * including `from pkg import name` where pkg.name is a submodule and the parents of dotted names.
 * Entries are written exactly as an import would write them (same key, same format), so the import
 * system cannot tell a precompiled entry from one its own earlier run wrote. Modules that fail to
 * compile are skipped (an import reports the error).
 */
import type { CodeObject } from '../../bytecode/code';
import type { Host } from '../host';
import { Finder, STDLIB_ROOT, type Found } from './finder';
import { CodeCache } from './codecache';
import { builtinModuleFactories } from '../../modules/registry';

/** Modules programs commonly import (the closure adds what they import). */
export const PRECOMPILE_SEEDS: readonly string[] = [
  'abc', 'argparse', 'array', 'ast', 'asyncio', 'base64', 'bisect', 'calendar', 'cmath', 'codecs',
  'collections', 'collections.abc', 'colorsys', 'contextlib', 'contextvars', 'copy', 'csv', 'dataclasses',
  'datetime', 'decimal', 'difflib', 'dis', 'doctest', 'enum', 'fnmatch', 'fractions', 'functools',
  'getopt', 'gettext', 'glob', 'graphlib', 'hashlib', 'heapq', 'hmac', 'html', 'inspect', 'io',
  'ipaddress', 'itertools', 'json', 'keyword', 'linecache', 'locale', 'logging', 'math', 'numbers',
  'operator', 'optparse', 'os', 'pathlib', 'pickle', 'platform', 'pprint', 'queue', 'random', 're',
  'reprlib', 'secrets', 'shlex', 'shutil', 'signal', 'statistics', 'string', 'struct', 'tempfile',
  'textwrap', 'threading', 'time', 'timeit', 'token', 'tokenize', 'traceback', 'types', 'typing',
  'unicodedata', 'unittest', 'urllib.parse', 'uuid', 'warnings', 'weakref', 'zoneinfo',
];

const LOAD_CONST = 100;
const IMPORT_NAME = 108;
const EXTENDED_ARG = 144;

/** (name, level, fromlist) of every IMPORT_NAME in one code object's own instructions. */
function importsOf(co: CodeObject): { name: string; level: number; fromlist: string[] }[] {
  const out: { name: string; level: number; fromlist: string[] }[] = [];
  const code = co.co_code;
  let ext = 0;
  let prev = -1, prev2 = -1;
  for (let i = 0; i + 1 < code.length; i += 2) {
    const op = code[i]!;
    const arg = code[i + 1]! | ext;
    ext = op === EXTENDED_ARG ? arg << 8 : 0;
    if (op === 0 || op === EXTENDED_ARG) continue; // inline caches
    if (op === IMPORT_NAME && prev2 >= 0 && prev >= 0) {
      const lv = co.co_consts[prev2]!, fl = co.co_consts[prev]!;
      const level = lv.k === 'int' ? Number(lv.v) : 0;
      const fromlist = fl.k === 'tuple' ? fl.v.flatMap((c) => (c.k === 'str' ? [c.v] : [])) : [];
      out.push({ name: co.co_names[arg]!, level, fromlist });
    }
    if (op === LOAD_CONST) { prev2 = prev; prev = arg; } else { prev2 = prev = -1; }
  }
  return out;
}

export interface PrecompileReport {
  /** Modules visited (found in the stdlib). */
  modules: number;
  /** Of those, compiled now (the others were cached already or failed). */
  compiled: number;
  failed: string[];
}

/**
 * Compiles (into `host.cacheDir`) the seeds' closure; modules already cached are read, not
 * recompiled, so a second call costs one cache read per module.
 */
export function precompileStdlib(host: Host, compile: (src: string, filename: string) => CodeObject, seeds: readonly string[] = PRECOMPILE_SEEDS): PrecompileReport {
  const finder = new Finder(host);
  const cache = new CodeCache(host);
  const seen = new Set<string>();
  const queue: string[] = [];
  const push = (name: string): void => {
    for (let i = name.indexOf('.'); i > 0; i = name.indexOf('.', i + 1)) push(name.slice(0, i));
    // A top-level name the VM provides itself never loads from the stdlib.
    if (!seen.has(name) && !builtinModuleFactories.has(name)) { seen.add(name); queue.push(name); }
  };
  const locate = (name: string): Found | null => {
    const parts = name.split('.');
    const entry = [STDLIB_ROOT, ...parts.slice(0, -1)].join('/');
    return finder.findIn(entry, parts[parts.length - 1]!);
  };
  seeds.forEach(push);
  const report: PrecompileReport = { modules: 0, compiled: 0, failed: [] };
  while (queue.length > 0) {
    const name = queue.shift()!;
    const found = locate(name);
    const stamp = found ? finder.stamp(found.origin) : null;
    if (!found || stamp === null) continue;
    report.modules++;
    const misses = cache.misses;
    let co: CodeObject;
    try {
      co = cache.getStamped(found.origin, stamp, () => finder.source(found.origin) ?? '', compile);
    } catch {
      report.failed.push(name);
      continue;
    }
    if (cache.misses !== misses) report.compiled++;
    const pkg = found.isPackage ? name : name.slice(0, Math.max(0, name.lastIndexOf('.')));
    for (const imp of importsOf(co)) {
      let base = imp.name;
      if (imp.level > 0) {
        const bits = pkg.split('.');
        if (bits.length < imp.level) continue;
        const head = bits.slice(0, bits.length - (imp.level - 1)).join('.');
        base = imp.name ? `${head}.${imp.name}` : head;
      }
      if (base) push(base);
      for (const f of imp.fromlist) if (f !== '*') push(`${base}.${f}`);
    }
  }
  // The marker scripts/build-cli.mjs checks before starting a precompile.
  if (host.cacheDir && host.writeFile) host.writeFile(`${host.cacheDir}/${PRECOMPILED_MARKER}`, JSON.stringify(report) + '\n');
  return report;
}

/** File written into the cache directory once the seeds' closure is in it. */
export const PRECOMPILED_MARKER = 'precompiled.json';
