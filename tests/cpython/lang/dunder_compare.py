import functools

class Ver:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        if not isinstance(o, Ver):
            return NotImplemented
        return self.parts == o.parts
    def __lt__(self, o):
        if not isinstance(o, Ver):
            return NotImplemented
        return self.parts < o.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "Ver(%r)" % ".".join(map(str, self.parts))

vs = [Ver("1.10"), Ver("1.2"), Ver("1.2.1"), Ver("0.9")]
print(sorted(vs))
print(max(vs), min(vs))
print(Ver("1.0") == Ver("1.0"), Ver("1.0") != Ver("1.0"), Ver("1.0") > Ver("0.1"))
print(Ver("1") == "1", Ver("1") != "1")
print(len({Ver("1.0"), Ver("1.0"), Ver("2")}))
try:
    Ver("1") < 1
except TypeError as e:
    print("TypeError:", e)
try:
    Ver("1") <= Ver("2")
except TypeError as e:
    print("TypeError:", e)

@functools.total_ordering
class Card:
    order = "23456789TJQKA"
    def __init__(self, r): self.r = r
    def __eq__(self, o): return self.r == o.r
    def __lt__(self, o): return self.order.index(self.r) < self.order.index(o.r)
    def __repr__(self): return self.r
cards = [Card(c) for c in "KA2T9"]
print(sorted(cards), Card("K") >= Card("Q"), Card("2") > Card("3"), Card("5") <= Card("5"))

# __eq__ without __hash__ makes unhashable
class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)

class HashOnly:
    def __hash__(self): return 42
print(hash(HashOnly()), HashOnly() == HashOnly())

class Inherit(Ver):
    pass
print(hash(Inherit("1.2")) == hash((1, 2)))

class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)

class BigHash:
    def __hash__(self): return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))

# reflected comparisons
class Left:
    def __lt__(self, o):
        print("Left.__lt__")
        return NotImplemented
class Right:
    def __gt__(self, o):
        print("Right.__gt__")
        return True
print(Left() < Right())

class E1:
    def __eq__(self, o):
        print("E1.eq")
        return NotImplemented
class E2:
    def __eq__(self, o):
        print("E2.eq")
        return NotImplemented
print(E1() == E2())
x = E1()
print(x == x, x != x)

# chained comparisons
def val(n):
    print("eval", n)
    return n
print(val(1) < val(2) < val(3))
print(val(3) < val(2) < val(1))
print(1 < 2 > 0 == 0 != 1, 1 == 1.0 == True)

# comparison results that are not bool
class Weird:
    def __lt__(self, o): return "yes"
    def __eq__(self, o): return 0
print(Weird() < 1, Weird() == 1, not (Weird() == 1))
print([Weird()] == [Weird()])

# list/tuple compare with mixed
print([1, 2] < [1, 2, 0], (1, "a") < (1, "b"), [1] == [1.0])
for expr in [lambda: [1, "a"] < [1, 2], lambda: None < None, lambda: {} < {}, lambda: 1 < "1", lambda: object() > object(), lambda: (1, 2) < [1, 2], lambda: 3 >= "3"]:
    try:
        expr()
    except TypeError as e:
        print("TypeError:", e)

print(float("nan") == float("nan"), [float("nan")] == [float("nan")])
n = float("nan")
print([n] == [n], n in [n], (n,) == (n,))
one = 1
print(one is one, None is None, [] is [], "a" != "b")
