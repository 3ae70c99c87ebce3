// Types for scripts/goldens/cases.mjs (imported by the TypeScript golden tests).
export interface GoldenCase {
  name: string;
  kind: 'corpus' | 'seed';
  dir: string;
  file: string;
  stages: readonly StageName[];
  args: string[];
  stdin: string;
}
export type StageName = 'tokens' | 'ast' | 'dis' | 'run';
export const ROOT: string;
export const CORPUS_DIR: string;
export const SEED_DIR: string;
export const GOLDEN_DIR: string;
export const LEDGER_PATH: string;
export const MANIFEST_PATH: string;
export function caseFingerprint(c: GoldenCase): string;
export const SEED_EXAMPLES: readonly string[];
export const STAGES: readonly StageName[];
export function normalize(text: string, dir?: string): string;
export function corpusCases(): GoldenCase[];
export function seedCases(): GoldenCase[] | null;
export function goldenPath(name: string, suffix: string): string;
