def run_tasks():
    errors = []
    for i, task in enumerate([lambda: 1 / 0, lambda: int('z'), lambda: 'ok']):
        try:
            task()
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup('task failures', errors)

try:
    run_tasks()
except* ZeroDivisionError as eg:
    print('zero div:', eg.exceptions)
except* ValueError as eg:
    print('value errs:', [str(e) for e in eg.exceptions])

eg = ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [TypeError('b')])])
print(eg, eg.exceptions, repr(eg))
match, rest = eg.split(TypeError)
print(match, rest)
print(eg.subgroup(ValueError))
raise ExceptionGroup('final', [KeyError('k'), RuntimeError('r')])
