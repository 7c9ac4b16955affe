# Daemon threads still running when the program ends -- in a CPU loop, in
# sleep, blocked on a lock, a queue, a condition, an event, a join -- are
# abandoned: nothing they would print appears, no crash, exit status 0.
import queue
import threading
import time

lock = threading.Lock()
lock.acquire()
cond = threading.Condition()
q = queue.Queue()
never = threading.Event()
shared = []


def cpu():
    n = 0
    while True:
        n += 1
        shared.append(n)
        if len(shared) > 1000:
            del shared[:500]


def sleeper():
    while True:
        time.sleep(0.001)


def late_printer():
    time.sleep(10)
    print("a daemon printed after the end")


def on_lock():
    lock.acquire()
    print("got the lock")


def on_queue():
    print("got", q.get())


def on_condition():
    with cond:
        cond.wait()
    print("notified")


def on_join():
    other = threading.Thread(target=never.wait, daemon=True)
    other.start()
    other.join()
    print("joined")


for target in (cpu, cpu, sleeper, late_printer, on_lock, on_queue, on_condition, on_join):
    for _ in range(3):
        threading.Thread(target=target, daemon=True).start()
time.sleep(0.1)
print("daemons:", sum(t.daemon for t in threading.enumerate()))
print("last line")
