# concurrent.futures with threads: submit/result/exception, cancel/cancelled/
# running/done, add_done_callback (before and after completion), Future used
# directly, max_workers validation, submit after shutdown, thread names.
import concurrent.futures as cf
import threading
import time

def square(x):
    return x * x

def fail(x):
    raise ValueError(f"bad {x}")

def slow(x, delay=0.2):
    time.sleep(delay)
    return x

# submit / result / exception / done / running
with cf.ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(square, 7)
    print(f.result(), f.done(), f.running(), f.cancelled(), f.exception())
    g = ex.submit(fail, 3)
    print(type(g.exception()).__name__, g.exception())
    try:
        g.result()
    except ValueError as e:
        print("result raised", e)
    print(g.done(), repr(f)[:8], "state=finished returned int" in repr(f), "state=finished raised ValueError" in repr(g))

# running / cancel of a queued future
ex = cf.ThreadPoolExecutor(max_workers=1)
gate = threading.Event()
started = threading.Event()
def blocker():
    started.set()
    gate.wait()
    return "blocker done"
b = ex.submit(blocker)
started.wait()
q = ex.submit(square, 3)
print("running:", b.running(), "pending repr:", "state=pending" in repr(q), "running repr:", "state=running" in repr(b))
print("cancel queued:", q.cancel(), q.cancelled(), q.done(), q.cancel())
print("cancel running:", b.cancel(), b.cancelled())
try:
    q.result()
except cf.CancelledError as e:
    print("CancelledError", repr(e))
try:
    q.exception()
except cf.CancelledError as e:
    print("CancelledError from exception()")
try:
    b.result(timeout=0.05)
except cf.TimeoutError as e:
    print("TimeoutError", repr(e), isinstance(e, TimeoutError))
gate.set()
print(b.result())
ex.shutdown()

# add_done_callback before and after completion, and a failing callback
calls = []
with cf.ThreadPoolExecutor(max_workers=1) as ex:
    gate = threading.Event()
    f = ex.submit(gate.wait)
    f.add_done_callback(lambda fut: calls.append(("before", fut.result())))
    gate.set()
    f.result()
    deadline = time.monotonic() + 30
    while not calls and time.monotonic() < deadline:   # the worker runs it
        time.sleep(0.01)
    f.add_done_callback(lambda fut: calls.append(("after", fut.done())))
print(calls)

# callbacks on cancel
c = cf.Future()
c.add_done_callback(lambda fut: print("callback on cancel:", fut.cancelled()))
print(c.cancel())

# Future used directly
fut = cf.Future()
print(fut.done(), fut.running())
print(fut.set_running_or_notify_cancel(), fut.running())
fut.set_result(42)
print(fut.result())
try:
    fut.set_result(1)
except cf.InvalidStateError as e:
    print("InvalidStateError", str(e).startswith("FINISHED: <Future at"))
fut2 = cf.Future()
fut2.set_exception(KeyError("k"))
print(repr(fut2.exception()))

# max_workers validation
for bad in (0, -1):
    try:
        cf.ThreadPoolExecutor(max_workers=bad)
    except ValueError as e:
        print("ValueError", e)
try:
    cf.ThreadPoolExecutor(initializer=5)
except TypeError as e:
    print("TypeError", e)

# submit after shutdown
ex = cf.ThreadPoolExecutor(1)
ex.shutdown()
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError", e)

# thread_name_prefix
names = []
with cf.ThreadPoolExecutor(max_workers=3, thread_name_prefix="pool") as ex:
    barrier = threading.Barrier(3)
    def name_of(_):
        barrier.wait()
        return threading.current_thread().name
    print(sorted(ex.map(name_of, range(3))))
with cf.ThreadPoolExecutor(max_workers=1) as ex:
    n = ex.submit(lambda: threading.current_thread().name).result()
    print(n.startswith("ThreadPoolExecutor-"), n.endswith("_0"))
print("done")
