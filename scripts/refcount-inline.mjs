// Build-time expansion of the VM's reference-count releases at their call sites.
//
// Why: V8 keeps type feedback per function, not per call site. `decref(o)` is one small function
// called from ~1,000 places with objects of every type, so the property accesses inside it (and
// inside every copy V8 inlines) are megamorphic: each `--o.ob_refcnt` goes through V8's generic
// lookup (measured: a few ns per access, several times a monomorphic one). Written out at the call
// site, the same access gets that site's own feedback, which sees one or a few types (the code
// object a frame releases, the list a subscript read, the ints of an arithmetic fast path).
//
// Contract: `decref(x)` and `xdecref(x)`, with `x` a plain identifier, are replaced by an
// expression with the same effect and the same value (undefined), valid wherever the call was
// (a leading `void`, not a parenthesis, so that a line break before it never joins it to the
// line above as a call):
//   decref(x)   ->  void (--x.ob_refcnt === 0 && dealloc(x))
//   xdecref(x)  ->  void (x && --x.ob_refcnt === 0 && dealloc(x))
// (runtime/refcount.ts defines decref/xdecref exactly so). An identifier is evaluated twice, which
// is free of effects; other arguments (`decref(f.code)`, calls) are left alone. Only files that
// import `decref`/`xdecref` by name from the refcount module are changed, and they get `dealloc`
// imported under a private name from that same specifier; refcount.ts itself is left alone.
// The TypeScript sources stay as written (typecheck, tests and tools see them); the CLI's bundle
// (scripts/build-cli.mjs) and the app's VM worker (electron.vite.config.ts) apply this.

const IMPORT = /import\s*\{([^}]*)\}\s*from\s*(['"])([^'"]*\/refcount)\2\s*;?/;
const DEALLOC = '__bsDealloc';

/** Returns the rewritten source, or the source unchanged when the file does not qualify. */
export function inlineRefcounts(source, file) {
  if (/[\\/]runtime[\\/]refcount\.ts$/.test(file)) return source;
  const m = IMPORT.exec(source);
  if (!m) return source;
  const names = m[1].split(',').map((s) => s.trim());
  const hasDecref = names.includes('decref');
  const hasXdecref = names.includes('xdecref');
  if (!hasDecref && !hasXdecref) return source;
  let out = source;
  let n = 0;
  if (hasDecref) {
    out = out.replace(/(?<![\w$.])decref\(([A-Za-z_$][\w$]*)\)/g, (_, id) => {
      n++;
      return `void (--${id}.ob_refcnt === 0 && ${DEALLOC}(${id}))`;
    });
  }
  if (hasXdecref) {
    out = out.replace(/(?<![\w$.])xdecref\(([A-Za-z_$][\w$]*)\)/g, (_, id) => {
      n++;
      return `void (${id} && --${id}.ob_refcnt === 0 && ${DEALLOC}(${id}))`;
    });
  }
  if (n === 0) return source;
  // The added import goes right after the matched one, on the same line: line numbers (and so
  // stack traces and profile hot lines) stay those of the source.
  const end = m.index + m[0].length;
  return `${out.slice(0, end)} import { dealloc as ${DEALLOC} } from ${m[2]}${m[3]}${m[2]};${out.slice(end)}`;
}

/** esbuild plugin applying inlineRefcounts to the VM's TypeScript sources. */
export const refcountInlinePlugin = {
  name: 'bytescope-refcount-inline',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]vm[\\/].*\.ts$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const source = await readFile(args.path, 'utf8');
      return { contents: inlineRefcounts(source, args.path), loader: 'ts' };
    });
  },
};
