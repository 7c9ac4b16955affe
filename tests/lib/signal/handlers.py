# Handlers installed with signal.signal run in the main thread, between two
# instructions, whichever thread sent the signal and wherever the main thread
# is blocked; the blocking call then goes on (or raises what the handler raised).
import os
import signal
import threading
import time

calls = []


def handler(signum, frame):
    calls.append((signum, type(signum) is int, frame is not None,
                  threading.current_thread() is threading.main_thread()))


old = signal.signal(signal.SIGUSR1, handler)
print("old handler:", old)
print("installed:", signal.getsignal(signal.SIGUSR1) is handler)


def send_later(delay, signum=signal.SIGUSR1):
    t = threading.Timer(delay, os.kill, (os.getpid(), signum))
    t.start()
    return t


# Blocked in Event.wait(timeout): the handler runs, the wait goes on.
t = send_later(0.05)
start = time.monotonic()
print("event wait:", threading.Event().wait(0.4), time.monotonic() - start >= 0.35)
t.join()
print(calls)

# Blocked in time.sleep: the sleep still lasts its full time (PEP 475).
calls.clear()
t = send_later(0.05)
start = time.monotonic()
time.sleep(0.4)
print("slept full time:", time.monotonic() - start >= 0.38, calls)
t.join()

# Blocked in Thread.join: the handler runs, the join goes on.
calls.clear()
worker = threading.Thread(target=time.sleep, args=(0.3,))
worker.start()
t = send_later(0.05)
worker.join()
print("joined:", worker.is_alive(), calls)
t.join()

# raise_signal from another thread: still handled by the main thread.
calls.clear()
r = threading.Thread(target=signal.raise_signal, args=(signal.SIGUSR1,))
r.start()
r.join()
deadline = time.monotonic() + 5
while not calls and time.monotonic() < deadline:
    time.sleep(0.01)
print("from a thread:", calls)

# A handler's exception comes out of the blocking call.
class Alarm(Exception):
    pass


def on_alarm(signum, frame):
    raise Alarm("woken by SIGALRM")


signal.signal(signal.SIGALRM, on_alarm)
lock = threading.Lock()
lock.acquire()
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    lock.acquire()
except Alarm as e:
    print("lock.acquire raised:", e)
print("lock still held:", lock.locked())

# A periodic timer: SIGALRM three times, then cancelled.
ticks = []
signal.signal(signal.SIGALRM, lambda s, f: ticks.append(s))
signal.setitimer(signal.ITIMER_REAL, 0.02, 0.02)
deadline = time.monotonic() + 5
while len(ticks) < 3 and time.monotonic() < deadline:
    signal.pause()
old_timer = signal.setitimer(signal.ITIMER_REAL, 0)
print("ticks:", ticks[:3], old_timer[1])

# Ignored, then back to the default (KeyboardInterrupt).
print(signal.signal(signal.SIGINT, signal.SIG_IGN))
signal.raise_signal(signal.SIGINT)
print("SIGINT ignored")
print(signal.signal(signal.SIGINT, signal.default_int_handler))
try:
    signal.raise_signal(signal.SIGINT)
    print("not reached")
except KeyboardInterrupt:
    print("KeyboardInterrupt again")

# Only the main thread may set handlers.
def try_set():
    try:
        signal.signal(signal.SIGUSR2, handler)
    except ValueError as e:
        print("ValueError:", e)


t = threading.Thread(target=try_set)
t.start()
t.join()

# Blocked signals wait; unblocking runs their handler at once.
calls.clear()
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
signal.raise_signal(signal.SIGUSR1)
print("blocked:", calls, signal.SIGUSR1 in signal.sigpending())
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1])
print("unblocked:", calls)
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL) is handler)
