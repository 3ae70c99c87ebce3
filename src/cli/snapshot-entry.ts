/**
 * Entry of the CLI's V8 start-up snapshot (bundled by scripts/build-cli.mjs as
 * out/cli/bytescope-snapshot.cjs and run once per bundle under `node --build-snapshot`; the blob
 * out/cli/bytescope-snapshot.<hash>.<node version>-<arch>.blob is what bin/bytescope.mjs's sh
 * preamble starts Node on, through out/cli/bytescope-snapshot.sh, when it is valid). Opt-in
 * (BYTESCOPE_SNAPSHOT=on when building): on Node 20 it starts no faster than the ordinary path
 * (docs/performance.md, "Start-up snapshot").
 *
 * At build time (this module's top level) the heap receives only process-independent state: the
 * evaluated CLI bundle (every module initialised: tables, interned strings, the stage modules of
 * src/cli/stages.ts loaded) and the builtin types (src/vm/runtime/bootstrap.ts, which
 * `new VM` would otherwise run first). Nothing here reads argv, env, cwd, stdio, pid, time or
 * random state: the VM (sys, builtins, addresses for id(), the GC state) is still created per run,
 * after deserialization, exactly as on the ordinary path (src/cli/launch-core.ts), so a program
 * sees the same thing on both. str hashing has no per-process secret (SipHash with the zero key).
 *
 * After deserialization (`afterDeserialize`) the process state is attached: the sh preamble's
 * NODE_EXTRA_CA_CERTS hand-over is undone (as bin/bytescope.cjs does), process.argv gets the
 * entry script Node did not have (main.ts reads argv from index 2), and the bundle's location (the
 * `import.meta.url` of src/cli/stages.ts) is the directory of the blob. A bundle older than its
 * sources (the staleness rule of bin/bytescope.cjs) or BYTESCOPE_DEBUG hands the run to
 * bin/bytescope.cjs, which rebuilds and runs the ordinary path in this same process.
 *
 * V8 keeps no compiled code in a Node user-land snapshot (Node creates it with
 * FunctionCodeHandling::kClear): the functions a run calls are compiled lazily from the source text
 * held in the snapshot, where the ordinary path deserializes them from a code cache.
 */
import { runCli } from './main';
import { loadPipeline } from './stages';
import { bootstrap } from '../vm/runtime/bootstrap';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

declare const require: (id: string) => unknown;
/** The bundle's `import.meta.url` (scripts/build-cli.mjs's define and banner). */
declare let __bsMetaUrl: string;
/** Hash of out/cli/bytescope-core.cjs (the ordinary path's bundle), injected by the build. */
declare const __BS_CORE_HASH__: string;

interface StartupSnapshot {
  isBuildingSnapshot(): boolean;
  setDeserializeMainFunction(fn: () => void): void;
}

/** The path given to `--snapshot-blob` (absent when this bundle is run by plain `node`). */
function blobPath(): string | undefined {
  const a = process.execArgv;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === '--snapshot-blob') return a[i + 1];
    if (a[i].startsWith('--snapshot-blob=')) return a[i].slice('--snapshot-blob='.length);
  }
  return undefined;
}

/**
 * The snapshot is not of the current bundles (out/cli/bytescope-inputs.json names their hash), or
 * bin/bytescope.cjs's staleness rule holds: a source the bundles were built from is newer than
 * they are or gone, or a stage entry module that was absent at build time exists now. Without
 * src/ (an installed package) only the first applies.
 */
function stale(root: string, here: string): boolean {
  let manifest: { inputs: string[]; absent: string[]; hash?: string };
  try {
    manifest = JSON.parse(readFileSync(path.join(here, 'bytescope-inputs.json'), 'utf8'));
  } catch {
    return true;
  }
  // Bundles rebuilt since this snapshot was made (out/cli/bytescope-snapshot.sh is rewritten at
  // the end of the build that rebuilt them).
  if (manifest.hash !== __BS_CORE_HASH__) return true;
  if (!existsSync(path.join(root, 'src'))) return false;
  const built = Math.min(statSync(path.join(here, 'bytescope-snapshot.cjs')).mtimeMs, statSync(path.join(here, 'bytescope-core.cjs')).mtimeMs);
  // (Concatenation, not path.join: Node's own path code runs uncompiled after deserialization.)
  const dir = root + path.sep;
  for (const rel of manifest.inputs) {
    const st = statSync(dir + rel, { throwIfNoEntry: false });
    if (!st || st.mtimeMs > built) return true;
  }
  return manifest.absent.some((rel) => existsSync(dir + rel));
}

function afterDeserialize(): void {
  // The sh preamble of bin/bytescope.mjs started Node without NODE_EXTRA_CA_CERTS.
  if (process.env.BYTESCOPE_NODE_EXTRA_CA_CERTS !== undefined) {
    process.env.NODE_EXTRA_CA_CERTS = process.env.BYTESCOPE_NODE_EXTRA_CA_CERTS;
    delete process.env.BYTESCOPE_NODE_EXTRA_CA_CERTS;
  }
  const here = path.dirname(path.resolve(blobPath() ?? path.join(process.cwd(), 'x')));
  const root = path.resolve(here, '..', '..');
  const bin = path.join(root, 'bin', 'bytescope.cjs');
  // Node puts the arguments after its own (there is no entry script): argv as on the ordinary path.
  process.argv.splice(1, 0, bin);
  let fallback = !!process.env.BYTESCOPE_DEBUG;
  try {
    fallback ||= stale(root, here);
  } catch {
    fallback = true;
  }
  if (fallback) {
    createRequire(bin)(bin);
    return;
  }
  __bsMetaUrl = pathToFileURL(path.join(here, 'bytescope-core.cjs')).href;
  (globalThis as { __bytescopeBuildId?: string }).__bytescopeBuildId = __BS_CORE_HASH__;
  void runCli();
}

const snapshot = (require('node:v8') as { startupSnapshot?: StartupSnapshot }).startupSnapshot;
if (snapshot?.isBuildingSnapshot()) {
  bootstrap();
  void loadPipeline();
  snapshot.setDeserializeMainFunction(afterDeserialize);
} else {
  // Run as a plain script (not through a snapshot): the ordinary path.
  process.stderr.write('bytescope: out/cli/bytescope-snapshot.cjs is the start-up snapshot entry; run bin/bytescope.mjs\n');
  process.exitCode = 2;
}
