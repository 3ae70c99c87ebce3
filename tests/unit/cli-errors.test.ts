/**
 * The CLI's error paths, checked against what CPython 3.12 printed for the same situations
 * (tests/golden-data/cli/errors.json from scripts/oracle/goldens_cli_errors.py, and the run
 * goldens of the syntax_* corpus programs). A few cases spawn the built CLI to check the whole
 * process: exit status, one-line messages, no JS stack trace.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCli } from '../../scripts/build-cli.mjs';
import { CORPUS_DIR, GOLDEN_DIR, normalize } from '../../scripts/goldens/cases.mjs';
import { decodeSource } from '../../src/cli/source';
import { formatSyntaxError, isPySyntaxError } from '../../src/cli/syntax-error';
import { loadPipeline, type Pipeline } from '../../src/cli/stages';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'bytescope.mjs');
const BUNDLE = path.join(ROOT, 'out', 'cli', 'bytescope.mjs');
interface Recorded { arg: string; stdout: string; stderr: string; status: number }
const recorded: Record<string, Recorded> = JSON.parse(readFileSync(path.join(GOLDEN_DIR, 'errors.json'), 'utf8'));

const FILES: Record<string, Buffer> = {
  not_utf8: Buffer.from('x = "\xff"\nprint(x)\n', 'latin1'),
  unknown_cookie: Buffer.from('# coding: no-such-codec\nprint(1)\n'),
  bom: Buffer.from('\xef\xbb\xbfprint(\'bom ok\')\n', 'latin1'),
  latin1_cookie: Buffer.from("# -*- coding: latin-1 -*-\nprint('caf\xe9')\n", 'latin1'),
  not_utf8_line3: Buffer.from("a = 1\nb = 2\nc = '\xc3\x28'\n", 'latin1'),
};

let tmp = '';
let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await loadPipeline();
  await buildCli({ quiet: true });
  tmp = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'bytescope-cli-')));
  mkdirSync(path.join(tmp, 'a_directory'));
  for (const [name, data] of Object.entries(FILES)) writeFileSync(path.join(tmp, name + '.py'), data);
}, 60_000);

/** Runs the bundle built in beforeAll (bin/bytescope.mjs is checked once, in the --version test). */
function cli(args: string[], cwd = tmp, entry = BUNDLE) {
  const r = spawnSync(process.execPath, [entry, ...args], { cwd, encoding: 'utf8', input: '', timeout: 30_000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe('bytescope run: files it cannot run (as python3.12 FILE)', () => {
  for (const c of ['missing', 'directory', 'not_utf8', 'not_utf8_line3', 'unknown_cookie']) {
    it(c, () => {
      const want = recorded[c]!;
      const got = cli(['run', want.arg]);
      expect(got.stderr.split(tmp).join('$TMP')).toBe(want.stderr.replace('$PY', 'bytescope'));
      expect(got.status).toBe(want.status);
      expect(got.stdout).toBe(want.stdout);
    });
  }
});

describe('source decoding (PEP 263, BOM)', () => {
  it('BOM is dropped, latin-1 cookie decodes', () => {
    const bom = decodeSource(FILES.bom!, 'bom.py');
    expect(bom).toMatchObject({ ok: true, text: "print('bom ok')\n" });
    const lat = decodeSource(FILES.latin1_cookie!, 'l.py');
    expect(lat.ok && lat.text.includes('café')).toBe(true);
  });
});

describe('other commands: one-line errors, exit status, no stack trace', () => {
  it('missing file for dis/tokens/ast', () => {
    for (const cmd of ['dis', 'tokens', 'ast']) {
      const r = cli([cmd, 'missing.py']);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`bytescope ${cmd}: can't open 'missing.py': [Errno 2] No such file or directory: 'missing.py'\n`);
    }
  });
  it('directory for dis', () => {
    const r = cli(['dis', 'a_directory']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("bytescope dis: can't open 'a_directory': [Errno 21] Is a directory: 'a_directory'\n");
  });
  it('usage errors exit 2, --help and --version exit 0', () => {
    const none = cli([]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('usage: bytescope');
    const help = cli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('run FILE.py');
    const ver = cli(['--version'], tmp, BIN);
    expect(ver.status).toBe(0);
    expect(ver.stdout).toMatch(/^bytescope \d+\.\d+\.\d+/);
  });
  it('never prints a JS stack trace', () => {
    for (const args of [['run', 'missing.py'], ['dis', 'a_directory'], ['run', 'not_utf8.py'], ['--nope'], ['ast', '-i']]) {
      const r = cli(args);
      expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
      expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(3);
    }
  });
  it('dis and tokens of a corpus program equal CPython (spawned CLI)', () => {
    const cmds = pipeline.missing('dis') ? [['tokens', 'tokens']] as const : [['dis', 'dis'], ['tokens', 'tokens']] as const;
    for (const [cmd, suffix] of cmds) {
      const r = cli([cmd, 'prog_roman.py'], CORPUS_DIR);
      expect(r.status).toBe(0);
      expect(normalize(r.stdout, CORPUS_DIR)).toBe(readFileSync(path.join(GOLDEN_DIR, `prog_roman.${suffix}.txt`), 'utf8'));
    }
  });
});

// Programs with non-ASCII text are left to the golden run/dis stages (and their ledger): CPython
// compiles a script's *bytes*, and then reports parser errors at byte columns, which is the
// parser's business, not the printer's.
describe('SyntaxError printing equals CPython for the syntax_* corpus programs', () => {
  const programs = readdirSync(CORPUS_DIR).filter(
    (f) => f.startsWith('syntax_') && f.endsWith('.py') && !/[^\x00-\x7f]/.test(readFileSync(path.join(CORPUS_DIR, f), 'latin1')),
  );
  it('has cases', () => expect(programs.length).toBeGreaterThanOrEqual(10));
  for (const f of programs) {
    it(f, (ctx) => {
      if (pipeline.missing('dis')) ctx.skip(`compiler not in this checkout: ${pipeline.missing('dis')}`);
      const abs = path.join(CORPUS_DIR, f);
      const golden = JSON.parse(readFileSync(path.join(GOLDEN_DIR, f.replace(/\.py$/, '.run.json')), 'utf8'));
      let printed = '';
      try {
        pipeline.compile(readFileSync(abs, 'utf8'), abs);
      } catch (e) {
        if (!isPySyntaxError(e)) throw e;
        printed = formatSyntaxError(e);
      }
      expect(normalize(printed, CORPUS_DIR)).toBe(golden.stderr);
      expect(golden.status).toBe(1);
    });
  }
});
