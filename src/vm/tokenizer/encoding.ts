/**
 * Source encoding detection of Lib/tokenize.py (detect_encoding, PEP 263 cookies, UTF-8 BOM) and
 * decoding of the bytes the way tokenize's C tokenizer reads them (errors='replace').
 */

export class EncodingError extends Error {
  constructor(readonly pyMessage: string) {
    super(pyMessage);
  }
}

/** tokenize._get_normal_name. */
export function normalEncodingName(orig: string): string {
  const enc = orig.slice(0, 12).toLowerCase().replace(/_/g, '-');
  if (enc === 'utf-8' || enc.startsWith('utf-8-')) return 'utf-8';
  for (const p of ['latin-1', 'iso-8859-1', 'iso-latin-1']) {
    if (enc === p || enc.startsWith(p + '-')) return 'iso-8859-1';
  }
  return orig;
}

const COOKIE_RE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
const BLANK_RE = /^[ \t\f]*(?:[#\r\n]|$)/;

/** Python codec names we can decode, lower-cased and with '_' as '-' → TextDecoder label. */
function decoderLabel(enc: string): string | null {
  const e = enc.toLowerCase().replace(/_/g, '-');
  if (e === 'utf-8' || e === 'utf8' || e === 'u8' || e === 'utf') return 'utf-8';
  if (e === 'iso-8859-1' || e === 'latin-1' || e === 'latin1' || e === 'l1' || e === 'iso8859-1') return 'latin1';
  if (e === 'ascii' || e === 'us-ascii' || e === '646') return 'ascii';
  if (e === 'utf-8-sig') return 'utf-8';
  const m = /^(?:cp|windows-)(125[0-8])$/.exec(e);
  if (m) return 'windows-' + m[1];
  if (/^iso-?8859-(\d+)$/.test(e)) return e.replace(/^iso-?8859-/, 'iso-8859-');
  if (e === 'koi8-r' || e === 'koi8-u' || e === 'gbk' || e === 'gb18030' || e === 'big5' ||
    e === 'shift-jis' || e === 'euc-jp' || e === 'euc-kr') return e.replace('shift-jis', 'shift_jis');
  return null;
}

/** Bytes of one line (through its '\n') starting at `from`, as an ASCII-safe latin-1 string. */
function rawLine(b: Uint8Array, from: number): { text: string; end: number } {
  let end = b.indexOf(0x0a, from);
  end = end < 0 ? b.length : end + 1;
  let text = '';
  for (let i = from; i < end; i++) text += String.fromCharCode(b[i]);
  return { text, end };
}

function isValidUtf8(b: Uint8Array, from: number, to: number): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b.subarray(from, to));
    return true;
  } catch {
    return false;
  }
}

/**
 * tokenize.detect_encoding: the encoding name tokenize reports (utf-8-sig reported as utf-8)
 * and the decoded text with any BOM removed. Throws EncodingError with tokenize's message.
 */
export function decodeSource(bytes: Uint8Array, filename: string | null): { encoding: string; text: string } {
  let start = 0;
  let bom = false;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    bom = true;
    start = 3;
  }
  let encoding = 'utf-8';
  const findCookie = (from: number, to: number, text: string): string | null => {
    if (!isValidUtf8(bytes, from, to)) {
      throw new EncodingError(filename !== null
        ? `invalid or missing encoding declaration for ${pyQuote(filename)}`
        : 'invalid or missing encoding declaration');
    }
    const m = COOKIE_RE.exec(text);
    if (!m) return null;
    const enc = normalEncodingName(m[1]);
    if (decoderLabel(enc) === null) {
      throw new EncodingError(filename !== null ? `unknown encoding for ${pyQuote(filename)}: ${enc}` : `unknown encoding: ${enc}`);
    }
    if (bom) {
      if (enc !== 'utf-8') {
        throw new EncodingError(filename !== null ? `encoding problem for ${pyQuote(filename)}: utf-8` : 'encoding problem: utf-8');
      }
      return 'utf-8';
    }
    return enc;
  };
  if (start < bytes.length) {
    const l1 = rawLine(bytes, start);
    const c1 = findCookie(start, l1.end, l1.text);
    if (c1 !== null) encoding = c1;
    else if (BLANK_RE.test(l1.text) && l1.end < bytes.length) {
      const l2 = rawLine(bytes, l1.end);
      const c2 = findCookie(l1.end, l2.end, l2.text);
      if (c2 !== null) encoding = c2;
    }
  }
  const body = bytes.subarray(start);
  const label = decoderLabel(encoding)!;
  let text: string;
  if (label === 'latin1') {
    text = latin1(body);
  } else if (label === 'ascii') {
    text = latin1(body).replace(/[\x80-\xff]/g, '\ufffd');
  } else {
    text = new TextDecoder(label).decode(body);
  }
  return { encoding, text };
}

function latin1(b: Uint8Array): string {
  let s = '';
  const CH = 8192;
  for (let i = 0; i < b.length; i += CH) {
    s += String.fromCharCode.apply(null, Array.from(b.subarray(i, Math.min(b.length, i + CH))));
  }
  return s;
}

/** Python repr() of a filename: enough for paths (quotes, backslashes). */
function pyQuote(s: string): string {
  const q = s.indexOf("'") >= 0 && s.indexOf('"') < 0 ? '"' : "'";
  return q + s.replace(/\\/g, '\\\\').replace(new RegExp(q, 'g'), '\\' + q) + q;
}

/** Encoding tokenize would report for already-decoded text (cookie only). */
export function cookieEncoding(text: string): string {
  const l1end = text.indexOf('\n');
  const first = l1end < 0 ? text : text.slice(0, l1end + 1);
  let m = COOKIE_RE.exec(first);
  if (m) return normalEncodingName(m[1]);
  if (!BLANK_RE.test(first) || l1end < 0) return 'utf-8';
  const l2end = text.indexOf('\n', l1end + 1);
  m = COOKIE_RE.exec(l2end < 0 ? text.slice(l1end + 1) : text.slice(l1end + 1, l2end + 1));
  return m ? normalEncodingName(m[1]) : 'utf-8';
}
