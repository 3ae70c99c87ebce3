/**
 * A Host for plain Node (CLI, scripts): synchronous stdout/stderr writes, input() from fd 0,
 * files from disk, optional SIGINT → KeyboardInterrupt. The VM itself never imports Node modules;
 * only this adapter does.
 */
import {
  readFileSync, readSync, writeSync, statSync, lstatSync, readdirSync, openSync, closeSync, fstatSync,
  ftruncateSync, fsyncSync, unlinkSync, renameSync, mkdirSync, rmdirSync, chmodSync, utimesSync,
  symlinkSync, linkSync, readlinkSync,
} from 'node:fs';
import type { Stats } from 'node:fs';
import type * as TtyModule from 'node:tty';
import type * as WorkerThreadsModule from 'node:worker_threads';
import { resolve as resolvePath } from 'node:path';
import { cpus } from 'node:os';
import type { Host, HostFs } from './runtime/host';
import { webCryptoEntropy } from './runtime/entropy';

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
    return this.fs.getcwd();
  }
  env(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined) out[k] = v;
    return out;
  }
  fs = nodeFs();
  stat = (path: string, follow: boolean): number[] | string => nodeStat(this.fs.resolve(path), follow);
  listdir = (path: string): string[] | string => nodeListdir(this.fs.resolve(path));
  pid = nodePid;
  cpuCount = nodeCpuCount;
  entropy = nodeEntropy;
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

/**
 * Host.entropy over /dev/urandom (opened, read and closed per call, so the program's file
 * descriptor numbers stay CPython's); WebCrypto where there is none. Reading the device costs a few
 * system calls, where Node's WebCrypto loads and compiles its crypto modules at first use.
 */
export function nodeEntropy(b: Uint8Array<ArrayBuffer>): void {
  let fd = -1;
  try {
    fd = openSync('/dev/urandom', 'r');
    for (let off = 0; off < b.length;) {
      const n = readSync(fd, b, off, b.length - off, null);
      if (n <= 0) throw new Error('short read');
      off += n;
    }
    return;
  } catch {
    // No readable /dev/urandom: WebCrypto below.
  } finally {
    if (fd >= 0) closeSync(fd);
  }
  webCryptoEntropy(b);
}

export function nodePid(): number {
  return process.pid;
}

export function nodeCpuCount(): number | null {
  return cpus().length || null;
}

function errCode(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? 'EIO';
}

/**
 * Host.fs over node:fs. Node has no lseek: each fd this layer opened on a seekable file keeps its
 * own position, and reads/writes are positional (pread/pwrite; Linux's pwrite on an O_APPEND fd
 * appends wherever the position is, after which the position is the file's end). Streams (FIFOs,
 * terminals) and fds it did not open use the kernel's offset (position null) and cannot seek.
 * On the main thread the working directory is the process's (`chdir` = process.chdir). A worker
 * thread cannot change it, so there the layer keeps a directory of its own, against which every
 * relative path it is given resolves; the host's `cwd`/`stat`/`listdir` must then go through
 * `getcwd`/`resolve` (as NodeHost, the CLI's host and the session worker's host do).
 */
/**
 * node:tty and node:worker_threads are loaded on first use: importing them at start-up made Node
 * compile ~25 of its internal modules (net, streams, worker messaging) for every run, ~9 ms.
 */
const builtinModule = (id: string): unknown => (process as unknown as { getBuiltinModule(id: string): unknown }).getBuiltinModule(id);
let inMainThread: boolean | null = null;
function isMainThread(): boolean {
  return (inMainThread ??= (builtinModule('node:worker_threads') as typeof WorkerThreadsModule).isMainThread);
}
function isatty(fd: number): boolean {
  return (builtinModule('node:tty') as typeof TtyModule).isatty(fd);
}

export interface NodeFs extends HostFs {
  /** The working directory (Host.cwd). */
  getcwd(): string;
  /** A path as the process would see it: relative paths against the working directory. */
  resolve(path: string): string;
}

