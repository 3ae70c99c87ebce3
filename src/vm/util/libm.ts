/**
 * Correctly rounded (in all but astronomically rare cases) elementary functions, so that float
 * `**` and the math module agree with CPython 3.12 on glibc, whose pow/exp/log/sin/cos/tan/atan are
 * correctly rounded in practice — V8's Math.* differ from them in the last digit for 1-17% of
 * arguments (measured: see the fmt-codecs report).
 *
 * Method: double-double arithmetic (~106 bits) for exp, log, sin/cos, atan, then one rounding to
 * double. Integer powers x**n (n > 0) are computed exactly with BigInt so that halfway cases round
 * to even as C's pow does. Results in the subnormal range are rounded exactly from the
 * double-double value (`roundScaled`).
 *
 * Contract: the functions take and return plain doubles; domain and range errors are the
 * caller's business (they return NaN/±Infinity as C does). Internal double-double results are
 * passed through the module-level register R (R[0] high, R[1] low) to avoid allocation.
 */

/** Double-double result registers: R[0] high, R[1] low (a typed array keeps the doubles unboxed). */
const R = new Float64Array(2);

const LN2_0 = 0.6931471805599453, LN2_1 = 2.3190468138462996e-17, LN2_2 = 5.707708438416212e-34;
const PIO2_0 = 1.5707963267948966, PIO2_1 = 6.123233995736766e-17, PIO2_2 = -1.4973849048591698e-33, PIO2_3 = 5.562271104316826e-50;
const PI_0 = 3.141592653589793, PI_1 = 1.2246467991473532e-16;
const LN10_0 = 2.302585092994046, LN10_1 = -2.1707562233822494e-16;
const LN2INV = 1.4426950408889634;
// 1/k! as double-doubles, k = 0..27.
const IF_H = [1, 1, 0.5, 0.16666666666666666, 0.041666666666666664, 0.008333333333333333, 0.001388888888888889, 0.0001984126984126984, 2.48015873015873e-05, 2.7557319223985893e-06, 2.755731922398589e-07, 2.505210838544172e-08, 2.08767569878681e-09, 1.6059043836821613e-10, 1.1470745597729725e-11, 7.647163731819816e-13, 4.779477332387385e-14, 2.8114572543455206e-15, 1.5619206968586225e-16, 8.22063524662433e-18, 4.110317623312165e-19, 1.9572941063391263e-20, 8.896791392450574e-22, 3.868170170630684e-23, 1.6117375710961184e-24, 6.446950284384474e-26, 2.4795962632247976e-27, 9.183689863795546e-29];
const IF_L = [0, 0, 0, 9.25185853854297e-18, 2.3129646346357427e-18, 1.1564823173178714e-19, -5.300543954373577e-20, 1.7209558293420705e-22, 2.1511947866775882e-23, -1.858393274046472e-22, 2.3767714622250297e-23, -1.448814070935912e-24, -1.20734505911326e-25, 1.2585294588752098e-26, 2.0655512752830745e-28, 7.03872877733453e-30, 4.399205485834081e-31, 1.6508842730861433e-31, 1.1910679660273754e-32, 2.2141894119604265e-34, 1.4412973378659527e-36, -1.3643503830087908e-36, -7.911402614872376e-38, -8.843177655482344e-40, -3.6846573564509766e-41, -1.9330404233703465e-42, -1.2953730964765229e-43, 1.4303150396787322e-45];

