/**
 * The import system's compiled-code cache (src/vm/runtime/importer/codecache.ts): its file format
 * gives back exactly the code object the compiler produced (every constant kind, nested code,
 * stdlib modules), the disk layer is used across processes (simulated by emptying the in-memory
 * layer), a stdlib module found in the cache is not inflated, tracebacks through such a module
 * still show its source lines, and a torn or foreign cache file is recompiled, never trusted.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compile } from '../../src/vm/compiler/index';
import type { CodeObject } from '../../src/vm/bytecode/code';
import type { ConstValue } from '../../src/vm/ast/constants';
import { CodeCache, decodeCode, encodeCode, forgetMemoryCache, fromBase64, sourceHash, toBase64 } from '../../src/vm/runtime/importer/codecache';
import { ZipArchive } from '../../src/vm/runtime/importer/zip';
import { precompileStdlib, PRECOMPILED_MARKER } from '../../src/vm/runtime/importer/precompile';
import { VM } from '../../src/vm/runtime/vm';
import type { Host } from '../../src/vm/runtime/host';

const ROOT = path.resolve(__dirname, '../..');
const ZIP = path.join(ROOT, 'node_modules/pyodide/python_stdlib.zip');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'bytescope-codecache-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Deep comparison that tells -0.0 from 0.0 and NaN from everything but NaN. */
function sameConst(a: ConstValue, b: ConstValue): boolean {
  if (a.k !== b.k) return false;
  switch (a.k) {
    case 'float': return Object.is(a.v, (b as typeof a).v);
    case 'complex': return Object.is(a.re, (b as typeof a).re) && Object.is(a.im, (b as typeof a).im);
    case 'int': case 'str': case 'bool': return a.v === (b as typeof a).v;
    case 'bytes': return Buffer.from(a.v).equals(Buffer.from((b as typeof a).v));
    case 'tuple': case 'frozenset': {
      const bv = (b as typeof a).v;
      return a.v.length === bv.length && a.v.every((x, i) => sameConst(x, bv[i]!));
    }
    case 'code': return sameCode(a.v, (b as typeof a).v);
    default: return true;
  }
}

function sameCode(a: CodeObject, b: CodeObject): boolean {
  const bytes = (x: Uint8Array, y: Uint8Array) => Buffer.from(x).equals(Buffer.from(y));
  return a.co_argcount === b.co_argcount && a.co_posonlyargcount === b.co_posonlyargcount &&
    a.co_kwonlyargcount === b.co_kwonlyargcount && a.co_stacksize === b.co_stacksize && a.co_flags === b.co_flags &&
    a.co_firstlineno === b.co_firstlineno && bytes(a.co_code, b.co_code) && bytes(a.co_localspluskinds, b.co_localspluskinds) &&
    bytes(a.co_linetable, b.co_linetable) && bytes(a.co_exceptiontable, b.co_exceptiontable) &&
    a.co_filename === b.co_filename && a.co_name === b.co_name && a.co_qualname === b.co_qualname &&
    JSON.stringify(a.co_names) === JSON.stringify(b.co_names) &&
    JSON.stringify(a.co_localsplusnames) === JSON.stringify(b.co_localsplusnames) &&
    a.co_consts.length === b.co_consts.length && a.co_consts.every((c, i) => sameConst(c, b.co_consts[i]!));
}

const CONSTANTS = `
x = (None, ..., True, False, 0, -5, 2**53, 2**53 + 1, -2**63, 10**40, 1.5, -0.0, 0.1, 1e308 * 10, -1e308 * 10,
     1e-320, 3j, -0.0j, 'é\\u2603\\U0001f600', '', b'\\x00\\xff\\n', b'', (1, (2, ('a', b'b'))), ())
y = 1e308 * 10 - 1e308 * 10
z = frozenset({3, 1, 'c', 2.5}) if 3 in {3, 1, 'c', 2.5} else None
def f(a, /, b=1.0, *args, c, d=-0.0, **kw):
    def g():
        nonlocal a
        return lambda q: (a, q, b'\\x80', 'x' * 3)
    class K:
        attr: int = 7
        def m(self): return __class__
    return g, K
async def h():
    async with a as b:
        yield [i async for i in b]
`;

