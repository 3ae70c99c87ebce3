/**
 * Start-up path of the built CLI as a CommonJS module (bundled by scripts/build-cli.mjs as
 * out/cli/bytescope-launch.cjs, which bin/bytescope.cjs loads: Node starts a CommonJS entry ~10 ms
 * faster than an ES module). Same work as src/cli/launch.ts (src/cli/launch-core.ts).
 */
import { launch } from './launch-core';

declare const __dirname: string;
declare const require: (id: string) => unknown;

const builtin = process.getBuiltinModule?.bind(process);
const load = <T>(id: string): T => (builtin ? builtin(id) : require(id)) as T;

launch({
  fs: load('node:fs'), module: load('node:module'), path: load('node:path'), vm: load('node:vm'),
}, __dirname);
