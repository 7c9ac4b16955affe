class ConfigError(Exception):
    pass

def load(path):
    try:
        return {"a": 1}[path]
    except KeyError as e:
        raise ConfigError(f"missing {path}") from e

try:
    load("b")
except ConfigError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no context please") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))

try:
    try:
        int("x")
    except ValueError:
        undefined_fn()
except NameError as e:
    print(repr(e.__context__))

# cause set explicitly
e = RuntimeError("r")
e.__cause__ = KeyError("k")
print(e.__suppress_context__, repr(e.__cause__))
try:
    e.__cause__ = 5
except TypeError as err:
    print("TypeError:", err)

# raise from a class
try:
    raise ValueError("v") from KeyError
except ValueError as e:
    print(repr(e.__cause__))

# context chain does not include itself
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        raise a
except ValueError as e:
    print(e.__context__)

# long chain
def level(n):
    if n == 0:
        raise KeyError("bottom")
    try:
        level(n - 1)
    except Exception as e:
        raise RuntimeError(f"level {n}") from e
try:
    level(3)
except RuntimeError as e:
    chain = []
    while e:
        chain.append(str(e))
        e = e.__cause__
    print(chain)
