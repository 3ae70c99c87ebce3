# _thread.RLock: re-entrant for its owner; another thread waits in `with` until it is released.
import _thread, time
r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned(), r._recursion_count())
r.release(); r.release()
print(r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print(e)
done = _thread.allocate_lock(); done.acquire()
out = []
def w():
    with r:
        out.append('w')
    done.release()
with r:
    _thread.start_new_thread(w, ())
    time.sleep(0.05)
    out.append('main')
done.acquire()
print(out)
