/**
 * `_datetime` in Python source: CPython's Lib/_pydatetime.py (from the stdlib zip) made to read
 * like the C `_datetime` that `datetime` prefers: classes report module `datetime`, field checks
 * raise the C module's messages ("day is out of range for month", not a (message, value) pair),
 * and IsoCalendarDate's repr is qualified (`datetime.IsoCalendarDate(...)`).
 */
export const DATETIME_SRC = String.raw`
"""Fast implementation of the datetime type."""

import _pydatetime as _p
from _pydatetime import (date, datetime, time, timedelta, timezone, tzinfo,
                         MINYEAR, MAXYEAR, UTC)

for _cls in (date, datetime, time, timedelta, timezone, tzinfo, _p._IsoCalendarDate):
    _cls.__module__ = 'datetime'
del _cls


def _check_date_fields(year, month, day):
    year = _p._index(year)
    month = _p._index(month)
    day = _p._index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f'year {year} is out of range')
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _p._days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _p._index(hour)
    minute = _p._index(minute)
    second = _p._index(second)
    microsecond = _p._index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _iso_repr(self):
    name = 'datetime.IsoCalendarDate' if type(self) is _p._IsoCalendarDate else type(self).__name__
    return f'{name}(year={self[0]}, week={self[1]}, weekday={self[2]})'


_p._check_date_fields = _check_date_fields
_p._check_time_fields = _check_time_fields
_p._IsoCalendarDate.__repr__ = _iso_repr
__doc__ = _p.__doc__
`;
