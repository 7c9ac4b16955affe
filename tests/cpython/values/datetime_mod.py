from datetime import date, datetime, timedelta, time, timezone
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=2), d.weekday(), d.isoweekday(), d.isoformat(), d.strftime('%A %d %B %Y %j'), d.replace(day=1), d.toordinal(), date.fromordinal(738000), d.isocalendar())
print(date(2023, 12, 31) - date(2023, 1, 1), (date(2024, 3, 1) - date(2024, 2, 1)).days, d < date(2025, 1, 1), date.fromisoformat('2021-07-04'), d.year, d.month, d.day, d.ctime())
dt = datetime(2024, 1, 15, 13, 45, 30, 123456)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(sep=' ', timespec='seconds'), dt.strftime('%Y/%m/%d %I:%M %p %f'), dt.date(), dt.time(), dt.timestamp() if dt.tzinfo else '', dt.replace(microsecond=0))
print(dt + timedelta(hours=12, minutes=30), dt - timedelta(days=400), datetime(2024, 3, 1) - datetime(2024, 2, 1, 12), datetime.fromisoformat('2020-05-17T08:30:00'), datetime.strptime('2022-10-31 23:59', '%Y-%m-%d %H:%M'))
td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(td, repr(td), td.total_seconds(), td.days, td.seconds, td.microseconds, -td, td * 2, td / 2, td // 3, timedelta(hours=-1), abs(timedelta(hours=-1)), timedelta(weeks=2), timedelta(seconds=90) / timedelta(minutes=1), timedelta(0), str(timedelta(microseconds=1)))
t = time(9, 5, 7)
print(t, repr(t), t.hour, t.strftime('%H-%M'), time(23, 59, 59, 999999), t.isoformat(), t.replace(hour=10), time())
utc = timezone.utc
aware = datetime(2024, 6, 1, 12, 0, tzinfo=utc)
est = timezone(timedelta(hours=-5), 'EST')
print(aware, repr(aware), aware.astimezone(est), aware.tzname(), est, repr(est), aware.utcoffset(), aware.timestamp(), datetime.fromtimestamp(0, utc), timezone(timedelta(hours=5, minutes=30)))
for bad in [lambda: date(2023, 2, 29), lambda: date(2023, 13, 1), lambda: datetime(2020, 1, 1, 25), lambda: time(0, 60), lambda: date.fromisoformat('2021-7-4'), lambda: datetime.strptime('x', '%Y'), lambda: aware < datetime(2024, 1, 1)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sorted([date(2020, 5, 1), date(2019, 1, 1), date(2020, 1, 1)]), max(timedelta(1), timedelta(hours=30)), hash(date(2020, 1, 1)) == hash(date(2020, 1, 1)), {date(2020, 1, 1): 1})
print(date.min, date.max, datetime.min, timedelta.max, timedelta.resolution, date(2024, 1, 1).strftime('%U %W %w %a %b'), f'{d:%d/%m/%y}', f'{dt:%H:%M}', format(td))
