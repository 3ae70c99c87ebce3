// The `bytescope` command's work (bin/bytescope.mjs runs it: as a command, its sh preamble starts
// Node on this CommonJS file directly, which starts ~10 ms faster than an ES module entry; run as
// `node bin/bytescope.mjs`, that module requires this file).
//
// Runs the bundled CLI (out/cli/bytescope-launch.cjs, which loads out/cli/bytescope-core.cjs with
// a V8 code cache), (re)building it first when it is missing or stale (a fresh checkout where
// `npm install` did not run the prepare script, or sources changed since the last build). Stale: a
// source file the bundle was built from (out/cli/bytescope-inputs.json, written by
// scripts/build-cli.mjs) is newer than the bundle or gone, or a stage entry module that was absent
// at build time exists now. That is a stat call per bundled source (~2 ms) instead of a walk of
// src/ (~8 ms of CPU at every start).
'use strict';
// Builtins through process.getBuiltinModule where Node has it (no module-loader work at all).
const builtin = process.getBuiltinModule?.bind(process);
const { existsSync, readFileSync, statSync } = builtin ? builtin('node:fs') : require('node:fs');
const path = builtin ? builtin('node:path') : require('node:path');

// The sh preamble of bin/bytescope.mjs starts Node without NODE_EXTRA_CA_CERTS (see there) and
// hands the value over here; the Python program's os.environ gets it back.
if (process.env.BYTESCOPE_NODE_EXTRA_CA_CERTS !== undefined) {
  process.env.NODE_EXTRA_CA_CERTS = process.env.BYTESCOPE_NODE_EXTRA_CA_CERTS;
  delete process.env.BYTESCOPE_NODE_EXTRA_CA_CERTS;
}

const root = path.resolve(__dirname, '..');
// Paths are joined by hand below: path.join's normalization, run cold for every source file, cost
// more than the stat calls themselves (~2 ms of ~200 files).
const outDir = root + '/out/cli/';
const launcher = outDir + 'bytescope-launch.cjs';
const core = outDir + 'bytescope-core.cjs';

function stale() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(outDir + 'bytescope-inputs.json', 'utf8'));
  } catch {
    return true;
  }
  const built = Math.min(statSync(launcher).mtimeMs, statSync(core).mtimeMs);
  const opts = { throwIfNoEntry: false };
  const inputs = manifest.inputs;
  for (let i = 0; i < inputs.length; i++) {
    const st = statSync(root + '/' + inputs[i], opts);
    if (st === undefined || st.mtimeMs > built) return true;
  }
  return manifest.absent.some((rel) => existsSync(root + '/' + rel));
}

if (!existsSync(launcher) || !existsSync(core) || (existsSync(root + '/src') && stale())) {
  (async () => {
    const { pathToFileURL } = require('node:url');
    const { buildCli } = await import(pathToFileURL(path.join(root, 'scripts', 'build-cli.mjs')).href);
    try {
      await buildCli({ quiet: true });
    } catch (e) {
      if (!existsSync(launcher) || !existsSync(core)) {
        console.error(`bytescope: cannot build the CLI: ${String(e?.message ?? e).split('\n')[0]}`);
        process.exit(70);
      }
      // Keep using the previous bundle when a source being edited does not build.
    }
    require(launcher);
  })();
} else {
  require(launcher);
}
