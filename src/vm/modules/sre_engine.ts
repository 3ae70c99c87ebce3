/**
 * The SRE matching engine (Modules/_sre/sre_lib.h semantics): runs the code lists that
 * Lib/re/_compiler.py produces against a subject of code points. Backtracking in continuation-
 * passing style: `seq(pc, pos, k)` matches the operations from `pc` and calls `k(end)` where the
 * sequence ends (SUCCESS, or the MAX_UNTIL/MIN_UNTIL of the repeat whose body it is); single-
 * width repeats (REPEAT_ONE and friends) iterate without recursion.
 *
 * Subject: a JS string read with charCodeAt when its UTF-16 units are its code points (`arr`
 * null), else an array of code points / bytes. One `SreState` serves every attempt of a search
 * (and every search of a findall/sub/split loop): no allocation per character or per start
 * position on the single-width paths.
 *
 * Marks: marks[2g] / marks[2g+1] are group g+1's start/end (-1 unset); restored on backtracking
 * through `saved` (a stack of copies, popped in LIFO order).
 */

const enum Op {
  FAILURE, SUCCESS, ANY, ANY_ALL, ASSERT, ASSERT_NOT, AT, BRANCH, CATEGORY, CHARSET, BIGCHARSET,
  GROUPREF, GROUPREF_EXISTS, IN, INFO, JUMP, LITERAL, MARK, MAX_UNTIL, MIN_UNTIL, NOT_LITERAL,
  NEGATE, RANGE, REPEAT, REPEAT_ONE, SUBPATTERN, MIN_REPEAT_ONE, ATOMIC_GROUP, POSSESSIVE_REPEAT,
  POSSESSIVE_REPEAT_ONE, GROUPREF_IGNORE, IN_IGNORE, LITERAL_IGNORE, NOT_LITERAL_IGNORE,
  GROUPREF_LOC_IGNORE, IN_LOC_IGNORE, LITERAL_LOC_IGNORE, NOT_LITERAL_LOC_IGNORE,
  GROUPREF_UNI_IGNORE, IN_UNI_IGNORE, LITERAL_UNI_IGNORE, NOT_LITERAL_UNI_IGNORE, RANGE_UNI_IGNORE,
}

export const SRE_MAXREPEAT = 4294967295;
export const SRE_MAXGROUPS = 2147483647;

// ---- character predicates (Unicode ones cached per BMP code point: 0 unknown, 1 no, 2 yes) ----

// Case mappings cached as code point + 1 (0: not computed yet), so that the tables start as
// untouched zero pages instead of being filled at start-up.
const lowerCache = new Int32Array(65536);
const upperCache = new Int32Array(65536);

function lowerSlow(c: number): number {
  const l = String.fromCodePoint(c).toLowerCase();
  const cp = l.codePointAt(0)!;
  return l.length === (cp > 0xffff ? 2 : 1) ? cp : c;
}
function upperSlow(c: number): number {
  const u = String.fromCodePoint(c).toUpperCase();
  const cp = u.codePointAt(0)!;
  return u.length === (cp > 0xffff ? 2 : 1) ? cp : c;
}
export function lowerUni(c: number): number {
  if (c < 65536) {
    let r = lowerCache[c]!;
    if (r === 0) r = lowerCache[c] = lowerSlow(c) + 1;
    return r - 1;
  }
  return lowerSlow(c);
}
export function upperUni(c: number): number {
  if (c < 65536) {
    let r = upperCache[c]!;
    if (r === 0) r = upperCache[c] = upperSlow(c) + 1;
    return r - 1;
  }
  return upperSlow(c);
}
const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
const isDigitA = (c: number) => c >= 48 && c <= 57;
const isSpaceA = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isWordA = (c: number) => c < 128 && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95);
// Compiled on first use: V8 builds a property class's code point ranges when the literal is
// evaluated (~0.5 ms for the word class), which module initialisation would pay at every start.
let reUniDigit: RegExp | null = null;
let reUniSpace: RegExp | null = null;
let reUniWord: RegExp | null = null;
const digitCache = new Uint8Array(65536);
const spaceCache = new Uint8Array(65536);
const wordCache = new Uint8Array(65536);

