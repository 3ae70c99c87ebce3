import { describe, it, expect } from 'vitest';
import { listGoldens, loadGolden, runGolden } from '../helpers/runtime-golden';

// Programs compiled by CPython 3.12, run on our VM; stdout, stderr and exit status must match
// CPython's exactly, and every live object's refcount must match its recount after the run.
describe('runtime goldens (CPython-compiled code objects)', () => {
  for (const name of listGoldens()) {
    it(name, () => {
      const g = loadGolden(name);
      expect(g, `missing golden for ${name}: run scripts/oracle/runtime_code_json.py --golden`).not.toBeNull();
      const r = runGolden(g!);
      if (r.error) throw r.error;
      expect(r.stdout).toBe(g!.stdout);
      expect(r.stderr).toBe(g!.stderr);
      expect(r.status).toBe(g!.status);
      expect(r.audit).toEqual([]);
    });
  }
});
