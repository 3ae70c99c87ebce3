/**
 * scripts/refcount-inline.mjs: the build-time expansion of `decref(x)` / `xdecref(x)` at their
 * call sites. The rewrite must keep every program's behaviour (the golden tests run the bundles
 * it produces); here, its contract: what is rewritten, what is left alone, that the result is
 * still valid code with the same line numbers, and that the expansion releases exactly as
 * runtime/refcount.ts's decref/xdecref do.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { transformSync } from 'esbuild';
import { inlineRefcounts } from '../../scripts/refcount-inline.mjs';

const ROOT = path.resolve(__dirname, '..', '..');
const FILE = '/x/src/vm/objects/thing.ts';

describe('refcount inlining (build)', () => {
  it('rewrites identifier arguments and imports dealloc from the same module', () => {
    const src = "import { decref, xdecref } from '../runtime/refcount';\nfunction f(a, b) {\n  decref(a);\n  xdecref(b);\n}\n";
    const out = inlineRefcounts(src, FILE);
    expect(out).toContain("import { dealloc as __bsDealloc } from '../runtime/refcount';");
    expect(out).toContain('void (--a.ob_refcnt === 0 && __bsDealloc(a));');
    expect(out).toContain('void (b && --b.ob_refcnt === 0 && __bsDealloc(b));');
    expect(out.split('\n').length).toBe(src.split('\n').length);
  });

  it('leaves other calls, other files and refcount.ts itself alone', () => {
    const calls = "import { decref } from './refcount';\nx.decref(a); xdecref(b); mydecref(c); decref(f.code); decref(g());\n";
    const out = inlineRefcounts(calls, FILE);
    expect(out.split('\n')[1]).toBe(calls.split('\n')[1]);
    expect(out).toBe(calls); // nothing rewritten: no import added either
    const noImport = 'function f(a) { decref(a); }\n';
    expect(inlineRefcounts(noImport, FILE)).toBe(noImport);
    const own = "import { decref } from './refcount';\ndecref(a);\n";
    expect(inlineRefcounts(own, '/x/src/vm/runtime/refcount.ts')).toBe(own);
  });

  it('is an expression wherever the call was (statement, arrow body, return, after a line without semicolon)', () => {
    const src = [
      "import { decref, xdecref } from '../runtime/refcount';",
      'export function g(a: any, b: any, log: string[]) {',
      '  const h = (o: any) => decref(o);',
      '  if (a.ob_refcnt > 5) decref(a); else log.push("kept")',
      '  decref(b)',
      '  h(a);',
      '  return xdecref(b);',
      '}',
    ].join('\n');
    const out = inlineRefcounts(src, FILE);
    const js = transformSync(out, { loader: 'ts', format: 'cjs' }).code;
    const freed: unknown[] = [];
    const mod = { exports: {} as Record<string, Function> };
    const req = () => ({ dealloc: (o: unknown) => freed.push(o) });
    new Function('exports', 'require', 'module', js)(mod.exports, req, mod);
    const a = { ob_refcnt: 2 }, b = { ob_refcnt: 2 };
    const log: string[] = [];
    expect(mod.exports.g!(a, b, log)).toBeUndefined();
    // a: the else branch ran (no dangling else), then h(a); b: two releases, freed at the second.
    expect([a.ob_refcnt, b.ob_refcnt, freed, log]).toEqual([1, 0, [b], ['kept']]);
  });

  it('rewrites the VM sources into valid TypeScript with their line count unchanged', () => {
    let files = 0, rewritten = 0;
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const p = path.join(dir, name);
        if (statSync(p).isDirectory()) { walk(p); continue; }
        if (!p.endsWith('.ts')) continue;
        const src = readFileSync(p, 'utf8');
        const out = inlineRefcounts(src, p);
        files++;
        if (out === src) continue;
        rewritten++;
        expect(out.split('\n').length, p).toBe(src.split('\n').length);
        expect(() => transformSync(out, { loader: 'ts' }), p).not.toThrow();
      }
    };
    walk(path.join(ROOT, 'src', 'vm'));
    expect(files).toBeGreaterThan(100);
    expect(rewritten).toBeGreaterThan(50);
  });
});
