# contextvars without an event loop: Context.run isolation, copy_context snapshots, tokens and
# reset, mapping protocol of Context, and the error messages.
import contextvars
from contextvars import Context, ContextVar, Token, copy_context

user = ContextVar('user')
level = ContextVar('level', default=0)

print(level.get(), user.get('guest'))
try:
    user.get()
except LookupError as e:
    print('LookupError', type(e.args[0]).__name__, e.args[0].name)

def job(tag):
    user.set(tag)
    level.set(level.get() + 1)
    return user.get(), level.get()

ctx = copy_context()
print(ctx.run(job, 'alice'), ctx.run(job, 'bob'))
print(user.get('outside'), level.get())
print(ctx[user], ctx.get(level), user in ctx, len(ctx), sorted(v.name for v in ctx))
print(sorted(str(v) for v in ctx.values()), ctx.get(ContextVar('other'), 'dflt'))

snap = copy_context()
tok = level.set(5)
print(level.get(), snap.get(level, 'absent'), tok.old_value is Token.MISSING, repr(Token.MISSING))
level.reset(tok)
print(level.get())
try:
    level.reset(tok)
except RuntimeError as e:
    print('RuntimeError', str(e).startswith('<Token used var=<ContextVar name='))
t2 = user.set('x')
try:
    level.reset(t2)
except ValueError as e:
    print('ValueError', str(e).endswith('was created by a different ContextVar'))
def reset_elsewhere():
    user.reset(t2)
try:
    Context().run(reset_elsewhere)
except ValueError as e:
    print('ValueError', str(e).endswith('was created in a different Context'))
try:
    ctx.run(lambda: ctx.run(print, 'nested'))
except RuntimeError as e:
    print('RuntimeError', 'is already entered' in str(e))
try:
    Token()
except RuntimeError as e:
    print(e)
try:
    ContextVar(5)
except TypeError as e:
    print(e)
try:
    Context(1)
except TypeError as e:
    print(e)
try:
    ctx['key']
except TypeError as e:
    print(e)
try:
    ctx.run()
except TypeError as e:
    print(e)
try:
    class Sub(ContextVar):
        pass
except TypeError as e:
    print(e)
try:
    level.reset('nope')
except TypeError as e:
    print(e)
print(type(ctx), type(level), ContextVar.__module__, Context().copy() == Context(), ctx == snap)
print(ContextVar[int], repr(level).split(' at ')[0], repr(user).split(' at ')[0])
print(contextvars.__all__)
