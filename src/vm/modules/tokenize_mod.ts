/**
 * `_tokenize`: TokenizerIter(readline, *, extra_tokens, encoding=None) as CPython 3.12's C module,
 * over src/vm/tokenizer in tokenize mode. The Python class (below, run as module source) collects
 * the readline lines first and asks `_bytescope_tokenize.tokens` for the whole token list; tokens
 * are (type, string, (lineno, col), (end_lineno, end_col), line) tuples. Tokenizer errors raise
 * SyntaxError like compile() does. Difference: lines are read eagerly, not token by token.
 */
import type { VM } from '../runtime/vm';
import { PyModule, newModule } from '../objects/module';
import { PyDict } from '../objects/dict';
import { PyStr, newStr } from '../objects/str';
import { intFrom } from '../objects/int';
import { tupleSteal } from '../objects/tuple';
import { listSteal } from '../objects/list';
import { None } from '../objects/singletons';
import { newBuiltin } from '../objects/builtin_function';
import type { PyObject } from '../objects/object';
import { raise, PyExc } from '../runtime/errors';
import { decref } from '../runtime/refcount';
import { nargs } from '../runtime/args';
import { tokenize } from '../tokenizer/index';
import { raiseCompileError } from '../runtime/importer/execeval';

export function makeBytescopeTokenizeModule(_vm: VM): PyModule {
  const m = newModule('_bytescope_tokenize', null);
  const d = m.dict as PyDict;
  const fn = newBuiltin('tokens', (_s, args) => {
    nargs('tokens', args, 2, 2, true);
    const src = args[0]!;
    if (!(src instanceof PyStr)) raise(PyExc.TypeError, 'source must be str');
    const enc = args[1] === None ? null : (args[1] as PyStr).s;
    let toks;
    try {
      toks = tokenize((src as PyStr).s, { mode: 'tokenize', filename: '<string>', encoding: enc });
    } catch (e) {
      raiseCompileError(e);
    }
    const items: PyObject[] = toks.map((t) => tupleSteal([
      intFrom(t.type), newStr(t.string),
      tupleSteal([intFrom(t.lineno), intFrom(t.col)]),
      tupleSteal([intFrom(t.end_lineno), intFrom(t.end_col)]),
      newStr(t.line),
    ]));
    return listSteal(items);
  }, m);
  d.setStr('tokens', fn);
  decref(fn);
  return m;
}

export const TOKENIZE_SRC = String.raw`
import _bytescope_tokenize

class TokenizerIter:
    __module__ = '_tokenize'

    def __init__(self, readline, *, extra_tokens, encoding=None):
        lines = []
        while True:
            try:
                line = readline()
            except StopIteration:
                break
            if not line:
                break
            if encoding is not None and isinstance(line, (bytes, bytearray)):
                line = bytes(line).decode(encoding)
            lines.append(line)
        # Tokenized on the first next() so that errors surface while iterating, as in CPython.
        self._src = ''.join(lines)
        self._it = None

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is None:
            src = self._src
            self._src = None
            self._it = iter(_bytescope_tokenize.tokens(src, None))
        return next(self._it)
`;