// 1/2^(k/16) for k = -8..8, 1/(2j+1) for j = 0..29, 2^(j/32) for j = 0..31, as double-doubles.
const INV2K_H = [1.4142135623730951, 1.3542555469368927, 1.2968395546510096, 1.241857812073484, 1.189207115002721, 1.1387886347566916, 1.0905077326652577, 1.0442737824274138, 1.0, 0.9576032806985737, 0.9170040432046712, 0.8781260801866497, 0.8408964152537145, 0.8052451659746271, 0.7711054127039704, 0.7384130729697497, 0.7071067811865476];
const INV2K_L = [-9.667293313452913e-17, 7.70094837980299e-17, 2.5382502794888315e-17, 4.658027591836937e-17, 3.982015231465646e-17, 8.912812676025408e-17, -3.046782079812471e-17, 8.551889705537965e-17, 0.0, -5.3099730280979813e-17, 1.6415536121228136e-17, 1.4800703477244367e-17, 4.099505010290748e-17, 1.2353596284898944e-17, 3.9749174048488104e-17, -1.741997278446398e-17, -4.833646656726457e-17];
const ODD_H = [1.0, 0.3333333333333333, 0.2, 0.14285714285714285, 0.1111111111111111, 0.09090909090909091, 0.07692307692307693, 0.06666666666666667, 0.058823529411764705, 0.05263157894736842, 0.047619047619047616, 0.043478260869565216, 0.04, 0.037037037037037035, 0.034482758620689655, 0.03225806451612903, 0.030303030303030304, 0.02857142857142857, 0.02702702702702703, 0.02564102564102564, 0.024390243902439025, 0.023255813953488372, 0.022222222222222223, 0.02127659574468085, 0.02040816326530612, 0.0196078431372549, 0.018867924528301886, 0.01818181818181818, 0.017543859649122806, 0.01694915254237288];
const ODD_L = [0.0, 1.850371707708594e-17, -1.1102230246251566e-17, 7.93016446160826e-18, 6.1679056923619804e-18, -2.523234146875356e-18, -4.270088556250602e-18, 9.251858538542971e-19, 8.163404592832033e-19, 2.921639538487254e-18, 2.64338815386942e-18, 1.206764157201257e-18, -8.326672684688674e-19, 2.05596856412066e-18, 4.785444071660157e-19, 8.953411488912552e-19, -8.410780489584519e-19, 8.921435019309293e-19, -1.50030138462859e-18, 8.896017825522087e-19, -8.46206573647223e-19, 3.2273925134452225e-19, -8.480870326997723e-19, 5.167261417803255e-19, 1.6285159162231251e-18, 2.7211348642773444e-19, 7.20073895688486e-19, 8.831319514063744e-19, 9.73879846162418e-19, 5.880418562633244e-20];
const EXP2J_H = [1.0, 1.0218971486541166, 1.0442737824274138, 1.0671404006768237, 1.0905077326652577, 1.1143867425958924, 1.1387886347566916, 1.1637248587775775, 1.189207115002721, 1.215247359980469, 1.241857812073484, 1.2690509571917332, 1.2968395546510096, 1.3252366431597413, 1.3542555469368927, 1.383909881963832, 1.4142135623730951, 1.4451808069770467, 1.4768261459394993, 1.5091644275934228, 1.5422108254079407, 1.5759808451078865, 1.6104903319492543, 1.645755478153965, 1.681792830507429, 1.718619298122478, 1.7562521603732995, 1.7947090750031072, 1.8340080864093424, 1.8741676341103, 1.9152065613971474, 1.9571441241754002];
const EXP2J_L = [0.0, 5.109225028973444e-17, 8.551889705537965e-17, -7.899853966841582e-17, -3.046782079812471e-17, 1.0410278456845571e-16, 8.912812676025408e-17, 3.8292048369240935e-17, 3.982015231465646e-17, -7.712630692681488e-17, 4.658027591836937e-17, 2.667932131342186e-18, 2.5382502794888315e-17, -2.8587312100388614e-17, 7.70094837980299e-17, -6.770511658794786e-17, -9.667293313452913e-17, -3.0237581349939873e-17, -3.483994556892796e-17, -1.016455327754295e-16, 7.949834809697621e-17, -1.0136916471278304e-17, 2.4707192569797888e-17, -1.0125679913674773e-16, 8.199010020581497e-17, -1.851380418263111e-17, 2.960140695448873e-17, 1.8227458427912087e-17, 3.283107224245627e-17, -6.122763413004143e-17, -1.0619946056195963e-16, 8.960767791036668e-17];

