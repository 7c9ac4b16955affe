def g():
    x = yield from [1, 2]
    return x
it = g()
next(it)
try:
    it.send(5)
except AttributeError as e:
    print("AttributeError:", e)
def sub():
    try:
        yield 1
    except GeneratorExit:
        print("sub closing")
        raise
def deleg():
    yield from sub()
d = deleg(); next(d); d.close()
print(d.gi_frame, d.gi_running)
def gf():
    yield 1
x = gf()
print(x.gi_frame is not None, x.gi_code.co_name, x.gi_yieldfrom)
list(x)
print(x.gi_frame)
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration(99)
        return self.n
def yf():
    r = yield from It()
    print("yf result", r)
print(list(yf()))
def thrower():
    yield from It()
t = thrower(); next(t)
try:
    t.throw(ValueError("into iterator without throw"))
except ValueError as e:
    print("ValueError:", e)
def echo():
    received = []
    while True:
        try:
            v = yield
        except GeneratorExit:
            print("received", received)
            return
        received.append(v)
e = echo(); next(e); e.send(1); e.send(2); e.close()
def gen_ret():
    yield 1
    return [1, 2]
def wrapper():
    result = yield from gen_ret()
    yield result
print(list(wrapper()))
def count():
    i = 0
    while True:
        i += 1
        cmd = yield i
        if cmd == "reset":
            i = 0
c = count()
print(next(c), next(c), c.send("reset"), next(c))
g2 = (x for x in range(3))
print(next(g2), list(g2), list(g2))
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
lazy = (1 / x for x in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(next(lazy, "exhausted after error"))
def fin():
    try:
        yield 1
    finally:
        print("fin cleanup")
f = fin()
next(f)
del f
print("after del")
def gen_exc_state():
    try:
        raise KeyError("outer")
    except KeyError:
        yield 1
        import sys
        print("inside", repr(sys.exc_info()[1]))
ges = gen_exc_state()
next(ges)
import sys
print("outside", sys.exc_info()[1])
next(ges, None)
def throw_after_done():
    yield 1
tad = throw_after_done()
list(tad)
try:
    tad.throw(ValueError("late"))
except ValueError as e:
    print("late throw:", e)
def pipeline():
    def source():
        for i in range(10):
            yield i
    def evens(it):
        for x in it:
            if x % 2 == 0:
                yield x
    def squares(it):
        for x in it:
            yield x * x
    return list(squares(evens(source())))
print(pipeline())
def gen_with_return_in_try():
    try:
        return "r"
    finally:
        yield "from finally"
print(list(gen_with_return_in_try()))
def genclose_value():
    try:
        yield
    finally:
        return 5
gcv = genclose_value(); next(gcv)
print(gcv.close())
print(type(g).__name__, type(g()).__name__, g().__class__.__name__, iter(x) is x)
