/**
 * `_sre` in Python source over the TypeScript engine (../sre_engine.ts, injected as `_run`):
 * compile(), Pattern and Match (named re.Pattern / re.Match as in CPython), template(),
 * case helpers for Lib/re/_compiler.py.
 */
export const SRE_SRC = String.raw`
"""SRE matching engine (Bytescope)."""
MAGIC = 20221023
CODESIZE = 4
MAXREPEAT = 4294967295
MAXGROUPS = 2147483647

def getcodesize():
    return CODESIZE

def ascii_iscased(ch, /):
    return ch < 128 and chr(ch).isalpha()

def ascii_tolower(ch, /):
    return ch + 32 if 65 <= ch <= 90 else ch

def unicode_iscased(ch, /):
    c = chr(ch)
    return c != c.lower() or c != c.upper()

def unicode_tolower(ch, /):
    low = chr(ch).lower()
    return ord(low) if len(low) == 1 else ch

_FLAG_NAMES = [(256, 'TEMPLATE'), (2, 'IGNORECASE'), (4, 'LOCALE'), (8, 'MULTILINE'), (16, 'DOTALL'),
               (32, 'UNICODE'), (64, 'VERBOSE'), (128, 'DEBUG'), (256 * 0, ''), ]


class Pattern:
    def __init__(self, pattern, flags, code, groups, groupindex, indexgroup):
        self.pattern = pattern
        self.flags = flags
        self._code = code
        self.groups = groups
        self._groupindex = dict(groupindex)
        self._indexgroup = indexgroup

    @property
    def groupindex(self):
        return self._groupindex.copy()

    def _check(self, string):
        if isinstance(self.pattern, str):
            if not isinstance(string, str):
                raise TypeError('cannot use a string pattern on a bytes-like object')
        elif isinstance(string, str):
            raise TypeError('cannot use a bytes pattern on a string-like object')

    def _exec(self, string, pos, endpos, mode):
        self._check(string)
        n = len(string)
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos is None or endpos > n:
            endpos = n
        elif endpos < 0:
            endpos = 0
        if endpos < pos:
            return None
        r = _run(self._code, string, pos, endpos, mode, self.flags, self.groups)
        if r is None:
            return None
        return Match(self, string, pos, endpos, r)

    def match(self, string, pos=0, endpos=None):
        return self._exec(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._exec(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=None):
        return self._exec(string, pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=None):
        return iter(list(self._iter(string, pos, endpos)))

    def scanner(self, string, pos=0, endpos=None):
        return _Scanner(self, string, pos, endpos)

    def _iter(self, string, pos, endpos):
        n = len(string) if endpos is None else min(endpos, len(string))
        while pos <= n:
            m = self._exec(string, pos, endpos, 2)
            if m is None:
                return
            yield m
            s, e = m.span()
            pos = e if e > s else e + 1
            if e == s and e >= n:
                return

    def findall(self, string, pos=0, endpos=None):
        out = []
        for m in self._iter(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group())
            elif self.groups == 1:
                out.append(m.group(1) if m.group(1) is not None else string[:0])
            else:
                out.append(tuple(g if g is not None else string[:0] for g in m.groups()))
        return out

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        n = 0
        for m in self._iter(string, 0, None):
            if maxsplit and n >= maxsplit:
                break
            s, e = m.span()
            out.append(string[last:s])
            out.extend(m.groups())
            last = e
            n += 1
        out.append(string[last:])
        return out

    def _subx(self, repl, string, count):
        if callable(repl):
            filt = repl
        elif isinstance(repl, (str, bytes)) and (b'\\' if isinstance(repl, bytes) else '\\') not in repl:
            filt = repl
        else:
            import re
            t = re._compile_template(self, repl)
            filt = lambda m: _expand_template(t, m)
        out = []
        last = 0
        n = 0
        for m in self._iter(string, 0, None):
            if count and n >= count:
                break
            s, e = m.span()
            out.append(string[last:s])
            r = filt(m) if callable(filt) else filt
            if r is not None:
                out.append(r)
            last = e
            n += 1
        out.append(string[last:])
        return string[:0].join(out), n

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def __repr__(self):
        flags = self.flags
        names = []
        if isinstance(self.pattern, str):
            flags &= ~32
        for bit, name in ((256, 'TEMPLATE'), (2, 'IGNORECASE'), (4, 'LOCALE'), (8, 'MULTILINE'),
                          (16, 'DOTALL'), (32, 'UNICODE'), (64, 'VERBOSE'), (128, 'DEBUG'), (512, 'ASCII')):
            if flags & bit:
                names.append('re.' + name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        p = repr(self.pattern)
        if len(p) > 200:
            p = p[:200]
        if names:
            return f're.compile({p}, {"|".join(names)})'
        return f're.compile({p})'

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags and self._code == other._code

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos = pos
        self._endpos = endpos
    def _go(self, mode):
        if self._pos is None:
            return None
        m = self.pattern._exec(self._string, self._pos, self._endpos, mode)
        if m is None:
            self._pos = None
            return None
        s, e = m.span()
        self._pos = e if e > s else e + 1
        if e == s and e >= len(self._string):
            self._pos = None
        return m
    def match(self):
        return self._go(0)
    def search(self):
        return self._go(2)


class Match:
    def __init__(self, pattern, string, pos, endpos, r):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        start, end, marks, lastindex = r
        self._spans = [(start, end)] + [(marks[2 * i], marks[2 * i + 1]) if marks[2 * i] >= 0 and marks[2 * i + 1] >= 0 else (-1, -1)
                                        for i in range(pattern.groups)]
        self.lastindex = lastindex if lastindex > 0 else None

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        ig = self.re._indexgroup
        return ig[self.lastindex] if self.lastindex < len(ig) else None

    @property
    def regs(self):
        return tuple(self._spans)

    def _index(self, g):
        if isinstance(g, int) or hasattr(g, '__index__') and not isinstance(g, (str, bytes)):
            try:
                i = g.__index__()
            except Exception:
                raise IndexError('no such group')
            if 0 <= i <= self.re.groups:
                return i
            raise IndexError('no such group')
        if isinstance(g, str) and g in self.re._groupindex:
            return self.re._groupindex[g]
        raise IndexError('no such group')

    def _get(self, g, default=None):
        s, e = self._spans[self._index(g)]
        if s < 0:
            return default
        return self.string[s:e]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(args[0])
        return tuple(self._get(a) for a in args)

    def __getitem__(self, g):
        return self._get(g)

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re._groupindex.items()}

    def start(self, group=0):
        return self._spans[self._index(group)][0]

    def end(self, group=0):
        return self._spans[self._index(group)][1]

    def span(self, group=0):
        return self._spans[self._index(group)]

    def expand(self, template):
        import re
        return _expand_template(re._compile_template(self.re, template), self)

    def __repr__(self):
        return f'<re.Match object; span={self._spans[0]!r}, match={self.group()!r}>'

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


class _Template:
    def __init__(self, pattern, items):
        self.pattern = pattern
        self.items = items


def template(pattern, template, /):
    return _Template(pattern, list(template))


def _expand_template(t, m):
    items = t.items
    out = []
    for i, x in enumerate(items):
        if i % 2 == 0:
            if x:
                out.append(x)
        else:
            g = m.group(x)
            if g is not None:
                out.append(g)
    empty = m.string[:0]
    return empty.join(out)


def compile(pattern, flags, code, groups, groupindex, indexgroup):
    return Pattern(pattern, flags, list(code), groups, groupindex, indexgroup)

for _c in (Pattern, Match):
    _c.__module__ = 're'
del _c
`;
