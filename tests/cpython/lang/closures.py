# Closures, nonlocal, global, late binding.
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc

c = counter()
print(c(), c(), c(5))
c2 = counter()
print(c2(), c())

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

def make_adders():
    out = []
    for i in range(3):
        def add(x, i=i):
            return x + i
        out.append(add)
    return out

print([a(10) for a in make_adders()])

total = 0
def add_global(x):
    global total
    total += x

add_global(5)
add_global(7)
print(total)

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    r = middle()
    return r, x

print(outer())

def cell_contents():
    a = 1
    def f():
        return a
    return f

fn = cell_contents()
print(fn.__closure__[0].cell_contents)
print(fn.__code__.co_freevars)

def unbound_local():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = 1

unbound_local()

def free_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    z = 3
    return inner()

print(free_unbound())

def deleted():
    q = 5
    del q
    try:
        q
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)

deleted()

try:
    undefined_name_xyz
except NameError as e:
    print("NameError:", e)

x = 10
def shadow():
    x = 20
    def show():
        return x
    return show()
print(shadow(), x)

def gen_closure():
    vals = []
    for k in range(3):
        vals.append((lambda k: lambda: k * k)(k))
    return [v() for v in vals]
print(gen_closure())

class K:
    y = 5
    def meth(self):
        try:
            return y
        except NameError as e:
            return str(e)
print(K().meth())

def nested_nonlocal():
    a = 0
    def l1():
        def l2():
            nonlocal a
            a += 1
        l2(); l2()
    l1()
    return a
print(nested_nonlocal())
