# __context__, __cause__ and __suppress_context__ as seen from code.
def handler():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError as e:
            return e


e = handler()
print(repr(e.__context__))  # expect: ValueError('a')
print(e.__cause__)  # expect: None
print(e.__suppress_context__)  # expect: False

try:
    try:
        raise KeyError("k")
    except KeyError as k:
        raise RuntimeError("r") from k
except RuntimeError as r:
    print(repr(r.__cause__), repr(r.__context__), r.__suppress_context__)  # expect: KeyError('k') KeyError('k') True

try:
    try:
        raise KeyError("k")
    except KeyError:
        raise RuntimeError("r") from None
except RuntimeError as r:
    print(r.__cause__, repr(r.__context__), r.__suppress_context__)  # expect: None KeyError('k') True

# No context outside a handler; no self-context.
try:
    raise ValueError("alone")
except ValueError as v:
    print(v.__context__)  # expect: None

err = ValueError("again")
try:
    try:
        raise err
    except ValueError:
        raise err
except ValueError as v:
    print(v.__context__)  # expect: None

# A cycle in the context chain is broken, not printed forever.
a = ValueError("a")
b = TypeError("b")
try:
    try:
        raise a
    except ValueError:
        try:
            raise b
        except TypeError:
            raise a
except ValueError as got:
    print(got is a, repr(got.__context__), got.__context__.__context__)  # expect: True TypeError('b') None

# Setting the attributes directly.
x = ValueError("x")
x.__cause__ = KeyError("c")
print(x.__suppress_context__)  # expect: True
x.__context__ = None
try:
    x.__cause__ = 5
except TypeError as t:
    print(t)  # expect: exception cause must be None or derive from BaseException
try:
    x.__context__ = "s"
except TypeError as t:
    print(t)  # expect: exception context must be None or derive from BaseException
