/**
 * Golden tests: every corpus program (tests/corpus) through each stage — tokens, ast, dis, run —
 * compared with CPython 3.12's recorded output (tests/golden-data/cli, written only by
 * `npm run goldens`), plus every stage of all 27 seed examples (run output except where
 * SEED_RUN_EXCLUDED in scripts/goldens/cases.mjs says why).
 *
 * Contract with the ledger (tests/ledger/known-differences.json): a case not in the ledger must
 * pass; a case in the ledger must still fail (a fix forces removing its entry:
 * `npm run ledger:update`). Cases of a stage whose entry point has not landed are ledger entries
 * with reason "stage not implemented yet", counted apart from real mismatches in the summary.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../scripts/build-cli.mjs';
import { readFileSync } from 'node:fs';
import { MANIFEST_PATH, STAGES, SEED_DIR, caseFingerprint, corpusCases, seedCases, type GoldenCase, type StageName } from '../../scripts/goldens/cases.mjs';
import { MISSING_REASON, ledgerKey, readLedger, runGoldens, summarize, type GoldenResult } from '../../scripts/goldens/compare.mjs';

const corpus = corpusCases();
const seeds = seedCases();
const ledger = new Map(readLedger().map((e) => [ledgerKey(e), e]));
const jobs: { case: GoldenCase; stage: StageName }[] = [];
for (const c of corpus.concat(seeds ?? [])) for (const stage of c.stages) jobs.push({ case: c, stage });

const results = new Map<string, GoldenResult>();

beforeAll(async () => {
  await buildCli({ quiet: true });
  const rs = await runGoldens(jobs);
  for (const r of rs) results.set(ledgerKey(r), r);
}, 900_000);

afterAll(() => {
  if (results.size === 0) return;
  const rs = [...results.values()];
  const { table } = summarize(rs, STAGES);
  const inLedger = rs.filter((r) => ledger.has(ledgerKey(r))).length;
  console.log(`\nGolden summary (${corpus.length} corpus programs${seeds ? ` + ${seeds.length} seed examples` : ''}; ${inLedger} ledger entries):\n${table}\n`);
});

function check(c: GoldenCase, stage: StageName): void {
  const key = ledgerKey({ case: c.name, stage });
  const r = results.get(key);
  expect(r, 'result computed').toBeDefined();
  const entry = ledger.get(key);
  if (!entry) {
    expect(r!.status, `${c.name} ${stage}: ${r!.detail}`).toBe('pass');
    return;
  }
  expect(r!.status, `${c.name} ${stage} now passes: remove it from the ledger (npm run ledger:update)`).not.toBe('pass');
  if (entry.reason === MISSING_REASON) {
    expect(r!.status, `${c.name} ${stage}: the stage has landed, the ledger's "${MISSING_REASON}" is stale (npm run ledger:update, then triage): ${r!.detail}`).toBe('missing');
  }
}

describe('corpus goldens', () => {
  for (const stage of STAGES) {
    describe(stage, () => {
      for (const c of corpus) it(c.name, () => check(c, stage));
    });
  }
});

if (seeds === null) {
  console.warn(`cli-goldens: SKIPPING the seed examples: ${SEED_DIR} not found (clone ../shared beside the repo to check them)`);
  describe.skip(`seed examples: ${SEED_DIR} not found (needs ../shared beside the repo) — seed goldens NOT checked`, () => {
    it('seed goldens', () => {});
  });
} else {
  describe('seed examples', () => {
    for (const c of seeds) for (const stage of c.stages) it(`${c.name} ${stage}`, () => check(c, stage));
  });
}

describe('goldens are current', () => {
  const manifest = JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) as { python: string; cases: Record<string, string> };
  it('were made by CPython 3.12', () => expect(manifest.python).toMatch(/^3\.12\./));
  it('match every program, stdin and argv as committed (else: npm run goldens)', () => {
    const stale = corpus.concat(seeds ?? []).filter((c) => manifest.cases[c.name] !== caseFingerprint(c)).map((c) => c.name);
    expect(stale).toEqual([]);
  });
});

describe('ledger', () => {
  it('names only existing cases and stages', () => {
    const names = new Set(corpus.concat(seeds ?? []).map((c) => c.name));
    const stale = [...ledger.values()].filter(
      (e) => !(STAGES as readonly string[]).includes(e.stage) || (!names.has(e.case) && !(seeds === null && e.case.startsWith('seed_'))),
    );
    expect(stale, 'stale ledger entries').toEqual([]);
  });
  it('gives every entry a reason', () => {
    expect([...ledger.values()].filter((e) => typeof e.reason !== 'string' || e.reason.trim() === '')).toEqual([]);
  });
});
