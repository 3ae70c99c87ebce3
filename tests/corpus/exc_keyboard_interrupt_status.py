# An uncaught KeyboardInterrupt prints its traceback and ends the process by SIGINT.
import sys

def work(n):
    for i in range(n):
        if i == 3:
            raise KeyboardInterrupt
        print("step", i)

try:
    work(2)
finally:
    print("first batch done")
sys.stdout.flush()
work(5)
