def run(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise RuntimeError("boom")
    except RuntimeError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
print(run(False))
print(run(True))
def loop_exc():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
            out.append(i)
        except ValueError as e:
            out.append(-e.args[0])
    return out
print(loop_exc())
