/**
 * `select`, `_socket` and `_posixsubprocess` in Python source (see ../pysource.ts), enough for
 * socket.py, selectors.py, subprocess.py and asyncio to import and for asyncio's event loop to run.
 *
 * Sockets are in-process: `socketpair()` gives two connected endpoints whose bytes go through
 * buffers of this module (asyncio's self-pipe is one). Other sockets can be created and closed,
 * but network operations (bind/connect/listen/accept, name resolution) raise OSError: the VM has
 * no synchronous network access. File descriptors of sockets come from this module's own table
 * (lowest free number from 3).
 *
 * select.select: a socket is readable when its buffer holds bytes or its peer is closed, always
 * writable while open; any other object (a file descriptor of the host) counts as ready. When
 * nothing is ready it sleeps the timeout (time.sleep: other Python threads run meanwhile) in
 * slices while other threads exist (one of them may write to a socket), whole otherwise.
 *
 * _posixsubprocess.fork_exec raises OSError(ENOSYS): the VM starts no processes. Importing it adds
 * the wait-status helpers subprocess.py reads of os at import when posix lacks them.
 */
export const SELECT_SRC = String.raw`
"""This module supports asynchronous I/O on multiple file descriptors."""
import _socket as _s

error = OSError
PIPE_BUF = 4096
POLLIN = 1
POLLPRI = 2
POLLOUT = 4
POLLERR = 8
POLLHUP = 16
POLLNVAL = 32
POLLRDNORM = 64
POLLRDBAND = 128
POLLWRNORM = 256
POLLWRBAND = 512
POLLMSG = 1024
POLLRDHUP = 8192
EPOLLIN = 1
EPOLLPRI = 2
EPOLLOUT = 4
EPOLLERR = 8
EPOLLHUP = 16
EPOLLRDNORM = 64
EPOLLRDBAND = 128
EPOLLWRNORM = 256
EPOLLWRBAND = 512
EPOLLMSG = 1024
EPOLLRDHUP = 8192
EPOLLEXCLUSIVE = 268435456
EPOLLONESHOT = 1073741824
EPOLLET = 2147483648
EPOLL_CLOEXEC = 524288


def _fd(obj):
    if isinstance(obj, int):
        fd = obj
    else:
        try:
            meth = obj.fileno
        except AttributeError:
            raise TypeError('argument must be an int, or have a fileno() method.') from None
        fd = meth()
        if not isinstance(fd, int):
            raise TypeError('fileno() returned a non-integer')
    if fd < 0:
        raise ValueError(f'file descriptor cannot be a negative integer ({fd})')
    return fd


def _ready(objs, want_read):
    out = []
    for o in objs:
        st = _s._endpoints.get(_fd(o))
        if st is None or not want_read or st.buf or st.peer_closed():
            out.append(o)
    return out


def _wait(deadline):
    # Sleeps towards deadline (None: forever); False when it has passed.
    import time, _thread
    now = time.monotonic()
    if deadline is not None and now >= deadline:
        return False
    alone = _thread._count() == 0
    if deadline is None:
        if alone:
            raise RuntimeError('select() would block forever: no other thread can make a descriptor ready')
        time.sleep(0.005)
    else:
        time.sleep(deadline - now if alone else min(0.005, deadline - now))
    return True


def select(rlist, wlist, xlist, timeout=None, /):
    import time
    if timeout is not None:
        if not isinstance(timeout, (int, float)):
            raise TypeError('timeout must be a float or None')
        if timeout < 0:
            raise ValueError('timeout must be non-negative')
    rlist = list(rlist)
    wlist = list(wlist)
    xlist = list(xlist)
    for o in rlist + wlist + xlist:
        fd = _fd(o)
        st = _s._endpoints.get(fd)
        if st is not None and st.closed:
            raise OSError(9, 'Bad file descriptor')
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        r = _ready(rlist, True)
        w = _ready(wlist, False)
        if r or w:
            return r, w, []
        if not _wait(deadline):
            return [], [], []


class epoll:
    """Level-triggered readiness of registered descriptors, by the rules of select() above."""

    def __init__(self, sizehint=-1, flags=0):
        self._fd = _s._new_fd()
        _s._endpoints[self._fd] = _s._Endpoint(self._fd)
        self._reg = {}

    @property
    def closed(self):
        return self._fd < 0

    def _check(self):
        if self._fd < 0:
            raise ValueError('I/O operation on closed epoll object')

    def fileno(self):
        self._check()
        return self._fd

    def close(self):
        if self._fd >= 0:
            _s._endpoints.pop(self._fd, None)
            self._fd = -1

    def _known(self, fd):
        st = _s._endpoints.get(fd)
        if fd < 0 or (st is None and fd > 2):
            raise OSError(9, 'Bad file descriptor')

    def register(self, fd, eventmask=EPOLLIN | EPOLLPRI | EPOLLOUT):
        self._check()
        fd = _fd(fd)
        self._known(fd)
        if fd in self._reg:
            raise FileExistsError(17, 'File exists')
        self._reg[fd] = eventmask

    def modify(self, fd, eventmask):
        self._check()
        fd = _fd(fd)
        self._known(fd)
        if fd not in self._reg:
            raise FileNotFoundError(2, 'No such file or directory')
        self._reg[fd] = eventmask

    def unregister(self, fd):
        self._check()
        fd = _fd(fd)
        self._known(fd)
        if fd not in self._reg:
            raise FileNotFoundError(2, 'No such file or directory')
        del self._reg[fd]

    def _events(self):
        out = []
        for fd, mask in self._reg.items():
            st = _s._endpoints.get(fd)
            ev = 0
            if mask & EPOLLIN and (st is None or st.buf or st.peer_closed()):
                ev |= EPOLLIN
            if mask & EPOLLOUT and (st is None or not st.peer_closed()):
                ev |= EPOLLOUT
            if st is not None and st.peer_closed():
                ev |= EPOLLHUP
            if ev:
                out.append((fd, ev))
        return out

    def poll(self, timeout=None, maxevents=-1):
        import time
        self._check()
        if timeout is not None and timeout < 0:
            timeout = None
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            ev = self._events()
            if ev:
                return ev if maxevents < 0 else ev[:maxevents]
            if not _wait(deadline):
                return []

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()
`;

