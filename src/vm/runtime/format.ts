/**
 * String formatting: the format-spec mini-language for int/float/str (format(), f-strings,
 * str.format) and printf-style `%` formatting (Objects/unicodeobject.c, Python/formatter_unicode.c).
 */
import type { PyObject } from '../objects/object';
import { PyStr, newStr, strType } from '../objects/str';
import { PyInt, intRepr, toBig } from '../objects/int';
import { PyFloat } from '../objects/float';
import { floatRepr } from '../objects/float_repr';
import { PyTuple } from '../objects/tuple';
import { PyDict } from '../objects/dict';
import { lookup, objectType } from '../objects/type';
import { raise, PyExc } from './errors';
import { decref } from './refcount';
import * as A from './abstract';

interface Spec { fill: string; align: string; sign: string; alt: boolean; zero: boolean; width: number; grouping: string; precision: number; type: string }

function parseSpec(spec: string): Spec {
  const m = /^(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/su.exec(spec);
  if (!m) raise(PyExc.ValueError, 'Invalid format specifier');
  return {
    fill: m[1] ?? (m[6] && !m[2] ? '0' : ' '),
    align: m[2] ?? (m[6] ? '=' : ''),
    sign: m[3] ?? '-',
    alt: !!m[5],
    zero: !!m[6],
    width: m[7] ? Number(m[7]) : 0,
    grouping: m[8] ?? '',
    precision: m[9] !== undefined ? Number(m[9]) : -1,
    type: m[10] ?? '',
  };
}

function group(digits: string, sep: string, every: number): string {
  if (!sep) return digits;
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % every === 0) out += sep;
    out += digits[i];
  }
  return out;
}

function pad(body: string, sign: string, s: Spec, defAlign: string): string {
  const len = Array.from(sign + body).length;
  if (s.width <= len) return sign + body;
  const n = s.width - len;
  const align = s.align || defAlign;
  const f = s.fill;
  if (align === '<') return sign + body + f.repeat(n);
  if (align === '>') return f.repeat(n) + sign + body;
  if (align === '^') { const l = n >> 1; return f.repeat(l) + sign + body + f.repeat(n - l); }
  return sign + f.repeat(n) + body; // '='
}

function signOf(neg: boolean, s: Spec): string {
  if (neg) return '-';
  return s.sign === '+' ? '+' : s.sign === ' ' ? ' ' : '';
}

export function formatInt(v: number | bigint, spec: string): string {
  const s = parseSpec(spec);
  if ('eEfFgG%'.includes(s.type) && s.type) return formatFloat(Number(v), spec);
  if (s.precision >= 0) raise(PyExc.ValueError, 'Precision not allowed in integer format specifier');
  const big = toBig(v);
  const neg = big < 0n;
  const a = neg ? -big : big;
  let digits: string, prefix = '';
  switch (s.type) {
    case 'b': digits = a.toString(2); prefix = s.alt ? '0b' : ''; break;
    case 'o': digits = a.toString(8); prefix = s.alt ? '0o' : ''; break;
    case 'x': digits = a.toString(16); prefix = s.alt ? '0x' : ''; break;
    case 'X': digits = a.toString(16).toUpperCase(); prefix = s.alt ? '0X' : ''; break;
    case 'c': return pad(String.fromCodePoint(Number(a)), '', s, '<');
    case '': case 'd': case 'n': digits = a.toString(); break;
    default: raise(PyExc.ValueError, `Unknown format code '${s.type}' for object of type 'int'`);
  }
  const every = 'bxXo'.includes(s.type) && s.type ? 4 : 3;
  let body = group(digits, s.grouping, every);
  const sign = signOf(neg, s) + prefix;
  if (s.zero && s.align === '=' && s.fill === '0' && s.grouping) {
    // Zero padding participates in grouping.
    const width = s.width - sign.length;
    while (body.length < width) { digits = '0' + digits; body = group(digits, s.grouping, every); }
    return sign + body;
  }
  return pad(body, sign, s, '>');
}

