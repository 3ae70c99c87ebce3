/**
 * str.translate (Objects/unicodeobject.c _PyUnicode_TranslateCharmap with errors="ignore").
 *
 * Contract (observable through a mapping whose __getitem__ counts its calls):
 * - an ASCII input first takes the fast path: each distinct character is looked up once per call
 *   and cached while every result is None, "not found" (LookupError), or one ASCII character
 *   (an int < 128 or a one-char ASCII str); the first other result leaves the fast path at that
 *   character, which the general loop then looks up again;
 * - the general loop looks up every character; after a deleted one (None) it scans on while the
 *   results are None, and the first character that is not deleted is looked up once more when the
 *   loop reaches it;
 * - an exact dict mapping is read directly (a miss raises no KeyError: nothing of it is visible).
 */
import type { PyObject } from './object';
import { PyStr, newStr, strType } from './str';
import { PyInt, newInt } from './int';
import { PyDict, dictType, dictGet } from './dict';
import { None } from './singletons';
import { raise, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import * as A from '../runtime/abstract';

const NOT_FOUND = null;

/** New reference to mapping[c] (validated: None, an int in range(0x110000), or a str), or null
 * when the mapping raises LookupError. */
function lookup(mapping: PyObject, c: number): PyObject | null {
  const k = newInt(c);
  let x: PyObject | null;
  if (mapping.type === dictType) {
    try { x = dictGet(mapping as PyDict, k); } finally { decref(k); }
    if (x === null) return NOT_FOUND;
    x.ob_refcnt++;
  } else {
    try {
      x = A.getItem(mapping, k);
    } catch (e) {
      if (!A.isExcOf(e, PyExc.LookupError!)) throw e;
      decref(e as PyObject);
      return NOT_FOUND;
    } finally { decref(k); }
  }
  if (x === None || x instanceof PyStr) return x;
  if (x instanceof PyInt) {
    // (A value past C long reads as -1 there, so it also fails this range check.)
    const v = x.v;
    if (v < 0 || v > 0x10ffff) {
      decref(x);
      raise(PyExc.ValueError, 'character mapping must be in range(0x110000)');
    }
    return x;
  }
  decref(x);
  raise(PyExc.TypeError, 'character mapping must return integer, None or str');
}

const CHUNK = 8192;

function asciiString(b: Uint8Array, n: number): string {
  let s = '';
  for (let i = 0; i < n; i += CHUNK) s += String.fromCharCode.apply(null, b.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]);
  return s;
}

/** self.translate(mapping): new reference. */
export function strTranslate(self: PyStr, mapping: PyObject): PyObject {
  const s = self.s;
  const len = s.length;
  if (len === 0) {
    if (self.type === strType) { self.ob_refcnt++; return self; }
    return newStr('');
  }
  let i = 0;
  let out = '';
  if (self.kind === 0) {
    // 0xff: not looked up yet; 0xfe: deleted; else the ASCII replacement.
    const cache = new Uint8Array(128).fill(0xff);
    const buf = new Uint8Array(len);
    let o = 0;
    let done = true;
    for (; i < len; i++) {
      const ch = s.charCodeAt(i);
      let r = cache[ch]!;
      if (r === 0xff) {
        const x = lookup(mapping, ch);
        if (x === NOT_FOUND) r = ch;
        else if (x === None) r = 0xfe;
        else if (x instanceof PyInt) r = (x.v as number) <= 127 ? (x.v as number) : 0xff;
        else {
          const t = (x as PyStr).s;
          r = t.length === 1 && t.charCodeAt(0) <= 127 ? t.charCodeAt(0) : 0xff;
        }
        if (x !== NOT_FOUND) decref(x);
        if (r === 0xff) { done = false; break; }
        cache[ch] = r;
      }
      if (r !== 0xfe) buf[o++] = r;
    }
    if (done) {
      if (o <= 1) return newStr(o === 0 ? '' : String.fromCharCode(buf[0]!));
      return new PyStr(strType, asciiString(buf, o), o, 0);
    }
    out = asciiString(buf, o);
  }
  while (i < len) {
    let ch = s.codePointAt(i)!;
    let w = ch > 0xffff ? 2 : 1;
    const x = lookup(mapping, ch);
    if (x === NOT_FOUND) { out += ch > 0xffff ? String.fromCodePoint(ch) : s[i]!; i += w; continue; }
    if (x !== None) {
      out += x instanceof PyInt ? String.fromCodePoint(x.v as number) : (x as PyStr).s;
      decref(x);
      i += w;
      continue;
    }
    decref(x);
    // A deleted character: skip the run of deleted ones after it.
    i += w;
    while (i < len) {
      ch = s.codePointAt(i)!;
      w = ch > 0xffff ? 2 : 1;
      const y = lookup(mapping, ch);
      if (y !== NOT_FOUND) decref(y);
      if (y !== None) break;
      i += w;
    }
  }
  return newStr(out);
}
