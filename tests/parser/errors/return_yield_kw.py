def f():
    return yield
