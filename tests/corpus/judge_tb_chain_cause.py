import sys

class StorageError(RuntimeError):
    def __init__(self, key, reason):
        super().__init__(f"cannot store {key}: {reason}")
        self.key = key

def store(db, key, value):
    try:
        db[key] = value ** 0.5 if value >= 0 else db['missing']
    except KeyError as exc:
        raise StorageError(key, 'lookup failed') from exc

db = {}
store(db, 'a', 16)
print(db)
try:
    store(db, 'b', -1)
except StorageError as e:
    print(type(e.__cause__).__name__, e.__suppress_context__, e.key)

def quiet():
    try:
        {}['k']
    except KeyError:
        raise ValueError('clean') from None

try:
    quiet()
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

sys.stdout.flush()
store(db, 'c', -4)
