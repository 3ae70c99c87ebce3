try:
    raise ExceptionGroup('x', [ValueError()])
except* ValueError:
    pass
