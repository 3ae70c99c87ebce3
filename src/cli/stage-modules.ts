/**
 * Loads a stage's entry module by its path under src/vm (e.g. 'parser/index'), or null when that
 * module is not in this checkout. Stages land one by one while others are built, so the CLI must
 * build and run with whichever stages exist.
 *
 * In the bundle, scripts/build-cli.mjs replaces this module with one that statically imports only
 * the stage files present at build time (so esbuild never follows an unfinished module); this
 * version, used when the sources run directly (vitest), imports by computed path.
 */
export const STAGE_MODULES = ['parser/index', 'ast/dump', 'compiler/index', 'runtime/vm'] as const;
export type StageModule = (typeof STAGE_MODULES)[number];

/** Stage modules the bundle left out because they did not build, with the first build error. */
export const EXCLUDED: Partial<Record<StageModule, string>> = {};

export async function importStage(rel: StageModule): Promise<Record<string, unknown> | null> {
  const spec = '../vm/' + rel;
  try {
    return (await import(/* @vite-ignore */ spec)) as Record<string, unknown>;
  } catch (e) {
    const msg = String((e as Error)?.message ?? e);
    if (/not found|Cannot find|Failed to load|does not exist|ERR_MODULE_NOT_FOUND/i.test(msg)) return null;
    throw e;
  }
}
