import sys
l = []
for _ in range(100000):
    l = [l]
try:
    s = repr(l)
    print(len(s))
except RecursionError as e:
    print("RecursionError:", e)
d = {}
for _ in range(100000):
    d = {"k": d}
try:
    print(len(str(d)))
except RecursionError as e:
    print("RecursionError:", e)
t = ()
for _ in range(100000):
    t = (t,)
try:
    print(len(repr(t)))
except RecursionError as e:
    print("RecursionError:", e)
try:
    print(l == l)
except RecursionError as e:
    print("RecursionError:", e)
a = []
b = []
for _ in range(100000):
    a = [a]; b = [b]
try:
    print(a == b)
except RecursionError as e:
    print("RecursionError:", e)
class G:
    def __getattr__(self, n):
        return self.missing
try:
    G().x
except RecursionError as e:
    print("RecursionError:", e)
def gen(n):
    if n:
        yield from gen(n - 1)
    yield n
try:
    print(sum(gen(5000)))
except RecursionError as e:
    print("RecursionError:", e)
class E:
    def __eq__(self, o):
        return self == o
try:
    E() == E()
except RecursionError as e:
    print("RecursionError:", e)
class H:
    def __hash__(self):
        return hash(self)
try:
    hash(H())
except RecursionError as e:
    print("RecursionError:", e)
class I:
    def __iter__(self):
        return iter(self)
try:
    iter(I())
except RecursionError as e:
    print("RecursionError:", e)
def deep(n):
    try:
        return deep(n + 1)
    except RecursionError:
        return n
print(deep(0) > 500)
sys.setrecursionlimit(100)
def count(n):
    return count(n + 1)
try:
    count(0)
except RecursionError as e:
    print("limit 100:", e)
sys.setrecursionlimit(1000)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
x = eval("(" * 50 + "1" + ")" * 50)
print(x)
