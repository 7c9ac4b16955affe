a, b = 1, 2
a, b = b, a
print(a, b)
x, *y = [1, 2, 3]
*p, q = "abc"
m, *n, o = range(5)
print(x, y, p, q, m, n, o)
(a, b), c = (1, 2), 3
[d, [e, f]] = [4, (5, 6)]
print(a, b, c, d, e, f)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
for first, *rest in [(1, 2, 3), (4,)]:
    print(first, rest)
h, = [9]
print(h)
[] = []
() = ()
print(*[1, 2], *"ab", sep="-")
print([*range(3), *[9]], (*"xy",), {*[1, 1, 2]}, {**{"a": 1}, "b": 2, **{"a": 3}})
s = slice(1, 3)
lst = [0, 1, 2, 3, 4]
lst[1:3] = ["a", "b", "c"]
print(lst)
lst[::2] = [7, 8, 9]
print(lst)
try:
    lst[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
del lst[::2]
print(lst)
obj = type("O", (), {})()
obj.a, obj.b = 1, 2
dd = {}
dd["x"], dd["y"] = "xy"
print(obj.a, obj.b, dd)
i = 0
arr = [0, 0]
i, arr[i] = 1, 5
print(i, arr)
for bad in ["a, b = 1, 2, 3", "a, b = [1]", "a, b = 1", "a, *b, c = [1]", "a, b = {'k': 1}", "(a, b), c = 1, 2", "a, = []", "a, b = 'abc'", "a, b, c, d = range(2)", "*a, b = None"]:
    try:
        exec(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
def gen():
    yield 1
    yield 2
    yield 3
try:
    a, b = gen()
except ValueError as e:
    print("ValueError:", e)
a, b, c = gen()
print(a + b + c)
t = 1, 2
print(t, type(t).__name__)
u = 1,
print(u)
first, second, *_ = "hello"
print(first, second, _)
nested = [[1, [2, 3]], [4, [5, 6]]]
for a, (b, c) in nested:
    print(a + b + c, end=" ")
print()
x = y = z = []
x.append(1)
print(y, z is x)
a = b = 5
a += 1
print(a, b)
print({**{1: 2}}, dict(**{"k": 1}), [*()], {*()})
def f(*args): return args
print(f(*[1], *[], 2, *(3, 4)))
