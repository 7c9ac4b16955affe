a + b - c
a * b / c // d % e @ f
a ** b ** c
-a ** b
-a
+a
~a
not a
- - a
a << b >> c
a & b | c ^ d
a | b ^ c & d << e + f * g ** h
(a + b) * c
a if b else c
a if b else c if d else e
(a if b else c) if d else e
a or b or c
a and b and c
a or b and c
a and b or c
not a and not b
not (a or b)
a < b
a < b < c
a == b != c
a is b
a is not b
a in b
a not in b
a < b <= c > d >= e == f != g is h is not i in j not in k
not a < b
a < b or c > d
x[1]
x[1:2]
x[1:2:3]
x[:]
x[::]
x[::2]
x[1:]
x[:2]
x[a, b]
x[1:2, 3]
x[1:2, ::3]
x[:, None]
x[...]
x[a][b]
x[a,]
x[*a]
x[*a, b]
x[a:=1]
x.y.z
x.y()
x()()
x(1)(2)[3].y
f(a)
f(a, b)
f(a, b,)
f(*a)
f(**k)
f(a, *b, c, **d)
f(a=1)
f(a=1, b=2)
f(a, b=1, *c, d=2, **e)
f(*a, *b)
f(**a, **b)
f(a=1, **b, c=2)
f(x for x in y)
f((x for x in y), 1)
f(x := 1)
f(a, x := 1)
f(*a, b=1, *c)
(a)
((a))
()
(a,)
(a, b)
(a, b,)
(*a, b)
[]
[a]
[a, b,]
[*a, *b]
{}
{a: 1}
{a: 1, b: 2,}
{**a}
{**a, b: 1, **c}
{a}
{a, b,}
{*a, b}
...
None
True
False
lambda: 0
lambda x: x
lambda x, y=1, *a, z, w=2, **k: 0
lambda *, a: a
lambda *a, **k: 0
lambda a, /, b: 0
lambda a=1, /, b=2: 0
lambda x: lambda y: x + y
lambda x,: x
lambda *a,: a
lambda **k,: k
(x := 10)
[y := 1, y ** 2]
a.b.c.d.e
print
print(1, 2, sep='')
a @ b
2 ** -1
-2 ** 2
await_ = 1
x = a.b[c](d)
x = a[b][c:d][::e]
x = a if b else lambda: c
x = (lambda: a) if b else c
x = [lambda: i for i in range(3)]
x = not a == b
x = a not in b in c
x = (a)(b)
x = 1 .real
x = 1.0.real
x = 1j.imag
x = 0x10.real
x = "abc".upper()
x = b"".join(y)
x = f"{a}".strip()
x = ...
x = (...)
x = [...]
