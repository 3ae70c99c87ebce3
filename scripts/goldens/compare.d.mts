// Types for scripts/goldens/compare.mjs (imported by the TypeScript golden tests).
import type { GoldenCase, StageName } from './cases.mjs';
export type ResultStatus = 'pass' | 'fail' | 'missing' | 'error';
export interface GoldenResult {
  case: string;
  stage: StageName;
  status: ResultStatus;
  detail: string;
}
export interface LedgerEntry {
  case: string;
  stage: StageName;
  reason: string;
}
export interface Expected {
  stdout: string;
  stderr: string;
  status: number;
}
export const WORKER_PATH: string;
export const MISSING_REASON: string;
export const TODO_REASON: string;
export function expected(c: GoldenCase, stage: StageName): Expected;
export function compareOutputs(want: Expected, got: Expected): string | null;
export function runGoldens(jobs: { case: GoldenCase; stage: StageName }[], opts?: { timeoutMs?: number; workers?: number }): Promise<GoldenResult[]>;
export function readLedger(): LedgerEntry[];
export function ledgerKey(e: { case: string; stage: string }): string;
export function summarize(results: GoldenResult[], stages: readonly StageName[]): {
  rows: { stage: StageName; total: number; pass: number; fail: number; error: number; missing: number }[];
  table: string;
};
