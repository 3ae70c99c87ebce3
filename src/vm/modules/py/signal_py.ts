/**
 * `_signal` in Python source (see ../pysource.ts): Linux x86-64 signal numbers, the handler table
 * (signal/getsignal), raise_signal, strsignal, valid_signals, set_wakeup_fd, default_int_handler.
 *
 * The VM receives no asynchronous OS signals: a handler runs only through raise_signal (with the
 * caller's frame, as CPython's pending-call check would give it). Initial table as CPython sets it
 * up: SIGINT -> default_int_handler, SIGPIPE/SIGXFSZ ignored (SIG_IGN), the rest SIG_DFL.
 * alarm/setitimer/pause are absent (they would need timer interrupts).
 */
export const SIGNAL_SRC = String.raw`
"""This module provides mechanisms to use signal handlers in Python."""
import sys as _sys

SIG_DFL = 0
SIG_IGN = 1
SIG_BLOCK = 0
SIG_UNBLOCK = 1
SIG_SETMASK = 2
NSIG = 65
ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
ITIMER_PROF = 2

SIGHUP = 1
SIGINT = 2
SIGQUIT = 3
SIGILL = 4
SIGTRAP = 5
SIGABRT = 6
SIGIOT = 6
SIGBUS = 7
SIGFPE = 8
SIGKILL = 9
SIGUSR1 = 10
SIGSEGV = 11
SIGUSR2 = 12
SIGPIPE = 13
SIGALRM = 14
SIGTERM = 15
SIGSTKFLT = 16
SIGCHLD = 17
SIGCLD = 17
SIGCONT = 18
SIGSTOP = 19
SIGTSTP = 20
SIGTTIN = 21
SIGTTOU = 22
SIGURG = 23
SIGXCPU = 24
SIGXFSZ = 25
SIGVTALRM = 26
SIGPROF = 27
SIGWINCH = 28
SIGIO = 29
SIGPOLL = 29
SIGPWR = 30
SIGSYS = 31
SIGRTMIN = 34
SIGRTMAX = 64

_DESCRIPTIONS = {
    1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction', 5: 'Trace/breakpoint trap',
    6: 'Aborted', 7: 'Bus error', 8: 'Floating point exception', 9: 'Killed',
    10: 'User defined signal 1', 11: 'Segmentation fault', 12: 'User defined signal 2',
    13: 'Broken pipe', 14: 'Alarm clock', 15: 'Terminated', 16: 'Stack fault', 17: 'Child exited',
    18: 'Continued', 19: 'Stopped (signal)', 20: 'Stopped', 21: 'Stopped (tty input)',
    22: 'Stopped (tty output)', 23: 'Urgent I/O condition', 24: 'CPU time limit exceeded',
    25: 'File size limit exceeded', 26: 'Virtual timer expired', 27: 'Profiling timer expired',
    28: 'Window changed', 29: 'I/O possible', 30: 'Power failure', 31: 'Bad system call',
}


class ItimerError(OSError):
    pass

ItimerError.__module__ = 'signal'


def default_int_handler(signalnum, frame, /):
    raise KeyboardInterrupt


def _check(signalnum):
    signalnum = signalnum.__index__() if not isinstance(signalnum, int) else signalnum
    if signalnum < 1 or signalnum >= NSIG:
        raise ValueError('signal number out of range')
    return int(signalnum)


_handlers = [SIG_DFL] * NSIG
_handlers[SIGINT] = default_int_handler
_handlers[SIGPIPE] = SIG_IGN
_handlers[SIGXFSZ] = SIG_IGN
_handlers[0] = None


def signal(signalnum, handler, /):
    if handler != SIG_IGN and handler != SIG_DFL and not callable(handler):
        raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object')
    import _thread, threading
    if _thread.get_ident() != threading.main_thread().ident:
        raise ValueError('signal only works in main thread of the main interpreter')
    signalnum = _check(signalnum)
    if signalnum in (SIGKILL, SIGSTOP) or signalnum in (32, 33):
        raise OSError(22, 'Invalid argument')
    old = _handlers[signalnum]
    _handlers[signalnum] = handler
    return old


def getsignal(signalnum, /):
    return _handlers[_check(signalnum)]


def raise_signal(signalnum, /):
    signalnum = _check(signalnum)
    if signalnum in (32, 33):
        raise OSError(22, 'Invalid argument')
    h = _handlers[signalnum]
    if callable(h):
        h(signalnum, _sys._getframe(1))
    elif h == SIG_DFL:
        if signalnum in (SIGCHLD, SIGURG, SIGWINCH, SIGCONT):
            return
        raise SystemExit(128 + signalnum)


def strsignal(signalnum, /):
    signalnum = _check(signalnum)
    d = _DESCRIPTIONS.get(signalnum)
    if d is not None:
        return d
    if SIGRTMIN - 2 <= signalnum <= SIGRTMAX:
        return f'Real-time signal {signalnum - SIGRTMIN}'
    return f'Unknown signal {signalnum}'


def valid_signals():
    return {i for i in range(1, NSIG) if i not in (32, 33)}


_wakeup_fd = -1


def set_wakeup_fd(fd, /, *, warn_on_full_buffer=True):
    global _wakeup_fd
    old = _wakeup_fd
    _wakeup_fd = fd
    return old


def siginterrupt(signalnum, flag, /):
    _check(signalnum)


_blocked = set()


def pthread_sigmask(how, mask, /):
    old = set(_blocked)
    m = {_check(s) for s in mask}
    if how == SIG_BLOCK:
        _blocked.update(m)
    elif how == SIG_UNBLOCK:
        _blocked.difference_update(m)
    elif how == SIG_SETMASK:
        _blocked.clear()
        _blocked.update(m)
    else:
        raise OSError(22, 'Invalid argument')
    return old


def sigpending():
    return set()
`;
