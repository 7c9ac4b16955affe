# Condition.wait_for with a timeout, notify(n), and a Semaphore under load:
# every acquirer eventually runs, never more than the count at once.
import threading
import time

cond = threading.Condition()
state = {"ready": False, "count": 0}

with cond:
    start = time.monotonic()
    print("wait_for timed out:", cond.wait_for(lambda: state["ready"], timeout=0.1),
          0.05 < time.monotonic() - start < 5)


def make_ready():
    time.sleep(0.05)
    with cond:
        state["ready"] = "yes"
        cond.notify_all()


t = threading.Thread(target=make_ready)
t.start()
with cond:
    print("wait_for result:", cond.wait_for(lambda: state["ready"], timeout=10))
t.join()

# notify(2) wakes exactly two of five waiters; notify_all the rest.
woken = []


def sleeper(i):
    with cond:
        state["count"] += 1
        cond.wait()
        woken.append(i)


ws = [threading.Thread(target=sleeper, args=(i,)) for i in range(5)]
for w in ws:
    w.start()
while True:
    with cond:
        if state["count"] == 5:
            break
    time.sleep(0.01)
with cond:
    cond.notify(2)
deadline = time.monotonic() + 10
while len(woken) < 2 and time.monotonic() < deadline:
    time.sleep(0.01)
time.sleep(0.1)
with cond:
    print("after notify(2):", len(woken))
    cond.notify_all()
for w in ws:
    w.join()
print("after notify_all:", sorted(woken))

# 40 threads x 50 acquisitions of a Semaphore(3).
sem = threading.Semaphore(3)
lock = threading.Lock()
inside = [0]
most = [0]
finished = []


def user(i):
    for _ in range(50):
        with sem:
            with lock:
                inside[0] += 1
                most[0] = max(most[0], inside[0])
            if i % 4 == 0:
                time.sleep(0.0001)
            with lock:
                inside[0] -= 1
    with lock:
        finished.append(i)


us = [threading.Thread(target=user, args=(i,)) for i in range(40)]
for u in us:
    u.start()
for u in us:
    u.join()
print("all ran:", sorted(finished) == list(range(40)), "at most 3 inside:", most[0] <= 3, inside[0])

# A BoundedSemaphore handed between threads.
bs = threading.BoundedSemaphore(2)
got = []


def taker():
    got.append(bs.acquire(timeout=5))


bs.acquire()
bs.acquire()
takers = [threading.Thread(target=taker) for _ in range(2)]
for x in takers:
    x.start()
bs.release()
bs.release()
for x in takers:
    x.join()
print("takers:", got, bs.acquire(blocking=False))
