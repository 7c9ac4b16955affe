import itertools

def countdown(n):
    print("start")
    while n > 0:
        yield n
        n -= 1
    print("end")
    return "done"

g = countdown(3)
print(type(g).__name__, g.__name__, g.__qualname__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value, e.args)

def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total

acc = accumulator()
print(acc.send(None), acc.send(5), acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)

fresh = accumulator()
try:
    fresh.send(1)
except TypeError as e:
    print("TypeError:", e)

def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught", e)
            yield "recovered"

c = catcher()
next(c)
print(c.throw(ValueError("boom")))
print(next(c))
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("propagated KeyError", e)
print(next(c, "exhausted"))

def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

w = with_finally()
print(next(w))
w.close()
w.close()
print(next(w, "closed"))

def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
ie = ignore_exit()
next(ie)
try:
    ie.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def inner():
    x = yield "i1"
    print("inner got", x)
    yield "i2"
    return "inner-result"

def outer():
    r = yield from inner()
    print("yield from returned", r)
    yield "o1"
    r2 = yield from [10, 20]
    print("list yf returns", r2)

o = outer()
print(next(o))
print(o.send("hello"))
print(next(o))
print(list(o))

def delegating_throw():
    try:
        yield from catcher()
    finally:
        print("outer finally")
dt = delegating_throw()
next(dt)
print(dt.throw(ValueError("via yf")))
dt.close()

# generator expressions
squares = (x * x for x in range(5))
print(type(squares).__name__, sum(squares), sum(squares))
print(list(x for x in "abc" if x != "b"))
print(max(len(w) for w in ["a", "abc", "ab"]))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))

# infinite generators with islice
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(itertools.islice(naturals(), 5)))
print(list(itertools.islice(naturals(), 10, 20, 3)))
print(list(itertools.takewhile(lambda x: x < 4, naturals())))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.islice(fib(), 15)))

# generator running state
def selfref():
    yield gen.gi_running
gen = selfref()
print(gen.gi_running, next(gen))

def reenter():
    yield next(r)
r = reenter()
try:
    next(r)
except ValueError as e:
    print("ValueError:", e)

# StopIteration inside a generator becomes RuntimeError
def bad():
    yield 1
    raise StopIteration("oops")
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

def ret_value():
    return 5
    yield
print(list(ret_value()))

# generator close returns value in 3.11? (close returns None)
def gclose():
    try:
        yield
    except GeneratorExit:
        return "x"
gc_ = gclose(); next(gc_)
print(gc_.close())

# throw with type and traceback style
def t2():
    yield 1
tt = t2()
try:
    tt.throw(TypeError)
except TypeError as e:
    print("thrown into unstarted:", repr(e))
print(next(tt, "dead"))

# enumerate/zip over generators
print(list(enumerate(countdown(2), start=1)))
print(list(zip(naturals(), "xyz")))
