class Greeter:
    def greet(self, name, *, punct="!"):
        return "hi " + name + punct

g = Greeter()
print(g.greet("ann"))
print(g.greet("bob", "?"))
