/**
 * AST optimizer: CPython 3.12's Python/ast_opt.c. Folds constant expressions in place (BinOp,
 * UnaryOp, Subscript, Tuple of constants, `not` of single is/in comparisons), rewrites
 * `str % tuple` with simple %s/%r/%a into an f-string, turns list/set displays used as `in`
 * operands or `for` iterables into tuples/frozensets, and replaces `__debug__`.
 *
 * Invariants: a node that folds keeps its identity and location; it becomes
 * `{_type: 'Constant', value, kind: null}`. Whenever CPython's fold would raise (division by
 * zero, type errors, size limits: ints of more than 128 bits, strings longer than 4096,
 * collections over 256 items), the node is left alone.
 */
import type * as A from '../ast/nodes';
import type { ConstValue } from '../ast/constants';
import { getDocString, CO_FUTURE_ANNOTATIONS } from './future';
import { PyRecursionError } from './errors';

const MAX_INT_SIZE = 128;
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;
const MAX_TOTAL_ITEMS = 1024;

export interface AstOptState {
  optimize: number;
  features: number;
}

/** Thrown internally when a fold would raise in CPython; the node then stays as it is. */
class NoFold extends Error {}
/** float ** float with a negative base and fractional exponent: Python computes it as complex. */
class ComplexResult extends Error {}
const nofold = (): never => { throw new NoFold(); };

function makeConst(node: A.expr, v: ConstValue | null): void {
  if (v === null) return;
  const n = node as any;
  for (const k of Object.keys(n)) {
    if (k !== 'lineno' && k !== 'col_offset' && k !== 'end_lineno' && k !== 'end_col_offset') delete n[k];
  }
  n._type = 'Constant';
  n.value = v;
  n.kind = null;
}

function attempt(f: () => ConstValue | null): ConstValue | null {
  try {
    return f();
  } catch (e) {
    if (e instanceof NoFold) return null;
    throw e;
  }
}

// ---- Python value semantics for compile-time constants -------------------------------------

const I = (v: bigint): ConstValue => ({ k: 'int', v });
const F = (v: number): ConstValue => ({ k: 'float', v });
const C = (re: number, im: number): ConstValue => ({ k: 'complex', re, im });
const B = (v: boolean): ConstValue => ({ k: 'bool', v });

function isIntLike(v: ConstValue): v is { k: 'int'; v: bigint } | { k: 'bool'; v: boolean } {
  return v.k === 'int' || v.k === 'bool';
}
function asBig(v: ConstValue): bigint {
  if (v.k === 'int') return v.v;
  if (v.k === 'bool') return v.v ? 1n : 0n;
  return nofold();
}
function intToFloat(b: bigint): number {
  const f = Number(b);
  if (!Number.isFinite(f)) nofold();
  return f;
}
function asFloat(v: ConstValue): number {
  if (isIntLike(v)) return intToFloat(asBig(v));
  if (v.k === 'float') return v.v;
  return nofold();
}
function isNumber(v: ConstValue): boolean {
  return v.k === 'int' || v.k === 'bool' || v.k === 'float' || v.k === 'complex';
}
/** The arithmetic "level" of two numbers: 0 int, 1 float, 2 complex. */
function level(a: ConstValue, b: ConstValue): number {
  const l = (v: ConstValue): number => (v.k === 'complex' ? 2 : v.k === 'float' ? 1 : 0);
  return Math.max(l(a), l(b));
}
function asComplex(v: ConstValue): [number, number] {
  if (v.k === 'complex') return [v.re, v.im];
  return [asFloat(v), 0];
}
function bitLength(b: bigint): number {
  if (b < 0n) b = -b;
  return b === 0n ? 0 : b.toString(2).length;
}
function floorDivBig(a: bigint, b: bigint): bigint {
  if (b === 0n) nofold();
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}
function modBig(a: bigint, b: bigint): bigint {
  if (b === 0n) nofold();
  const m = a % b;
  return m !== 0n && (m < 0n) !== (b < 0n) ? m + b : m;
}
/** copysign(0.0, x) */
const copysign0 = (x: number): number => (x < 0 || Object.is(x, -0) ? -0 : 0);

