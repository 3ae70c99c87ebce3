/**
 * BaseExceptionGroup / ExceptionGroup (PEP 654, Objects/exceptions.c) and the interpreter support
 * of `except*`: CHECK_EG_MATCH (`exceptionGroupMatch`) and CALL_INTRINSIC_2 PREP_RERAISE_STAR
 * (`prepReraiseStar`).
 *
 * Invariants: a group owns `msg` (its message str) and `excs` (a tuple of the sub-exceptions,
 * never empty); `args` is (message, the sequence as passed). ExceptionGroup's MRO is
 * (ExceptionGroup, BaseExceptionGroup, Exception, BaseException, object) as in CPython.
 */
import type { PyObject } from './object';
import { PyType, RefKindCode, lookup } from './type';
import { dictType } from './dict';
import { PyStr, newStr } from './str';
import { PyTuple, tupleSteal, tupleFrom } from './tuple';
import { PyList, listSteal } from './list';
import { None } from './singletons';
import { PyBaseException, baseExceptionType, setTraceback, setContext, setCause } from './exceptions';
import { defMethods } from './builtin_function';
import { defGetSet } from './descriptors';
import { gcTrack } from '../runtime/gc';
import { raise, PyExc } from '../runtime/errors';
import { decref, xdecref } from '../runtime/refcount';
import * as A from '../runtime/abstract';

export class PyExcGroup extends PyBaseException {
  declare msg: PyStr;
  declare excs: PyTuple;
}

function isGroup(o: PyObject): o is PyExcGroup {
  return o instanceof PyExcGroup;
}

