# A class that defines __eq__ without __hash__ is unhashable.
class Point:
    def __init__(self, x): self.x = x
    def __eq__(self, other): return self.x == other.x
print(Point(1) == Point(1))  # expect: True
{Point(1): 'a'}
# expect-error: TypeError: unhashable type: 'Point'