function cachedTest(cache: Uint8Array, re: () => RegExp, c: number): boolean {
  if (c < 65536) {
    let v = cache[c]!;
    if (v === 0) v = cache[c] = re().test(String.fromCharCode(c)) ? 2 : 1;
    return v === 2;
  }
  return re().test(String.fromCodePoint(c));
}
const digitRe = () => (reUniDigit ??= /^\p{Nd}$/u);
const spaceRe = () => (reUniSpace ??= /^[\s\x1c-\x1f\x85]$/u);
const wordRe = () => (reUniWord ??= /^[\p{L}\p{N}_\p{Mn}\p{Mc}\p{Nl}]$/u);
const isDigitU = (c: number) => (c < 128 ? isDigitA(c) : cachedTest(digitCache, digitRe, c));
const isSpaceU = (c: number) => (c < 128 ? isSpaceA(c) || (c >= 28 && c <= 31) : cachedTest(spaceCache, spaceRe, c));
export const isWordU = (c: number) => (c < 128 ? isWordA(c) : cachedTest(wordCache, wordRe, c));
const isLinebreakU = (c: number) => c === 10 || c === 11 || c === 12 || c === 13 || c === 28 || c === 29 || c === 30 || c === 0x85 || c === 0x2028 || c === 0x2029;

function category(code: number, c: number): boolean {
  switch (code) {
    case 0: return isDigitA(c);
    case 1: return !isDigitA(c);
    case 2: return isSpaceA(c);
    case 3: return !isSpaceA(c);
    case 4: return isWordA(c);
    case 5: return !isWordA(c);
    case 6: return c === 10;
    case 7: return c !== 10;
    case 8: return isWordA(c);
    case 9: return !isWordA(c);
    case 10: return isDigitU(c);
    case 11: return !isDigitU(c);
    case 12: return isSpaceU(c);
    case 13: return !isSpaceU(c);
    case 14: return isWordU(c);
    case 15: return !isWordU(c);
    case 16: return isLinebreakU(c);
    case 17: return !isLinebreakU(c);
  }
  return false;
}

/** Does `c` belong to the set starting at code[p] (ends with FAILURE)? */
function inSet(code: Uint32Array, p: number, c: number): boolean {
  let ok = true;
  for (;;) {
    switch (code[p]) {
      case Op.FAILURE: return !ok;
      case Op.LITERAL: if (c === code[p + 1]) return ok; p += 2; break;
      case Op.CATEGORY: if (category(code[p + 1]!, c)) return ok; p += 2; break;
      case Op.CHARSET:
        if (c < 256 && (code[p + 1 + (c >> 5)]! & (1 << (c & 31))) !== 0) return ok;
        p += 9;
        break;
      case Op.RANGE: if (code[p + 1]! <= c && c <= code[p + 2]!) return ok; p += 3; break;
      case Op.RANGE_UNI_IGNORE: {
        if (code[p + 1]! <= c && c <= code[p + 2]!) return ok;
        const u = upperUni(c);
        if (code[p + 1]! <= u && u <= code[p + 2]!) return ok;
        p += 3;
        break;
      }
      case Op.NEGATE: ok = !ok; p += 1; break;
      case Op.BIGCHARSET: {
        const count = code[p + 1]!;
        p += 2;
        if (c < 65536) {
          const word = code[p + (c >> 10)]!;
          const block = (word >>> (((c >> 8) & 3) * 8)) & 0xff;
          const base = p + 64 + block * 8;
          if ((code[base + ((c & 255) >> 5)]! & (1 << (c & 31))) !== 0) return ok;
        }
        p += 64 + count * 8;
        break;
      }
      default: throw new Error(`sre: bad set opcode ${code[p]}`);
    }
  }
}

/** Does the single-width item at code[pc] accept character `c`? */
function oneChar(code: Uint32Array, pc: number, c: number): boolean {
  switch (code[pc]) {
    case Op.ANY: return c !== 10;
    case Op.ANY_ALL: return true;
    case Op.LITERAL: return c === code[pc + 1];
    case Op.NOT_LITERAL: return c !== code[pc + 1];
    case Op.LITERAL_IGNORE: return lowerAscii(c) === code[pc + 1];
    case Op.NOT_LITERAL_IGNORE: return lowerAscii(c) !== code[pc + 1];
    case Op.LITERAL_UNI_IGNORE: case Op.LITERAL_LOC_IGNORE: return c === code[pc + 1] || lowerUni(c) === code[pc + 1] || upperUni(c) === code[pc + 1];
    case Op.NOT_LITERAL_UNI_IGNORE: case Op.NOT_LITERAL_LOC_IGNORE: return !(c === code[pc + 1] || lowerUni(c) === code[pc + 1] || upperUni(c) === code[pc + 1]);
    case Op.IN: return inSet(code, pc + 2, c);
    case Op.IN_IGNORE: return inSet(code, pc + 2, lowerAscii(c));
    // The set holds the lowered forms (the compiler added every case variant): CPython tests the
    // lowered character only, so a negated set stays negated.
    case Op.IN_UNI_IGNORE: return inSet(code, pc + 2, lowerUni(c));
    case Op.IN_LOC_IGNORE: { const lo = lowerUni(c), up = upperUni(c); return inSet(code, pc + 2, lo) || (up !== lo && inSet(code, pc + 2, up)); }
    case Op.CATEGORY: return category(code[pc + 1]!, c);
  }
  throw new Error(`sre: opcode ${code[pc]} is not single-width`);
}

