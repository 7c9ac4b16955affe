# random: CPython's Mersenne Twister stream for a given seed, and the helper functions.
import random
random.seed(42)
print(random.random(), random.random())  # expect: 0.6394267984578837 0.025010755222666936
random.seed(42)
print(random.randint(1, 100), random.randrange(10), random.randrange(0, 100, 5), random.choice("abcdef"))  # expect: 82 1 0 f
random.seed(123)
items = list(range(10))
random.shuffle(items)
print(items, random.sample(range(100), 5), random.getrandbits(40))  # expect: [8, 7, 5, 9, 2, 3, 6, 1, 4, 0] [68, 71, 42, 43, 6] 146714632856
random.seed(7)
print(random.uniform(1, 5), random.choices("abc", k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=4))  # expect: 2.2953310593326495 ['a', 'b', 'a', 'b', 'b'] [1, 1, 1, 1]
random.seed(2**80)
print(random.random())  # expect: 0.25118542776082864
random.seed(0)
print(random.gauss(0, 1), random.normalvariate(10, 2), random.expovariate(2))  # expect: 0.9417154046806644 9.632263557813484 0.35797737488357534
r = random.Random(5)
print(r.random(), r.randint(1, 6))  # expect: 0.6229016948897019 6
state = r.getstate()
a = r.random()
r.setstate(state)
print(a == r.random())  # expect: True
try:
    random.choice([])
except IndexError as e:
    print(e)  # expect: Cannot choose from an empty sequence
try:
    random.randrange(0)
except ValueError as e:
    print(e)  # expect: empty range for randrange()
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print(e)  # expect: Sample larger than population or is negative
