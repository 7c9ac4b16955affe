# time: clocks advance, sleep waits (and rejects negative lengths), struct_time, strftime.
import time
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
time.sleep(0.02)
print(time.time() - t0 >= 0.015, time.perf_counter() - p0 >= 0.015, time.monotonic() - m0 >= 0.015)  # expect: True True True
print(type(time.time_ns()).__name__, time.monotonic_ns() > 0, time.perf_counter_ns() > 0, time.process_time() >= 0)  # expect: int True True True
st = time.gmtime(0)
print(st, st.tm_year, st[0], tuple(st)[:3])  # expect: time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0) 1970 1970 (1970, 1, 1)
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(86400 * 365)))  # expect: 1971-01-01 00:00:00
print(len(time.ctime()) > 10, time.localtime().tm_year >= 2024)  # expect: True True
time.sleep(0)
try:
    time.sleep(-1)
except ValueError as e:
    print(e)  # expect: sleep length must be non-negative
try:
    time.sleep("x")
except TypeError as e:
    print(e)  # expect: 'str' object cannot be interpreted as an integer