/** Width in code units of a single-width item (for advancing pc past it). */
function itemLen(code: Uint32Array, pc: number): number {
  switch (code[pc]) {
    case Op.ANY: case Op.ANY_ALL: return 1;
    case Op.IN: case Op.IN_IGNORE: case Op.IN_UNI_IGNORE: case Op.IN_LOC_IGNORE: return 1 + code[pc + 1]!;
    default: return 2;
  }
}

function isSingleWidth(op: number): boolean {
  switch (op) {
    case Op.ANY: case Op.ANY_ALL: case Op.LITERAL: case Op.NOT_LITERAL: case Op.LITERAL_IGNORE:
    case Op.NOT_LITERAL_IGNORE: case Op.LITERAL_UNI_IGNORE: case Op.NOT_LITERAL_UNI_IGNORE:
    case Op.LITERAL_LOC_IGNORE: case Op.NOT_LITERAL_LOC_IGNORE: case Op.CATEGORY:
    case Op.IN: case Op.IN_IGNORE: case Op.IN_UNI_IGNORE: case Op.IN_LOC_IGNORE:
      return true;
  }
  return false;
}

/**
 * A compiled pattern: its code as an Uint32Array and `first`, the pc of a single-width item every
 * match must begin with (-1 when there is none): a search skips start positions it rejects.
 */
export class SreProgram {
  readonly first: number;
  /** The literal code point a match must begin with, or -1. */
  readonly firstLit: number;
  constructor(readonly code: Uint32Array) {
    let pc = 0;
    if (code[pc] === Op.INFO) pc += 1 + code[pc + 1]!;
    let first = -1;
    for (;;) {
      const op = code[pc]!;
      if (op === Op.MARK) { pc += 2; continue; }
      if (isSingleWidth(op)) first = pc;
      else if ((op === Op.REPEAT_ONE || op === Op.MIN_REPEAT_ONE || op === Op.POSSESSIVE_REPEAT_ONE) && code[pc + 2]! >= 1) first = pc + 4;
      break;
    }
    this.first = first;
    this.firstLit = first >= 0 && code[first] === Op.LITERAL ? code[first + 1]! : -1;
  }

  private readonly tables: (Uint8Array | undefined)[] = [];
  /** oneChar(code, pc, c) for every c < 256, computed on first use (1 accepts, 0 rejects). */
  table(pc: number): Uint8Array {
    let t = this.tables[pc];
    if (t === undefined) {
      t = new Uint8Array(256);
      for (let c = 0; c < 256; c++) t[c] = oneChar(this.code, pc, c) ? 1 : 0;
      this.tables[pc] = t;
    }
    return t;
  }
}

export interface SreResult { start: number; end: number; marks: number[]; lastindex: number }

type Cont = (pos: number) => boolean;

/**
 * Matching state over one subject. `run` performs a match (mode 0), fullmatch (1) or search (2);
 * after success `start`/`end`/`marks`/`lastindex` describe the match. `mustAdvance` rejects an
 * empty match at the search's first position (the findall/sub/split/scanner rule of 3.7+).
 */
export class SreState {
  marks: number[];
  lastindex = -1;
  start = -1;
  end = -1;
  private steps = 0;
  private attemptStart = 0;
  private mode = 0;
  private mustAdvance = false;
  private readonly saved: number[] = [];
  private readonly code: Uint32Array;
  private readonly topK: Cont;
  constructor(private readonly prog: SreProgram, private str: string, private arr: ArrayLike<number> | null,
    private endpos: number, ngroups: number) {
    this.code = prog.code;
    this.marks = new Array<number>(ngroups * 2).fill(-1);
    this.topK = (p: number): boolean => {
      if (this.mode === 1 && p !== this.endpos) return false;
      if (this.mustAdvance && p === this.attemptStart) return false;
      this.end = p;
      return true;
    };
  }

