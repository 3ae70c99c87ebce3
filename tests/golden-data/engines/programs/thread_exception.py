# An exception escaping a _thread function: "Exception ignored in thread started by", traceback from the function.
import _thread, time
class Boom:
    def __repr__(self):
        return "<Boom>"
    def __call__(self, n):
        raise ValueError("boom %d" % n)
_thread.start_new_thread(Boom(), (7,))
time.sleep(0.05)
print("main continues", _thread._count())
