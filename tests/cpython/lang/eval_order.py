def log(x):
    print("eval", x)
    return x
d = {log("k1"): log("v1"), log("k2"): log("v2")}
l = [log(1), log(2)]
def f(*a, **k): return a, k
f(log("a"), log("b"), c=log("c"), *[log("star")], **{log("dk"): log("dv")})
class Obj:
    def __init__(self): self.items = [0, 0, 0]
    def __getattr__(self, n):
        print("getattr", n); raise AttributeError(n)
o = Obj()
o.items[log(1)] += log(5)
print(o.items)
x = [0, 0]
x[log(0)], x[log(1)] = log("a"), log("b")
print(x)
a = b = log("chain")
log(1) < log(2) < log(3)
log(0) and log("not")
log(1) or log("not")
print(log("cond") if log(True) else log("else"))
s = {log(1), log(2)}
t = (log("t1"), *[log("t2")])
print(f"{log('f1')}{log('f2')}")
m = log([1, 2])[log(0)]
n = log("abc")[log(0):log(2)]
class C:
    print("class body start")
    v = log("class attr")
    def m(self, x=log("default")):
        pass
    print("class body end")
@(lambda fn: log(fn.__name__) and fn)
def deco(): pass
def kwo(*, a=log("kwdefault")): pass
lam = lambda z=log("lamdefault"): z
r = [log(i) for i in range(2) if log(i) >= 0]
q = {log(k): log(v) for k, v in [(1, 2)]}
import operator
acc = {"key": 2}
acc[log("key")] *= log(3)
print(acc)
def g():
    return log("ret1"), log("ret2")
g()
assert log(True), log("msg not evaluated")
del x[log(0)]
w = 5
w += log(1) * log(2)
print(w)
for i in log(range(2)):
    pass
with open(log("eval_order.py")) as fh:
    pass
print(*[log("p1")], log("p2"), sep=log(","))