  /** Reuses the state for another subject (same program and group count). */
  reset(str: string, arr: ArrayLike<number> | null, endpos: number): void {
    this.str = str;
    this.arr = arr;
    this.endpos = endpos;
    this.start = this.end = -1;
    if (this.saved.length !== 0) this.saved.length = 0;
  }

  private ch(i: number): number {
    return this.arr === null ? this.str.charCodeAt(i) : this.arr[i]!;
  }

  private resetMarks(): void {
    const m = this.marks;
    for (let i = 0; i < m.length; i++) m[i] = -1;
    this.lastindex = -1;
  }

  private attempt(start: number): boolean {
    this.attemptStart = start;
    this.steps = 0;
    if (this.marks.length || this.lastindex !== -1) this.resetMarks();
    if (this.seq(0, start, this.topK)) { this.start = start; return true; }
    return false;
  }

  run(pos: number, mode: number, mustAdvance: boolean): boolean {
    this.mode = mode;
    this.mustAdvance = mustAdvance;
    if (mode !== 2) return this.attempt(pos);
    const endpos = this.endpos, prog = this.prog, first = prog.first, code = this.code;
    let start = pos;
    if (start <= endpos && this.attempt(start)) return true;
    this.mustAdvance = false;
    if (first < 0) {
      for (start++; start <= endpos; start++) if (this.attempt(start)) return true;
      return false;
    }
    const lit = prog.firstLit;
    if (lit >= 0 && this.arr === null && lit < 0xd800) {
      const needle = String.fromCharCode(lit), s = this.str;
      for (;;) {
        start = s.indexOf(needle, start + 1);
        if (start < 0 || start >= endpos) return false;
        if (this.attempt(start)) return true;
      }
    }
    const tab = prog.table(first);
    for (start++; start < endpos; start++) {
      const c = this.ch(start);
      if (c < 256 ? tab[c] === 0 : !oneChar(code, first, c)) continue;
      if (this.attempt(start)) return true;
    }
    return false;
  }

  private wordAt(i: number, uni: boolean): boolean {
    if (i < 0 || i >= this.endpos) return false;
    const c = this.ch(i);
    return uni ? isWordU(c) : isWordA(c);
  }

  private at(code: number, pos: number): boolean {
    const end = this.endpos;
    switch (code) {
      case 0: case 2: return pos === 0;
      case 1: return pos === 0 || this.ch(pos - 1) === 10;
      case 5: return pos === end || (pos === end - 1 && this.ch(pos) === 10);
      case 6: return pos === end || this.ch(pos) === 10;
      case 7: return pos === end;
      case 3: case 8: return end > 0 && this.wordAt(pos - 1, false) !== this.wordAt(pos, false);
      case 10: return end > 0 && this.wordAt(pos - 1, true) !== this.wordAt(pos, true);
      case 4: case 9: return end > 0 && this.wordAt(pos - 1, false) === this.wordAt(pos, false);
      case 11: return end > 0 && this.wordAt(pos - 1, true) === this.wordAt(pos, true);
    }
    return false;
  }

  /** Does the single-width item at code[pc] match character index `pos`? */
  private one(pc: number, pos: number): boolean {
    if (pos >= this.endpos) return false;
    return oneChar(this.code, pc, this.ch(pos));
  }

  /** How many consecutive characters from `pos` (at most `max`) the item at `pc` accepts. */
  private count(pc: number, pos: number, max: number): number {
    const code = this.code;
    let lim = this.endpos - pos;
    if (max < lim) lim = max;
    let n = 0;
    const op = code[pc]!;
    if (this.arr === null) {
      const s = this.str;
      switch (op) {
        case Op.ANY_ALL: return lim;
        case Op.ANY: while (n < lim && s.charCodeAt(pos + n) !== 10) n++; return n;
        case Op.LITERAL: { const v = code[pc + 1]!; while (n < lim && s.charCodeAt(pos + n) === v) n++; return n; }
        case Op.NOT_LITERAL: { const v = code[pc + 1]!; while (n < lim && s.charCodeAt(pos + n) !== v) n++; return n; }
      }
      const tab = this.prog.table(pc);
      for (; n < lim; n++) {
        const c = s.charCodeAt(pos + n);
        if (c < 256 ? tab[c] === 0 : !oneChar(code, pc, c)) break;
      }
      return n;
    }
    const a = this.arr, tab = this.prog.table(pc);
    for (; n < lim; n++) {
      const c = a[pos + n]!;
      if (c < 256 ? tab[c] === 0 : !oneChar(code, pc, c)) break;
    }
    return n;
  }

