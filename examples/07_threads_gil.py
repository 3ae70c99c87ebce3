# Threads and the GIL: only one thread runs bytecode at a time; sleeping lets others run
# Mechanism: GIL / thread switching
import threading
import time

log = []

def worker(name, naps):
    for i in range(naps):
        log.append(f"{name}{i}")
        time.sleep(0.01)

threads = [threading.Thread(target=worker, args=(n, 3)) for n in "AB"]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(log)
print("switch interval:", __import__("sys").getswitchinterval())
