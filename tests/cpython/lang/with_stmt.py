import contextlib
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM("a") as a, CM("b") as b:
    print("body", a, b)
with CM("s", True):
    raise ValueError("suppressed")
print("after suppress")
try:
    with CM("outer"), CM("inner", True):
        raise KeyError("inner handles")
    with CM("outer2"), CM("inner2"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)
def in_func():
    with CM("f"):
        return "returned"
print(in_func())
for i in range(3):
    with CM(str(i)):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
class NoEnter:
    def __exit__(self, *a): pass
class NoExit:
    def __enter__(self): return self
for obj in [NoEnter(), NoExit(), 5, None]:
    try:
        with obj:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
class EnterFails:
    def __enter__(self): raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with EnterFails():
        print("no")
except RuntimeError as e:
    print("RuntimeError:", e)
class ExitFails:
    def __enter__(self): return self
    def __exit__(self, *a): raise OSError("exit failed")
try:
    with ExitFails():
        raise ValueError("body")
except OSError as e:
    print("OSError:", e, "context:", repr(e.__context__))
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    finally:
        print(f"</{name}>")
with tag("p") as t, tag("b"):
    print("text", t)
try:
    with tag("x"):
        raise ValueError("in tag")
except ValueError as e:
    print("ValueError:", e)
with contextlib.suppress(ZeroDivisionError):
    1 / 0
print("suppressed zde")
with contextlib.ExitStack() as stack:
    for n in "xyz":
        stack.enter_context(CM(n))
    print("stack body")
with (CM("p1") as p1,
      CM("p2") as p2):
    print(p1, p2)
class Reuse:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False
r = Reuse()
with r as r2:
    print(r is r2)
with CM("xyzw") as (u, v, *w):
    print(u, v, w)
class Target:
    pass
tgt = Target()
with CM("attr") as tgt.val:
    pass
print(tgt.val)
import threading
lock = threading.Lock()
with lock:
    print("locked", lock.locked())
print("unlocked", lock.locked())
with open(__file__) as fh:
    print(fh.readline().strip())
print(fh.closed)
