/**
 * Loads the runtime goldens (tests/golden-data/runtime): each program's CPython-compiled code
 * object, its source, and CPython's stdout/stderr/exit status; runs it on our VM.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createVM, CaptureHost, codeFromJSON } from '../../src/vm/index';
import { auditRefcounts, type AuditMismatch } from '../../src/vm/debug/audit';

export const GOLDEN_DIR = resolve(__dirname, '../golden-data/runtime');
export const RUN_DIR = '/tmp/bytescope_rt';

export interface Golden { name: string; source: string; code: unknown; stdout: string; stderr: string; status: number; stdin: string }

export function listGoldens(): string[] {
  return readdirSync(join(GOLDEN_DIR, 'programs')).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort();
}

export function loadGolden(name: string): Golden | null {
  const codePath = join(GOLDEN_DIR, `${name}.code.json`);
  if (!existsSync(codePath)) return null;
  const out = JSON.parse(readFileSync(join(GOLDEN_DIR, `${name}.out.json`), 'utf8'));
  return {
    name,
    source: readFileSync(join(GOLDEN_DIR, 'programs', `${name}.py`), 'utf8'),
    code: JSON.parse(readFileSync(codePath, 'utf8')),
    ...out,
  };
}

export interface RunResult { stdout: string; stderr: string; status: number; audit: AuditMismatch[]; error?: unknown }

export function runGolden(g: Golden): RunResult {
  const filename = `${RUN_DIR}/${g.name}.py`;
  const host = new CaptureHost({ stdin: g.stdin, argv: [filename], files: { [filename]: g.source } });
  const vm = createVM(host);
  const co = codeFromJSON(g.code as Record<string, unknown>);
  let status = -1;
  let audit: AuditMismatch[] = [];
  try {
    status = vm.runMain(co, filename);
    audit = auditRefcounts(vm);
    vm.shutdown();
  } catch (e) {
    return { stdout: host.out, stderr: host.err, status, audit, error: e };
  }
  return { stdout: host.out, stderr: host.err, status, audit };
}
