# try/except/else/finally control flow, in the order CPython runs it.
def trace(label, fail, catch=True):
    try:
        print(label, "body")
        if fail:
            raise ValueError(label)
        print(label, "no error")
    except ValueError as e:
        print(label, "except", repr(e))
        if not catch:
            raise
    else:
        print(label, "else")
    finally:
        print(label, "finally")
    print(label, "after")


trace("a", False)
trace("b", True)
try:
    trace("c", True, catch=False)
except ValueError as e:
    print("outer caught", e)


def returns_in_finally():
    try:
        return "from try"
    finally:
        print("finally runs before the return completes")


print(returns_in_finally())


def finally_overrides():
    try:
        raise KeyError("lost")
    finally:
        return "finally wins"


print(finally_overrides())


def loop_control():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out


print(loop_control())

# The exception variable is unbound after the handler.
try:
    raise TypeError("gone")
except TypeError as err:
    pass
try:
    err
except NameError as ne:
    print("NameError:", ne)

# Handlers are tried in order; a tuple catches any of its classes.
for exc in (KeyError("k"), IndexError(1), ZeroDivisionError(), OSError(2, "x")):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        print("lookup", type(e).__name__)
    except ArithmeticError as e:
        print("arith", type(e).__name__)
    except Exception as e:
        print("other", type(e).__name__, e)

# sys.exc_info inside and outside a handler.
import sys
print(sys.exc_info())
try:
    raise ValueError("info")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__)
print(sys.exc_info())

# Nested handlers restore the outer handled exception.
try:
    raise KeyError("outer")
except KeyError:
    try:
        raise ValueError("inner")
    except ValueError:
        print("inner handled:", repr(sys.exc_info()[1]))
    print("outer again:", repr(sys.exc_info()[1]))

# Exceptions are ordinary objects.
errors = [ValueError(i) for i in range(3)]
print(errors, [e.args for e in errors])
print(isinstance(errors[0], BaseException), ValueError in ValueError.__mro__)
d = {KeyError: "k", ValueError: "v"}
print(d[type(KeyError())])


# Generators: StopIteration's value, and return inside a generator.
def gen():
    yield 1
    return "done"


g = gen()
print(next(g))
try:
    next(g)
except StopIteration as s:
    print("StopIteration value:", s.value, s.args)
