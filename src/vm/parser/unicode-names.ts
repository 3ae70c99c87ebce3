/**
 * `\N{NAME}` lookup for string literals (case-insensitive, like CPython's unicodedata codec
 * hook). Names come from a generated table of the commonly used blocks (unicode-names-data.ts);
 * CJK unified/compatibility ideographs and Hangul syllables are algorithmic. Names outside the
 * table report CPython's "unknown Unicode character name" error (a known gap).
 */
import { DATA, WORDS } from './unicode-names-data';

let table: Map<string, number> | null = null;
const B64 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+/';

function load(): Map<string, number> {
  const words = WORDS.split(' ');
  const m = new Map<string, number>();
  let cp = 0;
  for (const e of DATA.split(';')) {
    const c = e.indexOf(':');
    cp += parseInt(e.slice(0, c), 36);
    const parts: string[] = [];
    for (let i = c + 1; i < e.length; i += 2) parts.push(words[B64.indexOf(e[i]) * 64 + B64.indexOf(e[i + 1])]);
    m.set(parts.join(' '), cp);
  }
  return m;
}

const CJK_RANGES: [number, number][] = [
  [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0x20000, 0x2a6df], [0x2a700, 0x2b739], [0x2b740, 0x2b81d],
  [0x2b820, 0x2cea1], [0x2ceb0, 0x2ebe0], [0x30000, 0x3134a], [0x31350, 0x323af],
];
const JAMO_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
const JAMO_V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I'];
const JAMO_T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];

export function unicodeNameLookup(name: string): number | null {
  const n = name.toUpperCase();
  let m = /^CJK UNIFIED IDEOGRAPH-([0-9A-F]{4,5})$/.exec(n);
  if (m) {
    const cp = parseInt(m[1], 16);
    return CJK_RANGES.some(([a, b]) => cp >= a && cp <= b) ? cp : null;
  }
  if (n.startsWith('HANGUL SYLLABLE ')) {
    const rest = n.slice(16);
    for (let l = 0; l < JAMO_L.length; l++) {
      if (!rest.startsWith(JAMO_L[l])) continue;
      for (let v = 0; v < JAMO_V.length; v++) {
        const lv = JAMO_L[l] + JAMO_V[v];
        if (!rest.startsWith(lv)) continue;
        const t = JAMO_T.indexOf(rest.slice(lv.length));
        if (t >= 0) return 0xac00 + (l * 21 + v) * 28 + t;
      }
    }
    return null;
  }
  table ??= load();
  return table.get(n) ?? null;
}
