# An uncaught AttributeError on an instance suggests the close attribute name.
class Counter:
    def __init__(self):
        self.value = 0
c = Counter()
c.value += 1
print(c.value)  # expect: 1
c.valeu += 1
# expect-error: AttributeError: 'Counter' object has no attribute 'valeu'. Did you mean: 'value'?
