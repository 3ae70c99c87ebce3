/**
 * `_sre` in Python source over the TypeScript engine (../sre_engine.ts; the native helpers _exec,
 * _findall, _split, _subx come from ../_sre.ts):
 * compile(), Pattern (named re.Pattern as in CPython; re.Match is native, ../sre_match.ts), template(),
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

    def finditer(self, string, pos=0, endpos=None):
        return iter(_scanner(self, string, pos, endpos).search, None)

    def scanner(self, string, pos=0, endpos=None):
        return _scanner(self, string, pos, endpos)

    def _m_expand(self, m, template):
        import re
        return _expand_template(re._compile_template(self, template), m)

    def _m_groupdict(self, m, default):
        return {name: m.group(i) if m.start(i) >= 0 else default for name, i in self._groupindex.items()}

    # match, fullmatch, search, findall, split, sub and subn are native (../_sre.ts).

    def _template_filter(self, repl):
        import re
        t = re._compile_template(self, repl)
        if len(t.items) == 1:
            return t.items[0], 0
        return t, 1

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


class _Template:
    # Keeps no reference to the pattern (re._compile_template's lru_cache holds templates).
    def __init__(self, pattern, items):
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

Pattern.__module__ = 're'
`;