// C truth tests: NaN counts as true (JS treats NaN as falsy), hence the explicit `!== 0`.
function floatMod(vx: number, wx: number): number {
  if (wx === 0) nofold();
  let mod = vx % wx;
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) mod += wx;
  } else {
    mod = copysign0(wx);
  }
  return mod;
}
function floatFloorDiv(vx: number, wx: number): number {
  if (wx === 0) nofold();
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) {
      mod += wx;
      div -= 1;
    }
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    floordiv = copysign0(vx / wx);
  }
  return floordiv;
}
function floatPow(x: number, y: number): number {
  if (y === 0) return 1;
  if (Number.isNaN(x)) return y === 0 ? 1 : x;
  if (Number.isNaN(y)) return x === 1 ? 1 : y;
  if (x === 0 && y < 0) nofold();
  if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && Math.floor(y) !== y) throw new ComplexResult();
  if (Number.isFinite(y) || Math.abs(x) !== 1) {
    // Cases where one correctly rounded operation gives glibc pow()'s (correctly rounded) result;
    // otherwise V8's pow may differ from glibc in the last ulp.
    const r = y === 1 ? x : y === 2 ? x * x : y === -1 ? 1 / x : y === 0.5 && x > 0 && Number.isFinite(x) ? Math.sqrt(x) : x ** y;
    if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) nofold(); // OverflowError
    return r;
  }
  return 1; // (+-1) ** +-inf
}
function complexQuot(a: [number, number], b: [number, number]): [number, number] {
  const [ar, ai] = a;
  const [br, bi] = b;
  const absBr = Math.abs(br);
  const absBi = Math.abs(bi);
  if (absBr >= absBi) {
    if (absBr === 0) nofold();
    const ratio = bi / br;
    const denom = br + bi * ratio;
    return [(ar + ai * ratio) / denom, (ai - ar * ratio) / denom];
  } else if (absBi >= absBr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    return [(ar * ratio + ai) / denom, (ai * ratio - ar) / denom];
  }
  return [NaN, NaN];
}

function seqLen(v: ConstValue): number {
  switch (v.k) {
    case 'str': return [...v.v].length;
    case 'bytes': return v.v.length;
    case 'tuple': case 'frozenset': return v.v.length;
    default: return -1;
  }
}

function repeat(seq: ConstValue, n: bigint): ConstValue {
  // The count must fit a Py_ssize_t (else OverflowError); safeMultiply bounds it for non-empty
  // sequences, an empty one stays empty.
  if (n > 0x7fffffffffffffffn || n < -0x8000000000000000n) nofold();
  const k = n <= 0n || seqLen(seq) === 0 ? 0 : Number(n);
  switch (seq.k) {
    case 'str': return { k: 'str', v: seq.v.repeat(k) };
    case 'bytes': {
      const out = new Uint8Array(seq.v.length * k);
      for (let i = 0; i < k; i++) out.set(seq.v, i * seq.v.length);
      return { k: 'bytes', v: out };
    }
    case 'tuple': {
      const out: ConstValue[] = [];
      for (let i = 0; i < k; i++) out.push(...seq.v);
      return { k: 'tuple', v: out };
    }
    default: return nofold();
  }
}

function checkComplexity(v: ConstValue, limit: number): number {
  if (v.k === 'tuple' || v.k === 'frozenset') {
    limit -= v.v.length;
    for (let i = 0; limit >= 0 && i < v.v.length; i++) limit = checkComplexity(v.v[i]!, limit);
  }
  return limit;
}

function add(a: ConstValue, b: ConstValue): ConstValue {
  if (isNumber(a) && isNumber(b)) {
    const l = level(a, b);
    if (l === 0) return I(asBig(a) + asBig(b));
    if (l === 1) return F(asFloat(a) + asFloat(b));
    const [ar, ai] = asComplex(a);
    const [br, bi] = asComplex(b);
    return C(ar + br, ai + bi);
  }
  if (a.k === 'str' && b.k === 'str') return { k: 'str', v: a.v + b.v };
  if (a.k === 'bytes' && b.k === 'bytes') {
    const out = new Uint8Array(a.v.length + b.v.length);
    out.set(a.v);
    out.set(b.v, a.v.length);
    return { k: 'bytes', v: out };
  }
  if (a.k === 'tuple' && b.k === 'tuple') return { k: 'tuple', v: [...a.v, ...b.v] };
  return nofold();
}

