# Lock, RLock and Semaphore semantics and error messages.
import threading

lock = threading.Lock()
print(lock.acquire())  # expect: True
print(lock.locked())  # expect: True
print(lock.acquire(False))  # expect: False
print(lock.acquire(timeout=0.01))  # expect: False
lock.release()
print(lock.locked())  # expect: False
try:
    lock.release()
except RuntimeError as e:
    print(e)  # expect: release unlocked lock
with lock:
    print(lock.locked())  # expect: True
print(lock.locked())  # expect: False
try:
    lock.acquire(False, 1)
except ValueError as e:
    print(e)  # expect: can't specify a timeout for a non-blocking call

r = threading.RLock()
with r:
    with r:
        print("nested")  # expect: nested
try:
    r.release()
except RuntimeError as e:
    print(e)  # expect: cannot release un-acquired lock

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False))  # expect: True True False
s.release(2)
print(s.acquire(timeout=0.01))  # expect: True
b = threading.BoundedSemaphore(1)
try:
    b.release()
except ValueError as e:
    print(e)  # expect: Semaphore released too many times
try:
    threading.Semaphore(-1)
except ValueError as e:
    print(e)  # expect: semaphore initial value must be >= 0

# Many threads contend for one lock: the count is exact.
count = 0
guard = threading.Lock()


def add():
    global count
    for _ in range(2000):
        with guard:
            count += 1


ts = [threading.Thread(target=add) for _ in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(count)  # expect: 16000
