/**
 * The CLI launcher's work, shared by its two builds (src/cli/launch.ts → out/cli/bytescope.mjs,
 * ESM; src/cli/launch-cjs.ts → out/cli/bytescope-launch.cjs, CommonJS, which bin/bytescope.cjs
 * loads because a CommonJS entry starts ~10 ms faster than an ES module): it loads the CLI proper
 * (out/cli/bytescope-core.cjs, a CommonJS bundle of src/cli/main.ts) through `vm.Script` with a V8
 * code cache, so that V8 neither parses nor compiles the 1.3 MB bundle on every start (Node 20 has
 * no `module.enableCompileCache`; an ESM bundle cannot take a code cache).
 *
 * The cache file sits beside the bundle. Its name holds a hash of the bundle's text (injected by the
 * build: V8 itself only checks the source's length), the V8 version, the architecture and any V8
 * flags given on the command line or in NODE_OPTIONS (they change what V8 accepts), so a rebuilt
 * bundle, another Node or a profiling run never thrashes the cache of a normal run. It is written
 * (by scripts/build-cli.mjs after a warm-up run, or at the exit of a run that found it missing or
 * rejected) to a temporary name and renamed into place, so concurrent processes only ever read a
 * complete file; a directory that cannot be written (read-only install) just means no cache.
 * V8 validates the cache against the source and its own flags (`cachedDataRejected`); a stale
 * cache costs one normal compile and is replaced.
 *
 * With BYTESCOPE_DEBUG set or --enable-source-maps, the bundle is loaded by Node's CommonJS loader
 * with source maps enabled instead (no code cache), so stack traces name the TypeScript sources.
 *
 * BYTESCOPE_CODE_CACHE=write: write the cache at exit even when one was accepted (the build's
 * warm-up, which runs a program touching the common paths, so the functions V8 compiled lazily
 * during the run are in the cache too). BYTESCOPE_CODE_CACHE=off: no cache (measurements).
 */
import type * as Fs from 'node:fs';
import type * as Module from 'node:module';
import type * as Path from 'node:path';
import type * as Vm from 'node:vm';

declare const __BS_CORE_HASH__: string;

/** The Node builtins the launcher uses (obtained without ESM facades by the entry modules). */
export interface LaunchBuiltins {
  fs: typeof Fs;
  module: { createRequire: typeof Module.createRequire };
  path: typeof Path;
  vm: typeof Vm;
}

/** 32-bit FNV-1a of a short string, base 36 (distinguishes V8 flag sets in the cache's name). */
function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** Runs out/cli/bytescope-core.cjs from the directory `here` that holds it. */
export function launch(b: LaunchBuiltins, here: string): void {
  const { readFileSync, renameSync, unlinkSync, writeFileSync } = b.fs;
  const core = b.path.join(here, 'bytescope-core.cjs');
  const mode = process.env.BYTESCOPE_CODE_CACHE ?? '';
  const flags = process.execArgv.join(' ') + (process.env.NODE_OPTIONS ? ' ' + process.env.NODE_OPTIONS : '');
  const cacheFile = b.path.join(here, `bytescope-core.${__BS_CORE_HASH__}.${process.versions.v8.replace(/[^\w.-]/g, '_')}-${process.arch}` +
    `${flags ? '.' + shortHash(flags) : ''}.v8cache`);

  // Names this build for caches of derived data (the import system's compiled-code cache, stages.ts).
  (globalThis as { __bytescopeBuildId?: string }).__bytescopeBuildId = __BS_CORE_HASH__;

  if (process.env.BYTESCOPE_DEBUG || process.execArgv.includes('--enable-source-maps')) {
    // Debugging: Node's own CommonJS loader, with source maps on, so that stack traces name the
    // TypeScript sources (the bundle is whitespace-minified) — at the price of a full compile.
    process.setSourceMapsEnabled(true);
    b.module.createRequire(core)(core);
    return;
  }

  // The CommonJS module wrapper, as Node's own loader applies it.
  // (An ASCII bundle — the build warns otherwise — makes a one-byte string; a 'latin1' read measured
  // slower: Node makes a text that large an external string.)
  const source = '(function (exports, require, module, __filename, __dirname) { ' + readFileSync(core, 'utf8') + '\n})';
  let cached: Buffer | undefined;
  if (mode !== 'off') {
    try {
      cached = readFileSync(cacheFile);
    } catch {
      // no cache yet: this run writes one at exit
    }
  }
  const script = new b.vm.Script(source, { filename: core, cachedData: cached });
  const stale = cached === undefined || script.cachedDataRejected === true;

  if (mode !== 'off' && (stale || mode === 'write')) {
    process.once('exit', () => {
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      try {
        writeFileSync(tmp, script.createCachedData());
        renameSync(tmp, cacheFile);
      } catch {
        try { unlinkSync(tmp); } catch { /* nothing was written */ }
      }
    });
  }

  // The bundle's require: Node's builtins (all it requires at start) straight from
  // process.getBuiltinModule; a require function of its own (createRequire: ~0.3 ms of path
  // resolution) only when it asks for anything else (fflate, on the first inflate).
  let full: NodeJS.Require | null = null;
  const builtin = (process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule?.bind(process);
  const req = ((id: string) => (builtin && id.startsWith('node:') ? builtin(id) : (full ??= b.module.createRequire(core))(id))) as NodeJS.Require;
  const mod = { exports: {} };
  (script.runInThisContext() as (e: object, r: NodeJS.Require, m: object, f: string, d: string) => void)(
    mod.exports, req, mod, core, here);
}