export const SOCKET_SRC = String.raw`
"""Implementation module for socket operations."""
import errno as _errno

AF_ALG=38; AF_APPLETALK=5; AF_ASH=18; AF_ATMPVC=8; AF_ATMSVC=20; AF_AX25=3; AF_BRIDGE=7
AF_CAN=29; AF_DECnet=12; AF_ECONET=19; AF_INET=2; AF_INET6=10; AF_IPX=4; AF_IRDA=23; AF_KEY=15
AF_LLC=26; AF_NETBEUI=13; AF_NETLINK=16; AF_NETROM=6; AF_PACKET=17; AF_PPPOX=24; AF_QIPCRTR=42
AF_RDS=21; AF_ROSE=11; AF_ROUTE=16; AF_SECURITY=14; AF_SNA=22; AF_TIPC=30; AF_UNIX=1
AF_UNSPEC=0; AF_VSOCK=40; AF_WANPIPE=25; AF_X25=9; AI_ADDRCONFIG=32; AI_ALL=16; AI_CANONNAME=2
AI_NUMERICHOST=4; AI_NUMERICSERV=1024; AI_PASSIVE=1; AI_V4MAPPED=8; EAI_ADDRFAMILY=-9
EAI_AGAIN=-3; EAI_BADFLAGS=-1; EAI_FAIL=-4; EAI_FAMILY=-6; EAI_MEMORY=-10; EAI_NODATA=-5
EAI_NONAME=-2; EAI_OVERFLOW=-12; EAI_SERVICE=-8; EAI_SOCKTYPE=-7; EAI_SYSTEM=-11
INADDR_ALLHOSTS_GROUP=3758096385; INADDR_ANY=0; INADDR_BROADCAST=4294967295
INADDR_LOOPBACK=2130706433; INADDR_MAX_LOCAL_GROUP=3758096639; INADDR_NONE=4294967295
INADDR_UNSPEC_GROUP=3758096384; IPPROTO_AH=51; IPPROTO_DSTOPTS=60; IPPROTO_EGP=8
IPPROTO_ESP=50; IPPROTO_FRAGMENT=44; IPPROTO_GRE=47; IPPROTO_HOPOPTS=0; IPPROTO_ICMP=1
IPPROTO_ICMPV6=58; IPPROTO_IDP=22; IPPROTO_IGMP=2; IPPROTO_IP=0; IPPROTO_IPIP=4
IPPROTO_IPV6=41; IPPROTO_MPTCP=262; IPPROTO_NONE=59; IPPROTO_PIM=103; IPPROTO_PUP=12
IPPROTO_RAW=255; IPPROTO_ROUTING=43; IPPROTO_RSVP=46; IPPROTO_SCTP=132; IPPROTO_TCP=6
IPPROTO_TP=29; IPPROTO_UDP=17; IPPROTO_UDPLITE=136; IPV6_CHECKSUM=7; IPV6_DONTFRAG=62
IPV6_DSTOPTS=59; IPV6_HOPLIMIT=52; IPV6_HOPOPTS=54; IPV6_JOIN_GROUP=20; IPV6_LEAVE_GROUP=21
IPV6_MULTICAST_HOPS=18; IPV6_MULTICAST_IF=17; IPV6_MULTICAST_LOOP=19; IPV6_NEXTHOP=9
IPV6_PATHMTU=61; IPV6_PKTINFO=50; IPV6_RECVDSTOPTS=58; IPV6_RECVHOPLIMIT=51
IPV6_RECVHOPOPTS=53; IPV6_RECVPATHMTU=60; IPV6_RECVPKTINFO=49; IPV6_RECVRTHDR=56
IPV6_RECVTCLASS=66; IPV6_RTHDR=57; IPV6_RTHDRDSTOPTS=55; IPV6_RTHDR_TYPE_0=0; IPV6_TCLASS=67
IPV6_UNICAST_HOPS=16; IPV6_V6ONLY=26; IP_ADD_MEMBERSHIP=35; IP_ADD_SOURCE_MEMBERSHIP=39
IP_BIND_ADDRESS_NO_PORT=24; IP_BLOCK_SOURCE=38; IP_DEFAULT_MULTICAST_LOOP=1
IP_DEFAULT_MULTICAST_TTL=1; IP_DROP_MEMBERSHIP=36; IP_DROP_SOURCE_MEMBERSHIP=40; IP_HDRINCL=3
IP_MAX_MEMBERSHIPS=20; IP_MULTICAST_IF=32; IP_MULTICAST_LOOP=34; IP_MULTICAST_TTL=33
IP_OPTIONS=4; IP_PKTINFO=8; IP_RECVOPTS=6; IP_RECVRETOPTS=7; IP_RECVTOS=13; IP_RETOPTS=7
IP_TOS=1; IP_TRANSPARENT=19; IP_TTL=2; IP_UNBLOCK_SOURCE=37; MSG_CMSG_CLOEXEC=1073741824
MSG_CONFIRM=2048; MSG_CTRUNC=8; MSG_DONTROUTE=4; MSG_DONTWAIT=64; MSG_EOR=128
MSG_ERRQUEUE=8192; MSG_FASTOPEN=536870912; MSG_MORE=32768; MSG_NOSIGNAL=16384; MSG_OOB=1
MSG_PEEK=2; MSG_TRUNC=32; MSG_WAITALL=256; NI_DGRAM=16; NI_MAXHOST=1025; NI_MAXSERV=32
NI_NAMEREQD=8; NI_NOFQDN=4; NI_NUMERICHOST=1; NI_NUMERICSERV=2; SHUT_RD=0; SHUT_RDWR=2
SHUT_WR=1; SOCK_CLOEXEC=524288; SOCK_DGRAM=2; SOCK_NONBLOCK=2048; SOCK_RAW=3; SOCK_RDM=4
SOCK_SEQPACKET=5; SOCK_STREAM=1; SOL_ALG=279; SOL_CAN_BASE=100; SOL_CAN_RAW=101; SOL_IP=0
SOL_RDS=276; SOL_SOCKET=1; SOL_TCP=6; SOL_TIPC=271; SOL_UDP=17; SOMAXCONN=4096
SO_ACCEPTCONN=30; SO_BINDTODEVICE=25; SO_BROADCAST=6; SO_DEBUG=1; SO_DOMAIN=39; SO_DONTROUTE=5
SO_ERROR=4; SO_INCOMING_CPU=49; SO_J1939_ERRQUEUE=4; SO_J1939_FILTER=1; SO_J1939_PROMISC=2
SO_J1939_SEND_PRIO=3; SO_KEEPALIVE=9; SO_LINGER=13; SO_MARK=36; SO_OOBINLINE=10
SO_PASSCRED=16; SO_PASSSEC=34; SO_PEERCRED=17; SO_PEERSEC=31; SO_PRIORITY=12; SO_PROTOCOL=38
SO_RCVBUF=8; SO_RCVLOWAT=18; SO_RCVTIMEO=20; SO_REUSEADDR=2; SO_REUSEPORT=15; SO_SNDBUF=7
SO_SNDLOWAT=19; SO_SNDTIMEO=21; SO_TYPE=3; SO_VM_SOCKETS_BUFFER_MAX_SIZE=2
SO_VM_SOCKETS_BUFFER_MIN_SIZE=1; SO_VM_SOCKETS_BUFFER_SIZE=0; TCP_CC_INFO=26
TCP_CONGESTION=13; TCP_CORK=3; TCP_DEFER_ACCEPT=9; TCP_FASTOPEN=23; TCP_FASTOPEN_CONNECT=30
TCP_FASTOPEN_KEY=33; TCP_FASTOPEN_NO_COOKIE=34; TCP_INFO=11; TCP_INQ=36; TCP_KEEPCNT=6
TCP_KEEPIDLE=4; TCP_KEEPINTVL=5; TCP_LINGER2=8; TCP_MAXSEG=2; TCP_MD5SIG=14; TCP_MD5SIG_EXT=32
TCP_NODELAY=1; TCP_NOTSENT_LOWAT=25; TCP_QUEUE_SEQ=21; TCP_QUICKACK=12; TCP_REPAIR=19
TCP_REPAIR_OPTIONS=22; TCP_REPAIR_QUEUE=20; TCP_REPAIR_WINDOW=29; TCP_SAVED_SYN=28
TCP_SAVE_SYN=27; TCP_SYNCNT=7; TCP_THIN_DUPACK=17; TCP_THIN_LINEAR_TIMEOUTS=16
TCP_TIMESTAMP=24; TCP_TX_DELAY=37; TCP_ULP=31; TCP_USER_TIMEOUT=18; TCP_WINDOW_CLAMP=10
TCP_ZEROCOPY_RECEIVE=35; has_ipv6=1
SOMAXCONN = 4096
has_ipv6 = True

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


herror.__module__ = 'socket'
gaierror.__module__ = 'socket'

_default_timeout = None
_endpoints = {}


class _Endpoint:
    __slots__ = ('fd', 'buf', 'peer', 'closed')

    def __init__(self, fd):
        self.fd = fd
        self.buf = bytearray()
        self.peer = None
        self.closed = False

    def peer_closed(self):
        return self.peer is not None and self.peer.closed


def _new_fd():
    fd = 3
    while fd in _endpoints:
        fd += 1
    return fd


def _nonet():
    raise OSError(_errno.ENETUNREACH, 'Network is unreachable')


class socket:
    __slots__ = ('_fd', '_family', '_type', '_proto', '_timeout')

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            fd = _new_fd()
            _endpoints[fd] = _Endpoint(fd)
        else:
            fd = int(fileno)
            if fd not in _endpoints:
                raise OSError(_errno.EBADF, 'Bad file descriptor')
        self._fd = fd
        self._family = AF_INET if family == -1 else int(family)
        self._type = SOCK_STREAM if type == -1 else int(type)
        self._proto = 0 if proto == -1 else int(proto)
        self._timeout = _default_timeout

    family = property(lambda self: self._family)
    type = property(lambda self: self._type)
    proto = property(lambda self: self._proto)
    timeout = property(lambda self: self._timeout)

    def fileno(self):
        return self._fd

    def detach(self):
        fd = self._fd
        self._fd = -1
        return fd

    def close(self):
        st = _endpoints.pop(self._fd, None)
        if st is not None:
            st.closed = True
        self._fd = -1

    def _ep(self):
        st = _endpoints.get(self._fd)
        if st is None:
            raise OSError(_errno.EBADF, 'Bad file descriptor')
        return st

    def setblocking(self, flag, /):
        self._ep()
        self._timeout = None if flag else 0.0

    def getblocking(self):
        return self._timeout != 0.0

    def settimeout(self, value, /):
        if value is not None:
            value = float(value)
            if value < 0:
                raise ValueError('Timeout value out of range')
        self._timeout = value

    def gettimeout(self):
        return self._timeout

    def send(self, data, flags=0, /):
        st = self._ep()
        if st.peer is None:
            raise OSError(_errno.ENOTCONN, 'Transport endpoint is not connected')
        if st.peer.closed:
            raise BrokenPipeError(_errno.EPIPE, 'Broken pipe')
        data = memoryview(data).tobytes()
        st.peer.buf += data
        return len(data)

    def sendall(self, data, flags=0, /):
        self.send(data, flags)

    def recv(self, bufsize, flags=0, /):
        if bufsize < 0:
            raise ValueError('negative buffersize in recv')
        st = self._ep()
        if not st.buf:
            if st.peer is None:
                raise OSError(_errno.ENOTCONN, 'Transport endpoint is not connected')
            if not st.peer.closed:
                if self._timeout == 0.0:
                    raise BlockingIOError(_errno.EAGAIN, 'Resource temporarily unavailable')
                import select
                select.select([self], [], [], self._timeout)
                if not st.buf and not st.peer.closed:
                    raise TimeoutError('timed out')
        out = bytes(st.buf[:bufsize])
        del st.buf[:bufsize]
        return out

    def recv_into(self, buffer, nbytes=0, flags=0):
        mv = memoryview(buffer)
        data = self.recv(nbytes or len(mv))
        mv[:len(data)] = data
        return len(data)

    def shutdown(self, how, /):
        self._ep()

    def getsockname(self):
        self._ep()
        return '' if self._family == AF_UNIX else ('0.0.0.0', 0)

    def getpeername(self):
        st = self._ep()
        if st.peer is None:
            raise OSError(_errno.ENOTCONN, 'Transport endpoint is not connected')
        return '' if self._family == AF_UNIX else ('127.0.0.1', 0)

    def setsockopt(self, level, optname, value, optlen=None, /):
        self._ep()

    def getsockopt(self, level, optname, buflen=0, /):
        self._ep()
        return 0

    def bind(self, address, /):
        self._ep()
        _nonet()

    def listen(self, backlog=128, /):
        self._ep()
        _nonet()

    def connect(self, address, /):
        self._ep()
        _nonet()

    def connect_ex(self, address, /):
        self._ep()
        return _errno.ENETUNREACH

    def _accept(self):
        self._ep()
        _nonet()

    def __repr__(self):
        return f'<socket object, fd={self._fd}, family={self._family}, type={self._type}, proto={self._proto}>'


SocketType = socket


def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0, /):
    a = socket(family, type, proto)
    b = socket(family, type, proto)
    ea = _endpoints[a._fd]
    eb = _endpoints[b._fd]
    ea.peer = eb
    eb.peer = ea
    return a, b


def getdefaulttimeout():
    return _default_timeout


def setdefaulttimeout(timeout, /):
    global _default_timeout
    if timeout is not None:
        timeout = float(timeout)
        if timeout < 0:
            raise ValueError('Timeout value out of range')
    _default_timeout = timeout


def close(fd, /):
    st = _endpoints.pop(fd, None)
    if st is None:
        raise OSError(_errno.EBADF, 'Bad file descriptor')
    st.closed = True


def dup(fd, /):
    raise OSError(_errno.EBADF, 'Bad file descriptor')


def _u16(x, name):
    if x < 0:
        raise OverflowError(f'{name}: can\'t convert negative Python int to C 16-bit unsigned integer')
    if x > 0xFFFF:
        raise OverflowError(f'{name}: Python int too large to convert to C 16-bit unsigned integer')
    return x


def htons(x, /):
    x = _u16(x, 'htons')
    return ((x & 0xFF) << 8) | (x >> 8)


ntohs = htons


def htonl(x, /):
    if x < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if x > 0xFFFFFFFF:
        raise OverflowError('int larger than 32 bits')
    return int.from_bytes(x.to_bytes(4, 'little'), 'big')


ntohl = htonl


def inet_aton(ip, /):
    parts = ip.split('.')
    try:
        nums = [int(p, 0) for p in parts]
    except ValueError:
        raise OSError('illegal IP address string passed to inet_aton') from None
    if not 1 <= len(nums) <= 4 or any(n < 0 for n in nums):
        raise OSError('illegal IP address string passed to inet_aton')
    last = nums[-1]
    head = nums[:-1]
    if any(n > 255 for n in head) or last >= 256 ** (4 - len(head)):
        raise OSError('illegal IP address string passed to inet_aton')
    v = 0
    for n in head:
        v = (v << 8) | n
    v = (v << (8 * (4 - len(head)))) | last
    return v.to_bytes(4, 'big')


def inet_ntoa(packed, /):
    b = bytes(packed)
    if len(b) != 4:
        raise OSError('packed IP wrong length for inet_ntoa')
    return '.'.join(str(x) for x in b)


def gethostname():
    import posix
    try:
        return posix.uname().nodename
    except Exception:
        return 'localhost'


def gethostbyname(hostname, /):
    if hostname in ('localhost', ''):
        return '127.0.0.1'
    parts = hostname.split('.')
    if len(parts) == 4 and all(p.isdigit() and int(p) < 256 for p in parts):
        return hostname
    raise gaierror(EAI_NONAME, 'Name or service not known')


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    raise gaierror(EAI_NONAME, 'Name or service not known')


def getnameinfo(sockaddr, flags, /):
    raise gaierror(EAI_NONAME, 'Name or service not known')
`;

