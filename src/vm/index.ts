/**
 * The VM's public entry point.
 *
 *   const vm = createVM(host);
 *   const status = vm.runCode(codeObject, { filename: 'prog.py' });   // CPython-compiled or ours
 *   const status2 = await runSource(vm, source, 'prog.py');           // uses src/vm/compiler when present
 *
 * Debugging: `vm.setHook(hook)` (src/vm/debug/hook.ts) and the inspection views of
 * src/vm/debug/inspect.ts.
 */
import { VM } from './runtime/vm';
import type { Host } from './runtime/host';
import type { CodeObject } from './bytecode/code';
import { collect } from './runtime/gc';

export { VM } from './runtime/vm';
export type { Host } from './runtime/host';
export { CaptureHost } from './runtime/host';
export { codeFromJSON } from './runtime/code_json';
export type { DebugHook } from './debug/hook';
export { BaseHook } from './debug/hook';

export interface RunOptions {
  filename?: string;
  /** Run as __main__ (default true). */
  mainModule?: boolean;
  /** Clear __main__ and run pending finalizers at the end, as interpreter shutdown does (default true). */
  finalize?: boolean;
}

export class PythonVM extends VM {
  /** Runs a module code object; returns the process exit status CPython would return. */
  runCode(co: CodeObject, opts: RunOptions = {}): number {
    const status = this.runMain(co, opts.filename ?? co.co_filename);
    if (opts.finalize !== false) this.shutdown();
    return status;
  }

  /** Compiles with Bytescope's compiler (src/vm/compiler/index.ts) and runs. */
  async runSource(source: string, filename: string, opts: RunOptions = {}): Promise<number> {
    const compiler = await loadCompiler();
    if (!compiler) throw new Error('the Bytescope compiler (src/vm/compiler/index.ts) is not available yet');
    this.compileSource = (src, fn) => compiler(src, fn, 'exec');
    this.compileEval = (src, fn, mode) => compiler(src, fn, mode);
    this.sources.set(filename, source.split(/\r?\n/));
    let co: CodeObject;
    try {
      co = compiler(source, filename, 'exec', { onWarning: (c, m, f, l) => this.compileWarning(c, m, f, l) });
    } catch (e) {
      const se = e as { msg?: string; lineno?: number; offset?: number; text?: string; kind?: string };
      if (se && se.msg !== undefined) {
        this.host.stderr(`  File "${filename}", line ${se.lineno}\n    ${(se.text ?? '').trim()}\n${se.kind ?? 'SyntaxError'}: ${se.msg}\n`);
        return 1;
      }
      throw e;
    }
    return this.runCode(co, { ...opts, filename });
  }

  /** Interpreter shutdown: clear __main__ (running __del__ methods), final collection. */
  shutdown(): void {
    this.finalize();
    collect(2);
  }
}

type CompileFn = (source: string, filename: string, mode: 'exec' | 'eval', opts?: { onWarning?: (c: 'SyntaxWarning' | 'DeprecationWarning', m: string, f: string, l: number) => boolean | void }) => CodeObject;
let compilerCache: CompileFn | null | undefined;

async function loadCompiler(): Promise<CompileFn | null> {
  if (compilerCache !== undefined) return compilerCache;
  try {
    const path = './compiler/index';
    const mod = (await import(/* @vite-ignore */ path)) as { compile?: CompileFn };
    compilerCache = mod.compile ?? null;
  } catch {
    compilerCache = null;
  }
  return compilerCache;
}

export function createVM(host: Host): PythonVM {
  return new PythonVM(host);
}
