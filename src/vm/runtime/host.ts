/**
 * The VM's only window on the outside world. The VM is pure TypeScript; a host adapter (Node:
 * src/vm/host-node.ts, the app's worker, tests' capture host) implements this interface.
 */
export interface Host {
  /** Write text to stdout / stderr (already decoded; the host encodes as UTF-8). */
  stdout(text: string): void;
  stderr(text: string): void;
  /** input(): blocks synchronously; returns null at end of input (EOFError). */
  readLine(prompt: string): string | null;
  /** Source text of a file (imports, traceback source lines), or null when absent. */
  readFile(path: string): string | null;
  /** sys.argv. */
  argv: string[];
  /** Called at eval-breaker points; returning true raises KeyboardInterrupt. */
  interrupted?(): boolean;
  /** Monotonic clock in seconds (time.perf_counter / time.time fallback). */
  now?(): number;
  /** Raw bytes of a file, or null when absent (the stdlib zip, binary reads). */
  readBinary?(path: string): Uint8Array | null;
  /** Where the CPython 3.12 stdlib sources live: a `python_stdlib.zip` path (src/vm/runtime/importer). */
  stdlibZip?: string;
  /** A directory the importer may keep compiled-code caches in (absent: memory only). */
  cacheDir?: string;
  /** Writes a text file (cache files); errors are ignored by callers. */
  writeFile?(path: string, text: string): void;
  /** True when the path is a directory (packages found on sys.path entries of the host). */
  isDir?(path: string): boolean;
  /** Wall-clock time in seconds since the epoch (time.time). */
  wallTime?(): number;
  /** CPU time (user + system) the process has used, in seconds (time.process_time). */
  cpuTime?(): number;
  /** The process's working directory (os.getcwd). */
  cwd?(): string;
  /** Environment variables (os.environ). */
  env?(): Record<string, string>;
  /** os.stat: [st_mode, st_ino, st_dev, st_nlink, st_uid, st_gid, st_size, atime, mtime, ctime]
   * (times in seconds, float) or an errno code name ('ENOENT', 'EACCES', ...) on failure. */
  stat?(path: string, followSymlinks: boolean): number[] | string;
  /** os.listdir: entry names (no '.'/'..') or an errno code name on failure. */
  listdir?(path: string): string[] | string;
  /** Fills `b` with OS entropy (os.urandom, random.seed() without an argument). Absent: WebCrypto's
   * getRandomValues (in Node, its first use loads and compiles Node's crypto modules: ~15-25 ms). */
  entropy?(b: Uint8Array<ArrayBuffer>): void;
  /** os.getpid / os.cpu_count. */
  pid?(): number;
  cpuCount?(): number | null;
  /** File descriptors and directory changes (os.open/read/write/..., open()). Synchronous, POSIX
   * semantics; each returns its result or, on failure, the errno code name ('ENOENT', 'EISDIR', ...).
   * Absent methods make the VM raise OSError ENOSYS. */
  fs?: HostFs;
}

/** The fd-level file system of a Host (see Host.fs). Flags and whence values are Linux's. */
export interface HostFs {
  /** open(2): a new fd. `flags` are Linux O_* bits (O_CREAT 0o100, O_EXCL 0o200, O_TRUNC 0o1000, O_APPEND 0o2000). */
  open(path: string, flags: number, mode: number): number | string;
  /** read(2) of at most n bytes at the fd's position (empty at end of file). */
  read(fd: number, n: number): Uint8Array | string;
  /** write(2): bytes written. */
  write(fd: number, data: Uint8Array): number | string;
  /** lseek(2): the new position. */
  lseek(fd: number, offset: number, whence: number): number | string;
  /** ftruncate(2), fsync(2), close(2): 0. */
  ftruncate(fd: number, length: number): number | string;
  fsync(fd: number): number | string;
  close(fd: number): number | string;
  /** fstat(2): Host.stat's ten fields, then st_blksize. */
  fstat(fd: number): number[] | string;
  isatty(fd: number): boolean;
  /** unlink(2), rename(2), mkdir(2), rmdir(2), chmod(2), chdir(2): 0. */
  unlink(path: string): number | string;
  rename(src: string, dst: string): number | string;
  mkdir(path: string, mode: number): number | string;
  rmdir(path: string): number | string;
  chmod(path: string, mode: number): number | string;
  chdir?(path: string): number | string;
  /** utime(2) with times in seconds since the epoch: 0. */
  utime?(path: string, atime: number, mtime: number): number | string;
  /** symlink(2), link(2): 0; readlink(2): the link's target. */
  symlink?(target: string, path: string): number | string;
  link?(src: string, dst: string): number | string;
  readlink?(path: string): string | { error: string };
}

/** A host that captures output in strings (tests, embedding). */
export class CaptureHost implements Host {
  out = '';
  err = '';
  private lines: string[];
  argv: string[];
  files: Map<string, string>;
  constructor(opts: { stdin?: string; argv?: string[]; files?: Record<string, string> } = {}) {
    this.lines = opts.stdin ? opts.stdin.split(/(?<=\n)/) : [];
    this.argv = opts.argv ?? [''];
    this.files = new Map(Object.entries(opts.files ?? {}));
  }
  stdout(t: string): void { this.out += t; }
  stderr(t: string): void { this.err += t; }
  readLine(prompt: string): string | null {
    this.out += prompt;
    const l = this.lines.shift();
    return l === undefined ? null : l;
  }
  readFile(path: string): string | null {
    return this.files.get(path) ?? null;
  }
}
