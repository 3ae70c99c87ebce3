/**
 * UnicodeError and its Encode/Decode/Translate subclasses (Objects/exceptions.c
 * PyUnicodeErrorObject): the `encoding`, `object`, `start`, `end`, `reason` members, the
 * argument checks of their `__init__`, and the `__str__` messages CPython prints
 * ("'ascii' codec can't encode character '\xe9' in position 3: ordinal not in range(128)").
 *
 * Invariant: an instance owns its encoding/object/reason references (null until initialised);
 * traverse and clear cover them besides the BaseException fields.
 */
import { PyObject } from './object';
import { PyType } from './type';
import { PyStr, newStr } from './str';
import { PyInt, newInt } from './int';
import { PyBytes, bytesType } from './bytes';
import { None } from './singletons';
import { tupleFrom } from './tuple';
import { PyBaseException, baseExceptionType } from './exceptions';
import { defGetSet } from './descriptors';
import { PyExc, raise } from '../runtime/errors';
import { decref, xdecref } from '../runtime/refcount';
import { gcTrack } from '../runtime/gc';
import { RefKindCode } from './type';
import * as A from '../runtime/abstract';

export class PyUnicodeErrorObj extends PyBaseException {
  uEncoding: PyObject | null = null;
  uObject: PyObject | null = null;
  uReason: PyObject | null = null;
  uStart = 0;
  uEnd = 0;
}

function U(o: PyObject): PyUnicodeErrorObj {
  return o as PyUnicodeErrorObj;
}

function uNew(t: PyType, args: PyObject[], kw: readonly string[] | null): PyObject {
  const npos = args.length - (kw ? kw.length : 0);
  const e = new PyUnicodeErrorObj(t, tupleFrom(args.slice(0, npos)));
  if (t.isHeap()) t.ob_refcnt++;
  gcTrack(e);
  return e;
}

function clearExtra(e: PyUnicodeErrorObj): void {
  const a = e.uEncoding, b = e.uObject, c = e.uReason;
  e.uEncoding = e.uObject = e.uReason = null;
  xdecref(a); xdecref(b); xdecref(c);
}

function typeErr(_fname: string, i: number, want: string, got: PyObject): never {
  raise(PyExc.TypeError, `argument ${i} must be ${want}, not ${got === None ? 'None' : got.type.name}`);
}

/** PyArg_ParseTuple "UUnnU" / "UOnnU" / "UnnU" with CPython's messages. */
function parseArgs(e: PyUnicodeErrorObj, args: PyObject[], kind: 'encode' | 'decode' | 'translate'): void {
  const fname = kind === 'encode' ? 'UnicodeEncodeError' : kind === 'decode' ? 'UnicodeDecodeError' : 'UnicodeTranslateError';
  const want = kind === 'translate' ? 4 : 5;
  if (args.length !== want) raise(PyExc.TypeError, `function takes exactly ${want} arguments (${args.length} given)`);
  let k = 0;
  let enc: PyObject | null = null;
  if (kind !== 'translate') {
    enc = args[k++]!;
    if (!(enc instanceof PyStr)) typeErr(fname, 1, 'str', enc);
  }
  let obj = args[k++]!;
  if (kind !== 'decode' && !(obj instanceof PyStr)) typeErr(fname, k, 'str', obj);
  const idx = (o: PyObject): number => {
    if (!(o instanceof PyInt) && !o.type.slots.index) raise(PyExc.TypeError, `'${o.type.name}' object cannot be interpreted as an integer`);
    return A.asSize(o);
  };
  const start = idx(args[k++]!);
  const end = idx(args[k++]!);
  const reason = args[k++]!;
  if (!(reason instanceof PyStr)) typeErr(fname, k, 'str', reason);
  if (kind === 'decode') {
    if (obj instanceof PyBytes && obj.type === bytesType) obj.ob_refcnt++;
    else if (obj instanceof PyBytes) obj = new PyBytes(bytesType, obj.bytes.slice());
    else raise(PyExc.TypeError, `a bytes-like object is required, not '${obj.type.name}'`);
  } else obj.ob_refcnt++;
  if (enc) enc.ob_refcnt++;
  reason.ob_refcnt++;
  clearExtra(e);
  e.uEncoding = enc;
  e.uObject = obj;
  e.uReason = reason;
  e.uStart = start;
  e.uEnd = end;
}

function charEsc(c: number): string {
  if (c <= 0xff) return '\\x' + c.toString(16).padStart(2, '0');
  if (c <= 0xffff) return '\\u' + c.toString(16).padStart(4, '0');
  return '\\U' + c.toString(16).padStart(8, '0');
}