// ---- double-double primitives (results in H, L) ----------------------------------------------

function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  R[1] = (a - (s - bb)) + (b - bb);
  R[0] = s;
}
function fastTwoSum(a: number, b: number): void {
  const s = a + b;
  R[1] = b - (s - a);
  R[0] = s;
}
function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = 134217729 * a;
  const ah = t - (t - a), al = a - ah;
  t = 134217729 * b;
  const bh = t - (t - b), bl = b - bh;
  R[1] = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  R[0] = p;
}
function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  const s = R[0], e = R[1];
  twoSum(al, bl);
  const t = R[0], f = R[1];
  fastTwoSum(s, e + t);
  fastTwoSum(R[0], R[1] + f);
}
function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  fastTwoSum(R[0], R[1] + (ah * bl + al * bh));
}
function ddMulD(ah: number, al: number, b: number): void {
  twoProd(ah, b);
  fastTwoSum(R[0], R[1] + al * b);
}
function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  ddMulD(bh, bl, q1);
  ddAdd(ah, al, -R[0], -R[1]);
  const r1h = R[0], r1l = R[1];
  const q2 = r1h / bh;
  ddMulD(bh, bl, q2);
  ddAdd(r1h, r1l, -R[0], -R[1]);
  const q3 = R[0] / bh;
  fastTwoSum(q1, q2);
  ddAdd(R[0], R[1], q3, 0);
}

// ---- exact rounding helpers --------------------------------------------------------------

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** [m, e] with |x| = m·2^e, m an integer < 2^53 (x finite, non-zero). */
function parts(x: number): [number, number] {
  f64[0] = x;
  const hi = u32[LE ? 1 : 0]!, lo = u32[LE ? 0 : 1]!;
  const be = (hi >>> 20) & 0x7ff;
  const m = (hi & 0xfffff) * 4294967296 + lo;
  return be === 0 ? [m, -1074] : [m + 4503599627370496, be - 1075];
}

/** The double nearest to n·2^e (ties to even), for n ≥ 0; `sticky` marks a discarded non-zero tail below n. */
export function roundScaled(n: bigint, e: number, sticky = false): number {
  if (n === 0n) return 0;
  const bits = n.toString(2).length;
  // Target precision: 53 bits, fewer in the subnormal range (lowest bit weight 2^-1074).
  let keepLow = Math.max(e + bits - 53, -1074); // weight of the last kept bit
  const shift = keepLow - e;
  if (shift <= 0) {
    if (sticky) { /* sticky bits are below the kept ones: truncation is exact unless a tie */ }
    return toDouble(n, e);
  }
  const sh = BigInt(shift);
  let q = n >> sh;
  const rem = n - (q << sh);
  const half = 1n << (sh - 1n);
  if (rem > half || (rem === half && (sticky || (q & 1n) === 1n))) q += 1n;
  else if (rem === half && !sticky && (q & 1n) === 0n) { /* tie to even: keep */ }
  return toDouble(q, keepLow);
}

/** q·2^e for q with at most 53 significant bits (exact unless overflow). */
function toDouble(q: bigint, e: number): number {
  let v = Number(q);
  if (e > 0) {
    while (e > 1000) { v *= 2 ** 1000; e -= 1000; }
    return v * 2 ** e;
  }
  while (e < -1000) {
    // Split the scaling so intermediate values stay exact (q has ≤ 53 bits, result ≥ 2^-1074).
    const step = Math.max(e, -1000);
    v *= 2 ** step;
    e -= step;
  }
  return v * 2 ** e;
}

