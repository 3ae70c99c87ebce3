/**
 * String literals: the `strings` rule (implicit concatenation of STRING and f-string pieces)
 * and the f-string rules of CPython 3.12's grammar (section LITERALS), with the AST shapes and
 * positions 3.12.1 produces (action_helpers.c: _PyPegen_joined_str, _PyPegen_formatted_value,
 * _PyPegen_concatenate_strings, _PyPegen_setup_full_format_spec).
 */
import type * as A from '../ast/nodes';
import type { ConstValue } from '../ast/constants';
import { M, T, type Parser, type PToken } from './core';
import { extra } from './build';
import { DecodeError, decodeUnicodeEscapes, parseStringToken, warnInvalidEscape } from './literals';
import { star_expressions, yield_expr } from './expressions';
import * as inv from './invalid';

// strings (memo): (fstring|string)+
export function strings(p: Parser): A.expr | null {
  const start = p.mark;
  if (p.memoGet(M.strings)) return p.memoHit as A.expr | null;
  const parts: A.expr[] = [];
  while (true) {
    const ty = p.peek();
    if (ty === T.STRING) {
      const i = p.mark;
      p.mark = i + 1;
      parts.push(parseStringToken(p, i));
    } else if (ty === T.FSTRING_START) {
      const m = p.mark;
      const f = fstring(p);
      if (f === null) {
        p.mark = m;
        break;
      }
      parts.push(f);
    } else {
      break;
    }
  }
  let r: A.expr | null = null;
  if (parts.length) r = concatenate(p, start, parts);
  else p.mark = start;
  p.memoSet(M.strings, start, r);
  return r;
}

function isStrConst(e: A.expr): e is A.Constant & { value: { k: 'str'; v: string } } {
  return e._type === 'Constant' && e.value.k === 'str';
}

