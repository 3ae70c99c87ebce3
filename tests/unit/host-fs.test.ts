/**
 * The Host's fd-level file system (Host.fs): nodeFs over node:fs (positions kept per fd, errno
 * code names on failure), and what the VM does with and without it (open() writing through it;
 * a host without it: reading whole files still works, writing raises CPython's ENOSYS OSError).
 */
import { describe, it, expect, beforeAll, beforeEach, afterEach } from 'vitest';
import { spawnSync } from 'node:child_process';
import { buildCli } from '../../scripts/build-cli.mjs';
import { mkdtempSync, mkdirSync, rmSync, readFileSync, writeFileSync, statSync, constants as C } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { VM } from '../../src/vm/runtime/vm';
import { compile } from '../../src/vm/compiler/index';
import { nodeFs, nodeStat, nodeListdir } from '../../src/vm/host-node';
import type { Host } from '../../src/vm/runtime/host';
import { auditRefcounts, type AuditMismatch } from '../../src/vm/debug/audit';

const ROOT = path.resolve(__dirname, '../..');
let dir = '';
beforeEach(() => { dir = mkdtempSync(path.join(tmpdir(), 'bs-hostfs-')); });
afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

const bytes = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array | string) => (typeof b === 'string' ? b : new TextDecoder().decode(b));

describe('nodeFs', () => {
  it('reads and writes at a position it keeps per fd; lseek, ftruncate, fstat', () => {
    const fs = nodeFs();
    const p = path.join(dir, 'a.bin');
    const fd = fs.open(p, C.O_RDWR | C.O_CREAT | C.O_TRUNC, 0o644) as number;
    expect(typeof fd).toBe('number');
    expect(fs.write(fd, bytes('0123456789'))).toBe(10);
    expect(fs.lseek(fd, 0, 1)).toBe(10);
    expect(fs.lseek(fd, 2, 0)).toBe(2);
    expect(text(fs.read(fd, 3) as Uint8Array)).toBe('234');
    expect(fs.lseek(fd, -1, 2)).toBe(9);
    expect(text(fs.read(fd, 100) as Uint8Array)).toBe('9');
    expect((fs.read(fd, 100) as Uint8Array).length).toBe(0);
    expect(fs.lseek(fd, -20, 1)).toBe('EINVAL');
    expect(fs.lseek(fd, 0, 7)).toBe('EINVAL');
    expect(fs.ftruncate(fd, 4)).toBe(0);
    const st = fs.fstat(fd) as number[];
    expect(st[6]).toBe(4);
    expect(st.length).toBe(11);
    expect(fs.fsync(fd)).toBe(0);
    expect(fs.close(fd)).toBe(0);
    expect(fs.close(fd)).toBe('EBADF');
    expect(fs.read(fd, 1)).toBe('EBADF');
    expect(readFileSync(p, 'utf8')).toBe('0123');
  });

  it('appends at the end whatever the position, and reports errno names', () => {
    const fs = nodeFs();
    const p = path.join(dir, 'log.txt');
    writeFileSync(p, 'abc');
    const fd = fs.open(p, C.O_RDWR | C.O_APPEND, 0o666) as number;
    expect(fs.lseek(fd, 0, 0)).toBe(0);
    expect(fs.write(fd, bytes('de'))).toBe(2);
    expect(fs.lseek(fd, 0, 1)).toBe(5);
    fs.close(fd);
    expect(readFileSync(p, 'utf8')).toBe('abcde');
    expect(fs.open(p, C.O_WRONLY | C.O_CREAT | C.O_EXCL, 0o666)).toBe('EEXIST');
    expect(fs.open(path.join(dir, 'nope', 'x'), C.O_RDONLY, 0)).toBe('ENOENT');
    expect(fs.open(dir, C.O_WRONLY, 0)).toBe('EISDIR');
    expect(fs.mkdir(path.join(dir, 'sub'), 0o777)).toBe(0);
    expect(fs.mkdir(path.join(dir, 'sub'), 0o777)).toBe('EEXIST');
    expect(fs.rename(p, path.join(dir, 'sub', 'moved.txt'))).toBe(0);
    expect(fs.rmdir(path.join(dir, 'sub'))).toBe('ENOTEMPTY');
    expect(fs.unlink(path.join(dir, 'sub', 'moved.txt'))).toBe(0);
    expect(fs.unlink(path.join(dir, 'sub', 'moved.txt'))).toBe('ENOENT');
    expect(fs.rmdir(path.join(dir, 'sub'))).toBe(0);
    // vitest runs this file in a worker thread: the layer keeps its own working directory.
    expect(fs.chdir!(path.join(dir, 'nope'))).toBe('ENOENT');
    expect(fs.chdir!(path.join(dir, 'log2.txt'))).toBe('ENOENT');
    writeFileSync(path.join(dir, 'f'), '');
    expect(fs.chdir!(path.join(dir, 'f'))).toBe('ENOTDIR');
    const cwd0 = process.cwd();
    expect(fs.chdir!(dir)).toBe(0);
    expect(fs.getcwd()).toBe(dir);
    expect(process.cwd()).toBe(cwd0);
    const rfd = fs.open('rel.txt', C.O_WRONLY | C.O_CREAT, 0o666) as number;
    expect(fs.write(rfd, bytes('rel'))).toBe(3);
    fs.close(rfd);
    expect(readFileSync(path.join(dir, 'rel.txt'), 'utf8')).toBe('rel');
    expect(fs.resolve('a/b')).toBe(path.join(dir, 'a/b'));
  });
});

