import random
for s in [-1.5, 2.5, 'abc', b'abc', bytearray(b'z'), 0, -7, 2**100, True]:
    random.seed(s)
    print(repr(s), random.random(), random.randint(1, 6))
class MyRandom(random.Random):
    pass
r = MyRandom(5)
print(r.random(), type(r).__name__, isinstance(r, random.Random))
r.seed(5)
print(r.random())
try:
    random.seed([1])
except TypeError as e:
    print(e)
rolls = [random.Random(1).randint(1, 6) for _ in range(3)]
print(rolls)
g = random.Random(2024)
hand = g.sample(range(1, 53), 5)
print(hand, g.choice(['rock', 'paper', 'scissors']), g.randrange(0, 100, 7), round(g.uniform(-1, 1), 12))
words = ['apple', 'banana', 'cherry', 'date']
g.shuffle(words)
print(words, g.choices(words, k=2), g.getrandbits(1), g.getrandbits(33))
print(sorted(g.sample(set(range(10)) if False else list(range(10)), 4)), g.sample(range(10**9), 3))