function strOf(kind: 'encode' | 'decode' | 'translate') {
  return (o: PyObject): PyObject => {
    const e = U(o);
    if (!e.uObject) return newStr('');
    const reason = A.strJS(e.uReason ?? None);
    const enc = kind === 'translate' ? '' : A.strJS(e.uEncoding ?? None);
    const s = e.uStart, end = e.uEnd;
    if (kind === 'decode') {
      const b = (e.uObject as PyBytes).bytes;
      if (s < b.length && end === s + 1) return newStr(`'${enc}' codec can't decode byte 0x${b[s]!.toString(16).padStart(2, '0')} in position ${s}: ${reason}`);
      return newStr(`'${enc}' codec can't decode bytes in position ${s}-${end - 1}: ${reason}`);
    }
    const obj = e.uObject as PyStr;
    const what = kind === 'encode' ? `'${enc}' codec can't encode` : "can't translate";
    if (s >= 0 && s < obj.n && end === s + 1) {
      return newStr(`${what} character '${charEsc(obj.charAt(s).codePointAt(0)!)}' in position ${s}: ${reason}`);
    }
    return newStr(`${what} characters in position ${s}-${end - 1}: ${reason}`);
  };
}

/** New UnicodeEncodeError/UnicodeDecodeError as a codec raises it (object: str or bytes). */
export function makeUnicodeError(t: PyType, encoding: string, object: PyObject, start: number, end: number, reason: string): PyUnicodeErrorObj {
  const enc = newStr(encoding), st = newInt(start), en = newInt(end), rs = newStr(reason);
  const args = t === PyExc.UnicodeTranslateError ? [object, st, en, rs] : [enc, object, st, en, rs];
  const e = uNew(t, args, null) as PyUnicodeErrorObj;
  parseArgs(e, args, t === PyExc.UnicodeEncodeError ? 'encode' : t === PyExc.UnicodeDecodeError ? 'decode' : 'translate');
  decref(enc); decref(st); decref(en); decref(rs);
  return e;
}

export function initUnicodeErrors(): void {
  const base = baseExceptionType.slots;
  const traverse = (o: PyObject, visit: Parameters<NonNullable<typeof base.traverse>>[1]) => {
    base.traverse!(o, visit);
    const e = U(o);
    if (e.uEncoding) visit(e.uEncoding, RefKindCode.Attr, 'encoding');
    if (e.uObject) visit(e.uObject, RefKindCode.Attr, 'object');
    if (e.uReason) visit(e.uReason, RefKindCode.Attr, 'reason');
  };
  const clear = (o: PyObject) => { clearExtra(U(o)); base.clear!(o); };
  const dealloc = (o: PyObject) => { clearExtra(U(o)); base.dealloc!(o); };
  const kinds: [PyType, 'encode' | 'decode' | 'translate'][] = [
    [PyExc.UnicodeEncodeError!, 'encode'],
    [PyExc.UnicodeDecodeError!, 'decode'], [PyExc.UnicodeTranslateError!, 'translate'],
  ];
  for (const [t, kind] of kinds) {
    const own: Record<string, unknown> = { new: uNew, traverse, clear, dealloc };
    own.init = (self: PyObject, args: PyObject[], kw: readonly string[] | null) => {
      if (kw && kw.length) raise(PyExc.TypeError, `${self.type.name}() takes no keyword arguments`);
      base.init!(self, args, kw);
      parseArgs(U(self), args, kind);
    };
    own.str = strOf(kind);
    Object.assign(t.ownSlots, own);
    Object.assign(t.slots, own);
    defMembers(t);
  }
}

/** The UnicodeError_members of one of the three concrete types. */
function defMembers(t: PyType): void {
  const objGet = (field: 'uEncoding' | 'uObject' | 'uReason') => (o: PyObject) => { const v = (o instanceof PyUnicodeErrorObj ? o[field] : null) ?? None; v.ob_refcnt++; return v; };
  const objSet = (field: 'uEncoding' | 'uObject' | 'uReason') => (o: PyObject, v: PyObject | null) => {
    const e = U(o);
    if (v) v.ob_refcnt++;
    const old = e[field];
    e[field] = v;
    xdecref(old);
  };
  const intSet = (field: 'uStart' | 'uEnd') => (o: PyObject, v: PyObject | null) => {
    if (!v) raise(PyExc.TypeError, "can't delete numeric/char attribute");
    if (!(v instanceof PyInt)) raise(PyExc.TypeError, `'${v.type.name}' object cannot be interpreted as an integer`);
    U(o)[field] = A.asSize(v);
  };
  defGetSet(t, 'encoding', objGet('uEncoding'), objSet('uEncoding'));
  defGetSet(t, 'object', objGet('uObject'), objSet('uObject'));
  defGetSet(t, 'reason', objGet('uReason'), objSet('uReason'));
  defGetSet(t, 'start', (o) => newInt(o instanceof PyUnicodeErrorObj ? o.uStart : 0), intSet('uStart'));
  defGetSet(t, 'end', (o) => newInt(o instanceof PyUnicodeErrorObj ? o.uEnd : 0), intSet('uEnd'));
}
