/**
 * `_bytescope_codecs`: the byte-level codec functions of `_codecs` (Modules/_codecsmodule.c)
 * implemented natively over runtime/codecs.ts — utf_8, utf_16(_le/_be/_ex), utf_32(_le/_be/_ex),
 * ascii and latin_1 encode/decode. `_codecs` (py/codecs_py.ts) re-exports them.
 * Encoders return (bytes, len(str)); decoders (str, bytes consumed); the *_ex decoders add the
 * byte order they settled on.
 */
import type { VM } from '../runtime/vm';
import type { PyObject } from '../objects/object';
import { PyModule, newModule } from '../objects/module';
import { PyDict } from '../objects/dict';
import { PyStr, newStr } from '../objects/str';
import { PyBytes, PyMemoryView, bytesType } from '../objects/bytes';
import { newInt } from '../objects/int';
import { None } from '../objects/singletons';
import { tupleSteal } from '../objects/tuple';
import { newBuiltin, type NativeFn } from '../objects/builtin_function';
import { raise, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import { nargs } from '../runtime/args';
import * as C from '../runtime/codecs';
import * as A from '../runtime/abstract';

function strArg(fname: string, o: PyObject | undefined): PyStr {
  if (!(o instanceof PyStr)) raise(PyExc.TypeError, `${fname}() argument 1 must be str, not ${o === None ? 'None' : o!.type.name}`);
  return o;
}

function dataArg(o: PyObject): Uint8Array {
  if (o instanceof PyBytes) return o.bytes;
  if (o instanceof PyMemoryView && o.obj instanceof PyBytes) return o.obj.bytes;
  raise(PyExc.TypeError, `a bytes-like object is required, not '${o.type.name}'`);
}

function errArg(fname: string, o: PyObject | undefined, argno: number): string {
  if (o === undefined || o === None) return 'strict';
  if (!(o instanceof PyStr)) raise(PyExc.TypeError, `${fname}() argument ${argno} must be str or None, not ${o.type.name}`);
  return o.s;
}

function intArg(o: PyObject | undefined, dflt: number): number {
  return o === undefined ? dflt : A.asSize(o);
}

function boolArg(o: PyObject | undefined): boolean {
  return o === undefined ? false : A.isTrue(o);
}

export function makeBytescopeCodecsModule(_vm: VM): PyModule {
  const m = newModule('_bytescope_codecs', newStr('native codec engines for _codecs'));
  const d = m.dict as PyDict;
  const enc = (b: Uint8Array, n: number) => tupleSteal([new PyBytes(bytesType, b), newInt(n)]);
  const dec = (s: string, n: number) => tupleSteal([newStr(s), newInt(n)]);
  const objOf = (o: PyObject, data: Uint8Array) => (): PyObject => {
    if (o instanceof PyBytes && o.type === bytesType) { o.ob_refcnt++; return o; }
    return new PyBytes(bytesType, data.slice());
  };
  const F: Record<string, NativeFn> = {
    utf_8_encode: (_s, args) => {
      nargs('utf_8_encode', args, 1, 2);
      const s = strArg('utf_8_encode', args[0]);
      return enc(C.utf8Encode(s, errArg('utf_8_encode', args[1], 2)), s.n);
    },
    utf_8_decode: (_s, args) => {
      nargs('utf_8_decode', args, 1, 3);
      const data = dataArg(args[0]!);
      const [t, n] = C.utf8Decode(data, errArg('utf_8_decode', args[1], 2), boolArg(args[2]), objOf(args[0]!, data));
      return dec(t, n);
    },
    ascii_encode: (_s, args) => {
      nargs('ascii_encode', args, 1, 2);
      const s = strArg('ascii_encode', args[0]);
      return enc(C.charsetEncode(s, 128, errArg('ascii_encode', args[1], 2)), s.n);
    },
    latin_1_encode: (_s, args) => {
      nargs('latin_1_encode', args, 1, 2);
      const s = strArg('latin_1_encode', args[0]);
      return enc(C.charsetEncode(s, 256, errArg('latin_1_encode', args[1], 2)), s.n);
    },
    ascii_decode: (_s, args) => {
      nargs('ascii_decode', args, 1, 3);
      const data = dataArg(args[0]!);
      return dec(C.asciiDecode(data, errArg('ascii_decode', args[1], 2), objOf(args[0]!, data)), data.length);
    },
    latin_1_decode: (_s, args) => {
      nargs('latin_1_decode', args, 1, 3);
      const data = dataArg(args[0]!);
      return dec(C.latin1Decode(data), data.length);
    },
  };
  for (const bits of [16, 32] as const) {
    const encFn = bits === 16 ? C.utf16Encode : C.utf32Encode;
    const decFn = bits === 16 ? C.utf16Decode : C.utf32Decode;
    for (const [suffix, bo] of [['', 0], ['_le', -1], ['_be', 1]] as const) {
      const en = `utf_${bits}${suffix}_encode`;
      F[en] = (_s, args) => {
        nargs(en, args, 1, suffix ? 2 : 3);
        const s = strArg(en, args[0]);
        return enc(encFn(s, errArg(en, args[1], 2), suffix ? bo : intArg(args[2], 0)), s.n);
      };
      const dn = `utf_${bits}${suffix}_decode`;
      F[dn] = (_s, args) => {
        nargs(dn, args, 1, 3);
        const data = dataArg(args[0]!);
        const [t, n] = decFn(data, errArg(dn, args[1], 2), bo, boolArg(args[2]), objOf(args[0]!, data));
        return dec(t, n);
      };
    }
    const xn = `utf_${bits}_ex_decode`;
    F[xn] = (_s, args) => {
      nargs(xn, args, 1, 4);
      const data = dataArg(args[0]!);
      const [t, n, bo] = decFn(data, errArg(xn, args[1], 2), intArg(args[2], 0), boolArg(args[3]), objOf(args[0]!, data));
      return tupleSteal([newStr(t), newInt(n), newInt(bo)]);
    };
  }
  for (const name in F) { const fn = newBuiltin(name, F[name]!, m); d.setStr(name, fn); decref(fn); }
  return m;
}
