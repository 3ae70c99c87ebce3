/** complex numbers (Objects/complexobject.c): arithmetic with int/float, repr, hash. */
import { PyObject } from './object';
import { makeStaticType, objectType, PyType, type BinaryFn } from './type';
import { newStr, PyStr } from './str';
import { PyInt, boolObj, intHash } from './int';
import { PyFloat, newFloat } from './float';
import { internalHash, floatHashExact } from './pyhash';
import { floatRepr } from './float_repr';
import { NotImplemented } from './singletons';
import { raise, PyExc } from '../runtime/errors';
import { vmHooks } from '../runtime/hooks';
import { defGetSet } from './descriptors';
import { defMethods } from './builtin_function';
import { pyId } from '../runtime/address';

export class PyComplex extends PyObject {
  declare re: number;
  declare im: number;
  constructor(type: PyType, re: number, im: number) {
    super(type);
    this.re = re;
    this.im = im;
  }
}

export let complexType: PyType;

export function newComplex(re: number, im: number): PyComplex {
  return new PyComplex(complexType, re, im);
}

function toC(o: PyObject): [number, number] | null {
  if (o instanceof PyComplex) return [o.re, o.im];
  if (o instanceof PyFloat) return [o.v, 0];
  if (o instanceof PyInt) {
    const f = Number(o.v);
    if (!Number.isFinite(f)) raise(PyExc.OverflowError, 'int too large to convert to float');
    return [f, 0];
  }
  return null;
}

function part(x: number): string {
  const r = floatRepr(x);
  return r.endsWith('.0') ? r.slice(0, -2) : r;
}

export function complexRepr(re: number, im: number): string {
  if (re === 0 && !Object.is(re, -0)) return `${part(im)}j`;
  const ims = part(im);
  const sign = ims.startsWith('-') ? '' : '+';
  return `(${part(re)}${sign}${ims}j)`;
}

function cbin(fn: (a: [number, number], b: [number, number]) => [number, number]): BinaryFn {
  return (x, y) => {
    const a = toC(x), b = toC(y);
    if (!a || !b) { NotImplemented.ob_refcnt++; return NotImplemented; }
    const [re, im] = fn(a, b);
    return newComplex(re, im);
  };
}

function cdiv(a: [number, number], b: [number, number]): [number, number] {
  const [c, d] = b;
  if (c === 0 && d === 0) raise(PyExc.ZeroDivisionError, 'complex division by zero');
  // Smith's algorithm (as _Py_c_quot).
  const [ar, ai] = a;
  if (Math.abs(c) >= Math.abs(d)) {
    const ratio = d / c;
    const denom = c + d * ratio;
    return [(ar + ai * ratio) / denom, (ai - ar * ratio) / denom];
  }
  const ratio = c / d;
  const denom = c * ratio + d;
  return [(ar * ratio + ai) / denom, (ai * ratio - ar) / denom];
}

function cpow(a: [number, number], b: [number, number]): [number, number] {
  const [ar, ai] = a, [br, bi] = b;
  if (br === 0 && bi === 0) return [1, 0];
  if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) raise(PyExc.ZeroDivisionError, '0.0 to a negative or complex power');
    return [0, 0];
  }
  if (bi === 0 && Number.isInteger(br) && Math.abs(br) <= 100) {
    let n = Math.abs(br);
    let rr = 1, ri = 0, xr = ar, xi = ai;
    while (n) {
      if (n & 1) [rr, ri] = [rr * xr - ri * xi, rr * xi + ri * xr];
      [xr, xi] = [xr * xr - xi * xi, 2 * xr * xi];
      n >>= 1;
    }
    return br < 0 ? cdiv([1, 0], [rr, ri]) : [rr, ri];
  }
  const vabs = Math.hypot(ar, ai);
  let len = Math.pow(vabs, br);
  const at = Math.atan2(ai, ar);
  let phase = at * br;
  if (bi !== 0) { len /= Math.exp(at * bi); phase += bi * Math.log(vabs); }
  return [len * Math.cos(phase), len * Math.sin(phase)];
}