describe('code cache file format', () => {
  it('base64 round-trips every length and byte value', () => {
    for (let n = 0; n < 70; n++) {
      const b = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 255);
      expect(Buffer.from(fromBase64(toBase64(b))).equals(Buffer.from(b))).toBe(true);
      expect(toBase64(b)).toBe(Buffer.from(b).toString('base64'));
    }
  });

  it('gives back the compiled code object: every constant kind, nested code', () => {
    const co = compile(CONSTANTS, '/x/consts.py', 'exec');
    const back = decodeCode(encodeCode(co), '/x/consts.py');
    expect(sameCode(co, back)).toBe(true);
    // the special floats really are in there (so the comparison above covered them)
    const text = encodeCode(co);
    for (const s of ['"-0"', '"inf"', '"-inf"', '"nan"']) expect(text).toContain(s);
  });

  it('gives back the compiled code of stdlib modules', () => {
    const zip = new ZipArchive(readFileSync(ZIP));
    for (const name of ['collections/__init__.py', 'json/decoder.py', 're/_parser.py', 'dataclasses.py', 'random.py', 'typing.py', 'enum.py']) {
      const file = '/usr/lib/python3.12/' + name;
      const co = compile(zip.readText(name)!, file, 'exec');
      expect(sameCode(co, decodeCode(encodeCode(co), file)), name).toBe(true);
    }
  });

  it('sourceHash: stable, 16 hex digits, changed by any character, the filename and the length', () => {
    const h = sourceHash('/x/m.py', 'a = 1\n');
    expect(h).toMatch(/^[0-9a-f]{16}$/);
    expect(sourceHash('/x/m.py', 'a = 1\n')).toBe(h);
    const big = 'x = "é\u2603\u{1f600}"\n'.repeat(50000);
    const hashes = [sourceHash('/x/m.py', big), sourceHash('/x/n.py', big), sourceHash('/x/m.py', big + ' '),
      sourceHash('/x/m.py', big.slice(0, -1)), sourceHash('/x/m.py', 'a = 1'), sourceHash('/x/m.py', 'a = 1\0')];
    for (const i of [0, 1, 2, 3, 5, 17, big.length - 2]) hashes.push(sourceHash('/x/m.py', big.slice(0, i) + '#' + big.slice(i + 1)));
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it('refuses a torn file, another format or another filename', () => {
    const text = encodeCode(compile('a = 1\n', '/x/a.py', 'exec'));
    expect(() => decodeCode(text.slice(0, text.length - 3), '/x/a.py')).toThrow();
    expect(() => decodeCode(text, '/x/b.py')).toThrow();
    expect(() => decodeCode(text.replace('"bsc1"', '"bsc0"'), '/x/a.py')).toThrow();
    expect(() => decodeCode('{"co_code": []}', '/x/a.py')).toThrow();
  });
});

function cacheHost(dir: string, out: { err: string } = { err: '' }, reads: string[] = []): Host {
  return {
    argv: [''],
    stdout: () => {},
    stderr: (t) => { out.err += t; },
    readLine: () => null,
    readFile: (p) => { try { return readFileSync(p, 'utf8'); } catch { return null; } },
    readBinary: (p) => { reads.push(p); try { return readFileSync(p); } catch { return null; } },
    stdlibZip: ZIP,
    cacheDir: dir,
    writeFile: (p, t) => writeFileSync(p, t),
    isDir: (p) => { try { return statSync(p).isDirectory(); } catch { return false; } },
    cwd: () => process.cwd(),
  };
}

describe('code cache on disk', () => {
  it('a second process compiles nothing; a torn file is recompiled and rewritten', () => {
    const dir = mkdtempSync(path.join(tmp, 'a-'));
    let compiles = 0;
    const cf = (s: string, f: string) => { compiles++; return compile(s, f, 'exec'); };
    const src = 'def f():\n    return 1.5, -0.0, 2**70\n';
    forgetMemoryCache();
    const first = new CodeCache(cacheHost(dir)).get('/x/m.py', src, cf);
    expect(compiles).toBe(1);
    expect(readdirSync(dir)).toHaveLength(1);
    forgetMemoryCache();
    const second = new CodeCache(cacheHost(dir)).get('/x/m.py', src, cf);
    expect(compiles).toBe(1);
    expect(sameCode(first, second)).toBe(true);
    const file = path.join(dir, readdirSync(dir)[0]!);
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 40));
    forgetMemoryCache();
    const third = new CodeCache(cacheHost(dir)).get('/x/m.py', src, cf);
    expect(compiles).toBe(2);
    expect(sameCode(first, third)).toBe(true);
    expect(() => decodeCode(readFileSync(file, 'utf8'), '/x/m.py')).not.toThrow();
  });

  it('a cached stdlib module is not inflated; tracebacks through it still show its lines', () => {
    const dir = mkdtempSync(path.join(tmp, 'b-'));
    const prog = "import json\njson.loads('{')\n";
    const run = () => {
      const out = { err: '' };
      const vm = new VM(cacheHost(dir, out));
      const inflated: string[] = [];
      const zip = (vm.importer.finder as unknown as { stdlib(): ZipArchive | null }).stdlib()!;
      const orig = zip.readText.bind(zip);
      zip.readText = (name: string) => { inflated.push(name); return orig(name); };
      try {
        const status = vm.runMain(compile(prog, '/x/main.py', 'exec'), '/x/main.py');
        vm.finalize();
        return { status, err: out.err, inflated };
      } finally {
        zip.readText = orig;
      }
    };
    forgetMemoryCache();
    const cold = run();
    forgetMemoryCache();
    const warm = run();
    expect(cold.inflated).toContain('json/decoder.py');
    // Warm: only the modules whose lines the tracebacks print are read (for those lines).
    const shown = new Set([...warm.err.matchAll(/File "\/usr\/lib\/python3\.12\/([^"]+)"/g)].map((m) => m[1]));
    expect(warm.inflated.length).toBeGreaterThan(0);
    for (const name of warm.inflated) expect(shown, name).toContain(name);
    expect(cold.inflated).toContain('re/__init__.py');
    expect(warm.inflated).not.toContain('re/__init__.py');
    expect(warm.status).toBe(1);
    expect(warm.err).toBe(cold.err);
    expect(warm.err).toContain('File "/usr/lib/python3.12/json/decoder.py", line 353, in raw_decode\n    obj, end = self.scan_once(s, idx)\n');
  });
});

