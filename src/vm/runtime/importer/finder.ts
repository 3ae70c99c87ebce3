/**
 * Finding modules on path entries (CPython's PathFinder + FileFinder, for source files only).
 *
 * A path entry is either the virtual stdlib root `STDLIB_ROOT` (backed by the stdlib zip, never
 * by the host's file system) or a host directory ('' = the working directory). Frames of stdlib
 * code get filenames under `STDLIB_ROOT` ("/usr/lib/python3.12/dis.py"), so tracebacks read like
 * those of a system CPython 3.12 on Linux.
 */
import type { Host } from '../host';
import { ZipArchive } from './zip';

export const STDLIB_ROOT = '/usr/lib/python3.12';

export interface Found {
  /** The file the module's code comes from (its __file__ and co_filename). */
  origin: string;
  isPackage: boolean;
  /** For packages: the directory that is the package's __path__ entry. */
  location: string | null;
}

/** One stdlib zip per process, shared by every VM (it is read-only). */
const zipCache = new Map<string, ZipArchive | null>();

export class Finder {
  private zip: ZipArchive | null | undefined = undefined;

  constructor(private readonly host: Host) {}

  stdlib(): ZipArchive | null {
    if (this.zip !== undefined) return this.zip;
    const p = this.host.stdlibZip;
    if (!p || !this.host.readBinary) return (this.zip = null);
    let z = zipCache.get(p);
    if (z === undefined) {
      const data = this.host.readBinary(p);
      z = data ? new ZipArchive(data) : null;
      zipCache.set(p, z);
    }
    return (this.zip = z);
  }

  /** Finds `tail` (last component of a dotted name) in one path entry. */
  findIn(entry: string, tail: string): Found | null {
    if (entry === STDLIB_ROOT || entry.startsWith(STDLIB_ROOT + '/')) {
      const z = this.stdlib();
      if (!z) return null;
      const rel = (entry === STDLIB_ROOT ? '' : entry.slice(STDLIB_ROOT.length + 1) + '/') + tail;
      if (z.isDir(rel) && z.isFile(rel + '/__init__.py')) {
        return { origin: `${entry}/${tail}/__init__.py`, isPackage: true, location: `${entry}/${tail}` };
      }
      if (z.isFile(rel + '.py')) return { origin: `${entry}/${tail}.py`, isPackage: false, location: null };
      return null;
    }
    const dir = entry === '' ? '' : entry.endsWith('/') ? entry : entry + '/';
    const pkgInit = `${dir}${tail}/__init__.py`;
    if (this.host.readFile(pkgInit) !== null) {
      return { origin: pkgInit, isPackage: true, location: `${dir}${tail}` };
    }
    const file = `${dir}${tail}.py`;
    if (this.host.readFile(file) !== null) return { origin: file, isPackage: false, location: null };
    return null;
  }

  /**
   * For a stdlib file: a stamp of its content (zip.ts `stamp`) that stands in for the source when
   * looking up its compiled code, so a cached module needs no inflating. Null for host files.
   */
  stamp(origin: string): string | null {
    if (!origin.startsWith(STDLIB_ROOT + '/')) return null;
    const z = this.stdlib();
    return z ? z.stamp(origin.slice(STDLIB_ROOT.length + 1)) : null;
  }

  /** Source text of a found file (stdlib zip or host). */
  source(origin: string): string | null {
    if (origin.startsWith(STDLIB_ROOT + '/')) {
      const z = this.stdlib();
      return z ? z.readText(origin.slice(STDLIB_ROOT.length + 1)) : null;
    }
    return this.host.readFile(origin);
  }
}