function sub(a: ConstValue, b: ConstValue): ConstValue {
  if (isNumber(a) && isNumber(b)) {
    const l = level(a, b);
    if (l === 0) return I(asBig(a) - asBig(b));
    if (l === 1) return F(asFloat(a) - asFloat(b));
    const [ar, ai] = asComplex(a);
    const [br, bi] = asComplex(b);
    return C(ar - br, ai - bi);
  }
  return nofold();
}

function mul(a: ConstValue, b: ConstValue): ConstValue {
  if (isNumber(a) && isNumber(b)) {
    const l = level(a, b);
    if (l === 0) return I(asBig(a) * asBig(b));
    if (l === 1) return F(asFloat(a) * asFloat(b));
    const [ar, ai] = asComplex(a);
    const [br, bi] = asComplex(b);
    return C(ar * br - ai * bi, ar * bi + ai * br);
  }
  if (isIntLike(a) && seqLen(b) >= 0) return repeat(b, asBig(a));
  if (isIntLike(b) && seqLen(a) >= 0) return repeat(a, asBig(b));
  return nofold();
}

function safeMultiply(v: ConstValue, w: ConstValue): ConstValue {
  if (isIntLike(v) && isIntLike(w)) {
    const a = asBig(v);
    const b = asBig(w);
    if (a !== 0n && b !== 0n && bitLength(a) + bitLength(b) > MAX_INT_SIZE) nofold();
  } else if (isIntLike(v) && (w.k === 'tuple' || w.k === 'frozenset')) {
    const size = w.v.length;
    if (size) {
      const n = asBig(v);
      if (n < 0n || n > BigInt(Math.floor(MAX_COLLECTION_SIZE / size))) nofold();
      if (n && checkComplexity(w, Math.floor(MAX_TOTAL_ITEMS / Number(n))) < 0) nofold();
    }
  } else if (isIntLike(v) && (w.k === 'str' || w.k === 'bytes')) {
    const size = seqLen(w);
    if (size) {
      const n = asBig(v);
      if (n < 0n || n > BigInt(Math.floor(MAX_STR_SIZE / size))) nofold();
    }
  } else if (isIntLike(w) && (v.k === 'tuple' || v.k === 'frozenset' || v.k === 'str' || v.k === 'bytes')) {
    return safeMultiply(w, v);
  }
  if (v.k === 'frozenset' || w.k === 'frozenset') nofold();
  return mul(v, w);
}

/** int / int correctly rounded, as long_true_divide computes it (not via two roundings). */
function intTrueDiv(a: bigint, b: bigint): number {
  if (b === 0n) nofold();
  const neg = (a < 0n) !== (b < 0n);
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  const LIMIT = 1n << 53n;
  let r: number;
  if (a < LIMIT && b < LIMIT) {
    r = Number(a) / Number(b);
  } else if (a === 0n) {
    r = 0;
  } else {
    // Quotient with 56+ significant bits plus a sticky bit, then one correct rounding.
    let shift = bitLength(a) - bitLength(b) - 57;
    let q: bigint;
    let rem: bigint;
    if (shift >= 0) {
      const d = b << BigInt(shift);
      q = a / d;
      rem = a % d;
    } else {
      const n = a << BigInt(-shift);
      q = n / b;
      rem = n % b;
    }
    q = (q << 1n) | (rem !== 0n ? 1n : 0n);
    shift -= 1;
    r = Number(q) * 2 ** shift;
    if (!Number.isFinite(r)) nofold();
  }
  return neg ? -r : r;
}

function trueDiv(a: ConstValue, b: ConstValue): ConstValue {
  if (!isNumber(a) || !isNumber(b)) nofold();
  const l = level(a, b);
  if (l === 0) return F(intTrueDiv(asBig(a), asBig(b)));
  if (l <= 1) {
    const d = asFloat(b);
    if (d === 0) nofold();
    return F(asFloat(a) / d);
  }
  const [re, im] = complexQuot(asComplex(a), asComplex(b));
  return C(re, im);
}

function floorDiv(a: ConstValue, b: ConstValue): ConstValue {
  if (!isNumber(a) || !isNumber(b) || a.k === 'complex' || b.k === 'complex') nofold();
  if (level(a, b) === 0) return I(floorDivBig(asBig(a), asBig(b)));
  return F(floatFloorDiv(asFloat(a), asFloat(b)));
}

