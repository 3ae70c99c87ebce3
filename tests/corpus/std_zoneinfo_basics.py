# zoneinfo over the system time zone database (TZPATH from sysconfig): offsets and names across
# DST changes, conversions, the repr of the C type, caching, and a missing key.
import zoneinfo
import sysconfig
from datetime import datetime, timedelta, timezone

print(sysconfig.get_config_var('TZPATH').split(':')[0], zoneinfo.TZPATH[:1])
ny = zoneinfo.ZoneInfo("America/New_York")
d = datetime(2024, 7, 1, 12, tzinfo=ny)
print(d, d.tzname(), d.utcoffset(), d.dst(), repr(ny), str(ny), ny.key)
print(datetime(2024, 1, 1, tzinfo=ny), (d + timedelta(days=180)).tzname())
print(d.astimezone(zoneinfo.ZoneInfo("Asia/Tokyo")), d.astimezone(timezone.utc))
print(datetime(2024, 3, 10, 1, 59, tzinfo=ny) + timedelta(minutes=1))
print(datetime(2024, 11, 3, 1, 30, tzinfo=ny).tzname(), datetime(2024, 11, 3, 1, 30, fold=1, tzinfo=ny).tzname())
print(zoneinfo.ZoneInfo("America/New_York") is ny, zoneinfo.ZoneInfo.no_cache("America/New_York") is ny)
print(type(ny), type(ny).__module__, type(ny).__mro__[1:])
utc = zoneinfo.ZoneInfo("UTC")
print(datetime(2000, 1, 1, tzinfo=utc).isoformat(), utc.utcoffset(None))
try:
    zoneinfo.ZoneInfo("Not/AZone")
except zoneinfo.ZoneInfoNotFoundError as e:
    print("not found:", e, isinstance(e, KeyError))
