#!/usr/bin/env node
// Bundles the CLI (src/cli/main.ts, which pulls in src/vm) into out/cli/bytescope.mjs with esbuild,
// and the golden harness's worker (src/cli/harness-worker.ts) into out/cli/harness-worker.mjs.
// Idempotent and fast (~100 ms); `npm test`, `npm run bench` and bin/bytescope.mjs call it.
// Usage: node scripts/build-cli.mjs [--quiet]
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quiet = process.argv.includes('--quiet');

const STAGE_MODULES = ['parser/index', 'ast/dump', 'compiler/index', 'runtime/vm'];

// Replaces src/cli/stage-modules.ts with static imports of the stage entry files that exist now,
// so a stage that has not landed is "missing" at run time instead of breaking the build, and
// unfinished modules no stage entry imports are never bundled.
const stageModulesPlugin = {
  name: 'bytescope-stage-modules',
  setup(b) {
    b.onResolve({ filter: /^\.\/stage-modules$/ }, (args) =>
      args.importer.endsWith(path.join('src', 'cli', 'stages.ts')) ? { path: 'stage-modules', namespace: 'bytescope-stages' } : undefined);
    b.onLoad({ filter: /.*/, namespace: 'bytescope-stages' }, () => {
      const cases = STAGE_MODULES.filter((m) => existsSync(path.join(root, 'src', 'vm', m + '.ts')))
        .map((m) => `    case ${JSON.stringify(m)}: return import(${JSON.stringify('../vm/' + m + '.ts')});`);
      return {
        contents: `export const STAGE_MODULES = ${JSON.stringify(STAGE_MODULES)};\n` +
          `export async function importStage(rel) {\n  switch (rel) {\n${cases.join('\n')}\n    default: return null;\n  }\n}\n`,
        resolveDir: path.join(root, 'src', 'cli'),
        loader: 'js',
      };
    });
  },
};

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
    logLevel: q ? 'silent' : 'warning',
    plugins: [stageModulesPlugin],
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