function mod(a: ConstValue, b: ConstValue): ConstValue {
  if (a.k === 'str' || a.k === 'bytes') nofold();
  if (!isNumber(a) || !isNumber(b) || a.k === 'complex' || b.k === 'complex') nofold();
  if (level(a, b) === 0) return I(modBig(asBig(a), asBig(b)));
  return F(floatMod(asFloat(a), asFloat(b)));
}

function pow(v: ConstValue, w: ConstValue): ConstValue {
  if (isIntLike(v) && isIntLike(w)) {
    const a = asBig(v);
    const b = asBig(w);
    if (a !== 0n && b > 0n) {
      const vbits = bitLength(a);
      if (b > 0xffffffffn || vbits > Math.floor(MAX_INT_SIZE / Number(b))) nofold();
    }
    if (b >= 0n) return I(a ** b);
    return F(floatPow(intToFloat(a), intToFloat(b)));
  }
  if (!isNumber(v) || !isNumber(w)) nofold();
  if (level(v, w) === 2) return complexPow(asComplex(v), asComplex(w));
  const x = asFloat(v);
  const y = asFloat(w);
  try {
    return F(floatPow(x, y));
  } catch (e) {
    if (e instanceof ComplexResult) return complexPow([x, 0], [y, 0]);
    throw e;
  }
}

type Cx = [number, number];
const cprod = (a: Cx, b: Cx): Cx => [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
function cpowu(x: Cx, n: number): Cx {
  let r: Cx = [1, 0];
  let p = x;
  let mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = cprod(r, p);
    mask <<= 1;
    p = cprod(p, p);
  }
  return r;
}
/** complex.__pow__ (Objects/complexobject.c): integral exponents up to 100 by repeated squaring. */
function complexPow(a: Cx, b: Cx): ConstValue {
  let r: Cx;
  if (b[1] === 0 && b[0] === Math.floor(b[0]) && Math.abs(b[0]) <= 100) {
    const n = b[0];
    r = n > 0 ? cpowu(a, n) : complexQuot([1, 0], cpowu(a, -n));
  } else if (b[0] === 0 && b[1] === 0) {
    r = [1, 0];
  } else if (a[0] === 0 && a[1] === 0) {
    if (b[1] !== 0 || b[0] < 0) nofold();
    r = [0, 0];
  } else {
    const vabs = Math.hypot(a[0], a[1]);
    let len = Math.pow(vabs, b[0]);
    const at = Math.atan2(a[1], a[0]);
    let phase = at * b[0];
    if (b[1] !== 0) {
      len /= Math.exp(at * b[1]);
      phase += b[1] * Math.log(vabs);
    }
    r = [len * Math.cos(phase), len * Math.sin(phase)];
  }
  if (!Number.isFinite(r[0]) && !Number.isNaN(r[0]) || !Number.isFinite(r[1]) && !Number.isNaN(r[1])) nofold();
  return C(r[0], r[1]);
}

function shift(v: ConstValue, w: ConstValue, left: boolean): ConstValue {
  if (!isIntLike(v) || !isIntLike(w)) nofold();
  const a = asBig(v);
  const b = asBig(w);
  if (b < 0n) nofold();
  if (left) {
    if (a !== 0n && b !== 0n && (b > BigInt(MAX_INT_SIZE) || bitLength(a) > MAX_INT_SIZE - Number(b))) nofold();
    return I(a << b);
  }
  return I(a >> b);
}

function bitop(v: ConstValue, w: ConstValue, op: '|' | '^' | '&'): ConstValue {
  if (!isIntLike(v) || !isIntLike(w)) nofold();
  if (v.k === 'bool' && w.k === 'bool') {
    return B(op === '|' ? v.v || w.v : op === '&' ? v.v && w.v : v.v !== w.v);
  }
  const a = asBig(v);
  const b = asBig(w);
  return I(op === '|' ? a | b : op === '&' ? a & b : a ^ b);
}

export function constTruth(v: ConstValue): boolean {
  switch (v.k) {
    case 'none': return false;
    case 'ellipsis': return true;
    case 'bool': return v.v;
    case 'int': return v.v !== 0n;
    case 'float': return v.v !== 0;
    case 'complex': return v.re !== 0 || v.im !== 0;
    case 'str': return v.v.length > 0;
    case 'bytes': return v.v.length > 0;
    case 'tuple': case 'frozenset': return v.v.length > 0;
    case 'code': return true;
  }
}

