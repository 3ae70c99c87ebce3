/**
 * TextIOWrapper.write's common case as a native method descriptor on the Python class
 * (textio_py.ts): an exact str, the text layer `_simple` (utf-8/latin-1/ascii with 'strict', no
 * newline translation, no line buffering or write-through), not reading (`_decoder` None), over
 * an open FileIO. It does what the Python fast path does — encode, append to `_pending`, hand
 * the pending bytes to the buffer at CPython's 8192-byte points through `_writeflush` — without
 * running ~40 bytecodes per call. Anything else goes to the Python method, kept as `_write`.
 */
import type { PyObject } from '../objects/object';
import type { PyType } from '../objects/type';
import { invalidateCache } from '../objects/type';
import { PyDict } from '../objects/dict';
import { PyStr, strType } from '../objects/str';
import { PyList, listAppendSteal } from '../objects/list';
import { newBytes } from '../objects/bytes';
import { isInt, intValue, newInt, True } from '../objects/int';
import { None } from '../objects/singletons';
import { defMethods } from '../objects/builtin_function';
import { decref } from '../runtime/refcount';
import { utf8Encode, charsetEncode } from '../runtime/codecs';
import * as A from '../runtime/abstract';

const CHUNK = 8192;

function flushPending(o: PyObject): void {
  decref(A.callMethod(o, '_writeflush', []));
}

/** The encoded bytes of `t` when `o` is in the state the native path handles, else null. */
function fastEncode(d: PyDict, t: PyStr): Uint8Array | null {
  if (d.getStr('_simple') !== True || d.getStr('_decoder') !== None) return null;
  const rf = d.getStr('_rawfile');
  const rd = rf && rf !== None ? (rf.dict as PyDict | null) : null;
  const fd = rd ? rd.getStr('_fd') : null;
  if (!fd || !isInt(fd) || intValue(fd) < 0) return null;
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
  if (!tw || !pyWrite) return;
  tw.tdict.setStr('_write', pyWrite);
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
  });
  invalidateCache(tw);
}
