"""Records what CPython 3.12 prints when `python3.12 FILE` cannot run FILE, for the CLI's tests.

Run: PYENV_VERSION=3.12 python3.12 scripts/oracle/goldens_cli_errors.py
Writes tests/golden-data/cli/errors.json: {case: {stderr, status}} where the scratch folder is
written `$TMP` and the interpreter's own path `$PY` (bytescope prints `bytescope` there).
Cases: a missing file, a directory, a file that is not UTF-8 (no coding cookie), an unknown
coding cookie, a file with a UTF-8 BOM, a latin-1 file with a cookie.
"""
import json
import os
import subprocess
import sys
import tempfile

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "golden-data", "cli", "errors.json")

FILES = {
    "not_utf8": b'x = "\xff"\nprint(x)\n',
    "unknown_cookie": b"# coding: no-such-codec\nprint(1)\n",
    "bom": b"\xef\xbb\xbfprint('bom ok')\n",
    "latin1_cookie": b"# -*- coding: latin-1 -*-\nprint('caf\xe9')\n",
    "not_utf8_line3": b"a = 1\nb = 2\nc = '\xc3\x28'\n",
}


def main():
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = os.path.realpath(tmp)
        os.mkdir(os.path.join(tmp, "a_directory"))
        for name, data in FILES.items():
            with open(os.path.join(tmp, name + ".py"), "wb") as f:
                f.write(data)
        cases = {"missing": "missing.py", "directory": "a_directory"}
        cases.update({name: name + ".py" for name in FILES})
        for case, arg in cases.items():
            p = subprocess.run([sys.executable, arg], cwd=tmp, capture_output=True, env={**os.environ, "LC_ALL": "C.UTF-8"})
            err = p.stderr.decode("utf-8").replace(sys.executable, "$PY").replace(tmp, "$TMP")
            results[case] = {"arg": arg, "stdout": p.stdout.decode("utf-8"), "stderr": err, "status": p.returncode}
    with open(OUT, "w") as f:
        json.dump(results, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
