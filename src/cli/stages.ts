/**
 * The pipeline as the CLI and the golden harness see it: one function per stage, each built on the
 * stage owners' entry points. A stage whose module has not landed (or lacks the expected export)
 * is reported as missing (`StageMissingError`), which the golden harness counts apart from real
 * mismatches.
 *
 * The tokenizer and disassembler are imported statically; the parser, AST dump, compiler and
 * runtime entry modules through ./stage-modules, which yields null for a module not in the
 * checkout (reported as "missing", not a build failure).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodeObject } from '../vm/bytecode/code';
import { runTokenizeCli } from '../vm/tokenizer/index';
import { disassemble } from '../vm/bytecode/dis';
import type { AstMode } from './args';
import { EXCLUDED, importStage, type StageModule } from './stage-modules';
import { nodeStat, nodeListdir, nodePid, nodeCpuCount, nodeFs, nodeEntropy } from '../vm/host-node';
import { CodeCache } from '../vm/runtime/importer/codecache';
import { precompileStdlib } from '../vm/runtime/importer/precompile';

export type StageName = 'tokens' | 'ast' | 'dis' | 'run';
export const STAGES: readonly StageName[] = ['tokens', 'ast', 'dis', 'run'];

export class StageMissingError extends Error {
  constructor(readonly stage: StageName, detail: string) {
    super(`stage '${stage}' is not implemented yet (${detail})`);
  }
}

/** What the script sees and where its output goes; `write` receives text in program order. */
export interface RunIO {
  argv: string[];
  write(fd: 1 | 2, text: string): void;
  /** Next line of stdin including its '\n', '' at end of input. */
  readLine(): string;
}

export interface TextResult {
  stdout: string;
  stderr: string;
  status: number;
}

export interface Pipeline {
  /** `python3.12 -m tokenize FILE` from the file's bytes (its own encoding detection and errors). */
  tokens(source: string | Uint8Array, filename: string, exact?: boolean): TextResult;
  /** `warnings` receives the compile-time warnings as CPython prints them on stderr. */
  ast(source: string, filename: string, opts?: { mode?: AstMode; indent?: number; includeAttributes?: boolean; warnings?: string[] }): string;
  compile(source: string, filename: string): CodeObject;
  dis(source: string, filename: string, warnings?: string[]): string;
  /** Runs a script as __main__; returns the exit status. Compile errors are printed like CPython. */
  run(source: string, filename: string, io: RunIO): number;
  /**
   * Fills the import system's compiled-code cache with the common stdlib modules
   * (src/vm/runtime/importer/precompile.ts); a one-line report, or null without a cache directory.
   */
  precompileStdlib(): string | null;
  missing(stage: StageName): string | null;
}

type Mod = Record<string, unknown>;

/** The part of src/vm/runtime/vm.ts's VM the CLI drives (loaded dynamically, so typed here). */
interface VMLike {
  compileSource: ((src: string, filename: string) => CodeObject) | null;
  /** The warnings engine's sink for compile-time warnings (runtime/warnings.ts). */
  compileWarning?(category: 'SyntaxWarning' | 'DeprecationWarning', msg: string, filename: string, lineno: number): boolean;
  runMain(co: CodeObject, filename: string): number;
  finalize?(): void;
  exitSignal?: number;
}

/**
 * The CPython 3.12 stdlib zip shipped in the pyodide npm package, or undefined when absent: in a
 * node_modules beside or above this file (the checkout layout; checked first because it costs a
 * few stat calls where module resolution costs milliseconds), else wherever Node resolves pyodide.
 */
function findStdlibZip(): string | undefined {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++, dir = path.dirname(dir)) {
    const p = path.join(dir, 'node_modules', 'pyodide', 'python_stdlib.zip');
    if (existsSync(p)) return p;
  }
  try {
    const p = path.join(path.dirname(createRequire(import.meta.url).resolve('pyodide/package.json')), 'python_stdlib.zip');
    if (existsSync(p)) return p;
  } catch {
    // pyodide is not installed
  }
  return undefined;
}

