# The signal module's handler table and enums without real OS signals (raise_signal runs the
# handler), and an in-process socketpair watched by selectors.
import signal, socket, selectors

print(signal.SIGINT, repr(signal.SIGTERM), signal.Signals(2).name, signal.NSIG)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(repr(signal.getsignal(signal.SIGTERM)), repr(signal.getsignal(signal.SIGPIPE)))
print(signal.strsignal(signal.SIGINT), signal.strsignal(9), signal.strsignal(40))
print(len(signal.valid_signals()), signal.SIGRTMIN, signal.SIGRTMAX)

got = []
def handler(signum, frame):
    got.append((signal.Signals(signum).name, frame is not None))
old = signal.signal(signal.SIGUSR1, handler)
print(repr(old), signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print(got)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', repr(e))
for bad in (lambda: signal.signal(signal.SIGINT, 5), lambda: signal.signal(99, signal.SIG_DFL),
            lambda: signal.signal(signal.SIGKILL, signal.SIG_DFL), lambda: signal.strsignal(0)):
    try:
        bad()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler, repr(signal.getsignal(signal.SIGUSR1)))

a, b = socket.socketpair()
print(a.family, a.type, repr(a.family), a.gettimeout(), a.getblocking())
print(a.send(b'hello'), b.recv(3), b.recv(10))
b.setblocking(False)
try:
    b.recv(10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno)
sel = selectors.DefaultSelector()
sel.register(b, selectors.EVENT_READ, data='b-side')
print(sel.select(0))
a.sendall(b'ping')
print([(k.data, ev) for k, ev in sel.select(0)])
print(b.recv(100))
sel.unregister(b)
sel.close()
a.close()
print(repr(b.recv(10)), a.fileno())
try:
    b.send(b'x')
except BrokenPipeError as e:
    print(type(e).__name__, e)
b.close()
print(socket.htons(1), socket.ntohl(1), socket.inet_aton('10.0.0.1'), socket.inet_ntoa(b'\x7f\x00\x00\x01'))
print(socket.AF_INET, socket.SOCK_STREAM.name, socket.AddressFamily.AF_UNIX.value, socket.getdefaulttimeout())