function unary(op: string, v: ConstValue): ConstValue {
  switch (op) {
    case 'Not': return B(!constTruth(v));
    case 'Invert': return I(~asBig(v));
    case 'UAdd':
      if (isIntLike(v)) return I(asBig(v));
      if (v.k === 'float' || v.k === 'complex') return v;
      return nofold();
    case 'USub':
      if (isIntLike(v)) return I(-asBig(v));
      if (v.k === 'float') return F(-v.v);
      if (v.k === 'complex') return C(-v.re, -v.im);
      return nofold();
  }
  return nofold();
}

function subscript(v: ConstValue, idx: ConstValue): ConstValue {
  if (!isIntLike(idx)) nofold();
  let i = asBig(idx);
  if (v.k === 'str') {
    const cps = [...v.v];
    if (i < 0n) i += BigInt(cps.length);
    if (i < 0n || i >= BigInt(cps.length)) nofold();
    return { k: 'str', v: cps[Number(i)]! };
  }
  if (v.k === 'bytes' || v.k === 'tuple') {
    const n = v.v.length;
    if (i < 0n) i += BigInt(n);
    if (i < 0n || i >= BigInt(n)) nofold();
    return v.k === 'bytes' ? I(BigInt(v.v[Number(i)]!)) : v.v[Number(i)]!;
  }
  return nofold();
}

// ---- folding passes -----------------------------------------------------------------------

function hasStarred(elts: A.expr[]): boolean {
  return elts.some((e) => e._type === 'Starred');
}

function constTuple(elts: A.expr[]): ConstValue | null {
  if (!elts.every((e) => e._type === 'Constant')) return null;
  return { k: 'tuple', v: elts.map((e) => (e as A.Constant).value) };
}

function foldUnaryOp(node: A.UnaryOp): void {
  const arg = node.operand;
  if (arg._type !== 'Constant') {
    if (node.op._type === 'Not' && arg._type === 'Compare' && arg.ops.length === 1) {
      const inv: Record<string, string> = { Is: 'IsNot', IsNot: 'Is', In: 'NotIn', NotIn: 'In' };
      const op = inv[arg.ops[0]!._type];
      if (op) {
        arg.ops[0] = { _type: op } as A.cmpop;
        const n = node as any;
        for (const k of Object.keys(n)) delete n[k];
        Object.assign(n, arg);
      }
    }
    return;
  }
  makeConst(node, attempt(() => unary(node.op._type, arg.value)));
}

// Simple `%` formats (flags, width and precision of at most 2 digits; s, r, a) become f-strings.
function parseFormatArg(fmt: string[], pos: number): { spec: string; flags: string; width: number; prec: number; pos: number } | null {
  let width = -1;
  let prec = -1;
  let flags = '';
  const next = (): string | null => (pos < fmt.length ? fmt[pos++]! : null);
  let ch = next();
  while (ch !== null && '-+ #0'.includes(ch)) {
    flags += ch;
    ch = next();
  }
  if (ch === null) return null;
  if (ch >= '0' && ch <= '9') {
    width = 0;
    let digits = 0;
    while (ch !== null && ch >= '0' && ch <= '9') {
      width = width * 10 + (ch.charCodeAt(0) - 48);
      ch = next();
      if (ch === null) return null;
      if (++digits >= 3) return null;
    }
  }
  if (ch === '.') {
    ch = next();
    if (ch === null) return null;
    prec = 0;
    if (ch >= '0' && ch <= '9') {
      let digits = 0;
      while (ch !== null && ch >= '0' && ch <= '9') {
        prec = prec * 10 + (ch.charCodeAt(0) - 48);
        ch = next();
        if (ch === null) return null;
        if (++digits >= 3) return null;
      }
    }
  }
  return { spec: ch, flags, width, prec, pos };
}

function noLocConst(s: string): A.Constant {
  return { _type: 'Constant', value: { k: 'str', v: s }, kind: null, lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 };
}

