# Error messages and reprs of the synchronization primitives (CPython's words).
import threading


def show(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)


def strip_address(r):
    return r.split(" at 0x")[0]


print(strip_address(repr(threading.Barrier(2))), repr(threading.Barrier(2)).endswith(": waiters=0/2>"))
print(strip_address(repr(threading.Semaphore(2))), repr(threading.Semaphore(2)).endswith(": value=2>"))
print(repr(threading.BoundedSemaphore(2)).endswith(": value=2/2>"))
print(repr(threading.Event()).endswith(": unset>"))
print(strip_address(repr(threading.Lock())), strip_address(repr(threading.RLock())))
show(lambda: threading.Semaphore(-1))
show(lambda: threading.BoundedSemaphore(1).release())
show(lambda: threading.Semaphore(1).release(0))
show(lambda: threading.Semaphore(1).acquire(False, 1))
show(lambda: threading.Lock().release())
show(lambda: threading.RLock().release())
show(lambda: threading.Condition().wait())
show(lambda: threading.Condition().notify())
show(lambda: threading.Condition(threading.Lock()).notify_all())
show(lambda: threading.Lock().acquire(False, 1))
show(lambda: threading.Lock().acquire(True, -5))
show(lambda: threading.Lock().acquire(timeout=1e10))
show(lambda: threading.RLock().acquire(blocking=False, timeout=2))
show(lambda: threading.local(1))
print(threading.Semaphore(3).acquire(timeout=0), threading.Semaphore(0).acquire(timeout=0.01))
print(threading.Lock().acquire(timeout=0), threading.TIMEOUT_MAX > 1e6)
lock = threading.Lock()
print(lock.acquire(), lock.acquire(False), lock.acquire(timeout=0.01), lock.locked())
lock.release()
r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(False))
r.release()
r.release()
r.release()
show(r.release)
e = threading.Event()
print(e.wait(0), e.wait(0.01), e.is_set())
e.set()
print(e.wait(), e.wait(0), e.is_set())
e.clear()
print(e.is_set())
c = threading.Condition(threading.Lock())
with c:
    print(c.wait(0), c.wait(0.01), c.wait_for(lambda: 7))
