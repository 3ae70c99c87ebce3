/**
 * posix/os programs vs CPython 3.12 (goldens from scripts/oracle/modules_os_goldens.py): each case
 * runs with a Node host offering the optional OS methods (stat, listdir, env, pid, cpuCount) and
 * the case directory as working directory, like the oracle's run.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { VM } from '../../src/vm/runtime/vm';
import { compile } from '../../src/vm/compiler/index';
import { nodeStat, nodeListdir, nodePid, nodeCpuCount } from '../../src/vm/host-node';

const ROOT = path.resolve(__dirname, '../..');
const DATA = path.join(ROOT, 'tests/golden-data/modules-os');

function runCase(dir: string): { stdout: string; stderr: string; status: number } {
  const out = { stdout: '', stderr: '' };
  const file = path.join(dir, 'main.py');
  const host = {
    argv: [''],
    stdout: (t: string) => { out.stdout += t; },
    stderr: (t: string) => { out.stderr += t; },
    readLine: () => null,
    readFile: (p: string) => { try { return readFileSync(p, 'utf8'); } catch { return null; } },
    readBinary: (p: string) => { try { return readFileSync(p); } catch { return null; } },
    stdlibZip: path.join(ROOT, 'node_modules/pyodide/python_stdlib.zip'),
    isDir: (p: string) => { try { return statSync(p).isDirectory(); } catch { return false; } },
    cwd: () => dir,
    // Relative paths resolve against the case directory, as in the oracle's run.
    stat: (p: string, follow: boolean) => nodeStat(path.resolve(dir, p), follow),
    listdir: (p: string) => nodeListdir(path.resolve(dir, p)),
    env: () => ({ ...process.env }) as Record<string, string>,
    pid: nodePid,
    cpuCount: nodeCpuCount,
  };
  const vm = new VM(host);
  const co = compile(readFileSync(file, 'utf8'), file, 'exec');
  const status = vm.runMain(co, file);
  vm.finalize();
  const norm = (s: string) => s.split(dir).join('<case>');
  return { stdout: norm(out.stdout), stderr: norm(out.stderr), status };
}

const cases = readdirSync(DATA).filter((d) => existsSync(path.join(DATA, d + '.expected.json'))).sort();

describe('modules-os: programs vs CPython 3.12', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(0));
  for (const c of cases) {
    it(c, () => {
      const want = JSON.parse(readFileSync(path.join(DATA, c + '.expected.json'), 'utf8'));
      const got = runCase(path.join(DATA, c));
      expect(got.stdout).toBe(want.stdout);
      expect(got.stderr).toBe(want.stderr);
      expect(got.status).toBe(want.status);
    });
  }
}, 120_000);
