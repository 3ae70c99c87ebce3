# open() failures: a missing file, a directory, a missing parent directory.
import os
here = os.path.dirname(os.path.abspath(__file__))
for target in ["no_such_file.txt", ".", here, os.path.join(here, "missing_dir", "x.txt")]:
    try:
        open(target)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, os.path.relpath(e.filename, here) if os.path.isabs(e.filename) else e.filename)
with open(__file__, encoding="utf-8") as f:
    print(f.readline().rstrip())
