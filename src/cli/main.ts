/**
 * `bytescope` process entry: argument handling, file reading and exit status. Never lets a JS
 * stack trace reach the user (set BYTESCOPE_DEBUG=1 to see one for an internal error).
 */
import { parseArgs, USAGE, VERSION, PYTHON_VERSION } from './args';
import { readSource } from './source';
import { loadPipeline, StageMissingError } from './stages';
import { runScript, runTextCommand } from './commands';
import { ProcessIO } from './io';
import { writeSync } from 'node:fs';
import os from 'node:os';

function out(fd: 1 | 2, text: string): void {
  if (text) writeSync(fd, text);
}

export async function main(argv: readonly string[]): Promise<number> {
  // Build-time switch (scripts/build-cli.mjs): fill the import system's compiled-code cache.
  if (process.env.BYTESCOPE_PRECOMPILE_STDLIB) {
    const report = (await loadPipeline()).precompileStdlib();
    out(2, `${report ?? 'no compiled-code cache directory'}\n`);
    return report === null ? 1 : 0;
  }
  const req = parseArgs(argv);
  switch (req.kind) {
    case 'help':
      out(1, USAGE);
      return 0;
    case 'version':
      out(1, `bytescope ${VERSION} (CPython ${PYTHON_VERSION} bytecode)\n`);
      return 0;
    case 'usage-error':
      out(2, `usage: bytescope <command> [options] FILE.py [args...]\nbytescope: error: ${req.message}\n(see bytescope --help)\n`);
      return 2;
    case 'command':
      break;
  }
  const isRun = req.command === 'run';
  const src = readSource(req.file, !isRun, req.command !== 'tokens');
  if (!src.ok) {
    const prefix = src.message.startsWith('SyntaxError') ? '' : isRun ? 'bytescope: ' : `bytescope ${req.command}: `;
    out(2, prefix + src.message + '\n');
    return src.status;
  }
  const pipeline = await loadPipeline();
  try {
    if (isRun) {
      const io = new ProcessIO([req.file, ...req.args]);
      try {
        return runScript(pipeline, src.text, src.absPath, io);
      } finally {
        io.flush();
      }
    }
    const r = runTextCommand(pipeline, req, req.command === 'tokens' ? src.bytes : src.text, req.file);
    out(1, r.stdout);
    out(2, r.stderr);
    return r.status;
  } catch (e) {
    if (e instanceof StageMissingError) {
      out(2, `bytescope ${req.command}: ${e.message}\n`);
      return 3;
    }
    if (process.env.BYTESCOPE_DEBUG) out(2, String((e as Error)?.stack ?? e) + '\n');
    out(2, `bytescope: internal error: ${String((e as Error)?.message ?? e).split('\n')[0]}\n`);
    return 70;
  }
}

/** Runs the CLI on this process's arguments; the exit status becomes process.exitCode. */
export function runCli(): Promise<void> {
  return main(process.argv.slice(2)).then(
    (status) => {
      // A negative status is a death by that signal (an uncaught KeyboardInterrupt: -2, SIGINT),
      // which the process reproduces on itself as CPython does; 128 + N if it survives the signal.
      if (status < 0) {
        process.exitCode = 128 - status;
        const name = Object.entries(os.constants.signals).find(([, n]) => n === -status)?.[0];
        if (name) { process.removeAllListeners(name); process.kill(process.pid, name as NodeJS.Signals); }
        return;
      }
      process.exitCode = status;
    },
    (e) => {
      out(2, `bytescope: internal error: ${String((e as Error)?.message ?? e).split('\n')[0]}\n`);
      process.exitCode = 70;
    },
  );
}

/** Defined (true) by scripts/build-cli.mjs in the start-up snapshot's bundle (src/cli/snapshot-entry.ts). */
declare const __BS_SNAPSHOT_ENTRY__: boolean | undefined;

// The start-up snapshot's bundle calls runCli after deserialization instead.
if (typeof __BS_SNAPSHOT_ENTRY__ === 'undefined') void runCli();
