/**
 * Compiled-code cache for imported modules: code objects keyed by a hash of (filename, source),
 * kept in memory for the process's lifetime (shared by all VMs: CodeObjects are plain immutable
 * data) and, when the host offers `cacheDir` + `writeFile`, on disk as JSON files in the format
 * runtime/code_json.ts decodes.
 *
 * Contract: the host's `cacheDir` must already distinguish compiler builds (the Node CLI uses a
 * directory per bundle build), since a stale entry would run code compiled by another compiler.
 */
import type { CodeObject } from '../../bytecode/code';
import type { ConstValue } from '../../ast/constants';
import type { Host } from '../host';
import { codeFromJSON } from '../code_json';

const memory = new Map<string, CodeObject>();

/** 2×32-bit FNV-1a over the UTF-16 units: 16 hex digits. */
export function sourceHash(filename: string, source: string): string {
  let h1 = 0x811c9dc5, h2 = 0x01000193 ^ source.length;
  const mix = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
    }
  };
  mix(filename);
  mix('\0');
  mix(source);
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

function floatStr(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  if (Object.is(v, -0)) return '-0';
  return String(v);
}

function constJSON(c: ConstValue): unknown {
  switch (c.k) {
    case 'none': case 'ellipsis': return { k: c.k };
    case 'bool': return { k: 'bool', v: c.v };
    case 'int': return { k: 'int', v: c.v.toString() };
    case 'float': return { k: 'float', v: floatStr(c.v) };
    case 'complex': return { k: 'complex', re: floatStr(c.re), im: floatStr(c.im) };
    case 'str': return { k: 'str', v: c.v };
    case 'bytes': return { k: 'bytes', v: Array.from(c.v) };
    case 'tuple': case 'frozenset': return { k: c.k, v: c.v.map(constJSON) };
    case 'code': return { k: 'code', v: codeJSON(c.v) };
  }
}

export function codeJSON(co: CodeObject): unknown {
  return {
    co_argcount: co.co_argcount, co_posonlyargcount: co.co_posonlyargcount, co_kwonlyargcount: co.co_kwonlyargcount,
    co_stacksize: co.co_stacksize, co_flags: co.co_flags, co_firstlineno: co.co_firstlineno,
    co_code: Array.from(co.co_code), co_consts: co.co_consts.map(constJSON), co_names: co.co_names,
    co_localsplusnames: co.co_localsplusnames, co_localspluskinds: Array.from(co.co_localspluskinds),
    co_filename: co.co_filename, co_name: co.co_name, co_qualname: co.co_qualname,
    co_linetable: Array.from(co.co_linetable), co_exceptiontable: Array.from(co.co_exceptiontable),
  };
}

export class CodeCache {
  hits = 0;
  misses = 0;
  constructor(private readonly host: Host) {}

  /** The module code object for `source`, compiling (and caching) on a miss. */
  get(filename: string, source: string, compile: (src: string, filename: string) => CodeObject): CodeObject {
    const key = sourceHash(filename, source);
    const have = memory.get(key);
    if (have) { this.hits++; return have; }
    const dir = this.host.cacheDir;
    const file = dir ? `${dir}/${key}.json` : null;
    if (file) {
      const text = this.host.readFile(file);
      if (text !== null) {
        try {
          const co = codeFromJSON(JSON.parse(text) as Record<string, unknown>);
          if (co.co_filename === filename) { memory.set(key, co); this.hits++; return co; }
        } catch { /* a corrupt cache file is recompiled and rewritten */ }
      }
    }
    this.misses++;
    const co = compile(source, filename);
    memory.set(key, co);
    if (file && this.host.writeFile) {
      try { this.host.writeFile(file, JSON.stringify(codeJSON(co))); } catch { /* cache is best effort */ }
    }
    return co;
  }
}
