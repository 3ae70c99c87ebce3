/**
 * Command-line grammar of `bytescope`. Pure: turns argv into a request or a usage error, so the
 * unit tests can check every case without spawning anything.
 *
 *   bytescope run FILE.py [args...]      like `python3.12 FILE.py [args...]`
 *   bytescope dis FILE.py                like `python3.12 -m dis FILE.py`
 *   bytescope tokens [-e] FILE.py        like `python3.12 -m tokenize [-e] FILE.py`
 *   bytescope ast [-a] [-i N] [-m MODE] FILE.py   like `python3.12 -m ast ...`
 *   bytescope FILE.py [args...]          shorthand for `run`
 */
export type Command = 'run' | 'dis' | 'tokens' | 'ast';
export type AstMode = 'exec' | 'eval' | 'single' | 'func_type';

export interface CommandRequest {
  kind: 'command';
  command: Command;
  file: string;
  /** For `run`: the script's own arguments (sys.argv[1:]). */
  args: string[];
  /** tokens -e: exact operator token names. */
  exact: boolean;
  includeAttributes: boolean;
  indent: number;
  mode: AstMode;
}

export type Request =
  | { kind: 'help'; topic: Command | null }
  | { kind: 'version' }
  | { kind: 'usage-error'; message: string; topic: Command | null }
  | CommandRequest;

export const VERSION = '0.1.0';
export const PYTHON_VERSION = '3.12';

export const USAGE = `usage: bytescope <command> [options] FILE.py [args...]

Bytescope's command line: CPython ${PYTHON_VERSION}'s pipeline, reimplemented in TypeScript.

commands:
  run FILE.py [args...]   run a script (like python3.12 FILE.py): stdout, stderr, exit status,
                          sys.argv = [FILE.py, args...], stdin feeds input()
  dis FILE.py             disassemble the module (like python3.12 -m dis FILE.py)
  tokens FILE.py          list the tokens (like python3.12 -m tokenize FILE.py)
      -e, --exact         exact operator token names
  ast FILE.py             dump the syntax tree (like python3.12 -m ast FILE.py)
      -a, --include-attributes   include line/column attributes
      -i, --indent N      indentation of nested nodes (default 3)
      -m, --mode MODE     exec (default), eval, single or func_type

options:
  -h, --help              show this help and exit
  -V, --version           show the version and exit

Exit status: the script's status for run (1 after an uncaught exception or a syntax error),
2 for a usage error or a file that cannot be opened.
`;

const COMMANDS: readonly Command[] = ['run', 'dis', 'tokens', 'ast'];
const MODES: readonly AstMode[] = ['exec', 'eval', 'single', 'func_type'];

export function parseArgs(argv: readonly string[]): Request {
  if (argv.length === 0) return { kind: 'usage-error', message: 'missing command', topic: null };
  const first = argv[0]!;
  if (first === '-h' || first === '--help' || first === 'help') {
    const topic = argv[1] && (COMMANDS as readonly string[]).includes(argv[1]) ? (argv[1] as Command) : null;
    return { kind: 'help', topic };
  }
  if (first === '-V' || first === '--version') return { kind: 'version' };
  let command: Command;
  let rest: readonly string[];
  if ((COMMANDS as readonly string[]).includes(first)) {
    command = first as Command;
    rest = argv.slice(1);
  } else if (!first.startsWith('-')) {
    command = 'run';
    rest = argv;
  } else {
    return { kind: 'usage-error', message: `unknown option '${first}'`, topic: null };
  }
  const req: CommandRequest = {
    kind: 'command', command, file: '', args: [], exact: false, includeAttributes: false, indent: 3, mode: 'exec',
  };
  let i = 0;
  for (; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--') { i++; break; }
    if (!a.startsWith('-') || a === '-') break;
    if (a === '-h' || a === '--help') return { kind: 'help', topic: command };
    if (command === 'tokens' && (a === '-e' || a === '--exact')) { req.exact = true; continue; }
    if (command === 'ast' && (a === '-a' || a === '--include-attributes')) { req.includeAttributes = true; continue; }
    if (command === 'ast' && (a === '-i' || a === '--indent' || a.startsWith('--indent='))) {
      const v = a.startsWith('--indent=') ? a.slice(9) : rest[++i];
      if (v === undefined || !/^-?\d+$/.test(v)) return { kind: 'usage-error', message: `argument -i/--indent: invalid int value: '${v ?? ''}'`, topic: command };
      req.indent = Number(v);
      continue;
    }
    if (command === 'ast' && (a === '-m' || a === '--mode' || a.startsWith('--mode='))) {
      const v = a.startsWith('--mode=') ? a.slice(7) : rest[++i];
      if (v === undefined || !(MODES as readonly string[]).includes(v)) {
        return { kind: 'usage-error', message: `argument -m/--mode: invalid choice: '${v ?? ''}' (choose from ${MODES.map((m) => `'${m}'`).join(', ')})`, topic: command };
      }
      req.mode = v as AstMode;
      continue;
    }
    return { kind: 'usage-error', message: `${command}: unknown option '${a}'`, topic: command };
  }
  if (i >= rest.length) return { kind: 'usage-error', message: `${command}: missing FILE.py`, topic: command };
  req.file = rest[i]!;
  const extra = rest.slice(i + 1);
  if (command === 'run') req.args = [...extra];
  else if (extra.length > 0) return { kind: 'usage-error', message: `${command}: unexpected argument '${extra[0]}'`, topic: command };
  return req;
}
