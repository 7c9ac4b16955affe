# A done-callback that raises is logged ("exception calling callback for
# <Future ...>" and the traceback, through the concurrent.futures logger);
# the other callbacks still run. So is a failing thread initializer.
import concurrent.futures as cf
import io
import logging

stream = io.StringIO()
handler = logging.StreamHandler(stream)
logging.getLogger("concurrent.futures").addHandler(handler)


def bad(fut):
    raise ValueError("callback failed")


f = cf.Future()
f.add_done_callback(bad)
f.add_done_callback(lambda fut: print("second callback ran:", fut.result()))
f.set_result(5)
f.add_done_callback(bad)
lines = stream.getvalue().splitlines()
print([line.split(" at 0x")[0] for line in lines if line.startswith("exception calling")])
print([line for line in lines if line.startswith("ValueError")])
stream.truncate(0)
stream.seek(0)


def bad_init(x):
    raise OSError(f"init failed {x}")


ex = cf.ThreadPoolExecutor(max_workers=1, initializer=bad_init, initargs=(4,))
fut = ex.submit(print, "never printed")
try:
    fut.result()
except cf.BrokenExecutor as e:
    print(type(e).__name__, e, type(e).__mro__[1].__name__)
try:
    ex.submit(print, "x")
except cf.BrokenExecutor as e:
    print(type(e).__name__, e)
ex.shutdown()
lines = stream.getvalue().splitlines()
print(lines[0], lines[-1])
