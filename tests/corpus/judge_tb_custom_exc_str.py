class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail
    def __str__(self):
        return f'[{self.code}] {self.detail}'

class QuietError(Exception):
    pass

class ReprOnly(Exception):
    def __str__(self):
        return ''

e = AppError(404, 'not found')
print(e, repr(e), e.args)
print(str(QuietError()), repr(QuietError()), repr(QuietError('a', 'b')), str(QuietError('a', 'b')))
print(repr(KeyError('k')), str(KeyError('k')), str(KeyError()), str(KeyError('a', 'b')))
try:
    raise ReprOnly()
except ReprOnly as x:
    print('empty str:', repr(str(x)))
try:
    raise QuietError
except QuietError as x:
    print(type(x), x.args)
try:
    raise 42
except TypeError as x:
    print(x)
try:
    raise ValueError from 3
except TypeError as x:
    print(x)
e2 = ValueError('with notes')
e2.add_note('note one')
e2.add_note('note two')
print(e2.__notes__)
raise AppError(500, 'server exploded') from QuietError('root cause')