function run(src: string, fs: boolean, zip = true): { out: string; err: string; audit: AuditMismatch[] } {
  const o = { out: '', err: '', audit: [] as AuditMismatch[] };
  const host: Host = {
    argv: [''],
    stdout: (t) => { o.out += t; },
    stderr: (t) => { o.err += t; },
    readLine: () => null,
    readFile: (p) => { try { return readFileSync(p, 'utf8'); } catch { return null; } },
    readBinary: (p) => { try { return readFileSync(p); } catch { return null; } },
    ...(zip ? { stdlibZip: path.join(ROOT, 'node_modules/pyodide/python_stdlib.zip') } : {}),
    isDir: (p) => { try { return statSync(p).isDirectory(); } catch { return false; } },
    stat: nodeStat,
    listdir: nodeListdir,
    ...(fs ? { fs: nodeFs() } : {}),
  };
  const vm = new VM(host);
  const file = path.join(dir, 'main.py');
  vm.runMain(compile(src, file, 'exec'), file);
  o.audit = auditRefcounts(vm);
  vm.finalize();
  return o;
}

describe('open() over Host.fs', () => {
  it('writes, reads back, and flushes an unclosed file when it dies and at exit', () => {
    const p = path.join(dir, 'x.txt');
    const q = path.join(dir, 'y.txt');
    const r = run([
      'import os',
      `p = ${JSON.stringify(p)}`,
      "with open(p, 'w') as f:\n    f.write('hello\\n')",
      "print(open(p).read(), end='')",
      "open(p, 'a').write('more')",
      'print(os.path.getsize(p))',
      `g = open(${JSON.stringify(q)}, 'w')`,
      "g.write('left open')",
    ].join('\n'), true);
    expect(r.err).toBe('');
    expect(r.out).toBe('hello\n10\n');
    expect(readFileSync(p, 'utf8')).toBe('hello\nmore');
    expect(readFileSync(q, 'utf8')).toBe('left open');
  });

  it('every refcount stays exact through the file stack (native write path, flushes, reads, errors)', () => {
    const p = path.join(dir, 'rc.txt');
    const r = run([
      'import os',
      `p = ${JSON.stringify(p)}`,
      "with open(p, 'w') as f:\n    for i in range(3000):\n        f.write(f'{i} line\\n')\n    f.write('é' * 5000)\n    print('tail', file=f)",
      "with open(p) as f:\n    n = sum(1 for _ in f)\nwith open(p) as f:\n    f.readline(); t = f.tell(); f.readlines(); f.seek(t); x = f.read(7)",
      "with open(p, 'r+b') as b:\n    b.seek(3); b.write(b'XY'); b.read(10); b.truncate(100)",
      "g = open(p, 'a'); g.write('unclosed'); del g",
      "try:\n    open(p + '/x')\nexcept OSError as e:\n    err = str(e)",
      "print(n, x, os.path.getsize(p), err.split(']')[0])",
    ].join('\n'), true);
    expect(r.err).toBe('');
    expect(r.out).toBe('3001 1 line\n 108 [Errno 20\n');
    // Type objects are left out: their counts already differ after a bare `import posix`,
    // `import array` or `import _struct` (module-made types, not this stack's objects).
    expect(r.audit.filter((m) => m.type !== 'type')).toEqual([]);
  });

  it('text files in utf-8/latin-1/ascii need no codec registry (a host without the stdlib zip)', () => {
    const p = path.join(dir, 'z.txt');
    const r = run([
      `p = ${JSON.stringify(p)}`,
      "with open(p, 'w', encoding='utf-8') as f:\n    f.write('π' * 5000 + '\\n' + 'é\\n')",
      "with open(p) as f:\n    a = f.readline()\n    print(len(a), f.tell(), repr(f.readline()))",
      "with open(p, 'w', encoding='Latin-1') as f:\n    f.write('café')",
      "print(open(p, 'rb').read(), open(p, encoding='latin1').read())",
      "try:\n    import codecs\nexcept ImportError as e:\n    print(type(e).__name__)",
    ].join('\n'), true, false);
    expect(r.err).toBe('');
    expect(r.out).toBe("5001 10001 'é\\n'\nb'caf\\xe9' café\nModuleNotFoundError\n");
  });

  it('without Host.fs: reading whole files works, writing raises OSError ENOSYS', () => {
    const p = path.join(dir, 'r.txt');
    writeFileSync(p, 'line 1\nline 2\n');
    const r = run([
      `p = ${JSON.stringify(p)}`,
      'with open(p) as f:\n    print(f.readlines(), f.name == p, f.mode)',
      "try:\n    open(p + '2', 'w')\nexcept OSError as e:\n    print(type(e).__name__, e.errno, e.strerror)",
    ].join('\n'), false);
    expect(r.err).toBe('');
    expect(r.out).toBe("['line 1\\n', 'line 2\\n'] True r\nOSError 38 Function not implemented\n");
  });
});