/** Exact n·2^e of a double-double (h, l) times 2^k, rounded once. */
function roundDD(h: number, l: number, k: number): number {
  // Fast path: normal range, (h, l) normalized so h = fl(h + l).
  const r = h * 2 ** k;
  const ar = r < 0 ? -r : r;
  if (ar >= 2.2250738585072014e-308 && ar < 1.7976931348623157e308 && k > -1022 && k < 1023) return r;
  if (h === 0) return 0;
  const neg = h < 0;
  const [mh, eh] = parts(h);
  let big = BigInt(mh);
  let e = eh;
  if (l !== 0) {
    const [ml, el] = parts(l);
    // Combine on the lower exponent.
    if (el < e) { big <<= BigInt(e - el); e = el; }
    const lv = BigInt(ml) << BigInt(el - e);
    big = (l < 0) !== neg ? big - lv : big + lv;
  }
  const v = roundScaled(big, e + k);
  return neg ? -v : v;
}

// ---- exp / log ---------------------------------------------------------------------------

/**
 * exp(ah + al) / 2^k in (H, L); returns k. Requires |ah| ≤ ~746.
 * exp(a) = 2^k · 2^(j/32) · exp(r), |r| ≤ ln2/64, exp(r) by its Taylor series to r^13.
 */
function expCore(ah: number, al: number): number {
  const n = Math.round(ah * (32 * LN2INV));
  const j = ((n % 32) + 32) % 32;
  const k = (n - j) / 32;
  const t = n / 32; // exact: n has few bits
  twoProd(t, LN2_0);
  const p0 = R[0], p0l = R[1];
  ddAdd(ah, al, -p0, -p0l);
  const r1 = R[0], r1l = R[1];
  twoProd(t, LN2_1);
  ddAdd(r1, r1l, -R[0], -R[1] - t * LN2_2);
  const rh = R[0], rl = R[1];
  // Terms from r^6 on weigh < 2^-48 of the result: plain doubles suffice for them.
  let q = IF_H[13]!;
  for (let i = 12; i >= 6; i--) q = q * rh + IF_H[i]!;
  let ph = q, pl = 0;
  for (let i = 5; i >= 0; i--) {
    ddMul(ph, pl, rh, rl);
    ddAdd(R[0], R[1], IF_H[i]!, IF_L[i]!);
    ph = R[0]; pl = R[1];
  }
  ddMul(ph, pl, EXP2J_H[j]!, EXP2J_L[j]!);
  return k;
}

/** log(x) in (H, L) for finite x > 0. */
function logDD(x: number): void {
  let [m, e] = parts(x);
  while (m < 4503599627370496) { m *= 2; e--; }
  let f = m / 4503599627370496;
  e += 52;
  if (f > 1.4142135623730951) { f /= 2; e++; }
  // f = 2^(k/16)·g with |log g| ≤ ln2/32; log g = 2·atanh(u), u = (g-1)/(g+1).
  const k = Math.round(Math.log2(f) * 16);
  let gh = f, gl = 0;
  if (k !== 0) { ddMulD(INV2K_H[k + 8]!, INV2K_L[k + 8]!, f); gh = R[0]; gl = R[1]; }
  ddAdd(gh, gl, 1, 0);
  const dh = R[0], dl = R[1];
  ddAdd(gh, gl, -1, 0);
  ddDiv(R[0], R[1], dh, dl);
  const uh = R[0], ul = R[1];
  ddMul(uh, ul, uh, ul);
  const u2h = R[0], u2l = R[1];
  // Terms from u^8 on weigh < 2^-50 of the sum: plain doubles suffice for them.
  let q = ODD_H[10]!;
  for (let i = 9; i >= 4; i--) q = q * u2h + ODD_H[i]!;
  let ph = q, pl = 0;
  for (let i = 3; i >= 0; i--) {
    ddMul(ph, pl, u2h, u2l);
    ddAdd(R[0], R[1], ODD_H[i]!, ODD_L[i]!);
    ph = R[0]; pl = R[1];
  }
  ddMul(ph, pl, uh, ul);
  const lh = 2 * R[0], ll = 2 * R[1];
  const t = e + k / 16;
  if (t === 0) { R[0] = lh; R[1] = ll; return; }
  twoProd(t, LN2_0);
  const ah = R[0], al = R[1];
  twoProd(t, LN2_1);
  ddAdd(ah, al, R[0], R[1] + t * LN2_2);
  ddAdd(R[0], R[1], lh, ll);
}

