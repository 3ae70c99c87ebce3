/**
 * Our side of the compiler parity harness, bundled by scripts/parity.mjs with esbuild. Stages
 * are loaded with a pattern import so a stage that has not landed is reported as missing
 * instead of breaking the bundle.
 */
import type { CodeObject } from '../../src/vm/bytecode/code';
import type { ConstValue } from '../../src/vm/ast/constants';

type Fn = (...a: any[]) => any;
type Mod = Record<string, unknown>;

// One glob per directory (a variable is one path segment for both esbuild's and vite's
// dynamic-import globbing); only the compiler front/back-end directories get bundled.
const DIRS: Record<string, (f: string) => Promise<unknown>> = {
  compiler: (f) => import(`../../src/vm/compiler/${f}.ts`),
  tokenizer: (f) => import(`../../src/vm/tokenizer/${f}.ts`),
  parser: (f) => import(`../../src/vm/parser/${f}.ts`),
  ast: (f) => import(`../../src/vm/ast/${f}.ts`),
  bytecode: (f) => import(`../../src/vm/bytecode/${f}.ts`),
};

async function load(rel: string): Promise<Mod | null> {
  const [dir, file] = rel.split('/') as [string, string];
  try {
    return (await DIRS[dir]!(file)) as Mod;
  } catch (e) {
    const msg = String((e as Error)?.message ?? e);
    if (/not found|Cannot find|Failed to load|does not exist|ERR_MODULE_NOT_FOUND/i.test(msg)) return null;
    throw e;
  }
}
const fn = (m: Mod | null, name: string): Fn | null => (m && typeof m[name] === 'function' ? (m[name] as Fn) : null);

export interface Stages {
  compile: Fn | null;
  tokenizeCli: Fn | null;
  parse: Fn | null;
  astDump: Fn | null;
  disassemble: Fn | null;
  /** Source bytes → text per PEP 263 (coding cookie / BOM), as compile() of bytes does. */
  decodeSource: Fn | null;
}

export async function loadStages(): Promise<Stages> {
  const [comp, tok, parser, dump, dis, enc] = await Promise.all([
    load('compiler/index'), load('tokenizer/index'), load('parser/index'), load('ast/dump'), load('bytecode/dis'),
    load('tokenizer/encoding'),
  ]);
  return {
    compile: fn(comp, 'compile'), tokenizeCli: fn(tok, 'runTokenizeCli'), parse: fn(parser, 'parse'),
    astDump: fn(dump, 'astDump'), disassemble: fn(dis, 'disassemble'), decodeSource: fn(enc, 'decodeSource'),
  };
}

const hex = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');
function floatBits(x: number): string {
  const b = Buffer.alloc(8);
  b.writeDoubleLE(x);
  return b.toString('hex');
}

/** The same JSON shape as scripts/oracle/code_json.py. */
export function constJson(c: ConstValue): unknown {
  switch (c.k) {
    case 'none': case 'ellipsis': return { k: c.k };
    case 'bool': return { k: 'bool', v: c.v };
    case 'int': return { k: 'int', v: c.v.toString() };
    case 'float': return { k: 'float', v: floatBits(c.v) };
    case 'complex': return { k: 'complex', re: floatBits(c.re), im: floatBits(c.im) };
    case 'str': return { k: 'str', v: c.v };
    case 'bytes': return { k: 'bytes', v: [...c.v] };
    case 'tuple': return { k: 'tuple', v: c.v.map(constJson) };
    case 'frozenset': return { k: 'frozenset', v: c.v.map(constJson) };
    case 'code': return { k: 'code', v: codeJson(c.v) };
  }
}

export function codeJson(co: CodeObject): Record<string, unknown> {
  return {
    co_argcount: co.co_argcount, co_posonlyargcount: co.co_posonlyargcount, co_kwonlyargcount: co.co_kwonlyargcount,
    co_stacksize: co.co_stacksize, co_flags: co.co_flags, co_firstlineno: co.co_firstlineno,
    co_code: hex(co.co_code), co_consts: co.co_consts.map(constJson), co_names: [...co.co_names],
    co_localsplusnames: [...co.co_localsplusnames], co_localspluskinds: hex(co.co_localspluskinds),
    co_filename: co.co_filename, co_name: co.co_name, co_qualname: co.co_qualname,
    co_linetable: hex(co.co_linetable), co_exceptiontable: hex(co.co_exceptiontable),
  };
}