/** Exact decimal expansion of a finite non-negative double: [integer digits, fraction digits]. */
function exactDecimal(a: number): [string, string] {
  if (Number.isInteger(a)) return [BigInt(a).toString(), ''];
  let e = 0;
  let m = a;
  while (!Number.isInteger(m)) { m *= 2; e++; }
  const q = (BigInt(m) * 10n ** BigInt(e)) >> BigInt(e);
  const s = q.toString().padStart(e + 1, '0');
  return [s.slice(0, s.length - e), s.slice(s.length - e).replace(/0+$/, '')];
}

/** Round-half-even of a digit string at `keep` digits; returns [digits, carried]. */
function roundDigits(digits: string, keep: number): [string, boolean] {
  if (digits.length <= keep) return [digits.padEnd(keep, '0'), false];
  const head = digits.slice(0, keep), rest = digits.slice(keep);
  const first = rest.charCodeAt(0) - 48;
  const up = first > 5 || (first === 5 && (/[1-9]/.test(rest.slice(1)) || (head.length > 0 && (head.charCodeAt(head.length - 1) - 48) % 2 === 1)));
  if (!up) return [head, false];
  const n = (BigInt(head || '0') + 1n).toString().padStart(keep, '0');
  return n.length > keep ? [n, true] : [n, false];
}

/** x.toFixed(prec) with CPython's correctly rounded (half-even on the exact value) result. */
function fixed(x: number, prec: number): string {
  const [ip, fp] = exactDecimal(Math.abs(x));
  const all = ip + fp.padEnd(prec, '0');
  const [r] = roundDigits(ip + fp, ip.length + prec);
  void all;
  const int = r.slice(0, r.length - prec) || '0';
  const frac = r.slice(r.length - prec);
  const out = prec ? `${BigInt(int).toString()}.${frac}` : BigInt(int).toString();
  return out;
}