describe('stdlib precompile (importer/precompile.ts)', () => {
  it('compiles the closure of the seeds; an import then compiles nothing and runs the same', () => {
    const dir = mkdtempSync(path.join(tmp, 'p-'));
    forgetMemoryCache();
    let compiles = 0;
    const cf = (s: string, f: string) => { compiles++; return compile(s, f, 'exec'); };
    const report = precompileStdlib(cacheHost(dir), cf, ['json', 'string']);
    // json's package, its submodules (relative imports), re (json.decoder imports it) and re's own
    // submodules; a name the VM provides itself (itertools, _json) is not looked for in the stdlib.
    expect(report.failed).toEqual([]);
    expect(report.compiled).toBe(report.modules);
    expect(compiles).toBe(report.modules);
    const files = readdirSync(dir);
    expect(files).toContain(PRECOMPILED_MARKER);
    const names = files.filter((f) => f !== PRECOMPILED_MARKER)
      .map((f) => (JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as unknown[])[1] as string);
    for (const m of ['json/__init__.py', 'json/decoder.py', 'json/scanner.py', 'json/encoder.py', 're/__init__.py',
      're/_parser.py', 're/_compiler.py', 're/_constants.py', 'string.py']) {
      expect(names, m).toContain('/usr/lib/python3.12/' + m);
    }
    // A second precompile reads, compiles nothing.
    forgetMemoryCache();
    expect(precompileStdlib(cacheHost(dir), cf, ['json', 'string']).compiled).toBe(0);
    expect(compiles).toBe(report.modules);
    // A VM importing them compiles only its own modules' Python parts (src/vm/modules/py), never
    // a precompiled stdlib module.
    forgetMemoryCache();
    const out = { err: '' };
    const vm = new VM(cacheHost(dir, out));
    const status = vm.runMain(compile("import json, string\nprint(json.dumps({'a': [1, 2]}), string.capwords('a b'))\n", '/x/main.py', 'exec'), '/x/main.py');
    vm.finalize();
    expect(status).toBe(0);
    for (const f of readdirSync(dir)) {
      const fn = f === PRECOMPILED_MARKER ? '' : (JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as unknown[])[1] as string;
      if (!names.includes(fn) && fn.startsWith('/usr/lib/python3.12/')) expect.fail(`${fn} compiled at import`);
    }
  });
});

describe('exec/eval/compile() sources in the code cache', () => {
  const prog = [
    "exec('def f(a, b=2):\\n    return a * b\\n')",
    "print(f(3), eval('f(4) + 1'), eval(compile('f(5)', 'gen', 'eval')))",
    "from collections import namedtuple",
    "P = namedtuple('P', 'x y')",
    "print(P(1, 2))",
    // A compile that warns: never cached, so the warning is printed by every run.
    "exec(\"assert (1, 'always true')\")",
    "",
  ].join('\n');
  const run = (dir: string) => {
    const out = { err: '' };
    const printed: string[] = [];
    const host = { ...cacheHost(dir, out), stdout: (t: string) => { printed.push(t); } };
    const vm = new VM(host);
    const status = vm.runMain(compile(prog, '/x/main.py', 'exec'), '/x/main.py');
    const misses = vm.importer.codeCache.misses;
    vm.finalize();
    return { status, out: printed.join(''), err: out.err, misses };
  };

  it('a second process compiles none of them, except a source that warned', () => {
    const dir = mkdtempSync(path.join(tmp, 'x-'));
    forgetMemoryCache();
    const cold = run(dir);
    const execFiles = () => readdirSync(dir).filter((f) => f.startsWith('x'));
    // exec of f, eval of 'f(4) + 1', compile of 'f(5)', namedtuple's eval of __new__'s lambda
    expect(execFiles()).toHaveLength(4);
    forgetMemoryCache();
    const warm = run(dir);
    expect(execFiles()).toHaveLength(4);
    // Everything else came from the cache; the source that warned was compiled again.
    expect(cold.misses).toBeGreaterThan(5);
    expect(warm.misses).toBe(1);
    expect(cold.status).toBe(0);
    expect(warm.out).toBe('6 9 10\nP(x=1, y=2)\n');
    expect(warm.out).toBe(cold.out);
    expect(cold.err).toContain('SyntaxWarning: assertion is always true');
    expect(warm.err).toBe(cold.err);
  });
});