export function exp(x: number): number {
  if (x !== x) return x;
  if (x > 709.7827128933841) return Infinity;
  if (x < -745.1332191019412) return 0;
  if (x > -3.7e-17 && x < 3.7e-17) return 1 + x;
  const k = expCore(x, 0);
  return roundDD(R[0], R[1], k);
}

export function log(x: number): number {
  if (!(x > 0) || x === Infinity) return x === 0 ? -Infinity : x === Infinity ? x : NaN;
  if (x === 1) return 0;
  logDD(x);
  return R[0] + R[1];
}

export function log2(x: number): number {
  if (!(x > 0) || x === Infinity) return x === 0 ? -Infinity : x === Infinity ? x : NaN;
  const [m] = parts(x);
  if ((m & (m - 1)) === 0 && Number.isInteger(Math.log2(x))) return Math.log2(x);
  logDD(x);
  ddDiv(R[0], R[1], LN2_0, LN2_1);
  return R[0] + R[1];
}

export function log10(x: number): number {
  if (!(x > 0) || x === Infinity) return x === 0 ? -Infinity : x === Infinity ? x : NaN;
  logDD(x);
  ddDiv(R[0], R[1], LN10_0, LN10_1);
  const r = R[0] + R[1];
  // Exact powers of ten give exact integers.
  const ri = Math.round(r);
  if (Math.abs(r - ri) < 1e-12 && ri >= 0 && ri <= 22 && 10 ** ri === x) return ri;
  return r;
}

/**
 * x**n (n a positive integer) in (H, L) by binary powering in double-double. Exact whenever the
 * exact power has at most 54 significant bits — the only case that can be a rounding tie — since
 * every partial power is then an exact double and the last product is an exact twoProd.
 */
function powIntDD(x: number, n: number): void {
  let bh = x, bl = 0, rh = 1, rl = 0;
  for (;;) {
    if (n & 1) { ddMul(rh, rl, bh, bl); rh = R[0]; rl = R[1]; }
    n = Math.floor(n / 2);
    if (n === 0) break;
    ddMul(bh, bl, bh, bl); bh = R[0]; bl = R[1];
  }
  R[0] = rh; R[1] = rl;
}

/** sqrt(h + l) for h > 0 in (H, L): one Newton step from the double square root. */
function ddSqrt(h: number, l: number): void {
  const r0 = Math.sqrt(h);
  twoProd(r0, r0);
  // h - p is exact (p is within a factor 2 of h).
  const e = ((h - R[0]) - R[1]) + l;
  fastTwoSum(r0, e / (2 * r0));
}

/** x**n for a positive integer n, exactly (BigInt; used where double-double would overflow). */
function powIntBig(x: number, n: number): number {
  const [m, e] = parts(x);
  return roundScaled(BigInt(m) ** BigInt(n), e * n);
}

/** 1/x**n for a positive integer n (never a tie: x**n is a power of two or has an odd part > 1). */
function powNegInt(x: number, n: number): number {
  const [m0, e0] = parts(x);
  let m = m0, e = e0;
  while (m % 2 === 0) { m /= 2; e++; }
  const den = BigInt(m) ** BigInt(n);
  if (den === 1n) return roundScaled(1n, -e * n);
  // 1/(den·2^(e·n)) = (2^s / den)·2^(-s - e·n), the quotient carrying ≥ 64 bits.
  const s = den.toString(2).length + 64;
  const num = 1n << BigInt(s);
  const q = num / den;
  return roundScaled(q, -s - e * n, q * den !== num);
}

/**
 * C's pow(x, y) for finite x > 0 and finite y (the sign and special cases are the caller's):
 * correctly rounded.
 */
