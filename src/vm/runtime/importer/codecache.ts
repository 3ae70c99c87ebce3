/**
 * Compiled-code cache for imported modules (our `__pycache__`): code objects keyed by a hash of
 * (filename, source) — or of (filename, stamp) where a stamp identifies the source without reading
 * it (a stdlib zip member's CRC-32 and size, finder.ts) — kept in memory for the process's lifetime
 * (shared by all VMs: CodeObjects are plain immutable data) and, when the host offers `cacheDir` +
 * `writeFile`, on disk, one file per module in the compact format below.
 *
 * Contract: the host's `cacheDir` must already distinguish compiler builds (the Node CLI uses a
 * directory per bundle build), since a stale entry would run code compiled by another compiler.
 * `writeFile` should replace the file atomically (the CLI writes a temporary file and renames it);
 * a torn or foreign file fails to decode and is recompiled, never trusted.
 *
 * File format (JSON text; positional arrays because JSON.parse of number arrays was the cost):
 *   ["bsc1", co_filename, CODE]
 *   CODE  = [argcount, posonlyargcount, kwonlyargcount, stacksize, flags, firstlineno, co_code,
 *            CONST[], names[], localsplusnames[], localspluskinds, name, qualname, linetable,
 *            exceptiontable]   (byte strings base64; nested code objects share co_filename)
 *   CONST = null (None) | true | false | "str" | int as a safe-integer number | ["i", "decimal"]
 *         | ["f", float] | ["c", re, im] | ["e"] (Ellipsis) | ["b", base64] | ["t", CONST...]
 *         | ["s", CONST...] (frozenset, compiler order) | ["C", CODE]
 *   floats that JSON cannot hold (nan, ±inf, -0.0) are the strings 'nan', 'inf', '-inf', '-0'.
 */
import type { CodeObject } from '../../bytecode/code';
import type { ConstValue } from '../../ast/constants';
import type { Host } from '../host';

const FORMAT = 'bsc1';
const memory = new Map<string, CodeObject>();
/** Distinct exec/eval/compile() sources one process may add to the cache (getExec). */
export const EXEC_CACHE_LIMIT = 256;
let execStored = 0;

// Scratch buffer of sourceHash (grown on demand; never shrinks).
let hashBuf = new Uint8Array(1 << 16);
const utf8 = new TextEncoder();

/**
 * 64-bit hash (two murmur3-style 32-bit lanes with different seeds) of (filename, source): 16 hex
 * digits. The text is UTF-8 encoded by the engine (TextEncoder.encodeInto, native) and mixed four
 * bytes at a time: hashing every start-up's internal sources (the VM's modules written in Python,
 * ~100 KB) one UTF-16 unit per step in JavaScript cost milliseconds while V8 was still cold.
 */
