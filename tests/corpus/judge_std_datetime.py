"""Scheduling and durations with datetime and time (fixed dates, nothing from the clock)."""
from datetime import date, datetime, time, timedelta, timezone
import time as _time

d = date(2024, 2, 28)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isoformat(), d.isocalendar())
print(d + timedelta(days=1), d + timedelta(days=2), d - date(2024, 1, 1), (date(2025, 1, 1) - d).days)
print(d.replace(day=1), d.toordinal(), date.fromordinal(738944), date.fromisoformat("2023-12-25"), d.ctime())
print(d.strftime("%A %d %B %Y"), d.strftime("%a %b %j %U %w %y"), d.strftime("%m/%d/%Y"), f"{d:%Y.%m.%d}")
dt = datetime(2024, 3, 15, 14, 30, 45, 123456)
print(dt, repr(dt), dt.date(), dt.time(), dt.isoformat(), dt.isoformat(sep=" ", timespec="seconds"))
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %p %I"), dt.hour, dt.minute, dt.second, dt.microsecond)
print(datetime.strptime("2021-07-04 09:15", "%Y-%m-%d %H:%M"), datetime.fromisoformat("2022-01-02T03:04:05"))
print(datetime.combine(date(2020, 5, 17), time(8, 0)), dt.replace(hour=0, minute=0, second=0, microsecond=0))
print(dt + timedelta(hours=10, minutes=45), dt - timedelta(weeks=2), dt - datetime(2024, 1, 1))
td = timedelta(days=1, hours=2, minutes=3, seconds=4.5)
print(td, repr(td), td.total_seconds(), td.days, td.seconds, td.microseconds, -td, td * 2, td / 3, td // timedelta(minutes=1))
print(timedelta(seconds=-1), timedelta(days=-1, seconds=5), abs(timedelta(hours=-5)), timedelta(microseconds=1500))
print(timedelta(hours=25) > timedelta(days=1), timedelta(0) == timedelta(), str(timedelta(days=400)))
t = time(23, 59, 59)
print(t, t.isoformat(), time(7, 5).strftime("%H:%M"), time.fromisoformat("12:34:56.789"))
utc = timezone.utc
est = timezone(timedelta(hours=-5), "EST")
aware = datetime(2024, 6, 1, 12, 0, tzinfo=utc)
print(aware, aware.astimezone(est), aware.tzname(), aware.utcoffset(), est, timezone(timedelta(hours=5, minutes=30)))
print(aware.timestamp(), datetime.fromtimestamp(0, tz=utc), datetime.fromtimestamp(86400 * 365, tz=utc).isoformat())
print(aware == datetime(2024, 6, 1, 7, 0, tzinfo=est), aware.isoformat())
meetings = [datetime(2024, 3, 1, 9), datetime(2024, 2, 28, 15), datetime(2024, 3, 1, 8, 30)]
for m in sorted(meetings):
    print(m.strftime("%a %d %b %H:%M"))
start = date(2024, 1, 29)
print([(start + timedelta(days=7 * i)).isoformat() for i in range(5)])
def age(born, today):
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
print(age(date(1990, 8, 20), date(2024, 8, 19)), age(date(1990, 8, 20), date(2024, 8, 20)))
print(date(2024, 2, 29) + timedelta(days=365), date.max, date.min, datetime.max.year, timedelta.max)
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
print(_time.gmtime(0)[:6], _time.strftime("%Y-%m-%d", _time.gmtime(86400)), type(_time.time()).__name__, type(_time.monotonic()).__name__)
print(_time.mktime(_time.struct_time((2000, 1, 1, 0, 0, 0, 5, 1, 0))) > 0, _time.gmtime(1e9).tm_year, _time.asctime(_time.gmtime(0)))
t0 = _time.perf_counter()
total = sum(range(1000))
elapsed = _time.perf_counter() - t0
print(total, elapsed >= 0)
