# threading.Thread.join waits on the thread's sentinel lock, which is released when the thread ends.
import threading

results = {}


def square_all(name, values):
    results[name] = [v * v for v in values]


workers = [threading.Thread(target=square_all, args=(f"w{i}", range(i, i + 4)), name=f"w{i}") for i in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
    print(w.name, w.is_alive())
for key in sorted(results):
    print(key, results[key])
print(threading.active_count())
