x = 1
x = y = z = 1
x, y = 1, 2
(x, y) = 1, 2
[x, y] = [1, 2]
x, *y = z
*x, y = z
[x, *y] = z
(x, (y, z)) = w
x.y = 1
x[1] = 2
x[1:2] = y
x.y.z[a].b = c
x = yield
x = yield y
x = yield from y
x = *a, b
x = a, *b
x += 1
x -= 1
x *= 1
x /= 1
x //= 1
x %= 1
x **= 1
x <<= 1
x >>= 1
x &= 1
x |= 1
x ^= 1
x @= 1
x.y += 1
x[0] += 1
(x) += 1
x += yield
x: int
x: int = 1
x: list[int] = []
x.y: int
x.y: int = 1
x[0]: int = 1
(x): int = 1
x: int = yield
x: tuple = 1, 2
del x
del x, y
del x,
del (x, y)
del [x, y]
del x.y, x[0]
del (x), [y]
del x[1:2]
pass
x = 1; y = 2
x = 1;
assert x
assert x, "msg"
raise
raise X
raise X from Y
raise X() from None
global a
global a, b
nonlocal a
nonlocal a, b
import a
import a.b.c
import a as b
import a.b as c
import a, b.c as d, e
from a import b
from a import b as c
from a import b, c as d
from a import (b, c)
from a import (b, c,)
from a import (b as c,
    d)
from a.b import c
from . import a
from .. import a
from ... import a
from .... import a
from .a import b
from ..a.b import c
from ...a import b
from a import *
from .a import *
print("hello")
print(x, end="")
print
match = 1
match(x)
match.x = 2
match[x] = 3
match, case = 1, 2
case = 3
_ = 4
type = 5
x = match
yield
yield x
yield x, y
yield from x
x = not y
x = (yield)
x = a = b, c = d
x = y = yield z
for x in range(3): print(x)
return
return x
return x, y
return *x, y
(a) = 1
((a)) = 1
[a] = b
[(a, b), *c] = d
a.b.c = 1
x = 1 if y else 2
lambda: x
(x for x in y)
x = yield a, b
