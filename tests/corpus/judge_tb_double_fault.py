def cleanup(resource):
    raise OSError(f"cannot release {resource}")

def work():
    r = 'socket'
    try:
        return 10 // 0
    finally:
        cleanup(r)

work()
