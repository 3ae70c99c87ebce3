/**
 * Host services behind the `app.*` requests: the welcome screen's examples, reading a .py file
 * named by path (command line, recent files), and the recent-files list. Pure Node.
 *
 * Invariants: only regular `.py` files up to MAX_FILE bytes are read, decoded as strict UTF-8;
 * example names are plain file names inside the examples directory (no path separators).
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { AppInfo, ExampleInfo, ProgramFile, RecentFile } from '../../shared/protocol';
import { PROTOCOL_VERSION } from '../../shared/protocol';

export const MAX_FILE = 2 * 1024 * 1024;
const MAX_RECENT = 10;

export interface AppServicesOptions {
  host: AppInfo['host'];
  version: string;
  examplesDir: string;
  recentFile: string | null; // JSON file holding the recent list; null = keep in memory
  initialFile: ProgramFile | null;
  vm: AppInfo['vm'];
}

export class AppServices {
  private recent: RecentFile[] = [];
  private loaded = false;

  constructor(private readonly opts: AppServicesOptions) {}

  info(): AppInfo {
    return { host: this.opts.host, version: this.opts.version, protocol: PROTOCOL_VERSION, vm: this.opts.vm, initialFile: this.opts.initialFile };
  }

  async examples(): Promise<ExampleInfo[]> {
    let names: string[];
    try {
      names = (await fs.readdir(this.opts.examplesDir)).filter((n) => n.endsWith('.py')).sort();
    } catch {
      return [];
    }
    const out: ExampleInfo[] = [];
    for (const name of names) {
      const src = await fs.readFile(path.join(this.opts.examplesDir, name), 'utf8');
      const lines = src.split('\n');
      const title = (lines.find((l) => l.startsWith('# ')) ?? `# ${name}`).slice(2).trim();
      const mech = lines.find((l) => l.startsWith('# Mechanism:'));
      out.push({ name, title, mechanism: mech ? mech.slice('# Mechanism:'.length).trim() : '' });
    }
    return out;
  }

  async readExample(name: string): Promise<ProgramFile> {
    if (!/^[\w.-]+\.py$/.test(name) || name.startsWith('.')) throw new Error(`not an example name: ${name}`);
    const file = await readPythonFile(path.join(this.opts.examplesDir, name));
    return { ...file, path: null };
  }

  async readFile(p: string): Promise<ProgramFile> {
    const file = await readPythonFile(p);
    await this.remember(file);
    return file;
  }

  async recentFiles(): Promise<RecentFile[]> {
    await this.load();
    return this.recent.slice();
  }

  async remember(file: ProgramFile): Promise<void> {
    if (!file.path) return;
    await this.load();
    this.recent = [{ name: file.name, path: file.path }, ...this.recent.filter((r) => r.path !== file.path)].slice(0, MAX_RECENT);
    if (!this.opts.recentFile) return;
    try {
      await fs.mkdir(path.dirname(this.opts.recentFile), { recursive: true });
      await fs.writeFile(this.opts.recentFile, JSON.stringify(this.recent, null, 1));
    } catch {
      // the list is a convenience: failing to persist it must not fail opening the file
    }
  }

  private async load(): Promise<void> {
    if (this.loaded || !this.opts.recentFile) return;
    this.loaded = true;
    try {
      const data: unknown = JSON.parse(await fs.readFile(this.opts.recentFile, 'utf8'));
      if (Array.isArray(data)) {
        this.recent = data
          .filter((r): r is RecentFile => typeof r?.name === 'string' && typeof r?.path === 'string')
          .slice(0, MAX_RECENT);
      }
    } catch {
      this.recent = [];
    }
  }
}

/** Reads a .py file for the debugger; throws one-line messages. */
export async function readPythonFile(p: string): Promise<ProgramFile> {
  const abs = path.resolve(p);
  if (!abs.endsWith('.py')) throw new Error(`${p}: not a .py file`);
  let st;
  try {
    st = await fs.stat(abs);
  } catch {
    throw new Error(`${p}: no such file`);
  }
  if (!st.isFile()) throw new Error(`${p}: not a regular file`);
  if (st.size > MAX_FILE) throw new Error(`${p}: larger than ${MAX_FILE} bytes`);
  const bytes = await fs.readFile(abs);
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${p}: not valid UTF-8`);
  }
  return { name: path.basename(abs), path: abs, source };
}
