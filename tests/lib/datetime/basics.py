# datetime: date/time/datetime/timedelta arithmetic, reprs, isoformat, strftime/strptime, timezone.utc.
# env: TZ=UTC
from datetime import datetime, date, time, timedelta, timezone
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=1), d + timedelta(days=2), d.weekday(), d.isoweekday(), d.isocalendar())
print(date(2024, 3, 1) - date(2023, 3, 1), d.strftime("%Y/%m/%d %A %B %j"), d.replace(day=1), d.toordinal(), date.fromordinal(738944))
dt = datetime(2023, 12, 31, 23, 59, 30, 123456)
print(dt, repr(dt), dt + timedelta(seconds=45), repr(datetime(2020, 1, 1)), repr(datetime(2020, 1, 1, 5, 6)))
print(dt.isoformat(), dt.isoformat(" ", "seconds"), dt.date(), dt.time(), dt.strftime("%H:%M:%S.%f %p"), f"{dt:%Y-%m}")
print(datetime(2024, 1, 1) - datetime(2023, 1, 1, 12), datetime.fromisoformat("2024-05-06T07:08:09"), datetime.fromisoformat("2024-05-06"))
td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(td, repr(td), td.total_seconds(), -td, abs(-td), td * 2, td / 2, td // timedelta(hours=1), repr(timedelta(0)))
print(timedelta(seconds=-1), repr(timedelta(seconds=-1)), timedelta(hours=1.5), timedelta(weeks=1) > timedelta(days=6), timedelta(milliseconds=1500))
print(str(timedelta(days=2)), str(timedelta(days=-2, seconds=5)), timedelta(minutes=90) == timedelta(hours=1.5), bool(timedelta(0)))
u = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
print(u, repr(u), u.isoformat(), u.utcoffset(), u.tzname(), repr(timezone.utc), timezone(timedelta(hours=5, minutes=30)))
print(u.timestamp(), datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(86400))
print(datetime.strptime("2024-03-05 14:07:09", "%Y-%m-%d %H:%M:%S"), datetime.strptime("05/Mar/24", "%d/%b/%y"))
print(time(1, 2, 3), repr(time(1, 2)), time(23, 59, 59, 1), time.fromisoformat("10:20:30"), time(1) < time(2))
print(sorted([date(2020, 5, 1), date(2019, 1, 1)]), date(2020, 1, 1) == date(2020, 1, 1), {date(2020, 1, 1): 1}[date(2020, 1, 1)])
print(isinstance(datetime.now(), date), type(date.today()).__name__, datetime.now().year >= 2024)
try:
    date(2023, 2, 29)
except ValueError as e:
    print(e)
try:
    datetime(2024, 13, 1)
except ValueError as e:
    print(e)
try:
    datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=timezone.utc)
except TypeError as e:
    print(e)

# Expected output, in order:
# expect: 2024-02-28 datetime.date(2024, 2, 28) 2024-02-29 2024-03-01 2 3 datetime.IsoCalendarDate(year=2024, week=9, weekday=3)
# expect: 366 days, 0:00:00 2024/02/28 Wednesday February 059 2024-02-01 738944 2024-02-28
# expect: 2023-12-31 23:59:30.123456 datetime.datetime(2023, 12, 31, 23, 59, 30, 123456) 2024-01-01 00:00:15.123456 datetime.datetime(2020, 1, 1, 0, 0) datetime.datetime(2020, 1, 1, 5, 6)
# expect: 2023-12-31T23:59:30.123456 2023-12-31 23:59:30 2023-12-31 23:59:30.123456 23:59:30.123456 PM 2023-12
# expect: 364 days, 12:00:00 2024-05-06 07:08:09 2024-05-06 00:00:00
# expect: 1 day, 2:03:04.000005 datetime.timedelta(days=1, seconds=7384, microseconds=5) 93784.000005 -2 days, 21:56:55.999995 1 day, 2:03:04.000005 2 days, 4:06:08.000010 13:01:32.000002 26 datetime.timedelta(0)
# expect: -1 day, 23:59:59 datetime.timedelta(days=-1, seconds=86399) 1:30:00 True 0:00:01.500000
# expect: 2 days, 0:00:00 -2 days, 0:00:05 True False
# expect: 2024-01-01 12:00:00+00:00 datetime.datetime(2024, 1, 1, 12, 0, tzinfo=datetime.timezone.utc) 2024-01-01T12:00:00+00:00 0:00:00 UTC datetime.timezone.utc UTC+05:30
# expect: 1704110400.0 1970-01-01 00:00:00+00:00 1970-01-02 00:00:00
# expect: 2024-03-05 14:07:09 2024-03-05 00:00:00
# expect: 01:02:03 datetime.time(1, 2) 23:59:59.000001 10:20:30 True
# expect: [datetime.date(2019, 1, 1), datetime.date(2020, 5, 1)] True 1
# expect: True date True
# expect: day is out of range for month
# expect: month must be in 1..12
# expect: can't subtract offset-naive and offset-aware datetimes
