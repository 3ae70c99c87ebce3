# A traceback keeps the frames of exec()/eval()'d code alive, and each frame its code object,
# after exec/eval dropped the code they compiled: f_code, co_* and the printed traceback work.
import sys
import traceback

def grab(src, mode):
    try:
        (exec if mode == 'exec' else eval)(src)
    except Exception as e:
        return e

e1 = grab("undefined_name", 'eval')
e2 = grab("x = 1\ny = x / 0", 'exec')
for e in (e1, e2):
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    co = tb.tb_frame.f_code
    print(type(e).__name__, co.co_name, co.co_filename, tb.tb_lineno, co.co_names, sys.getrefcount(co))
    print(''.join(traceback.format_exception(e)).replace(__file__, 'FILE'))
    print(tb.tb_frame.f_locals is tb.tb_frame.f_globals, tb.tb_frame.f_code is co)
fr = e2.__traceback__.tb_next.tb_frame
del e1, e2, tb
print(fr.f_code.co_consts, fr.f_lineno, fr.f_globals['x'] if 'x' in fr.f_globals else 'no x')
code = compile("def f():\n    return 1 / 0\nf()", "<made>", "exec")
try:
    exec(code)
except ZeroDivisionError as e:
    err = e
del code
f_frame = err.__traceback__.tb_next.tb_next.tb_frame
print(f_frame.f_code.co_name, f_frame.f_code.co_qualname, f_frame.f_back.f_code.co_name, sys.getrefcount(f_frame.f_code))
traceback.print_exception(err)
