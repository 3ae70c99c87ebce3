/**
 * Printing uncaught exceptions exactly as CPython 3.12 does (Python/traceback.c, Lib/traceback.py):
 * chained exceptions (cause/context with their separator lines), "Traceback (most recent call
 * last):", one `File "...", line N, in name` entry per traceback object with the stripped source
 * line and the caret line from co_positions (binary-operator and subscript anchors; omitted when
 * the carets would cover the whole line), "[Previous line repeated N more times]" folding, and
 * the final `Type: message` line with the 3.12 "Did you mean" suggestions.
 */
import type { PyObject } from '../objects/object';
import { PyBaseException } from '../objects/exceptions';
import { PyTraceback } from '../objects/traceback';
import { PyStr } from '../objects/str';
import { None } from '../objects/singletons';
import { PyType } from '../objects/type';
import * as A from '../runtime/abstract';
import { decref } from '../runtime/refcount';
import { PyExc } from '../runtime/errors';
import { suggestionTrailer } from './suggestions';
import { syntaxErrorLocationText } from './syntax_error_text';
import { PyInt } from '../objects/int';

export interface TbEntry { filename: string; lineno: number; name: string; positions: [number, number, number, number] | null }

export function tbEntries(tb: PyObject | null): TbEntry[] {
  const out: TbEntry[] = [];
  let t = tb as PyTraceback | null;
  while (t && t instanceof PyTraceback) {
    const f = t.frame.f;
    const code = f.code;
    const unit = t.lasti >> 1;
    const p = code.positions();
    const pos: [number, number, number, number] = [p[unit * 4]!, p[unit * 4 + 1]!, p[unit * 4 + 2]!, p[unit * 4 + 3]!];
    out.push({ filename: code.co.co_filename, lineno: t.lineno, name: code.co.co_name, positions: pos });
    t = t.next;
  }
  return out;
}

const OPS: [string, number][] = [
  ['**', 7], ['//', 6], ['<<', 4], ['>>', 4], ['|', 1], ['^', 2], ['&', 3], ['+', 5], ['-', 5], ['*', 6], ['/', 6], ['%', 6], ['@', 6],
];

interface Anchors { left: number; right: number }

/** Approximates traceback._extract_caret_anchors_from_line_segment without a full parser. */
export function caretAnchors(seg: string): Anchors | null {
  if (/^\s/.test(seg) || seg.includes('\n')) return null;
  // Tokenize at depth 0.
  let depth = 0;
  let prevOperand = false;
  let best: { at: number; len: number; prec: number } | null = null;
  let lastSubscript: number = -1;
  let i = 0;
  while (i < seg.length) {
    const c = seg[i]!;
    if (c === '#') return null;
    if (c === '"' || c === "'") {
      const triple = seg.startsWith(c.repeat(3), i);
      const q = triple ? c.repeat(3) : c;
      let j = i + q.length;
      while (j < seg.length && !seg.startsWith(q, j)) { if (seg[j] === '\\') j++; j++; }
      if (j >= seg.length) return null;
      i = j + q.length;
      prevOperand = true;
      continue;
    }
    if ('([{'.includes(c)) {
      if (depth === 0 && c === '[' && prevOperand) lastSubscript = i;
      else if (depth === 0) lastSubscript = -1;
      depth++; i++; prevOperand = false; continue;
    }
    if (')]}'.includes(c)) { depth--; if (depth < 0) return null; i++; prevOperand = true; continue; }
    if (depth > 0) { i++; continue; }
    if (/\s/.test(c)) { i++; continue; }
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(seg.slice(i));
    if (word) {
      if (['and', 'or', 'not', 'if', 'else', 'lambda', 'in', 'is', 'for', 'await', 'yield'].includes(word[0])) return null;
      i += word[0].length; prevOperand = true; lastSubscript = -1; continue;
    }
    const num = /^(\d[\d_]*\.?\d*([eE][+-]?\d+)?j?|\.\d+)/.exec(seg.slice(i));
    if (num) { i += num[0].length; prevOperand = true; continue; }
    if (/^(==|!=|<=|>=|<(?!<)|>(?!>)|:=)/.test(seg.slice(i)) && !/^(<<|>>)/.test(seg.slice(i))) return null;
    if (c === '.') { i++; prevOperand = false; continue; }
    if (c === ',' || c === ':' || c === '=' || c === ';') return null;
    const op = OPS.find(([o]) => seg.startsWith(o, i));
    if (op) {
      if (seg.startsWith(op[0] + '=', i) && op[0] !== '*' ) return null;
      if (prevOperand) {
        const [o, prec] = op;
        if (!best || prec < best.prec || (prec === best.prec && o !== '**')) best = { at: i, len: o.length, prec };
        lastSubscript = -1;
      }
      i += op[0].length;
      prevOperand = false;
      continue;
    }
    if (c === '~') { i++; prevOperand = false; continue; }
    return null;
  }
  if (depth !== 0) return null;
  if (best) {
    let left = best.at;
    let right = left + 1;
    if (best.len === 2) right++;
    return { left, right };
  }
  if (lastSubscript >= 0 && seg.endsWith(']')) return { left: lastSubscript, right: seg.length };
  return null;
}

