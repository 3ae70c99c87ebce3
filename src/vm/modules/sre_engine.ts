/**
 * The SRE matching engine (Modules/_sre/sre_lib.h semantics): runs the code lists that
 * Lib/re/_compiler.py produces against a string of code points. Backtracking in continuation-
 * passing style: `seq(pc, pos, k)` matches the operations from `pc` and calls `k(end)` where the
 * sequence ends (SUCCESS, or the MAX_UNTIL/MIN_UNTIL of the repeat whose body it is); single-
 * width repeats (REPEAT_ONE and friends) iterate without recursion.
 *
 * Marks: marks[2g] / marks[2g+1] are group g+1's start/end (-1 unset); restored on backtracking.
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
const SRE_FLAG_UNICODE = 32;

export function lowerUni(c: number): number {
  const s = String.fromCodePoint(c);
  const l = s.toLowerCase();
  return [...l].length === 1 ? l.codePointAt(0)! : c;
}
export function upperUni(c: number): number {
  const s = String.fromCodePoint(c);
  const u = s.toUpperCase();
  return [...u].length === 1 ? u.codePointAt(0)! : c;
}
const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
const isDigitA = (c: number) => c >= 48 && c <= 57;
const isSpaceA = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isWordA = (c: number) => c < 128 && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95);
const isLinebreak = (c: number) => c === 10;
const reUniDigit = /^\p{Nd}$/u;
const reUniSpace = /^[\s\x1c-\x1f\x85]$/u;
const reUniWord = /^[\p{L}\p{N}_\p{Mn}\p{Mc}\p{Nl}]$/u;
const isDigitU = (c: number) => (c < 128 ? isDigitA(c) : reUniDigit.test(String.fromCodePoint(c)));
const isSpaceU = (c: number) => (c < 128 ? isSpaceA(c) || (c >= 28 && c <= 31) : reUniSpace.test(String.fromCodePoint(c)));
const isWordU = (c: number) => (c < 128 ? isWordA(c) : reUniWord.test(String.fromCodePoint(c)));
const isLinebreakU = (c: number) => c === 10 || c === 11 || c === 12 || c === 13 || c === 28 || c === 29 || c === 30 || c === 0x85 || c === 0x2028 || c === 0x2029;

function category(code: number, c: number): boolean {
  switch (code) {
    case 0: return isDigitA(c);
    case 1: return !isDigitA(c);
    case 2: return isSpaceA(c);
    case 3: return !isSpaceA(c);
    case 4: return isWordA(c);
    case 5: return !isWordA(c);
    case 6: return isLinebreak(c);
    case 7: return !isLinebreak(c);
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
function inSet(code: number[], p: number, c: number): boolean {
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

export interface SreResult { start: number; end: number; marks: number[]; lastindex: number }

export class SreMatcher {
  marks: number[] = [];
  lastindex = -1;
  private steps = 0;
  constructor(private readonly code: number[], private readonly s: number[], private readonly endpos: number, private readonly flags: number) {}

  private wordAt(i: number): boolean {
    if (i < 0 || i >= this.endpos) return false;
    const c = this.s[i]!;
    return this.flags & SRE_FLAG_UNICODE ? isWordU(c) : isWordA(c);
  }

  private at(code: number, pos: number): boolean {
    const s = this.s, end = this.endpos;
    switch (code) {
      case 0: case 2: return pos === 0;
      case 1: return pos === 0 || s[pos - 1] === 10;
      case 5: return pos === end || (pos === end - 1 && s[pos] === 10);
      case 6: return pos === end || s[pos] === 10;
      case 7: return pos === end;
      case 3: case 8: case 10: return this.wordAt(pos - 1) !== this.wordAt(pos) && (pos > 0 || pos < end) && end > 0;
      case 4: case 9: case 11: return end > 0 ? this.wordAt(pos - 1) === this.wordAt(pos) : false;
    }
    return false;
  }

  /** Does the single-width item at code[pc] match character index `pos`? */
  private one(pc: number, pos: number): boolean {
    if (pos >= this.endpos) return false;
    const c = this.s[pos]!;
    const code = this.code;
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
      case Op.IN_UNI_IGNORE: case Op.IN_LOC_IGNORE: return inSet(code, pc + 2, lowerUni(c)) || inSet(code, pc + 2, c) || inSet(code, pc + 2, upperUni(c));
      case Op.CATEGORY: return category(code[pc + 1]!, c);
    }
    throw new Error(`sre: opcode ${code[pc]} is not single-width`);
  }

  /** Width in code units of a single-width item (for advancing pc past it). */
  private itemLen(pc: number): number {
    const code = this.code;
    switch (code[pc]) {
      case Op.ANY: case Op.ANY_ALL: return 1;
      case Op.IN: case Op.IN_IGNORE: case Op.IN_UNI_IGNORE: case Op.IN_LOC_IGNORE: return 1 + code[pc + 1]!;
      default: return 2;
    }
  }

  private setMark(i: number, pos: number): void {
    this.marks[i] = pos;
    if (i & 1) this.lastindex = (i >> 1) + 1;
  }

  private groupText(g: number): [number, number] | null {
    const a = this.marks[2 * g] ?? -1, b = this.marks[2 * g + 1] ?? -1;
    if (a < 0 || b < 0 || b < a) return null;
    return [a, b];
  }

  seq(pc: number, pos: number, k: (pos: number) => boolean): boolean {
    const code = this.code, s = this.s;
    if (++this.steps > 5e7) throw new Error('sre: match too complex');
    for (;;) {
      const op = code[pc]!;
      switch (op) {
        case Op.FAILURE: return false;
        case Op.SUCCESS: case Op.MAX_UNTIL: case Op.MIN_UNTIL: return k(pos);
        case Op.INFO: pc += 1 + code[pc + 1]!; break;
        case Op.JUMP: pc += 1 + code[pc + 1]!; break;
        case Op.ANY: case Op.ANY_ALL: case Op.LITERAL: case Op.NOT_LITERAL: case Op.LITERAL_IGNORE:
        case Op.NOT_LITERAL_IGNORE: case Op.LITERAL_UNI_IGNORE: case Op.NOT_LITERAL_UNI_IGNORE:
        case Op.LITERAL_LOC_IGNORE: case Op.NOT_LITERAL_LOC_IGNORE: case Op.CATEGORY:
        case Op.IN: case Op.IN_IGNORE: case Op.IN_UNI_IGNORE: case Op.IN_LOC_IGNORE:
          if (!this.one(pc, pos)) return false;
          pc += this.itemLen(pc);
          pos++;
          break;
        case Op.AT:
          if (!this.at(code[pc + 1]!, pos)) return false;
          pc += 2;
          break;
        case Op.MARK: {
          const i = code[pc + 1]!;
          const old = this.marks[i] ?? -1, oldLast = this.lastindex;
          this.setMark(i, pos);
          if (this.seq(pc + 2, pos, k)) return true;
          this.marks[i] = old;
          this.lastindex = oldLast;
          return false;
        }
        case Op.BRANCH: {
          const saved = this.marks.slice(), oldLast = this.lastindex;
          for (let p = pc + 1; code[p]; p += code[p]!) {
            if (this.seq(p + 1, pos, k)) return true;
            this.marks = saved.slice();
            this.lastindex = oldLast;
          }
          return false;
        }
        case Op.REPEAT_ONE: case Op.MIN_REPEAT_ONE: case Op.POSSESSIVE_REPEAT_ONE: {
          const min = code[pc + 2]!, max = code[pc + 3]! >= SRE_MAXREPEAT ? Infinity : code[pc + 3]!;
          const item = pc + 4, tail = pc + 1 + code[pc + 1]!;
          if (op === Op.MIN_REPEAT_ONE) {
            let n = 0;
            while (n < min) { if (!this.one(item, pos + n)) return false; n++; }
            for (;;) {
              if (this.seq(tail, pos + n, k)) return true;
              if (n >= max || !this.one(item, pos + n)) return false;
              n++;
            }
          }
          let n = 0;
          while (n < max && this.one(item, pos + n)) n++;
          if (n < min) return false;
          if (op === Op.POSSESSIVE_REPEAT_ONE) { pos += n; pc = tail; break; }
          // Greedy: a literal tail lets most positions be skipped at once.
          const lit = code[tail] === Op.LITERAL ? code[tail + 1]! : -1;
          for (; n >= min; n--) {
            if (lit >= 0 && s[pos + n] !== lit) continue;
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
            for (;;) {
              if (n >= max) break;
              let got = -1;
              const saved = this.marks.slice(), oldLast = this.lastindex;
              if (!this.seq(body, pos, (p) => { got = p; return true; })) { this.marks = saved; this.lastindex = oldLast; break; }
              if (got === pos && n >= min) break;
              pos = got;
              n++;
            }
            if (n < min) return false;
            pc = untilPc;
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
              const saved = this.marks.slice(), oldLast = this.lastindex;
              if (this.seq(body, p, (q) => q !== p && rep(count + 1, q))) return true;
              this.marks = saved;
              this.lastindex = oldLast;
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
          const saved = this.marks.slice(), oldLast = this.lastindex;
          const ok = start >= 0 && this.seq(pc + 3, start, () => true);
          if (op === Op.ASSERT_NOT || !ok) { this.marks = saved; this.lastindex = oldLast; }
          if (ok === (op === Op.ASSERT_NOT)) return false;
          pc = pc + 1 + code[pc + 1]!;
          break;
        }
        case Op.GROUPREF: case Op.GROUPREF_IGNORE: case Op.GROUPREF_UNI_IGNORE: case Op.GROUPREF_LOC_IGNORE: {
          const g = this.groupText(code[pc + 1]!);
          if (!g) return false;
          const len = g[1] - g[0];
          if (pos + len > this.endpos) return false;
          for (let i = 0; i < len; i++) {
            let a = s[g[0] + i]!, b = s[pos + i]!;
            if (op !== Op.GROUPREF) { a = lowerUni(a); b = lowerUni(b); }
            if (a !== b) return false;
          }
          pos += len;
          pc += 2;
          break;
        }
        case Op.GROUPREF_EXISTS:
          pc = this.groupText(code[pc + 1]!) ? pc + 3 : pc + 1 + code[pc + 2]!;
          break;
        default:
          throw new Error(`sre: unsupported opcode ${op}`);
      }
    }
  }
}

/** One match attempt (mode 0 match, 1 fullmatch) at `pos`, or a search (mode 2) from `pos`. */
export function sreRun(code: number[], s: number[], pos: number, endpos: number, mode: number, flags: number, ngroups: number): SreResult | null {
  const try1 = (start: number): SreResult | null => {
    const m = new SreMatcher(code, s, endpos, flags);
    m.marks = new Array(ngroups * 2).fill(-1);
    let end = -1;
    const ok = m.seq(0, start, (p) => {
      if (mode === 1 && p !== endpos) return false;
      end = p;
      return true;
    });
    return ok ? { start, end, marks: m.marks, lastindex: m.lastindex } : null;
  };
  if (mode !== 2) return try1(pos);
  for (let start = pos; start <= endpos; start++) {
    const r = try1(start);
    if (r) return r;
  }
  return null;
}
