/**
 * `unicodedata` over Unicode 15.0 tables generated from CPython 3.12's own database
 * (unicodedata_tables.ts, scripts/oracle/unicodedata_tables.py): name/lookup, category,
 * bidirectional, combining, east_asian_width, mirrored, decomposition, decimal/digit/numeric;
 * normalize/is_normalized use the host's String.prototype.normalize (ICU), keeping characters
 * unassigned in 15.0 unchanged as 15.0 does.
 *
 * The functions live in `_bytescope_unicodedata`; `unicodedata` itself (Python source, registry)
 * re-exports them and adds the UCD class and `ucd_3_2_0` (answered from the 15.0 tables too).
 * Tables are decoded on first use. Not covered: name aliases and named sequences in lookup().
 */
import type { PyObject } from '../objects/object';
import type { VM } from '../runtime/vm';
import { PyModule, newModule } from '../objects/module';
import type { PyDict } from '../objects/dict';
import { PyStr, newStr } from '../objects/str';
import { newInt, boolObj } from '../objects/int';
import { newFloat } from '../objects/float';
import { newBuiltin, type NativeFn } from '../objects/builtin_function';
import { raise, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import { nargs } from '../runtime/args';
import * as T from './unicodedata_tables';

const B36 = (s: string) => parseInt(s, 36);

/** Decoded run table: parallel arrays of run starts, ends (exclusive) and values. */
interface Runs { start: Int32Array; end: Int32Array; val: Int32Array }

function decodeRuns(src: string): Runs {
  const parts = src.split(';');
  const r: Runs = { start: new Int32Array(parts.length), end: new Int32Array(parts.length), val: new Int32Array(parts.length) };
  let end = 0;
  parts.forEach((p, i) => {
    const [g, l, v] = p.split(',');
    const s = end + B36(g!);
    end = s + B36(l!);
    r.start[i] = s; r.end[i] = end; r.val[i] = B36(v!);
  });
  return r;
}

/** The run value at cp, or -1 outside every run. */
function runValue(r: Runs, cp: number): number {
  let lo = 0, hi = r.start.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < r.start[mid]!) hi = mid - 1;
    else if (cp >= r.end[mid]!) lo = mid + 1;
    else return r.val[mid]!;
  }
  return -1;
}

const cache: { cat?: Runs; bidi?: Runs; eaw?: Runs; comb?: Runs; mirr?: Runs; decomp?: Map<number, string>;
  numeric?: Map<number, string>; names?: Map<number, string>; byName?: Map<string, number> } = {};

function deltaMap(src: string): Map<number, string> {
  const m = new Map<number, string>();
  let cp = 0;
  for (const e of src.split(';')) {
    const c = e.indexOf(':');
    cp += B36(e.slice(0, c));
    m.set(cp, e.slice(c + 1));
  }
  return m;
}

const CODE64 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+/';

function names(): Map<number, string> {
  if (cache.names) return cache.names;
  const words = T.WORDS.split(' ');
  const m = new Map<number, string>();
  let cp = 0;
  for (const e of T.NAMES.split(';')) {
    const c = e.indexOf(':');
    cp += B36(e.slice(0, c));
    const parts: string[] = [];
    let idx = 0;
    for (let i = c + 1; i < e.length; i++) {
      const d = CODE64.indexOf(e[i]!);
      // Digits from the second half of CODE64 continue an index; the first half ends it.
      if (d >= 32) idx = idx * 32 + (d - 32);
      else { parts.push(words[idx * 32 + d]!); idx = 0; }
    }
    m.set(cp, parts.join(' '));
  }
  return (cache.names = m);
}

const CJK_UNIFIED: [number, number][] = [
  [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0x20000, 0x2a6df], [0x2a700, 0x2b739], [0x2b740, 0x2b81d],
  [0x2b820, 0x2cea1], [0x2ceb0, 0x2ebe0], [0x30000, 0x3134a], [0x31350, 0x323af],
];
const CJK_COMPAT: [number, number][] = [[0xf900, 0xfa6d], [0xfa70, 0xfad9], [0x2f800, 0x2fa1d]];
const KHITAN: [number, number] = [0x18b00, 0x18cd5];
const NUSHU: [number, number] = [0x1b170, 0x1b2fb];
const JAMO_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
const JAMO_V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I'];
const JAMO_T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];
const inRanges = (cp: number, rs: [number, number][]) => rs.some(([a, b]) => cp >= a && cp <= b);
const hex = (cp: number) => cp.toString(16).toUpperCase().padStart(4, '0');