export function sourceHash(filename: string, source: string): string {
  const text = filename + '\0' + source;
  const need = text.length * 3 + 4;
  if (hashBuf.length < need) hashBuf = new Uint8Array(Math.max(need, hashBuf.length * 2));
  const n = utf8.encodeInto(text, hashBuf).written;
  hashBuf[n] = hashBuf[n + 1] = hashBuf[n + 2] = 0;
  const words = new Int32Array(hashBuf.buffer, 0, (n + 3) >> 2);
  let h1 = hashLane1(words, 0x811c9dc5 ^ n);
  let h2 = hashLane2(words, 0x9747b28c ^ text.length);
  const fin = (h: number): number => {
    h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  };
  h1 = fin(h1 ^ h2);
  h2 = fin(h2 ^ h1);
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

// The two lanes are independent; each is a leaf that returns right after its loop. V8 keeps the
// on-stack-replaced code of a long loop and re-enters it at later calls, and arithmetic after the
// loop in the same function (no type feedback when that code was made) deoptimized it at every
// long source hashed (~1 per import).
function hashLane1(words: Int32Array, h: number): number {
  for (let i = 0; i < words.length; i++) {
    let k = Math.imul(words[i]!, 0xcc9e2d51);
    k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
    h ^= k;
    h = (Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64) | 0;
  }
  return h;
}

function hashLane2(words: Int32Array, h: number): number {
  for (let i = 0; i < words.length; i++) {
    let j = Math.imul(words[i]!, 0x85ebca6b);
    j = Math.imul((j << 13) | (j >>> 19), 0xc2b2ae35);
    h ^= j;
    h = (Math.imul((h << 17) | (h >>> 15), 5) + 0x561ccd1b) | 0;
  }
  return h;
}

// ---- base64 (pure: the VM runs where neither Buffer nor a fast atob can be assumed) -------------

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Uint8Array(128);
for (let i = 0; i < 64; i++) B64_INDEX[B64.charCodeAt(i)] = i;

export function toBase64(b: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  let i = 0;
  for (; i + 2 < b.length; i += 3) {
    const n = (b[i]! << 16) | (b[i + 1]! << 8) | b[i + 2]!;
    chunk += B64[n >> 18]! + B64[(n >> 12) & 63]! + B64[(n >> 6) & 63]! + B64[n & 63]!;
    if (chunk.length >= 8192) { parts.push(chunk); chunk = ''; }
  }
  if (i < b.length) {
    const n = (b[i]! << 16) | ((i + 1 < b.length ? b[i + 1]! : 0) << 8);
    chunk += B64[n >> 18]! + B64[(n >> 12) & 63]! + (i + 1 < b.length ? B64[(n >> 6) & 63]! : '=') + '=';
  }
  parts.push(chunk);
  return parts.join('');
}

export function fromBase64(s: string): Uint8Array {
  let len = s.length;
  while (len > 0 && s.charCodeAt(len - 1) === 61 /* = */) len--;
  const out = new Uint8Array((len * 3) >> 2);
  let o = 0, i = 0;
  for (; i + 3 < len; i += 4) {
    const n = (B64_INDEX[s.charCodeAt(i)]! << 18) | (B64_INDEX[s.charCodeAt(i + 1)]! << 12) |
      (B64_INDEX[s.charCodeAt(i + 2)]! << 6) | B64_INDEX[s.charCodeAt(i + 3)]!;
    out[o++] = n >> 16;
    out[o++] = (n >> 8) & 255;
    out[o++] = n & 255;
  }
  if (i < len) {
    let n = 0;
    for (let k = 0; k < 4; k++) n = (n << 6) | (i + k < len ? B64_INDEX[s.charCodeAt(i + k)]! : 0);
    if (o < out.length) out[o++] = n >> 16;
    if (o < out.length) out[o++] = (n >> 8) & 255;
  }
  return out;
}

// ---- encoding --------------------------------------------------------------------------------

function floatOut(v: number): number | string {
  if (Number.isNaN(v)) return 'nan';
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  if (Object.is(v, -0)) return '-0';
  return v;
}

function floatIn(v: unknown): number {
  if (typeof v === 'number') return v;
  switch (v) {
    case 'nan': return NaN;
    case 'inf': return Infinity;
    case '-inf': return -Infinity;
    case '-0': return -0;
  }
  throw new Error('bad float in code cache');
}

function constOut(c: ConstValue): unknown {
  switch (c.k) {
    case 'none': return null;
    case 'ellipsis': return ['e'];
    case 'bool': return c.v;
    case 'str': return c.v;
    case 'int': return c.v >= -9007199254740991n && c.v <= 9007199254740991n ? Number(c.v) : ['i', c.v.toString()];
    case 'float': return ['f', floatOut(c.v)];
    case 'complex': return ['c', floatOut(c.re), floatOut(c.im)];
    case 'bytes': return ['b', toBase64(c.v)];
    case 'tuple': return ['t', ...c.v.map(constOut)];
    case 'frozenset': return ['s', ...c.v.map(constOut)];
    case 'code': return ['C', codeOut(c.v)];
  }
}

function codeOut(co: CodeObject): unknown[] {
  return [
    co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_stacksize, co.co_flags, co.co_firstlineno,
    toBase64(co.co_code), co.co_consts.map(constOut), co.co_names, co.co_localsplusnames, toBase64(co.co_localspluskinds),
    co.co_name, co.co_qualname, toBase64(co.co_linetable), toBase64(co.co_exceptiontable),
  ];
}

/** The cache file text for a module's code object. */
export function encodeCode(co: CodeObject): string {
  const filenames = new Set<string>();
  const walk = (c: CodeObject): void => {
    filenames.add(c.co_filename);
    for (const k of c.co_consts) if (k.k === 'code') walk(k.v);
  };
  walk(co);
  if (filenames.size !== 1) throw new Error('code objects of one module with several filenames');
  return JSON.stringify([FORMAT, co.co_filename, codeOut(co)]);
}

// ---- decoding --------------------------------------------------------------------------------

const NONE_C: ConstValue = { k: 'none' };
const TRUE_C: ConstValue = { k: 'bool', v: true };
const FALSE_C: ConstValue = { k: 'bool', v: false };

function constIn(j: unknown, filename: string): ConstValue {
  switch (typeof j) {
    case 'string': return { k: 'str', v: j };
    case 'number':
      if (!Number.isSafeInteger(j)) throw new Error('bad int in code cache');
      return { k: 'int', v: BigInt(j) };
    case 'boolean': return j ? TRUE_C : FALSE_C;
    case 'object': {
      if (j === null) return NONE_C;
      const a = j as unknown[];
      switch (a[0]) {
        case 'e': return { k: 'ellipsis' };
        case 'i': return { k: 'int', v: BigInt(a[1] as string) };
        case 'f': return { k: 'float', v: floatIn(a[1]) };
        case 'c': return { k: 'complex', re: floatIn(a[1]), im: floatIn(a[2]) };
        case 'b': return { k: 'bytes', v: fromBase64(a[1] as string) };
        case 't': case 's': {
          const items: ConstValue[] = new Array(a.length - 1);
          for (let i = 1; i < a.length; i++) items[i - 1] = constIn(a[i], filename);
          return { k: a[0] === 't' ? 'tuple' : 'frozenset', v: items };
        }
        case 'C': return { k: 'code', v: codeIn(a[1] as unknown[], filename) };
      }
    }
  }
  throw new Error('bad constant in code cache');
}

function codeIn(a: unknown[], filename: string): CodeObject {
  if (!Array.isArray(a) || a.length !== 15) throw new Error('bad code object in code cache');
  const consts = a[7] as unknown[];
  const co_consts: ConstValue[] = new Array(consts.length);
  for (let i = 0; i < consts.length; i++) co_consts[i] = constIn(consts[i], filename);
  return {
    co_argcount: a[0] as number,
    co_posonlyargcount: a[1] as number,
    co_kwonlyargcount: a[2] as number,
    co_stacksize: a[3] as number,
    co_flags: a[4] as number,
    co_firstlineno: a[5] as number,
    co_code: fromBase64(a[6] as string),
    co_consts,
    co_names: a[8] as string[],
    co_localsplusnames: a[9] as string[],
    co_localspluskinds: fromBase64(a[10] as string),
    co_filename: filename,
    co_name: a[11] as string,
    co_qualname: a[12] as string,
    co_linetable: fromBase64(a[13] as string),
    co_exceptiontable: fromBase64(a[14] as string),
  };
}

/** Decodes a cache file; throws on anything that is not a complete file for `filename`. */
export function decodeCode(text: string, filename: string): CodeObject {
  const j = JSON.parse(text) as unknown[];
  if (!Array.isArray(j) || j.length !== 3 || j[0] !== FORMAT || j[1] !== filename) throw new Error('not a code cache file for ' + filename);
  return codeIn(j[2] as unknown[], filename);
}

/** Empties the process-wide in-memory layer (tests of the disk layer). */
export function forgetMemoryCache(): void {
  memory.clear();
  execStored = 0;
}

export class CodeCache {
  hits = 0;
  misses = 0;
  constructor(private readonly host: Host) {}

  /** The module code object for `source`, compiling (and caching) on a miss. */
  get(filename: string, source: string, compile: (src: string, filename: string) => CodeObject): CodeObject {
    return this.lookup(sourceHash(filename, source), filename, () => source, compile);
  }

  /**
   * The module code object for a source identified by `stamp` (which must change whenever the
   * source does); `source` is called only on a miss.
   */
  getStamped(filename: string, stamp: string, source: () => string, compile: (src: string, filename: string) => CodeObject): CodeObject {
    return this.lookup('s' + sourceHash(filename, '\0stamp\0' + stamp), filename, source, compile);
  }

  /**
   * Code compiled from a source string by exec/eval/compile() (`variant` names the mode, flags and
   * optimization level, which the key includes). `compile` reports whether its result may be
   * cached: a compile that issued warnings may not (a hit would skip them). At most
   * EXEC_CACHE_LIMIT distinct sources per process are stored, so a program that evaluates
   * thousands of different strings does not fill the disk.
   */
  getExec(variant: string, filename: string, source: string, compile: () => { co: CodeObject; cacheable: boolean }): CodeObject {
    const key = 'x' + sourceHash(filename, `\0${variant}\0${source}`);
    const have = memory.get(key);
    if (have) { this.hits++; return have; }
    if (execStored >= EXEC_CACHE_LIMIT) return compile().co;
    let cacheable = false;
    const co = this.lookup(key, filename, () => source, () => {
      const r = compile();
      cacheable = r.cacheable;
      return r.co;
    }, () => cacheable);
    if (cacheable) execStored++;
    return co;
  }

  private lookup(key: string, filename: string, source: () => string, compile: (src: string, filename: string) => CodeObject,
    keep: () => boolean = () => true): CodeObject {
    const have = memory.get(key);
    if (have) { this.hits++; return have; }
    const dir = this.host.cacheDir;
    const file = dir ? `${dir}/${key}.json` : null;
    if (file) {
      const text = this.host.readFile(file);
      if (text !== null) {
        try {
          const co = decodeCode(text, filename);
          memory.set(key, co);
          this.hits++;
          return co;
        } catch { /* a torn, foreign or corrupt cache file is recompiled and rewritten */ }
      }
    }
    this.misses++;
    const co = compile(source(), filename);
    if (!keep()) return co;
    memory.set(key, co);
    if (file && this.host.writeFile) {
      try { this.host.writeFile(file, encodeCode(co)); } catch { /* cache is best effort */ }
    }
    return co;
  }
}
