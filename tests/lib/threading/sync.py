# Event, Condition, Barrier and Timer.
import threading
import time

e = threading.Event()
print(e.is_set(), e.wait(0.01))  # expect: False False
seen = []
t = threading.Thread(target=lambda: seen.append(e.wait(5)))
t.start()
time.sleep(0.02)
e.set()
t.join()
print(seen, e.is_set())  # expect: [True] True
e.clear()
print(e.is_set())  # expect: False

cond = threading.Condition()
items = []


def consumer():
    with cond:
        cond.wait_for(lambda: items)
        items.append("consumed " + str(items.pop(0)))


t = threading.Thread(target=consumer)
t.start()
time.sleep(0.02)
with cond:
    items.append(1)
    cond.notify()
t.join()
print(items)  # expect: ['consumed 1']
try:
    cond.wait()
except RuntimeError as e:
    print(e)  # expect: cannot wait on un-acquired lock
try:
    cond.notify()
except RuntimeError as e:
    print(e)  # expect: cannot notify on un-acquired lock
with cond:
    print(cond.wait(0.01))  # expect: False

barrier = threading.Barrier(3)
order = []


def arrive(i):
    order.append(barrier.wait() >= 0)


ts = [threading.Thread(target=arrive, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(order, barrier.broken)  # expect: [True, True, True] False
b2 = threading.Barrier(2, timeout=0.02)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("broken", b2.broken)  # expect: broken True

fired = []
timer = threading.Timer(0.01, fired.append, args=["fired"])
timer.start()
timer.join()
cancelled = threading.Timer(10, fired.append, args=["never"])
cancelled.start()
cancelled.cancel()
cancelled.join()
print(fired)  # expect: ['fired']