function optimizeFormat(node: A.BinOp, fmtStr: string, elts: A.expr[]): void {
  const fmt = [...fmtStr];
  let pos = 0;
  let cnt = 0;
  const seq: A.expr[] = [];
  for (;;) {
    const start = pos;
    let hasPercents = false;
    while (pos < fmt.length) {
      if (fmt[pos] !== '%') pos++;
      else if (pos + 1 < fmt.length && fmt[pos + 1] === '%') {
        hasPercents = true;
        pos += 2;
      } else break;
    }
    if (pos !== start) {
      let s = fmt.slice(start, pos).join('');
      if (hasPercents) s = s.split('%%').join('%');
      seq.push(noLocConst(s));
    }
    if (pos >= fmt.length) break;
    if (cnt >= elts.length) return;
    pos++;
    const p = parseFormatArg(fmt, pos);
    const arg = elts[cnt]!;
    cnt++;
    if (!p || !'sra'.includes(p.spec)) return;
    pos = p.pos;
    let spec = '';
    if (!p.flags.includes('-') && p.width > 0) spec += '>';
    if (p.width >= 0) spec += String(p.width);
    if (p.prec >= 0) spec += '.' + String(p.prec);
    seq.push({
      _type: 'FormattedValue', value: arg, conversion: p.spec.charCodeAt(0), format_spec: spec ? noLocConst(spec) : null,
      lineno: arg.lineno, col_offset: arg.col_offset, end_lineno: arg.end_lineno, end_col_offset: arg.end_col_offset,
    } as A.FormattedValue);
  }
  if (cnt < elts.length) return;
  const n = node as any;
  for (const k of ['left', 'op', 'right']) delete n[k];
  n._type = 'JoinedStr';
  n.values = seq;
}

function foldBinOp(node: A.BinOp): void {
  const lhs = node.left;
  const rhs = node.right;
  if (lhs._type !== 'Constant') return;
  const lv = lhs.value;
  if (node.op._type === 'Mod' && rhs._type === 'Tuple' && lv.k === 'str' && !hasStarred(rhs.elts)) {
    optimizeFormat(node, lv.v, rhs.elts);
    return;
  }
  if (rhs._type !== 'Constant') return;
  const rv = rhs.value;
  const v = attempt(() => {
    switch (node.op._type) {
      case 'Add': return add(lv, rv);
      case 'Sub': return sub(lv, rv);
      case 'Mult': return safeMultiply(lv, rv);
      case 'Div': return trueDiv(lv, rv);
      case 'FloorDiv': return floorDiv(lv, rv);
      case 'Mod': return mod(lv, rv);
      case 'Pow': return pow(lv, rv);
      case 'LShift': return shift(lv, rv, true);
      case 'RShift': return shift(lv, rv, false);
      case 'BitOr': return bitop(lv, rv, '|');
      case 'BitXor': return bitop(lv, rv, '^');
      case 'BitAnd': return bitop(lv, rv, '&');
      default: return null;
    }
  });
  makeConst(node, v);
}

function foldIter(arg: A.expr): void {
  if (arg._type === 'List') {
    if (hasStarred(arg.elts)) return;
    (arg as any)._type = 'Tuple';
    makeConst(arg, constTuple(arg.elts));
  } else if (arg._type === 'Set') {
    const t = constTuple(arg.elts);
    if (t && t.k === 'tuple') makeConst(arg, { k: 'frozenset', v: dedupSet(t.v.slice()) });
  }
}

/** frozenset() of constants: equal values (1 == 1.0 == True) collapse to the first one. */
function dedupSet(items: ConstValue[]): ConstValue[] {
  const out: ConstValue[] = [];
  const seen = new Set<string>();
  for (const it of items) {
    const key = hashKey(it);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(it);
  }
  return out;
}
function hashKey(v: ConstValue): string {
  switch (v.k) {
    case 'bool': return 'n' + (v.v ? '1' : '0');
    case 'int': return 'n' + v.v.toString();
    case 'float': return Number.isInteger(v.v) ? 'n' + BigInt(v.v).toString() : 'f' + String(v.v);
    case 'complex': return v.im === 0 ? hashKey(F(v.re)) : 'c' + v.re + ',' + v.im;
    case 'str': return 's' + v.v;
    case 'bytes': return 'b' + Array.from(v.v).join(',');
    case 'tuple': return 't(' + v.v.map(hashKey).join(';') + ')';
    case 'frozenset': return 'z(' + v.v.map(hashKey).sort().join(';') + ')';
    default: return v.k;
  }
}

