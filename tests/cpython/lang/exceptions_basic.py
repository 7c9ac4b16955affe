def risky(kind):
    if kind == 0:
        return 1 / 0
    if kind == 1:
        return [][1]
    if kind == 2:
        return {}["k"]
    if kind == 3:
        return int("abc")
    if kind == 4:
        return None.attr
    if kind == 5:
        return undefined_variable
    if kind == 6:
        return "a" + 1
    if kind == 7:
        raise Exception("plain", 42)
    if kind == 8:
        raise KeyboardInterrupt
    return "ok"

for k in range(10):
    try:
        print(risky(k))
    except (ZeroDivisionError, IndexError) as e:
        print("arith/index:", type(e).__name__, e)
    except LookupError as e:
        print("lookup:", type(e).__name__, e, repr(e))
    except Exception as e:
        print("other:", type(e).__name__, e, e.args)
    except BaseException as e:
        print("base:", type(e).__name__, repr(e))
    else:
        print("no error")
    finally:
        print("finally", k)

# exception attributes
e = ValueError("msg", 1)
print(e.args, str(e), repr(e))
print(repr(ValueError()), str(ValueError()), repr(ValueError("x")), str(KeyError("x")), str(KeyError()))
print(str(KeyError("a", "b")), repr(KeyError(1)))
print(e.__traceback__, e.__cause__, e.__context__, e.__suppress_context__)

class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(f"[{code}] {msg}")
        self.code = code
class DbError(AppError):
    pass

try:
    raise DbError(500, "db down")
except AppError as err:
    print(type(err).__name__, err.code, err, err.args, isinstance(err, Exception))

class NoInitCall(Exception):
    def __init__(self, x):
        self.x = x
n = NoInitCall(5)
print(n.args, str(n), repr(n), n.x)

class WithStr(Exception):
    def __str__(self):
        return "custom str"
print(str(WithStr("a")), repr(WithStr("a")))

# re-raise
def reraiser():
    try:
        1 / 0
    except ZeroDivisionError:
        print("handling")
        raise
try:
    reraiser()
except ZeroDivisionError as e:
    print("re-raised:", e)

# exception variable is deleted after except
try:
    raise ValueError
except ValueError as exc:
    pass
try:
    exc
except NameError as e:
    print("NameError:", e)

# raising non-exceptions
for bad in [lambda: (_ for _ in ()).throw(1), ]:
    pass
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
try:
    raise int
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)
try:
    class NotExc: pass
    raise NotExc()
except TypeError as e:
    print("TypeError:", e)

# except with non-exception class
try:
    try:
        1 / 0
    except 5:
        pass
except TypeError as e:
    print("TypeError:", e)

# raise class instantiates it
try:
    raise IndexError
except IndexError as e:
    print(repr(e), e.args)

# exception hierarchy checks
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError),
      issubclass(FileNotFoundError, OSError), issubclass(StopIteration, Exception),
      issubclass(GeneratorExit, Exception), issubclass(KeyboardInterrupt, Exception),
      issubclass(UnicodeDecodeError, ValueError), issubclass(RecursionError, RuntimeError),
      issubclass(ModuleNotFoundError, ImportError), issubclass(NotImplementedError, RuntimeError))
print([c.__name__ for c in OverflowError.__mro__])

# with_traceback and args mutation
e = RuntimeError("a")
e.args = ("b", "c")
print(e, e.args)
e.args = ()
print(repr(e), str(e) == "")
e2 = e.with_traceback(None)
print(e2 is e)

# exception in else and finally
def order():
    out = []
    try:
        out.append("try")
    except Exception:
        out.append("except")
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out
print(order())

try:
    try:
        pass
    except KeyError:
        pass
    else:
        raise ValueError("from else")
    finally:
        print("finally runs")
except ValueError as e:
    print("caught", e)
