x = 5
assert x == 5
assert x, "not reached"
try:
    assert x > 10, f"x too small: {x}"
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert [], ["list", "msg"]
except AssertionError as e:
    print(repr(e))
g = 1
def use_global():
    global g, newglobal
    g += 1
    newglobal = "made"
use_global()
print(g, newglobal)
def read_global():
    return g
print(read_global())
del g
try:
    read_global()
except NameError as e:
    print("NameError:", e)
lst = list(range(10))
del lst[0], lst[-1]
del lst[2:4]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["a"], d["b"]
print(d)
class O: pass
o = O(); o.a = 1; o.b = 2
del o.a
print(vars(o))
a = b = 1
del a, b
try:
    print(a)
except NameError as e:
    print("NameError:", e)
try:
    del never_defined
except NameError as e:
    print("NameError:", e)
def local_del():
    v = 1
    del v
    try:
        del v
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
local_del()
for bad in [lambda: lst.__delitem__(100), lambda: d.__delitem__("zz"), lambda: delattr(o, "zz"), lambda: ().__delitem__(0) ]:
    try:
        bad()
    except (IndexError, KeyError, AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
s = "abc"
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
(x) = 3
print(x)
print(1 if x else 2, "yes" if not x else "no", (lambda: 0 if x > 2 else 1)())
v = 0
r = v or "default"
r2 = v and "never"
print(r, r2, None or [] or 0, 1 and 2 and 3, 0 or False, [] and 1)
print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2, not 1 == 2, not (1 == 2), 1 + 2 * 3 - 4 / 2, 7 - 3 - 2, 2 * 3 % 4)
print(1 | 2 ^ 3 & 4, 1 << 2 + 1, ~0 + 1, -~5, ~-5, 10 - -3, +-+1, 5 // 2 * 2, 8 / 2 / 2)
print(3 > 2 == 2, (3 > 2) == 2, 1 < 2 < 3 < 4 > 0, 1 in [1] == True, "a" < "b" < "c", not 0 < 1)
print(1 if False else 2 if False else 3, [1, 2][True], "abc"[-1:-3:-1], (1, 2) + (3,), [0] * 3 + [1])
print(True or 1 / 0, False and 1 / 0, ((1, 2) == (1, 2)) is not None)
print(x := 10, x, (y := x + 1) * 2, y)
print(0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110, 5 & -2, -5 | 2, -5 ^ 3)
if __name__ == "__main__":
    print("main guard", __name__)
print(__name__, type(__builtins__).__name__ in ("module", "dict"), __doc__)
