# expect-exit: 0
x = 1
if x is 1: print("one")
print(x is not "a", x is None, x is True, x is ..., x is -1, x is (), x is (1, 2), x is (x, 1), 1 is x)
print(x is 1 or x is 1)
try:
    "abc"(1)
except TypeError as e:
    print(e)
try:
    [1, 2][3, 4]
except TypeError as e:
    print(e)
try:
    print([[1, 2] [0, 1]])
except TypeError as e:
    print(e)
try:
    (1, 2)()
except TypeError as e:
    print(e)
try:
    None[0]
except TypeError as e:
    print(e)
try:
    5[0]
except TypeError as e:
    print(e)
try:
    {1, 2}[0]
except TypeError as e:
    print(e)
try:
    "abc"["x"]
except TypeError as e:
    print(e)
try:
    "abc"[1.5]
except TypeError as e:
    print(e)
try:
    f"abc"()
except TypeError as e:
    print(e)
try:
    [x for x in []]()
except TypeError as e:
    print(e)
try:
    (lambda: 0)[0]
except TypeError as e:
    print(e)
try:
    assert (x, "message")
except AssertionError:
    print("no")
assert (1, 2)
print("abc"[1], "abc"[1:], (1, 2)[True], [1][0])
def f():
    return 5 is 5
print(f())
class C:
    y = 1.5 is 1.5
print(eval("x is 1"))
exec("z = 3\nprint(z is 3)")
compile("q is 2", "<mine>", "eval")
