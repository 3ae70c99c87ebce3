/**
 * The `builtins` module: builtin functions as thin wrappers over runtime/abstract.ts, plus the
 * builtin types and exceptions. Each function receives vectorcall arguments (borrowed) and
 * returns a new reference. To add one: write `name: (self, args, kw) => ...` in FUNCS.
 */
import { numMinMax2, numAbs } from '../interp/eval_num';
import { makeQuitters, makePrinters } from './sitebuiltins';
import { type PyObject, memObserver } from '../objects/object';
import type { VM } from '../runtime/vm';
import { PyModule, newModule } from '../objects/module';
import { PyDict, newDict, dictItems } from '../objects/dict';
import { PyStr, newStr, strType, intern } from '../objects/str';
import { PyInt, newInt, intType, boolType, boolObj, True, False, intFrom, newIntBig, intDivmod, intPow } from '../objects/int';
import { PyFloat, newFloat, floatType, floatDivmod, toDouble } from '../objects/float';
import { PyTuple, tupleSteal, tupleType, tupleFrom } from '../objects/tuple';
import { PyList, listType, listSteal, newList } from '../objects/list';
import { setType, frozensetType } from '../objects/set';
import { dictType } from '../objects/dict';
import { rangeType, PyRangeIter } from '../objects/range';
import { sliceType } from '../objects/slice';
import { None, NotImplemented, Ellipsis } from '../objects/singletons';
import { PyType, typeType, objectType, lookup } from '../objects/type';
import { newBuiltin, setFast, type NativeFn } from '../objects/builtin_function';
import { installFastMethods } from './builtins_fast';
import { propertyType, classmethodType, staticmethodType } from '../objects/descriptors';
import { superType } from '../objects/super';
import { enumerateType, zipType, mapType, filterType, reversedType, newPartsIter, newIter, callableIterType, listRevIterType } from '../objects/iterators';
import { PyFunction } from '../objects/function';
import { PyCell, newCell } from '../objects/cell';
import { raise, PyExc, raiseWith } from '../runtime/errors';
import { decref, xdecref } from '../runtime/refcount';
import * as A from '../runtime/abstract';
import { builtinAiter, builtinAnext } from '../objects/asyncgen';
import { bindArgs as parseArgs, nargs, noKw } from '../runtime/args';
import { formatObject } from '../runtime/format';
import { floatRoundDigits } from '../runtime/format_init';
import { Frame } from '../interp/frame';
import { knownBuiltins } from '../interp/known_builtins';
import { dirNames } from './dir';
import { unionArgs } from './genericalias';
import { materializeDict } from '../objects/instance';
import { baseExceptionType } from '../objects/exceptions';
import { intFromString, floatFromString } from './numparse';
import { PyGen, generatorType, genDrain } from '../objects/generator';
import { complexType } from '../objects/complex';
import { builtinExec, builtinEval, builtinCompile } from '../runtime/importer/execeval';
import { bytesType, bytearrayType, memoryviewType } from '../objects/bytes';
import { hashExact } from '../objects/hash_exact';
import { printTarget, inputLine } from './sys';
import { pyId } from '../runtime/address';

function noneRef(): PyObject { None.ob_refcnt++; return None; }

function kwArg(args: PyObject[], kw: readonly string[] | null, name: string): PyObject | null {
  if (!kw) return null;
  const i = kw.indexOf(name);
  return i < 0 ? null : args[args.length - kw.length + i]!;
}
function npos(args: PyObject[], kw: readonly string[] | null): number {
  return args.length - (kw ? kw.length : 0);
}
function checkKw(fname: string, kw: readonly string[] | null, allowed: string[]): void {
  for (const k of kw ?? []) if (!allowed.includes(k)) raise(PyExc.TypeError, `${fname}() got an unexpected keyword argument '${k}'`);
}

