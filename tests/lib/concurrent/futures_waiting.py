# concurrent.futures: as_completed (with timeout), wait (FIRST_COMPLETED,
# FIRST_EXCEPTION, ALL_COMPLETED, timeout), map (order, exceptions, timeout),
# shutdown(wait=False, cancel_futures=True), the context manager. Events
# decide the order, so the output does not depend on the machine's speed.
import concurrent.futures as cf
import threading


def wait_then(gate, value):
    if not gate.wait(30):
        raise RuntimeError("gate never opened")
    return value


def maybe_fail(x):
    if x == 3:
        raise ValueError("three")
    return x * 10


# as_completed: already-finished futures first, then in completion order.
with cf.ThreadPoolExecutor(max_workers=4) as ex:
    done_first = ex.submit(str, "instant")
    done_first.result()
    early_gate, late_gate = threading.Event(), threading.Event()
    late = ex.submit(wait_then, late_gate, "late")
    early = ex.submit(wait_then, early_gate, "early")
    order = []
    early_gate.set()
    for f in cf.as_completed([late, early, done_first]):
        order.append(f.result())
        if f is early:
            late_gate.set()
    print(order)

# as_completed with a timeout: the message counts the unfinished futures.
gate = threading.Event()
with cf.ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(wait_then, gate, i) for i in range(3)] + [ex.submit(str, "queued")]
    got = []
    try:
        for f in cf.as_completed(fs, timeout=0.2):
            got.append(f.result())
    except cf.TimeoutError as e:
        print("TimeoutError:", e, type(e) is TimeoutError)
    print(got)
    gate.set()

finished = cf.Future()
finished.set_result(1)
print(len(list(cf.as_completed([finished, finished]))), list(cf.as_completed([])))

# wait()
with cf.ThreadPoolExecutor(max_workers=4) as ex:
    gate = threading.Event()
    fs = [ex.submit(str, 1), ex.submit(wait_then, gate, 2)]
    done, not_done = cf.wait(fs, return_when=cf.FIRST_COMPLETED)
    print("FIRST_COMPLETED", sorted(f.result() for f in done), len(not_done))
    fs = [ex.submit(wait_then, gate, 1), ex.submit(maybe_fail, 3)]
    done, not_done = cf.wait(fs, return_when=cf.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION", [type(f.exception()).__name__ for f in done], len(not_done))
    done, not_done = cf.wait(fs, timeout=0.05)
    print("timeout", len(done), len(not_done))
    gate.set()
    fs = [ex.submit(maybe_fail, i) for i in range(5)]
    r = cf.wait(fs, return_when=cf.ALL_COMPLETED)
    print("ALL_COMPLETED", len(r.done), r.not_done, type(r).__name__)
    print(sorted(f.result() for f in r.done if f.exception() is None))
    try:
        cf.wait(fs, return_when="bogus")
    except ValueError as e:
        print("ValueError", e)
    print(cf.wait([]))
    print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)

# map: results in order, the first exception stops the iteration, timeout.
with cf.ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(maybe_fail, [1, 2])))
    print(list(ex.map(pow, [2, 3], [5, 2])))
    got = []
    try:
        for x in ex.map(maybe_fail, [1, 2, 3, 4]):
            got.append(x)
    except ValueError as e:
        print("map raised", e, got)
    gate, other = threading.Event(), threading.Event()
    got = []
    try:
        for x in ex.map(wait_then, [other, gate], ["other", "gated"], timeout=0.2):
            got.append(x)
    except cf.TimeoutError as e:
        print("map timeout", repr(e), got)
    other.set()
    got = []
    try:
        for x in ex.map(wait_then, [gate, gate], [1, 2], timeout=0.2):
            got.append(x)
    except cf.TimeoutError as e:
        print("map timeout", repr(e), got)
    gate.set()
    print(list(ex.map(wait_then, [gate, gate], [1, 2], timeout=10)))

# shutdown(wait=False, cancel_futures=True): queued work is cancelled.
ex = cf.ThreadPoolExecutor(max_workers=1)
gate = threading.Event()
started = threading.Event()
first = ex.submit(lambda: (started.set(), gate.wait(30))[1])
rest = [ex.submit(str, i) for i in range(5)]
started.wait()
ex.shutdown(wait=False, cancel_futures=True)
print("cancelled:", [f.cancelled() for f in rest], first.cancelled(), first.running())
gate.set()
print(first.result())
ex.shutdown(wait=True)
print("after shutdown:", first.done())
try:
    ex.submit(str, 1)
except RuntimeError as e:
    print("RuntimeError:", e)

# The context manager waits for the pending work.
results = []
lock = threading.Lock()


def record(i):
    with lock:
        results.append(i)


with cf.ThreadPoolExecutor(max_workers=2) as ex:
    for i in range(6):
        ex.submit(record, i)
print(sorted(results))

with cf.ThreadPoolExecutor(max_workers=8) as ex:
    print(sum(ex.map(lambda x: x * 2, range(2000))))