export function nodeFs(): NodeFs {
  // The working directory this host keeps itself (worker threads cannot chdir), or null on the
  // main thread (the process's own); undefined until a relative path, getcwd or chdir needs it,
  // so a run that only touches absolute paths never loads node:worker_threads.
  let vcwd: string | null | undefined;
  const virtualCwd = (): string | null => (vcwd === undefined ? (vcwd = isMainThread() ? null : process.cwd()) : vcwd);
  const abs = (p: string): string => {
    if (p.startsWith('/')) return p;
    const v = virtualCwd();
    return v === null ? p : resolvePath(v, p);
  };
  const O_APPEND = 0o2000;
  const pos = new Map<number, { at: number; append: boolean }>();
  // open() stats the new fd; the fstat() that follows it (FileIO's) reads that result, unless the
  // file was written, truncated or closed in between.
  let opened: { fd: number; st: Stats } | null = null;
  const zero = (f: () => void): number | string => {
    try { f(); return 0; } catch (e) { return errCode(e); }
  };
  const fs: NodeFs = {
    getcwd: () => virtualCwd() ?? process.cwd(),
    resolve: abs,
    open(path, flags, mode) {
      try {
        const fd = openSync(abs(path), flags, mode);
        try {
          const st = fstatSync(fd);
          opened = { fd, st };
          if (st.isFile() || st.isDirectory() || st.isBlockDevice()) pos.set(fd, { at: 0, append: (flags & O_APPEND) !== 0 });
        } catch { /* fstat errors other than EBADF are tolerated, as CPython's FileIO does */ }
        return fd;
      } catch (e) {
        return errCode(e);
      }
    },
    read(fd, n) {
      const p = pos.get(fd);
      const buf = Buffer.allocUnsafe(Math.max(0, Math.min(n, 0x7fffffff)));
      try {
        const got = readSync(fd, buf, 0, buf.length, p ? p.at : null);
        if (p) p.at += got;
        return got === buf.length ? buf : buf.subarray(0, got);
      } catch (e) {
        return errCode(e);
      }
    },
    write(fd, data) {
      opened = null;
      const p = pos.get(fd);
      try {
        const n = writeSync(fd, data, 0, data.length, p ? p.at : null);
        if (p) p.at = p.append ? fstatSync(fd).size : p.at + n;
        return n;
      } catch (e) {
        return errCode(e);
      }
    },
    lseek(fd, offset, whence) {
      const p = pos.get(fd);
      if (!p) return 'ESPIPE';
      let base: number;
      if (whence === 0) base = 0;
      else if (whence === 1) base = p.at;
      else if (whence === 2) {
        try { base = fstatSync(fd).size; } catch (e) { return errCode(e); }
      } else return 'EINVAL';
      const at = base + offset;
      if (at < 0) return 'EINVAL';
      p.at = at;
      return at;
    },
    ftruncate: (fd, length) => {
      opened = null;
      return length < 0 ? 'EINVAL' : zero(() => ftruncateSync(fd, length));
    },
    fsync: (fd) => zero(() => fsyncSync(fd)),
    close(fd) {
      opened = null;
      // An fd that is not open is EBADF without asking Node to close it (Node warns about that);
      // one this layer opened and has not closed is open.
      if (!pos.has(fd)) {
        try { fstatSync(fd); } catch (e) { return errCode(e); }
      }
      const r = zero(() => closeSync(fd));
      if (r === 0) pos.delete(fd);
      return r;
    },
    fstat(fd) {
      try {
        const s = opened !== null && opened.fd === fd ? opened.st : fstatSync(fd);
        opened = null;
        return [s.mode, s.ino, s.dev, s.nlink, s.uid, s.gid, s.size, s.atimeMs / 1000, s.mtimeMs / 1000, s.ctimeMs / 1000, s.blksize];
      } catch (e) {
        return errCode(e);
      }
    },
    isatty: (fd) => isatty(fd),
    unlink: (path) => zero(() => unlinkSync(abs(path))),
    rename: (src, dst) => zero(() => renameSync(abs(src), abs(dst))),
    mkdir: (path, mode) => zero(() => mkdirSync(abs(path), mode)),
    rmdir: (path) => zero(() => rmdirSync(abs(path))),
    chmod: (path, mode) => zero(() => chmodSync(abs(path), mode)),
    utime: (path, atime, mtime) => zero(() => utimesSync(abs(path), atime, mtime)),
    symlink: (target, path) => zero(() => symlinkSync(target, abs(path))),
    link: (src, dst) => zero(() => linkSync(abs(src), abs(dst))),
    readlink(path) {
      try {
        return readlinkSync(abs(path));
      } catch (e) {
        return { error: errCode(e) };
      }
    },
    chdir(path) {
      if (virtualCwd() === null) return zero(() => process.chdir(path));
      const to = abs(path);
      try {
        if (!statSync(to).isDirectory()) return 'ENOTDIR';
      } catch (e) {
        return errCode(e);
      }
      vcwd = to;
      return 0;
    },
  };
  return fs;
}
