import { describe, it, expect } from 'vitest';
import { listGoldens, loadGolden, RUN_DIR } from '../helpers/runtime-golden';
import { createVM, CaptureHost } from '../../src/vm/index';
import { compile } from '../../src/vm/compiler/index';

// The same programs, compiled by Bytescope's own compiler instead of CPython's: output must still
// match CPython's exactly.
describe('runtime goldens through src/vm/compiler', () => {
  for (const name of listGoldens()) {
    it(name, () => {
      const g = loadGolden(name)!;
      const filename = `${RUN_DIR}/${name}.py`;
      const host = new CaptureHost({ stdin: g.stdin, argv: [filename], files: { [filename]: g.source } });
      const vm = createVM(host);
      const status = vm.runCode(compile(g.source, filename, 'exec'), { filename });
      expect(host.out).toBe(g.stdout);
      expect(host.err).toBe(g.stderr);
      expect(status).toBe(g.status);
    });
  }
});
