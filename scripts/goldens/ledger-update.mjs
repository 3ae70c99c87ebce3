#!/usr/bin/env node
// `npm run ledger:update`: rewrites tests/ledger/known-differences.json from the current golden
// results. Every (case, stage) that does not pass gets an entry {case, stage, reason}:
// - an existing entry keeps its reason (the lead's triage), unless it said "stage not implemented
//   yet" and the stage now exists, then it becomes "TODO: triage";
// - a case whose stage is missing gets "stage not implemented yet";
// - any other new failure gets "TODO: triage" (the lead reviews and writes the real reason).
// Entries of cases that pass now are dropped. --verbose lists every failure with its first difference. Seed entries are kept as they are when
// ../shared/seed/examples is absent.
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { buildCli } from '../build-cli.mjs';
import { LEDGER_PATH, STAGES, corpusCases, seedCases } from './cases.mjs';
import { MISSING_REASON, TODO_REASON, ledgerKey, readLedger, runGoldens, summarize } from './compare.mjs';

await buildCli({ quiet: true });
const seeds = seedCases();
const cases = corpusCases().concat(seeds ?? []);
const jobs = cases.flatMap((c) => c.stages.map((stage) => ({ case: c, stage })));
const results = await runGoldens(jobs);
const old = new Map(readLedger().map((e) => [ledgerKey(e), e]));
const known = new Set(cases.map((c) => c.name));

const entries = [];
for (const r of results) {
  if (r.status === 'pass') continue;
  const prev = old.get(ledgerKey(r));
  let reason;
  if (r.status === 'missing') reason = MISSING_REASON;
  else if (prev && prev.reason !== MISSING_REASON) reason = prev.reason;
  else reason = TODO_REASON;
  entries.push({ case: r.case, stage: r.stage, reason });
}
if (seeds === null) {
  for (const e of old.values()) if (e.case.startsWith('seed_') && !known.has(e.case)) entries.push(e);
}
const order = (s) => STAGES.indexOf(s);
entries.sort((a, b) => (a.case < b.case ? -1 : a.case > b.case ? 1 : order(a.stage) - order(b.stage)));

const now = new Set(entries.map(ledgerKey));
const added = entries.filter((e) => !old.has(ledgerKey(e))).length;
const removed = [...old.keys()].filter((k) => !now.has(k)).length;
mkdirSync(path.dirname(LEDGER_PATH), { recursive: true });
writeFileSync(LEDGER_PATH, '[\n' + entries.map((e) => '  ' + JSON.stringify(e)).join(',\n') + '\n]\n');
if (process.argv.includes('--verbose')) {
  for (const r of results) if (r.status !== 'pass' && r.status !== 'missing') console.log(`${r.status.padEnd(5)} ${r.case} ${r.stage}: ${r.detail}`);
}
console.log(summarize(results, STAGES).table);
console.log(`\nledger: ${entries.length} entries (${added} added, ${removed} removed); ${entries.filter((e) => e.reason === TODO_REASON).length} need triage`);
if (seeds === null) console.log('ledger: ../shared/seed/examples not found; seed entries kept as they were');
