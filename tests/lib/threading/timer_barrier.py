# threading.Timer (fires once, cancel() before it fires stops it) and
# Barrier (action run once per round, abort, reset, timeouts, n_waiting).
import threading
import time

fired = []
t = threading.Timer(0.05, fired.append, args=("fired",))
t.start()
t.join()
print(fired, t.is_alive(), t.finished.is_set())

t = threading.Timer(10, fired.append, args=("should not fire",))
t.start()
start = time.monotonic()
t.cancel()
t.join()
print(fired, "cancel is quick:", time.monotonic() - start < 5)
t.cancel()      # cancelling again (or after the end) is harmless

t = threading.Timer(0.01, lambda **kw: fired.append(kw), kwargs={"k": 1})
t.start()
t.join()
print(fired)

# Barrier with an action: run by exactly one thread per round.
rounds = []
lock = threading.Lock()
b = threading.Barrier(3, action=lambda: rounds.append("action"))
indices = []


def party():
    for _ in range(4):
        i = b.wait()
        with lock:
            indices.append(i)


ts = [threading.Thread(target=party) for _ in range(3)]
for x in ts:
    x.start()
for x in ts:
    x.join()
print(rounds.count("action"), sorted(indices) == [0] * 4 + [1] * 4 + [2] * 4)
print(b.parties, b.n_waiting, b.broken)

# abort(): every waiter gets BrokenBarrierError, so do later arrivals.
b = threading.Barrier(3)
errors = []


def waiter():
    try:
        b.wait()
    except threading.BrokenBarrierError as e:
        errors.append(type(e).__name__)


ws = [threading.Thread(target=waiter) for _ in range(2)]
for x in ws:
    x.start()
while b.n_waiting < 2:
    time.sleep(0.01)
b.abort()
for x in ws:
    x.join()
print(errors, b.broken, b.n_waiting)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("wait on a broken barrier raises")
b.reset()
print("after reset:", b.broken)

# A timeout breaks the barrier.
b = threading.Barrier(2, timeout=0.05)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("timed out, broken:", b.broken)

# The action raising breaks the barrier for everyone.
def bad_action():
    raise ValueError("action failed")


b = threading.Barrier(2, action=bad_action)
out = []


def party2():
    try:
        b.wait()
        out.append("passed")
    except threading.BrokenBarrierError:
        out.append("broken")
    except ValueError as e:
        out.append(str(e))


ps = [threading.Thread(target=party2) for _ in range(2)]
for x in ps:
    x.start()
for x in ps:
    x.join()
print(sorted(out), b.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
