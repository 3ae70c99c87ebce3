// Types for scripts/refcount-inline.mjs.
/** `decref(x)`/`xdecref(x)` written out at their call sites; the source unchanged when the file does not qualify. */
export function inlineRefcounts(source: string, file: string): string;
export const refcountInlinePlugin: { name: string; setup(build: unknown): void };
