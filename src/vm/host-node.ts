/**
 * A Host for plain Node (CLI, scripts): synchronous stdout/stderr writes, input() from fd 0,
 * files from disk, optional SIGINT → KeyboardInterrupt. The VM itself never imports Node modules;
 * only this adapter does.
 */
import { readFileSync, readSync, writeSync, statSync, lstatSync, readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import type { Host } from './runtime/host';

export class NodeHost implements Host {
  argv: string[];
  private sigint = false;
  private stdinBuf = Buffer.alloc(0);
  private eof = false;
  constructor(argv: string[], opts: { handleSigint?: boolean } = {}) {
    this.argv = argv;
    if (opts.handleSigint) process.on('SIGINT', () => { this.sigint = true; });
  }
  stdout(text: string): void {
    writeSync(1, text);
  }
  stderr(text: string): void {
    writeSync(2, text);
  }
  readLine(prompt: string): string | null {
    if (prompt) writeSync(1, prompt);
    const chunk = Buffer.alloc(4096);
    for (;;) {
      const nl = this.stdinBuf.indexOf(10);
      if (nl >= 0) {
        const line = this.stdinBuf.subarray(0, nl + 1).toString('utf8');
        this.stdinBuf = this.stdinBuf.subarray(nl + 1);
        return line;
      }
      if (this.eof) {
        if (!this.stdinBuf.length) return null;
        const rest = this.stdinBuf.toString('utf8');
        this.stdinBuf = Buffer.alloc(0);
        return rest;
      }
      let n = 0;
      try {
        n = readSync(0, chunk, 0, chunk.length, null);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
        if ((e as NodeJS.ErrnoException).code === 'EOF') n = 0;
        else throw e;
      }
      if (n === 0) this.eof = true;
      else this.stdinBuf = Buffer.concat([this.stdinBuf, chunk.subarray(0, n)]);
    }
  }
  readFile(path: string): string | null {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return null;
    }
  }
  interrupted(): boolean {
    if (!this.sigint) return false;
    this.sigint = false;
    return true;
  }
  /** Monotonic seconds. process.hrtime, not the global `performance`, whose first use loads
   * Node's perf_hooks (~1 ms of every run that imports a module: the importer times imports). */
  now(): number {
    const t = process.hrtime();
    return t[0] + t[1] / 1e9;
  }
  cpuTime(): number {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  }
  cwd(): string {
    return process.cwd();
  }
  env(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined) out[k] = v;
    return out;
  }
  stat = nodeStat;
  listdir = nodeListdir;
  pid = nodePid;
  cpuCount = nodeCpuCount;
}

/** Host.stat/listdir/pid/cpuCount over Node (shared by NodeHost and the CLI's host). */
export function nodeStat(path: string, followSymlinks: boolean): number[] | string {
  try {
    const s = followSymlinks ? statSync(path) : lstatSync(path);
    return [s.mode, s.ino, s.dev, s.nlink, s.uid, s.gid, s.size, s.atimeMs / 1000, s.mtimeMs / 1000, s.ctimeMs / 1000];
  } catch (e) {
    return (e as NodeJS.ErrnoException).code ?? 'EIO';
  }
}

export function nodeListdir(path: string): string[] | string {
  try {
    return readdirSync(path);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code ?? 'EIO';
  }
}

export function nodePid(): number {
  return process.pid;
}

export function nodeCpuCount(): number | null {
  return cpus().length || null;
}
