class P:
    def __init__(self, name):
        self.name = name
    @property
    def name(self):
        return self.name
    @name.setter
    def name(self, v):
        self.name = v
try:
    P("x")
except RecursionError as e:
    print(e)
class Q:
    @property
    def x(self):
        return self.x
try:
    Q().x
except RecursionError as e:
    print(e)
class R:
    def __getattribute__(self, n):
        return self.__dict__
try:
    R().x
except RecursionError as e:
    print(e)
class T:
    def __setattr__(self, k, v):
        setattr(self, k, v)
try:
    T().a = 1
except RecursionError as e:
    print(e)
class U:
    def __init__(self):
        self.u = U()
try:
    U()
except RecursionError as e:
    print(e)
class V:
    def __len__(self):
        return len(self)
try:
    len(V())
except RecursionError as e:
    print(e)
class X:
    def __getitem__(self, i):
        return self[i]
try:
    X()[0]
except RecursionError as e:
    print(e)
class Y:
    def __add__(self, o):
        return self + o
try:
    Y() + 1
except RecursionError as e:
    print(e)
def g(n):
    return sorted([1, 2], key=lambda x: g(n + 1))
try:
    g(0)
except RecursionError as e:
    print(e)
def h(n):
    return list(map(h, [n]))
try:
    h(0)
except RecursionError as e:
    print(e)
