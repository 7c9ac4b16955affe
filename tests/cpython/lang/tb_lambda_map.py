def f(a, b):
    return a * b
values = list(map(lambda p: f(*p), [(1, 2), (3, None)]))