function complexNew(t: PyType, args: PyObject[], kw: readonly string[] | null): PyObject {
  const npos = args.length - (kw ? kw.length : 0);
  let re: PyObject | null = npos > 0 ? args[0]! : null;
  let im: PyObject | null = npos > 1 ? args[1]! : null;
  (kw ?? []).forEach((k, i) => { if (k === 'real') re = args[npos + i]!; else if (k === 'imag') im = args[npos + i]!; else raise(PyExc.TypeError, `'${k}' is an invalid keyword argument for complex()`); });
  if (re instanceof PyStr) {
    if (im) raise(PyExc.TypeError, "complex() can't take second arg if first is a string");
    const s = re.s.trim().replace(/^\((.*)\)$/, '$1');
    const m = /^([+-]?(?:\d+\.?\d*(?:e[+-]?\d+)?|\.\d+(?:e[+-]?\d+)?|inf|nan))?(?:([+-](?:\d+\.?\d*(?:e[+-]?\d+)?|\.\d+(?:e[+-]?\d+)?|inf|nan)?)j)?$/i.exec(s);
    const m2 = /^([+-]?(?:\d+\.?\d*(?:e[+-]?\d+)?|\.\d+(?:e[+-]?\d+)?|inf|nan)?)j$/i.exec(s);
    if (m2) { const v = m2[1] === '' || m2[1] === '+' ? 1 : m2[1] === '-' ? -1 : Number(m2[1]!.replace(/inf/i, 'Infinity')); return new PyComplex(t, 0, v); }
    if (!m || !s) raise(PyExc.ValueError, 'complex() arg is a malformed string');
    const r = m[1] ? Number(m[1].replace(/inf/i, 'Infinity')) : 0;
    const i = m[2] ? (m[2] === '+' ? 1 : m[2] === '-' ? -1 : Number(m[2].replace(/inf/i, 'Infinity'))) : 0;
    return new PyComplex(t, r, i);
  }
  const a = re ? toC(re) : [0, 0] as [number, number];
  const b = im ? toC(im) : [0, 0] as [number, number];
  if (!a) raise(PyExc.TypeError, `complex() first argument must be a string or a number, not '${re!.type.name}'`);
  if (!b) raise(PyExc.TypeError, `complex() second argument must be a number, not '${im!.type.name}'`);
  // complex_new: a real second argument becomes the imaginary part as is (keeps -0.0); complex
  // parts combine only where an operand is complex.
  let cr = a[0], ci = b[0];
  if (im instanceof PyComplex) cr -= b[1];
  if (re instanceof PyComplex && im) ci += a[1];
  else if (!im) ci = a[1];
  return new PyComplex(t, cr, ci);
}

export function initComplexType(): void {
  const nb: (BinaryFn | undefined)[] = [];
  nb[0] = cbin((a, b) => [a[0] + b[0], a[1] + b[1]]);
  nb[5] = cbin((a, b) => [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]]);
  nb[8] = cbin(cpow);
  nb[10] = cbin((a, b) => [a[0] - b[0], a[1] - b[1]]);
  nb[11] = cbin(cdiv);
  complexType = makeStaticType('complex', objectType, {
    nb,
    new: complexNew,
    repr: (o) => newStr(complexRepr((o as PyComplex).re, (o as PyComplex).im)),
    hash: (o) => {
      const c = o as PyComplex;
      const nan = BigInt(Math.floor(pyId(o) / 16));
      const h = BigInt.asIntN(64, floatHashExact(c.re, nan) + 1000003n * floatHashExact(c.im, nan));
      return internalHash(h === -1n ? -2n : h);
    },
    richcompare: (a, b, op) => {
      const x = toC(a), y = toC(b);
      if (!x || !y || (op !== 2 && op !== 3)) { NotImplemented.ob_refcnt++; return NotImplemented; }
      const eq = x[0] === y[0] && x[1] === y[1];
      return boolObj(op === 2 ? eq : !eq);
    },
    bool: (o) => (o as PyComplex).re !== 0 || (o as PyComplex).im !== 0,
    neg: (o) => newComplex(-(o as PyComplex).re, -(o as PyComplex).im),
    pos: (o) => newComplex((o as PyComplex).re, (o as PyComplex).im),
    abs: (o) => {
      const r = Math.hypot((o as PyComplex).re, (o as PyComplex).im);
      if (!Number.isFinite(r) && Number.isFinite((o as PyComplex).re) && Number.isFinite((o as PyComplex).im)) raise(PyExc.OverflowError, 'absolute value too large');
      return newFloat(r);
    },
    sizeof: () => 32,
  }, { basicsize: 32 });
  vmHooks.newComplex = newComplex;
  void intHash;
}

export function initComplexAttrs(): void {
  defGetSet(complexType, 'real', (o) => newFloat((o as PyComplex).re));
  defGetSet(complexType, 'imag', (o) => newFloat((o as PyComplex).im));
  defMethods(complexType, { conjugate: (self) => newComplex((self as PyComplex).re, -(self as PyComplex).im) });
}
