# Syntax error columns: characters for str sources; for bytes sources the parser's own errors
# count UTF-8 bytes while the tokenizer's count characters.
cases = [
    "name = 'ü' ; a b\n",
    "name = 'ü' ; del g()\n",
    "name = 'ü' ; 3 = y\n",
    "name = 'ü' ; h(x for x in y, 1)\n",
    "name = 'ü' ; q = (1 +\n",
    "name = 'ü' ; 'open\n",
    "name = 'ü' ; 0b12\n",
    "name = 'ü' ; k = 1 ¤ 2\n",
    "name = 'ü' ; v)\n",
    "name = 'ü' ; f'{1!}'\n",
    "name = 'ü' ; z = 5 \\ 6\n",
    "def g():\n    name = 'ü'; nonlocal w\n",
    "name = 'ü'; return 1\n",
]
for text in cases:
    for src in (text, text.encode()):
        try:
            compile(src, "case.py", "exec")
        except SyntaxError as err:
            print(type(src).__name__, type(err).__name__, err.msg, err.lineno, err.offset, err.end_lineno, err.end_offset)
        else:
            print(type(src).__name__, "compiled")
compile("total = 'ø' + + * 2\n".encode(), "bytes_source.py", "exec")
