print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 2 if x % 3])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([[i * j for j in range(4)] for i in range(3)])
print({x: x ** 2 for x in range(5)})
print({k: v for k, v in zip("abc", range(3)) if v})
print(sorted({x % 3 for x in range(10)}))
print([y for row in [[1, 2], [3], []] for y in row])
print([c.upper() for c in "hello" if c not in "l"])

# the loop variable does not leak
x = "outer"
_ = [x for x in range(3)]
print(x)

# walrus inside comprehensions binds in enclosing scope
data = [1, 5, 2, 8, 3]
evens = [y for v in data if (y := v * 2) > 5]
print(evens, y)

def f():
    total = 0
    partial = [total := total + v for v in range(5)]
    return partial, total
print(f())

# nested comprehension scoping
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])

# comprehension in class body: first iterable is evaluated in class scope
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(K.doubled)

# conditional expression in comprehension
print(["even" if n % 2 == 0 else "odd" for n in range(4)])

# generator expression as only argument
print(sum(i for i in range(101)))
print(sorted((v for v in [3, 1, 2]), reverse=True))

# dict comprehension with duplicate keys (last wins, first insertion order)
print({k % 2: k for k in range(6)})

# set of ints
print({i * i for i in range(-3, 4)})

# unpacking in comprehensions
pairs = [(1, "a"), (2, "b")]
print([f"{n}{s}" for n, s in pairs])
print([(a, rest) for a, *rest in [(1, 2, 3), (4,)]])

# errors inside comprehensions
try:
    [1 / v for v in [1, 0]]
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    {[]: 1 for _ in range(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    [v for v in 5]
except TypeError as e:
    print("TypeError:", e)
try:
    [a for a, b in [(1, 2, 3)]]
except ValueError as e:
    print("ValueError:", e)
try:
    [a for a, b in [1]]
except TypeError as e:
    print("TypeError:", e)
try:
    [a for a, b in [(1,)]]
except ValueError as e:
    print("ValueError:", e)

# lambda capturing comprehension variables
fs = [lambda: i for i in range(3)]
print([fn() for fn in fs])

# comprehension referencing enclosing function variable
def scale(factor):
    return [v * factor for v in range(3)]
print(scale(10))

# nested generator in comprehension
print([list(range(n)) for n in range(4)])
print(list(map(lambda p: p[0] + p[1], [(1, 2), (3, 4)])))

# large-ish comprehension
print(sum([i for i in range(10000) if i % 7 == 0]))
