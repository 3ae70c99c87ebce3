/**
 * The calendar half of `time` in Python source (the clocks are TypeScript, modules/time.ts):
 * struct_time, gmtime/localtime/mktime, asctime/ctime, strftime (C locale, glibc's output for
 * every directive), strptime (through Lib/_strptime.py, as CPython does), get_clock_info.
 *
 * Local time is UTC (tzname ('UTC', 'UTC'), timezone 0, no DST): the VM has no time-zone
 * database, and the goldens are recorded on a UTC host.
 */
export const TIME_SRC = String.raw`
_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')

tzname = ('UTC', 'UTC')
_STRUCT_TM_ITEMS = 11
timezone = 0
altzone = 0
daylight = 0
CLOCK_REALTIME = 0
CLOCK_MONOTONIC = 1
CLOCK_PROCESS_CPUTIME_ID = 2
CLOCK_THREAD_CPUTIME_ID = 3
CLOCK_MONOTONIC_RAW = 4
CLOCK_BOOTTIME = 7
CLOCK_TAI = 11


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime(), and
 accepted by asctime(), mktime() and strftime().  May be considered as a
 sequence of 9 integers."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    __module__ = 'time'

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        n = len(seq)
        if n < 9:
            raise TypeError(f'time.struct_time() takes an at least 9-sequence ({n}-sequence given)')
        if n > 11:
            raise TypeError(f'time.struct_time() takes an at most 11-sequence ({n}-sequence given)')
        self = tuple.__new__(cls, seq[:9])
        extra = seq[9:] + (None, None)
        if dict:
            extra = (dict.get('tm_zone', extra[0]), dict.get('tm_gmtoff', extra[1]))
        self._zone = extra[0]
        self._gmtoff = extra[1]
        return self

    tm_year = property(lambda self: self[0], doc='year, for example, 1993')
    tm_mon = property(lambda self: self[1], doc='month of year, range [1, 12]')
    tm_mday = property(lambda self: self[2], doc='day of month, range [1, 31]')
    tm_hour = property(lambda self: self[3], doc='hours, range [0, 23]')
    tm_min = property(lambda self: self[4], doc='minutes, range [0, 59]')
    tm_sec = property(lambda self: self[5], doc='seconds, range [0, 61])')
    tm_wday = property(lambda self: self[6], doc='day of week, range [0, 6], Monday is 0')
    tm_yday = property(lambda self: self[7], doc='day of year, range [1, 366]')
    tm_isdst = property(lambda self: self[8], doc='1 if summer time is in effect, 0 if not, and -1 if unknown')
    tm_zone = property(lambda self: self._zone, doc='abbreviation of timezone name')
    tm_gmtoff = property(lambda self: self._gmtoff, doc='offset from UTC in seconds')

    def __repr__(self):
        return 'time.struct_time(' + ', '.join([f'{n}={v!r}' for n, v in zip(_FIELDS, self)]) + ')'

    def __reduce__(self):
        return (struct_time, (tuple(self), {'tm_zone': self._zone, 'tm_gmtoff': self._gmtoff}))


def _days_from_civil(y, m, d):
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil_from_days(z):
    z += 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + (3 if mp < 10 else -9)
    return y + (m <= 2), m, d


def _isleap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _seconds(secs):
    if secs is None:
        return int(time() // 1)
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError('Invalid value NaN (not a number)')
        if secs in (float('inf'), float('-inf')):
            raise OverflowError('timestamp out of range for platform time_t')
        return int(secs // 1)
    if hasattr(type(secs), '__index__'):
        return secs.__index__()
    if hasattr(type(secs), '__float__'):
        return _seconds(float(secs))
    raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")


def _broken_down(seconds, zone):
    s = _seconds(seconds)
    days, rem = divmod(s, 86400)
    y, m, d = _civil_from_days(days)
    yday = days - _days_from_civil(y, 1, 1) + 1
    return struct_time((y, m, d, rem // 3600, rem % 3600 // 60, rem % 60, (days + 3) % 7, yday, 0, zone, 0))


def gmtime(seconds=None, /):
    """Convert seconds since the Epoch to a time tuple expressing UTC."""
    return _broken_down(seconds, 'GMT')


def localtime(seconds=None, /):
    """Convert seconds since the Epoch to a time tuple expressing local time."""
    return _broken_down(seconds, tzname[0])


def _tuple_arg(t, fname):
    if t is None:
        return localtime()
    if not isinstance(t, tuple):
        raise TypeError(f'Tuple or struct_time argument required')
    if len(t) != 9 and not isinstance(t, struct_time):
        raise TypeError(f'{fname}(): illegal time tuple argument')
    return t


def mktime(t, /):
    """Convert a time tuple in local time to seconds since the Epoch."""
    if not isinstance(t, tuple) or len(t) < 9:
        raise TypeError('Tuple or struct_time argument required')
    y, mo, d, h, mi, s = (int(v) for v in t[:6])
    y += (mo - 1) // 12
    mo = (mo - 1) % 12 + 1
    return float(_days_from_civil(y, mo, 1) + d - 1) * 86400 + h * 3600 + mi * 60 + s


_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_DAYS_FULL = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')
_MONTHS_FULL = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                'September', 'October', 'November', 'December')


def _check(t):
    y, mo, d, h, mi, s, wd, yd, dst = (int(v) for v in t[:9])
    if mo == 0:
        mo = 1
    elif not 1 <= mo <= 12:
        raise ValueError('month out of range')
    if d == 0:
        d = 1
    elif not 1 <= d <= 31:
        raise ValueError('day of month out of range')
    if not 0 <= h <= 23:
        raise ValueError('hour out of range')
    if not 0 <= mi <= 59:
        raise ValueError('minute out of range')
    if not 0 <= s <= 61:
        raise ValueError('seconds out of range')
    if wd < 0:
        raise ValueError('day of week out of range')
    wd %= 7
    if yd == 0:
        yd = 1
    elif not 1 <= yd <= 366:
        raise ValueError('day of year out of range')
    if dst < -1:
        dst = -1
    elif dst > 1:
        dst = 1
    return y, mo, d, h, mi, s, wd, yd, dst


def asctime(t=None, /):
    """Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."""
    y, mo, d, h, mi, s, wd, yd, dst = _check(_tuple_arg(t, 'asctime'))
    return f'{_DAYS[wd]} {_MONTHS[mo - 1]} {d:2d} {h:02d}:{mi:02d}:{s:02d} {y}'


def ctime(seconds=None, /):
    """Convert a time in seconds since the Epoch to a string in local time."""
    return asctime(localtime(seconds))


def _iso_week(y, yd, wd):
    # ISO 8601 year and week of the day that is day yd (1-based) of year y, weekday wd (Monday 0).
    week = (yd - wd + 9) // 7
    if week < 1:
        y -= 1
        yd += 366 if _isleap(y) else 365
        week = (yd - wd + 9) // 7
    elif week == 53:
        ylen = 366 if _isleap(y) else 365
        if yd - wd + 3 > ylen:
            return y + 1, 1
    return y, week


def strftime(format, t=None, /):
    """Convert a time tuple to a string according to a format specification."""
    if not isinstance(format, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(format).__name__}")
    tt = _tuple_arg(t, 'strftime')
    y, mo, d, h, mi, s, wd, yd, dst = _check(tt)
    zone = getattr(tt, 'tm_zone', None)
    if zone is None:
        zone = tzname[0] if dst <= 0 else tzname[1]
    out = []
    i = 0
    n = len(format)
    sunday = (wd + 1) % 7
    while i < n:
        c = format[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        f = format[i + 1]
        i += 2
        if f == 'a': out.append(_DAYS[wd])
        elif f == 'A': out.append(_DAYS_FULL[wd])
        elif f in 'bh': out.append(_MONTHS[mo - 1])
        elif f == 'B': out.append(_MONTHS_FULL[mo - 1])
        elif f == 'c': out.append(f'{_DAYS[wd]} {_MONTHS[mo - 1]} {d:2d} {h:02d}:{mi:02d}:{s:02d} {y}')
        elif f == 'C': out.append(f'{y // 100:02d}')
        elif f == 'd': out.append(f'{d:02d}')
        elif f == 'D': out.append(f'{mo:02d}/{d:02d}/{y % 100:02d}')
        elif f == 'e': out.append(f'{d:2d}')
        elif f == 'F': out.append(f'{y}-{mo:02d}-{d:02d}')
        elif f == 'G': out.append(str(_iso_week(y, yd, wd)[0]))
        elif f == 'g': out.append(f'{_iso_week(y, yd, wd)[0] % 100:02d}')
        elif f == 'H': out.append(f'{h:02d}')
        elif f == 'I': out.append(f'{(h % 12) or 12:02d}')
        elif f == 'j': out.append(f'{yd:03d}')
        elif f == 'k': out.append(f'{h:2d}')
        elif f == 'l': out.append(f'{(h % 12) or 12:2d}')
        elif f == 'm': out.append(f'{mo:02d}')
        elif f == 'M': out.append(f'{mi:02d}')
        elif f == 'n': out.append('\n')
        elif f == 'p': out.append('AM' if h < 12 else 'PM')
        elif f == 'P': out.append('am' if h < 12 else 'pm')
        elif f == 'r': out.append(f'{(h % 12) or 12:02d}:{mi:02d}:{s:02d} {"AM" if h < 12 else "PM"}')
        elif f == 'R': out.append(f'{h:02d}:{mi:02d}')
        elif f == 's': out.append(str(int(mktime(tt))))
        elif f == 'S': out.append(f'{s:02d}')
        elif f == 't': out.append('\t')
        elif f == 'T': out.append(f'{h:02d}:{mi:02d}:{s:02d}')
        elif f == 'u': out.append(str(wd + 1))
        elif f == 'U': out.append(f'{(yd - 1 + 7 - sunday) // 7:02d}')
        elif f == 'V': out.append(f'{_iso_week(y, yd, wd)[1]:02d}')
        elif f == 'w': out.append(str(sunday))
        elif f == 'W': out.append(f'{(yd - 1 + 7 - wd) // 7:02d}')
        elif f == 'x': out.append(f'{mo:02d}/{d:02d}/{y % 100:02d}')
        elif f == 'X': out.append(f'{h:02d}:{mi:02d}:{s:02d}')
        elif f == 'y': out.append(f'{y % 100:02d}')
        elif f == 'Y': out.append(str(y))
        elif f == 'z':
            off = getattr(tt, 'tm_gmtoff', None) or 0
            sign = '-' if off < 0 else '+'
            off = abs(off)
            out.append(f'{sign}{off // 3600:02d}{off % 3600 // 60:02d}')
        elif f == 'Z': out.append(zone)
        elif f == '%': out.append('%')
        else: out.append('%' + f)
    return ''.join(out)


def strptime(data_string, format='%a %b %d %H:%M:%S %Y', /):
    """Parse a string to a time tuple according to a format specification."""
    import _strptime
    return _strptime._strptime_time(data_string, format)


def tzset():
    """Initialize, or reinitialize, the local timezone to the value of the environment variable TZ."""


def get_clock_info(name, /):
    """Get information of the specified clock."""
    import types
    info = {
        'time': ('clock_gettime(CLOCK_REALTIME)', False, True),
        'monotonic': ('clock_gettime(CLOCK_MONOTONIC)', True, False),
        'perf_counter': ('clock_gettime(CLOCK_MONOTONIC)', True, False),
        'process_time': ('clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', True, False),
        'thread_time': ('clock_gettime(CLOCK_THREAD_CPUTIME_ID)', True, False),
    }
    if name not in info:
        raise ValueError('unknown clock')
    impl, mono, adj = info[name]
    return types.SimpleNamespace(implementation=impl, monotonic=mono, adjustable=adj, resolution=1e-09)
`;