function minmax(name: string, op: number): NativeFn {
  return (_s, args, kw) => {
    checkKw(name, kw, ['key', 'default']);
    const n = npos(args, kw);
    const key = kwArg(args, kw, 'key');
    const dflt = kwArg(args, kw, 'default');
    if (n === 0) raise(PyExc.TypeError, `${name} expected at least 1 argument, got 0`);
    let items: PyObject[];
    if (n === 1) items = A.toArray(args[0]!);
    else {
      if (dflt) raise(PyExc.TypeError, `Cannot specify a default for ${name}() with multiple positional arguments`);
      items = args.slice(0, n);
      for (const x of items) x.ob_refcnt++;
    }
    try {
      if (!items.length) {
        if (dflt) { dflt.ob_refcnt++; return dflt; }
        raise(PyExc.ValueError, `${name}() ${n === 1 ? 'iterable argument' : 'arg'} is empty`);
      }
      let best = items[0]!;
      let bestKey = key && key !== None ? A.call(key, [best]) : (best.ob_refcnt++, best);
      for (let i = 1; i < items.length; i++) {
        const k = key && key !== None ? A.call(key, [items[i]!]) : (items[i]!.ob_refcnt++, items[i]!);
        if (A.richCompareBool(k, bestKey, op)) { decref(bestKey); bestKey = k; best = items[i]!; } else decref(k);
      }
      decref(bestKey);
      best.ob_refcnt++;
      return best;
    } finally { for (const x of items) decref(x); }
  };
}

function isinstanceImpl(o: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyType) {
    // Only an exact type match skips a metaclass's __instancecheck__ (abc caches what it answers).
    if (o.type === cls) return true;
    const ic = cls.type !== typeType ? lookup(cls.type, '__instancecheck__') : null;
    if (ic === null && o.type.isSubtype(cls)) return true;
    if (ic) { const r = A.callDescr(ic, cls, [o]); const b = A.isTrue(r); decref(r); return b; }
    const c = A.getAttrOpt(o, '__class__');
    if (c) { const b = c !== o.type && c instanceof PyType && c.isSubtype(cls); decref(c); return b; }
    return false;
  }
  if (cls instanceof PyTuple) return cls.items.some((c) => isinstanceImpl(o, c));
  const ua = unionArgs(cls);
  if (ua) return isinstanceImpl(o, ua);
  const ic = lookup(cls.type, '__instancecheck__');
  if (ic) { const r = A.callDescr(ic, cls, [o]); const b = A.isTrue(r); decref(r); return b; }
  raise(PyExc.TypeError, 'isinstance() arg 2 must be a type, a tuple of types, or a union');
}