function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1f300 && c <= 0x1faff) || (c >= 0x20000 && c <= 0x3fffd))) ? 2 : 1;
  }
  return w;
}

/** UTF-8 byte offset → character offset within `line`. */
function byteToChar(line: string, off: number): number {
  const enc = new TextEncoder().encode(line);
  return new TextDecoder().decode(enc.slice(0, off)).length;
}

export function formatEntry(e: TbEntry, getLine: (filename: string, lineno: number) => string | null): string {
  let out = `  File "${e.filename}", line ${e.lineno}, in ${e.name}\n`;
  const raw = getLine(e.filename, e.lineno);
  if (raw === null) return out;
  if (!raw.trim()) return out;
  // display_source_line: only the indentation (spaces, tabs, form feeds) is removed; trailing
  // whitespace is printed and counts in the whole-line test below.
  const line = raw.replace(/\r?\n$/, '');
  const stripChars = /^[ \t\f]*/.exec(line)![0].length;
  const stripped = line.slice(stripChars);
  out += `    ${stripped}\n`;
  const p = e.positions;
  if (!p || p[2] < 0 || p[3] < 0 || p[0] !== e.lineno) return out;
  const start = byteToChar(line, p[2]);
  let end = byteToChar(line, p[3]);
  const seg = line.slice(start, end);
  let anchors: Anchors | null = null;
  if (p[0] === p[1]) anchors = caretAnchors(seg);
  else end = line.replace(/[ \t\f]+$/, '').length;
  if (end - start < stripped.length || (anchors && anchors.right - anchors.left > 0)) {
    const dpStart = displayWidth(line.slice(0, start)) + 1;
    const dpEnd = displayWidth(line.slice(0, end)) + 1;
    let row = '    ' + ' '.repeat(dpStart - stripChars - 1 + 1 - 1);
    row = '    ' + ' '.repeat(Math.max(0, dpStart - 1 - stripChars));
    if (anchors) {
      const l = displayWidth(seg.slice(0, anchors.left));
      const r = displayWidth(seg.slice(0, anchors.right));
      row += '~'.repeat(l) + '^'.repeat(r - l) + '~'.repeat(Math.max(0, dpEnd - dpStart - r));
    } else row += '^'.repeat(dpEnd - dpStart);
    out += row + '\n';
  }
  return out;
}

export function formatTraceback(entries: TbEntry[], getLine: (f: string, l: number) => string | null): string {
  let out = '';
  let last: TbEntry | null = null;
  let count = 0;
  const flush = () => {
    if (count > 3) {
      const n = count - 3;
      out += `  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`;
    }
  };
  for (const e of entries) {
    if (last && e.filename === last.filename && e.lineno === last.lineno && e.name === last.name) {
      count++;
      if (count > 3) continue;
    } else {
      flush();
      count = 1;
    }
    last = e;
    out += formatEntry(e, getLine);
  }
  flush();
  return out;
}

function typeQualifiedName(t: PyType): string {
  const m = A.getAttrOpt(t, '__module__');
  let mod = 'builtins';
  if (m) { if (m instanceof PyStr) mod = m.s; decref(m); }
  const q = t.qualname;
  return mod === 'builtins' || mod === '__main__' ? q : `${mod}.${q}`;
}

/** A JS number from an int attribute value; null when it is not an int. */
function intAttr(v: PyObject): number | null {
  if (!(v instanceof PyInt)) return null;
  return Number(v.v);
}

/**
 * For a SyntaxError (or subclass) instance: the location block printed before its message and
 * the `msg` attribute (new reference) that replaces the exception as the printed value
 * (pythonrun.c parse_syntax_error). Null, and the exception prints plainly, when an attribute
 * is missing or of the wrong type.
 */
function syntaxErrorParts(e: PyBaseException): { block: string; msg: PyObject } | null {
  const se = PyExc.SyntaxError;
  if (!se || !e.type.isSubtype(se)) return null;
  const attrs: (PyObject | null)[] = [];
  const get = (n: string): PyObject | null => {
    let v: PyObject | null = null;
    try { v = A.getAttrOpt(e, n); } catch (err) { if (err instanceof PyBaseException) decref(err); else throw err; }
    attrs.push(v);
    return v;
  };
  try {
    const msg = get('msg');
    if (msg === null) return null;
    const fn = get('filename'), ln = get('lineno'), off = get('offset'), txt = get('text');
    const lineno = ln === null ? null : intAttr(ln);
    if (fn === null || lineno === null || off === null || txt === null) return null;
    const offset = off === None ? -1 : intAttr(off);
    if (offset === null) return null;
    const exact = e.type === se;
    let endLineno = lineno, endOffset = -1;
    if (exact) {
      const el = get('end_lineno'), eo = get('end_offset');
      if (el === null || eo === null) return null;
      const a = el === None ? lineno : intAttr(el), b = eo === None ? -1 : intAttr(eo);
      if (a === null || b === null) return null;
      endLineno = a; endOffset = b;
    }
    const block = syntaxErrorLocationText({
      filename: fn === None ? '<string>' : A.strJS(fn), lineno, offset,
      text: txt === None ? null : A.strJS(txt), end_lineno: endLineno, end_offset: endOffset, exact,
    });
    msg.ob_refcnt++;
    return { block, msg };
  } finally {
    for (const v of attrs) if (v !== null) decref(v);
  }
}