export function powPositive(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (y === 1) return x;
  if (y === 2) return x * x;
  if (y === -1) return 1 / x;
  if (y === 0.5) return Math.sqrt(x);
  if (Number.isInteger(y) && y >= -1100 && y <= 1100) {
    const l2 = Math.log2(x) * y;
    if (l2 > 1025) return Infinity;
    if (l2 < -1080) return 0;
    const lx = Math.log2(x);
    // Double-double powering while every partial power stays well inside the double range.
    if (y > 0 && y <= 64 && lx * y < 960 && lx * y > -960 && lx < 960 && lx > -960) {
      powIntDD(x, y);
      return R[0] + R[1];
    }
    if (y < 0 && y >= -64 && lx * y < 960 && lx * y > -960 && lx < 960 && lx > -960) {
      powIntDD(x, -y);
      ddDiv(1, 0, R[0], R[1]);
      return R[0] + R[1];
    }
    return y > 0 ? powIntBig(x, y) : powNegInt(x, -y);
  }
  // Half-integer exponents (x**1.5, x**-1.5, x**-0.5, ...): x**(n/2) = sqrt(x**n), with x**n in
  // double-double (error ~n·2^-104), its double-double square root and, for n < 0, reciprocal:
  // ~2^-100 relative error, rounded once, like the exp(y·log x) path below but ~10x cheaper.
  const y2 = 2 * y;
  if (y2 >= -15 && y2 <= 15 && Number.isInteger(y2)) {
    const n = y2 < 0 ? -y2 : y2;
    const lx = Math.log2(x) * n;
    if (lx < 960 && lx > -960) {
      powIntDD(x, n);
      ddSqrt(R[0], R[1]);
      if (y < 0) ddDiv(1, 0, R[0], R[1]);
      return R[0] + R[1];
    }
  }
  logDD(x);
  const lh = R[0], ll = R[1];
  const t = lh * y;
  if (t > 710) return Infinity;
  if (t < -746) return 0;
  ddMulD(lh, ll, y);
  if (R[0] > 709.8 || R[0] < -745.2) {
    // Near the overflow/underflow threshold: the exact exponent decides.
    if (R[0] > 710) return Infinity;
    if (R[0] < -746) return 0;
  }
  const k = expCore(R[0], R[1]);
  return roundDD(R[0], R[1], k);
}

// ---- trigonometry ------------------------------------------------------------------------

/** sin and cos of a double-double |r| ≤ π/4 into (SH, SL) and (CH, CL). */
/** sin (SC[0], SC[1]) and cos (SC[2], SC[3]) of the last sinCosDD argument. */
const SC = new Float64Array(4);
function sinCosDD(rh: number, rl: number): void {
  ddMul(rh, rl, rh, rl);
  const r2h = R[0], r2l = R[1];
  // sin r = r·(c1 - r²(c3 - r²(c5 - …))), cos r = c0 - r²(c2 - r²(c4 - …)), c_i = 1/i!, to i = 27.
  // Terms of degree ≥ 17 weigh < 2^-50 of the result: plain doubles suffice for them.
  let q = IF_H[27]!;
  for (let j = 12; j >= 8; j--) q = IF_H[2 * j + 1]! - r2h * q;
  let ph = q, pl = 0;
  for (let j = 7; j >= 0; j--) {
    ddMul(ph, pl, r2h, r2l);
    ddAdd(IF_H[2 * j + 1]!, IF_L[2 * j + 1]!, -R[0], -R[1]);
    ph = R[0]; pl = R[1];
  }
  ddMul(ph, pl, rh, rl);
  SC[0] = R[0]; SC[1] = R[1];
  q = IF_H[26]!;
  for (let j = 12; j >= 9; j--) q = IF_H[2 * j]! - r2h * q;
  ph = q; pl = 0;
  for (let j = 8; j >= 0; j--) {
    ddMul(ph, pl, r2h, r2l);
    ddAdd(IF_H[2 * j]!, IF_L[2 * j]!, -R[0], -R[1]);
    ph = R[0]; pl = R[1];
  }
  SC[2] = ph; SC[3] = pl;
}