export const POSIXSUBPROCESS_SRC = String.raw`
"""A POSIX helper for the subprocess module."""
import posix as _posix
import os as _os


def fork_exec(*args):
    raise OSError(38, 'Function not implemented')


def _waitpid(pid, options, /):
    raise ChildProcessError(10, 'No child processes')


def _waitstatus_to_exitcode(status):
    sig = status & 0x7F
    if sig == 0:
        return (status >> 8) & 0xFF
    if sig != 0x7F:
        return -sig
    raise ValueError(f'process stopped by delivery of signal {(status >> 8) & 0xFF}')


def _stopped(status):
    return (status & 0xFF) == 0x7F


def _stopsig(status):
    return (status >> 8) & 0xFF


# subprocess.py reads these of os right after importing this module; the posix module (another
# helper's file) may not have them: fill in only what is missing, in posix and os alike.
for _name, _f in (('waitpid', _waitpid), ('waitstatus_to_exitcode', _waitstatus_to_exitcode),
                  ('WIFSTOPPED', _stopped), ('WSTOPSIG', _stopsig), ('WNOHANG', 1)):
    if callable(_f):
        _f.__name__ = _f.__qualname__ = _name
        _f.__module__ = 'posix'
    for _m in (_posix, _os):
        if not hasattr(_m, _name):
            setattr(_m, _name, _f)
del _name, _f, _m, _waitpid, _waitstatus_to_exitcode, _stopped, _stopsig
`;
