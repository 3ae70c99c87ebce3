/**
 * TextIOWrapper's per-call hot paths as native method descriptors on the Python class
 * (textio_py.ts), each doing exactly what the Python method's own fast path does, without its
 * ~40 bytecodes per call; anything else goes to the Python method, kept under another name.
 * - write (Python: `_write`): an exact str, the text layer `_simple` (utf-8/latin-1/ascii with
 *   'strict', no newline translation, no line buffering or write-through), not reading
 *   (`_decoder` None), over an open FileIO: encode, append to `_pending`, hand the pending bytes
 *   to the buffer at CPython's 8192-byte points through `_writeflush`.
 * - __next__ (Python: `_next`) and readline() without a size (Python: `_readline`): translated
 *   newlines (newline=None), a decoder made, no pending writes, an open FileIO, and a whole line
 *   already decoded in `_dec` (BMP text, so that `_decpos`, a code point index, is the JS string
 *   index). __next__ also turns tell() off, as CPython's does.
 */
import type { PyObject } from '../objects/object';
import type { PyType } from '../objects/type';
import { invalidateCache } from '../objects/type';
import { PyDict } from '../objects/dict';
import { PyStr, strType, newStr } from '../objects/str';
import { PyList, listAppendSteal } from '../objects/list';
import { newBytes } from '../objects/bytes';
import { isInt, intValue, newInt, True, False } from '../objects/int';
import { None } from '../objects/singletons';
import { defMethods } from '../objects/builtin_function';
import { decref } from '../runtime/refcount';
import { utf8Encode, charsetEncode } from '../runtime/codecs';
import * as A from '../runtime/abstract';

const CHUNK = 8192;

function flushPending(o: PyObject): void {
  decref(A.callMethod(o, '_writeflush', []));
}

/** True when the FileIO under the text layer (`_rawfile`) is open. */
function rawOpen(d: PyDict): boolean {
  const rf = d.getStr('_rawfile');
  const rd = rf && rf !== None ? (rf.dict as PyDict | null) : null;
  const fd = rd ? rd.getStr('_fd') : null;
  return !!fd && isInt(fd) && intValue(fd) >= 0;
}

/** The encoded bytes of `t` when `o` is in the state the native path handles, else null. */
/** The next decoded line when the native line path applies (see the header), else null. */
function fastLine(d: PyDict, forNext: boolean): PyObject | null {
  if (d.getStr('_readtranslate') !== True) return null;
  const dec = d.getStr('_dec');
  const posObj = d.getStr('_decpos');
  const decoder = d.getStr('_decoder');
  const pn = d.getStr('_pending_n');
  if (!(dec instanceof PyStr) || !posObj || !isInt(posObj) || !decoder || decoder === None || !pn || !isInt(pn)
      || intValue(pn) !== 0 || dec.kind > 2 || !rawOpen(d)) return null;
  const pos = Number(intValue(posObj));
  const i = dec.s.indexOf('\n', pos);
  if (i < 0) return null;
  if (forNext) d.setStr('_telling', False);
  const next = newInt(i + 1);
  d.setStr('_decpos', next);
  decref(next);
  return newStr(dec.s.slice(pos, i + 1));
}

function fastEncode(d: PyDict, t: PyStr): Uint8Array | null {
  if (d.getStr('_simple') !== True || d.getStr('_decoder') !== None || !rawOpen(d)) return null;
  const enc = d.getStr('_fast');
  const errors = d.getStr('_errors');
  if (!(enc instanceof PyStr) || !(errors instanceof PyStr) || errors.s !== 'strict') return null;
  if (enc.s === 'utf-8') return utf8Encode(t, 'strict');
  if (enc.s === 'latin-1') return charsetEncode(t, 256, 'strict');
  if (enc.s === 'ascii') return charsetEncode(t, 128, 'strict');
  return null;
}

export function installTextFastPaths(io: PyDict): void {
  const tw = io.getStr('TextIOWrapper') as PyType | null;
  const pyWrite = tw?.tdict.getStr('write');
  const pyNext = tw?.tdict.getStr('__next__');
  const pyReadline = tw?.tdict.getStr('readline');
  if (!tw || !pyWrite || !pyNext || !pyReadline) return;
  tw.tdict.setStr('_write', pyWrite);
  tw.tdict.setStr('_next', pyNext);
  tw.tdict.setStr('_readline', pyReadline);
  defMethods(tw, {
    write: (o, args, kw) => {
      const t = args[0];
      const d = o.dict as PyDict | null;
      if (kw === null && args.length === 1 && t instanceof PyStr && t.type === strType && d !== null) {
        const pnObj = d.getStr('_pending_n');
        const b = pnObj && isInt(pnObj) ? fastEncode(d, t) : null;
        if (b !== null && pnObj && isInt(pnObj)) {
          let pn = Number(intValue(pnObj));
          if (pn + b.length > CHUNK) {
            flushPending(o);
            pn = 0;
          }
          const pending = d.getStr('_pending');
          if (pending instanceof PyList) {
            listAppendSteal(pending, newBytes(b));
            pn += b.length;
            const n = newInt(pn);
            d.setStr('_pending_n', n);
            decref(n);
            if (pn >= CHUNK) flushPending(o);
            return newInt(t.n);
          }
        }
      }
      return A.callMethod(o, '_write', args, kw);
    },
    __next__: (o, args, kw) => {
      const d = o.dict as PyDict | null;
      const line = d !== null && args.length === 0 ? fastLine(d, true) : null;
      return line ?? A.callMethod(o, '_next', args, kw);
    },
    readline: (o, args, kw) => {
      const d = o.dict as PyDict | null;
      const a = args[0];
      const whole = kw === null && (args.length === 0 || (args.length === 1 && (a === None || (isInt(a!) && intValue(a!) === -1))));
      const line = d !== null && whole ? fastLine(d, false) : null;
      return line ?? A.callMethod(o, '_readline', args, kw);
    },
  });
  invalidateCache(tw);
}