/**
 * CPython counts one level per statement, expression and pattern against C_RECURSION_LIMIT
 * (3000), starting from the C depth of the compile() call; 4 is the depth observed for a
 * compile() called from Python code (path depth 2996 compiles, 2997 raises).
 */
const RECURSION_LIMIT = 3000;
const STARTING_DEPTH = 4;

class Folder {
  private depth = STARTING_DEPTH;
  constructor(private readonly st: AstOptState) {}

  private enter(): void {
    if (++this.depth > RECURSION_LIMIT) throw new PyRecursionError();
  }

  body(stmts: A.stmt[]): void {
    const docstring = getDocString(stmts) !== null;
    for (const s of stmts) this.stmt(s);
    if (!docstring && getDocString(stmts) !== null) {
      const st = stmts[0] as A.Expr;
      st.value = {
        _type: 'JoinedStr', values: [st.value], lineno: st.lineno, col_offset: st.col_offset,
        end_lineno: st.end_lineno, end_col_offset: st.end_col_offset,
      } as A.JoinedStr;
    }
  }

  private stmts(seq: A.stmt[]): void {
    for (const s of seq) this.stmt(s);
  }
  private exprs(seq: (A.expr | null)[]): void {
    for (const e of seq) if (e) this.expr(e);
  }
  private opt(e: A.expr | null): void {
    if (e) this.expr(e);
  }
  private get annotations(): boolean {
    return (this.st.features & CO_FUTURE_ANNOTATIONS) === 0;
  }

  private args(a: A.arguments): void {
    const ann = (x: A.arg | null): void => {
      if (x && this.annotations) this.opt(x.annotation);
    };
    a.posonlyargs.forEach(ann);
    a.args.forEach(ann);
    ann(a.vararg);
    a.kwonlyargs.forEach(ann);
    this.exprs(a.kw_defaults);
    ann(a.kwarg);
    this.exprs(a.defaults);
  }

  private typeParams(tps: A.type_param[]): void {
    for (const tp of tps) if (tp._type === 'TypeVar') this.opt(tp.bound);
  }

  stmt(s: A.stmt): void {
    this.enter();
    this.stmtInner(s);
    this.depth--;
  }

