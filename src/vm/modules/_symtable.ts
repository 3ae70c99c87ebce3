/**
 * `_symtable` (what Lib/symtable.py wraps): `symtable(source, filename, compile_type)` runs the
 * compiler's own symbol-table pass (compiler/symtable.ts, the same analysis code generation uses)
 * and returns the top block as a `symtable entry` object, with CPython's flag constants.
 *
 * Entry objects mirror Python/symtable.c's PySTEntryObject members: id (here the entry object's
 * own id; CPython uses the address of the block's AST node), name, type (TYPE_* int), lineno,
 * symbols (name -> flags dict, the same dict object on every access), varnames, children,
 * nested. Each compiler entry gets one Python object, so identities are stable.
 */
import type { PyObject } from '../objects/object';
import type { VM } from '../runtime/vm';
import { PyModule, newModule } from '../objects/module';
import { PyDict, newDict } from '../objects/dict';
import { PyStr, newStr } from '../objects/str';
import { newInt } from '../objects/int';
import { listSteal } from '../objects/list';
import { PyBytes } from '../objects/bytes';
import { PyInstance } from '../objects/instance';
import { makeStaticType, objectType, slotTable, type PyType } from '../objects/type';
import { newBuiltin } from '../objects/builtin_function';
import { defGetSet } from '../objects/descriptors';
import { makeImmortal } from '../objects/object';
import { raise, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import { bindArgs } from '../runtime/args';
import { pyId } from '../runtime/address';
import { parse } from '../parser/index';
import { buildSymtable, type SymbolTableEntry, type BlockType } from '../compiler/symtable';
import * as S from '../compiler/symtable';
import { raiseCompileError } from '../runtime/importer/execeval';

const TYPE_CODES: Record<BlockType, number> = {
  function: 0, class: 1, module: 2, annotation: 3, TypeVarBound: 4, TypeAlias: 5, TypeParam: 6,
};

class PySTEntry extends PyInstance {
  symbols: PyDict | null = null;
  children: PyObject | null = null;
  varnames: PyObject | null = null;
  constructor(t: PyType, readonly ste: SymbolTableEntry, readonly wrap: (e: SymbolTableEntry) => PySTEntry) { super(t); }
}

let steType: PyType | null = null;

function entryType(): PyType {
  if (steType) return steType;
  const t = makeStaticType('symtable entry', objectType, {}, { noSubclass: true });
  t.tdict = makeImmortal(newDict());
  t.slots = slotTable({
    ...objectType.slots,
    repr: (o) => {
      const e = o as PySTEntry;
      return newStr(`<symtable entry ${e.ste.name}(${pyId(o)}), line ${e.ste.lineno}>`);
    },
  });
  const get = (name: string, f: (e: PySTEntry) => PyObject) => defGetSet(t, name, (o) => f(o as PySTEntry));
  get('id', (e) => newInt(pyId(e)));
  get('name', (e) => newStr(e.ste.name));
  get('type', (e) => newInt(TYPE_CODES[e.ste.type]));
  get('lineno', (e) => newInt(e.ste.lineno));
  get('nested', (e) => newInt(e.ste.nested ? 1 : 0));
  get('symbols', (e) => {
    if (!e.symbols) {
      const d = newDict();
      for (const [k, v] of e.ste.symbols) { const iv = newInt(v); d.setStr(k, iv); decref(iv); }
      e.symbols = d;
    }
    e.symbols.ob_refcnt++;
    return e.symbols;
  });
  get('varnames', (e) => {
    e.varnames ??= listSteal(e.ste.varnames.map((n) => newStr(n) as PyObject));
    e.varnames.ob_refcnt++;
    return e.varnames;
  });
  get('children', (e) => {
    e.children ??= listSteal(e.ste.children.map((c) => { const w = e.wrap(c); w.ob_refcnt++; return w as PyObject; }));
    e.children.ob_refcnt++;
    return e.children;
  });
  return (steType = t);
}

export function makeSymtableModule(_vm: VM): PyModule {
  const m = newModule('_symtable', null);
  const d = m.dict as PyDict;
  const f = newBuiltin('symtable', (_s, args, kw) => {
    const [src, fn, mode] = bindArgs('symtable', args, kw, ['source', 'filename', 'startstr'], 3, 3, 3);
    let text: string;
    if (src instanceof PyStr) text = src.s;
    else if (src instanceof PyBytes) text = new TextDecoder().decode(src.bytes);
    else raise(PyExc.TypeError, `symtable() arg 1 must be a string, bytes or AST object`);
    if (!(fn instanceof PyStr)) raise(PyExc.TypeError, `symtable() argument 2 must be str, not ${fn!.type.name}`);
    if (!(mode instanceof PyStr)) raise(PyExc.TypeError, `symtable() argument 3 must be str, not ${mode!.type.name}`);
    if (mode.s !== 'exec' && mode.s !== 'eval' && mode.s !== 'single') raise(PyExc.ValueError, "symtable() arg 3 must be 'exec' or 'eval' or 'single'");
    let table;
    try {
      table = buildSymtable(parse(text, fn.s, mode.s), fn.s, 0, text);
    } catch (e) {
      raiseCompileError(e);
    }
    const t = entryType();
    const made = new Map<SymbolTableEntry, PySTEntry>();
    // Entries are owned by their parents' children lists (and the top by the caller).
    const wrap = (e: SymbolTableEntry): PySTEntry => {
      let w = made.get(e);
      if (!w) {
        w = new PySTEntry(t, e, wrap);
        made.set(e, w);
        w.ob_refcnt = 0;
      }
      return w;
    };
    const top = wrap(table.top);
    top.ob_refcnt++;
    return top;
  }, null);
  d.setStr('symtable', f);
  decref(f);
  const consts: [string, number][] = [
    ['USE', S.USE], ['DEF_GLOBAL', S.DEF_GLOBAL], ['DEF_NONLOCAL', S.DEF_NONLOCAL], ['DEF_LOCAL', S.DEF_LOCAL],
    ['DEF_PARAM', S.DEF_PARAM], ['DEF_FREE', S.DEF_FREE], ['DEF_FREE_CLASS', S.DEF_FREE_CLASS], ['DEF_IMPORT', S.DEF_IMPORT],
    ['DEF_BOUND', S.DEF_BOUND], ['DEF_ANNOT', S.DEF_ANNOT], ['SCOPE_OFF', S.SCOPE_OFFSET], ['SCOPE_MASK', S.SCOPE_MASK],
    ['FREE', S.FREE], ['LOCAL', S.LOCAL], ['GLOBAL_IMPLICIT', S.GLOBAL_IMPLICIT], ['GLOBAL_EXPLICIT', S.GLOBAL_EXPLICIT],
    ['CELL', S.CELL], ['TYPE_FUNCTION', 0], ['TYPE_CLASS', 1], ['TYPE_MODULE', 2], ['TYPE_ANNOTATION', 3],
    ['TYPE_TYPE_VAR_BOUND', 4], ['TYPE_TYPE_ALIAS', 5], ['TYPE_TYPE_PARAM', 6],
  ];
  for (const [k, v] of consts) { const o = newInt(v); d.setStr(k, o); decref(o); }
  return m;
}
