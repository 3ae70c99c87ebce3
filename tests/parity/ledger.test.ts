/**
 * The parity ledger (tests/parity/ledger.json) lists known differences between our compiler and
 * CPython 3.12 on the standard library: {code: "file/qualname@line/...", field, reason}. This test
 * runs the full pipeline on a small committed sample (CPython's code objects in
 * tests/parity/sample, from scripts/oracle/backend_parity_sample.py; sources from pyodide's
 * python_stdlib.zip) and requires that
 *   - every difference found in the sample is listed in the ledger, and
 *   - every ledger entry for a sample file still differs (a fix must remove its entry).
 * `npm run parity` checks the whole stdlib the same way (needs python3.12 once, then cached).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { compareCode, newResult, type CodeJ } from '../../scripts/parity/compare';
import { codeJson, loadStages } from '../../scripts/parity/ours';

interface LedgerEntry { code: string; field: string; reason: string }
const ROOT = join(__dirname, '..', '..');
const ledger = JSON.parse(readFileSync(join(__dirname, 'ledger.json'), 'utf8')) as { entries: LedgerEntry[] };
const samples = readdirSync(join(__dirname, 'sample')).filter((f) => f.endsWith('.json')).sort()
  .map((f) => JSON.parse(readFileSync(join(__dirname, 'sample', f), 'utf8')) as { file: string; code: CodeJ });

describe('parity ledger', () => {
  it('entries are well-formed and unique', () => {
    const seen = new Set<string>();
    for (const e of ledger.entries) {
      expect(typeof e.code === 'string' && typeof e.field === 'string' && e.reason.length > 10).toBe(true);
      const k = e.code + ' ' + e.field;
      expect(seen.has(k), `duplicate ledger entry ${k}`).toBe(false);
      seen.add(k);
    }
  });

  it('matches the differences on the committed stdlib sample', async () => {
    const stages = await loadStages();
    if (!stages.compile) {
      console.warn('parity ledger: skipped, src/vm/compiler/index.ts compile is not available yet');
      return;
    }
    const zip = unzipSync(readFileSync(join(ROOT, 'node_modules', 'pyodide', 'python_stdlib.zip')));
    const res = newResult();
    for (const s of samples) {
      const src = new TextDecoder().decode(zip[s.file]!);
      compareCode(codeJson(stages.compile(src, s.file, "exec")) as CodeJ, s.code, s.file, res);
    }
    const found = new Set(res.diffs.map((d) => d.path + ' ' + d.field));
    const listed = new Set(ledger.entries.map((e) => e.code + ' ' + e.field));
    const sampleFiles = new Set(samples.map((s) => s.file));
    const unlisted = res.diffs.filter((d) => !listed.has(d.path + ' ' + d.field)).map((d) => `${d.path} ${d.field}: ${d.detail}`);
    const fixed = ledger.entries.filter((e) => sampleFiles.has(e.code.split('/')[0]!) && !found.has(e.code + ' ' + e.field)).map((e) => `${e.code} ${e.field}`);
    expect(unlisted, 'differences not in tests/parity/ledger.json').toEqual([]);
    expect(fixed, 'ledger entries that no longer differ (remove them)').toEqual([]);
    expect(res.codes).toBeGreaterThan(100);
    expect(res.identical).toBe(res.codes - new Set(res.diffs.map((d) => d.path)).size);
  });
});
