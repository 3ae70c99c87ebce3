/**
 * Methods of builtin types that the stdlib needs at import time and the first runtime slice lacks
 * (str.maketrans/translate/isprintable/istitle/format_map), installed once per process when the
 * first importer starts (modules/genericalias.ts calls `installBuiltinExtras`).
 */
import type { PyObject } from '../objects/object';
import { PyStr, newStr, strType, isPrintable } from '../objects/str';
import { PyInt, newInt, boolObj } from '../objects/int';
import { PyDict, newDict } from '../objects/dict';
import { None, NotImplemented } from '../objects/singletons';
import { defMethods, defMethod, newBuiltin } from '../objects/builtin_function';
import { objectType, invalidateCache } from '../objects/type';
import { codeType, PyCode } from '../objects/code';
import { staticmethodType } from '../objects/descriptors';
import { makeImmortal } from '../objects/object';
import { raise, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import * as A from '../runtime/abstract';
import { nargs } from '../runtime/args';

let done = false;

export function installBuiltinExtras(): void {
  if (done) return;
  done = true;
  const S = (o: PyObject) => (o as PyStr).s;
  const have = (n: string) => strType.tdict.getStr(n) !== null;
  if (!have('maketrans')) {
    const maketrans = newBuiltin('maketrans', (_t, args) => {
      nargs('maketrans', args, 1, 3);
      const d = newDict();
      try {
        if (args.length === 1) {
          const m = args[0]!;
          if (!(m instanceof PyDict)) raise(PyExc.TypeError, 'if you give only one argument to maketrans it must be a dict');
          for (let i = 0; i < m.ks.length; i++) {
            const k = m.ks[i];
            if (!k) continue;
            if (k instanceof PyStr) {
              if ([...k.s].length !== 1) raise(PyExc.ValueError, 'string keys in translate table must be of length 1');
              const ko = newInt(k.s.codePointAt(0)!);
              d.set(ko, m.vs[i]!);
              decref(ko);
            } else if (k instanceof PyInt) d.set(k, m.vs[i]!);
            else raise(PyExc.TypeError, 'keys in translate table must be strings or integers');
          }
        } else {
          const x = args[0]!, y = args[1]!;
          if (!(x instanceof PyStr)) raise(PyExc.TypeError, `maketrans() argument 1 must be str, not ${x.type.name}`);
          if (!(y instanceof PyStr)) raise(PyExc.TypeError, `maketrans() argument 2 must be str, not ${y.type.name}`);
          const xs = [...x.s], ys = [...y.s];
          if (xs.length !== ys.length) raise(PyExc.ValueError, 'the first two maketrans arguments must have equal length');
          xs.forEach((c, i) => { const k = newInt(c.codePointAt(0)!), v = newInt(ys[i]!.codePointAt(0)!); d.set(k, v); decref(k); decref(v); });
          if (args[2]) {
            const z = args[2];
            if (!(z instanceof PyStr)) raise(PyExc.TypeError, `maketrans() argument 3 must be str, not ${z.type.name}`);
            for (const c of z.s) { const k = newInt(c.codePointAt(0)!); d.set(k, None); decref(k); }
          }
        }
      } catch (e) { decref(d); throw e; }
      return d;
    }, null, 'str');
    // A staticmethod around a builtin (defMethod's 'static' kind binds like a method).
    const sm = A.call(staticmethodType, [maketrans]);
    decref(maketrans);
    makeImmortal(sm);
    strType.tdict.setStr('maketrans', sm);
  }
  const extras: Parameters<typeof defMethods>[1] = {};
  if (!have('translate')) {
    extras.translate = (self, args) => {
      nargs('translate', args, 1, 1, true);
      const table = args[0]!;
      let out = '';
      for (const c of S(self)) {
        const k = newInt(c.codePointAt(0)!);
        let v: PyObject | null = null;
        try { v = A.getItem(table, k); } catch (e) {
          if (!A.isExcOf(e, PyExc.LookupError!)) { decref(k); throw e; }
          decref(e as PyObject);
        }
        decref(k);
        if (v === null) { out += c; continue; }
        try {
          if (v === None) continue;
          if (v instanceof PyInt) {
            const n = Number(v.v);
            if (n < 0 || n > 0x10ffff) raise(PyExc.ValueError, 'character mapping must be in range(0x110000)');
            out += String.fromCodePoint(n);
          } else if (v instanceof PyStr) out += v.s;
          else raise(PyExc.TypeError, 'character mapping must return integer, None or str');
        } finally { decref(v); }
      }
      return newStr(out);
    };
  }
  if (!have('isprintable')) extras.isprintable = (self) => boolObj([...S(self)].every((c) => isPrintable(c.codePointAt(0)!)));
  if (!have('istitle')) {
    extras.istitle = (self) => {
      let cased = false, prevCased = false;
      for (const c of S(self)) {
        const up = c !== c.toLowerCase(), low = c !== c.toUpperCase();
        if (up) { if (prevCased) return boolObj(false); prevCased = true; cased = true; }
        else if (low) { if (!prevCased) return boolObj(false); prevCased = true; cased = true; }
        else prevCased = false;
      }
      return boolObj(cased);
    };
  }
  if (!have('format_map')) {
    extras.format_map = (self, args) => {
      nargs('format_map', args, 1, 1, true);
      const fmt = A.getAttr(self, 'format');
      try {
        const m = args[0]!;
        if (!(m instanceof PyDict)) raise(PyExc.TypeError, 'format_map() of a non-dict mapping is not supported by this VM yet');
        const keys = m.ks.filter((k): k is PyStr => k instanceof PyStr);
        return A.call(fmt, keys.map((k) => m.getStr(k.s)!), keys.map((k) => k.s));
      } finally { decref(fmt); }
    };
  }
  defMethods(strType, extras);
  invalidateCache(strType);
  // code._varname_from_oparg (dis): the name of localsplus slot `oparg`.
  if (!codeType.tdict.getStr('_varname_from_oparg')) {
    defMethods(codeType, {
      _varname_from_oparg: (self, args) => {
        nargs('_varname_from_oparg', args, 1, 1);
        const names = (self as PyCode).co.co_localsplusnames;
        const i = A.asSize(args[0]!);
        if (i < 0 || i >= names.length) raise(PyExc.IndexError, 'tuple index out of range');
        return newStr(names[i]!);
      },
    });
    invalidateCache(codeType);
  }
  // object.__subclasshook__ (classmethod returning NotImplemented), which abc's __subclasscheck__ calls.
  if (!objectType.tdict.getStr('__subclasshook__')) {
    defMethod(objectType, '__subclasshook__', () => { NotImplemented.ob_refcnt++; return NotImplemented; }, 'class');
    invalidateCache(objectType);
  }
}
