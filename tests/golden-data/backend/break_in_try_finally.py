while x:
    try:
        break
    finally:
        f()
