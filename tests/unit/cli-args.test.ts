import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';

describe('cli argument grammar', () => {
  it('run with script arguments, options after the file belong to the script', () => {
    expect(parseArgs(['run', 'x.py', 'a', '--flag', '-v'])).toMatchObject({ kind: 'command', command: 'run', file: 'x.py', args: ['a', '--flag', '-v'] });
  });
  it('a bare FILE.py is run', () => {
    expect(parseArgs(['prog.py', '1'])).toMatchObject({ kind: 'command', command: 'run', file: 'prog.py', args: ['1'] });
  });
  it('dis / tokens / ast take exactly one file', () => {
    for (const cmd of ['dis', 'tokens', 'ast'] as const) {
      expect(parseArgs([cmd, 'f.py'])).toMatchObject({ kind: 'command', command: cmd, file: 'f.py', args: [] });
      expect(parseArgs([cmd, 'f.py', 'extra'])).toMatchObject({ kind: 'usage-error', topic: cmd });
      expect(parseArgs([cmd])).toMatchObject({ kind: 'usage-error', message: `${cmd}: missing FILE.py` });
    }
  });
  it('ast options as python -m ast spells them', () => {
    expect(parseArgs(['ast', '-a', '-i', '2', '-m', 'eval', 'f.py'])).toMatchObject({ includeAttributes: true, indent: 2, mode: 'eval', file: 'f.py' });
    expect(parseArgs(['ast', '--indent=0', '--mode=single', 'f.py'])).toMatchObject({ indent: 0, mode: 'single' });
    expect(parseArgs(['ast', '-i', 'x', 'f.py'])).toMatchObject({ kind: 'usage-error' });
    expect(parseArgs(['ast', '-m', 'nope', 'f.py'])).toMatchObject({ kind: 'usage-error' });
  });
  it('tokens -e as python -m tokenize -e', () => {
    expect(parseArgs(['tokens', '-e', 'f.py'])).toMatchObject({ command: 'tokens', exact: true, file: 'f.py' });
    expect(parseArgs(['tokens', 'f.py'])).toMatchObject({ exact: false });
    expect(parseArgs(['dis', '-e', 'f.py'])).toMatchObject({ kind: 'usage-error' });
  });
  it('help, version and usage errors', () => {
    expect(parseArgs(['--help'])).toEqual({ kind: 'help', topic: null });
    expect(parseArgs(['-h'])).toEqual({ kind: 'help', topic: null });
    expect(parseArgs(['dis', '--help'])).toEqual({ kind: 'help', topic: 'dis' });
    expect(parseArgs(['--version'])).toEqual({ kind: 'version' });
    expect(parseArgs(['-V'])).toEqual({ kind: 'version' });
    expect(parseArgs([])).toMatchObject({ kind: 'usage-error' });
    expect(parseArgs(['--bogus'])).toMatchObject({ kind: 'usage-error' });
    expect(parseArgs(['dis', '--bogus', 'f.py'])).toMatchObject({ kind: 'usage-error' });
  });
  it('-- ends options, so a file may start with a dash', () => {
    expect(parseArgs(['run', '--', '-odd.py', 'x'])).toMatchObject({ file: '-odd.py', args: ['x'] });
  });
});