  private stmtInner(s: A.stmt): void {
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.typeParams(s.type_params);
        this.args(s.args);
        this.body(s.body);
        this.exprs(s.decorator_list);
        if (this.annotations) this.opt(s.returns);
        break;
      case 'ClassDef':
        this.typeParams(s.type_params);
        this.exprs(s.bases);
        for (const k of s.keywords) this.expr(k.value);
        this.body(s.body);
        this.exprs(s.decorator_list);
        break;
      case 'Return':
        this.opt(s.value);
        break;
      case 'Delete':
        this.exprs(s.targets);
        break;
      case 'Assign':
        this.exprs(s.targets);
        this.expr(s.value);
        break;
      case 'AugAssign':
        this.expr(s.target);
        this.expr(s.value);
        break;
      case 'AnnAssign':
        this.expr(s.target);
        if (this.annotations) this.expr(s.annotation);
        this.opt(s.value);
        break;
      case 'TypeAlias':
        this.expr(s.name);
        this.typeParams(s.type_params);
        this.expr(s.value);
        break;
      case 'For':
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        foldIter(s.iter);
        break;
      case 'AsyncFor':
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'While':
      case 'If':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'With':
      case 'AsyncWith':
        for (const it of s.items) {
          this.expr(it.context_expr);
          this.opt(it.optional_vars);
        }
        this.stmts(s.body);
        break;
      case 'Raise':
        this.opt(s.exc);
        this.opt(s.cause);
        break;
      case 'Try':
      case 'TryStar':
        this.stmts(s.body);
        for (const h of s.handlers) {
          this.opt(h.type);
          this.stmts(h.body);
        }
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        break;
      case 'Assert':
        this.expr(s.test);
        this.opt(s.msg);
        break;
      case 'Expr':
        this.expr(s.value);
        break;
      case 'Match':
        this.expr(s.subject);
        for (const m of s.cases) {
          this.pattern(m.pattern);
          this.opt(m.guard);
          this.stmts(m.body);
        }
        break;
      default:
        break;
    }
  }

  private pattern(p: A.pattern): void {
    this.enter();
    this.patternInner(p);
    this.depth--;
  }

  private patternInner(p: A.pattern): void {
    switch (p._type) {
      case 'MatchValue':
        this.expr(p.value);
        break;
      case 'MatchSequence':
        for (const q of p.patterns) this.pattern(q);
        break;
      case 'MatchMapping':
        this.exprs(p.keys);
        for (const q of p.patterns) this.pattern(q);
        break;
      case 'MatchClass':
        this.expr(p.cls);
        for (const q of p.patterns) this.pattern(q);
        for (const q of p.kwd_patterns) this.pattern(q);
        break;
      case 'MatchAs':
        if (p.pattern) this.pattern(p.pattern);
        break;
      case 'MatchOr':
        for (const q of p.patterns) this.pattern(q);
        break;
      default:
        break;
    }
  }

  private comprehension(c: A.comprehension): void {
    this.expr(c.target);
    this.expr(c.iter);
    this.exprs(c.ifs);
    foldIter(c.iter);
  }

  expr(e: A.expr): void {
    this.enter();
    this.exprInner(e);
    this.depth--;
  }

  private exprInner(e: A.expr): void {
    switch (e._type) {
      case 'BoolOp':
        this.exprs(e.values);
        break;
      case 'BinOp':
        this.expr(e.left);
        this.expr(e.right);
        foldBinOp(e);
        break;
      case 'UnaryOp':
        this.expr(e.operand);
        foldUnaryOp(e);
        break;
      case 'Lambda':
        this.args(e.args);
        this.expr(e.body);
        break;
      case 'IfExp':
        this.expr(e.test);
        this.expr(e.body);
        this.expr(e.orelse);
        break;
      case 'Dict':
        this.exprs(e.keys);
        this.exprs(e.values);
        break;
      case 'Set':
        this.exprs(e.elts);
        break;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        this.expr(e.elt);
        e.generators.forEach((g) => this.comprehension(g));
        break;
      case 'DictComp':
        this.expr(e.key);
        this.expr(e.value);
        e.generators.forEach((g) => this.comprehension(g));
        break;
      case 'Await':
      case 'YieldFrom':
        this.expr(e.value);
        break;
      case 'Yield':
        this.opt(e.value);
        break;
      case 'Compare': {
        this.expr(e.left);
        this.exprs(e.comparators);
        const i = e.ops.length - 1;
        const op = e.ops[i]!._type;
        if (op === 'In' || op === 'NotIn') foldIter(e.comparators[i]!);
        break;
      }
      case 'Call':
        this.expr(e.func);
        this.exprs(e.args);
        for (const k of e.keywords) this.expr(k.value);
        break;
      case 'FormattedValue':
        this.expr(e.value);
        this.opt(e.format_spec);
        break;
      case 'JoinedStr':
        this.exprs(e.values);
        break;
      case 'Attribute':
        this.expr(e.value);
        break;
      case 'Subscript': {
        this.expr(e.value);
        this.expr(e.slice);
        const v = e.value;
        const s = e.slice;
        if (e.ctx._type === 'Load' && v._type === 'Constant' && s._type === 'Constant') {
          makeConst(e, attempt(() => subscript(v.value, s.value)));
        }
        break;
      }
      case 'Starred':
        this.expr(e.value);
        break;
      case 'Slice':
        this.opt(e.lower);
        this.opt(e.upper);
        this.opt(e.step);
        break;
      case 'List':
        this.exprs(e.elts);
        break;
      case 'Tuple':
        this.exprs(e.elts);
        if (e.ctx._type === 'Load') makeConst(e, constTuple(e.elts));
        break;
      case 'Name':
        if (e.ctx._type === 'Load' && e.id === '__debug__') makeConst(e, B(!this.st.optimize));
        break;
      case 'NamedExpr':
        this.expr(e.value);
        break;
      default:
        break;
    }
  }
}

/** Optimizes `mod` in place (CPython's _PyAST_Optimize). */
export function astOptimize(mod: A.mod, state: AstOptState): void {
  const f = new Folder(state);
  switch (mod._type) {
    case 'Module':
      f.body(mod.body);
      break;
    case 'Interactive':
      for (const s of mod.body) f.stmt(s);
      break;
    case 'Expression':
      f.expr(mod.body);
      break;
    default:
      break;
  }
}
