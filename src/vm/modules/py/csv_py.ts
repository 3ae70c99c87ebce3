/**
 * `_csv` in Python source: the C parser/writer (Modules/_csv.c) that Lib/csv.py builds on —
 * Dialect (validated, immutable formatting parameters), reader (a state machine over the lines
 * of any iterable of str; quoted fields may span lines), writer (quoting by the dialect's
 * quoting mode; a row of one empty field is written as ""), the dialect registry and
 * field_size_limit. Error messages follow the C module's.
 */
export const CSV_SRC = String.raw`
"""CSV parsing and writing.
"""

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, QUOTE_STRINGS, QUOTE_NOTNULL = range(6)

_QUOTINGS = (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, QUOTE_STRINGS, QUOTE_NOTNULL)
_dialects = {}
_field_limit = 128 * 1024


class Error(Exception):
    pass

Error.__module__ = '_csv'


def _char(name, value, default, allow_none):
    if value is None:
        if allow_none:
            return None
        raise TypeError(f'"{name}" must be a 1-character string')
    if not isinstance(value, str):
        if allow_none:
            raise TypeError(f'"{name}" must be string or None, not {type(value).__name__}')
        raise TypeError(f'"{name}" must be string, not {type(value).__name__}')
    if len(value) != 1:
        raise TypeError(f'"{name}" must be a 1-character string')
    return value


_NOT_GIVEN = object()


class Dialect:
    """CSV dialect

The Dialect type records CSV parsing and generation options.
"""

    __slots__ = ('_delimiter', '_doublequote', '_escapechar', '_lineterminator', '_quotechar',
                 '_quoting', '_skipinitialspace', '_strict')

    def __new__(cls, dialect=None, **kwargs):
        for k in kwargs:
            if k not in ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar',
                         'quoting', 'skipinitialspace', 'strict'):
                raise TypeError(f"'{k}' is an invalid keyword argument for Dialect()")
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            if type(dialect) is Dialect and not kwargs and cls is Dialect:
                return dialect
        self = object.__new__(cls)

        def get(name, default):
            v = kwargs.get(name, _NOT_GIVEN)
            if v is _NOT_GIVEN and dialect is not None:
                v = getattr(dialect, name, _NOT_GIVEN)
            return default if v is _NOT_GIVEN else v

        delimiter = get('delimiter', ',')
        doublequote = get('doublequote', True)
        escapechar = get('escapechar', None)
        lineterminator = get('lineterminator', '\r\n')
        quotechar = get('quotechar', '"')
        quoting = get('quoting', QUOTE_MINIMAL)
        skipinitialspace = get('skipinitialspace', False)
        strict = get('strict', False)

        if not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
        if quoting not in _QUOTINGS:
            raise TypeError('bad "quoting" value')
        delimiter = _char('delimiter', delimiter, ',', False)
        escapechar = _char('escapechar', escapechar, None, True)
        if quotechar is None and 'quotechar' in kwargs and quoting == QUOTE_MINIMAL and 'quoting' not in kwargs:
            quoting = QUOTE_NONE
        quotechar = _char('quotechar', quotechar, '"', True)
        if not isinstance(lineterminator, str):
            raise TypeError(f'"lineterminator" must be a string, not {type(lineterminator).__name__}')
        if quotechar is None and quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')
        if delimiter in ' \r\n' and delimiter != ' ' or delimiter in '\r\n':
            raise ValueError('bad delimiter value')
        if escapechar is not None and escapechar == delimiter:
            raise ValueError('bad escapechar or delimiter value')
        if quotechar is not None and quotechar == delimiter:
            raise ValueError('bad delimiter or quotechar value')
        if escapechar is not None and escapechar == quotechar:
            raise ValueError('bad escapechar or quotechar value')
        if lineterminator == '':
            raise ValueError('lineterminator must not be empty')
        object.__setattr__(self, '_delimiter', delimiter)
        object.__setattr__(self, '_doublequote', bool(doublequote))
        object.__setattr__(self, '_escapechar', escapechar)
        object.__setattr__(self, '_lineterminator', lineterminator)
        object.__setattr__(self, '_quotechar', quotechar)
        object.__setattr__(self, '_quoting', quoting)
        object.__setattr__(self, '_skipinitialspace', bool(skipinitialspace))
        object.__setattr__(self, '_strict', bool(strict))
        return self

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)

    def __setattr__(self, name, value):
        raise AttributeError(f"attribute '{name}' of '_csv.Dialect' objects is not writable")

    def __reduce_ex__(self, protocol):
        raise TypeError(f"cannot pickle '{type(self).__name__}' instances")

Dialect.__module__ = '_csv'


def register_dialect(name, dialect=None, **kwargs):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = Dialect(dialect, **kwargs)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args, **kwargs):
    global _field_limit
    if kwargs:
        if list(kwargs) != ['new_limit'] or args:
            raise TypeError('field_size_limit() takes at most 1 argument')
        args = (kwargs['new_limit'],)
    if len(args) > 1:
        raise TypeError(f'field_size_limit expected at most 1 argument, got {len(args)}')
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _field_limit = args[0]
    return old


def _make_dialect(dialect, kwargs):
    return Dialect(dialect, **kwargs)


class Reader:
    """CSV reader

Reader objects are responsible for reading and parsing tabular data
in CSV format.
"""

    def __init__(self, iterable, dialect, kwargs):
        self._it = iter(iterable)
        self.dialect = _make_dialect(dialect, kwargs)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self.dialect
        delim, quote, esc = d.delimiter, d.quotechar, d.escapechar
        quoting = d.quoting
        strict = d.strict
        fields = []
        field = []
        quoted = False
        numeric = False
        # Modules/_csv.c's states: 0 start record, 1 start field, 2 escaped char, 3 in field,
        # 4 in quoted field, 5 escape in quoted field, 6 quote in quoted field, 7 eat CR/LF,
        # 8 after an escaped CR/LF. EOL (None) is fed after each line.
        state = 0

        def add(c):
            if len(field) >= _field_limit:
                raise Error(f'field larger than field limit ({_field_limit})')
            field.append(c)

        def save():
            nonlocal field, quoted, numeric
            text = ''.join(field)
            if numeric:
                value = float(text)
            else:
                value = text
            fields.append(value)
            field = []
            quoted = False
            numeric = False

        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if field or state == 4:
                    if strict:
                        raise Error('unexpected end of data') from None
                    save()
                    return fields
                raise
            if not isinstance(line, str):
                raise Error(f'iterator should return strings, not {type(line).__name__} (the file should be opened in text mode)')
            self.line_num += 1
            for c in (*line, None):
                eol = c is None
                nl = c == '\n' or c == '\r'
                if state == 0:
                    if eol:
                        break
                    if nl:
                        state = 7
                        continue
                    state = 1
                if state == 1:
                    if nl or eol:
                        save()
                        state = 0 if eol else 7
                    elif c == quote and quoting != QUOTE_NONE:
                        quoted = True
                        state = 4
                    elif c == esc:
                        state = 2
                    elif c == ' ' and d.skipinitialspace:
                        pass
                    elif c == delim:
                        save()
                    else:
                        if quoting == QUOTE_NONNUMERIC:
                            numeric = True
                        add(c)
                        state = 3
                elif state == 2:
                    if nl:
                        add(c)
                        state = 8
                        continue
                    add('\n' if eol else c)
                    state = 3
                elif state == 8 and eol:
                    pass
                elif state == 3 or state == 8:
                    if nl or eol:
                        save()
                        state = 0 if eol else 7
                    elif c == esc:
                        state = 2
                    elif c == delim:
                        save()
                        state = 1
                    else:
                        add(c)
                        state = 3
                elif state == 4:
                    if eol:
                        pass
                    elif c == esc:
                        state = 5
                    elif c == quote:
                        state = 6 if d.doublequote else 3
                    else:
                        add(c)
                elif state == 5:
                    add('\n' if eol else c)
                    state = 4
                elif state == 6:
                    if quoting != QUOTE_NONE and c == quote:
                        add(c)
                        state = 4
                    elif c == delim:
                        save()
                        state = 1
                    elif nl or eol:
                        save()
                        state = 0 if eol else 7
                    elif not strict:
                        add(c)
                        state = 3
                    else:
                        raise Error(f"'{delim}' expected after '{quote}'")
                elif state == 7:
                    if nl:
                        pass
                    elif eol:
                        state = 0
                    else:
                        raise Error("new-line character seen in unquoted field - do you need to open the file with newline=''?")
            if state == 0:
                return fields

Reader.__module__ = '_csv'
Reader.__name__ = Reader.__qualname__ = 'reader'


def reader(iterable, dialect='excel', **kwargs):
    return Reader(iterable, dialect, kwargs)


class Writer:
    """CSV writer

Writer objects are responsible for generating tabular data
in CSV format from sequence input.
"""

    def __init__(self, fileobj, dialect, kwargs):
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = _make_dialect(dialect, kwargs)

    def _field(self, value):
        d = self.dialect
        quoting = d.quoting
        if quoting == QUOTE_NONNUMERIC:
            t = type(value)
            quoted = not (hasattr(t, '__index__') or hasattr(t, '__float__') or hasattr(t, '__int__') or isinstance(value, complex))
        elif quoting == QUOTE_ALL:
            quoted = True
        elif quoting == QUOTE_STRINGS:
            quoted = isinstance(value, str)
        elif quoting == QUOTE_NOTNULL:
            quoted = value is not None
        else:
            quoted = False
        if value is None:
            text = ''
        elif isinstance(value, str):
            text = value
        else:
            text = str(value)
        out = []
        special = d.delimiter + (d.quotechar or '') + (d.escapechar or '') + '\r\n' + d.lineterminator
        for c in text:
            if c in special:
                want_escape = False
                if quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(c)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if d.escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    out.append(d.escapechar)
            out.append(c)
        s = ''.join(out)
        return d.quotechar + s + d.quotechar if quoted else s

    def writerow(self, row):
        try:
            it = iter(row)
        except TypeError:
            raise Error(f'iterable expected, not {type(row).__name__}') from None
        d = self.dialect
        parts = [self._field(v) for v in it]
        line = d.delimiter.join(parts)
        if parts and line == '':
            if d.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            line = d.quotechar * 2
        return self._write(line + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)

Writer.__module__ = '_csv'
Writer.__name__ = Writer.__qualname__ = 'writer'


def writer(fileobj, dialect='excel', **kwargs):
    return Writer(fileobj, dialect, kwargs)
`;
