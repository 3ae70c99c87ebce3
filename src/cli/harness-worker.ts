/**
 * Worker-thread side of the golden harness (scripts/goldens/compare.mjs): runs one stage on one
 * program per message, in this process, with the same code paths as the CLI (src/cli/commands.ts).
 * The harness runs cases in a worker so that a VM that hangs or overflows can be stopped and
 * reported as a failure without stopping the test run. Bundled as out/cli/harness-worker.mjs.
 *
 * Message in:  {id, stage, dir, file, args, stdin}
 * Message out: {id, kind:'ok', stdout, stderr, status} | {id, kind:'missing', detail}
 *            | {id, kind:'error', message}
 */
import { parentPort } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadPipeline, StageMissingError, type StageName } from './stages';
import { runScript, runTextCommand } from './commands';
import { decodeSource } from './source';
import { MemoryIO } from './io';

export interface HarnessJob {
  id: number;
  stage: StageName;
  dir: string;
  file: string;
  args: string[];
  stdin: string;
}

export type HarnessReply =
  | { id: number; kind: 'ok'; stdout: string; stderr: string; status: number }
  | { id: number; kind: 'missing'; detail: string }
  | { id: number; kind: 'error'; message: string };

export async function runJob(job: HarnessJob): Promise<HarnessReply> {
  const { id } = job;
  try {
    const pipeline = await loadPipeline();
    const absPath = path.join(job.dir, job.file);
    const bytes = readFileSync(absPath);
    if (job.stage === 'tokens') {
      const r = runTextCommand(pipeline, { command: 'tokens', indent: 3, includeAttributes: false, mode: 'exec' }, bytes, job.file);
      return { id, kind: 'ok', ...r };
    }
    const dec = decodeSource(bytes, absPath);
    if (!dec.ok) return { id, kind: 'ok', stdout: '', stderr: dec.message + '\n', status: 1 };
    if (job.stage === 'run') {
      const io = new MemoryIO([job.file, ...job.args], job.stdin);
      const status = runScript(pipeline, dec.text, absPath, io);
      return { id, kind: 'ok', stdout: io.stdout, stderr: io.stderr, status };
    }
    const r = runTextCommand(pipeline, { command: job.stage, indent: 3, includeAttributes: false, mode: 'exec' }, dec.text, job.file);
    return { id, kind: 'ok', ...r };
  } catch (e) {
    if (e instanceof StageMissingError) return { id, kind: 'missing', detail: e.message };
    const err = e as Error;
    const where = (err?.stack ?? '').split('\n').slice(1, 3).map((l) => l.trim()).join(' / ');
    return { id, kind: 'error', message: `${err?.name ?? 'Error'}: ${err?.message ?? String(e)}${where ? ` (${where})` : ''}` };
  }
}

if (parentPort) {
  const port = parentPort;
  port.on('message', (job: HarnessJob) => {
    void runJob(job).then((reply) => port.postMessage(reply));
  });
}