/** The `Type: message` line (print_exception_message + suggestions). */
export function formatExceptionOnly(e: PyBaseException): string {
  const name = typeQualifiedName(e.type);
  const located = syntaxErrorParts(e);
  let msg: string;
  try { msg = A.strJS(located ? located.msg : e); } catch (err) { if (err instanceof PyBaseException) decref(err); msg = `<exception str() failed>`; }
  if (located) decref(located.msg);
  const trailer = suggestionTrailer(e);
  if (trailer) msg += trailer;
  const line = msg ? `${name}: ${msg}` : name;
  let out = (located ? located.block : '') + line + '\n';
  const notes = e.notes;
  if (notes && 'items' in notes) for (const n of (notes as unknown as { items: PyObject[] }).items) out += (n instanceof PyStr ? n.s : A.reprJS(n)) + '\n';
  return out;
}

/** Exception-group nesting state of one report (print_exception_recursive's context). */
interface PrintCtx { depth: number; needClose: boolean }

const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/** Prefixes every line of text with the group indentation and margin ("| ") of depth. */
function indented(text: string, depth: number): string {
  if (depth === 0) return text;
  const pre = ' '.repeat(2 * depth) + '| ';
  return text.split('\n').map((l, i, a) => (i === a.length - 1 && l === '' ? '' : pre + l)).join('\n');
}

function isGroup(e: PyObject): e is PyBaseException & { excs: { items: PyObject[] } } {
  return e instanceof PyBaseException && e.type.isSubtype(PyExc.BaseExceptionGroup!) && 'excs' in e;
}

/** Full report of an uncaught exception with its chain (print_exception_recursive). */
export function formatException(e: PyBaseException, getLine: (f: string, l: number) => string | null, seen = new Set<PyObject>(), ctx: PrintCtx = { depth: 0, needClose: false }): string {
  seen.add(e);
  let out = '';
  const chained = (x: PyBaseException, message: string): void => {
    const needClose = ctx.needClose;
    out += formatException(x, getLine, seen, ctx);
    ctx.needClose = needClose;
    out += indented('\n' + message + '\n\n', ctx.depth);
  };
  if (e.cause && e.cause !== None && !seen.has(e.cause)) {
    chained(e.cause as PyBaseException, 'The above exception was the direct cause of the following exception:');
  } else if (e.context && e.context !== None && !e.suppressContext && !seen.has(e.context)) {
    chained(e.context as PyBaseException, 'During handling of the above exception, another exception occurred:');
  }
  if (!isGroup(e)) {
    if (e.traceback) out += indented('Traceback (most recent call last):\n' + formatTraceback(tbEntries(e.traceback), getLine), ctx.depth);
    return out + indented(formatExceptionOnly(e), ctx.depth);
  }
  // print_exception_group: the group, then each sub-exception in a numbered box one level deeper.
  if (ctx.depth > MAX_GROUP_DEPTH) return out + indented(`... (max_group_depth is ${MAX_GROUP_DEPTH})\n`, ctx.depth);
  if (ctx.depth === 0) ctx.depth = 1;
  const pad = ' '.repeat(2 * ctx.depth);
  if (e.traceback) {
    out += pad + (ctx.depth === 1 ? '+ ' : '| ') + 'Exception Group Traceback (most recent call last):\n';
    out += indented(formatTraceback(tbEntries(e.traceback), getLine), ctx.depth);
  }
  out += indented(formatExceptionOnly(e), ctx.depth);
  const excs = e.excs.items;
  const n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) ctx.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    out += pad + (i === 0 ? '+-' : '  ') + (truncated ? '+---------------- ... ----------------\n' : `+---------------- ${i + 1} ----------------\n`);
    ctx.depth++;
    if (!truncated) {
      out += formatException(excs[i] as PyBaseException, getLine, seen, ctx);
    } else {
      const more = excs.length - MAX_GROUP_WIDTH;
      out += indented(`and ${more} more exception${more > 1 ? 's' : ''}\n`, ctx.depth);
    }
    if (last && ctx.needClose) {
      out += ' '.repeat(2 * ctx.depth) + '+------------------------------------\n';
      ctx.needClose = false;
    }
    ctx.depth--;
  }
  if (ctx.depth === 1) ctx.depth = 0;
  return out;
}