let stdlibZip: string | undefined | null = null;

/** Fingerprint of the compiler's sources and the cache format, injected by scripts/build-cli.mjs. */
declare const __BS_COMPILER_HASH__: string | undefined;

/**
 * Compiled-code cache for the import system: one directory per compiler build (named by a hash of
 * the sources the compiler and the cache format are bundled from, so rebuilding the CLI for a
 * runtime change keeps the cache — and the stdlib modules scripts/build-cli.mjs precompiled into
 * it — while a changed compiler never reads stale code objects); none when running from sources
 * (tests). A bundle built without the fingerprint falls back to the bundle's content hash (from
 * the launcher, src/cli/launch.ts) or mtime. scripts/build-cli.mjs removes other builds' caches.
 */
function codeCacheDir(): string | undefined {
  const here = fileURLToPath(import.meta.url);
  if (!here.endsWith('.mjs') && !here.endsWith('.cjs')) return undefined;
  try {
    const id = typeof __BS_COMPILER_HASH__ === 'string' ? 'c' + __BS_COMPILER_HASH__
      : (globalThis as { __bytescopeBuildId?: string }).__bytescopeBuildId ?? 'm' + Math.floor(statSync(here).mtimeMs).toString(36);
    const dir = path.join(path.dirname(here), '..', '..', '.cache', 'bytecode', id);
    mkdirSync(dir, { recursive: true });
    return dir;
  } catch {
    return undefined;
  }
}
let cacheDir: string | undefined | null = null;

/** The runtime's Host (src/vm/runtime/host.ts) over the CLI's RunIO and Node's file system. */
function hostFor(io: RunIO) {
  if (stdlibZip === null) stdlibZip = findStdlibZip();
  if (cacheDir === null) cacheDir = codeCacheDir();
  // process.hrtime, not the global `performance`, whose first use loads perf_hooks (~1 ms).
  const t0 = process.hrtime.bigint();
  // Files and the working directory (a worker thread — the golden harness — keeps its own).
  const fs = nodeFs();
  return {
    argv: io.argv,
    stdlibZip,
    cacheDir,
    // Cache files: written under a temporary name and renamed, so that a concurrent process never
    // reads a partial file.
    writeFile(p: string, text: string): void {
      const tmp = `${p}.${process.pid}.tmp`;
      try {
        writeFileSync(tmp, text);
        renameSync(tmp, p);
      } catch {
        // a cache that cannot be written is only slower
        try { unlinkSync(tmp); } catch { /* nothing was written */ }
      }
    },
    stdout: (t: string) => io.write(1, t),
    stderr: (t: string) => io.write(2, t),
    readLine(prompt: string): string | null {
      if (prompt) io.write(1, prompt);
      const line = io.readLine();
      return line === '' ? null : line;
    },
    readFile(p: string): string | null {
      // The importer probes name/__init__.py and name.py in the script's directory before the
      // stdlib for every import: a failing read throws (~28 us), a stat does not (~4 us).
      if (!statSync(p, { throwIfNoEntry: false })?.isFile()) return null;
      try {
        return readFileSync(p, 'utf8');
      } catch {
        return null;
      }
    },
    readBinary(p: string): Uint8Array | null {
      try {
        return readFileSync(p);
      } catch {
        return null;
      }
    },
    isDir(p: string): boolean {
      try {
        return statSync(p).isDirectory();
      } catch {
        return false;
      }
    },
    now: () => Number(process.hrtime.bigint() - t0) / 1e9,
    wallTime: () => Date.now() / 1000,
    cpuTime: () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; },
    cwd: () => fs.getcwd(),
    env: () => ({ ...process.env }) as Record<string, string>,
    stat: (p: string, follow: boolean) => nodeStat(fs.resolve(p), follow),
    listdir: (p: string) => nodeListdir(fs.resolve(p)),
    pid: nodePid,
    cpuCount: nodeCpuCount,
    entropy: nodeEntropy,
    fs,
  };
}

