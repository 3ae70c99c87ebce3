try:
    f()
except Exception as e:
    print(e)
    raise
finally:
    cleanup()