/** Scientific notation with `prec` fraction digits, correctly rounded, two-digit exponent. */
function expo(x: number, prec: number, upper: boolean): string {
  const a = Math.abs(x);
  let mant: string, exp: number;
  if (a === 0) { mant = '0'.repeat(prec + 1); exp = 0; }
  else {
    const [ip, fp] = exactDecimal(a);
    let digits = (ip === '0' ? '' : ip) + fp;
    let e = ip === '0' ? 0 : ip.length - 1;
    if (ip === '0') { const lead = fp.length - fp.replace(/^0+/, '').length; e = -(lead + 1); digits = fp.slice(lead); }
    const [r, carry] = roundDigits(digits, prec + 1);
    mant = carry ? r.slice(0, prec + 1) : r;
    exp = carry ? e + 1 : e;
  }
  const m = prec ? mant[0] + '.' + mant.slice(1) : mant[0]!;
  const r = `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return upper ? r.toUpperCase() : r;
}

function general(x: number, prec: number, alt: boolean, upper: boolean): string {
  if (prec === 0) prec = 1;
  if (x === 0) return alt ? '0.' + '0'.repeat(prec - 1) : '0';
  const e = Math.floor(Math.log10(Math.abs(Number(x.toExponential(prec - 1)))));
  let r: string;
  if (e >= -4 && e < prec) {
    r = x.toFixed(Math.max(0, prec - 1 - e));
    if (!alt && r.includes('.')) r = r.replace(/\.?0+$/, '');
  } else {
    r = x.toExponential(prec - 1);
    let [m, ex] = r.split('e') as [string, string];
    if (!alt && m.includes('.')) m = m.replace(/\.?0+$/, '');
    const en = Number(ex);
    r = m + 'e' + (en < 0 ? '-' : '+') + String(Math.abs(en)).padStart(2, '0');
  }
  return upper ? r.toUpperCase() : r;
}

export function formatFloat(x: number, spec: string): string {
  const s = parseSpec(spec);
  const neg = x < 0 || Object.is(x, -0);
  const a = Math.abs(x);
  let body: string;
  const t = s.type;
  if (!Number.isFinite(a)) {
    body = Number.isNaN(a) ? 'nan' : 'inf';
    if (t === 'F' || t === 'E' || t === 'G') body = body.toUpperCase();
  } else if (t === 'f' || t === 'F') body = fixed(a, s.precision < 0 ? 6 : s.precision);
  else if (t === 'e' || t === 'E') body = expo(a, s.precision < 0 ? 6 : s.precision, t === 'E');
  else if (t === 'g' || t === 'G' || t === 'n') body = general(a, s.precision < 0 ? 6 : s.precision, s.alt, t === 'G');
  else if (t === '%') body = fixed(a * 100, s.precision < 0 ? 6 : s.precision) + '%';
  else if (t === '') {
    if (s.precision < 0) body = floatRepr(a);
    else { body = general(a, s.precision, s.alt, false); if (!/[.e]|inf|nan/.test(body)) body += ''; }
  } else raise(PyExc.ValueError, `Unknown format code '${t}' for object of type 'float'`);
  if (s.alt && !body.includes('.') && (t === 'f' || t === 'F') ) body += '.';
  if (s.grouping) {
    const m = /^(\d+)(.*)$/s.exec(body);
    if (m) body = group(m[1]!, s.grouping, 3) + m[2];
  }
  return pad(body, signOf(neg && !Number.isNaN(x), s), s, '>');
}

export function formatStr(v: string, spec: string): string {
  const s = parseSpec(spec);
  if (s.type && s.type !== 's') raise(PyExc.ValueError, `Unknown format code '${s.type}' for object of type 'str'`);
  if (s.sign !== '-' && spec.match(/[-+ ]/) && !spec.match(/^.?[<>=^]/)) raise(PyExc.ValueError, 'Sign not allowed in string format specifier');
  if (s.align === '=') raise(PyExc.ValueError, "'=' alignment not allowed in string format specifier");
  let body = v;
  if (s.precision >= 0) body = Array.from(v).slice(0, s.precision).join('');
  return pad(body, '', s, '<');
}

/** format(obj, spec): new str reference. */
export function formatObject(o: PyObject, spec: string): PyObject {
  if (o instanceof PyStr && o.type === strType) return newStr(spec === '' ? o.s : formatStr(o.s, spec));
  if (o instanceof PyInt && (o.type.name === 'int' || o.type.name === 'bool')) {
    if (spec === '') return A.str(o);
    return newStr(formatInt(o.v, spec));
  }
  if (o instanceof PyFloat && o.type.name === 'float') return newStr(spec === '' ? floatRepr(o.v) : formatFloat(o.v, spec));
  const f = lookup(o.type, '__format__');
  if (f && f !== lookup(objectType, '__format__')) {
    const sp = newStr(spec);
    try {
      const r = A.callDescr(f, o, [sp]);
      if (!(r instanceof PyStr)) { decref(r); raise(PyExc.TypeError, `__format__ must return a str, not ${r.type.name}`); }
      return r;
    } finally { decref(sp); }
  }
  if (o instanceof PyInt) return newStr(spec === '' ? intRepr(o.v) : formatInt(o.v, spec));
  if (o instanceof PyFloat) return newStr(spec === '' ? floatRepr(o.v) : formatFloat(o.v, spec));
  if (o instanceof PyStr) return newStr(formatStr(o.s, spec));
  if (spec !== '') raise(PyExc.TypeError, `unsupported format string passed to ${o.type.name}.__format__`);
  return A.str(o);
}

// ---- str.format -------------------------------------------------------------------------

function resolveField(field: string, args: PyObject[], kw: Map<string, PyObject>, auto: { n: number }): PyObject {
  const m = /^([^.[]*)(.*)$/s.exec(field)!;
  let first = m[1]!;
  let obj: PyObject;
  if (first === '') {
    if (auto.n < 0) raise(PyExc.ValueError, 'cannot switch from manual field specification to automatic field numbering');
    first = String(auto.n++);
  } else if (/^\d+$/.test(first)) {
    if (auto.n > 0) raise(PyExc.ValueError, 'cannot switch from automatic field numbering to manual field specification');
    auto.n = -1;
  }
  if (/^\d+$/.test(first)) {
    const i = Number(first);
    if (i >= args.length) raise(PyExc.IndexError, `Replacement index ${i} out of range for positional args tuple`);
    obj = args[i]!;
    obj.ob_refcnt++;
  } else {
    const v = kw.get(first);
    if (!v) A.isExcOf(null, PyExc.KeyError!) || raiseKey(first);
    obj = v!;
    obj.ob_refcnt++;
  }
  let rest = m[2]!;
  while (rest) {
    const a = /^\.([^.[]+)/.exec(rest);
    if (a) { const n = A.getAttr(obj, a[1]!); decref(obj); obj = n; rest = rest.slice(a[0].length); continue; }
    const b = /^\[([^\]]+)\]/.exec(rest);
    if (b) {
      const key = /^\d+$/.test(b[1]!) ? A.index(newIntLike(Number(b[1]))) : newStr(b[1]!);
      const n = A.getItem(obj, key);
      decref(key); decref(obj); obj = n;
      rest = rest.slice(b[0].length);
      continue;
    }
    raise(PyExc.ValueError, 'Only \'.\' or \'[\' may follow \']\' in format field specifier');
  }
  return obj;
}

function raiseKey(k: string): never {
  const s = newStr(k);
  try { A.isExcOf(null, PyExc.KeyError!); } finally { /* keep s for the exception */ }
  throw (PyExc.KeyError as unknown as { __keyErr?: never }).__keyErr ?? keyError(s);
}
function keyError(s: PyObject): never {
  const e = A.call(PyExc.KeyError!, [s]);
  decref(s);
  throw e;
}
function newIntLike(n: number): PyObject {
  return newIntFromNumber(n);
}
import { newInt as newIntFromNumber } from '../objects/int';

export function strFormat(fmt: PyStr, args: PyObject[], kwnames: readonly string[] | null): PyObject {
  const npos = args.length - (kwnames ? kwnames.length : 0);
  const pos = args.slice(0, npos);
  const kw = new Map<string, PyObject>();
  (kwnames ?? []).forEach((k, i) => kw.set(k, args[npos + i]!));
  return newStr(vformat(fmt.s, pos, kw, { n: 0 }, 2));
}

export function vformat(s: string, pos: PyObject[], kw: Map<string, PyObject>, auto: { n: number }, depth: number): string {
  if (depth < 0) raise(PyExc.ValueError, 'Max string recursion exceeded');
  let out = '';
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === '{') {
      if (s[i + 1] === '{') { out += '{'; i += 2; continue; }
      let j = i + 1, level = 1;
      while (j < s.length && level) { if (s[j] === '{') level++; else if (s[j] === '}') level--; if (level) j++; }
      if (level) raise(PyExc.ValueError, "expected '}' before end of string");
      const inner = s.slice(i + 1, j);
      const m = /^([^!:]*)(?:!([^:]))?(?::(.*))?$/s.exec(inner);
      if (!m) raise(PyExc.ValueError, 'invalid format field');
      let obj = resolveField(m[1]!, pos, kw, auto);
      if (m[2]) {
        const conv = m[2];
        const n = conv === 'r' ? A.repr(obj) : conv === 's' ? A.str(obj) : conv === 'a' ? A.repr(obj) : raise(PyExc.ValueError, `Unknown conversion specifier ${conv}`);
        decref(obj);
        obj = n;
      }
      const spec = m[3] ? vformat(m[3], pos, kw, auto, depth - 1) : '';
      const r = formatObject(obj, spec);
      decref(obj);
      out += (r as PyStr).s;
      decref(r);
      i = j + 1;
      continue;
    }
    if (c === '}') {
      if (s[i + 1] === '}') { out += '}'; i += 2; continue; }
      raise(PyExc.ValueError, "Single '}' encountered in format string");
    }
    out += c;
    i++;
  }
  return out;
}

// ---- printf-style ----------------------------------------------------------------------

export function percentFormat(fmtO: PyStr, argsO: PyObject): PyObject {
  const fmt = fmtO.s;
  let args: PyObject[];
  let dict: PyObject | null = null;
  if (argsO instanceof PyTuple) args = argsO.items;
  else {
    args = [argsO];
    if (argsO instanceof PyDict || (argsO.type.slots.getitem && !(argsO instanceof PyStr))) dict = argsO;
  }
  let ai = 0;
  let out = '';
  const next = (): PyObject => {
    if (ai >= args.length) raise(PyExc.TypeError, 'not enough arguments for format string');
    return args[ai++]!;
  };
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i]!;
    if (c !== '%') { out += c; continue; }
    i++;
    let key: string | null = null;
    if (fmt[i] === '(') {
      const j = fmt.indexOf(')', i);
      key = fmt.slice(i + 1, j);
      i = j + 1;
    }
    let flags = '';
    while ('-+ #0'.includes(fmt[i]!) && i < fmt.length) flags += fmt[i++];
    let width = '';
    if (fmt[i] === '*') { width = String(A.asSize(next())); i++; } else while (/\d/.test(fmt[i] ?? '')) width += fmt[i++];
    let prec = '';
    if (fmt[i] === '.') { i++; prec = '0'; if (fmt[i] === '*') { prec = String(A.asSize(next())); i++; } else { prec = ''; while (/\d/.test(fmt[i] ?? '')) prec += fmt[i++]; if (!prec) prec = '0'; } }
    while ('hlL'.includes(fmt[i] ?? 'x')) i++;
    const t = fmt[i];
    if (t === undefined) raise(PyExc.ValueError, 'incomplete format');
    if (t === '%') { out += '%'; continue; }
    let v: PyObject;
    if (key !== null) {
      if (!dict) raise(PyExc.TypeError, 'format requires a mapping');
      const k = newStr(key);
      try { v = A.getItem(dict, k); decref(v); } finally { decref(k); }
    } else v = next();
    const left = flags.includes('-');
    const spec = (align: string) => (flags.includes('0') && !left && align === '>' ? '0' : '') + (width ? (left ? '<' : align === '>' ? '>' : align) : '');
    let piece: string;
    switch (t) {
      case 's': piece = A.strJS(v); break;
      case 'r': piece = A.reprJS(v); break;
      case 'a': piece = A.reprJS(v); break;
      case 'd': case 'i': case 'u': {
        if (!(v instanceof PyInt) && !(v instanceof PyFloat)) raise(PyExc.TypeError, `%${t} format: a real number is required, not ${v.type.name}`);
        const iv = v instanceof PyFloat ? BigInt(Math.trunc(v.v)) : toBig(v.v);
        piece = formatInt(iv, (flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + (flags.includes('0') && !left ? '0' : '') + (width && flags.includes('0') && !left ? width : ''));
        if (prec) { const neg = piece.startsWith('-'); const d = piece.replace(/^[-+ ]/, ''); piece = (neg ? '-' : piece.match(/^[+ ]/)?.[0] ?? '') + d.padStart(Number(prec), '0'); }
        break;
      }
      case 'x': case 'X': case 'o': {
        if (!(v instanceof PyInt)) raise(PyExc.TypeError, `%${t} format: an integer is required, not ${v.type.name}`);
        piece = formatInt(v.v, (flags.includes('#') ? '#' : '') + t);
        break;
      }
      case 'c': piece = v instanceof PyStr ? v.s : String.fromCodePoint(Number((v as PyInt).v)); break;
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        const d = v instanceof PyFloat ? v.v : v instanceof PyInt ? Number(v.v) : raise(PyExc.TypeError, `must be real number, not ${v.type.name}`);
        piece = formatFloat(d, (flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + (flags.includes('#') ? '#' : '') + (flags.includes('0') && !left && width ? '0' + width : '') + '.' + (prec || '6') + t);
        break;
      }
      default: raise(PyExc.ValueError, `unsupported format character '${t}' (0x${t.charCodeAt(0).toString(16)}) at index ${i}`);
    }
    if (width && piece.length < Number(width)) piece = left ? piece.padEnd(Number(width)) : piece.padStart(Number(width), ' ');
    void spec;
    out += piece;
  }
  if (ai < args.length && !dict) raise(PyExc.TypeError, 'not all arguments converted during string formatting');
  return newStr(out);
}
