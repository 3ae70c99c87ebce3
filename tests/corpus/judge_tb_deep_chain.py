def level_a():
    try:
        return {}['missing']
    except KeyError as e:
        raise LookupError('level a failed') from e

def level_b():
    try:
        level_a()
    except LookupError:
        raise RuntimeError('level b failed')

def level_c():
    try:
        level_b()
    except RuntimeError as e:
        raise SystemError('level c failed') from e

level_c()
