/**
 * The four commands as functions of (request, source) → output, shared by the CLI process
 * (src/cli/main.ts) and the golden tests, which call them in-process.
 *
 * Contract: a compile error becomes CPython's stderr text and status 1; a missing stage raises
 * StageMissingError (the CLI reports it in one line); any other exception is an internal bug.
 */
import type { CommandRequest } from './args';
import { StageMissingError, type Pipeline, type RunIO } from './stages';
import { formatSyntaxError, isPySyntaxError } from './syntax-error';

export interface TextResult {
  stdout: string;
  stderr: string;
  status: number;
}

/** `python3.12 -m tokenize` prints tokenizer errors as `file:line:col: error: msg`. */
function tokenizeError(e: { msg: string; lineno: number; offset: number }, filename: string): string {
  return `${filename}:${e.lineno}:${Math.max(0, e.offset - 1)}: error: ${e.msg}\n`;
}

/** dis / tokens / ast: `filename` is the path as given on the command line (as -m dis uses it). */
export function runTextCommand(p: Pipeline, req: Pick<CommandRequest, 'command' | 'exact' | 'indent' | 'includeAttributes' | 'mode'>, source: string, filename: string): TextResult {
  try {
    switch (req.command) {
      case 'tokens':
        return { stdout: p.tokens(source, filename, req.exact), stderr: '', status: 0 };
      case 'ast':
        return { stdout: p.ast(source, filename, { mode: req.mode, indent: req.indent, includeAttributes: req.includeAttributes }), stderr: '', status: 0 };
      case 'dis':
        return { stdout: p.dis(source, filename), stderr: '', status: 0 };
      case 'run':
        throw new Error('run is not a text command');
    }
  } catch (e) {
    if (e instanceof StageMissingError) throw e;
    if (isPySyntaxError(e)) {
      const text = req.command === 'tokens' ? tokenizeError(e, filename) : formatSyntaxError(e);
      return { stdout: '', stderr: text, status: 1 };
    }
    throw e;
  }
}

/** `run`: the script's argv[0] is the path as given; `absPath` is its __file__ / co_filename. */
export function runScript(p: Pipeline, source: string, absPath: string, io: RunIO): number {
  try {
    return p.run(source, absPath, io);
  } catch (e) {
    if (e instanceof StageMissingError) throw e;
    if (isPySyntaxError(e)) {
      io.write(2, formatSyntaxError(e));
      return 1;
    }
    throw e;
  }
}
