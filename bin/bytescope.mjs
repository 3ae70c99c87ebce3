#!/usr/bin/env node
// `bytescope` command: runs the bundled CLI, building it first when out/cli is missing
// (a fresh checkout where `npm install` did not run the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'out', 'cli', 'bytescope.mjs');
if (!existsSync(bundle)) {
  const { buildCli } = await import(pathToFileURL(path.join(root, 'scripts', 'build-cli.mjs')).href);
  await buildCli({ quiet: true });
}
await import(pathToFileURL(bundle).href);
