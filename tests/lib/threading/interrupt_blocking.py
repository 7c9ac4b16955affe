# Ctrl-C (SIGINT, sent here by a threading.Timer) raises KeyboardInterrupt in
# the main thread wherever it is blocked: joins, locks, events, conditions,
# queues, semaphores, barriers, sleep, input.
import os
import queue
import signal
import threading
import time


def check(name, blocking_call):
    timer = threading.Timer(0.1, os.kill, (os.getpid(), signal.SIGINT))
    start = time.monotonic()
    try:
        timer.start()
        blocking_call()
        print(name, "returned")
    except KeyboardInterrupt:
        print(name, "interrupted", time.monotonic() - start < 10)
    timer.join()


forever = threading.Event()
t = threading.Thread(target=forever.wait, daemon=True)
t.start()
check("join", t.join)

t = threading.Thread(target=forever.wait, daemon=True)
t.start()
check("join(timeout)", lambda: t.join(60))

lock = threading.Lock()
lock.acquire()
check("Lock.acquire", lock.acquire)
check("Lock.acquire(timeout)", lambda: lock.acquire(timeout=60))
print("lock still held:", lock.locked())

rlock = threading.RLock()
owner = threading.Thread(target=lambda: (rlock.acquire(), forever.wait()), daemon=True)
owner.start()
while not owner.is_alive():
    time.sleep(0.01)
time.sleep(0.05)
check("RLock.acquire", rlock.acquire)

check("Event.wait", forever.wait)
check("Event.wait(timeout)", lambda: forever.wait(60))

cond = threading.Condition()


def cond_wait():
    with cond:
        cond.wait()


check("Condition.wait", cond_wait)
print("condition lock released:", cond.acquire(False))
cond.release()


def cond_wait_for():
    with cond:
        cond.wait_for(lambda: False, 60)


check("Condition.wait_for", cond_wait_for)

q = queue.Queue()
check("Queue.get", q.get)
check("Queue.get(timeout)", lambda: q.get(timeout=60))
full = queue.Queue(1)
full.put("x")
check("Queue.put", lambda: full.put("y"))
check("SimpleQueue.get", queue.SimpleQueue().get)
check("time.sleep", lambda: time.sleep(60))
check("Semaphore.acquire", threading.Semaphore(0).acquire)
barrier = threading.Barrier(2)
check("Barrier.wait", barrier.wait)
print("barrier broken:", barrier.broken, barrier.n_waiting)

r, w = os.pipe()
os.dup2(r, 0)
check("input", input)

# Nothing is left broken: the same objects still work.
full.get()
full.put("z")
print(full.get(), q.empty())
cond_thread = threading.Thread(target=lambda: (time.sleep(0.05), forever.set()))
cond_thread.start()
print("event set:", forever.wait(10))
cond_thread.join()