function issubclassImpl(c: PyObject, cls: PyObject): boolean {
  if (!(c instanceof PyType)) raise(PyExc.TypeError, 'issubclass() arg 1 must be a class');
  if (cls instanceof PyTuple) return cls.items.some((x) => issubclassImpl(c, x));
  if (cls instanceof PyType) {
    const sc = lookup(cls.type, '__subclasscheck__');
    if (sc && cls.type !== typeType) { const r = A.callDescr(sc, cls, [c]); const b = A.isTrue(r); decref(r); return b; }
    return c.isSubtype(cls);
  }
  const ua = unionArgs(cls);
  if (ua) return issubclassImpl(c, ua);
  const sc = lookup(cls.type, '__subclasscheck__');
  if (sc) { const r = A.callDescr(sc, cls, [c]); const b = A.isTrue(r); decref(r); return b; }
  raise(PyExc.TypeError, 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
}

export function roundImpl(x: PyObject, nd: PyObject | null): PyObject {
  if (x instanceof PyFloat) {
    if (nd === null || nd === None) {
      const v = x.v;
      if (!Number.isFinite(v)) raise(Number.isNaN(v) ? PyExc.ValueError : PyExc.OverflowError, Number.isNaN(v) ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
      let r = Math.round(v);
      if (Math.abs(v - Math.trunc(v)) === 0.5) r = 2 * Math.round(v / 2);
      return Math.abs(r) <= Number.MAX_SAFE_INTEGER ? newInt(r) : newIntBig(BigInt(r));
    }
    return floatRoundDigits(x.v, nd);
  }
  if (x instanceof PyInt) {
    if (nd === null || nd === None) return intFrom(x.v);
    const n = A.asSize(nd);
    if (n >= 0) return intFrom(x.v);
    const p = 10n ** BigInt(-n);
    const b = BigInt(x.v);
    let q = b / p, r = b % p;
    if (r < 0n) { r += p; q -= 1n; }
    const twice = 2n * r;
    if (twice > p || (twice === p && (q & 1n) === 1n)) q += 1n;
    return newIntBig(q * p);
  }
  const rd = lookup(x.type, '__round__');
  if (!rd) raise(PyExc.TypeError, `type ${x.type.name} doesn't define __round__ method`);
  return A.callDescr(rd, x, nd && nd !== None ? [nd] : []);
}

export function makeBuiltinsModule(vm: VM): PyModule {
  const m = newModule('builtins', newStr("Built-in functions, types, exceptions, and other objects."));
  const d = m.dict as PyDict;
  const F: Record<string, NativeFn> = {
    print: (_s, args, kw) => {
      checkKw('print', kw, ['sep', 'end', 'file', 'flush']);
      const n = npos(args, kw);
      const sepO = kwArg(args, kw, 'sep'), endO = kwArg(args, kw, 'end'), fileO = kwArg(args, kw, 'file'), flushO = kwArg(args, kw, 'flush');
      if (sepO && sepO !== None && !(sepO instanceof PyStr)) raise(PyExc.TypeError, `sep must be None or a string, not ${sepO.type.name}`);
      if (endO && endO !== None && !(endO instanceof PyStr)) raise(PyExc.TypeError, `end must be None or a string, not ${endO.type.name}`);
      const sep = sepO instanceof PyStr ? sepO.s : ' ';
      const end = endO instanceof PyStr ? endO.s : '\n';
      const target = fileO && fileO !== None ? fileO : printTarget(vm);
      if (target === None) return noneRef();
      if (target) {
        const fileO = target;
        const w = (s: string) => { const so = newStr(s); try { decref(A.callMethod(fileO, 'write', [so])); } finally { decref(so); } };
        for (let i = 0; i < n; i++) { if (i) w(sep); w(A.strJS(args[i]!)); }
        w(end);
        if (flushO && A.isTrue(flushO)) { const fl = A.getAttrOpt(fileO, 'flush'); if (fl) { decref(A.call(fl, [])); decref(fl); } }
        return noneRef();
      }
      const parts: string[] = [];
      for (let i = 0; i < n; i++) parts.push(A.strJS(args[i]!));
      vm.writeStdout(parts.join(sep) + end);
      return noneRef();
    },
    len: (_s, args, kw) => { noKw('len', kw); nargs('len', args, 1, 1, true); return newInt(A.len(args[0]!)); },
    repr: (_s, args, kw) => { noKw('repr', kw); nargs('repr', args, 1, 1, true); return A.repr(args[0]!); },
    ascii: (_s, args) => { nargs('ascii', args, 1, 1, true); return newStr(asciiOf(A.reprJS(args[0]!))); },
    isinstance: (_s, args, kw) => { noKw('isinstance', kw); if (args.length !== 2) raise(PyExc.TypeError, `isinstance expected 2 arguments, got ${args.length}`); return boolObj(isinstanceImpl(args[0]!, args[1]!)); },
    issubclass: (_s, args, kw) => { noKw('issubclass', kw); if (args.length !== 2) raise(PyExc.TypeError, `issubclass expected 2 arguments, got ${args.length}`); return boolObj(issubclassImpl(args[0]!, args[1]!)); },
    hash: (_s, args) => { nargs('hash', args, 1, 1, true); return intFrom(hashExact(args[0]!)); },
    id: (_s, args) => { nargs('id', args, 1, 1, true); return newInt(pyId(args[0]!)); },
    aiter: (_s, args, kw) => { noKw('aiter', kw); nargs('aiter', args, 1, 1, true); return builtinAiter(args[0]!); },
    anext: (_s, args, kw) => { noKw('anext', kw); nargs('anext', args, 1, 2); return builtinAnext(args[0]!, args[1] ?? null); },
    abs: (_s, args) => { nargs('abs', args, 1, 1, true); return A.unaryOp(args[0]!, 'abs'); },
    callable: (_s, args) => { nargs('callable', args, 1, 1, true); return boolObj(!!args[0]!.type.slots.call); },
    getattr: (_s, args) => {
      if (args.length < 2) raise(PyExc.TypeError, `getattr expected at least 2 arguments, got ${args.length}`);
      if (args.length > 3) raise(PyExc.TypeError, `getattr expected at most 3 arguments, got ${args.length}`);
      const name = args[1]!;
      if (!(name instanceof PyStr)) raise(PyExc.TypeError, `attribute name must be string, not '${name.type.name}'`);
      if (args.length === 3) {
        const r = A.getAttrOpt(args[0]!, name.s);
        if (r) return r;
        args[2]!.ob_refcnt++;
        return args[2]!;
      }
      return A.getAttr(args[0]!, name.s);
    },
    setattr: (_s, args) => {
      if (args.length !== 3) raise(PyExc.TypeError, `setattr expected 3 arguments, got ${args.length}`);
      const name = args[1]!;
      if (!(name instanceof PyStr)) raise(PyExc.TypeError, `attribute name must be string, not '${name.type.name}'`);
      A.setAttr(args[0]!, intern(name.s).s, args[2]!);
      return noneRef();
    },
    delattr: (_s, args) => {
      const name = args[1]!;
      if (!(name instanceof PyStr)) raise(PyExc.TypeError, `attribute name must be string, not '${name.type.name}'`);
      A.setAttr(args[0]!, name.s, null);
      return noneRef();
    },
    hasattr: (_s, args) => {
      if (args.length !== 2) raise(PyExc.TypeError, `hasattr expected 2 arguments, got ${args.length}`);
      const name = args[1]!;
      if (!(name instanceof PyStr)) raise(PyExc.TypeError, `attribute name must be string, not '${name.type.name}'`);
      const r = A.getAttrOpt(args[0]!, name.s);
      if (r) { decref(r); return boolObj(true); }
      return boolObj(false);
    },
    iter: (_s, args) => {
      if (args.length < 1) raise(PyExc.TypeError, `iter expected at least 1 argument, got ${args.length}`);
      if (args.length === 2) {
        if (!args[0]!.type.slots.call) raise(PyExc.TypeError, 'iter(v, w): v must be callable');
        const it = newIter(callableIterType, args[0]!);
        args[1]!.ob_refcnt++;
        it.parts = [args[1]!];
        return it;
      }
      return A.getIter(args[0]!);
    },
    next: (_s, args) => {
      if (args.length < 1) raise(PyExc.TypeError, `next expected at least 1 argument, got ${args.length}`);
      const it = args[0]!;
      if (!it.type.slots.iternext) raise(PyExc.TypeError, `'${it.type.name}' object is not an iterator`);
      const r = A.iterNext(it);
      if (r !== null) return r;
      if (args.length > 1) { args[1]!.ob_refcnt++; return args[1]!; }
      if (it instanceof PyGen && it.retval !== null) {
        const rv = it.retval;
        it.retval = null;
        try { if (rv !== None) raiseWith(PyExc.StopIteration!, rv); } finally { decref(rv); }
      }
      raiseWith(PyExc.StopIteration!, null);
    },
    sum: (_s, args, kw) => {
      const n = npos(args, kw);
      if (n < 1) raise(PyExc.TypeError, `sum() takes at least 1 positional argument (${n} given)`);
      const startO = n > 1 ? args[1]! : kwArg(args, kw, 'start');
      if (startO instanceof PyStr) raise(PyExc.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
      let acc: PyObject = startO ? (startO.ob_refcnt++, startO) : newInt(0);
      const it = A.getIter(args[0]!);
      try {
        // Exact ints stay exact; floats use CPython 3.12's compensated (Neumaier) summation.
        let f = 0, c = 0, inFloat = false;
        if (acc.type === floatType) { f = (acc as PyFloat).v; inFloat = true; }
        let first: PyObject | null = null;
        if (acc.type === intType && typeof (acc as PyInt).v === 'number') {
          // CPython's exact-int fast path: a machine-integer total (here a safe JS integer), no
          // intermediate int objects; the first item that does not fit continues below.
          const total = sumSmallInts((acc as PyInt).v as number, it);
          first = sumRest;
          sumRest = null;
          decref(acc);
          acc = newInt(total);
          if (first === null) return acc;
        }
        // In float mode a generator's floats and small ints are added inside its frame (genDrain).
        const floatSink = (x: PyObject): boolean => {
          let v: number;
          if (x.type === floatType) v = (x as PyFloat).v;
          else if (x.type === intType && typeof (x as PyInt).v === 'number') v = (x as PyInt).v as number;
          else return false;
          const t = f + v;
          if (Math.abs(f) >= Math.abs(v)) c += (f - t) + v; else c += (v - t) + f;
          f = t;
          decref(x);
          return true;
        };
        const drains = it.type === generatorType;
        for (let x = first ?? A.iterNext(it); x !== null; x = inFloat && drains ? genDrain(it as PyGen, floatSink) : A.iterNext(it)) {
          if (inFloat && (x.type === floatType || (x.type === intType && typeof (x as PyInt).v === 'number'))) {
            const v = x.type === floatType ? (x as PyFloat).v : ((x as PyInt).v as number);
            const t = f + v;
            if (Math.abs(f) >= Math.abs(v)) c += (f - t) + v; else c += (v - t) + f;
            f = t;
            decref(x);
            continue;
          }
          if (inFloat) { decref(acc); acc = newFloat(c !== 0 && Number.isFinite(c) ? f + c : f); inFloat = false; c = 0; }
          if (!inFloat && acc.type === intType && x.type === floatType) {
            f = Number((acc as PyInt).v) + 0; c = 0;
            const v = (x as PyFloat).v;
            const t = f + v;
            if (Math.abs(f) >= Math.abs(v)) c += (f - t) + v; else c += (v - t) + f;
            f = t;
            inFloat = true;
            decref(x);
            continue;
          }
          const r = A.binaryOp(acc, x, 0);
          decref(acc); decref(x);
          acc = r;
          if (acc.type === floatType) { f = (acc as PyFloat).v; c = 0; inFloat = true; }
        }
        if (inFloat) { decref(acc); acc = newFloat(c !== 0 && Number.isFinite(c) ? f + c : f); }
      } catch (e) { decref(acc); throw e; } finally { decref(it); }
      return acc;
    },
    min: minmax('min', 0),
    max: minmax('max', 4),
    sorted: (_s, args, kw) => {
      const n = npos(args, kw);
      if (n !== 1) raise(PyExc.TypeError, `sorted expected 1 argument, got ${n}`);
      const l = listSteal(A.toArray(args[0]!));
      try {
        const sort = lookup(listType, 'sort')!;
        decref(A.callDescr(sort, l, args.slice(1), kw));
      } catch (e) { decref(l); throw e; }
      return l;
    },
    reversed: (_s, args) => {
      nargs('reversed', args, 1, 1);
      const o = args[0]!;
      const rv = lookup(o.type, '__reversed__');
      if (rv) return A.callDescr(rv, o, []);
      if (o instanceof PyList && o.type === listType) return newIter(listRevIterType, o, o.items.length - 1);
      if (!o.type.slots.getitem || !o.type.slots.len) raise(PyExc.TypeError, `'${o.type.name}' object is not reversible`);
      return newIter(reversedType, o, A.len(o) - 1);
    },
    enumerate: (_s, args, kw) => {
      const start = kwArg(args, kw, 'start') ?? (npos(args, kw) > 1 ? args[1]! : null);
      if (npos(args, kw) < 1) raise(PyExc.TypeError, "enumerate() missing required argument 'iterable'");
      const it = A.getIter(args[0]!);
      const e = newIter(enumerateType, it);
      decref(it);
      e.parts = [start ? A.index(start) : newInt(0)];
      return e;
    },
    zip: (_s, args, kw) => {
      const strict = kwArg(args, kw, 'strict');
      const its = args.slice(0, npos(args, kw)).map((a) => A.getIter(a));
      return newPartsIter(zipType, its, strict && A.isTrue(strict) ? 1 : 0);
    },
    map: (_s, args) => {
      if (args.length < 2) raise(PyExc.TypeError, 'map() must have at least two arguments.');
      const its = args.slice(1).map((a) => A.getIter(a));
      args[0]!.ob_refcnt++;
      return newPartsIter(mapType, [args[0]!, ...its]);
    },
    filter: (_s, args) => {
      if (args.length !== 2) raise(PyExc.TypeError, `filter expected 2 arguments, got ${args.length}`);
      const it = A.getIter(args[1]!);
      args[0]!.ob_refcnt++;
      return newPartsIter(filterType, [args[0]!, it]);
    },
    any: (_s, args) => {
      nargs('any', args, 1, 1, true);
      const it = A.getIter(args[0]!);
      try {
        // A generator's False/None/0 items are dropped inside its frame (genDrain); anything else
        // comes back here.
        const first = it.type === generatorType ? genDrain(it as PyGen, dropFalsy) : A.iterNext(it);
        for (let x = first; x !== null; x = A.iterNext(it)) { const t = A.isTrue(x); decref(x); if (t) return boolObj(true); }
      } finally { decref(it); }
      return boolObj(false);
    },
    all: (_s, args) => {
      nargs('all', args, 1, 1, true);
      const it = A.getIter(args[0]!);
      try {
        const first = it.type === generatorType ? genDrain(it as PyGen, dropTruthy) : A.iterNext(it);
        for (let x = first; x !== null; x = A.iterNext(it)) { const t = A.isTrue(x); decref(x); if (!t) return boolObj(false); }
      } finally { decref(it); }
      return boolObj(true);
    },
    chr: (_s, args) => {
      nargs('chr', args, 1, 1, true);
      const i = A.asSize(args[0]!);
      if (i < 0 || i > 0x10ffff) raise(PyExc.ValueError, 'chr() arg not in range(0x110000)');
      return newStr(String.fromCodePoint(i));
    },
    ord: (_s, args) => {
      nargs('ord', args, 1, 1, true);
      const s = args[0]!;
      if (!(s instanceof PyStr)) raise(PyExc.TypeError, `ord() expected string of length 1, but ${s.type.name} found`);
      if (s.n !== 1) raise(PyExc.TypeError, `ord() expected a character, but string of length ${s.n} found`);
      return newInt(s.s.codePointAt(0)!);
    },
    divmod: (_s, args) => {
      if (args.length !== 2) raise(PyExc.TypeError, `divmod expected 2 arguments, got ${args.length}`);
      return A.divmod(args[0]!, args[1]!);
    },
    pow: (_s, args, kw) => {
      const [base, exp, mod] = parseArgs('pow', args, kw, ['base', 'exp', 'mod'], 2);
      if (mod && mod !== None) {
        if (base instanceof PyInt && exp instanceof PyInt && mod instanceof PyInt) return intPow(base.v, exp.v, mod.v);
        // ternary_op: three-argument power only ever asks the base's __pow__ (never __rpow__).
        if (base!.type.isHeap() && lookup(base!.type, '__pow__')) {
          const r = A.callMethod(base!, '__pow__', [exp!, mod]);
          if (r !== NotImplemented) return r;
          decref(r);
        }
        const num = (o: PyObject) => o instanceof PyInt || o instanceof PyFloat;
        if (num(base!) && num(exp!) && num(mod)) raise(PyExc.TypeError, 'pow() 3rd argument not allowed unless all arguments are integers');
        raise(PyExc.TypeError, `unsupported operand type(s) for ** or pow(): '${base!.type.name}', '${exp!.type.name}', '${mod.type.name}'`);
      }
      return A.binaryOp(base!, exp!, 8);
    },
    round: (_s, args, kw) => {
      const [x, nd] = parseArgs('round', args, kw, ['number', 'ndigits'], 1);
      return roundImpl(x!, nd);
    },
    format: (_s, args) => {
      nargs('format', args, 1, 2);
      const spec = args[1] ?? null;
      if (spec && !(spec instanceof PyStr)) raise(PyExc.TypeError, `format() argument 2 must be str, not ${spec === None ? 'None' : spec.type.name}`);
      return formatObject(args[0]!, spec ? (spec as PyStr).s : '');
    },
    input: (_s, args) => {
      nargs('input', args, 0, 1);
      const prompt = args.length ? A.strJS(args[0]!) : '';
      const line = inputLine(vm, prompt);
      if (line === null) raise(PyExc.EOFError, 'EOF when reading a line');
      return newStr(line.replace(/\r?\n$/, ''));
    },
    globals: () => { const g = vm.top!.globals; g.ob_refcnt++; return g; },
    locals: () => vm.frameLocals(vm.top!),
    vars: (_s, args) => {
      if (!args.length) return vm.frameLocals(vm.top!);
      const o = args[0]!;
      const dd = A.getAttrOpt(o, '__dict__');
      if (!dd) raise(PyExc.TypeError, 'vars() argument must have __dict__ attribute');
      return dd;
    },
    dir: (_s, args) => {
      if (!args.length) {
        const loc = vm.frameLocals(vm.top!);
        const names = (loc as PyDict).ks.filter((k) => k instanceof PyStr).map((k) => (k as PyStr).s).sort();
        decref(loc);
        return listSteal(names.map((n) => newStr(n)));
      }
      return listSteal(dirNames(args[0]!).map((n) => newStr(n)));
    },
    __build_class__: (_s, args, kw) => vm.buildClass(args, kw),
    __import__: (_s, args, kw) => vm.importer.builtinImport(args, kw),
    exec: (_s, args, kw) => builtinExec(vm, args, kw),
    eval: (_s, args, kw) => builtinEval(vm, args, kw),
    compile: (_s, args, kw) => builtinCompile(vm, args, kw),
    bin: (_s, args) => newStr(formatObjectStr(args[0]!, '#b')),
    oct: (_s, args) => newStr(formatObjectStr(args[0]!, '#o')),
    hex: (_s, args) => newStr(formatObjectStr(args[0]!, '#x')),
    breakpoint: () => noneRef(),
  };
  for (const name in F) {
    const f = newBuiltin(name, F[name]!, null);
    f.ob_refcnt = 0x3fffffff;
    f.flags |= 1;
    d.setStr(name, f);
  }
  // Fixed-arity entry points (objects/builtin_function.ts Fast0): each computes what the entry
  // above does for exactly that many positional arguments and no keywords.
  setFast(d.getStr('len'), null, (_s, a) => newInt(A.len(a)), null);
  knownBuiltins.len = d.getStr('len');
  setFast(d.getStr('isinstance'), null, null, (_s, a, b) => boolObj(isinstanceImpl(a, b)));
  setFast(d.getStr('issubclass'), null, null, (_s, a, b) => boolObj(issubclassImpl(a, b)));
  setFast(d.getStr('repr'), null, (_s, a) => A.repr(a), null);
  setFast(d.getStr('hash'), null, (_s, a) => intFrom(hashExact(a)), null);
  setFast(d.getStr('id'), null, (_s, a) => newInt(pyId(a)), null);
  setFast(d.getStr('abs'), null, (_s, a) => numAbs(a) ?? A.unaryOp(a, 'abs'), null);
  // min/max of two exact numbers decided without the argument array (interp/eval_num.ts).
  for (const [name, op] of [['min', 0], ['max', 4]] as const) {
    const full = F[name]!;
    setFast(d.getStr(name), null, null, (_s, a, b) => {
      const r = numMinMax2(a, b, op);
      if (r === null) return full(null, [a, b], null);
      r.ob_refcnt++;
      return r;
    });
  }
  setFast(d.getStr('callable'), null, (_s, a) => boolObj(!!a.type.slots.call), null);
  setFast(d.getStr('iter'), null, (_s, a) => A.getIter(a), null);
  setFast(d.getStr('getattr'), null, null, (_s, o, name) => {
    if (!(name instanceof PyStr)) raise(PyExc.TypeError, `attribute name must be string, not '${name.type.name}'`);
    return A.getAttr(o, name.s);
  });
  installFastMethods();
  const types: [string, PyObject][] = [
    ['object', objectType], ['type', typeType], ['int', intType], ['bool', boolType], ['float', floatType],
    ['str', strType], ['list', listType], ['tuple', tupleType], ['dict', dictType], ['set', setType],
    ['frozenset', frozensetType], ['bytes', bytesType], ['bytearray', bytearrayType], ['memoryview', memoryviewType], ['range', rangeType], ['slice', sliceType], ['property', propertyType],
    ['classmethod', classmethodType], ['staticmethod', staticmethodType], ['super', superType],
    ['enumerate', enumerateType], ['zip', zipType], ['map', mapType], ['filter', filterType], ['reversed', reversedType],
    ['complex', complexType], ['None', None], ['Ellipsis', Ellipsis], ['NotImplemented', NotImplemented], ['True', True], ['False', False],
  ];
  // The lazy iterator builtins are types whose constructor is the function above.
  for (const [n, t] of [['enumerate', enumerateType], ['zip', zipType], ['map', mapType], ['filter', filterType], ['reversed', reversedType]] as const) {
    const fn = F[n]!;
    const nf = (_t: PyType, args: PyObject[], kw: readonly string[] | null) => fn(null, args, kw);
    t.ownSlots.new = nf;
    t.slots.new = nf;
  }
  for (const [n, t] of types) d.setStr(n, t);
  for (const n of Object.keys(PyExc)) d.setStr(n, PyExc[n]!);
  d.setStr('__debug__', True);
  const [exitO, quitO] = makeQuitters();
  d.setStr('exit', exitO);
  d.setStr('quit', quitO);
  const printers = makePrinters((text) => {
    const t = newStr(text);
    try { decref(A.call(d.getStr('print')!, [t])); } finally { decref(t); }
  });
  for (const p of printers) d.setStr((p as unknown as { name: string }).name, p);
  void newList; void tupleFrom; void dictItems; void PyFunction; void PyCell; void newCell; void Frame; void materializeDict; void baseExceptionType; void xdecref; void newDict; void newModule; void intFromString; void floatFromString;
  return m;
}

function formatObjectStr(o: PyObject, spec: string): string {
  const i = A.index(o);
  const r = formatObject(i, spec);
  decref(i);
  const s = (r as PyStr).s;
  decref(r);
  return s;
}

function asciiOf(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

/**
 * Adds exact ints with safe-integer values to `total` while the sum stays a safe integer.
 * Returns the total and the first item not added (new reference), or null when `it` ran out.
 * A range iterator is consumed arithmetically when no allocation observer (tracemalloc, the
 * debugger's memory view) is attached: its items would be created and freed at once, which
 * leaves no trace in the heap.
 */
/** any()'s genDrain sink: takes (and frees) False, None and exact int 0, whose truth test runs no code. */
function dropFalsy(x: PyObject): boolean {
  if (x === False || x === None || (x.type === intType && (x as PyInt).v === 0)) { decref(x); return true; }
  return false;
}

/** all()'s genDrain sink: takes (and frees) True and exact nonzero ints. */
function dropTruthy(x: PyObject): boolean {
  if (x === True || (x.type === intType && (x as PyInt).v !== 0 && (x as PyInt).v !== 0n)) { decref(x); return true; }
  return false;
}

/** The first item sumSmallInts could not add (a new reference), or null at the iterator's end; read
 * and cleared by its caller right after the call. A result object made after the loops had no V8
 * type feedback in the on-stack-replaced loop code V8 keeps for this function, so every call that
 * ran long enough for it ended in a deoptimization. */
let sumRest: PyObject | null = null;

function sumSmallInts(total: number, it: PyObject): number {
  if (it instanceof PyRangeIter && memObserver === null) {
    while (it.left > 0) {
      const t = total + it.next;
      if (!Number.isSafeInteger(t)) break;
      total = t;
      it.next += it.step;
      it.left--;
    }
  }
  let first: PyObject | null;
  if (it.type === generatorType) {
    // Exact ints add up inside the generator's frame (genDrain): freeing one runs no Python code.
    let acc = total;
    first = genDrain(it as PyGen, (x) => {
      if (x.type === intType && typeof (x as PyInt).v === 'number') {
        const t = acc + ((x as PyInt).v as number);
        if (Number.isSafeInteger(t)) { acc = t; decref(x); return true; }
      }
      return false;
    });
    total = acc;
  } else first = A.iterNext(it);
  for (let x = first; x !== null; x = A.iterNext(it)) {
    if (x.type === intType && typeof (x as PyInt).v === 'number') {
      const t = total + ((x as PyInt).v as number);
      if (Number.isSafeInteger(t)) { total = t; decref(x); continue; }
    }
    sumRest = x;
    return total;
  }
  sumRest = null;
  return total;
}
