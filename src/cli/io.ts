/**
 * Synchronous process I/O for `bytescope run`: the VM calls write/readLine from inside the
 * interpreter loop, so both are blocking. stdout is buffered (flushed at 64 KiB, before any stderr
 * write, before reading stdin and at exit); stderr is written through at once, as CPython does.
 */
import { readSync, writeSync } from 'node:fs';
import type { RunIO } from './stages';

const FLUSH_AT = 64 * 1024;

function writeAll(fd: number, text: string): void {
  const buf = Buffer.from(text, 'utf8');
  let off = 0;
  while (off < buf.length) {
    try {
      off += writeSync(fd, buf, off, buf.length - off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1); continue; }
      if (code === 'EPIPE') return;
      throw e;
    }
  }
}

export class ProcessIO implements RunIO {
  private out: string[] = [];
  private outLen = 0;
  private pending = '';
  private eof = false;
  private readonly decoder = new TextDecoder('utf-8');
  private readonly chunk = Buffer.alloc(64 * 1024);

  constructor(readonly argv: string[]) {}

  write(fd: 1 | 2, text: string): void {
    if (fd === 1) {
      this.out.push(text);
      this.outLen += text.length;
      if (this.outLen >= FLUSH_AT) this.flush();
      return;
    }
    this.flush();
    writeAll(2, text);
  }

  flush(): void {
    if (this.outLen === 0 && this.out.length === 0) return;
    const s = this.out.join('');
    this.out = [];
    this.outLen = 0;
    writeAll(1, s);
  }

  readLine(): string {
    this.flush();
    for (;;) {
      const nl = this.pending.indexOf('\n');
      if (nl >= 0) {
        const line = this.pending.slice(0, nl + 1);
        this.pending = this.pending.slice(nl + 1);
        return line;
      }
      if (this.eof) {
        const rest = this.pending;
        this.pending = '';
        return rest;
      }
      let n = 0;
      try {
        n = readSync(0, this.chunk, 0, this.chunk.length, null);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5); continue; }
        n = 0; // EBADF/EOF-like: stdin closed
      }
      if (n === 0) {
        this.eof = true;
        this.pending += this.decoder.decode();
      } else {
        this.pending += this.decoder.decode(this.chunk.subarray(0, n), { stream: true });
      }
    }
  }
}

/** Collects output in memory (golden tests, in-process runs); stdin from a string. */
export class MemoryIO implements RunIO {
  stdout = '';
  stderr = '';
  private pos = 0;
  constructor(readonly argv: string[], private readonly stdin = '') {}
  write(fd: 1 | 2, text: string): void {
    if (fd === 1) this.stdout += text;
    else this.stderr += text;
  }
  readLine(): string {
    if (this.pos >= this.stdin.length) return '';
    const nl = this.stdin.indexOf('\n', this.pos);
    const end = nl < 0 ? this.stdin.length : nl + 1;
    const line = this.stdin.slice(this.pos, end);
    this.pos = end;
    return line;
  }
}