type WarningSink = (category: 'SyntaxWarning' | 'DeprecationWarning', msg: string, filename: string, lineno: number) => boolean | void;

/**
 * Compile-time warnings of `-m dis` / `-m ast`, which compile in a fresh interpreter: the default
 * filters show SyntaxWarnings, ignore DeprecationWarnings (the module is the file name, not
 * __main__), and the warnings module is not imported, so the C printer formats them (the source
 * line read from the file, leading blanks removed, indented by two).
 */
function textWarnings(source: string, out: string[]): WarningSink {
  let lines: string[] | null = null;
  return (category, msg, filename, lineno) => {
    const mod = filename.endsWith('.py') ? filename.slice(0, -3) : filename;
    if (category === 'DeprecationWarning' && mod !== '__main__') return;
    out.push(`${filename}:${lineno}: ${category}: ${msg}\n`);
    lines ??= source.split(/\r\n|\r|\n/);
    const line = lines[lineno - 1];
    if (line !== undefined && !(filename.startsWith('<') && filename.endsWith('>'))) out.push(`  ${line.replace(/^[ \t\f]+/, '')}\n`);
  };
}

function fn(mod: Mod | null, ...names: string[]): ((...a: any[]) => any) | null {
  if (!mod) return null;
  for (const n of names) if (typeof mod[n] === 'function') return mod[n] as (...a: any[]) => any;
  return null;
}

let cached: Promise<Pipeline> | null = null;

/**
 * CPython runs a script through its file tokenizer, whose cursor has gone back to column 0 once it
 * reads the end of the input: an "expected an indented block" error located there has offset 0
 * (so no caret is printed), where compile() of the same text (our pipeline, `-m dis`) says the end
 * of the last line.
 */
function fileTokenizerEof(e: unknown): unknown {
  const se = e as { kind?: string; msg?: string; offset?: number; end_offset?: number; text?: string | null };
  if (se && se.kind === 'IndentationError' && se.msg?.startsWith('expected an indented block') && se.end_offset === -1 && typeof se.text === 'string') {
    const len = Buffer.byteLength(se.text, 'utf8') + (se.text.endsWith('\n') ? 0 : 1);
    if (se.offset === len) (se as { offset: number }).offset = 0;
  }
  return e;
}

export function loadPipeline(): Promise<Pipeline> {
  cached ??= build();
  return cached;
}