function egNew(t: PyType, args: PyObject[], kw: readonly string[] | null): PyObject {
  if (kw && kw.length) raise(PyExc.TypeError, `${t.name}() takes no keyword arguments`);
  if (args.length !== 2) raise(PyExc.TypeError, `BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  const [msg, seq] = args as [PyObject, PyObject];
  if (!(msg instanceof PyStr)) raise(PyExc.TypeError, `BaseExceptionGroup.__new__() argument 1 must be str, not ${msg.type.name}`);
  const isSeq = lookup(seq.type, '__getitem__') !== null && !seq.type.isSubtype(dictType);
  if (!isSeq) raise(PyExc.TypeError, 'second argument (exceptions) must be a sequence');
  const items = A.toArray(seq);
  const excs = tupleSteal(items);
  try {
    if (items.length === 0) raise(PyExc.ValueError, 'second argument (exceptions) must be a non-empty sequence');
    let nestedBase = false;
    items.forEach((e, i) => {
      if (!e.type.isSubtype(baseExceptionType)) raise(PyExc.ValueError, `Item ${i} of second argument (exceptions) is not an exception`);
      if (!e.type.isSubtype(PyExc.Exception!)) nestedBase = true;
    });
    let cls = t;
    if (t === PyExc.BaseExceptionGroup) {
      if (!nestedBase) cls = PyExc.ExceptionGroup!;
    } else if (t === PyExc.ExceptionGroup) {
      if (nestedBase) raise(PyExc.TypeError, 'Cannot nest BaseExceptions in an ExceptionGroup');
    } else if (nestedBase && t.isSubtype(PyExc.Exception!)) {
      raise(PyExc.TypeError, `Cannot nest BaseExceptions in '${t.name}'`);
    }
    const e = new PyExcGroup(cls, tupleFrom([msg, seq]));
    msg.ob_refcnt++;
    e.msg = msg;
    e.excs = excs;
    if (cls.isHeap()) cls.ob_refcnt++;
    gcTrack(e);
    return e;
  } catch (err) {
    decref(excs);
    throw err;
  }
}

function egStr(o: PyObject): PyObject {
  const g = o as PyExcGroup;
  const n = g.excs.items.length;
  return newStr(`${g.msg.s} (${n} sub-exception${n > 1 ? 's' : ''})`);
}

/** A split condition: exception type(s), a predicate, or (internally) a set of leaf identities. */
type Matcher = { kind: 'type'; t: PyObject } | { kind: 'pred'; f: PyObject } | { kind: 'ids'; ids: Set<PyObject> };

function getMatcher(cond: PyObject): Matcher {
  const isExcType = (x: PyObject): boolean => x instanceof PyType && x.isSubtype(baseExceptionType);
  if (isExcType(cond)) return { kind: 'type', t: cond };
  if (cond instanceof PyTuple && cond.items.every(isExcType)) return { kind: 'type', t: cond };
  if (!(cond instanceof PyType) && cond.type.slots.call) return { kind: 'pred', f: cond };
  raise(PyExc.TypeError, 'expected a function, exception type or tuple of exception types');
}

function matches(e: PyObject, m: Matcher): boolean {
  switch (m.kind) {
    case 'type': {
      const t = m.t;
      if (t instanceof PyTuple) return t.items.some((x) => e.type.isSubtype(x as PyType));
      return e.type.isSubtype(t as PyType);
    }
    case 'pred': {
      const r = A.call(m.f, [e]);
      try { return A.isTrue(r); } finally { decref(r); }
    }
    case 'ids': return m.ids.has(e);
  }
}

/** exceptiongroup_subset: orig.derive(excs) carrying orig's traceback, context, cause and notes. */
function subset(orig: PyExcGroup, excs: PyObject[]): PyObject {
  const lst = listSteal(excs);
  let eg: PyObject;
  try { eg = A.callMethod(orig, 'derive', [lst]); } finally { decref(lst); }
  if (!isGroup(eg)) { decref(eg); raise(PyExc.TypeError, 'derive must return an instance of BaseExceptionGroup'); }
  if (orig.traceback) { orig.traceback.ob_refcnt++; setTraceback(eg, orig.traceback); }
  if (orig.context) orig.context.ob_refcnt++;
  setContext(eg, orig.context);
  if (orig.cause) orig.cause.ob_refcnt++;
  setCause(eg, orig.cause);
  if (orig.notes) {
    const copy = listSteal(A.toArray(orig.notes));
    const old = eg.notes;
    eg.notes = copy;
    xdecref(old);
  }
  return eg;
}

/** [match, rest] (new references or null) of splitting exc by m. */
function splitRec(exc: PyObject, m: Matcher, wantRest: boolean): [PyObject | null, PyObject | null] {
  if (matches(exc, m)) { exc.ob_refcnt++; return [exc, null]; }
  if (!isGroup(exc)) {
    if (wantRest) { exc.ob_refcnt++; return [null, exc]; }
    return [null, null];
  }
  const ml: PyObject[] = [], rl: PyObject[] = [];
  try {
    for (const e of exc.excs.items) {
      const [a, b] = splitRec(e, m, wantRest);
      if (a) ml.push(a);
      if (b) rl.push(b);
    }
  } catch (err) {
    for (const x of ml) decref(x);
    for (const x of rl) decref(x);
    throw err;
  }
  let match: PyObject | null = null;
  try {
    if (ml.length) match = subset(exc, ml);
    else if (rl.length === 0) return [null, null];
    const rest = rl.length ? subset(exc, rl) : null;
    return [match, rest];
  } catch (err) {
    xdecref(match);
    throw err;
  }
}

function collectLeaves(e: PyObject, out: Set<PyObject>): void {
  if (isGroup(e)) for (const x of e.excs.items) collectLeaves(x, out);
  else out.add(e);
}

const noneRef = (): PyObject => (None.ob_refcnt++, None);

/**
 * CHECK_EG_MATCH: [rest, match] for `except* matchType` on excValue (new references); match is
 * None when nothing matched. The caller makes a non-None match the handled exception.
 */
export function exceptionGroupMatch(excValue: PyObject, matchType: PyObject): [PyObject, PyObject] {
  const bad = (x: PyObject): boolean => !(x instanceof PyType && x.isSubtype(baseExceptionType));
  const types = matchType instanceof PyTuple ? matchType.items : [matchType];
  if (types.some(bad)) raise(PyExc.TypeError, 'catching classes that do not inherit from BaseException is not allowed');
  if (types.some((x) => (x as PyType).isSubtype(PyExc.BaseExceptionGroup!))) {
    raise(PyExc.TypeError, 'catching ExceptionGroup with except* is not allowed. Use except instead.');
  }
  if (excValue === None) return [noneRef(), noneRef()];
  const m: Matcher = { kind: 'type', t: matchType };
  if (matches(excValue, m)) {
    if (isGroup(excValue)) { excValue.ob_refcnt++; return [noneRef(), excValue]; }
    // A naked exception caught by except*: wrapped in a group that shares its traceback.
    const msg = newStr('');
    const excs = tupleFrom([excValue]);
    let g: PyObject;
    try { g = A.call(PyExc.BaseExceptionGroup!, [msg, excs]); } finally { decref(msg); decref(excs); }
    const tb = (excValue as PyBaseException).traceback;
    if (tb) { tb.ob_refcnt++; setTraceback(g as PyBaseException, tb); }
    return [noneRef(), g];
  }
  if (isGroup(excValue)) {
    const r = A.callMethod(excValue, 'split', [matchType]);
    try {
      if (!(r instanceof PyTuple) || r.items.length !== 2) raise(PyExc.TypeError, `${excValue.type.name}.split must return a 2-tuple, got ${r.type.name}`);
      const [match, rest] = r.items as [PyObject, PyObject];
      match.ob_refcnt++; rest.ob_refcnt++;
      return [rest, match];
    } finally { decref(r); }
  }
  excValue.ob_refcnt++;
  return [excValue, noneRef()];
}

function sameMetadata(a: PyBaseException, b: PyBaseException): boolean {
  return a.notes === b.notes && a.traceback === b.traceback && a.cause === b.cause && a.context === b.context;
}

/** PREP_RERAISE_STAR: what leaves the try/except* statement (new reference; None for nothing). */
export function prepReraiseStar(orig: PyObject, excs: PyObject): PyObject {
  const list = (excs as PyList).items;
  if (list.length === 0) return noneRef();
  if (!isGroup(orig)) { list[0]!.ob_refcnt++; return list[0]!; }
  const raised: PyObject[] = [], reraised: PyObject[] = [];
  for (const e of list) {
    if (e === None) continue;
    if (sameMetadata(e as PyBaseException, orig)) reraised.push(e);
    else raised.push(e);
  }
  const ids = new Set<PyObject>();
  for (const e of reraised) collectLeaves(e, ids);
  const [keep] = ids.size ? splitRec(orig, { kind: 'ids', ids }, false) : [null];
  const reraisedEg = keep ?? noneRef();
  if (raised.length === 0) return reraisedEg;
  const all = raised.slice();
  for (const e of all) e.ob_refcnt++;
  if (reraisedEg !== None) all.push(reraisedEg);
  else decref(reraisedEg);
  if (all.length === 1) return all[0]!;
  const lst = listSteal(all);
  const msg = newStr('');
  try { return A.call(PyExc.BaseExceptionGroup!, [msg, lst]); } finally { decref(msg); decref(lst); }
}

export function initExceptionGroupTypes(): void {
  const beg = PyExc.BaseExceptionGroup!, eg = PyExc.ExceptionGroup!;
  const base = baseExceptionType.ownSlots;
  beg.ownSlots = {
    ...beg.ownSlots,
    new: egNew,
    str: egStr,
    traverse: (o, visit) => {
      base.traverse!(o, visit);
      const g = o as PyExcGroup;
      if (g.msg) visit(g.msg, RefKindCode.Attr, 'message');
      if (g.excs) visit(g.excs, RefKindCode.Attr, 'exceptions');
    },
    clear: (o) => groupClear(o, base.clear!),
    dealloc: (o) => groupClear(o, base.dealloc!),
    // ExceptionGroup is a heap type in CPython (PyErr_NewException): two managed pointers precede
    // its instances, as for a class statement's.
    sizeof: (o) => (o.type === eg ? 104 : o.type.basicsize),
  };
  beg.basicsize = 88;
  eg.basicsize = 88;
  eg.base = beg;
  eg.bases = [beg, PyExc.Exception!];
  eg.mro = [eg, beg, ...PyExc.Exception!.mro];
}

function groupClear(o: PyObject, baseClear: (o: PyObject) => void): void {
  const g = o as PyExcGroup;
  const m = g.msg, x = g.excs;
  (g as { msg: PyStr | null }).msg = null;
  (g as { excs: PyTuple | null }).excs = null;
  baseClear(o);
  xdecref(m); xdecref(x);
}

export function initExceptionGroupMethods(): void {
  const beg = PyExc.BaseExceptionGroup!;
  defGetSet(beg, 'message', (o) => { const m = (o as PyExcGroup).msg; m.ob_refcnt++; return m; });
  defGetSet(beg, 'exceptions', (o) => { const t = (o as PyExcGroup).excs; t.ob_refcnt++; return t; });
  defMethods(beg, {
    derive: (self, args) => {
      if (args.length !== 1) raise(PyExc.TypeError, `derive() takes exactly one argument (${args.length} given)`);
      return A.call(PyExc.BaseExceptionGroup!, [(self as PyExcGroup).msg, args[0]!]);
    },
    split: (self, args) => {
      if (args.length !== 1) raise(PyExc.TypeError, `split() takes exactly one argument (${args.length} given)`);
      const [m, r] = splitRec(self!, getMatcher(args[0]!), true);
      return tupleSteal([m ?? noneRef(), r ?? noneRef()]);
    },
    subgroup: (self, args) => {
      if (args.length !== 1) raise(PyExc.TypeError, `subgroup() takes exactly one argument (${args.length} given)`);
      const [m] = splitRec(self!, getMatcher(args[0]!), false);
      return m ?? noneRef();
    },
  });
}
