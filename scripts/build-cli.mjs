#!/usr/bin/env node
// Bundles the CLI (src/cli/main.ts, which pulls in src/vm) into out/cli/bytescope.mjs with esbuild,
// and the golden harness's worker (src/cli/harness-worker.ts) into out/cli/harness-worker.mjs.
// Idempotent and fast (~100 ms); `npm test`, `npm run bench` and bin/bytescope.mjs call it.
// Usage: node scripts/build-cli.mjs [--quiet]
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quiet = process.argv.includes('--quiet');

export async function buildCli({ quiet: q = quiet } = {}) {
  const t0 = performance.now();
  await build({
    absWorkingDir: root,
    entryPoints: { bytescope: 'src/cli/main.ts', 'harness-worker': 'src/cli/harness-worker.ts' },
    outdir: 'out/cli',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    // CommonJS dependencies bundled into ESM may call require(); give them one.
    banner: { js: "import { createRequire as __bsCreateRequire } from 'node:module'; const require = __bsCreateRequire(import.meta.url);" },
  });
  if (!q) console.error(`build-cli: out/cli/bytescope.mjs (${Math.round(performance.now() - t0)} ms)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildCli().catch((e) => {
    console.error(`build-cli: ${e.message}`);
    process.exit(1);
  });
}