/** _PyPegen_concatenate_strings over the pieces of one `strings` match. */
function concatenate(p: Parser, start: number, parts: A.expr[]): A.expr {
  let fFound = false;
  let uFound = false;
  let bFound = false;
  for (const e of parts) {
    if (e._type === 'Constant') {
      if (e.value.k === 'bytes') bFound = true;
      else uFound = true;
    } else {
      fFound = true;
    }
  }
  if ((uFound || fFound) && bFound) p.syntaxError('cannot mix bytes and nonbytes literals');
  if (bFound) {
    const first = parts[0] as A.Constant;
    if (parts.length === 1) return first;
    let len = 0;
    for (const e of parts) len += ((e as A.Constant).value as { v: Uint8Array }).v.length;
    const buf = new Uint8Array(len);
    let o = 0;
    for (const e of parts) {
      const v = ((e as A.Constant).value as { v: Uint8Array }).v;
      buf.set(v, o);
      o += v.length;
    }
    return extra<A.Constant>(p, start, { _type: 'Constant', value: { k: 'bytes', v: buf }, kind: first.kind, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  }
  if (!fFound && parts.length === 1) return parts[0];
  const flat: A.expr[] = [];
  for (const e of parts) {
    if (e._type === 'JoinedStr') flat.push(...e.values);
    else flat.push(e);
  }
  const values: A.expr[] = [];
  for (let i = 0; i < flat.length; i++) {
    let e = flat[i];
    if (e._type === 'Constant') {
      if (i + 1 < flat.length && flat[i + 1]._type === 'Constant') {
        const first = e;
        let last = e;
        let s = '';
        let j = i;
        for (; j < flat.length; j++) {
          const c = flat[j];
          if (c._type !== 'Constant') break;
          s += (c.value as { v: string }).v;
          last = c;
        }
        i = j - 1;
        e = { _type: 'Constant', value: { k: 'str', v: s }, kind: first.kind, lineno: first.lineno, col_offset: first.col_offset, end_lineno: last.end_lineno, end_col_offset: last.end_col_offset };
      }
      if (fFound && isStrConst(e) && e.value.v.length === 0) continue;
    }
    values.push(e);
  }
  if (!fFound) return values[0];
  return extra<A.JoinedStr>(p, start, { _type: 'JoinedStr', values, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

// fstring: FSTRING_START fstring_middle* FSTRING_END
function fstring(p: Parser): A.expr | null {
  const start = p.mark;
  const a = p.expect(T.FSTRING_START)!;
  const raw: A.expr[] = [];
  while (true) {
    const m = p.mark;
    const x = fstring_middle(p);
    if (x === null) {
      p.mark = m;
      break;
    }
    raw.push(x);
  }
  const b = p.expect(T.FSTRING_END);
  if (b === null) {
    p.mark = start;
    return null;
  }
  return joinedStr(p, a, raw, b);
}

/** _PyPegen_joined_str: flattens debug JoinedStrs, decodes and drops empty constant pieces. */
function joinedStr(p: Parser, a: PToken, raw: A.expr[], b: PToken): A.JoinedStr {
  const isRaw = /[rR]/.test(a.string);
  const values: A.expr[] = [];
  for (const r of raw) {
    const items = r._type === 'JoinedStr' ? r.values : [r];
    for (let item of items) {
      if (item._type === 'Constant') {
        item = decodeFstringPart(p, isRaw, item, b);
        if (isStrConst(item) && item.value.v.length === 0) continue;
      }
      values.push(item);
    }
  }
  return { _type: 'JoinedStr', values, lineno: a.lineno, col_offset: a.bcol, end_lineno: b.end_lineno, end_col_offset: b.end_bcol };
}

function decodeFstringPart(p: Parser, isRaw: boolean, c: A.Constant, tok: PToken): A.Constant {
  let s = (c.value as { v: string }).v;
  if (s === '{{' || s === '}}') s = s[0];
  if (!isRaw && s.indexOf('\\') >= 0) {
    s = decodeOrRaise(p, s);
    warnInvalidEscape(p, tok, true);
  }
  return { _type: 'Constant', value: { k: 'str', v: s }, kind: null, lineno: c.lineno, col_offset: c.col_offset, end_lineno: c.end_lineno, end_col_offset: c.end_col_offset };
}

function decodeOrRaise(p: Parser, s: string): string {
  try {
    return decodeUnicodeEscapes(s);
  } catch (e) {
    if (e instanceof DecodeError) p.syntaxError(e.msg);
    throw e;
  }
}

function constFromTok(t: PToken, v: ConstValue): A.Constant {
  return { _type: 'Constant', value: v, kind: null, lineno: t.lineno, col_offset: t.bcol, end_lineno: t.end_lineno, end_col_offset: t.end_bcol };
}

// fstring_middle: fstring_replacement_field | FSTRING_MIDDLE
function fstring_middle(p: Parser): A.expr | null {
  const ty = p.peek();
  if (ty === T.LBRACE) return fstring_replacement_field(p);
  if (ty === T.FSTRING_MIDDLE) {
    const t = p.toks[p.mark++];
    return constFromTok(t, { k: 'str', v: t.string });
  }
  return null;
}

// fstring_replacement_field:
//     | '{' (yield_expr | star_expressions) '='? [fstring_conversion] [fstring_full_format_spec] '}'
//     | invalid_replacement_field
function fstring_replacement_field(p: Parser): A.expr | null {
  const start = p.mark;
  if (p.eat(T.LBRACE)) {
    let a = yield_expr(p);
    if (a === null) {
      p.mark = start + 1;
      a = star_expressions(p);
    }
    if (a !== null) {
      const debug = p.expect(T.EQUAL);
      // fstring_conversion: "!" NAME
      let conv: A.Name | null = null;
      let convTok: PToken | null = null;
      let m = p.mark;
      if (p.peek() === T.EXCLAMATION && p.peekAt(m + 1) === T.NAME) {
        convTok = p.toks[m];
        const nt = p.toks[m + 1];
        p.mark = m + 2;
        if (convTok.lineno !== nt.lineno || convTok.end_bcol !== nt.bcol) {
          p.errRange(convTok, nt, 'f-string: conversion type must come right after the exclamanation mark');
        }
        conv = { _type: 'Name', id: p.nameId(m + 1), ctx: { _type: 'Load' }, lineno: nt.lineno, col_offset: nt.bcol, end_lineno: nt.end_lineno, end_col_offset: nt.end_bcol };
      }
      // fstring_full_format_spec: ':' fstring_format_spec*
      let spec: A.JoinedStr | null = null;
      let colonTok: PToken | null = null;
      m = p.mark;
      if (p.peek() === T.COLON) {
        colonTok = p.toks[m];
        const specStart = m;
        p.mark = m + 1;
        const items: A.expr[] = [];
        while (true) {
          const k = p.mark;
          const ty = p.peek();
          if (ty === T.FSTRING_MIDDLE) {
            const t = p.toks[k];
            p.mark = k + 1;
            items.push(constFromTok(t, { k: 'str', v: decodeOrRaise(p, t.string) }));
            warnInvalidEscape(p, t, true);
            continue;
          }
          if (ty === T.LBRACE) {
            const f = fstring_replacement_field(p);
            if (f !== null) {
              items.push(f);
              continue;
            }
          }
          p.mark = k;
          break;
        }
        const vals = items.length === 1 && isStrConst(items[0]) && items[0].value.v.length === 0 ? [] : items;
        spec = extra<A.JoinedStr>(p, specStart, { _type: 'JoinedStr', values: vals, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
      }
      const rbrace = p.expect(T.RBRACE);
      if (rbrace !== null) return formattedValue(p, start, a, debug, conv, convTok, spec, colonTok, rbrace);
    }
  }
  p.mark = start;
  if (p.callInvalid) inv.invalid_replacement_field(p);
  return null;
}

/** _PyPegen_formatted_value, plus the debug text for `{expr=}`. */
function formattedValue(
  p: Parser, start: number, value: A.expr, debug: PToken | null, conv: A.Name | null, convTok: PToken | null,
  spec: A.JoinedStr | null, colonTok: PToken | null, rbrace: PToken,
): A.expr {
  let conversion = -1;
  if (conv !== null) {
    const id = conv.id;
    if ([...id].length > 1 || !(id === 's' || id === 'r' || id === 'a')) {
      p.errNode(conv, `f-string: invalid conversion character '${id}': expected 's', 'r', or 'a'`);
    }
    conversion = id.charCodeAt(0);
  } else if (debug !== null && spec === null) {
    conversion = 0x72; // 'r'
  }
  const fv = extra<A.FormattedValue>(p, start, { _type: 'FormattedValue', value, conversion, format_spec: spec, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  if (debug === null) return fv;
  let endLine: number;
  let endCol: number;
  let term: PToken;
  if (conv !== null) {
    endLine = conv.lineno;
    endCol = conv.col_offset;
    term = convTok!;
  } else if (spec !== null) {
    endLine = spec.lineno;
    endCol = spec.col_offset + 1;
    term = colonTok!;
  } else {
    endLine = fv.end_lineno!;
    endCol = fv.end_col_offset!;
    term = rbrace;
  }
  const meta = (term as { metadata?: unknown }).metadata;
  const text = typeof meta === 'string' ? meta : debugText(p, p.toks[start], term);
  const dt: A.Constant = { _type: 'Constant', value: { k: 'str', v: text }, kind: null, lineno: fv.lineno, col_offset: fv.col_offset + 1, end_lineno: endLine, end_col_offset: endCol - 1 };
  return { _type: 'JoinedStr', values: [dt, fv], lineno: fv.lineno, col_offset: fv.col_offset, end_lineno: endLine, end_col_offset: endCol };
}

/** Source text between the replacement field's '{' and the token ending its expression, with comments removed. */
function debugText(p: Parser, lbrace: PToken, term: PToken): string {
  let s = '';
  for (let l = lbrace.lineno; l <= term.lineno; l++) {
    const line = p.lineText(l);
    const from = l === lbrace.lineno ? lbrace.end_col : 0;
    const to = l === term.lineno ? term.col : line.length;
    s += [...line].slice(from, to).join('');
  }
  if (s.indexOf('#') >= 0) s = s.replace(/#[^\n]*/g, '');
  return s;
}

export { fstring_replacement_field as fstringFieldRef };