export function charName(cp: number): string | null {
  if (cp >= 0xac00 && cp <= 0xd7a3) {
    const s = cp - 0xac00;
    return 'HANGUL SYLLABLE ' + JAMO_L[Math.floor(s / 588)]! + JAMO_V[Math.floor((s % 588) / 28)]! + JAMO_T[s % 28]!;
  }
  if (inRanges(cp, CJK_UNIFIED)) return 'CJK UNIFIED IDEOGRAPH-' + hex(cp);
  if (inRanges(cp, CJK_COMPAT)) return 'CJK COMPATIBILITY IDEOGRAPH-' + hex(cp);
  if (cp >= KHITAN[0] && cp <= KHITAN[1]) return 'KHITAN SMALL SCRIPT CHARACTER-' + hex(cp);
  if (cp >= NUSHU[0] && cp <= NUSHU[1]) return 'NUSHU CHARACTER-' + hex(cp);
  return names().get(cp) ?? null;
}

export function lookupName(name: string): number | null {
  const n = name.toUpperCase();
  const alg = /^(CJK UNIFIED IDEOGRAPH|CJK COMPATIBILITY IDEOGRAPH|KHITAN SMALL SCRIPT CHARACTER|NUSHU CHARACTER)-([0-9A-F]{4,5})$/.exec(n);
  if (alg) {
    const cp = parseInt(alg[2]!, 16);
    return charName(cp) === n ? cp : null;
  }
  if (n.startsWith('HANGUL SYLLABLE ')) {
    const rest = n.slice(16);
    for (let l = 0; l < JAMO_L.length; l++) {
      if (!rest.startsWith(JAMO_L[l]!)) continue;
      for (let v = 0; v < JAMO_V.length; v++) {
        const lv = JAMO_L[l]! + JAMO_V[v]!;
        if (!rest.startsWith(lv)) continue;
        const t = JAMO_T.indexOf(rest.slice(lv.length));
        if (t >= 0) return 0xac00 + (l * 21 + v) * 28 + t;
      }
    }
    return null;
  }
  if (!cache.byName) {
    const m = new Map<string, number>();
    for (const [cp, nm] of names()) m.set(nm, cp);
    cache.byName = m;
  }
  return cache.byName.get(n) ?? null;
}

/** The argument as one code point (CPython: "must be a unicode character"). */
function charArg(fname: string, args: PyObject[], what = 'argument 1'): number {
  const o = args[0]!;
  const full = what === '' ? `${fname}() argument` : `${fname}() ${what}`;
  if (!(o instanceof PyStr)) raise(PyExc.TypeError, `${full} must be a unicode character, not ${o.type.name}`);
  const s = o.s;
  const cp = s.codePointAt(0);
  if (cp === undefined || s.length !== (cp > 0xffff ? 2 : 1)) raise(PyExc.TypeError, `${full} must be a unicode character, not str`);
  return cp;
}

const CATS = T.CATS.split(' ');
const BIDIS = T.BIDIS.split(' ');
const EAWS = T.EAWS.split(' ');

export function category(cp: number): string {
  const v = runValue(cache.cat ??= decodeRuns(T.CATEGORY), cp);
  return v < 0 ? 'Cn' : CATS[v]!;
}

function numericEntry(cp: number): string | undefined {
  return (cache.numeric ??= deltaMap(T.NUMERIC)).get(cp);
}

function withDefault(args: PyObject[], msg: string): PyObject {
  if (args.length > 1) { const d = args[1]!; d.ob_refcnt++; return d; }
  return raise(PyExc.ValueError, msg);
}

function numberFrom(text: string, asInt: boolean): PyObject {
  return asInt ? newInt(Number(text)) : newFloat(Number(text));
}

const FORMS = new Set(['NFC', 'NFD', 'NFKC', 'NFKD']);

/**
 * s.normalize(form) as Unicode 15.0 defines it: characters unassigned in 15.0 (the host's ICU
 * may know them, with decompositions) are kept as they are — as starters without compositions
 * nothing combines across them, so the pieces between them normalize independently.
 */
function normalize15(s: string, form: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) { ascii = false; break; }
  if (ascii) return s;
  let out = '';
  let piece = '';
  for (const ch of s) {
    if (category(ch.codePointAt(0)!) === 'Cn') {
      out += piece.normalize(form as 'NFC') + ch;
      piece = '';
    } else piece += ch;
  }
  return out + piece.normalize(form as 'NFC');
}

function formArg(fname: string, args: PyObject[]): [string, string] {
  nargs(fname, args, 2, 2, true);
  const f = args[0]!, s = args[1]!;
  if (!(f instanceof PyStr)) raise(PyExc.TypeError, `${fname}() argument 1 must be str, not ${f.type.name}`);
  if (!(s instanceof PyStr)) raise(PyExc.TypeError, `${fname}() argument 2 must be str, not ${s.type.name}`);
  if (!FORMS.has(f.s)) raise(PyExc.ValueError, 'invalid normalization form');
  return [f.s, s.s];
}