/** Reduces x modulo π/2: remainder in (H, L), returns the quadrant (0..3). Requires |x| < 2^50. */
function reduce(x: number): number {
  const k = Math.round(x * 0.6366197723675814);
  if (k === 0) { R[0] = x; R[1] = 0; return 0; }
  twoProd(k, PIO2_0);
  ddAdd(x, 0, -R[0], -R[1]);
  const a = R[0], al = R[1];
  twoProd(k, PIO2_1);
  ddAdd(a, al, -R[0], -R[1]);
  const b = R[0], bl = R[1];
  twoProd(k, PIO2_2);
  ddAdd(b, bl, -R[0], -R[1] - k * PIO2_3);
  return ((k % 4) + 4) % 4;
}

function trigArgOk(x: number): boolean {
  return x === x && Math.abs(x) < 1e15;
}

/** sin/cos of the reduced argument of x into SH/SL, CH/CL; returns the quadrant. */
function sinCosOf(x: number): number {
  const q = reduce(x);
  sinCosDD(R[0], R[1]);
  return q;
}

export function sin(x: number): number {
  if (!trigArgOk(x)) return Math.sin(x);
  if (Math.abs(x) < 7.45e-9) return x;
  const q = sinCosOf(x);
  switch (q) {
    case 0: return SC[0] + SC[1];
    case 1: return SC[2] + SC[3];
    case 2: return -(SC[0] + SC[1]);
    default: return -(SC[2] + SC[3]);
  }
}

export function cos(x: number): number {
  if (!trigArgOk(x)) return Math.cos(x);
  if (Math.abs(x) < 7.45e-9) return 1;
  const q = sinCosOf(x);
  switch (q) {
    case 0: return SC[2] + SC[3];
    case 1: return -(SC[0] + SC[1]);
    case 2: return -(SC[2] + SC[3]);
    default: return SC[0] + SC[1];
  }
}

export function tan(x: number): number {
  if (!trigArgOk(x)) return Math.tan(x);
  if (Math.abs(x) < 7.45e-9) return x;
  const q = sinCosOf(x);
  if (q % 2 === 0) ddDiv(SC[0], SC[1], SC[2], SC[3]);
  else ddDiv(-SC[2], -SC[3], SC[0], SC[1]);
  return R[0] + R[1];
}

/** atan of a double-double (xh, xl) into (H, L): one Newton step on sin(y) - x·cos(y) from Math.atan. */
function atanDD(xh: number, xl: number): void {
  const y0 = Math.atan(xh);
  const q = sinCosOf(y0);
  // sin/cos of y0 itself (undo the quadrant mapping; |y0| ≤ π/2 so q ∈ {0, 1, 3}).
  let sh: number, sl: number, ch: number, cl: number;
  if (q === 0) { sh = SC[0]; sl = SC[1]; ch = SC[2]; cl = SC[3]; }
  else if (q === 1) { sh = SC[2]; sl = SC[3]; ch = -SC[0]; cl = -SC[1]; }
  else { sh = -SC[2]; sl = -SC[3]; ch = SC[0]; cl = SC[1]; }
  // f = sin y0 - x cos y0; f' = cos y0 + x sin y0; y = y0 - f/f'.
  ddMul(xh, xl, ch, cl);
  ddAdd(sh, sl, -R[0], -R[1]);
  const fh = R[0] + R[1];
  const fp = (ch + cl) + xh * (sh + sl);
  fastTwoSum(y0, -fh / fp);
}

export function atan(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax < 7.45e-9) return x;
  if (ax > 1.152921504606847e18) return x > 0 ? PIO2_0 : -PIO2_0;
  atanDD(x, 0);
  return R[0] + R[1];
}

export function atan2(y: number, x: number): number {
  if (y !== y || x !== x || y === 0 || x === 0 || !Number.isFinite(y) || !Number.isFinite(x)) return Math.atan2(y, x);
  ddDiv(y, 0, x, 0);
  const qh = R[0], ql = R[1];
  if (!Number.isFinite(qh) || Math.abs(qh) < 1e-300 || Math.abs(qh) > 1e300) return Math.atan2(y, x);
  atanDD(qh, ql);
  if (x > 0) return R[0] + R[1];
  // x < 0: atan(y/x) ± π.
  if (y > 0) ddAdd(R[0], R[1], PI_0, PI_1);
  else ddAdd(R[0], R[1], -PI_0, -PI_1);
  return R[0] + R[1];
}

