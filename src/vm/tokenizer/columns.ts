/**
 * Column arithmetic between JS strings (UTF-16) and CPython's views of a line: code points
 * (tokenize's columns, SyntaxError offsets) and UTF-8 bytes (the C tokenizer, AST col_offset).
 */

/** UTF-8 length of src[from, to). */
export function utf8Len(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/**
 * _PyPegen_byte_offset_to_character_offset: characters in the first `byteOff` UTF-8 bytes of
 * `line` (clipped to its length + 1); a cut multi-byte character counts as one.
 */
export function byteOffsetToCharOffset(line: string, byteOff: number): number {
  let chars = 0;
  let bytes = 0;
  for (let i = 0; i < line.length && bytes < byteOff; i++) {
    const c = line.charCodeAt(i);
    let w = 1;
    if (c >= 0x80) {
      if (c < 0x800) w = 2;
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < line.length) {
        const d = line.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          w = 4;
          i++;
        } else w = 3;
      } else w = 3;
    }
    bytes += w;
    chars++;
  }
  if (bytes < byteOff) chars += byteOff - bytes > 0 ? 1 : 0;
  return chars;
}

/** Incremental code point / UTF-8 columns within a line (tokens advance monotonically). */
export class ColumnCache {
  readonly ascii: boolean;
  private ls = -1;
  private pos = 0;
  private c = 0;
  private b = 0;
  /** UTF-8 column of the last col() call. */
  bcol = 0;

  constructor(private readonly s: string) {
    // eslint-disable-next-line no-control-regex
    this.ascii = !/[^\x00-\x7f]/.test(s);
  }

  col(lineStart: number, off: number): number {
    if (this.ascii) {
      this.bcol = off - lineStart;
      return this.bcol;
    }
    if (lineStart !== this.ls || off < this.pos) {
      this.ls = lineStart;
      this.pos = lineStart;
      this.c = 0;
      this.b = 0;
    }
    const s = this.s;
    let i = this.pos, c = this.c, b = this.b;
    while (i < off) {
      const ch = s.charCodeAt(i);
      if (ch < 0x80) { b += 1; i++; }
      else if (ch < 0x800) { b += 2; i++; }
      else if (ch >= 0xd800 && ch <= 0xdbff && i + 1 < s.length &&
        (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { b += 4; i += 2; }
      else { b += 3; i++; }
      c++;
    }
    this.pos = i; this.c = c; this.b = b;
    this.bcol = b;
    return c;
  }
}