export function makeUnicodedataNativeModule(_vm: VM): PyModule {
  const m = newModule('_bytescope_unicodedata', null);
  const d = m.dict as PyDict;
  const F: Record<string, NativeFn> = {
    name: (_s, args) => {
      nargs('name', args, 1, 2);
      const n = charName(charArg('name', args));
      if (n !== null) return newStr(n);
      return withDefault(args, 'no such name');
    },
    lookup: (_s, args) => {
      nargs('lookup', args, 1, 1, true);
      const o = args[0]!;
      if (!(o instanceof PyStr)) raise(PyExc.TypeError, `a bytes-like object is required, not '${o.type.name}'`);
      const cp = lookupName(o.s);
      if (cp === null) raise(PyExc.KeyError, `undefined character name '${o.s}'`);
      return newStr(String.fromCodePoint(cp));
    },
    category: (_s, args) => {
      nargs('category', args, 1, 1, true);
      return newStr(category(charArg('category', args, '')));
    },
    bidirectional: (_s, args) => {
      nargs('bidirectional', args, 1, 1, true);
      const v = runValue(cache.bidi ??= decodeRuns(T.BIDI), charArg('bidirectional', args, ''));
      return newStr(v < 0 ? '' : BIDIS[v]!);
    },
    combining: (_s, args) => {
      nargs('combining', args, 1, 1, true);
      const v = runValue(cache.comb ??= decodeRuns(T.COMBINING), charArg('combining', args, ''));
      return newInt(v < 0 ? 0 : v);
    },
    east_asian_width: (_s, args) => {
      nargs('east_asian_width', args, 1, 1, true);
      const v = runValue(cache.eaw ??= decodeRuns(T.EAW), charArg('east_asian_width', args, ''));
      return newStr(v < 0 ? 'N' : EAWS[v]!);
    },
    mirrored: (_s, args) => {
      nargs('mirrored', args, 1, 1, true);
      const v = runValue(cache.mirr ??= decodeRuns(T.MIRRORED), charArg('mirrored', args, ''));
      return newInt(v < 0 ? 0 : v);
    },
    decomposition: (_s, args) => {
      nargs('decomposition', args, 1, 1, true);
      const cp = charArg('decomposition', args, '');
      // Hangul syllables decompose algorithmically, but CPython's table reports none for them.
      return newStr((cache.decomp ??= deltaMap(T.DECOMP)).get(cp) ?? '');
    },
    decimal: (_s, args) => {
      nargs('decimal', args, 1, 2);
      const e = numericEntry(charArg('decimal', args));
      if (e !== undefined && e[0] === 'd') return numberFrom(e.slice(1), true);
      return withDefault(args, 'not a decimal');
    },
    digit: (_s, args) => {
      nargs('digit', args, 1, 2);
      const e = numericEntry(charArg('digit', args));
      if (e !== undefined && e[0] !== 'n') return numberFrom(e.slice(1), true);
      return withDefault(args, 'not a digit');
    },
    numeric: (_s, args) => {
      nargs('numeric', args, 1, 2);
      const e = numericEntry(charArg('numeric', args));
      if (e !== undefined) return numberFrom(e.slice(1), false);
      return withDefault(args, 'not a numeric character');
    },
    normalize: (_s, args) => {
      const [form, s] = formArg('normalize', args);
      const r = normalize15(s, form);
      if (r === s) { args[1]!.ob_refcnt++; return args[1]!; }
      return newStr(r);
    },
    is_normalized: (_s, args) => {
      const [form, s] = formArg('is_normalized', args);
      return boolObj(normalize15(s, form) === s);
    },
  };
  for (const name in F) {
    const f = newBuiltin(name, F[name]!, null);
    d.setStr(name, f);
    decref(f);
  }
  return m;
}

export const UNICODEDATA_SRC = String.raw`
"""This module provides access to the Unicode Character Database which
defines character properties for all Unicode characters. The data in
this database is based on the UnicodeData.txt file version
15.0.0 which is publicly available from ftp://ftp.unicode.org/.

The module uses the same names and symbols as defined by the
UnicodeData File Format 15.0.0."""
import _bytescope_unicodedata as _u
from _bytescope_unicodedata import (bidirectional, category, combining, decimal, decomposition, digit,
                                    east_asian_width, is_normalized, lookup, mirrored, name, normalize,
                                    numeric)

unidata_version = '15.0.0'


class UCD:
    def __init__(self, version):
        self.unidata_version = version

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'unicodedata.UCD' is not an acceptable base type")


for _n in ('bidirectional', 'category', 'combining', 'decimal', 'decomposition', 'digit',
           'east_asian_width', 'is_normalized', 'lookup', 'mirrored', 'name', 'normalize', 'numeric'):
    setattr(UCD, _n, staticmethod(getattr(_u, _n)))
del _n

ucd_3_2_0 = UCD('3.2.0')
`;