// ---- roots and norms ---------------------------------------------------------------------

/** Correctly rounded sqrt(a² + b²) (math.hypot of two finite values). */
export function hypot2(a: number, b: number): number {
  a = Math.abs(a); b = Math.abs(b);
  if (a < b) { const t = a; a = b; b = t; }
  if (b === 0) return a;
  // Scale into a safe range by a power of two.
  let scale = 1;
  if (a > 1e150) { scale = 2 ** 600; a *= 2 ** -600; b *= 2 ** -600; }
  else if (a < 1e-150) { scale = 2 ** -600; a *= 2 ** 600; b *= 2 ** 600; }
  twoProd(a, a);
  const ah = R[0], al = R[1];
  twoProd(b, b);
  ddAdd(ah, al, R[0], R[1]);
  const sh = R[0], sl = R[1];
  const r0 = Math.sqrt(sh);
  // r = r0 + (s - r0²)/(2 r0)
  twoProd(r0, r0);
  ddAdd(sh, sl, -R[0], -R[1]);
  fastTwoSum(r0, (R[0] + R[1]) / (2 * r0));
  if (scale === 1) return R[0] + R[1];
  return roundDD(R[0], R[1], scale > 1 ? 600 : -600);
}

export function cbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const neg = x < 0;
  let a = neg ? -x : x;
  let k = 0;
  if (a < 1e-290) { a *= 2 ** 300; k = -100; }
  else if (a > 1e290) { a *= 2 ** -300; k = 100; }
  const r0 = Math.cbrt(a);
  // r = r0 - (r0³ - a)/(3 r0²)
  twoProd(r0, r0);
  ddMulD(R[0], R[1], r0);
  ddAdd(R[0], R[1], -a, 0);
  fastTwoSum(r0, -(R[0] + R[1]) / (3 * r0 * r0));
  const v = roundDD(R[0], R[1], k);
  return neg ? -v : v;
}

/** C99 pow(x, y) with glibc's special cases, correctly rounded for finite non-zero x. */
export function pow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (x !== x || y !== y) return NaN;
  if (!Number.isFinite(y)) {
    if (x === -1) return 1;
    return Math.pow(x, y);
  }
  if (!Number.isFinite(x) || x === 0) return Math.pow(x, y);
  if (x < 0) {
    if (!Number.isInteger(y)) return NaN;
    const r = powPositive(-x, y);
    return Math.abs(y) < 9007199254740992 && y % 2 !== 0 ? -r : r;
  }
  return powPositive(x, y);
}

/** Correctly rounded sqrt(Σ xᵢ²) of finite values (math.hypot / math.dist, as vector_norm). */
export function hypotN(xs: number[]): number {
  if (xs.length === 2) return hypot2(xs[0]!, xs[1]!);
  let max = 0;
  for (const x of xs) { const a = Math.abs(x); if (a > max) max = a; }
  if (max === 0 || !Number.isFinite(max)) return max;
  if (xs.length === 1) return max;
  // Scale by a power of two near 1/max so squares stay in range.
  const [, e] = parts(max);
  const k = e + 52;
  const sc = 2 ** -k;
  let sh = 0, sl = 0;
  for (const x of xs) {
    const v = x * sc;
    twoProd(v, v);
    ddAdd(sh, sl, R[0], R[1]);
    sh = R[0]; sl = R[1];
  }
  const r0 = Math.sqrt(sh);
  twoProd(r0, r0);
  ddAdd(sh, sl, -R[0], -R[1]);
  fastTwoSum(r0, (R[0] + R[1]) / (2 * r0));
  return roundDD(R[0], R[1], k);
}
