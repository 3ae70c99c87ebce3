// Bundle entry of the parity harness (scripts/parity.mjs): our stages + the comparison.
export { loadStages, codeJson } from './ours';
export { FIELDS, newResult, compareCode, mergeResult } from './compare';
export { positionsDigestInput } from './positions-digest';
