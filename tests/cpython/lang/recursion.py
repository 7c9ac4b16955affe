import sys

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))

def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10, 'A', 'B', 'C', [])), hanoi(2, 'A', 'B', 'C', []))

def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)

def mutual_a(n):
    return mutual_b(n) if n else "done"
def mutual_b(n):
    return mutual_a(n - 1)
print(mutual_a(100))

class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("RecursionError caught")

l = [1]
l.append(l)
print(l)
d = {'a': 1}
d['self'] = d
print(d)

print(sys.getrecursionlimit() >= 1000)

def perms(s):
    if len(s) <= 1:
        return [s]
    out = []
    for i, ch in enumerate(s):
        for p in perms(s[:i] + s[i+1:]):
            out.append(ch + p)
    return out
print(perms("abc"))

def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, [5]]]], 6])))

# still works after a recursion error
print(fact(10))
