# A SyntaxError raised at run time prints its location block before the message.
def build(expr):
    return eval(expr)


try:
    build("1 +* 2")
except SyntaxError as err:
    print("caught", err.msg, err.offset)

err = SyntaxError("made by hand", ("made.py", 4, 9, "    value = (1 + 2\n", 4, 12))
err.add_note("raised again after a note")
raise err
