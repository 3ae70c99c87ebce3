/**
 * Installs the text-formatting entry points on the builtin types (run from bootstrap after the
 * type dicts and attrs.ts methods exist, so these definitions win): `__format__` of int/bool/
 * float/complex/str, `str.format_map`, `bytes % x` / `bytearray % x`, the UnicodeError
 * attributes and messages, `str(b, encoding, errors)`; `floatRoundDigits` is
 * float.__round__ with ndigits.
 */
import type { PyObject } from '../objects/object';
import { PyStr, strType } from '../objects/str';
import { newFloat } from '../objects/float';
import { decref } from './refcount';
import { PyBytes, bytesType, bytearrayType } from '../objects/bytes';
import { defMethods } from '../objects/builtin_function';
import { NotImplemented } from '../objects/singletons';
import { initFormatMethods } from './format';
import { initUnicodeErrors } from '../objects/unicode_errors';
import { strNewDecoding } from './codecs';
import { vmHooks } from './hooks';
import { strFormatMap } from './strformat';
import { bytesPercentFormat } from './printf';
import { roundDouble } from '../util/dtoa';
import { nargs, noKw } from './args';
import { raise, PyExc } from './errors';
import * as A from './abstract';

/** float.__round__(ndigits) for a float and a non-None ndigits (floatobject.c float___round___impl). */
export function floatRoundDigits(x: number, nd: PyObject): PyObject {
  // Py_ssize_t clipping: huge ndigits act like ±infinity.
  let n: number;
  const i = A.index(nd);
  const v = i.v;
  decref(i);
  if (typeof v === 'bigint') n = v > 0n ? 1e9 : -1e9;
  else n = v;
  if (!Number.isFinite(x)) return newFloat(x);
  const r = roundDouble(x, n);
  if (!Number.isFinite(r)) raise(PyExc.OverflowError, 'rounded value too large to represent');
  return newFloat(r);
}

export function initFormatting(): void {
  initFormatMethods();
  initUnicodeErrors();
  const sn = strNewDecoding(strType.slots.new!);
  strType.slots.new = sn;
  strType.ownSlots.new = sn;
  vmHooks.strNew = sn;
  defMethods(strType, {
    format_map: (self, args, kw) => {
      noKw('format_map', kw);
      nargs('format_map', args, 1, 1, true);
      return strFormatMap(self as PyStr, args[0]!);
    },
  });
  const mod = (a: PyObject, b: PyObject): PyObject => {
    if (!(a instanceof PyBytes)) { NotImplemented.ob_refcnt++; return NotImplemented; }
    return bytesPercentFormat(a, b);
  };
  for (const t of [bytesType, bytearrayType]) {
    const nb = (t.slots.nb ?? []).slice();
    nb[6] = mod;
    t.slots.nb = nb;
  }
}
