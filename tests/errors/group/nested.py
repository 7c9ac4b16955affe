# Groups inside groups, with tracebacks of their own.
def fail(kind):
    if kind == "v":
        raise ValueError("bad value")
    raise KeyError(kind)


def collect():
    inner = []
    for k in ("v", "k"):
        try:
            fail(k)
        except Exception as e:
            inner.append(e)
    return ExceptionGroup("inner", inner)


raise ExceptionGroup("outer", [collect(), TypeError("plain")])
