# The standard streams' attributes (name, mode, encoding, error handler, buffering flags) and
# their write helpers.
import sys
for s in (sys.stdout, sys.stderr, sys.stdin):
    print(s.name, s.mode, s.encoding, s.errors, s.closed, s.fileno(), s.writable(), s.readable())
print(sys.stdout.line_buffering, sys.stdout.newlines, type(sys.stdout).__name__, type(sys.stdout).__module__)
print(sys.stdout.writelines(['a', 'b\n']), sys.stdout.write('xyz\n'), sys.stdout.flush())
print(repr(sys.stdout), repr(sys.stderr), repr(sys.stdin))
print(sys.stdout is sys.__stdout__, sys.getdefaultencoding(), sys.getfilesystemencoding())
