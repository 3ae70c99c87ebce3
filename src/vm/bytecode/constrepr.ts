/**
 * Python `repr()` of compile-time constants (ConstValue), as CPython 3.12 prints them — what
 * `dis` shows in parentheses after LOAD_CONST / RETURN_CONST / KW_NAMES.
 *
 * str uses pyStrRepr (src/vm/util/strrepr.ts, CPython's Unicode 15 tables); floats and complex
 * use floatrepr.ts. frozenset items are printed in stored order, which is CPython's iteration
 * order when the constant came from CPython (the runtime's set order for our own constants).
 * Code objects print `<code object NAME at 0x…, file "FILE", line N>` with a stable fake
 * address derived from the object's identity (tests normalize addresses).
 */
import type { ConstValue } from '../ast/constants';
import type { CodeObject } from './code';
import { complexRepr, floatRepr } from '../util/floatrepr';
import { pyStrRepr } from '../util/strrepr';

const addrs = new WeakMap<CodeObject, string>();
let nextAddr = 0;

/** Stable fake `%p` address of a code object, unique per object in this process. */
export function codeAddress(co: CodeObject): string {
  let a = addrs.get(co);
  if (a === undefined) {
    a = '0x' + (0x7f3a5c000000 + 0x1b0 * nextAddr++).toString(16);
    addrs.set(co, a);
  }
  return a;
}

export function codeRepr(co: CodeObject): string {
  return `<code object ${co.co_name} at ${codeAddress(co)}, file "${co.co_filename}", line ${co.co_firstlineno}>`;
}

/** `repr(bytes)` (Objects/bytesobject.c PyBytes_Repr with smartquotes). */
export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false, hasDouble = false;
  for (const c of b) {
    if (c === 0x27) hasSingle = true;
    else if (c === 0x22) hasDouble = true;
  }
  const q = hasSingle && !hasDouble ? '"' : "'";
  let s = 'b' + q;
  for (const c of b) {
    if (c === q.charCodeAt(0) || c === 0x5c) s += '\\' + String.fromCharCode(c);
    else if (c === 0x09) s += '\\t';
    else if (c === 0x0a) s += '\\n';
    else if (c === 0x0d) s += '\\r';
    else if (c < 0x20 || c >= 0x7f) s += '\\x' + (c < 16 ? '0' : '') + c.toString(16);
    else s += String.fromCharCode(c);
  }
  return s + q;
}

export function constRepr(c: ConstValue): string {
  switch (c.k) {
    case 'none': return 'None';
    case 'ellipsis': return 'Ellipsis';
    case 'bool': return c.v ? 'True' : 'False';
    case 'int': return c.v.toString();
    case 'float': return floatRepr(c.v);
    case 'complex': return complexRepr(c.re, c.im);
    case 'str': return pyStrRepr(c.v);
    case 'bytes': return bytesRepr(c.v);
    case 'tuple':
      if (c.v.length === 1) return '(' + constRepr(c.v[0]!) + ',)';
      return '(' + c.v.map(constRepr).join(', ') + ')';
    case 'frozenset':
      return c.v.length === 0 ? 'frozenset()' : 'frozenset({' + c.v.map(constRepr).join(', ') + '})';
    case 'code': return codeRepr(c.v);
  }
}
