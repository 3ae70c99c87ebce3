import sys
def cleanup():
    print('atexit cleanup')
import atexit
atexit.register(cleanup)
try:
    sys.exit(3)
except SystemExit as e:
    print('caught SystemExit', e.code, repr(e))
try:
    sys.exit('string message')
except SystemExit as e:
    print('caught', e.code)
try:
    exit()
except SystemExit as e:
    print('exit() code', e.code)
try:
    raise SystemExit(None)
except SystemExit as e:
    print('None code', e.code)
print('about to exit', flush=True)
sys.exit('fatal: configuration missing')