  private saveMarks(): number {
    const base = this.saved.length;
    const m = this.marks, sv = this.saved;
    for (let i = 0; i < m.length; i++) sv.push(m[i]!);
    sv.push(this.lastindex);
    return base;
  }
  private restoreMarks(base: number): void {
    const m = this.marks, sv = this.saved;
    for (let i = 0; i < m.length; i++) m[i] = sv[base + i]!;
    this.lastindex = sv[base + m.length]!;
  }
  private dropMarks(base: number): void {
    this.saved.length = base;
  }

  private groupStart(g: number): number {
    const a = this.marks[2 * g] ?? -1, b = this.marks[2 * g + 1] ?? -1;
    return a < 0 || b < 0 || b < a ? -1 : a;
  }

  seq(pc: number, pos: number, k: Cont): boolean {
    const code = this.code;
    if (++this.steps > 5e7) throw new Error('sre: match too complex');
    for (;;) {
      const op = code[pc]!;
      switch (op) {
        case Op.FAILURE: return false;
        case Op.SUCCESS: case Op.MAX_UNTIL: case Op.MIN_UNTIL: return k(pos);
        case Op.INFO: pc += 1 + code[pc + 1]!; break;
        case Op.JUMP: pc += 1 + code[pc + 1]!; break;
        case Op.LITERAL:
          if (pos >= this.endpos || this.ch(pos) !== code[pc + 1]) return false;
          pc += 2;
          pos++;
          break;
        case Op.ANY: case Op.ANY_ALL: case Op.NOT_LITERAL: case Op.LITERAL_IGNORE:
        case Op.NOT_LITERAL_IGNORE: case Op.LITERAL_UNI_IGNORE: case Op.NOT_LITERAL_UNI_IGNORE:
        case Op.LITERAL_LOC_IGNORE: case Op.NOT_LITERAL_LOC_IGNORE: case Op.CATEGORY:
        case Op.IN: case Op.IN_IGNORE: case Op.IN_UNI_IGNORE: case Op.IN_LOC_IGNORE:
          if (!this.one(pc, pos)) return false;
          pc += itemLen(code, pc);
          pos++;
          break;
        case Op.AT:
          if (!this.at(code[pc + 1]!, pos)) return false;
          pc += 2;
          break;
        case Op.MARK: {
          const i = code[pc + 1]!;
          const old = this.marks[i] ?? -1, oldLast = this.lastindex;
          this.marks[i] = pos;
          if (i & 1) this.lastindex = (i >> 1) + 1;
          if (this.seq(pc + 2, pos, k)) return true;
          this.marks[i] = old;
          this.lastindex = oldLast;
          return false;
        }
        case Op.BRANCH: {
          if (this.marks.length === 0) {
            for (let p = pc + 1; code[p]; p += code[p]!) {
              // An alternative opening with a literal that cannot match is skipped outright.
              if (code[p + 1] === Op.LITERAL && (pos >= this.endpos || this.ch(pos) !== code[p + 2])) continue;
              if (this.seq(p + 1, pos, k)) return true;
            }
            return false;
          }
          const base = this.saveMarks();
          for (let p = pc + 1; code[p]; p += code[p]!) {
            if (code[p + 1] === Op.LITERAL && (pos >= this.endpos || this.ch(pos) !== code[p + 2])) continue;
            if (this.seq(p + 1, pos, k)) { this.dropMarks(base); return true; }
            this.restoreMarks(base);
          }
          this.dropMarks(base);
          return false;
        }
        case Op.REPEAT_ONE: case Op.MIN_REPEAT_ONE: case Op.POSSESSIVE_REPEAT_ONE: {
          const min = code[pc + 2]!, max = code[pc + 3]! >= SRE_MAXREPEAT ? Infinity : code[pc + 3]!;
          const item = pc + 4, tail = pc + 1 + code[pc + 1]!;
          if (op === Op.MIN_REPEAT_ONE) {
            let n = 0;
            if (min > 0) {
              n = this.count(item, pos, min);
              if (n < min) return false;
            }
            for (;;) {
              if (this.seq(tail, pos + n, k)) return true;
              if (n >= max || !this.one(item, pos + n)) return false;
              n++;
            }
          }
          let n = this.count(item, pos, max);
          if (n < min) return false;
          if (op === Op.POSSESSIVE_REPEAT_ONE) { pos += n; pc = tail; break; }
          // Greedy: a literal tail lets most positions be skipped at once.
          const lit = code[tail] === Op.LITERAL ? code[tail + 1]! : -1;
          for (; n >= min; n--) {
            if (lit >= 0 && (pos + n >= this.endpos || this.ch(pos + n) !== lit)) continue;
            if (this.seq(tail, pos + n, k)) return true;
          }
          return false;
        }
        case Op.REPEAT: case Op.POSSESSIVE_REPEAT: {
          const min = code[pc + 2]!, max = code[pc + 3]! >= SRE_MAXREPEAT ? Infinity : code[pc + 3]!;
          const body = pc + 4;
          const untilPc = pc + 1 + code[pc + 1]!;
          if (op === Op.POSSESSIVE_REPEAT) {
            let n = 0;
            let got = -1;
            const grab: Cont = (p) => { got = p; return true; };
            for (;;) {
              if (n >= max) break;
              const base = this.saveMarks();
              if (!this.seq(body, pos, grab)) { this.restoreMarks(base); this.dropMarks(base); break; }
              this.dropMarks(base);
              if (got === pos && n >= min) break;
              pos = got;
              n++;
            }
            if (n < min) return false;
            pc = untilPc + 1; // past the body's SUCCESS
            break;
          }
          const minimal = code[untilPc] === Op.MIN_UNTIL;
          const tail = untilPc + 1;
          const rep = (count: number, p: number): boolean => {
            if (count < min) return this.seq(body, p, (q) => rep(count + 1, q));
            if (minimal) {
              if (this.seq(tail, p, k)) return true;
              if (count >= max) return false;
              return this.seq(body, p, (q) => q !== p && rep(count + 1, q));
            }
            if (count < max) {
              const base = this.saveMarks();
              if (this.seq(body, p, (q) => q !== p && rep(count + 1, q))) { this.dropMarks(base); return true; }
              this.restoreMarks(base);
              this.dropMarks(base);
            }
            return this.seq(tail, p, k);
          };
          return rep(0, pos);
        }
        case Op.ATOMIC_GROUP: {
          let got = -1;
          if (!this.seq(pc + 2, pos, (p) => { got = p; return true; })) return false;
          pos = got;
          pc = pc + 1 + code[pc + 1]!;
          break;
        }
        case Op.ASSERT: case Op.ASSERT_NOT: {
          const back = code[pc + 2]!;
          const start = pos - back;
          const base = this.saveMarks();
          const ok = start >= 0 && this.seq(pc + 3, start, () => true);
          if (op === Op.ASSERT_NOT || !ok) this.restoreMarks(base);
          this.dropMarks(base);
          if (ok === (op === Op.ASSERT_NOT)) return false;
          pc = pc + 1 + code[pc + 1]!;
          break;
        }
        case Op.GROUPREF: case Op.GROUPREF_IGNORE: case Op.GROUPREF_UNI_IGNORE: case Op.GROUPREF_LOC_IGNORE: {
          const g = code[pc + 1]!;
          const a = this.groupStart(g);
          if (a < 0) return false;
          const len = this.marks[2 * g + 1]! - a;
          if (pos + len > this.endpos) return false;
          for (let i = 0; i < len; i++) {
            let x = this.ch(a + i), y = this.ch(pos + i);
            if (op !== Op.GROUPREF) { x = lowerUni(x); y = lowerUni(y); }
            if (x !== y) return false;
          }
          pos += len;
          pc += 2;
          break;
        }
        case Op.GROUPREF_EXISTS:
          pc = this.groupStart(code[pc + 1]!) >= 0 ? pc + 3 : pc + 1 + code[pc + 2]!;
          break;
        default:
          throw new Error(`sre: unsupported opcode ${op}`);
      }
    }
  }
}

/** One match attempt (mode 0 match, 1 fullmatch) at `pos`, or a search (mode 2) from `pos`. */
export function sreRun(code: number[], s: number[], pos: number, endpos: number, mode: number, _flags: number, ngroups: number): SreResult | null {
  const st = new SreState(new SreProgram(Uint32Array.from(code)), '', s, endpos, ngroups);
  if (!st.run(pos, mode, false)) return null;
  return { start: st.start, end: st.end, marks: st.marks, lastindex: st.lastindex };
}
