#!/bin/sh
':' //; [ -z "${NODE_EXTRA_CA_CERTS+x}" ] || { BYTESCOPE_NODE_EXTRA_CA_CERTS="$NODE_EXTRA_CA_CERTS"; export BYTESCOPE_NODE_EXTRA_CA_CERTS; unset NODE_EXTRA_CA_CERTS; }; exec node "$0" "$@"
// (Lines 1-2: run as a command, this file is a POSIX shell script that starts Node on itself
// without NODE_EXTRA_CA_CERTS, which Node 20 loads and parses at every start — ~50 ms of CPU on a
// machine whose environment points it at the system's CA bundle — for TLS that the CLI never
// uses; the value is handed over in BYTESCOPE_NODE_EXTRA_CA_CERTS and restored below, so the
// Python program's os.environ is unchanged. Run as `node bin/bytescope.mjs`, line 2 is a string
// and a comment.)
// `bytescope` command: runs the bundled CLI (out/cli/bytescope.mjs, which loads
// out/cli/bytescope-core.cjs with a V8 code cache), (re)building it first when it is missing or
// stale (a fresh checkout where `npm install` did not run the prepare script, or sources changed
// since the last build). Stale: a source file the bundle was built from
// (out/cli/bytescope-inputs.json, written by scripts/build-cli.mjs) is newer than the bundle or
// gone, or a stage entry module that was absent at build time exists now. That is a stat call per
// bundled source (~2 ms) instead of a walk of src/ (~8 ms of CPU at every start).
// Builtins through process.getBuiltinModule where Node has it (no ESM facade of node:fs, whose
// construction loads Node's streams; see src/cli/launch.ts).
const builtin = process.getBuiltinModule?.bind(process);
const { existsSync, readFileSync, statSync } = builtin ? builtin('node:fs') : await import('node:fs');
const { fileURLToPath, pathToFileURL } = builtin ? builtin('node:url') : await import('node:url');
const path = builtin ? builtin('node:path') : (await import('node:path')).default;

if (process.env.BYTESCOPE_NODE_EXTRA_CA_CERTS !== undefined) {
  process.env.NODE_EXTRA_CA_CERTS = process.env.BYTESCOPE_NODE_EXTRA_CA_CERTS;
  delete process.env.BYTESCOPE_NODE_EXTRA_CA_CERTS;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'out', 'cli');
const bundle = path.join(outDir, 'bytescope.mjs');
const core = path.join(outDir, 'bytescope-core.cjs');

function stale() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(path.join(outDir, 'bytescope-inputs.json'), 'utf8'));
  } catch {
    return true;
  }
  const built = Math.min(statSync(bundle).mtimeMs, statSync(core).mtimeMs);
  for (const rel of manifest.inputs) {
    const st = statSync(path.join(root, rel), { throwIfNoEntry: false });
    if (!st || st.mtimeMs > built) return true;
  }
  return manifest.absent.some((rel) => existsSync(path.join(root, rel)));
}

if (!existsSync(bundle) || !existsSync(core) || (existsSync(path.join(root, 'src')) && stale())) {
  const { buildCli } = await import(pathToFileURL(path.join(root, 'scripts', 'build-cli.mjs')).href);
  try {
    await buildCli({ quiet: true });
  } catch (e) {
    if (!existsSync(bundle) || !existsSync(core)) {
      console.error(`bytescope: cannot build the CLI: ${String(e?.message ?? e).split('\n')[0]}`);
      process.exit(70);
    }
    // Keep using the previous bundle when a source being edited does not build.
  }
}
await import(pathToFileURL(bundle).href);