async function build(): Promise<Pipeline> {
  const [parser, dump, compiler, vmCore] = await Promise.all([
    importStage('parser/index'), importStage('ast/dump'), importStage('compiler/index'), importStage('runtime/vm'),
  ]);
  const parse = fn(parser, 'parse');
  const parseWarning = fn(compiler, 'parseWarning');
  const astDump = fn(dump, 'astDump');
  const compile = fn(compiler, 'compile');
  const byteColumns = fn(compiler, 'withByteColumns');
  // The CLI drives the runtime's VM class (src/vm/runtime/vm.ts) through a Host over its own I/O.
  const VMClass = vmCore && typeof vmCore.VM === 'function' ? (vmCore.VM as new (host: unknown) => VMLike) : null;

  const why = (m: StageModule, what: string): string => `src/vm/${m}.ts ${what}${EXCLUDED[m] ? ` — left out of the build: ${EXCLUDED[m]}` : ''}`;
  const missingReasons: Record<StageName, string | null> = {
    tokens: null,
    ast: parse && astDump ? null : !parse ? why('parser/index', 'parse') : why('ast/dump', 'astDump'),
    dis: compile ? null : why('compiler/index', 'compile'),
    run: !compile ? why('compiler/index', 'compile') : VMClass ? null : why('runtime/vm', 'VM'),
  };
  const need = (stage: StageName): void => {
    const why = missingReasons[stage];
    if (why) throw new StageMissingError(stage, why);
  };

  const pipeline: Pipeline = {
    missing: (stage) => missingReasons[stage],
    tokens(source, filename, exact = false) {
      return runTokenizeCli(source, filename, { exact });
    },
    ast(source, filename, opts = {}) {
      need('ast');
      let tree: unknown;
      try {
        tree = opts.warnings && parseWarning
          ? parseWarning(source, filename, opts.mode ?? 'exec', textWarnings(source, opts.warnings))
          : parse!(source, filename, opts.mode ?? 'exec');
      } catch (e) {
        // `python -m ast FILE` parses the file's bytes: byte columns in its errors.
        throw byteColumns && e instanceof Error && e.name !== 'StageMissingError' && 'offset' in e ? byteColumns(e, source) : e;
      }
      return (astDump!(tree, { indent: opts.indent ?? 3, includeAttributes: opts.includeAttributes ?? false }) as string) + '\n';
    },
    compile(source, filename) {
      need('dis');
      return compile!(source, filename, 'exec', { fromBytes: true }) as CodeObject;
    },
    dis(source, filename, warnings) {
      need('dis');
      const onWarning = warnings ? textWarnings(source, warnings) : undefined;
      return disassemble(compile!(source, filename, 'exec', { onWarning, fromBytes: true }) as CodeObject);
    },
    run(source, filename, io) {
      need('run');
      const compileFn = (src: string, file: string): CodeObject => compile!(src, file, 'exec') as CodeObject;
      const host = hostFor(io);
      // The VM exists before the script compiles: its warnings engine reports compile-time warnings.
      const vm = new VMClass!(host);
      const cache = new CodeCache(host);
      // The script's own code object comes through the compiled-code cache too (keyed by its path
      // and text, like exec'd strings): a program's next run skips tokenizing, parsing and
      // compiling it (4-20 ms for the bench programs). A compile that issued a warning is not
      // stored, so every run issues it; a syntax error is never stored. BYTESCOPE_MAIN_CACHE=off
      // (the build's warm-up run, which must compile its script) always compiles.
      const compileMain = () => {
        let warned = false;
        const onWarning: WarningSink | undefined = vm.compileWarning
          ? (c, m, f, l) => { warned = true; return vm.compileWarning!(c, m, f, l); } : undefined;
        return { co: compile!(source, filename, 'exec', { onWarning, fromBytes: true }) as CodeObject, cacheable: !warned };
      };
      let co: CodeObject;
      try {
        co = process.env.BYTESCOPE_MAIN_CACHE === 'off' ? compileMain().co : cache.getExec('main', filename, source, compileMain);
      } catch (e) {
        throw fileTokenizerEof(e);
      }
      // Modules written partly in Python (src/vm/modules) compile their fixed sources through
      // vm.compileSource: cached like imported modules.
      vm.compileSource = (src, file) => cache.get(file, src, compileFn);
      const status = vm.runMain(co, filename);
      vm.finalize?.();
      // A death by signal is minus the signal's number (main.ts reproduces it on the process).
      return vm.exitSignal ? -vm.exitSignal : status;
    },
    precompileStdlib() {
      need('run');
      const host = hostFor({ argv: [], write: () => {}, readLine: () => '' });
      if (!host.cacheDir) return null;
      const t0 = Date.now();
      // The Python parts of the VM's own modules (src/vm/modules/py) compile when a module is first
      // created: import each once.
      pipeline.run('import sys\nfor n in sys.builtin_module_names:\n    try:\n        __import__(n)\n    except BaseException:\n        pass\n',
        '<precompile>', { argv: ['<precompile>'], write: () => {}, readLine: () => '' });
      const r = precompileStdlib(host as Parameters<typeof precompileStdlib>[0], (src, file) => compile!(src, file, 'exec') as CodeObject);
      return `precompiled ${r.compiled} of ${r.modules} stdlib modules in ${Date.now() - t0} ms` +
        (r.failed.length ? ` (failed: ${r.failed.join(', ')})` : '');
    },
  };
  return pipeline;
}
