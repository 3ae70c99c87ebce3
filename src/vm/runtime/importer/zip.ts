/**
 * A lazy, read-only view of a zip archive (the stdlib's `python_stdlib.zip`): the central
 * directory is indexed once on first use (names → entry offsets, no decompression); a member is
 * inflated (fflate) only when read, and its decoded text is kept for the VM's lifetime.
 *
 * Invariants: names are the archive's own ('/'-separated, no leading '/'); directories are the
 * prefixes of member names (an archive need not list them as entries).
 */
import { inflateSync } from 'fflate';

interface Entry {
  method: number;
  compSize: number;
  localOffset: number;
  /** CRC-32 and size of the uncompressed member, from the central directory. */
  crc: number;
  size: number;
}

export class ZipArchive {
  private entries: Map<string, Entry> | null = null;
  private dirs: Set<string> | null = null;
  private texts = new Map<string, string>();

  constructor(private readonly data: Uint8Array) {}

  private index(): Map<string, Entry> {
    if (this.entries) return this.entries;
    const d = this.data;
    const dv = new DataView(d.buffer, d.byteOffset, d.byteLength);
    // End of central directory record: signature 0x06054b50, searched backwards over the comment.
    let eocd = -1;
    for (let i = d.length - 22; i >= Math.max(0, d.length - 22 - 0xffff); i--) {
      if (dv.getUint32(i, true) === 0x06054b50) { eocd = i; break; }
    }
    if (eocd < 0) throw new Error('not a zip archive');
    const count = dv.getUint16(eocd + 10, true);
    let p = dv.getUint32(eocd + 16, true);
    const entries = new Map<string, Entry>();
    const dirs = new Set<string>();
    const dec = new TextDecoder();
    for (let n = 0; n < count; n++) {
      if (dv.getUint32(p, true) !== 0x02014b50) throw new Error('bad zip central directory');
      const method = dv.getUint16(p + 10, true);
      const crc = dv.getUint32(p + 16, true);
      const compSize = dv.getUint32(p + 20, true);
      const size = dv.getUint32(p + 24, true);
      const nameLen = dv.getUint16(p + 28, true);
      const extraLen = dv.getUint16(p + 30, true);
      const commentLen = dv.getUint16(p + 32, true);
      const localOffset = dv.getUint32(p + 42, true);
      const name = dec.decode(d.subarray(p + 46, p + 46 + nameLen));
      p += 46 + nameLen + extraLen + commentLen;
      if (name.endsWith('/')) { dirs.add(name.slice(0, -1)); continue; }
      entries.set(name, { method, compSize, localOffset, crc, size });
      for (let i = name.lastIndexOf('/'); i > 0; i = name.lastIndexOf('/', i - 1)) dirs.add(name.slice(0, i));
    }
    this.entries = entries;
    this.dirs = dirs;
    return entries;
  }

  isFile(name: string): boolean {
    return this.index().has(name);
  }

  isDir(name: string): boolean {
    this.index();
    return this.dirs!.has(name);
  }

  /**
   * A short string that changes whenever the member's content does (its CRC-32 and size, read
   * from the central directory without inflating anything), or null when absent.
   */
  stamp(name: string): string | null {
    const e = this.index().get(name);
    return e ? `${e.crc.toString(16)}:${e.size}` : null;
  }

  /** The member's bytes, or null when absent. */
  readBytes(name: string): Uint8Array | null {
    const e = this.index().get(name);
    if (!e) return null;
    const d = this.data;
    const dv = new DataView(d.buffer, d.byteOffset, d.byteLength);
    const lp = e.localOffset;
    const start = lp + 30 + dv.getUint16(lp + 26, true) + dv.getUint16(lp + 28, true);
    const raw = d.subarray(start, start + e.compSize);
    if (e.method === 0) return raw;
    if (e.method === 8) return inflateSync(raw);
    throw new Error(`unsupported zip compression method ${e.method} for ${name}`);
  }

  /** The member decoded as UTF-8 text (cached), or null when absent. */
  readText(name: string): string | null {
    const have = this.texts.get(name);
    if (have !== undefined) return have;
    const b = this.readBytes(name);
    if (b === null) return null;
    const t = new TextDecoder().decode(b);
    this.texts.set(name, t);
    return t;
  }
}
