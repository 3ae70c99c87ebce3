/**
 * Start-up path of the built CLI as an ES module (bundled by scripts/build-cli.mjs as
 * out/cli/bytescope.mjs, which the tests and `node bin/bytescope.mjs`-style callers import): the
 * launcher proper is src/cli/launch-core.ts; its CommonJS twin is src/cli/launch-cjs.ts.
 */
import { launch } from './launch-core';

// Node's builtins come through process.getBuiltinModule (Node >= 20.16) when it exists: an ESM
// import of node:fs builds that module's ESM facade, which reads every export, and the getter of
// fs.ReadStream loads Node's whole streams stack (~3 ms of start-up).
const builtin = process.getBuiltinModule?.bind(process);
const fs = builtin ? builtin('node:fs') : await import('node:fs');
const module = builtin ? builtin('node:module') : await import('node:module');
const path = builtin ? builtin('node:path') : (await import('node:path')).default;
const { fileURLToPath } = builtin ? builtin('node:url') : await import('node:url');
const vm = builtin ? builtin('node:vm') : await import('node:vm');

launch({ fs, module, path, vm }, path.dirname(fileURLToPath(import.meta.url)));
