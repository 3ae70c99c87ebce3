// The golden corpus: which programs exist and how each is run. Shared by scripts/gen-goldens.mjs
// (which asks native CPython 3.12) and tests/golden/*.test.ts (which ask our pipeline).
//
// A case is a corpus program (tests/corpus/NAME.py, all four stages) or a seed example
// (../shared/seed/examples/NN_*.py, all four stages unless SEED_RUN_EXCLUDED; never copied into the repo).
// Sidecars beside a corpus program: NAME.stdin (fed to stdin; otherwise stdin is empty),
// NAME.args (JSON array: sys.argv[1:]).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CORPUS_DIR = path.join(ROOT, 'tests', 'corpus');
export const SEED_DIR = path.resolve(ROOT, '..', 'shared', 'seed', 'examples');
export const GOLDEN_DIR = path.join(ROOT, 'tests', 'golden-data', 'cli');
export const MANIFEST_PATH = path.join(ROOT, 'tests', 'golden-data', 'cli', 'manifest.json');
export const LEDGER_PATH = path.join(ROOT, 'tests', 'ledger', 'known-differences.json');
/** Every example of ../shared/seed/examples, by number. */
export const SEED_EXAMPLES = Array.from({ length: 27 }, (_, i) => String(i + 1).padStart(2, '0'));
/**
 * Seed examples whose run output cannot be a golden, with the reason. Their tokens/ast/dis stages
 * are still checked. (The seed README allows timings, addresses and build strings to differ; only
 * an example whose whole output is timings is left out — the others are in the ledger.)
 */
export const SEED_RUN_EXCLUDED = { '08': 'prints wall-clock timings of threads (differ on every run, CPython included)' };
export const STAGES = ['tokens', 'ast', 'dis', 'run'];

/**
 * Output normalization, applied identically to CPython's output (before committing) and to ours
 * (before comparing):
 * - the absolute folder of the program (`/…/tests/corpus/`, `/…/shared/seed/examples/`) → `$DIR/`;
 * - CPython's install prefix (`/…/lib/python3.12/`) → `$STDLIB/`;
 * - memory addresses in default reprs (` at 0x7f…`) → ` at 0xADDR`.
 * Nothing else is touched: hex numbers a program prints itself (`hex(255)`) stay as they are.
 */
export function normalize(text, dir) {
  let t = text;
  if (dir) t = t.split(dir + path.sep).join('$DIR/');
  t = t.replace(/\/[^\s"']*\/lib\/python3\.12\//g, '$STDLIB/');
  t = t.replace(/ at 0x[0-9a-fA-F]+/g, ' at 0xADDR');
  return t;
}

export function corpusCases() {
  if (!existsSync(CORPUS_DIR)) return [];
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.py'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -3);
      const stdinPath = path.join(CORPUS_DIR, name + '.stdin');
      const argsPath = path.join(CORPUS_DIR, name + '.args');
      return {
        name,
        kind: 'corpus',
        dir: CORPUS_DIR,
        file: f,
        stages: STAGES,
        args: existsSync(argsPath) ? JSON.parse(readFileSync(argsPath, 'utf8')) : [],
        stdin: existsSync(stdinPath) ? readFileSync(stdinPath, 'utf8') : '',
      };
    });
}

export function seedCases() {
  if (!existsSync(SEED_DIR)) return null;
  const files = readdirSync(SEED_DIR).filter((f) => f.endsWith('.py'));
  return SEED_EXAMPLES.map((nn) => {
    const f = files.find((x) => x.startsWith(nn + '_'));
    if (!f) throw new Error(`seed example ${nn} not found in ${SEED_DIR}`);
    const stages = nn in SEED_RUN_EXCLUDED ? STAGES.filter((s) => s !== 'run') : STAGES;
    return { name: 'seed_' + f.slice(0, -3), kind: 'seed', dir: SEED_DIR, file: f, stages, args: [], stdin: '' };
  });
}

export function goldenPath(name, suffix) {
  return path.join(GOLDEN_DIR, `${name}.${suffix}`);
}

/** sha256 of what determines a case's goldens: the program's bytes, its stdin and its arguments. */
export function caseFingerprint(c) {
  const h = createHash('sha256');
  h.update(readFileSync(path.join(c.dir, c.file)));
  h.update('\0stdin\0' + c.stdin + '\0args\0' + JSON.stringify(c.args));
  return h.digest('hex');
}
