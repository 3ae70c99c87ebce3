try:
    try:
        pass
    except A:
        raise B from None
finally:
    del x
