// Types for scripts/build-cli.mjs.
export function buildCli(opts?: { quiet?: boolean }): Promise<void>;
