import io
import tokenize

src = 'def f(a, *b):\n    return a+1  # hi\n\nx = f"v={x!r:>3}" if 1 else [0x1F, 2.5j]\n'
for tok in tokenize.generate_tokens(io.StringIO(src).readline):
    print(tok)
for tok in tokenize.tokenize(io.BytesIO(src.encode()).readline):
    print(tokenize.tok_name[tok.exact_type], repr(tok.string), tok.start, tok.end)
try:
    list(tokenize.generate_tokens(io.StringIO('x = (1,\n').readline))
except tokenize.TokenError as e:
    print('TokenError', e.args)
