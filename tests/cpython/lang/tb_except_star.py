def f():
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ExceptionGroup("nested", [KeyError("k"), OSError(2, "nofile")])])
try:
    f()
except* TypeError:
    raise RuntimeError("handler failed")
