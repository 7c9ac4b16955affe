class Animal:
    kingdom = "animalia"
    count = 0

    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        Animal.count += 1

    def speak(self):
        return f"{self.name} says {self.sound}"

    def __repr__(self):
        return f"Animal({self.name!r})"

class Dog(Animal):
    def __init__(self, name):
        super().__init__(name, "woof")
        self.tricks = []

    def add_trick(self, t):
        self.tricks.append(t)
        return self

a = Animal("cat", "meow")
d = Dog("rex")
print(a.speak(), "|", d.speak())
print(d.add_trick("sit").add_trick("roll").tricks)
print(Animal.count, d.kingdom, a)
print(isinstance(d, Animal), isinstance(a, Dog), issubclass(Dog, Animal), issubclass(Dog, object))
print(type(d).__name__, type(d).__qualname__, Dog.__bases__, Dog.__mro__)
print(Dog.__name__, Dog.__module__)

# class vs instance attributes
a.kingdom = "mine"
print(a.kingdom, Animal.kingdom, d.kingdom)
del a.kingdom
print(a.kingdom)
print(sorted(vars(d)))
print('name' in a.__dict__, 'kingdom' in a.__dict__, 'speak' in Animal.__dict__)

class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
s1, s2 = Shared(), Shared()
s1.add(1); s2.add(2)
print(Shared.items, s1.items is s2.items)

# bound / unbound methods
m = d.speak
print(m(), m.__self__ is d, m.__func__ is Animal.speak)
print(Animal.speak(d))

# attribute errors
for expr in [lambda: a.missing, lambda: Animal.missing, lambda: d.speak2(), lambda: setattr(1, 'x', 2),
             lambda: object().x, lambda: delattr(a, 'nothing')]:
    try:
        expr()
    except AttributeError as e:
        print("AttributeError:", e)

class Empty:
    pass
e = Empty()
e.x = 1
e.y = [1]
print(e.x, e.y, getattr(e, 'z', 'default'), hasattr(e, 'x'), hasattr(e, 'z'))
setattr(e, 'z', 3)
print(e.z, e.__class__.__name__)
print(Empty.__doc__)

class WithDoc:
    """A doc string."""
print(WithDoc.__doc__)

# dynamic class creation
Point = type("Point", (), {"x": 0, "describe": lambda self: f"Point at {self.x}"})
p = Point()
p.x = 7
print(p.describe(), Point.__name__)

# class body scope
class Body:
    a = 1
    b = a + 1
print(Body.b)

try:
    class Broken:
        x = 1
        y = [x for _ in range(2)]
except NameError as e:
    print("NameError:", e)

class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
c = Counter()
c(); c()
print(c.n, callable(c), callable(Counter), callable(1))

print(Animal("x") == Animal("x"), a == a, a != d)
