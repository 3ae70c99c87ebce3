/**
 * The four commands as functions of (request, source) → output, shared by the CLI process
 * (src/cli/main.ts) and the golden tests, which call them in-process.
 *
 * Contract: a compile error becomes CPython's stderr text and status 1; a missing stage raises
 * StageMissingError (the CLI reports it in one line); any other exception is an internal bug.
 */
import type { CommandRequest } from './args';
import { StageMissingError, type Pipeline, type RunIO, type TextResult } from './stages';
import { formatSyntaxError, isPySyntaxError } from './syntax-error';

export type { TextResult };

/**
 * dis / tokens / ast: `filename` is the path as given on the command line (as -m dis uses it).
 * `tokens` takes the file's bytes (tokenize does its own encoding detection); the others the
 * decoded text.
 */
export function runTextCommand(p: Pipeline, req: Pick<CommandRequest, 'command' | 'indent' | 'includeAttributes' | 'mode'> & { exact?: boolean }, source: string | Uint8Array, filename: string): TextResult {
  // Compile-time warnings (SyntaxWarning) go to stderr before the output or the error.
  const warnings: string[] = [];
  try {
    switch (req.command) {
      case 'tokens':
        return p.tokens(source, filename, req.exact ?? false);
      case 'ast':
        if (typeof source !== 'string') throw new Error('ast needs decoded text');
        return { stdout: p.ast(source, filename, { mode: req.mode, indent: req.indent, includeAttributes: req.includeAttributes, warnings }), stderr: warnings.join(''), status: 0 };
      case 'dis':
        if (typeof source !== 'string') throw new Error('dis needs decoded text');
        return { stdout: p.dis(source, filename, warnings), stderr: warnings.join(''), status: 0 };
      case 'run':
        throw new Error('run is not a text command');
    }
  } catch (e) {
    if (e instanceof StageMissingError) throw e;
    if (isPySyntaxError(e)) {
      return { stdout: '', stderr: warnings.join('') + formatSyntaxError(e), status: 1 };
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
