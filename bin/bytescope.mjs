#!/usr/bin/env node
// `bytescope` command: runs the bundled CLI (out/cli/bytescope.mjs, which loads
// out/cli/bytescope-core.cjs with a V8 code cache), (re)building it first when it is missing or
// older than any source under src/cli or src/vm (a fresh checkout where `npm install` did not run
// the prepare script, or sources changed since the last build).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'out', 'cli', 'bytescope.mjs');
const core = path.join(root, 'out', 'cli', 'bytescope-core.cjs');

function newestSource(dir) {
  let newest = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (e.name.endsWith('.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

const stale = () => {
  const built = Math.min(statSync(bundle).mtimeMs, statSync(core).mtimeMs);
  return newestSource(path.join(root, 'src', 'cli')) > built || newestSource(path.join(root, 'src', 'vm')) > built;
};
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