describe('os.chdir in the CLI (a process of its own: worker threads cannot change directory)', () => {
  beforeAll(async () => { await buildCli({ quiet: true }); }, 300_000);

  it('relative paths follow the new directory; a missing one is FileNotFoundError', () => {
    mkdirSync(path.join(dir, 'sub'));
    const file = path.join(dir, 'main.py');
    writeFileSync(file, [
      'import os',
      `os.chdir(${JSON.stringify(path.join(dir, 'sub'))})`,
      "print(os.path.basename(os.getcwd()))",
      "with open('rel.txt', 'w') as f:\n    f.write('here')",
      "print(sorted(os.listdir()), sorted(e.path for e in os.scandir()), open('rel.txt').read())",
      "try:\n    os.chdir('nowhere')\nexcept FileNotFoundError as e:\n    print(type(e).__name__, e)",
    ].join('\n'));
    const r = spawnSync(process.execPath, [path.join(ROOT, 'out', 'cli', 'bytescope.mjs'), 'run', file], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe("sub\n['rel.txt'] ['./rel.txt'] here\nFileNotFoundError [Errno 2] No such file or directory: 'nowhere'\n");
    expect(readFileSync(path.join(dir, 'sub', 'rel.txt'), 'utf8')).toBe('here');
  });
});
