# scoping rules
x = "global"
def f1():
    print(x)
f1()
def f2():
    x = "local"
    def g():
        print(x)
    g()
f2()
class C:
    x = "class"
    def m(self):
        return x
    lst = [x for _ in range(1)]
    gen = list(x for _ in range(1))
    lam = (lambda: x)()
print(C().m(), C.lst, C.gen, C.lam)
def f3():
    print(x)
    x = 1
try:
    f3()
except UnboundLocalError as e:
    print(e)
def f4():
    global x
    x = "modified"
f4()
print(x)
def f5():
    y = 1
    def inner():
        y = 2
        return y
    inner()
    return y
print(f5())
def f6():
    def inner():
        return z
    z = 5
    return inner()
print(f6())
def f7():
    l = []
    for i in range(3):
        l.append(lambda: i)
    return [f() for f in l]
print(f7())
def f8():
    a = 1
    class Inner:
        a = 2
        def get(self):
            return a
        b = a
    return Inner().get(), Inner.b
print(f8())
def f9():
    v = 1
    class K:
        v = v + 1 if False else 3
    return K.v
print(f9())
def f10():
    q = "enclosing"
    class K:
        print(q)
        q = "class-level"
        print(q)
    return K.q
try:
    print(f10())
except NameError as e:
    print("NameError:", e)
try:
    exec("nonlocal_test = 1\ndef bad():\n    nonlocal zz\n")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
for src in ["def f():\n    global a\n    a = 1\n    global a\n", "def f(a):\n    global a\n", "def f():\n    x = 1\n    global x\n", "nonlocal x\n", "def f():\n    def g():\n        nonlocal q\n", "def f():\n  print(x)\n  global x\n", "return 5", "yield 5", "class A:\n    return 1", "def f():\n    x = 1\n    nonlocal x\n", "break", "continue", "def f():\n    yield 1\n    return 2\nawait x"]:
    try:
        compile(src, "<test>", "exec")
        print("compiled ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
i = 100
[i for i in range(3)]
print(i)
def shadow_builtin():
    len = lambda x: "mine"
    return len([1])
print(shadow_builtin(), len([1]))
import builtins
def uses_print():
    return print
print(uses_print() is builtins.print)
print(globals()["x"], "f1" in globals(), sorted(k for k in locals() if k == "x"))
def loc():
    a = 1; b = 2
    return sorted(locals().items())
print(loc())
def closure_loc():
    a = 1
    def g():
        return locals()
    return g()
print(closure_loc())
def closure_loc2():
    a = 1
    def g():
        a
        return locals()
    return g()
print(closure_loc2())
